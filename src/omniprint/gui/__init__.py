"""The desktop face of the services (PySide6)."""
