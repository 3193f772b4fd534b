"""Stage 1 (GRM, its optional one-block-thinner fine-tune "slim" and the clean-up GRM for
degraded photos) and stage 3 (Patch-DiT + texture encoder) training loops.

The loops are resumable: every ``ckpt_every`` iterations the trainable weights, the
optimiser and the iteration count go to ``run/<stage>.ckpt``; starting again resumes.
Our choices where the paper is silent: Charbonnier reconstruction in the latent plus a
Laplace negative log-likelihood (weight 0.05, on the detached error) for the confidence;
the denoiser's ResShift x0 loss is a plain MSE with t uniform in 1..T, and the texture
prompt is dropped for 10 % of the samples so the model also works with it switched off.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch
import torch.distributed as dist
import torch.nn.functional as F
from torch import nn

from patchscaler_gui.engine import codec
from patchscaler_gui.engine.choices import DEFAULT_LOOK
from patchscaler_gui.engine.deblock import GRID
from patchscaler_gui.engine.gate import mix
from patchscaler_gui.engine.grm import GRM
from patchscaler_gui.engine.model import PatchScaler
from patchscaler_gui.training.common import Log, load_checkpoint, rank, save_checkpoint, wrap
from patchscaler_gui.training.data import pairs
from patchscaler_gui.training.gram import gram_l1
from patchscaler_gui.training.teacher import Triples


@dataclass(frozen=True)
class LoopConfig:
    """``seconds``: a time budget instead of an iteration count (``iters`` is then only an
    upper bound): the learning rate follows the cosine over the elapsed share of it, so a
    recipe fits a given machine whatever its speed. ``workers``: processes that cut and
    degrade the crops (0: the training process itself)."""

    iters: int
    batch: int
    lr: float
    crop: int
    realistic: float = 0.4
    jpeg: float = 0.0  # share of bicubic inputs that are also JPEG-compressed (no noise)
    soft: float = 0.0  # share of soft photos (blurred ground truth, bicubic inputs)
    seed: int = 0
    log_every: int = 50
    ckpt_every: int = 200
    device: str = "cpu"
    seconds: float | None = None
    workers: int = 0


LossFn = Callable[..., dict[str, torch.Tensor]]  # (*batch tensors on the device, generator)
Stream = Callable[[int], Iterator[tuple[torch.Tensor, ...]]]  # seed -> endless batches


def _done(cfg: LoopConfig, it: int, elapsed: float) -> bool:
    """Whether the stage has spent its iterations or its time (every rank agrees)."""
    stop = it >= cfg.iters or (cfg.seconds is not None and elapsed >= cfg.seconds)
    if cfg.seconds is not None and dist.is_initialized():
        flag = torch.tensor([float(stop)], device=cfg.device)
        dist.all_reduce(flag, op=dist.ReduceOp.MAX)
        stop = bool(flag.item())
    return stop


def _progress(cfg: LoopConfig, it: int, elapsed: float) -> float:
    return min(elapsed / cfg.seconds, 1.0) if cfg.seconds is not None else it / cfg.iters


def photo_stream(photos: list[torch.Tensor], cfg: LoopConfig) -> Stream:
    """(HR, LR) batches of ``photos`` as ``cfg`` says (crop, batch, realistic, JPEG and soft
    shares)."""
    return lambda seed: pairs(photos, cfg.crop, cfg.batch, cfg.realistic, seed, cfg.workers,
                              cfg.jpeg, cfg.soft)


def triple_stream(triples: Triples, cfg: LoopConfig) -> Stream:
    """(HR, LR, teacher) batches of ``triples`` as ``cfg`` says (crop, batch)."""
    return lambda seed: triples.batches(cfg.batch, cfg.crop, seed)


def _run_loop(run: Path, stage: str, model: PatchScaler, trainable: nn.Module, loss_fn: LossFn,
              stream: Stream, cfg: LoopConfig) -> None:
    """Train ``trainable`` from the stage's checkpoint on; ``model`` already holds its weights
    (``common.load_run_model``), so only the optimiser, the iteration and the time spent are
    read here. ``loss_fn(*batch, gen)`` gets each batch of ``stream`` on the device (a
    resumed run draws a new stream, seeded by the iteration it resumes at)."""
    device = torch.device(cfg.device)
    ckpt_path = run / f"{stage}.ckpt"
    opt = torch.optim.AdamW(trainable.parameters(), lr=cfg.lr, weight_decay=0.0)
    start, spent = 0, 0.0
    state = load_checkpoint(ckpt_path)
    if state is not None:
        opt.load_state_dict(state["opt"])
        start, spent = int(state["iter"]), float(state.get("seconds", 0.0))
    batches = stream(cfg.seed + 7919 * start + rank())
    log = Log(run, stage)
    gen = torch.Generator().manual_seed(cfg.seed + 104729 * (start + 1) + rank())
    began, t0, waited = time.time() - spent, time.time(), 0.0
    running: dict[str, torch.Tensor] = {}
    it = start
    while not _done(cfg, it, time.time() - began):
        lr = cfg.lr * 0.5 * (1 + math.cos(math.pi * _progress(cfg, it, time.time() - began)))
        for group in opt.param_groups:
            group["lr"] = lr
        fetched = time.time()
        batch = next(batches)
        waited += time.time() - fetched
        losses = loss_fn(*(t.to(device) for t in batch), gen)
        opt.zero_grad(set_to_none=True)
        losses["loss"].backward()  # type: ignore[no-untyped-call]
        torch.nn.utils.clip_grad_norm_(trainable.parameters(), 1.0)
        opt.step()
        it += 1
        # summed where they are, read at a log: on a GPU the loop fetches the next batch while
        # the card still runs this step
        for k, v in losses.items():
            v = v.detach().float()  # float64: not on every device (MPS)
            running[k] = running[k] + v if k in running else v
        if it % cfg.log_every == 0:
            log(iter=it, lr=lr, s_per_iter=(time.time() - t0) / cfg.log_every,
                data_s_per_iter=waited / cfg.log_every,
                **{k: float(v) / cfg.log_every for k, v in running.items()})
            t0, waited, running = time.time(), 0.0, {}
        if it % cfg.ckpt_every == 0:
            _save(ckpt_path, model, stage, opt, it, time.time() - began)
    if it > start:
        _save(ckpt_path, model, stage, opt, it, time.time() - began)


def _save(path: Path, model: PatchScaler, stage: str, opt: torch.optim.Optimizer, it: int,
          seconds: float) -> None:
    save_checkpoint(path, model=_trainable_state(model, stage), opt=opt.state_dict(), iter=it,
                    seconds=seconds)


PREFIXES = {"grm": ("grm.",), "slim": ("grm.",), "confidence": ("grm.",),
            "cleanup": ("grm_cleanup.",),
            "distill": ("grm_cleanup.",), "gate": ("gate.",), "deblock": ("deblock.",),
            "denoiser": ("denoiser.", "encoder."), "retune": ("denoiser.", "encoder."),
            "shrink": ("denoiser.", "encoder.")}


def _trainable_state(model: PatchScaler, stage: str) -> dict[str, torch.Tensor]:
    prefixes = PREFIXES[stage]
    return {k: v.detach().cpu() for k, v in model.state_dict().items() if k.startswith(prefixes)}


def charbonnier(diff: torch.Tensor) -> torch.Tensor:
    """Mean Charbonnier penalty, a smooth L1: sqrt(d² + 1e-6)."""
    return torch.sqrt(diff**2 + 1e-6).mean()


def laplace_nll(err: torch.Tensor, log_scale: torch.Tensor) -> torch.Tensor:
    """The confidence's loss: Laplace negative log-likelihood of the (detached) per-pixel
    error ``err`` (B, C, H, W) under the predicted log scale (B, 1, H, W)."""
    e = err.abs().mean(1, keepdim=True).detach()
    return (e * torch.exp(-log_scale) + log_scale).mean()


def middle_blocks(n: int, k: int) -> list[int]:
    """``k`` of ``n`` residual blocks to drop: each time the middle one of those left (the
    middle blocks cost least when dropped)."""
    left = list(range(n))
    return sorted(left.pop(len(left) // 2) for _ in range(k))


def drop_blocks(thick: GRM, thin: GRM, drop: list[int]) -> None:
    """Copy ``thick`` into ``thin``, which has ``len(drop)`` residual blocks less: every
    layer but the blocks in ``drop`` (the later blocks move up)."""
    kept = [b for k, b in enumerate(thick.body) if k not in drop]
    if len(kept) != len(thin.body) or len(kept) != len(thick.body) - len(drop):
        raise ValueError(f"cannot drop blocks {drop} of {len(thick.body)} "
                         f"into a GRM of {len(thin.body)}")
    thin.head.load_state_dict(thick.head.state_dict())
    thin.tail.load_state_dict(thick.tail.state_dict())
    for dst, src in zip(thin.body, kept, strict=True):
        dst.load_state_dict(src.state_dict())


def train_grm(run: Path, model: PatchScaler, cfg: LoopConfig, photos: list[torch.Tensor],
              thick: GRM | None = None, cleanup: bool = False, confidence: bool = False,
              detail: float = 0.0) -> None:
    """Stage 1: coarse latent + confidence (uncertainty) from LR.

    With ``thick`` (the GRM it was thinned from) this is the slim stage (checkpoint
    ``slim.ckpt``): the model's GRM, one block thinner and started from ``thick`` by
    :func:`drop_blocks`, also learns a Charbonnier term towards ``thick``'s y0, so the
    denoiser and texture memory trained on that y0 still fit. With ``cleanup`` it trains the
    model's second GRM, the one for degraded photos (checkpoint ``cleanup.ckpt``; mostly
    realistic inputs, with a quarter bicubic so that it learns to leave clean photos sharp).
    With ``confidence`` (checkpoint ``confidence.ckpt``) only the confidence learns (the NLL
    alone, through the last layer's log-scale output; y0 does not change): a GRM fine-tuned on
    clean inputs only learns how unsure it is of degraded ones, which decides the patch
    groups.

    ``detail`` weighs :func:`detail_error` against the ground truth beside the Charbonnier:
    the squared error of the luma's high band, whose minimiser is the band's conditional
    mean where the Charbonnier's is its median, zero wherever an edge's place is unsure.
    """
    device = torch.device(cfg.device)
    model.to(device).train()
    net = model.grm_cleanup if cleanup else model.grm
    assert net is not None, "the run has no clean-up GRM"
    if confidence:  # y0's outputs get no gradient from the NLL: their weights stay as they are
        net.head.requires_grad_(False)
        net.body.requires_grad_(False)
    grm = wrap(net, device)
    if thick is not None:
        thick.to(device).eval().requires_grad_(False)

    def loss_fn(hr: torch.Tensor, lr_img: torch.Tensor, gen: torch.Generator
                ) -> dict[str, torch.Tensor]:
        y0, log_scale = grm(lr_img)
        err = y0 - codec.encode(hr)
        rec = charbonnier(err)
        nll = laplace_nll(err, log_scale)
        losses = {"loss": nll if confidence else rec + 0.05 * nll, "rec": rec, "nll": nll}
        if detail:
            losses["detail"] = detail_error(codec.decode(y0), hr)
            losses["loss"] = losses["loss"] + detail * losses["detail"]
        if thick is not None:
            with torch.no_grad():
                target, _ = thick(lr_img)
            losses["dist"] = charbonnier(y0 - target)
            losses["loss"] = losses["loss"] + losses["dist"]
        return losses

    stage = ("cleanup" if cleanup else "confidence" if confidence
             else "grm" if thick is None else "slim")
    _run_loop(run, stage, model, net, loss_fn, photo_stream(photos, cfg), cfg)


def train_gate(run: Path, model: PatchScaler, cfg: LoopConfig, photos: list[torch.Tensor]
               ) -> None:
    """The clean-up gate (checkpoint ``gate.ckpt``): the weight α that blends the two frozen
    GRMs' coarse latents, trained on what the benchmark measures, the mean PSNR of its
    crops (the mean log of each crop's squared error: flat photos, whose errors are small but
    whose PSNR suffers as much, count as much as busy ones), on bicubic, soft-photo,
    JPEG-compressed and realistic inputs as ``cfg`` mixes them."""
    device = torch.device(cfg.device)
    model.to(device).train()
    plain_grm, clean_grm = model.grm, model.grm_cleanup
    assert model.gate is not None and clean_grm is not None
    gate = wrap(model.gate, device)

    def loss_fn(hr: torch.Tensor, lr_img: torch.Tensor, gen: torch.Generator
                ) -> dict[str, torch.Tensor]:
        with torch.no_grad():
            plain, clean = plain_grm(lr_img), clean_grm(lr_img)
        alpha = gate(lr_img, plain[0], clean[0])
        err = mix(plain, clean, alpha)[0] - codec.encode(hr)
        log_mse = torch.log(err.square().mean((1, 2, 3)) + 1e-6).mean()
        return {"loss": log_mse, "alpha": alpha.mean().detach()}

    _run_loop(run, "gate", model, model.gate, loss_fn, photo_stream(photos, cfg), cfg)


GRID_WEIGHT = 10.0  # the deblocker's loss: weight of the error of the steps across the grid


def grid_steps(image: torch.Tensor) -> torch.Tensor:
    """(B, C, H, W) → (B, N): every step across the 8-px JPEG grid, horizontal and vertical."""
    g = GRID
    across = image[..., :, g::g] - image[..., :, g - 1 : -1 : g]
    down = image[..., g::g, :] - image[..., g - 1 : -1 : g, :]
    return torch.cat([across.flatten(1), down.flatten(1)], 1)


def train_deblock(run: Path, model: PatchScaler, cfg: LoopConfig, stream: Stream) -> None:
    """The JPEG deblocker (checkpoint ``deblock.ckpt``; batches of
    :func:`~patchscaler_gui.training.data.jpeg_batches`): per crop, the squared error against
    the LR before the JPEG plus :data:`GRID_WEIGHT` × that of the steps across the block
    grid, and the mean log of that over the crops. A squared error, since the JPEG's error
    is a spread of small values whose median is zero (an L1 left the first tries at the
    identity); the grid term weighs the steps, which the GRMs sharpen into the visible
    blocks, above the rest of the error; the log makes a lightly compressed crop, whose
    error is small, count as much as a heavily compressed one. (Both alone still left
    quality-95 files, the common phone setting, smoother than they are: the deblocker's
    correction in units of the quantiser's step, :func:`~.deblock.quantiser_scale`, is what
    let it leave them their detail.)"""
    device = torch.device(cfg.device)
    model.to(device).train()
    assert model.deblock is not None
    deblock = wrap(model.deblock, device)

    def error(diff: torch.Tensor) -> torch.Tensor:
        """Per crop: the squared error plus the grid's weight × that of the steps."""
        return diff.square().mean((1, 2, 3)) + GRID_WEIGHT * grid_steps(diff).square().mean(1)

    def loss_fn(before: torch.Tensor, after: torch.Tensor, quality: torch.Tensor,
                gen: torch.Generator) -> dict[str, torch.Tensor]:
        err, err_in = error(deblock(after, quality) - before), error(after - before)
        loss = torch.log(err + 1e-8).mean()
        return {"loss": loss, "of_input": (err / (err_in + 1e-8)).mean().detach()}

    _run_loop(run, "deblock", model, model.deblock, loss_fn, stream, cfg)


def gaussian_blur(images: torch.Tensor, sigma: float) -> torch.Tensor:
    """Separable Gaussian blur of (B, C, H, W), reflected at the border."""
    radius = math.ceil(3 * sigma)
    x = torch.arange(-radius, radius + 1, dtype=images.dtype, device=images.device)
    k = torch.exp(-0.5 * (x / sigma) ** 2)
    k = (k / k.sum()).repeat(images.shape[1], 1, 1, 1)
    out = F.pad(images, [radius] * 4, mode="reflect")
    out = F.conv2d(out, k.view(-1, 1, 1, 2 * radius + 1), groups=images.shape[1])
    return F.conv2d(out, k.view(-1, 1, 2 * radius + 1, 1), groups=images.shape[1])


SPLIT_SIGMA = 1.5  # HR px: the blur passes half the power at the LR Nyquist (1/8 cycle/px)


# Weight of the teacher's detail (:func:`detail_error`) per stage: beside the Charbonnier of
# the low band (distill) or the latent MSE, in which that band is a small share (retune)
DISTILL_DETAIL = 50.0
RETUNE_DETAIL = 10.0


def detail_error(image: torch.Tensor, target: torch.Tensor) -> torch.Tensor:
    """Mean squared error of the luma high band (above :data:`SPLIT_SIGMA`'s split) of
    ``image`` against ``target``: the teacher's detail term. Squared, not an L1: the high band
    is sparse and heavy-tailed, and an L1 there answers with its median, zero."""
    diff = codec.luma(image - target)
    return (diff - gaussian_blur(diff, SPLIT_SIGMA)).square().mean()


def split_target(hr: torch.Tensor, taught: torch.Tensor) -> torch.Tensor:
    """The ground truth's low band with the teacher's high band (split at
    :data:`SPLIT_SIGMA`), clamped to [0, 1]."""
    low = gaussian_blur(torch.cat([hr, taught]), SPLIT_SIGMA).chunk(2)
    return (low[0] + taught - low[1]).clamp(0, 1)


def train_distill(run: Path, model: PatchScaler, cfg: LoopConfig, stream: Stream,
                  weight: float = DISTILL_DETAIL) -> None:
    """The clean-up GRM fine-tuned towards a teacher (checkpoint ``distill.ckpt``; batches of
    ``teacher.Triples``): below the LR Nyquist it follows the ground truth (Charbonnier on the
    low-pass of each, split by a Gaussian of :data:`SPLIT_SIGMA`), above it the teacher's
    output (``weight`` × :func:`detail_error`). The teacher is a fixed function of the
    input, so the regression onto its detail has one answer where the ground truth's detail
    has many (whose mean is a blur). (An L1 detail term hardly moved the GRM; model card.)
    The confidence keeps stage 1's Laplace NLL on the error against the ground truth, so the
    calibrated thresholds still mean what they meant."""
    device = torch.device(cfg.device)
    model.to(device).train()
    assert model.grm_cleanup is not None
    net = model.grm_cleanup
    grm = wrap(net, device)

    def loss_fn(hr: torch.Tensor, lr_img: torch.Tensor, sr: torch.Tensor, gen: torch.Generator
                ) -> dict[str, torch.Tensor]:
        y0, log_scale = grm(lr_img)
        out = codec.decode(y0)
        rec = charbonnier(gaussian_blur(out - hr, SPLIT_SIGMA))
        detail = detail_error(out, sr)
        nll = laplace_nll(y0 - codec.encode(hr), log_scale)
        return {"loss": rec + weight * detail + 0.05 * nll, "rec": rec, "detail": detail,
                "nll": nll}

    _run_loop(run, "distill", model, net, loss_fn, stream, cfg)


def denoiser_batch(model: PatchScaler, hr: torch.Tensor, lr_img: torch.Tensor,
                   gen: torch.Generator, grm: GRM | None = None
                   ) -> tuple[torch.Tensor, torch.Tensor]:
    """(x0, y0) windows: HR latent and frozen-GRM latent (``grm``, default the model's
    GRM), cut away from the crop border."""
    win = model.config.denoiser.window
    with torch.no_grad():
        y0, _ = (grm or model.grm)(lr_img)
    x0 = codec.encode(hr)
    margin = (y0.shape[-1] - win) // 2
    off = int(torch.randint(max(margin - 4, 0), margin + 1, (1,), generator=gen))
    cut = (slice(None), slice(None), slice(off, off + win), slice(off, off + win))
    return x0[cut], y0[cut]


def normal(shape: torch.Size, gen: torch.Generator, device: torch.device) -> torch.Tensor:
    """Standard normal noise on ``device``, drawn from ``gen`` (a CPU generator). Off the CPU
    it is drawn there, from a generator seeded by ``gen``: a GPU batch's millions of values,
    drawn on the CPU and copied over, would take about a quarter of an H200's step (by this
    CPU's rate and the step the recipe's log showed)."""
    if device.type == "cpu":
        return torch.randn(shape, generator=gen)
    there = torch.Generator(device=device)
    there.manual_seed(int(torch.randint(0, 2**62, (1,), generator=gen)))
    return torch.randn(shape, generator=there, device=device)


class _DenoiseStep(nn.Module):
    """Denoiser + texture encoder as one module (so data parallelism sees one forward).

    The last ``drop`` samples run without a prompt, exactly as `--no-texture` samples.
    """

    def __init__(self, model: PatchScaler) -> None:
        super().__init__()
        self.denoiser, self.encoder = model.denoiser, model.encoder

    def forward(self, x: torch.Tensor, y0: torch.Tensor, t: torch.Tensor, values: torch.Tensor,
                sims: torch.Tensor, drop: int) -> torch.Tensor:
        n = x.shape[0] - drop
        out = [self.denoiser(x[:n], y0[:n], t[:n], self.encoder(values[:n], sims[:n]))]
        if drop:
            out.append(self.denoiser(x[n:], y0[n:], t[n:], None))
        return torch.cat(out)


def spectrum_l1(pred: torch.Tensor, target: torch.Tensor) -> torch.Tensor:
    """L1 between the amplitude spectra of the luma of two latent batches, decoded to pixels:
    it asks for the target's energy at every frequency but not its phase, so unlike the MSE
    it does not reward a blurred average where the detail is uncertain. Luma only: on RGB the
    term paints colour speckles (chroma detail is left to the MSE)."""
    amp = [torch.fft.rfft2(codec.decode_luma(x), norm="ortho").abs() for x in (pred, target)]
    return (amp[0] - amp[1]).abs().mean()


def train_denoiser(run: Path, model: PatchScaler, cfg: LoopConfig, stream: Stream,
                   retune: bool = False, spectrum: float = 0.0, detail: float = 0.0,
                   shortcut: float = 0.0, gram: float = 0.0) -> None:
    """Stage 3: Patch-DiT + texture encoder with the ResShift x0 loss (GRMs, RTM frozen).

    With ``retune`` this is the retune stage (checkpoint ``retune.ckpt``): a fine-tune of a
    trained denoiser that, when the model has a clean-up GRM, conditions every other batch
    on that GRM's coarse result (which the default look samples from), and adds
    ``spectrum`` × :func:`spectrum_l1` and ``gram`` × :func:`.gram.gram_l1` (texture
    statistics) to the loss. When ``stream`` gives teacher triples (HR, LR, teacher) instead
    of (HR, LR) pairs, x0 is :func:`split_target`: the ground truth's low band with the
    teacher's high band, and ``detail`` × :func:`detail_error` of the decoded prediction
    against the decoded target is added (the teacher's detail, as `train distill` weighs
    it: in the latent MSE that band is a small share).
    A ``shortcut`` share of each batch starts where PGS starts a group, ``y0 + κ √η_t ε``
    (:meth:`Schedule.shortcut_start`), instead of the forward marginal, which holds x0: from
    there the denoiser has to make the detail, not find it in its input. On ground-truth
    targets that gives back y0 (their mean); on the teacher's, which the input decides, it
    is a regression with one answer.
    """
    device = torch.device(cfg.device)
    model.to(device).train()
    grms = [g for g in (model.grm, model.grm_cleanup) if g is not None][: 2 if retune else 1]
    for g in grms:
        g.eval().requires_grad_(False)
    sched = model.schedule
    step = _DenoiseStep(model)
    net = wrap(step, device)
    calls = [0]

    def loss_fn(hr: torch.Tensor, lr_img: torch.Tensor, *rest: Any) -> dict[str, torch.Tensor]:
        *taught, gen = rest
        if taught:
            hr = split_target(hr, taught[0])
        grm = grms[calls[0] % len(grms)]
        calls[0] += 1
        x0, y0 = denoiser_batch(model, hr, lr_img, gen, grm)
        b = x0.shape[0]
        t = torch.randint(1, sched.T + 1, (b,), generator=gen).to(device)
        noise = normal(x0.shape, gen, device)
        short = round(shortcut * b)  # these start from y0 in place of x0
        x_t = sched.q_sample(torch.cat([y0[:short], x0[short:]]), y0, t, noise)
        with torch.no_grad():
            values, sims = model.memory.retrieve(y0)
        pred = net(x_t / sched.input_scales(t), y0, t, values, sims, max(1, b // 10))
        mse = F.mse_loss(pred, x0)
        losses = {"loss": mse, "mse": mse, "mse_y0": F.mse_loss(y0, x0).detach()}
        if spectrum:
            losses["spec"] = spectrum_l1(pred, x0)
            losses["loss"] = losses["loss"] + spectrum * losses["spec"]
        if gram:
            losses["gram"] = gram_l1(pred, x0)
            losses["loss"] = losses["loss"] + gram * losses["gram"]
        if taught and detail:
            losses["detail"] = detail_error(codec.decode(pred), codec.decode(x0))
            losses["loss"] = losses["loss"] + detail * losses["detail"]
        return losses

    _run_loop(run, "retune" if retune else "denoiser", model, step, loss_fn, stream, cfg)


def train_shrink(run: Path, model: PatchScaler, teacher: PatchScaler, cfg: LoopConfig,
                 stream: Stream) -> None:
    """``shrink``: ``model``'s Patch-DiT and texture encoder (narrower than ``teacher``'s)
    learn to give the teacher's x̂0, prompted or not, on the inputs the sampler gives it: the
    windows of both GRMs' coarse results (frozen, as ``retune``), x_t from the forward
    marginal for half the batch and from PGS's shortcut start for the rest. Half the batch
    is at the default look's first start step (its simple patches' one step, about three
    quarters of that look's denoiser calls), the rest at steps drawn uniformly; half of each
    batch has the texture prompt. The loss is the squared error against the teacher's x̂0:
    the teacher is a function of the input, so unlike x0 targets the regression has one
    answer, grain included."""
    device = torch.device(cfg.device)
    model.to(device).train()
    teacher.to(device).eval().requires_grad_(False)
    grms = [g for g in (teacher.grm, teacher.grm_cleanup) if g is not None]
    sched = model.schedule
    first = model.config.look(DEFAULT_LOOK).plan.starts[0]
    step, wide = _DenoiseStep(model), _DenoiseStep(teacher)
    net = wrap(step, device)
    calls = [0]

    def loss_fn(hr: torch.Tensor, lr_img: torch.Tensor, gen: torch.Generator
                ) -> dict[str, torch.Tensor]:
        grm = grms[calls[0] % len(grms)]
        calls[0] += 1
        x0, y0 = denoiser_batch(teacher, hr, lr_img, gen, grm)
        b = x0.shape[0]
        t = torch.randint(1, sched.T + 1, (b,), generator=gen)
        t[::2] = first  # every other sample, so that prompted and bare ones get it alike
        t = t.to(device)
        short = (torch.rand(b, generator=gen) < 0.5).to(device).view(-1, 1, 1, 1)
        x_t = sched.q_sample(torch.where(short, y0, x0), y0, t, normal(x0.shape, gen, device))
        x = x_t / sched.input_scales(t)
        bare = b - b // 2  # the last ones have no prompt, as the default look samples
        with torch.no_grad():
            values, sims = teacher.memory.retrieve(y0)
            target = wide(x, y0, t, values, sims, bare)
        pred = net(x, y0, t, values, sims, bare)
        mse = F.mse_loss(pred, target)
        return {"loss": mse, "mse": mse, "change": F.mse_loss(target, y0).detach()}

    _run_loop(run, "shrink", model, step, loss_fn, stream, cfg)
