"""The JPEG deblocker: on the file's block grid, local, and only for JPEG files with clean-up."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
import torch
from PIL import Image

from patchscaler_gui.engine.deblock import (
    Deblock,
    DeblockConfig,
    Deblocked,
    JpegSource,
    quantiser_scale,
)
from patchscaler_gui.engine.drive import drive
from patchscaler_gui.engine.events import Settings
from patchscaler_gui.engine.grm import run_tiled
from patchscaler_gui.engine.imageio import Picture, load_image
from patchscaler_gui.engine.limits import BYTES_PER_LR_PIXEL, Limits, plan_tiles
from patchscaler_gui.engine.metadata import ORIENTATION
from patchscaler_gui.engine.model import PatchScaler, random_model
from patchscaler_gui.engine.sampler import upscale_picture
from tests.conftest import make_gated_model


def _deblock(seed: int = 0) -> Deblock:
    torch.manual_seed(seed)
    net = Deblock(DeblockConfig(width=16, blocks=1))
    for p in net.tail.parameters():
        p.data.normal_(0, 0.05)
    return net.eval()


def _model() -> PatchScaler:
    gated = make_gated_model()
    model = random_model(replace(gated.config, deblock=DeblockConfig(width=8, blocks=1)))
    return model


def test_an_untrained_deblocker_is_the_identity() -> None:
    net = Deblock(DeblockConfig(width=16, blocks=1))
    lr = torch.rand(2, 3, 21, 30)
    with torch.no_grad():
        assert torch.equal(net(lr, 50), lr)


def test_it_works_on_the_grid_it_is_given_and_reads_no_farther_than_its_halo() -> None:
    net, lr = _deblock(), torch.rand(1, 3, 83, 90)
    with torch.no_grad():
        whole = net(lr, 60, (3, 5))
        # a crop that keeps the phase (a multiple of 8 off) gives the same pixels a halo in
        cropped = net(lr[..., 8:, 16:], 60, (3, 5))
        assert torch.allclose(whole[..., 8 + net.halo :, 16 + net.halo :],
                              cropped[..., net.halo :, net.halo :], atol=1e-6)
        # one row off: the same only when told where the grid went
        moved = net(lr[..., 9:, 16:], 60, (2, 5))
        assert torch.allclose(whole[..., 9 + net.halo :, 16 + net.halo :],
                              moved[..., net.halo :, net.halo :], atol=1e-6)
        wrong = net(lr[..., 9:, 16:], 60, (3, 5))
        assert not torch.allclose(whole[..., 9 + net.halo :, 16 + net.halo :],
                                  wrong[..., net.halo :, net.halo :])
        # the quality is an input
        assert not torch.allclose(net(lr, 30), net(lr, 90))


@pytest.mark.parametrize("cleanup", [True, False])
def test_a_jpeg_is_deblocked_first_in_every_look_and_stays_exact_in_tiles(cleanup: bool
                                                                        ) -> None:
    model = _model()
    lr = torch.rand(1, 3, 72, 80)
    plain_net = model.coarse_net(cleanup)
    jpeg_net = model.coarse_net(cleanup, JpegSource(40, (2, 6)))
    assert isinstance(jpeg_net, Deblocked) and jpeg_net.net.__class__ is plain_net.__class__
    assert jpeg_net.receptive_radius == plain_net.receptive_radius + model.deblock.halo
    assert model.coarse_radius(JpegSource(40)) >= jpeg_net.receptive_radius
    assert model.coarse_radius() == model.coarse_radius(JpegSource(40)) - model.deblock.halo
    with torch.no_grad():
        y0, _ = jpeg_net(lr)
        assert not torch.allclose(y0, plain_net(lr)[0])
        seen: list[tuple[int, int]] = []
        y0_t, _ = run_tiled(jpeg_net, lr, tile=24, on_tile=lambda *d: seen.append(d))
    assert torch.allclose(y0_t, y0, atol=1e-5)
    # the deblocker's tiles count too, and the count was known from the first tile on
    assert [d for d, _ in seen] == list(range(1, len(seen) + 1))
    assert {t for _, t in seen} == {jpeg_net.tile_total(72, 80, 24)} == {len(seen)}
    assert isinstance(model.coarse_net(cleanup, JpegSource(100)), Deblocked)  # any JPEG file


def test_the_correction_is_in_units_of_the_quantisers_step() -> None:
    # libjpeg's quality scaling: 5000 / q % below 50, 200 − 2q % from there
    q = torch.tensor([10.0, 25.0, 50.0, 75.0, 90.0, 99.0, 100.0])
    assert torch.allclose(quantiser_scale(q), torch.tensor([5.0, 2.0, 1.0, 0.5, 0.2, 0.02, 0.02]))
    net = Deblock(DeblockConfig(width=8, blocks=1))
    torch.nn.init.normal_(net.tail.weight, std=0.1)
    lr = torch.rand(1, 3, 16, 16) * 0.5 + 0.25  # away from the clamp
    with torch.no_grad():
        change = {q: (net(lr, q) - lr).abs().mean().item() for q in (50, 98)}
    # the same network writes a correction a tenth as large at quality 98 as at 50, give or
    # take what the quality plane changes
    assert change[98] < 0.2 * change[50]


def _jpeg(path: Path, pixels: np.ndarray, orientation: int = 1, quality: int = 40) -> Path:
    exif = Image.Exif()
    exif[ORIENTATION] = orientation
    Image.fromarray(pixels).save(path, quality=quality, exif=exif)
    return path


@pytest.mark.parametrize("code", range(1, 9))
def test_a_jpeg_files_grid_follows_its_exif_orientation(tmp_path: Path, code: int) -> None:
    # a photo of flat 8-px blocks (a new grey level in each block of the stored image) has
    # its steps exactly on the block grid: the picture's steps must fall on the grid the
    # loader reports, whatever the orientation did to it
    rng = np.random.default_rng(code)
    levels = rng.integers(30, 220, (6, 7))
    stored = np.repeat(np.repeat(levels, 8, 0), 8, 1)[:45, :53]  # 45 × 53: not whole blocks
    picture = load_image(_jpeg(tmp_path / "p.jpg", np.stack([stored] * 3, -1).astype(np.uint8),
                               code, quality=95))
    y = picture.pixels[..., 1]
    assert picture.jpeg is not None
    row, col = picture.jpeg.grid
    steps_down = np.abs(np.diff(y, axis=0)).sum(1)  # between row i and i + 1
    steps_across = np.abs(np.diff(y, axis=1)).sum(0)
    on_rows = {i for i in range(len(steps_down)) if (i + 1 - row) % 8 == 0}
    on_cols = {i for i in range(len(steps_across)) if (i + 1 - col) % 8 == 0}
    assert all(steps_down[i] < 0.05 * steps_down.max() for i in range(len(steps_down))
               if i not in on_rows)
    assert all(steps_across[i] < 0.05 * steps_across.max() for i in range(len(steps_across))
               if i not in on_cols)
    assert picture.jpeg is not None and picture.jpeg.quality > 0


def test_only_jpeg_files_are_deblocked_with_clean_up_on_or_off(tmp_path: Path) -> None:
    model = _model()
    pixels = (np.random.default_rng(0).random((40, 48, 3)) * 255).astype(np.uint8)
    jpeg = load_image(_jpeg(tmp_path / "p.jpg", pixels))
    assert jpeg.jpeg is not None
    png = replace(jpeg, jpeg=None)  # the same pixels, not from a JPEG file

    def run(picture: object, cleanup: bool) -> np.ndarray:
        settings = Settings(cleanup=cleanup, coarse_only=True, keep_windows=False)
        return drive(upscale_picture(model, picture, None, settings)).picture.pixels

    assert not np.array_equal(run(jpeg, True), run(png, True))
    assert not np.array_equal(run(jpeg, False), run(png, False))
    # a model that deblocks does not suggest clean-up for a JPEG's blocks
    assert not model.blocks_need_cleanup and make_gated_model().blocks_need_cleanup


def test_a_model_folder_keeps_its_deblocker(tmp_path: Path) -> None:
    from patchscaler_gui.engine.checkpoints import load_model, save_model

    model = _model()
    loaded = load_model(save_model(model, tmp_path / "m", {"trained": False}))
    assert loaded.config.deblock == model.config.deblock and loaded.deblock is not None
    assert torch.equal(loaded.deblock.tail.weight, model.deblock.tail.weight)
    assert random_model(replace(model.config, gate=None)).deblock is not None  # no gate needed
    assert "deblock" not in make_gated_model().config.to_dict()  # earlier folders: no key


def test_a_jpeg_files_tiles_reach_over_the_deblocker_and_a_pngs_do_not(tmp_path: Path) -> None:
    model = _model()
    pixels = (np.random.default_rng(3).random((120, 136, 3)) * 255).astype(np.uint8)
    jpeg = load_image(_jpeg(tmp_path / "p.jpg", pixels))
    png = replace(jpeg, jpeg=None)
    small = Limits(memory=64 * 64 * BYTES_PER_LR_PIXEL)

    def margin(picture: Picture) -> int:
        tiles = plan_tiles(model, (120, 136), small, jpeg=picture.jpeg)
        return max(t.rows.core_start - t.rows.start for t in tiles)

    assert margin(png) < margin(jpeg)
    settings = Settings(cleanup=True, coarse_only=True, keep_windows=False)
    for picture in (jpeg, png):
        whole = drive(upscale_picture(model, picture, None, settings)).picture.pixels
        tiled = drive(upscale_picture(model, picture, None, settings, limits=small))
        assert tiled.tiled
        assert np.abs(tiled.picture.pixels / 255.0 - whole).max() <= 1.01 / 255
