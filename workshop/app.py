"""Builds the app once and wires it: library -> controller -> windows."""

from __future__ import annotations

import os
import sqlite3
import sys
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from types import TracebackType

# First: when PySide6 is loaded already, every module imported after it is checked for
# its use of PySide6; this makes that check a file read (see the module).
import workshop.ui.pyside_hook  # noqa: F401
from workshop import paths
from workshop.core.errors import WorkshopError
from workshop.store.backups import DamagedLibrary, backup_if_due, restore_backup
from workshop.store.library import Library, open_library

BACKUP_CHECK_MS = 60_000  # how often the app asks whether a backup is due (every 30 minutes)


def has_screen() -> bool:
    """False on a Linux machine with no display, where Qt would abort instead of explaining."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def open_or_restore(
    library_path: Path | None, ask: Callable[[DamagedLibrary], bool]
) -> Library | None:
    """Open the library; a damaged one is replaced by its newest good backup if `ask` agrees.

    None when the user declines: the damaged file stays as it is, unopened.
    """
    try:
        return open_library(library_path)
    except DamagedLibrary as exc:
        if exc.backup is None:
            raise
        if not ask(exc):
            return None
        restore_backup(exc.path, exc.backup.number)
        return open_library(exc.path)


def backup_quietly(library: Library, reason: str) -> None:
    """A backup when one is due; a failure is told on the terminal, never interrupts a session."""
    from workshop.ui import settings  # Qt's settings; the app has imported Qt by now

    try:
        every = timedelta(minutes=settings.backup_minutes())
        backup_if_due(library.db.conn, library.path, reason, every=every)
    except WorkshopError as exc:
        print(f"warning: {exc}", file=sys.stderr)


def run_app(
    library_path: Path | None = None,
    session_name: str | None = None,
    language: str | None = None,
    deck_file: Path | None = None,
) -> int:
    """Open the control window (on a session if one is named) and run until it closes."""
    if not has_screen():
        raise WorkshopError(
            "There is no screen to open the app on (DISPLAY is not set). "
            "The subcommands work without one: see 'workshop --help'."
        )
    from PySide6.QtCore import QCoreApplication, QTimer
    from PySide6.QtWidgets import QApplication

    from workshop.ui import errors, settings
    from workshop.ui.control.deck_file import open_deck_file
    from workshop.ui.control.welcome import offer_welcome
    from workshop.ui.control.window import ControlWindow
    from workshop.ui.library_dialogs import ask_to_restore, say_read_only
    from workshop.ui.messages import user_message
    from workshop.ui.single_instance import bring_forward, claim_library
    from workshop.ui.translations import choose_language, install_translators
    from workshop.ui.widgets.theme import app_icon

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("Workshop")
    app.setApplicationName("Workshop")
    app.setApplicationDisplayName("Workshop")
    app.setDesktopFileName(paths.DESKTOP_ID)  # Wayland's app id: the .desktop entry's icon
    app.setWindowIcon(app_icon())
    errors.install()
    # --language wins; else the one chosen in Settings; else the system's.
    install_translators(app, choose_language(language or settings.language() or None))
    library_path = Path(library_path) if library_path else paths.default_library_path()
    claim = None
    try:
        paths.check_resources()
        if not library_path.is_dir():  # a folder: open_library says so
            claim = claim_library(library_path)
            if claim is None:
                print(f"Workshop is already open on {library_path}; brought its window forward.")
                return 0
        library = open_or_restore(library_path, ask_to_restore)
        if library is None:
            claim.release()
            return 1
        session_id = library.sessions.find_id(session_name) if session_name else None
    except WorkshopError as exc:
        if claim is not None:
            claim.release()
        # Started from a menu there is no terminal: say it in a window too.
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, QCoreApplication.translate("App", "Workshop"), user_message(exc))
        raise
    if library.read_only:
        sys.excepthook = read_only_hook(library, sys.excepthook, say_read_only)
        say_read_only(library.read_only, False)
    backup_quietly(library, "start")
    backups = QTimer(app)
    backups.timeout.connect(lambda: backup_quietly(library, "timer"))
    backups.start(BACKUP_CHECK_MS)
    window = ControlWindow(library)
    claim.wanted.connect(lambda: bring_forward(window))
    window.show()
    if deck_file is not None:
        open_deck_file(window, deck_file)  # opened from the desktop: offer its import
    elif session_id is not None:
        window.open_session(session_id)
    elif not window.offer_resume():
        offer_welcome(window)
    try:
        return app.exec()
    finally:
        library.close()
        claim.release()


def read_only_hook(
    library: Library,
    previous: Callable[[type[BaseException], BaseException, TracebackType | None], object],
    say: Callable[[WorkshopError, bool], None],
) -> Callable[[type[BaseException], BaseException, TracebackType | None], None]:
    """In a library opened read-only, a refused write is said in words, not as unexpected."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if isinstance(error, sqlite3.OperationalError) and "readonly" in str(error):
            say(library.read_only or WorkshopError(str(error)), True)
            return
        previous(kind, error, tb)

    return hook
