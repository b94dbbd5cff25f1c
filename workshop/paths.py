"""Where things live: the user's library file and the bundled resources."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "Workshop"
LIBRARY_FILE = "library.sqlite"


def resources_dir() -> Path:
    """The bundled resources folder, from a source checkout or a frozen bundle."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def user_data_dir() -> Path:
    """The per-user folder for the library, following each platform's convention."""
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
        return base / APP_NAME
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / APP_NAME
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / APP_NAME.lower()


def default_library_path() -> Path:
    """The library file used when no --library is given."""
    return user_data_dir() / LIBRARY_FILE


def starter_decks() -> list[Path]:
    """The starter deck files shipped with the app, in a stable order."""
    return sorted((resources_dir() / "decks").glob("*.json"))


def font_file(bold: bool = False) -> Path:
    """The embedded Unicode font (DejaVu Sans) used on screen and in PDFs."""
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    return resources_dir() / "fonts" / name
