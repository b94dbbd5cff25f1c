"""Builds the app once and wires it: library -> controller -> windows."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from workshop import paths
from workshop.core.errors import WorkshopError
from workshop.store.library import open_library


def has_screen() -> bool:
    """False on a Linux machine with no display, where Qt would abort instead of explaining."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


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
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication, QMessageBox

    from workshop.ui import errors, settings
    from workshop.ui.control.deck_file import open_deck_file
    from workshop.ui.control.welcome import offer_welcome
    from workshop.ui.control.window import ControlWindow
    from workshop.ui.messages import user_message
    from workshop.ui.translations import choose_language, install_translators
    from workshop.ui.widgets.theme import app_icon, load_fonts

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("Workshop")
    app.setApplicationName("Workshop")
    app.setApplicationDisplayName("Workshop")
    app.setDesktopFileName(paths.DESKTOP_ID)  # Wayland's app id: the .desktop entry's icon
    app.setWindowIcon(app_icon())
    errors.install()
    # --language wins; else the one chosen in Settings; else the system's.
    install_translators(app, choose_language(language or settings.language() or None))
    load_fonts()
    try:
        paths.check_resources()
        library = open_library(library_path)
        session_id = library.sessions.find_id(session_name) if session_name else None
    except WorkshopError as exc:
        # Started from a menu there is no terminal: say it in a window too.
        QMessageBox.critical(None, QCoreApplication.translate("App", "Workshop"), user_message(exc))
        raise
    window = ControlWindow(library)
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
