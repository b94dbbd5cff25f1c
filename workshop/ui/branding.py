"""The organisation's look on the wall: a logo kept beside the library, and an accent colour."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6 import QtCore
from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QImage, QImageReader

from workshop.core.errors import QT_TRANSLATE_NOOP, WorkshopError
from workshop.core.palette import contrast
from workshop.ui.widgets.theme import ProjectorTheme

LOGO_KEY = "branding/logo"
ACCENT_KEY = "branding/accent"
# A logo file larger than this is not a logo; decoding it could take the memory of the day.
MAX_LOGO_BYTES = 5 * 1024 * 1024
MAX_LOGO_SIDE = 6000  # pixels, read from the header before anything is decoded
KEPT_HEIGHT = 400  # the copy kept: sharp at the title slide's size on a 4K projector


def logo_folder(library_file: Path) -> Path:
    """Where the library keeps the organisation's logo: a folder beside the library file."""
    return library_file.parent / "branding"


def import_logo(source: Path, library_file: Path) -> Path:
    """Check and decode an image, keep a copy at most KEPT_HEIGHT tall beside the library
    (written to a temporary name, then renamed), and return the copy's path."""
    try:
        size = source.stat().st_size
    except OSError as exc:
        raise WorkshopError(
            QT_TRANSLATE_NOOP("Messages", "{file} cannot be read: {reason}"),
            file=str(source),
            reason=exc.strerror or str(exc),
        ) from None
    if size > MAX_LOGO_BYTES:
        raise WorkshopError(
            QT_TRANSLATE_NOOP("Messages", "{file} is {size} MB; a logo may be at most {most} MB."),
            file=source.name,
            size=round(size / 1024 / 1024, 1),
            most=MAX_LOGO_BYTES // 1024 // 1024,
        )
    reader = QImageReader(str(source))
    # Qt's own cap on what one image may allocate, in MB: a bomb fails instead of swapping.
    reader.setAllocationLimit(256)
    dimensions = reader.size()
    if dimensions.width() > MAX_LOGO_SIDE or dimensions.height() > MAX_LOGO_SIDE:
        raise WorkshopError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "{file} is {width} × {height} pixels; a logo may be at most {most} pixels "
                "wide and tall.",
            ),
            file=source.name,
            width=dimensions.width(),
            height=dimensions.height(),
            most=MAX_LOGO_SIDE,
        )
    if not reader.canRead():
        raise WorkshopError(
            QT_TRANSLATE_NOOP(
                "Messages", "{file} is not an image Workshop can read (PNG or JPEG)."
            ),
            file=source.name,
        )
    image = reader.read()
    if image.isNull():
        raise WorkshopError(
            QT_TRANSLATE_NOOP("Messages", "{file} cannot be decoded: {reason}"),
            file=source.name,
            reason=reader.errorString(),
        )
    if image.height() > KEPT_HEIGHT:
        image = image.scaledToHeight(KEPT_HEIGHT, QtCore.Qt.SmoothTransformation)
    folder = logo_folder(library_file)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / "logo.png"
    temporary = folder / "logo.png.part"
    if not image.save(str(temporary), "PNG"):
        raise WorkshopError(
            QT_TRANSLATE_NOOP("Messages", "The logo could not be written to {file}."),
            file=str(temporary),
        )
    os.replace(temporary, target)
    return target


def usable_accent(colour: str, theme: ProjectorTheme) -> bool:
    """True when `colour` reads as text (WCAG AA, 4.5:1) on the theme's background, tiles
    and chips: the accent is used for words, so a pale brand colour must not be."""
    if not QColor.isValidColorName(colour):
        return False
    hexed = QColor(colour).name()
    grounds = (theme.background, theme.track, theme.chip)
    return all(contrast(hexed, ground.name()) >= 4.5 for ground in grounds)


def branded(theme: ProjectorTheme) -> ProjectorTheme:
    """The theme with the organisation's logo and, where it stays readable, its accent."""
    settings = QSettings()
    accent = str(settings.value(ACCENT_KEY, "") or "")
    logo_file = str(settings.value(LOGO_KEY, "") or "")
    logo = QImage(logo_file) if logo_file and Path(logo_file).is_file() else None
    if accent and usable_accent(accent, theme):
        theme = theme._replace(accent=QColor(accent))
    if logo is not None and not logo.isNull():
        theme = theme._replace(logo=logo)
    return theme  # unchanged, the very same theme, when nothing is set
