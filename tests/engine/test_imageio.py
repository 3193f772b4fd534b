from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from patchscaler_gui.engine.errors import InputError, OutputError
from patchscaler_gui.engine.imageio import load_image, save_image


def test_exif_orientation_is_applied(tmp_path: Path) -> None:
    arr = np.zeros((20, 40, 3), np.uint8)
    arr[:, :10] = 255  # white on the left
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90° CW on display
    path = tmp_path / "o.jpg"
    Image.fromarray(arr).save(path, exif=exif, quality=100)
    pic = load_image(path)
    assert pic.pixels.shape == (40, 20, 3)
    assert pic.pixels[:8].mean() > 0.9  # the white band is now at the top


def test_16bit_grayscale_and_rgba(tmp_path: Path) -> None:
    g16 = (np.linspace(0, 65535, 32 * 16).reshape(16, 32)).astype(np.uint16)
    Image.fromarray(g16).save(tmp_path / "g.png")
    pic = load_image(tmp_path / "g.png")
    assert pic.bits == 16 and pic.gray and pic.pixels.shape == (16, 32, 3)
    assert pic.pixels.max() == pytest.approx(1.0)
    rgba = np.zeros((8, 8, 4), np.uint8)
    rgba[..., 3] = 128
    Image.fromarray(rgba, "RGBA").save(tmp_path / "a.png")
    pic = load_image(tmp_path / "a.png")
    assert pic.alpha is not None and pic.alpha.mean() == pytest.approx(128 / 255)


def test_save_is_atomic_and_never_touches_the_input(tmp_path: Path) -> None:
    src = tmp_path / "in.png"
    Image.fromarray(np.full((8, 8, 3), 90, np.uint8)).save(src)
    before = src.read_bytes()
    pic = load_image(src)
    with pytest.raises(OutputError, match="overwrite the input"):
        save_image(src, pic)
    assert src.read_bytes() == before
    with pytest.raises(OutputError):
        save_image(tmp_path / "x.unknown", pic)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.png"]


def test_broken_inputs_are_clear_errors(tmp_path: Path) -> None:
    (tmp_path / "e.png").write_bytes(b"")
    (tmp_path / "t.png").write_text("text")
    for name, match in (("e.png", "empty"), ("t.png", "not an image"), ("n.png", "no such")):
        with pytest.raises(InputError, match=match):
            load_image(tmp_path / name)
