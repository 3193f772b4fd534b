"""GUI responsiveness diagnostic: ``python -m patchscaler_gui.bench.gui``.

Opens the real main window (offscreen unless a display is set) on a 512×512 photo and
measures, in one run:

- coarse preview latency: from opening the image to the first look on the canvas (with
  clean-up through the gate, the clean-up GRM's result before the plain GRM and the gate
  have run; otherwise the coarse result), and to the coarse result and heatmap being there
  (and to the first repaint that shows them), with the main thread's total CPU time
  meanwhile (what it took from the coarse stage's two threads);
- the longest event-loop stall while sampling, with a timer-lag probe (a 5 ms QTimer whose
  late firings are the stalls), and beside it the most main-thread CPU time spent between
  two firings (our own work on the UI thread). The probe starts when the coarse result is
  on screen: its own wake-ups cost ~50 ms of CPU a second, which would slow the coarse
  stage it does not need to watch;
- the longest main-thread tile-painting tick (CPU time);
- canvas repaint time at 4096×4096 at several zoom levels;
- start-up: from a fresh interpreter to the splash and to the window shown, through the
  ``patchscaler gui`` launcher with the installed model (median of three runs).

Numbers, not assertions: the tests stay free of timing. ``--model`` takes a model folder,
``tiny`` (random tiny config) or ``random-default`` (random weights, the shipped
architecture: the real cost of an untrained model).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from importlib import resources
from pathlib import Path

import numpy as np
from PIL import Image

RESOURCES = resources.files("patchscaler_gui._resources")  # package data


def _model(spec: str):  # type: ignore[no-untyped-def]
    from patchscaler_gui.engine import checkpoints
    from patchscaler_gui.engine.model import ModelConfig, PatchScaler, tiny_config

    if spec == "tiny":
        return PatchScaler(tiny_config()).eval(), "tiny (random)"
    if spec == "random-default":
        return PatchScaler(ModelConfig()).eval(), "default architecture (random)"
    folder = Path(spec) if spec else checkpoints.default_model()
    return checkpoints.load_model(folder), str(folder)


def _photo(size: int, path: Path) -> Path:
    with Image.open(RESOURCES.joinpath("sample.png").open("rb")) as im:
        im.convert("RGB").resize((size, size), Image.Resampling.BICUBIC).save(path)
    return path


class LagProbe:
    """A 5 ms timer; every firing later than planned is a stall of the event loop. The
    main thread's CPU time between firings tells our own work on it (a long gap with
    little CPU is the OS running other threads or processes)."""

    def __init__(self, interval_ms: int = 5) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.interval = interval_ms / 1000
        self.ticks: list[tuple[float, float]] = []
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._on_timer_timeout)

    def _on_timer_timeout(self) -> None:
        self.ticks.append((time.perf_counter(), time.thread_time()))

    def start(self) -> None:
        self._on_timer_timeout()
        self.timer.start()

    def longest(self, begin: float, end: float) -> tuple[float, float]:
        """(longest stall, longest main-thread CPU between two firings) in [begin, end]."""
        t = np.array(self.ticks)
        wall, cpu = np.diff(t[:, 0]), np.diff(t[:, 1])
        inside = (t[1:, 0] > begin) & (t[:-1, 0] < end)
        if not inside.any():
            return float("nan"), float("nan")
        return float(wall[inside].max() - self.interval), float(cpu[inside].max())


def measure(model_spec: str, size: int, workdir: Path) -> dict[str, object]:
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    from patchscaler_gui.engine.device import configure_cpu
    from patchscaler_gui.ui.app import freeze_heap
    from patchscaler_gui.ui.main_window import MainWindow
    from patchscaler_gui.ui.splash import make_application

    threads = configure_cpu()
    app = make_application()
    model, name = _model(model_spec)
    window = MainWindow(model)
    freeze_heap()  # as run_app does
    window.resize(1280, 800)
    window.show()
    QApplication.processEvents()
    marks: dict[str, float] = {}
    paints: list[float] = []
    session, canvas = window.session, window.canvas
    editor = session.editor
    editor.coarse_shown.connect(lambda _: marks.setdefault("coarse", time.perf_counter()))
    editor.run_finished.connect(lambda _: marks.setdefault("done", time.perf_counter()))
    real_paint, real_set_result = canvas._paint, canvas.set_result

    def timed_set_result(rgb: np.ndarray) -> None:  # the first look, or the coarse result
        marks.setdefault("first", time.perf_counter())
        real_set_result(rgb)

    canvas.set_result = timed_set_result  # type: ignore[method-assign]

    def timed_paint(seconds: float) -> None:
        t = time.thread_time()
        real_paint(seconds)
        paints.append(time.thread_time() - t)
        if "coarse" in marks and "painted" not in marks:
            marks["painted"] = time.perf_counter()

    canvas._paint = timed_paint  # type: ignore[method-assign]
    photo = _photo(size, workdir / f"photo{size}.png")
    probe = LagProbe()
    marks["open"], cpu_open = time.perf_counter(), time.thread_time()
    window.open_file(photo)
    while "done" not in marks and time.perf_counter() - marks["open"] < 1800:
        # sleep until events come, as app.exec() does (the probe's timer wakes it every 5 ms)
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        if "coarse" in marks and "shown" not in marks:
            canvas.viewport().repaint()
            marks["shown"], cpu_shown = time.perf_counter(), time.thread_time()
            probe.start()
    probe.timer.stop()
    doc = session.doc
    assert doc is not None and doc.state is not None
    result: dict[str, object] = {
        "model": name, "threads": threads, "input": f"{size}x{size}",
        "patches": int(doc.difficulty.size) if doc.difficulty is not None else 0,
        "first_look_s": marks["first"] - marks["open"],
        "coarse_preview_s": marks["coarse"] - marks["open"],
        "coarse_on_screen_s": marks["shown"] - marks["open"],
        "main_thread_cpu_to_preview_ms": 1000 * (cpu_shown - cpu_open),
        "sampling_s": marks.get("done", float("nan")) - marks["coarse"],
    }
    stall, busy = probe.longest(marks["shown"], marks.get("done", 0.0))
    result["longest_stall_sampling_ms"] = 1000 * stall
    result["longest_main_thread_cpu_sampling_ms"] = 1000 * busy
    result["longest_paint_tick_cpu_ms"] = 1000 * max(paints, default=0.0)
    result.update(_canvas_4096(window, app))
    window.close()
    return result


def _canvas_4096(window, app) -> dict[str, float]:  # type: ignore[no-untyped-def]
    """Repaint time of the compare canvas showing a 4096×4096 result."""
    canvas = window.canvas
    rng = np.random.default_rng(0)
    canvas.set_input(rng.integers(0, 256, (1024, 1024, 3), np.uint8))
    canvas.set_result(rng.integers(0, 256, (4096, 4096, 3), np.uint8))
    out = {}
    for label, zoom in (("fit", None), ("50%", 0.5), ("100%", 1.0), ("800%", 8.0)):
        canvas.fit() if zoom is None else canvas.set_zoom(zoom)
        app.processEvents()
        times = []
        for k in range(8):
            canvas.set_split(0.3 + 0.05 * k)
            canvas.centerOn(1500 + 80 * k, 2000)
            t = time.perf_counter()
            canvas.viewport().repaint()
            times.append(time.perf_counter() - t)
        out[f"repaint_4096_{label}_ms"] = 1000 * max(times)
    return out


# Times the launcher: splash.show and splash.finish (which run_app calls right after the
# window shows) print the seconds since the interpreter began this script.
STARTUP = """
import sys, time
t0 = time.perf_counter()
from patchscaler_gui.ui import splash
show, finish = splash.show, splash.finish
def shown():
    show(); print("splash", time.perf_counter() - t0, flush=True)
