import torch
import torch.nn.functional as F

from patchscaler_gui.engine.denoiser import DenoiserConfig, PatchDiT, _attend


def _net() -> PatchDiT:
    net = PatchDiT(DenoiserConfig(window=12, width=32, depth=2, heads=2))
    for p in net.parameters():
        if p.abs().sum() == 0:
            p.data.normal_(0, 0.05)
    return net.eval()


def test_zero_init_predicts_y0() -> None:
    net = PatchDiT(DenoiserConfig(window=12, width=32, depth=1, heads=2))
    x, y0 = torch.randn(3, 48, 12, 12), torch.randn(3, 48, 12, 12)
    out = net(x, y0, torch.tensor([1, 5, 15]))
    assert torch.equal(out, y0)


def test_batch_independence_and_prompt_matter() -> None:
    net = _net()
    x, y0 = torch.randn(4, 48, 12, 12), torch.randn(4, 48, 12, 12)
    t = torch.tensor([3, 3, 3, 3])
    prompt = torch.randn(4, 8, 32)
    with torch.no_grad():
        full = net(x, y0, t, prompt)
        one = net(x[2:3], y0[2:3], t[2:3], prompt[2:3])
        none = net(x, y0, t, None)
        t_other = net(x, y0, torch.tensor([9, 9, 9, 9]), prompt)
    assert full.shape == (4, 48, 12, 12)
    assert torch.allclose(full[2:3], one, atol=1e-5)
    assert not torch.allclose(full, none, atol=1e-4)
    assert not torch.allclose(full, t_other, atol=1e-4)


def test_flops_count_is_positive_and_grows_with_prompt() -> None:
    net = _net()
    assert 0 < net.flops_per_window(0) < net.flops_per_window(8)


def test_refine_starts_as_the_identity_and_joins_neighbouring_tokens() -> None:
    """The refining convolution adds nothing until trained; once it has weights, a change in
    one token's prediction reaches the latent pixels of the next token (without it, the
    head writes every token's pixels on its own)."""
    cfg = DenoiserConfig(window=12, width=32, depth=1, heads=2, refine=True)
    net = PatchDiT(cfg)
    x, y0 = torch.randn(2, 48, 12, 12), torch.randn(2, 48, 12, 12)
    assert torch.equal(net(x, y0, torch.tensor([2, 7])), y0)
    assert net.flops_per_window(0) > PatchDiT(DenoiserConfig(window=12, width=32, depth=1,
                                                             heads=2)).flops_per_window(0)

    def reach(refined: bool) -> torch.Tensor:
        torch.manual_seed(0)
        net = PatchDiT(DenoiserConfig(window=12, width=32, depth=0, heads=2, refine=refined))
        for p in net.parameters():
            p.data.normal_(0, 0.05)
        with torch.no_grad():
            base = net(x, y0, torch.tensor([2, 7]))
            moved = x.clone()
            moved[:, :, 0:2, 0:2] += 1.0  # the first token's input only
            return (net(moved, y0, torch.tensor([2, 7])) - base).abs()[:, :, 0:2, 2]

    assert float(reach(False).max()) == 0.0
    assert float(reach(True).max()) > 1e-4


def test_attention_on_the_cpu_matches_the_fused_kernel() -> None:
    g = torch.Generator().manual_seed(0)
    q, k, v = (torch.randn(70, 4, 100, 32, generator=g) for _ in range(3))  # 3 chunks
    want = F.scaled_dot_product_attention(q, k, v)
    scaled = q * 32**-0.5  # _attend takes the queries pre-scaled
    with torch.inference_mode():  # the three plain ops, chunk by chunk
        got = _attend(scaled.bfloat16(), k.bfloat16(), v.bfloat16())
        assert got.dtype == torch.bfloat16
        assert torch.allclose(got.float(), want, atol=0.03)
        assert torch.allclose(_attend(scaled, k, v), want, atol=1e-5)
    # with gradients: the fused kernel itself, given the same pre-scaled queries
    assert torch.equal(_attend(scaled, k, v),
                       F.scaled_dot_product_attention(scaled, k, v, scale=1.0))
