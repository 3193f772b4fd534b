"""Stage 2: build the Reference Texture Memory from training photos only.

Candidates are random HR windows; each key is the frozen descriptor of the *coarse* ``y0``
window (the same domain the sampler queries with), each value the HR latent at the
window's centre (8×8 latent = 32×32 px). Spherical k-means on the keys picks ``entries``
diverse textures: the candidate nearest each centroid goes into the memory. Candidates
whose HR window is nearly flat are skipped (a flat value teaches the prompt nothing).
"""

from __future__ import annotations

from pathlib import Path

import torch
import torch.nn.functional as F

from patchscaler_gui.engine import codec
from patchscaler_gui.engine.degrade import bicubic_x4
from patchscaler_gui.engine.model import PatchScaler
from patchscaler_gui.engine.texture import VALUE_SIZE, describe
from patchscaler_gui.training.common import Log, save_checkpoint
from patchscaler_gui.training.data import CropSampler


def _candidates(model: PatchScaler, sampler: CropSampler, count: int
                ) -> tuple[torch.Tensor, torch.Tensor]:
    win = model.config.denoiser.window
    keys: list[torch.Tensor] = []
    values: list[torch.Tensor] = []
    with torch.no_grad():
        while sum(k.shape[0] for k in keys) < count:
            hr = sampler.batch(64)
            y0, _ = model.grm(bicubic_x4(hr))
            x0 = codec.encode(hr)
            o = (y0.shape[-1] - win) // 2
            y0w = y0[..., o : o + win, o : o + win]
            c = o + (win - VALUE_SIZE) // 2
            val = x0[..., c : c + VALUE_SIZE, c : c + VALUE_SIZE]
            textured = val.std(dim=(1, 2, 3)) > 0.04
            keys.append(describe(y0w)[textured])
            values.append(val[textured])
    return torch.cat(keys)[:count], torch.cat(values)[:count]


def spherical_kmeans(x: torch.Tensor, k: int, iters: int, gen: torch.Generator) -> torch.Tensor:
    """Indices of the k members of ``x`` (unit rows) nearest to k cosine k-means centroids."""
    centroids = x[torch.randperm(len(x), generator=gen)[:k]].clone()
    for _ in range(iters):
        assign = (x @ centroids.T).argmax(1)
        sums = torch.zeros_like(centroids).index_add_(0, assign, x)
        empty = sums.norm(dim=1) == 0
        sums[empty] = x[torch.randint(0, len(x), (int(empty.sum()),), generator=gen)]
        centroids = F.normalize(sums, dim=1)
    sims = x @ centroids.T
    chosen = torch.full((k,), -1, dtype=torch.long)
    taken: set[int] = set()
    for j in sims.max(0).values.argsort(descending=True).tolist():  # most typical first
        pick = next(i for i in sims[:, j].argsort(descending=True).tolist() if i not in taken)
        chosen[j] = pick
        taken.add(pick)
    return chosen


def build_rtm(run: Path, model: PatchScaler, sampler: CropSampler, candidates: int = 16384,
              iters: int = 20, seed: int = 0) -> None:
    model.eval()
    log = Log(run, "rtm")
    keys, values = _candidates(model, sampler, candidates)
    idx = spherical_kmeans(keys, model.config.texture.entries, iters,
                           torch.Generator().manual_seed(seed))
    model.memory.get_buffer("keys").copy_(keys[idx])
    model.memory.get_buffer("values").copy_(values[idx])
    spread = float((keys[idx] @ keys[idx].T).fill_diagonal_(0).max(1).values.mean())
    log(candidates=len(keys), entries=len(idx), mean_nearest_other=spread)
    state = {k: v for k, v in model.state_dict().items() if k.startswith("memory.")}
    save_checkpoint(run / "rtm.ckpt", model=state, iter=1)