def finished():
    finish(); print("window", time.perf_counter() - t0, flush=True)
splash.show, splash.finish = shown, finished
from patchscaler_gui.launch import main
sys.exit(main(["gui"]))
"""


def startup(runs: int = 3) -> dict[str, object]:
    """Median seconds to the splash and to the window, each run a fresh process with fresh
    settings (it closes at once: PATCHSCALER_GUI_SMOKE)."""
    import subprocess
    import tempfile

    times: dict[str, list[float]] = {"splash": [], "window": []}
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as tmp:
            env = {**os.environ, "PATCHSCALER_CONFIG_DIR": tmp, "PATCHSCALER_GUI_SMOKE": "1"}
            out = subprocess.run([sys.executable, "-c", STARTUP], env=env, capture_output=True,
                                 text=True, timeout=300, check=True).stdout
        for line in out.splitlines():
            name, _, seconds = line.partition(" ")
            if name in times:
                times[name].append(float(seconds))
    return {f"startup_to_{k}_s": float(np.median(v)) for k, v in times.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="",
                        help="model folder, 'tiny' or 'random-default' (default: installed)")
    parser.add_argument("--size", type=int, default=512, help="input side in pixels")
    parser.add_argument("--json", type=Path, help="also write the numbers here")
    args = parser.parse_args(argv)
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        # fresh settings each run: what a new user sees (the default look), not what an
        # earlier run left behind
        os.environ.setdefault("PATCHSCALER_CONFIG_DIR", str(Path(tmp) / "config"))
        result = measure(args.model, args.size, Path(tmp))
    result.update(startup())
    for key, value in result.items():
        print(f"{key:28s} {value:.3f}" if isinstance(value, float) else f"{key:28s} {value}")
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
