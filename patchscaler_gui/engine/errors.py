"""User-facing errors. Every message says what happened and what to do about it.

The GUI shows these in the status bar or a dialog and keeps running; the CLI prints one
line and exits with status 2. Anything that is *not* a ``PatchscalerError`` is a bug.
"""

from __future__ import annotations


class PatchscalerError(Exception):
    """Base class: a problem the user can understand and act on."""


class InputError(PatchscalerError):
    """An input image is missing, unreadable, unsupported or too large."""


class OutputError(PatchscalerError):
    """The output could not be written (permissions, disk full, name collision)."""


class ModelError(PatchscalerError):
    """A model folder is missing, incomplete, corrupt or does not match its config."""


class DeviceError(PatchscalerError):
    """The requested compute device is not available."""


class LimitError(InputError):
    """The output would exceed a configured pixel or disk-space limit."""
