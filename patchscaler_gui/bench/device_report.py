"""``results.md`` of the device check: the measurements against the GPU targets."""

from __future__ import annotations

from typing import Any

# (what, target) as the issue states them; judged only on a CUDA run
TARGET_E2E_512_S = 0.5
TARGET_PGS_RATIO = 0.23
TARGET_PEAK_1024_GB = 4.0


def _f(value: Any, digits: int = 2) -> str:
    return "–" if value is None else f"{value:.{digits}f}"


def _verdict(ok: bool | None, gpu: bool) -> str:
    if ok is None or not gpu:
        return "not judged (not a GPU run)" if not gpu else "not measured"
    return "met" if ok else "**missed**"


def _targets(results: dict[str, Any], gpu: bool) -> list[str]:
    sec = results["sections"]
    runs = {r["input"]: r for r in sec.get("end_to_end", []) if "input" in r}
    e512, e1024 = runs.get(512), runs.get(1024)
    pgs = sec.get("pgs_vs_uniform", {})
    large = sec.get("large_tiled_split", {})
    peak = None if e1024 is None else e1024.get("peak_reserved_gb")
    rows = [
        ("512² → 2048² end to end, model load excluded", f"≤ {TARGET_E2E_512_S} s",
         None if e512 is None else f"{e512['seconds']:.3f} s",
         None if e512 is None else e512["seconds"] <= TARGET_E2E_512_S),
        ("PGS time / uniform-15 time (default look)", f"≤ {TARGET_PGS_RATIO}",
         None if "time_ratio" not in pgs else f"{pgs['time_ratio']:.3f}",
         None if "time_ratio" not in pgs else pgs["time_ratio"] <= TARGET_PGS_RATIO),
        ("1024² → 4096² peak GPU memory (reserved)", f"≤ {TARGET_PEAK_1024_GB:g} GB",
         None if peak is None else f"{peak:.2f} GB",
         None if peak is None else peak <= TARGET_PEAK_1024_GB),
        ("6000×4000 completes through the split path", "completes, ≥ 1 split",
         None if "completed" not in large else
         f"{'completed' if large['completed'] else 'failed'}, {large['splits']} splits",
         None if "completed" not in large else bool(large["completed"] and large["splits"])),
    ]
    out = ["| target | goal | measured | verdict |", "| --- | --- | --- | --- |"]
    for what, goal, measured, ok in rows:
        out.append(f"| {what} | {goal} | {measured or '–'} | {_verdict(ok, gpu)} |")
    return out


def markdown(results: dict[str, Any]) -> str:
    m = results["machine"]
    gpu = m["device"].startswith("cuda")
    sec = results["sections"]
    lines = [f"# Device check ({results['mode']})", "",
             f"{m['device']}: {m['name']}, {_f(m['memory_total_gb'], 1)} GB "
             f"({_f(m['memory_free_gb'], 1)} GB free at the start); networks in "
             f"{m['precision']}; torch {m['torch']}, Python {m['python']}; model "
             f"{results.get('model', '–')}; {results.get('elapsed_s', 0):.0f} s of a "
             f"{results['budget_s']:.0f} s budget.", "", "## Targets", "",
             *_targets(results, gpu), ""]
    tests = sec.get("cuda_tests")
    if tests:
        lines += ["## CUDA-marked tests", "", f"`{tests.get('summary', '')}` (exit "
                  f"{tests.get('exit')}); GPU vs CPU PSNR: {_f(tests.get('gpu_cpu_psnr_db'))} dB "
                  "(test threshold 40 dB)", ""]
        if tests.get("tail"):
            lines += ["```", *tests["tail"], "```", ""]
    runs = sec.get("end_to_end", [])
    if runs:
        lines += ["## End to end (decode → upscale → PNG)", "",
                  "| input | output | total s | upscale s | save s | output MP/s | "
                  "upscale-only MP/s | tiles | peak GB (alloc / reserved) |",
                  "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
        for r in runs:
            if "error" in r:
                lines.append(f"| {r.get('input', '?')}² | error: {r['error']} |"
                             + " |" * 7)
                continue
            lines.append(f"| {r['input']}² | {r['output']}² | {r['seconds']:.3f} | "
                         f"{r['upscale_s']:.3f} | {r['save_s']:.3f} | {r['mp_per_s']:.2f} | "
                         f"{r['upscale_mp_per_s']:.2f} | {r['tiles']} | "
                         f"{_f(r['peak_allocated_gb'])} / {_f(r['peak_reserved_gb'])} |")
        lines.append("")
    pgs = sec.get("pgs_vs_uniform")
    if pgs and "time_ratio" in pgs:
        lines += [f"## PGS against uniform-15 (upscale only, best of {pgs.get('repeats', 2)})",
                  "",
                  f"{pgs['input']}² input: PGS {pgs['pgs']['seconds']:.3f} s "
                  f"({pgs['pgs']['patch_steps']:,} patch-steps), uniform-15 "
                  f"{pgs['uniform15']['seconds']:.3f} s "
                  f"({pgs['uniform15']['patch_steps']:,}): time ×{pgs['time_ratio']:.3f}, "
                  f"patch-steps ×{pgs['patch_step_ratio']:.3f}.", ""]
    prof = sec.get("profile")
    if prof and "breakdown" in prof:
        lines += [f"## Where the time of a {prof['input']}² upscale goes "
                  f"({prof['seconds']:.2f} s, cProfile)", "", "| part | s |", "| --- | --- |"]
        lines += [f"| {k} | {v:.3f} |" for k, v in sorted(prof["breakdown"].items(),
                                                          key=lambda kv: -kv[1])]
        lines.append("")
    large = sec.get("large_tiled_split")
    if large and "completed" in large:
        w, h = large["input"]
        lines += ["## Large photo, tiled, out of memory on purpose", "",
                  f"{w}×{h} → {large['output'][0]}×{large['output'][1]} "
                  f"({large['pressure']}): {large['seconds']:.1f} s "
                  f"({large['mp_per_s']:.2f} output MP/s), tiles: {large['tiles']}, "
                  f"{large['splits']} splits (batch {large['batch_first']} → "
                  f"{large['batch_last']}, GRM tile {large['grm_tile_last']} px), peak "
                  f"{_f(large['peak_reserved_gb'])} GB reserved; told: "
                  f"{large['note'][0] if large['note'] else 'nothing'}", ""]
    train = sec.get("training")
    if train:
        lines += ["## Training", "", train.get("note") or
                  f"The training recipe exit {train.get('exit')} after {train['seconds']:.0f} s "
                  f"(time box {train['time_box_s']:.0f} s)", ""]
        if train.get("tail"):
            lines += ["```", *train["tail"], "```", ""]
    errors = {k: v["error"] for k, v in sec.items() if isinstance(v, dict) and "error" in v}
    if errors or results["skipped"]:
        lines += ["## Skipped or failed", ""]
        lines += [f"- {k}: skipped, {v}" for k, v in results["skipped"].items()]
        lines += [f"- {k}: {v}" for k, v in errors.items()]
        lines.append("")
    return "\n".join(lines)
