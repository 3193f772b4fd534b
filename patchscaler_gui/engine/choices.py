"""What a user chooses by name or within a range: the looks, the output scale and format,
the sharpening's radius, the seed. Torch-free, so that the command line's parser (``--help``,
``--version``, a mistyped option) answers without loading torch."""

from __future__ import annotations

LOOKS = ("faithful", "balanced", "detailed")
# Measured on the realistic rows of `patchscaler bench --quick` (README, "Looks").
DEFAULT_LOOK = "balanced"

OUTPUT_SCALES = (4, 3, 2, 1)  # the model's own first

# The output formats the CLI and the app offer, by our names (imageio.FORMATS maps every
# accepted name, the extensions too, to Pillow's).
OUTPUT_FORMATS = ("png", "jpg", "webp", "tiff")
LOSSY_FORMATS = ("jpg", "webp")  # the ones a quality applies to

MAX_SIGMA = 4.0  # the sharpening's largest radius (σ), output px
MAX_SEED = 2**31 - 1  # seeds run 0..MAX_SEED in the app and the CLI alike


def check_sharpening(amount: float, sigma: float) -> None:
    """Raise ValueError unless ``amount`` >= 0 and ``sigma`` is in (0, MAX_SIGMA]."""
    if not (amount >= 0 and 0 < sigma <= MAX_SIGMA):
        raise ValueError(f"sharpening needs an amount >= 0 and a radius (σ) in (0, "
                         f"{MAX_SIGMA:g}] px, not {amount:g} and {sigma:g}")
