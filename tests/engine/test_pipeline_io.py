"""File to file through upscale_picture: alpha, grey and 16-bit survive the round trip."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from patchscaler_gui.engine.drive import drive
from patchscaler_gui.engine.events import Settings
from patchscaler_gui.engine.imageio import load_image, save_image
from patchscaler_gui.engine.limits import BYTES_PER_LR_PIXEL, Limits
from patchscaler_gui.engine.model import PatchScaler
from patchscaler_gui.engine.sampler import upscale_picture

COARSE = Settings(coarse_only=True)
TILED = Limits(memory=48 * 48 * BYTES_PER_LR_PIXEL)


def through(model: PatchScaler, src: Path, dst: Path, limits: Limits | None = None) -> Path:
    result = drive(upscale_picture(model, load_image(src), None, COARSE, limits=limits))
    return save_image(dst, result.picture)


def image(h: int = 32, w: int = 40) -> np.ndarray:
    y, x = np.mgrid[0:h, 0:w]
    return np.stack([x * 6, y * 7, (x + y) * 3], axis=2).astype(np.uint8)


@pytest.mark.parametrize("limits", [None, TILED], ids=["whole", "tiled"])
def test_alpha_is_upscaled_and_reattached(tiny_model: PatchScaler, tmp_path: Path,
                                          limits: Limits | None) -> None:
    alpha = np.zeros((32, 40), np.uint8)
    alpha[:, 20:] = 255  # transparent left half, opaque right half
    Image.fromarray(np.dstack([image(), alpha])).save(tmp_path / "a.png")
    out = through(tiny_model, tmp_path / "a.png", tmp_path / "o.png", limits)
    with Image.open(out) as im:
        assert im.mode == "RGBA" and im.size == (160, 128)
        a = np.asarray(im)[..., 3].astype(np.float32) / 255
    assert a[:, :72].max() < 0.1 and a[:, 88:].min() > 0.9  # the edge stays where it was
    assert 0.2 < a[:, 78:82].mean() < 0.8  # and is a few pixels wide, not a blur
    reach = 4 * tiny_model.coarse_net().receptive_radius  # output px the GRM reads around
    assert (a[:, : 80 - reach - 4] == 0).all() and (a[:, 80 + reach + 4:] == 1).all()  # exact


@pytest.mark.parametrize("limits", [None, TILED], ids=["whole", "tiled"])
def test_grey_and_16bit_come_back_out(tiny_model: PatchScaler, tmp_path: Path,
                                      limits: Limits | None) -> None:
    Image.fromarray(image()[..., 0]).save(tmp_path / "g.png")
    with Image.open(through(tiny_model, tmp_path / "g.png", tmp_path / "g-o.png", limits)
                    ) as im:
        assert im.mode == "L" and im.size == (160, 128)
    g16 = (image()[..., 1].astype(np.uint16) * 257 + 7).astype(np.uint16)
    Image.fromarray(g16).save(tmp_path / "d.png")
    out = load_image(through(tiny_model, tmp_path / "d.png", tmp_path / "d-o.png", limits))
    assert out.bits == 16 and out.gray and out.pixels.shape == (128, 160, 3)
    levels = np.unique(np.round(out.pixels[..., 0] * 65535).astype(np.int64) % 257)
    assert len(levels) > 20  # values between the 8-bit levels: the output really is 16-bit
