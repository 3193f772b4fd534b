"""Package data: the sample photo, icons, desktop entry and AppStream metadata."""
