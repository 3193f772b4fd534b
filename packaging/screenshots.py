"""Screenshots of the real window for the README, taken on a virtual X screen (Xvfb).

    python packaging/screenshots.py [--model FOLDER|tiny] [--photo resources/sample.png]
    python packaging/screenshots.py --languages de,fr --out /tmp/shots [--model tiny]

Writes resources/screenshots/compare.png (the compare view with the heatmap on, after
the run, with a patch's tooltip) and resources/screenshots/batch.png (the batch queue at
work); with ``--languages``, instead, ``window_<code>.png``: the window at its default
size in each language after a run, to look for clipped or overflowing texts (the side
panel first). Starts Xvfb itself when no display is set (Debian: xvfb).
``--model tiny`` uses a tiny random model: for layout only, its pixels mean nothing;
with an untrained model the thresholds are spread over the image's difficulty range so
all three groups show.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
from PIL import Image

ROOT = Path(__file__).resolve().parents[1]
DISPLAY = ":97"


def start_xvfb() -> subprocess.Popen[bytes] | None:
    if os.environ.get("DISPLAY"):
        return None
    if shutil.which("Xvfb") is None:
        sys.exit("No display and no Xvfb: apt-get install xvfb (see packaging/screenshots.py)")
    proc = subprocess.Popen(["Xvfb", DISPLAY, "-screen", "0", "1600x1000x24", "-nolisten",
                             "tcp"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.environ["DISPLAY"] = DISPLAY
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    time.sleep(1.0)
    return proc


def tiny_model():  # type: ignore[no-untyped-def]
    """The tests' tiny random model (varied confidence, so all three groups show)."""
    from patchscaler_gui.engine.model import random_model, tiny_config

    return random_model(tiny_config())


async def wait(condition, timeout: float = 600.0) -> None:  # type: ignore[no-untyped-def]
    end = time.perf_counter() + timeout
    while not condition():
        if time.perf_counter() > end:
            raise TimeoutError("the window did not get there in time")
        await asyncio.sleep(0.01)


async def shoot(window, path: Path) -> None:  # type: ignore[no-untyped-def]
    await asyncio.sleep(0.3)
    geometry = window.frameGeometry()
    screen = window.screen().grabWindow(0, geometry.x(), geometry.y(), geometry.width(),
                                        geometry.height())
    path.parent.mkdir(parents=True, exist_ok=True)
    screen.save(str(path))
    print(f"wrote {path} ({screen.width()}×{screen.height()})")


async def open_photo(window, photo: Path, untrained: bool) -> None:  # type: ignore[no-untyped-def]
    """Open ``photo`` and wait for its coarse stage; an untrained model's thresholds are
    spread over its difficulty range, so that the heatmap shows three groups."""
    window.open_file(photo)
    await wait(lambda: window.session.doc.difficulty is not None)
    if untrained:
        d = window.session.doc.difficulty
        lo, hi = np.quantile(d, [0.4, 0.75])
        window.controls.show_threshold_range(float(d.min()), float(d.max()))
        window.controls.thresholds.setValue((float(lo), float(hi)))
    await wait(lambda: not window.session.busy)


