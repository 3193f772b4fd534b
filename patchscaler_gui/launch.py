"""The ``patchscaler`` command: the desktop app's splash first, then the command line.

Torch-free, as :mod:`patchscaler_gui.cli`'s parser is: the splash shows before the app's
command imports torch (see :mod:`patchscaler_gui.ui.splash`), and ``--help``, ``--version``
or a usage error answer without loading it.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def opens_window(args: Sequence[str]) -> bool:
    """Whether ``patchscaler ARGS`` opens the app's window: plain ``patchscaler`` or
    ``patchscaler gui [FILES]``. ``gui`` takes no options, so one (``--help``, or a mistake
    the parser will report) opens no window."""
    return not args or (args[0] == "gui" and not any(a.startswith("-") for a in args[1:]))


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if opens_window(args):
        from patchscaler_gui.ui import splash

        splash.show()
    from patchscaler_gui.cli import main as cli_main

    return cli_main(args)
