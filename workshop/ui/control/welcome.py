"""The first-run welcome: try a demo session with a planned day, or start your own."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QDialog, QLabel, QMainWindow, QPushButton, QVBoxLayout, QWidget

from workshop.core.errors import QT_TRANSLATE_NOOP, WorkshopError
from workshop.store.library import Library
from workshop.ui.early_enums import RICH_TEXT
from workshop.ui.messages import user_message
from workshop.ui.translations import ui_language

SHOWN = "welcome/shown"


class WelcomeDialog(QDialog):
    """Two ways in: a demo session ready to press N, or the start page to make one's own."""

    DEMO = 2  # the result when the demo was chosen; Accepted is "start your own"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to Workshop"))
        text = QLabel(
            self.tr(
                "<h2>Welcome</h2>"
                "<p>Workshop runs an in-person training from this laptop and a projector: "
                "dilemma cards for groups, exercises, a tips board, and a summary for those "
                "who were not there.</p>"
                "<p><b>Try a demo session</b> to see it at once: the starter deck and a planned "
                "day. Press N to begin the first activity, F1 for every key.</p>"
                "<p><b>Start your own</b>: choose a deck, give the session a title and press "
                "Start session.</p>"
            ),
            self,
        )
        text.setProperty("textFormat", RICH_TEXT)
        text.setWordWrap(True)
        text.setAccessibleName(self.tr("Welcome"))
        self.demo = QPushButton(self.tr("Try a &demo session"), self)
        self.demo.setAccessibleName(self.tr("Open a demo session with a planned day"))
        self.demo.setDefault(True)
        self.own = QPushButton(self.tr("&Start your own"), self)
        self.own.setAccessibleName(self.tr("Go to the start page to make a session"))
        self.demo.clicked.connect(lambda: self.done(self.DEMO))
        self.own.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.demo)
        layout.addWidget(self.own)
        self.setMinimumWidth(520)


def create_demo(library: Library, title: str, language: str = "en") -> int:
    """A session of the first starter deck (in `language` where there is one) with the demo
    day planned; returns its id."""
    # Loaded for the demo only: every start asks offer_welcome, few make a demo.
    from workshop.core.cards import CardKind
    from workshop.core.demo import plan_agenda
    from workshop.core.session import start_session
    from workshop.store.runner import CommandRunner

    deck_id = library.decks.first_id(language)
    if deck_id is None:
        raise WorkshopError(QT_TRANSLATE_NOOP("Messages", "The library has no decks to play."))
    deck = library.decks.get(deck_id)
    session = start_session(deck, title, None, "", 3)
    library.sessions.create(session)
    # An exercise from a deck in the same language as the dilemmas, where there is one.
    found = library.decks.cards_of_kind(CardKind.EXERCISE, language=deck.language)
    exercises = [c for _d, c in found if c.stages]
    plan_agenda(session, CommandRunner(library.sessions, session).run, (exercises or [None])[0])
    return session.id


def show_welcome(window: QMainWindow) -> int:
    """Show the welcome; on "Try a demo session" open the demo. Returns the dialog's result."""
    QSettings().setValue(SHOWN, True)
    result = WelcomeDialog(window).exec()
    if result == WelcomeDialog.DEMO:
        try:
            session_id = create_demo(
                window.library,
                QCoreApplication.translate("ControlWindow", "Demo session"),
                ui_language(),
            )
        except WorkshopError as exc:
            window.home.message.setText(user_message(exc))
            return result
        window.home.reload()
        window.open_session(session_id)
    else:
        # After the dialog closes the window gives focus back; then the title takes it.
        window.activateWindow()
        QTimer.singleShot(0, window.home.title.setFocus)
    return result


def offer_welcome(window: QMainWindow) -> bool:
    """On the first run (never welcomed, no sessions yet) show the welcome."""
    if QSettings().value(SHOWN, False, type=bool) or window.library.sessions.summaries():
        return False
    show_welcome(window)
    return True
