"""``python -m patchscaler_gui.cli``: the ``patchscaler`` command."""

import sys

from patchscaler_gui.cli import main

sys.exit(main())
