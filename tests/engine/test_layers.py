"""The engine never imports Qt (import-linter checks this too, in `make test`)."""

import subprocess
import sys


def test_engine_and_cli_upscale_do_not_import_qt() -> None:
    code = (
        "import sys\n"
        "import patchscaler_gui.engine.sampler, patchscaler_gui.engine.checkpoints\n"
        "import patchscaler_gui.engine.imageio, patchscaler_gui.engine.limits\n"
        "import patchscaler_gui.cli.upscale\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'superqt',\n"
        "                                             'patchscaler_gui.ui'))]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
