"""Qt adapters: the only package (with kiosk.app) allowed to import PySide6."""
