"""Entry point of the frozen app: the same ``patchscaler`` command (GUI by default)."""

import sys

from patchscaler_gui.cli import main

if __name__ == "__main__":
    sys.exit(main())