async def compare_view(window, photo: Path, untrained: bool, out: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtWidgets import QToolTip

    await open_photo(window, photo, untrained)
    window.commands.run.trigger()
    await wait(lambda: not window.session.busy)
    window.canvas.flush_tiles()
    window.canvas.set_split(0.45)
    window.controls.opacity.setValue(35)
    window.canvas.fit()
    doc = window.session.doc
    hardest = np.argwhere(doc.plan.groups == doc.plan.groups.max())  # hard, where any
    r, c = hardest[len(hardest) // 2]
    p = doc.patch_px
    spot = window.canvas.mapFromScene(QPointF((c + 0.5) * p, (r + 0.5) * p))
    QToolTip.showText(window.canvas.viewport().mapToGlobal(spot) + QPoint(12, 12),
                      window.session.tooltip(QPointF((c + 0.5) * p, (r + 0.5) * p)),
                      window.canvas.viewport())
    await shoot(window, out / "compare.png")
    QToolTip.hideText()


async def batch_view(window, photo: Path, tmp: Path, out: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp / "holiday"
    folder.mkdir()
    with Image.open(photo) as im:
        im = im.convert("RGB")
        w, h = im.size
        for k, (x, y) in enumerate([(0, 0), (w // 3, 0), (0, h // 3), (w // 3, h // 3),
                                    (w // 6, h // 6)]):
            im.crop((x, y, x + 2 * w // 3, y + 2 * h // 3)).save(folder / f"IMG_{101 + k}.png")
    window.settings.output_dir = str(tmp / "upscaled")
    window.open_paths([folder])
    task = window.batch.start()
    await wait(lambda: window.batch.fraction > 0.5 and window.session.doc is not None
         and window.session.doc.difficulty is not None)
    window.canvas.flush_tiles()
    await shoot(window, out / "batch.png")
    await wait(task.done)


async def language_view(model, code: str, photo: Path, untrained: bool,  # type: ignore[no-untyped-def]
                        out: Path) -> None:
    """The window in language ``code`` at its default size (no settings: 1280×800) after
    a run on ``photo``; then with the batch queue shown."""
    from patchscaler_gui.ui import i18n
    from patchscaler_gui.ui.main_window import MainWindow

    i18n.install(code)
    window = MainWindow(model)
    window.move(40, 40)
    window.show()
    await wait(window.isVisible)
    await open_photo(window, photo, untrained)
    window.canvas.flush_tiles()
    await shoot(window, out / f"window_{code}.png")
    window.batch.add([photo, photo.with_name("IMG_0102.jpg")])  # listed, not run
    window.batch_dock.show()
    await shoot(window, out / f"window_{code}_batch.png")
    window.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="", help="model folder, or 'tiny' (default: "
                        "the installed model)")
    parser.add_argument("--photo", type=Path, default=ROOT / "resources" / "sample.png")
    parser.add_argument("--out", type=Path, default=ROOT / "resources" / "screenshots")
    parser.add_argument("--languages", default="", help="comma-separated language codes "
                        "(de,es,fr,zh_CN,ja,en): the window at its default size in each")
    args = parser.parse_args()
    xvfb = start_xvfb()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            os.environ["PATCHSCALER_CONFIG_DIR"] = str(Path(tmp) / "config")
            return run(args, Path(tmp))
    finally:
        if xvfb is not None:
            xvfb.terminate()
            xvfb.wait()


def run(args: argparse.Namespace, tmp: Path) -> int:
    import qasync

    from patchscaler_gui.ui.app import speak
    from patchscaler_gui.ui.splash import make_application

    app = make_application()
    speak(app)  # as the app does: the system's language (English with its plural forms)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with loop:
        return loop.run_until_complete(take(args, tmp))


async def take(args: argparse.Namespace, tmp: Path) -> int:
    from patchscaler_gui.engine import checkpoints
    from patchscaler_gui.ui.main_window import MainWindow

    if args.model == "tiny":
        model, untrained = tiny_model(), True
    else:
        folder = Path(args.model) if args.model else checkpoints.default_model()
        untrained = not checkpoints.read_config(folder).get("trained", True)
        model = folder
    if args.languages:
        for code in args.languages.split(","):
            await language_view(model, code, args.photo, untrained, args.out)
        return 0
    window = MainWindow(model)
    window.resize(1440, 900)
    window.move(40, 40)
    window.show()
    await wait(window.isVisible)
    room, frame = window.screen().geometry(), window.frameGeometry()
    if not room.contains(frame):  # a grab of the screen would cut the window off
        window.close()
        print(f"The screen ({room.width()}×{room.height()}) does not hold the whole window "
              f"({frame.width()}×{frame.height()} at {frame.x()}, {frame.y()}): run without "
              "DISPLAY, so that this script starts its own 1600×1000 Xvfb.", file=sys.stderr)
        return 1
    await compare_view(window, args.photo, untrained, args.out)
    await batch_view(window, args.photo, tmp, args.out)
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
