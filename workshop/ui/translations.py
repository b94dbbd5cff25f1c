"""Loading the user's language: Workshop's own strings and Qt's (OK, Cancel, …)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QTranslator

from workshop import paths

LANGUAGES = ("en", "nl")


def choose_language(requested: str | None) -> str:
    """The language to show: the one asked for, else the system's if we have it, else English."""
    if requested:
        return requested
    system = QLocale.system().name().split("_")[0]
    return system if system in LANGUAGES else "en"


def ui_language() -> str:
    """The language the UI speaks now: each translation says its own code (English has none)."""
    # Translated in workshop_nl.ts as "nl"; follows whatever translators are installed.
    return QCoreApplication.translate("Language", "en")


def ui_locale() -> QLocale:
    """The system's locale, unless the UI speaks another language than the system."""
    system, ours = QLocale(), QLocale(ui_language())
    return system if system.language() == ours.language() else ours


def shown_date(stored: str, form: QLocale.FormatType = QLocale.ShortFormat) -> str:
    """A stored year-month-day date in the locale's format; other text (typed in an older
    version) as it is."""
    day = QDate.fromString(stored.strip(), "yyyy-MM-dd")
    return ui_locale().toString(day, form) if day.isValid() else stored


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the translators for `language`. Keep the result alive.

    English has only its plural forms ("1 card", "2 cards") and needs none of Qt's."""
    installed = []
    ours = QTranslator(app)
    if ours.load(str(paths.resources_dir() / "translations" / f"workshop_{language}.qm")):
        app.installTranslator(ours)
        installed.append(ours)
    if language == "en":
        return installed
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    return installed
