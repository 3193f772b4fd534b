"""EXIF (orientation normalised, dimensions updated), ICC, DPI and XMP reach the saved file."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageCms, ImageOps

from patchscaler_gui.engine.imageio import Picture, load_image, save_image
from patchscaler_gui.engine.metadata import EXIF_IFD, ORIENTATION, PIXEL_X, PIXEL_Y

XMP = (b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/'
       b'22-rdf-syntax-ns#"><rdf:Description xmlns:tiff="http://ns.adobe.com/tiff/1.0/" '
       b'xmlns:dc="http://purl.org/dc/elements/1.1/" tiff:Orientation="6" '
       b'dc:format="patchscaler-test"/></rdf:RDF></x:xmpmeta>')
SRGB = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()


def asymmetric() -> np.ndarray:
    arr = np.zeros((6, 10, 3), np.uint8)
    arr[0, 0] = (255, 0, 0)
    arr[5, 9] = (0, 0, 255)
    arr[0, 9] = (0, 255, 0)
    return arr


def exif_with(orientation: int) -> Image.Exif:
    exif = Image.Exif()
    exif[ORIENTATION] = orientation
    exif[0x010F] = "PatchScaler Test Camera"
    exif.get_ifd(EXIF_IFD)[PIXEL_X] = 10
    exif.get_ifd(EXIF_IFD)[PIXEL_Y] = 6
    return exif


@pytest.mark.parametrize("ext", ["png", "tif"])
@pytest.mark.parametrize("code", range(1, 9))
def test_every_exif_orientation_matches_pillow(tmp_path: Path, code: int, ext: str) -> None:
    src = tmp_path / f"o.{ext}"
    Image.fromarray(asymmetric()).save(src, exif=exif_with(code))
    pic = load_image(src)
    with Image.open(src) as im:
        expected = np.asarray(ImageOps.exif_transpose(im).convert("RGB"))
    assert np.array_equal(np.round(pic.pixels * 255).astype(np.uint8), expected)
    kept = Image.Exif()
    kept.load(pic.info["exif"])  # type: ignore[arg-type]
    assert kept.get(ORIENTATION, 1) == 1 and kept[0x010F] == "PatchScaler Test Camera"


@pytest.mark.parametrize("ext", ["jpg", "png", "webp", "tif"])
def test_exif_is_kept_upright_with_the_output_size(tmp_path: Path, ext: str) -> None:
    src = tmp_path / f"in.{ext}"
    Image.fromarray(np.full((6, 10, 3), 128, np.uint8)).save(src, exif=exif_with(6))
    pic = load_image(src)
    pic.pixels = np.zeros((40, 24, 3), np.float32)  # an "upscaled" portrait result
    out = save_image(tmp_path / f"out.{ext}", pic)
    with Image.open(out) as im:
        exif = im.getexif()
        assert im.size == (24, 40)
        assert exif.get(ORIENTATION, 1) == 1 and exif[0x010F] == "PatchScaler Test Camera"
        assert exif.get_ifd(EXIF_IFD)[PIXEL_X] == 24 and exif.get_ifd(EXIF_IFD)[PIXEL_Y] == 40


@pytest.mark.parametrize("ext", ["jpg", "png", "webp", "tif"])
def test_icc_profile_and_dpi_travel(tmp_path: Path, ext: str) -> None:
    src = tmp_path / f"in.{ext}"
    Image.fromarray(np.full((6, 10, 3), 90, np.uint8)).save(src, icc_profile=SRGB,
                                                             dpi=(300, 150))
    pic = load_image(src)
    assert pic.info["icc_profile"] == SRGB
    out = save_image(tmp_path / f"out.{ext}", pic)
    with Image.open(out) as im:
        assert im.info["icc_profile"] == SRGB
        if ext != "webp":  # WebP has no resolution field
            assert np.allclose(im.info["dpi"], (300, 150), atol=0.5)


@pytest.mark.parametrize("ext", ["jpg", "png", "webp", "tif"])
def test_xmp_travels_with_orientation_normalised(tmp_path: Path, ext: str) -> None:
    src = tmp_path / "in.jpg"
    Image.fromarray(np.full((6, 10, 3), 90, np.uint8)).save(src, xmp=XMP)
    pic = load_image(src)
    out = save_image(tmp_path / f"out.{ext}", pic)
    with Image.open(out) as im:
        xmp = im.info.get("xmp") or im.info.get("XML:com.adobe.xmp")
    text = xmp.decode() if isinstance(xmp, bytes) else str(xmp)
    assert 'dc:format="patchscaler-test"' in text and 'tiff:Orientation="1"' in text


def test_16bit_outputs_keep_all_metadata(tmp_path: Path) -> None:
    src = tmp_path / "in.png"
    Image.fromarray(np.full((6, 10, 3), 90, np.uint8)).save(
        src, exif=exif_with(1), icc_profile=SRGB, dpi=(240, 240))
    base = load_image(src)
    base.info["xmp"] = XMP
    pic = Picture(np.zeros((24, 40, 3), np.float32), bits=16, info=base.info)
    for ext in ("png", "tif"):
        with Image.open(save_image(tmp_path / f"o.{ext}", pic)) as im:
            exif = im.getexif()
            assert exif[0x010F] == "PatchScaler Test Camera", ext
            assert exif.get_ifd(EXIF_IFD)[PIXEL_X] == 40, ext
            assert im.info["icc_profile"] == SRGB, ext
            assert np.allclose(im.info["dpi"], (240, 240), atol=0.5), ext
            xmp = im.info.get("xmp") or im.info.get("XML:com.adobe.xmp")
            assert b"patchscaler-test" in (xmp if isinstance(xmp, bytes) else xmp.encode())


def test_rotated_dpi_swaps_axes(tmp_path: Path) -> None:
    src = tmp_path / "in.jpg"
    Image.fromarray(np.full((6, 10, 3), 90, np.uint8)).save(src, exif=exif_with(8),
                                                            dpi=(300, 100))
    pic = load_image(src)
    assert pic.pixels.shape[:2] == (10, 6) and pic.info["dpi"] == (100.0, 300.0)


def test_a_jpeg_reports_its_estimated_quality_and_other_formats_none(tmp_path: Path) -> None:
    arr = (np.random.default_rng(0).random((48, 64, 3)) * 255).astype(np.uint8)
    for quality in (30, 50, 74, 90):
        path = tmp_path / f"q{quality}.jpg"
        Image.fromarray(arr).save(path, quality=quality)
        jpeg = load_image(path).jpeg
        assert jpeg is not None and jpeg.quality == quality
    Image.fromarray(arr).save(tmp_path / "a.png")
    assert load_image(tmp_path / "a.png").jpeg is None
