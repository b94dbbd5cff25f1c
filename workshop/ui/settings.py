"""The user's settings, kept with QSettings: language, paper, follow-up address, folders."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QSettings

LANGUAGE = "ui/language"  # "" follows the system
PAPER = "export/paper"  # "" follows the country
FOLLOW_UP = "session/follow_up"
FOLDER = "folders/{0}"
BACKUP_MINUTES = "backups/minutes"
BACKUP_RANGE = (5, 240)  # minutes between automatic backups while the app is open


def _text(key: str) -> str:
    value = QSettings().value(key, "")
    return value if isinstance(value, str) else ""


def language() -> str:
    """The language chosen in Settings ('en', 'nl'), or '' for the system's."""
    return _text(LANGUAGE)


def paper() -> str:
    """The paper size: the one chosen in Settings, else what the user's country prints on."""
    chosen = _text(PAPER)
    if chosen in ("a4", "letter"):
        return chosen
    return "letter" if QLocale().measurementSystem() == QLocale.ImperialUSSystem else "a4"


def follow_up() -> str:
    """The follow-up address a new session starts with."""
    return _text(FOLLOW_UP)


def folder(kind: str) -> Path:
    """The folder a file dialog of this kind last used (exports, decks), else home."""
    last = _text(FOLDER.format(kind))
    return Path(last) if last and Path(last).is_dir() else Path.home()


def remember_folder(kind: str, path: Path) -> None:
    """Remember where a file was chosen, for the next dialog of this kind, across runs."""
    QSettings().setValue(FOLDER.format(kind), str(path if path.is_dir() else path.parent))


def store(key: str, value: str) -> None:
    """Keep one setting."""
    QSettings().setValue(key, value)


def backup_minutes() -> int:
    """Minutes between automatic backups: the one chosen in Settings, else 30."""
    try:
        minutes = int(QSettings().value(BACKUP_MINUTES, 30))
    except (TypeError, ValueError):
        return 30
    return min(max(minutes, BACKUP_RANGE[0]), BACKUP_RANGE[1])
