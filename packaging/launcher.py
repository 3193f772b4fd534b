"""Entry point of the frozen app: the same ``patchscaler`` command (GUI by default, its
splash first)."""

import sys

from patchscaler_gui.launch import main

if __name__ == "__main__":
    sys.exit(main())
