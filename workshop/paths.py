"""Where things live: the user's library file and the bundled resources."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from workshop.core.errors import QT_TRANSLATE_NOOP, WorkshopError

if TYPE_CHECKING:  # loaded when a default folder is asked for (not when one is given)
    import platformdirs

APP_NAME = "Workshop"
# The desktop entry's id (packaging/linux/): the Wayland app id, the icon and AppStream's id.
DESKTOP_ID = "io.github.workshop_facilitator.Workshop"
LIBRARY_FILE = "library.sqlite"

# What the app cannot work without, by what it is for: a missing file is named in words.
REQUIRED_RESOURCES: dict[str, tuple[str, ...]] = {
    "starter decks": ("decks/1-social-media-dilemmas.json", "decks/2-group-exercises.json"),
    "schemas": (
        "schemas/deck.schema.json",
        "schemas/deck-csv-row.schema.json",
        "schemas/wsdeck.schema.json",
        "schemas/session-archive.schema.json",
    ),
    "fonts": ("fonts/DejaVuSans.ttf", "fonts/DejaVuSans-Bold.ttf", "fonts/Symbola.ttf"),
    "translations": ("translations/workshop_nl.qm",),
    "user guide": ("guide/guide_en.html", "guide/guide_nl.html"),
    "icons": ("icons/workshop.svg", "icons/workshop-48.png", "icons/workshop-256.png"),
}


def resources_dir() -> Path:
    """The resources folder: in a PyInstaller bundle, an installed wheel or a source checkout."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "workshop" / "resources"
    # A wheel installs resources/ as workshop/resources (pyproject's package-dir mapping):
    # beside this file, which is what importlib.resources.files("workshop") names for a
    # package on disk (read without importing it: it costs ~4 ms at every start).
    package = Path(__file__).resolve().parent
    installed = package / "resources"
    if installed.is_dir():
        return installed
    # A source checkout (or an editable install of one): resources/ beside the package.
    return package.parent / "resources"


def missing_resources(folder: Path | None = None) -> dict[str, list[str]]:
    """The required resource files that are not there, grouped by what they are for."""
    base = folder if folder is not None else resources_dir()
    missing: dict[str, list[str]] = {}
    for kind, files in REQUIRED_RESOURCES.items():
        absent = [name for name in files if not (base / name).is_file()]
        if absent:
            missing[kind] = absent
    return missing


def check_resources(folder: Path | None = None) -> None:
    """Fail loudly, in words, when the install lacks decks, schemas, fonts or translations."""
    base = folder if folder is not None else resources_dir()
    missing = missing_resources(base)
    if missing:
        listed = "; ".join(f"{kind}: {', '.join(names)}" for kind, names in missing.items())
        raise WorkshopError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "This installation of Workshop is incomplete: {folder} lacks {listed}. "
                "Install it again (pip install --force-reinstall workshop-facilitator).",
            ),
            folder=base,
            listed=listed,
        )


def _app_dirs() -> platformdirs.PlatformDirs:
    # Lower case on Linux, where the library has always lived in ~/.local/share/workshop.
    name = APP_NAME.lower() if sys.platform.startswith("linux") else APP_NAME
    import platformdirs

    # Local, not roaming, on Windows: a library is one machine's, never synced half-written.
    return platformdirs.PlatformDirs(name, appauthor=False, roaming=False)


def user_data_dir() -> Path:
    """The per-user folder for the library, following each platform's convention."""
    return Path(_app_dirs().user_data_dir)


def user_log_dir() -> Path:
    """The per-user folder for the error log (XDG state on Linux, Logs on macOS)."""
    return Path(_app_dirs().user_log_dir)


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
