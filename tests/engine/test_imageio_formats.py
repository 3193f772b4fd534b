"""Every supported input kind decodes to the right pixels, depth, greyness and alpha, and
16-bit / grey / alpha inputs come back out as 16-bit / grey / alpha files."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, features

from patchscaler_gui.engine.choices import LOSSY_FORMATS, OUTPUT_FORMATS
from patchscaler_gui.engine.imageio import FORMATS, Picture, load_image, save_image

RNG = np.random.default_rng(0)


def smooth(h: int = 24, w: int = 32) -> np.ndarray:
    """A smooth uint8 RGB test image (JPEG/WebP keep it within a few levels)."""
    y, x = np.mgrid[0:h, 0:w]
    return np.stack([x * 255 // (w - 1), y * 255 // (h - 1), (x + y) * 255 // (h + w - 2)],
                    axis=2).astype(np.uint8)


def png_bytes(samples: np.ndarray, bits: int = 16) -> bytes:
    """A minimal PNG written by hand (filter 0), for depths Pillow cannot write."""
    h, w, c = samples.shape
    raw = b"".join(b"\0" + samples[y].astype(">u2" if bits == 16 else "u1").tobytes()
                   for y in range(h))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(
            ">I", zlib.crc32(kind + data))

    ihdr = struct.pack(">IIBBBBB", w, h, bits, {1: 0, 2: 4, 3: 2, 4: 6}[c], 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(raw))
            + chunk(b"IEND", b""))


def deep(h: int, w: int, c: int) -> np.ndarray:
    return RNG.integers(0, 65536, (h, w, c), dtype=np.uint16)


@pytest.mark.parametrize("kind", ["png", "png-progressive-jpeg", "jpg", "webp-lossy",
                                  "webp-lossless", "tif", "bmp"])
def test_8bit_colour_formats(tmp_path: Path, kind: str) -> None:
    arr = smooth()
    name, fmt, params = {
        "png": ("a.png", "PNG", {}), "jpg": ("a.jpg", "JPEG", {"quality": 98}),
        "png-progressive-jpeg": ("a.jpeg", "JPEG", {"quality": 98, "progressive": True}),
        "webp-lossy": ("a.webp", "WEBP", {"quality": 98}),
        "webp-lossless": ("a.webp", "WEBP", {"lossless": True}),
        "tif": ("a.tif", "TIFF", {"compression": "tiff_lzw"}), "bmp": ("a.bmp", "BMP", {}),
    }[kind]
    Image.fromarray(arr).save(tmp_path / name, fmt, **params)
    pic = load_image(tmp_path / name)
    assert pic.pixels.dtype == np.float32 and pic.pixels.shape == (24, 32, 3)
    assert pic.bits == 8 and not pic.gray and pic.alpha is None
    exact = kind in ("png", "webp-lossless", "tif", "bmp")
    assert np.abs(pic.pixels * 255 - arr).max() <= (0.5 if exact else 12)


def test_16bit_rgb_and_rgba_png_are_read_exactly(tmp_path: Path) -> None:
    for c in (3, 4):
        samples = deep(9, 13, c)
        samples[..., 3:] |= 1  # alpha never all opaque
        (tmp_path / "d.png").write_bytes(png_bytes(samples))
        pic = load_image(tmp_path / "d.png")
        assert pic.bits == 16 and not pic.gray
        assert np.array_equal(np.round(pic.pixels * 65535), samples[..., :3])
        if c == 4:
            assert pic.alpha is not None
            assert np.array_equal(np.round(pic.alpha * 65535), samples[..., 3])
        with Image.open(tmp_path / "d.png") as im:  # Pillow's own 8-bit view agrees
            assert np.array_equal(np.asarray(im)[..., :3], samples[..., :3] >> 8)


def test_16bit_grey_and_grey_alpha_png(tmp_path: Path) -> None:
    g = deep(7, 5, 1)
    (tmp_path / "g.png").write_bytes(png_bytes(g))
    pic = load_image(tmp_path / "g.png")
    assert pic.bits == 16 and pic.gray and pic.alpha is None
    assert np.array_equal(np.round(pic.pixels[..., 1] * 65535), g[..., 0])
    ga = deep(7, 5, 2)
    (tmp_path / "ga.png").write_bytes(png_bytes(ga))
    pic = load_image(tmp_path / "ga.png")
    assert pic.bits == 16 and pic.gray and pic.alpha is not None
    assert np.array_equal(np.round(pic.pixels[..., 0] * 65535), ga[..., 0])
    assert np.array_equal(np.round(pic.alpha * 65535), ga[..., 1])


def test_grey_palette_and_bilevel_8bit(tmp_path: Path) -> None:
    g = smooth()[..., 0]
    Image.fromarray(g).save(tmp_path / "l.png")
    pic = load_image(tmp_path / "l.png")
    assert pic.gray and pic.bits == 8 and np.allclose(pic.pixels[..., 2] * 255, g, atol=0.5)
    la = np.dstack([g, np.full_like(g, 200)])
    Image.fromarray(la).save(tmp_path / "la.png")
    pic = load_image(tmp_path / "la.png")
    assert pic.gray and pic.alpha is not None and np.allclose(pic.alpha, 200 / 255)
    Image.fromarray(g > 128).save(tmp_path / "b.png")
    assert load_image(tmp_path / "b.png").gray
    pal = Image.fromarray(smooth()).quantize(16)
    pal.save(tmp_path / "p.png", transparency=3)
    pic = load_image(tmp_path / "p.png")
    assert not pic.gray and pic.alpha is not None
    assert np.array_equal(pic.alpha == 0, np.asarray(pal) == 3)


def test_fully_opaque_alpha_is_dropped(tmp_path: Path) -> None:
    Image.fromarray(np.dstack([smooth(), np.full((24, 32), 255, np.uint8)])).save(
        tmp_path / "o.png")
    pic = load_image(tmp_path / "o.png")
    assert pic.alpha is None and pic.pixels.shape == (24, 32, 3)
    out = save_image(tmp_path / "o-out.png", pic)
    with Image.open(out) as im:
        assert im.mode == "RGB"


def test_webp_with_alpha_and_gif_first_frame(tmp_path: Path) -> None:
    rgba = np.dstack([smooth(), np.tile(np.arange(32, dtype=np.uint8) * 8, (24, 1))])
    Image.fromarray(rgba).save(tmp_path / "a.webp", lossless=True)
    pic = load_image(tmp_path / "a.webp")
    assert pic.alpha is not None and np.allclose(pic.alpha * 255, rgba[..., 3], atol=0.5)
    frames = [Image.fromarray(np.full((8, 8, 3), v, np.uint8)) for v in (10, 240)]
    frames[0].save(tmp_path / "a.gif", save_all=True, append_images=frames[1:])
    pic = load_image(tmp_path / "a.gif")
    assert pic.pixels.mean() < 0.1
    assert any("first" in n and "2 frames" in n for n in pic.notes)
    frames[0].save(tmp_path / "still.gif")
    assert load_image(tmp_path / "still.gif").notes == []


def test_cmyk_jpeg_becomes_rgb(tmp_path: Path) -> None:
    cmyk = np.zeros((16, 16, 4), np.uint8)
    cmyk[..., 1:3] = 255  # magenta + yellow = red
    Image.fromarray(cmyk, "CMYK").save(tmp_path / "c.jpg", quality=100)
    pic = load_image(tmp_path / "c.jpg")
    assert pic.pixels[..., 0].mean() > 0.9 and pic.pixels[..., 1:].mean() < 0.1
    assert any("CMYK" in n for n in pic.notes)


def test_16bit_tiff_in_and_out(tmp_path: Path) -> None:
    g = deep(6, 9, 1)[..., 0]
    Image.fromarray(g).save(tmp_path / "g.tif")  # Pillow writes 16-bit grey itself
    pic = load_image(tmp_path / "g.tif")
    assert pic.bits == 16 and pic.gray
    out = save_image(tmp_path / "g-out.tif", pic)
    with Image.open(out) as im:
        assert im.mode == "I;16" and np.array_equal(np.asarray(im), g)
    rgba = Picture(np.dstack([deep(6, 9, 3)]).astype(np.float32) / 65535,
                   deep(6, 9, 1)[..., 0].astype(np.float32) / 65535, bits=16)
    save_image(tmp_path / "c.tif", rgba)
    back = load_image(tmp_path / "c.tif")
    assert back.bits == 16 and back.alpha is not None
    assert np.abs(back.pixels - rgba.pixels).max() < 1e-6
    assert np.abs(back.alpha - rgba.alpha).max() < 1e-6


@pytest.mark.parametrize(("gray", "alpha"), [(False, False), (False, True), (True, False),
                                             (True, True)])
def test_16bit_png_out_keeps_depth_grey_and_alpha(tmp_path: Path, gray: bool, alpha: bool
                                                  ) -> None:
    rgb = deep(5, 7, 1).repeat(3, axis=2) if gray else deep(5, 7, 3)
    a = deep(5, 7, 1)[..., 0] if alpha else None
    pic = Picture(rgb.astype(np.float32) / 65535, None if a is None else a / np.float32(65535),
                  bits=16, gray=gray)
    out = save_image(tmp_path / "o.png", pic)
    with Image.open(out) as im:
        assert im.mode == {(False, False): "RGB", (False, True): "RGBA",
                           (True, False): "I;16", (True, True): "RGBA"}[(gray, alpha)]
    back = load_image(out)
    assert (back.bits, back.gray, back.alpha is not None) == (16, gray, alpha)
    assert np.array_equal(np.round(back.pixels * 65535), rgb)
    if a is not None:
        assert back.alpha is not None and np.array_equal(np.round(back.alpha * 65535), a)


def test_8bit_grey_and_alpha_out(tmp_path: Path) -> None:
    pic = Picture(np.repeat(smooth()[..., :1], 3, axis=2) / np.float32(255),
                  np.full((24, 32), 0.5, np.float32), gray=True)
    for name, mode in (("g.png", "LA"), ("g.webp", "RGBA"), ("g.jpg", "L"), ("g.tif", "LA")):
        with Image.open(save_image(tmp_path / name, pic)) as im:
            assert im.mode == mode, name


@pytest.mark.skipif(not features.check("avif"), reason="Pillow built without AVIF")
def test_avif(tmp_path: Path) -> None:
    Image.fromarray(smooth()).save(tmp_path / "a.avif", quality=95)
    pic = load_image(tmp_path / "a.avif")
    assert pic.pixels.shape == (24, 32, 3) and np.abs(pic.pixels * 255 - smooth()).max() < 24


def test_heic_when_pillow_heif_is_installed(tmp_path: Path) -> None:
    pillow_heif = pytest.importorskip("pillow_heif")
    heif = pillow_heif.from_bytes(mode="RGB", size=(32, 24), data=smooth().tobytes())
    heif.save(tmp_path / "a.heic", quality=95)
    pic = load_image(tmp_path / "a.heic")
    assert pic.pixels.shape == (24, 32, 3) and np.abs(pic.pixels * 255 - smooth()).max() < 24


@pytest.mark.parametrize("name", OUTPUT_FORMATS)
def test_each_output_format_writes_its_kind_and_quality_acts_on_the_lossy_ones(
        tmp_path: Path, name: str) -> None:
    noisy = RNG.random((24, 32, 3), dtype=np.float32)
    sizes = []
    for quality in (30, 95):
        path = save_image(tmp_path / f"q{quality}.{name}", Picture(noisy), quality=quality)
        with Image.open(path) as im:
            assert im.format == FORMATS[name]
        sizes.append(path.stat().st_size)
    assert (sizes[0] < sizes[1]) == (name in LOSSY_FORMATS)
