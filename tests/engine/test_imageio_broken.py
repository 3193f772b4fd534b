"""Broken inputs give a clear InputError and never crash; saving never leaves a partial file."""

from __future__ import annotations

import errno
import io
import os
import random
import struct
import zlib
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from patchscaler_gui.engine import imageio, publish
from patchscaler_gui.engine.errors import InputError, OutputError
from patchscaler_gui.engine.imageio import Picture, free_name, load_image, save_image


def png_header_only(w: int, h: int) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(
            ">I", zlib.crc32(kind + data))

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"\0" * 64)) + chunk(b"IEND", b""))


def small_files() -> dict[str, bytes]:
    """Small real files of every format, to break."""
    y, x = np.mgrid[0:20, 0:24]
    rgb = np.stack([x * 10, y * 12, (x + y) * 5], axis=2).astype(np.uint8)
    rgba = np.dstack([rgb, (x * 10).astype(np.uint8)])
    out = {}
    for name, arr, fmt, params in (
        ("a.png", rgba, "PNG", {}), ("a.jpg", rgb, "JPEG", {"progressive": True}),
        ("a.webp", rgba, "WEBP", {"lossless": True}), ("b.webp", rgb, "WEBP", {}),
        ("a.tif", rgb, "TIFF", {"compression": "tiff_lzw"}), ("a.bmp", rgb, "BMP", {}),
        ("a.gif", rgb, "GIF", {}), ("g.png", rgb[..., 0], "PNG", {}),
    ):
        buf = io.BytesIO()
        Image.fromarray(arr).save(buf, fmt, **params)
        out[name] = buf.getvalue()
    return out


def assert_valid(pic: Picture) -> None:
    h, w, c = pic.pixels.shape
    assert c == 3 and h > 0 and w > 0 and pic.pixels.dtype == np.float32
    assert np.isfinite(pic.pixels).all() and 0 <= pic.pixels.min() and pic.pixels.max() <= 1
    if pic.alpha is not None:
        assert pic.alpha.shape == (h, w) and 0 <= pic.alpha.min() and pic.alpha.max() <= 1


@pytest.mark.parametrize(("kind", "match"), [
    ("empty", "empty"), ("truncated", "broken or truncated"), ("text", "not an image"),
    ("bomb", "too large|claims"), ("float", "not supported"), ("missing", "no such"),
    ("dir", "not a regular file"),
])
def test_broken_inputs_are_clear_errors(tmp_path: Path, kind: str, match: str) -> None:
    path = tmp_path / "in.png"
    files = small_files()
    if kind == "empty":
        path.write_bytes(b"")
    elif kind == "truncated":
        path.write_bytes(files["a.png"][: len(files["a.png"]) * 2 // 3])
    elif kind == "text":
        path.write_text("hello, I am not an image\n" * 10)
    elif kind == "bomb":
        path.write_bytes(png_header_only(100_000, 100_000))
    elif kind == "float":
        path = tmp_path / "f.tif"
        Image.fromarray(np.zeros((4, 4), np.float32)).save(path)
    elif kind == "dir":
        path.mkdir()
    with pytest.raises(InputError, match=match) as info:
        load_image(path)
    assert str(path) in str(info.value)


def test_a_header_just_over_the_limit_is_refused_before_decoding(tmp_path: Path) -> None:
    path = tmp_path / "big.png"
    path.write_bytes(png_header_only(8001, 8000))  # 64.008 MP, below Pillow's own limit
    with pytest.raises(InputError, match="claims 8001×8000"):
        load_image(path)


def test_wrong_extension_is_read_by_content(tmp_path: Path) -> None:
    path = tmp_path / "actually-a-png.jpg"
    path.write_bytes(small_files()["a.png"])
    assert_valid(load_image(path))


def test_fuzzed_files_give_a_picture_or_an_input_error(tmp_path: Path) -> None:
    rng = random.Random(1234)
    files = small_files()
    outcomes = {"ok": 0, "error": 0}
    for k in range(240):
        name = rng.choice(sorted(files))
        data = bytearray(files[name])
        if rng.random() < 0.3:
            data = data[: rng.randrange(1, len(data))]
        for _ in range(rng.randint(1, 8)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        path = tmp_path / f"{k}-{name}"
        path.write_bytes(bytes(data))
        try:
            assert_valid(load_image(path))
            outcomes["ok"] += 1
        except InputError as exc:
            assert str(path) in str(exc)
            outcomes["error"] += 1
    assert outcomes["ok"] > 20 and outcomes["error"] > 20  # both paths were exercised


def picture() -> Picture:
    return Picture(np.full((8, 8, 3), 0.5, np.float32))


def test_write_failures_leave_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def disk_full(*_: object, **__: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(Image.Image, "save", disk_full)
    with pytest.raises(OutputError, match="No space left"):
        save_image(tmp_path / "o.jpg", picture())
    monkeypatch.setattr(imageio.png, "write", disk_full)
    for name, bits in (("o.png", 8), ("o16.png", 16)):
        with pytest.raises(OutputError, match="No space left"):
            save_image(tmp_path / name, Picture(picture().pixels, bits=bits))
    assert list(tmp_path.iterdir()) == []


def test_unwritable_folder_is_a_clear_error(tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    def denied(*_: object, **__: object) -> None:
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))

    monkeypatch.setattr(publish.tempfile, "mkstemp", denied)
    with pytest.raises(OutputError, match="cannot write in this folder"):
        save_image(tmp_path / "o.png", picture())
    assert list(tmp_path.iterdir()) == []


def test_interrupted_save_removes_its_temporary_file(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupted(*_: object, **__: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(imageio.png, "write", interrupted)
    with pytest.raises(KeyboardInterrupt):
        save_image(tmp_path / "o.png", picture())
    assert list(tmp_path.iterdir()) == []


def test_saved_file_gets_normal_permissions(tmp_path: Path) -> None:
    mask = os.umask(0o022)
    try:
        out = save_image(tmp_path / "o.png", picture())
    finally:
        os.umask(mask)
    assert out.stat().st_mode & 0o777 == 0o644


def test_existing_output_and_the_input_are_protected(tmp_path: Path) -> None:
    src = tmp_path / "in.png"
    Image.fromarray(np.full((8, 8, 3), 90, np.uint8)).save(src)
    pic = load_image(src)
    before = src.read_bytes()
    with pytest.raises(OutputError, match="overwrite the input"):
        save_image(src, pic)
    assert src.read_bytes() == before
    save_image(src, pic, overwrite=True)  # explicitly asked for
    (tmp_path / "out.png").write_bytes(b"keep")
    with pytest.raises(OutputError, match="already exists"):
        save_image(tmp_path / "out.png", pic)
    assert (tmp_path / "out.png").read_bytes() == b"keep"
    assert free_name(tmp_path / "out.png") == tmp_path / "out-2.png"
    assert free_name(tmp_path / "new.png", {tmp_path / "new.png"}) == tmp_path / "new-2.png"
    assert free_name(tmp_path / "out.png", disk=False) == tmp_path / "out.png"


def test_formats_refuse_sizes_they_cannot_hold(tmp_path: Path) -> None:
    wide = Picture(np.zeros((1, 16_384, 3), np.float32))
    with pytest.raises(OutputError, match="WEBP cannot hold"):
        save_image(tmp_path / "w.webp", wide)
    assert list(tmp_path.iterdir()) == []
