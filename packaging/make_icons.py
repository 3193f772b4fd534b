"""Write the app icon PNGs (hicolor sizes) into resources/icons from ``ui/icon.py``.

    python packaging/make_icons.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QGuiApplication  # noqa: E402

from patchscaler_gui.desktop import APP_ID  # noqa: E402
from patchscaler_gui.ui.icon import SIZES, render_icon  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    app = QGuiApplication(sys.argv[:1])
    out = ROOT / "resources" / "icons"
    for size in SIZES:
        folder = out / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        render_icon(size).save(str(folder / f"{APP_ID}.png"))
    render_icon(256).save(str(out / "patchscaler.png"))
    del app
    print(f"wrote {len(SIZES) + 1} icons under {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
