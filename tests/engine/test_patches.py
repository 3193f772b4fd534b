import numpy as np
import torch

from patchscaler_gui.engine.patches import Grid, Mosaic, feather, split


def test_feather_weights_of_neighbours_sum_to_one() -> None:
    grid = Grid(16, 16, patch=8, halo=2)
    w = feather(grid)[6]  # a row through the core
    # windows overlap by 2*halo: last 4 of one + first 4 of the next sum to 1.
    assert torch.allclose(w[-4:] + w[:4], torch.ones(4))
    assert torch.all(w[4:-4] == 1)


def test_split_has_core_and_halo() -> None:
    lat = torch.arange(2 * 16 * 24, dtype=torch.float32).view(1, 2, 16, 24)
    grid = Grid(16, 24, patch=8, halo=2)
    win = split(lat, grid, np.array([4]))  # row 1, col 1
    assert win.shape == (1, 2, 12, 12)
    assert torch.equal(win[0, :, 2:10, 2:10], lat[0, :, 8:16, 8:16])
    assert torch.equal(win[0, :, 0:2, 2:10], lat[0, :, 6:8, 8:16])


def test_merge_of_unchanged_windows_is_exact_and_replace_is_local() -> None:
    lat = torch.randn(1, 48, 24, 32)
    grid = Grid(24, 32, patch=8, halo=2)
    mosaic = Mosaic(lat, grid)
    idx = np.arange(grid.rows * grid.cols)
    old = split(lat, grid, idx)
    mosaic.replace(idx, old, old.clone())
    assert torch.allclose(mosaic.latent(), lat, atol=1e-6)
    new = old[5:6] + 1.0  # patch 5 = row 1, col 1 → core rows 8:16, cols 8:16
    mosaic.replace(np.array([5]), old[5:6], new)
    diff = (mosaic.latent() - lat).abs().sum(1)[0]
    # the core's inside (away from the blended 2*halo overlaps) is the new window's own
    assert torch.allclose(diff[10:14, 10:14], torch.full((4, 4), 48.0), atol=1e-4)
    assert (diff[8:16, 8:16] > 0).all()
    box = grid.window_boxes(np.array([5]))[0]
    outside = diff.clone()
    outside[box[0] : box[2], box[1] : box[3]] = 0
    assert outside.max() < 1e-5


def test_boxes_in_output_pixels_are_clipped() -> None:
    grid = Grid(16, 16, patch=8, halo=2)
    assert grid.core_boxes(np.array([3]), scale=4).tolist() == [[32, 32, 64, 64]]
    assert grid.window_boxes(np.array([0]), scale=4).tolist() == [[0, 0, 40, 40]]
