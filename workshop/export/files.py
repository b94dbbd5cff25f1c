"""The export layer's file writing: atomic, with one clear message when it fails."""

from workshop.files import ExportFailed, atomic_path, safe_file_name

__all__ = ["ExportFailed", "atomic_path", "safe_file_name"]
