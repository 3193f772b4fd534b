import torch

from patchscaler_gui.engine.texture import (
    DESCRIPTOR_DIM,
    TextureConfig,
    TextureEncoder,
    TextureMemory,
    describe,
)


def test_descriptor_is_unit_norm_and_contrast_invariant() -> None:
    lat = torch.rand(5, 48, 16, 16) * 2 - 1
    d = describe(lat)
    assert d.shape == (5, DESCRIPTOR_DIM)
    assert torch.allclose(d.norm(dim=1), torch.ones(5), atol=1e-5)
    d_half = describe(lat * 0.5)  # half the contrast around grey
    assert torch.allclose(d, d_half, atol=0.05)


def test_retrieval_finds_an_exact_key() -> None:
    mem = TextureMemory(TextureConfig(entries=8, top_k=3, width=16))
    queries = torch.rand(8, 48, 12, 12) * 2 - 1
    mem.keys.copy_(describe(queries))
    mem.values.copy_(torch.randn(8, 48, 8, 8))
    values, sims = mem.retrieve(queries[5:6])
    assert values.shape == (1, 3, 48, 8, 8) and sims.shape == (1, 3)
    assert torch.allclose(sims[0, 0], torch.tensor(1.0), atol=1e-5)
    assert torch.equal(values[0, 0], mem.values[5])


def test_encoder_tokens_depend_on_similarity() -> None:
    enc = TextureEncoder(TextureConfig(entries=8, top_k=2, width=16))
    v = torch.randn(3, 2, 48, 8, 8)
    a = enc(v, torch.full((3, 2), 0.9))
    b = enc(v, torch.full((3, 2), 0.1))
    assert a.shape == (3, 2 * 16, 16)
    assert not torch.allclose(a, b)
