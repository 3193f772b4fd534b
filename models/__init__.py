"""Package data: the default model shipped with the app (read with importlib.resources)."""
