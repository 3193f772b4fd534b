"""What the two LR clean-ups of the gated coarse stage (colour, luma mottle) promise alike."""

from __future__ import annotations

from types import ModuleType

import pytest
import torch

from patchscaler_gui.engine import chroma, codec, mottle
from patchscaler_gui.engine.chroma import ChromaConfig
from patchscaler_gui.engine.mottle import MottleConfig

FILTERS = [(chroma, ChromaConfig()), (mottle, MottleConfig())]


@pytest.mark.parametrize(("module", "config"), FILTERS, ids=["chroma", "mottle"])
def test_alpha_zero_changes_nothing(module: ModuleType, config: object) -> None:
    latent = codec.encode(torch.rand(1, 3, 128, 160, generator=torch.Generator().manual_seed(0)))
    kept = module.clean(latent.clone(), torch.zeros(1, 1, 32, 40), config)
    torch.testing.assert_close(kept, latent, atol=1e-6, rtol=0)


@pytest.mark.parametrize(("module", "config"), FILTERS, ids=["chroma", "mottle"])
def test_bands_give_what_the_whole_picture_gives(
        module: ModuleType, config: object, monkeypatch: pytest.MonkeyPatch) -> None:
    g = torch.Generator().manual_seed(1)
    latent = codec.encode(torch.rand(1, 3, 128, 160, generator=g))
    alpha = torch.rand(1, 1, 32, 40, generator=g)
    whole = module.clean(latent.clone(), alpha, config)
    assert not torch.allclose(whole, latent, atol=1e-4)  # it did clean something
    monkeypatch.setattr(module, "BAND", 5)  # bands of 5 rows, the last one of 2
    torch.testing.assert_close(module.clean(latent.clone(), alpha, config), whole,
                               atol=1e-6, rtol=0)
