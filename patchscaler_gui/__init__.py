"""PatchScaler: photos upscaled ×4 by a patch-independent diffusion model."""


def version() -> str:
    """The installed package's version; "dev" in a source tree that was never installed."""
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as installed

    try:
        return installed("patchscaler-gui")
    except PackageNotFoundError:
        return "dev"
