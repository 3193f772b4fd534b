"""The PySide6 desktop app: the only Qt code in PatchScaler (the engine never imports Qt)."""
