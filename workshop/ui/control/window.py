"""ControlWindow: the facilitator's window; it owns the projector and wires both to one session."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QMainWindow,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from workshop.core.errors import WorkshopError
from workshop.store import session_admin
from workshop.store.library import Library
from workshop.ui import settings
from workshop.ui.branding import branded
from workshop.ui.control.export_actions import ExportActions
from workshop.ui.control.help_menu import build_help_menu
from workshop.ui.control.home_panel import HomePanel
from workshop.ui.control.share_actions import RoomShareActions
from workshop.ui.control.share_bar import RoomShareControl, ShareBar
from workshop.ui.early_enums import APPLICATION_SHORTCUT
from workshop.ui.messages import user_message
from workshop.ui.translations import ui_language
from workshop.ui.widgets.theme import DARK, HIGH_CONTRAST, THEMES

# A session's view, its panels and keys load when a session is first opened, the projector
# and the phones' desk too: the home page is up sooner (start-up is measured against a bare
# window).
if TYPE_CHECKING:
    # Annotations only: Qt's event classes make QEvent's 180-member enum when imported.
    from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeyEvent

    from workshop.core.choice import CardChoice
    from workshop.core.commands import Change
    from workshop.ui.control.agenda_panel import AgendaPanel
    from workshop.ui.control.board_panel import BoardPanel
    from workshop.ui.control.cards_panel import CardsPanel
    from workshop.ui.control.exercises_panel import ExercisesPanel
    from workshop.ui.control.groups_panel import GroupsPanel
    from workshop.ui.control.phone_actions import PhoneActions
    from workshop.ui.control.session_view import SessionView
    from workshop.ui.controller import SessionController
    from workshop.ui.keys import SessionKeys
    from workshop.ui.projector.window import ProjectorWindow
    from workshop.ui.wall import Wall


class ControlWindow(QMainWindow):
    """Home page or running session on the laptop; the projector shows the same session."""

    def __init__(self, library: Library) -> None:
        super().__init__()
        self.library = library
        self.setWindowTitle(self.tr("Workshop"))
        from workshop.ui.control.deck_file import DeckDrops

        self.deck_drops = DeckDrops(self)  # a deck file dropped on the window is imported
        self.resize(1200, 760)
        # The running session's view (None on the home page) and the keys that drive it.
        self.session_view: SessionView | None = None
        self.keys: SessionKeys | None = None
        # The refusal now in the status line, so a later success can take it away.
        self._refusal = ""
        # Made when first needed (see the properties); until then, what they will wear.
        self._projector: ProjectorWindow | None = None
        self._projector_theme = DARK
        self._phones: PhoneActions | None = None
        self.stack = QStackedWidget(self)
        self.home = HomePanel(library, self)
        self.home.start_requested.connect(self.start_session)
        self.home.open_requested.connect(self.open_session)
        self.exports = ExportActions(
            self, library, lambda: self.controller.session if self.controller else None, self.say
        )
        self.home.print_requested.connect(self.exports.print_deck)
        self.home.delete_requested.connect(self.delete_session)
        self.home.template_requested.connect(self.duplicate_as_template)
        self.home.decks_requested.connect(self.manage_decks)
        self.stack.addWidget(self.home)
        self.share_control = RoomShareControl(self)
        self.share_bar = ShareBar(self)
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.share_bar)
        column.addWidget(self.stack, 1)
        self._column = column
        self.setCentralWidget(central)
        self.statusBar().setAccessibleName(self.tr("What the app just refused, and why"))
        self._build_menus()
        self.shares = RoomShareActions(
            self,
            self.share_control,
            self.share_bar,
            self.share_action,
            self.update_share_action,
            lambda: self.controller,
        )

    @property
    def projector(self) -> ProjectorWindow:
        """The projector's window, made when a session first opens (or F5 shows it)."""
        if self._projector is None:
            from workshop.ui.projector.window import ProjectorWindow

            projector = self._projector = ProjectorWindow()
            projector.preferred_screen = self._preferred_screen()
            projector.audience.set_theme(self._projector_theme)
        return self._projector

    @property
    def phones(self) -> PhoneActions:
        """The phones' desk and its queue under the share bar, made when a session first
        opens: phones send only to a running session (Ctrl+I does nothing on the home page)."""
        return self._phone_desk()

    def _phone_desk(self) -> PhoneActions:
        if self._phones is None:
            from workshop.ui.control.phone_actions import PhoneActions

            self._phones = PhoneActions(
                self, self.share_control, self.phone_action, self.phone_wall_action,
                lambda: self.controller, self.say_refusal,
            )  # fmt: skip
            self._column.insertWidget(1, self._phones.view)
        return self._phones

    def _preferred_screen(self) -> str:
        if self._projector is not None:
            return self._projector.preferred_screen
        return str(QSettings().value("projector/screen", ""))

    @property
    def controller(self) -> SessionController | None:
        return self.session_view.controller if self.session_view else None

    @property
    def wall(self) -> Wall | None:
        return self.session_view.wall if self.session_view else None

    @property
    def tabs(self) -> QTabWidget | None:
        return self.session_view.tabs if self.session_view else None

    @property
    def cards_panel(self) -> CardsPanel | None:
        return self.session_view.cards_panel if self.session_view else None

    @property
    def board_panel(self) -> BoardPanel | None:
        return self.session_view.board_panel if self.session_view else None

    @property
    def groups_panel(self) -> GroupsPanel | None:
        return self.session_view.groups_panel if self.session_view else None

    @property
    def exercises_panel(self) -> ExercisesPanel | None:
        return self.session_view.exercises_panel if self.session_view else None

    @property
    def agenda_panel(self) -> AgendaPanel | None:
        return self.session_view.agenda_panel if self.session_view else None

    def say_refusal(self, text: str) -> None:
        """A refused action, in the window's status line under every tab, for a while."""
        self._refusal = text
        self.statusBar().showMessage(text, 20_000)

    def _clear_stale_refusal(self, change: Change) -> None:
        # A command went through: the refusal before it is answered, and would mislead.
        if self._refusal and self.statusBar().currentMessage() == self._refusal:
            self.statusBar().clearMessage()
        self._refusal = ""

    def say(self, text: str) -> None:
        """A word to the user where they look: the window's status line under every tab while
        a session is open (an export's "Saved …" went to the Cards tab, unseen from the
        others, and built that tab to say it), else the home page."""
        if self.session_view is not None:
            self.statusBar().showMessage(text, 20_000)
        else:
            self.home.message.setText(text)

    def _build_menus(self) -> None:
        session_menu = self.menuBar().addMenu(self.tr("&Session"))
        self.export_action = QAction(self.tr("&Export summary…"), self)
        # setShortcuts, not setShortcut: PySide resolves setShortcut's overloads by making
        # the Qt namespace's 93 enums (see early_enums), setShortcuts' list needs none.
        self.export_action.setShortcuts([QKeySequence("Ctrl+E")])
        self.export_action.triggered.connect(lambda: self.exports.export_summary())
        self.publish_action = QAction(self.tr("&Publish…"), self)
        self.publish_action.triggered.connect(lambda: self.exports.publish())
        self.event_report_action = QAction(self.tr("E&vent report…"), self)
        self.event_report_action.triggered.connect(lambda: self.exports.event_report())
        self.details_action = QAction(self.tr("Session &details…"), self)
        self.details_action.setShortcuts([QKeySequence("Ctrl+D")])
        self.details_action.triggered.connect(self.edit_details)
        self.highlight_action = QAction(self.tr("Mark as &highlight…"), self)
        self.highlight_action.setShortcuts([QKeySequence("Ctrl+H")])
        self.highlight_action.triggered.connect(self.edit_highlight)
        self.share_action = QAction(self.tr("Share in the &room…"), self)
        self.share_action.setShortcuts([QKeySequence("Ctrl+Shift+S")])
        self.share_action.triggered.connect(lambda: self.shares.toggle_share())
        self.phone_action = QAction(self.tr("&Phones may send (tips, choices, votes)"), self)
        self.phone_action.setShortcuts([QKeySequence("Ctrl+I")])
        self.phone_wall_action = QAction(self.tr("Phones' entries straight to the &wall"), self)
        # Both checkable from the start, though the phones' desk is made with a session.
        self.phone_action.setCheckable(True)
        self.phone_wall_action.setCheckable(True)
        self.update_share_action = QAction(self.tr("&Update the shared summary"), self)
        self.update_share_action.triggered.connect(lambda: self.shares.update_share())
        self.update_share_action.setEnabled(False)
        self.close_action = QAction(self.tr("&Close session"), self)
        # Named, not the platform's Close (its first binding is Ctrl+F4 or Ctrl+W by desktop).
        self.close_action.setShortcuts([QKeySequence("Ctrl+W"), QKeySequence("Ctrl+F4")])
        self.close_action.triggered.connect(self.close_session)
        self.settings_action = QAction(self.tr("Se&ttings…"), self)
        self.settings_action.setShortcuts([QKeySequence("Ctrl+,")])
        self.settings_action.triggered.connect(self.open_settings)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcuts([QKeySequence("Ctrl+Q")])
        quit_action.triggered.connect(self.close)
        for action in (
            self.details_action,
            self.highlight_action,
            self.export_action,
            self.publish_action,
            self.event_report_action,
            self.share_action,
            self.phone_action,
            self.phone_wall_action,
            self.update_share_action,
            self.close_action,
            self.settings_action,
            quit_action,
        ):
            session_menu.addAction(action)
        self.edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self._build_round_menu()
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        full = self.full_screen_action = QAction(self.tr("&Projector full screen"), self)
        full.setShortcuts([QKeySequence("F5")])
        # F5 must work with the projector window focused too.
        full.setProperty("shortcutContext", APPLICATION_SHORTCUT)
        full.triggered.connect(lambda: self.projector.toggle_full_screen())
        view_menu.addAction(full)
        self.screens_menu = view_menu.addMenu(self.tr("Projector &screen"))
        self.screens_menu.aboutToShow.connect(self._fill_screens_menu)
        contrast = self.contrast_action = QAction(self.tr("&High-contrast projector"), self)
        contrast.setCheckable(True)
        contrast.setChecked(QSettings().value("projector/theme", "dark") == HIGH_CONTRAST.name)
        contrast.toggled.connect(self.set_high_contrast)
        view_menu.addAction(contrast)
        self.help_menu = build_help_menu(self, self.show_help)
        self.set_projector_theme(str(QSettings().value("projector/theme", DARK.name)))
        self._set_session_actions(False)

    def open_settings(self) -> None:
        """Ctrl+,: the settings; the projector's screen and theme apply at once."""
        # The dialog's module makes its widgets' enums when imported: not before it is used.
        from workshop.ui.control.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self)
        if dialog.exec() != SettingsDialog.Accepted:
            return
        dialog.keep()
        self.choose_projector_screen(dialog.screen.currentData())
        self.set_projector_theme(dialog.theme.currentData())
        self.home.follow_up.setText(settings.follow_up())

    def _build_round_menu(self) -> None:
        menu = self.round_menu = self.menuBar().addMenu(self.tr("&Round"))
        # Single keys are handled by SessionKeys in both windows; the menu only names them
        # (after a tab), so a key never fires twice.
        entries = [
            (self.tr("&Reveal results together") + "\tR", lambda c: c.toggle_results(), None),
            (
                self.tr("Results as chart or &side by side") + "\tV",
                lambda c: c.toggle_result_style(),
                None,
            ),
            (self.tr("&Plenary vote (hands) or groups"), lambda c: c.toggle_play_mode(), "Ctrl+P"),
            (self.tr("Start or pause the &timer") + "\tT", lambda c: c.toggle_timer(), None),
            (self.tr("One &minute more") + "\tM", lambda c: c.add_minute(), None),
            (self.tr("Reset the timer"), lambda c: c.reset_timer(), "Ctrl+R"),
            (self.tr("The summary's &QR code") + "\tQ", lambda c: c.toggle_summary(), None),
        ]
        self.round_actions = []
        title = QAction(self.tr("Show the &title slide"), self)
        title.setShortcuts([QKeySequence("Ctrl+0")])
        title.setStatusTip(self.tr("The title slide on the wall; again to go back"))
        title.triggered.connect(lambda: self.controller and self.controller.toggle_title())
        menu.addAction(title)
        self.round_actions.append(title)
        for text, slot, key in (
            (self.tr("Show the &cards"), self.show_cards, "Ctrl+1"),
            (self.tr("Show the tips &board"), self.show_board, "Ctrl+2"),
            (self.tr("Show the &groups"), lambda: self._show_tab("groups_panel"), "Ctrl+3"),
            (self.tr("Show the e&xercise"), lambda: self._show_tab("exercises_panel"), "Ctrl+4"),
            (self.tr("Show the &agenda"), lambda: self._show_tab("agenda_panel"), "Ctrl+5"),
        ):
            action = QAction(text, self)
            action.setShortcuts([QKeySequence(key)])
            action.triggered.connect(slot)
            menu.addAction(action)
            self.round_actions.append(action)
        menu.addSeparator()
        for text, do, shortcut in entries:
            action = QAction(text, self)
            if shortcut:
                action.setShortcuts([QKeySequence(shortcut)])
            action.triggered.connect(lambda _=False, do=do: self.controller and do(self.controller))
            menu.addAction(action)
            self.round_actions.append(action)

    def _fill_screens_menu(self) -> None:
        """Automatic, or one of the screens there are now."""
        self.screens_menu.clear()
        choices = [("", self.tr("&Automatic: the screen this window is not on"))]
        from workshop.ui.projector.window import screen_key

        for screen in QGuiApplication.screens():
            choices.append((screen_key(screen), screen_key(screen)))
        for name, label in choices:
            action = self.screens_menu.addAction(label)
            action.setCheckable(True)
            action.setChecked(name == self._preferred_screen())
            action.triggered.connect(lambda _=False, name=name: self.choose_projector_screen(name))

    def choose_projector_screen(self, name: str) -> None:
        """The projector's screen, by name ('' for automatic); remembered."""
        QSettings().setValue("projector/screen", name)
        if self._projector is not None:  # else it is made on this screen
            self._projector.choose_screen(name)

    def set_high_contrast(self, on: bool) -> None:
        """High contrast (black, white, yellow) on the projector, or back to the dark or light
        theme chosen in Settings; remembered."""
        if on:
            self.set_projector_theme(HIGH_CONTRAST.name)
        elif self._projector_theme.name == HIGH_CONTRAST.name:
            self.set_projector_theme(str(QSettings().value("projector/calm", DARK.name)))

    def set_projector_theme(self, name: str) -> None:
        """The projector's theme by name (dark, light, high-contrast); remembered."""
        theme = branded(THEMES.get(name, DARK))
        # Written only when changed: QSettings writes its whole file again (~15 ms) after
        # any setValue, an unchanged one too, and this runs at every start.
        stored = QSettings()
        if stored.value("projector/theme") != theme.name:
            stored.setValue("projector/theme", theme.name)
        if theme.name != HIGH_CONTRAST.name and stored.value("projector/calm") != theme.name:
            stored.setValue("projector/calm", theme.name)
        del stored  # written now, before the window goes on
        self._projector_theme = theme
        if self._projector is not None:
            self._projector.audience.set_theme(theme)
        if self.session_view is not None:
            self.session_view.set_theme(theme)
        # Last: its toggled signal finds the theme already set, and changes nothing.
        self.contrast_action.setChecked(theme.name == HIGH_CONTRAST.name)

    def show_help(self) -> None:
        """F1 or ?: the keys of a running session."""
        from workshop.ui.control.keys_help import KeysHelp  # with its key map, on F1

        KeysHelp(self).exec()

    def _set_session_actions(self, enabled: bool) -> None:
        self.export_action.setEnabled(enabled)
        self.publish_action.setEnabled(enabled)
        self.share_action.setEnabled(enabled)
        self.details_action.setEnabled(enabled)
        self.highlight_action.setEnabled(enabled)
        for action in self.round_actions:
            action.setEnabled(enabled)
        self.close_action.setEnabled(enabled)

    def start_session(
        self,
        deck_id: int,
        title: str,
        follow_up_url: str,
        groups: int,
        choice: CardChoice | None = None,
    ) -> None:
        """Create a session from a deck and run it."""
        try:
            deck = self.library.decks.get(deck_id)
            from dataclasses import replace

            from workshop.core.session import start_session  # with the first session

            session = start_session(deck, title, None, follow_up_url, groups, choice)
            # The day's language starts as the UI's (the details dialog changes it).
            session.details = replace(session.details, language=ui_language())
            if not session.rounds:
                raise WorkshopError(self.tr("This deck has no dilemma cards to play."))
            self.library.sessions.create(session)
        except WorkshopError as exc:
            self.home.message.setText(user_message(exc))
            return
        self.open_session(session.id)

    def open_session(self, session_id: int) -> None:
        """Run a stored session: control panel here, its card on the projector."""
        try:
            session = self.library.sessions.load(session_id)
        except WorkshopError as exc:
            self.home.message.setText(user_message(exc))
            return
        self.close_session()
        self.library.set_running(session_id)
        self._phone_desk()  # made with the first session
        from workshop.ui.control.session_view import SessionView
        from workshop.ui.keys import SessionKeys

        view = self.session_view = SessionView(self.library, session, self)
        self.stack.addWidget(view)
        self.stack.setCurrentWidget(view)
        self.edit_menu.clear()
        undo = view.controller.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.Undo)
        redo = view.controller.undo_stack.createRedoAction(self, self.tr("&Redo"))
        # Named: QKeySequence.Redo is Ctrl+Shift+Z on some desktops, and a key given twice
        # is an ambiguous shortcut that does nothing.
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        # The keys list names them by these, not by their changing "Undo <what>" text.
        undo.setStatusTip(self.tr("Undo"))
        redo.setStatusTip(self.tr("Redo"))
        self.edit_menu.addAction(undo)
        self.edit_menu.addAction(redo)
        # The projector shows the wall, and only the wall.
        view.wall.shown.connect(self.projector.audience.show_state)
        self.projector.audience.show_state(view.wall.state)
        view.controller.changed.connect(self._update_title)
        # One place, seen from every tab, for whatever the app refused and why.
        view.controller.failed.connect(self.say_refusal)
        view.controller.changed.connect(self._clear_stale_refusal)
        # A message belongs to the tab it was said on; another tab starts clean.
        view.tabs.currentChanged.connect(self._clear_messages)
        self.projector.resized.connect(view.set_projector_size)
        self.keys = SessionKeys(view.wall, [self, self.projector], view.digit_typed, self.show_help)
        self._set_session_actions(True)
        from workshop.core.commands import Change

        self._update_title(Change(details=True))
        # The mirrors in the new session's tabs wear the projector's theme.
        view.set_theme(self.projector.audience.theme)
        self.projector.follow(self.screen)
        self.projector.place(self.screen())
        view.set_projector_size(self.projector.size())
        self.activateWindow()
        view.take_keys()

    def _clear_messages(self) -> None:
        self.statusBar().clearMessage()
        self._refusal = ""
        view = self.session_view
        if view is not None:
            # Only a panel built already can have said something.
            for name in ("cards", "board"):
                if (panel := view.built(name)) is not None:
                    panel.status.clear()  # type: ignore[attr-defined]

    def _update_title(self, change: Change) -> None:
        if self.controller is not None and change.details:
            self.setWindowTitle(
                self.tr("Workshop — {0}").format(self.controller.session.details.title)
            )

    def edit_details(self) -> None:
        """Ctrl+D: the session's title, date and follow-up address."""
        from workshop.ui.control.details_dialog import SessionDetailsDialog

        if self.controller is None:
            return
        dialog = SessionDetailsDialog(self.controller.session, self)
        if dialog.exec() == SessionDetailsDialog.Accepted:
            self.controller.run(dialog.command())

    def _show_tab(self, name: str) -> None:
        if self.session_view is not None:
            self.session_view.show_tab(getattr(self.session_view, name))

    def show_cards(self) -> None:
        """Ctrl+1: the cards on the wall."""
        self._show_tab("cards_panel")

    def show_board(self) -> None:
        """Ctrl+2: the tips board on the wall, the tip line ready."""
        self._show_tab("board_panel")

    def edit_highlight(self) -> None:
        """Ctrl+H: mark the card on screen as a highlight, change its words, or unmark it."""
        from workshop.ui.control.highlight_dialog import HighlightDialog

        if self.controller is None:
            return
        session = self.controller.session
        if not session.rounds:
            self.say_refusal(self.tr("This session has no cards to mark as a highlight."))
            return
        index = session.position.round_index
        dialog = HighlightDialog(session, index, self)
        if dialog.exec() != HighlightDialog.Accepted:
            return
        if self.controller.run(dialog.command()):
            card = session.rounds[index].title
            self.statusBar().showMessage(
                self.tr("Card {0}, “{1}”, is a highlight of the summary.").format(index + 1, card)
                if index in session.highlights
                else self.tr("Card {0}, “{1}”, is no longer a highlight.").format(index + 1, card),
                20_000,
            )

    def close_session(self) -> None:
        """Back to the home page; everything is already saved."""
        if self.controller is None:
            return
        self.share_control.stop()
        self.library.set_running(None)
        if self.keys is not None:
            self.keys.detach()
        self.projector.hide()
        self.stack.removeWidget(self.session_view)
        self.session_view.wall.ticker.stop()
        self.session_view.deleteLater()
        self.session_view = self.keys = None
        self.edit_menu.clear()
        self._set_session_actions(False)
        self.setWindowTitle(self.tr("Workshop"))
        self.home.reload()
        self.stack.setCurrentWidget(self.home)

    def delete_session(self, session_id: int, confirmed: bool = False) -> bool:
        """Delete an earlier session after asking; nothing of it can be brought back."""
        title = self.library.sessions.title_of(session_id)
        if not confirmed:
            from PySide6.QtWidgets import QMessageBox  # on use, as in offer_resume

            answer = QMessageBox.warning(
                self,
                self.tr("Delete session"),
                self.tr("Delete “{0}” and everything recorded in it? This cannot be undone.")
                .format(title),
                QMessageBox.Yes | QMessageBox.Cancel,
                QMessageBox.Cancel,
            )  # fmt: skip
            if answer != QMessageBox.Yes:
                return False
        session_admin.delete_session(self.library.db, session_id)
        self.home.reload()
        self.home.message.setText(self.tr("Deleted “{0}”.").format(title))
        return True

    def duplicate_as_template(self, session_id: int) -> int:
        """A new session with an earlier one's agenda, cards, settings and notes."""
        try:
            new_id = session_admin.duplicate_as_template(
                self.library.sessions, session_id, self.tr(" (template)")
            )
        except WorkshopError as exc:
            self.home.message.setText(user_message(exc))
            return 0
        self.home.reload()
        self.home.message.setText(
            self.tr(
                "Made “{0}”: give it a title and a date (Ctrl+D once it is open); its agenda "
                "shows last time's notes."
            ).format(self.library.sessions.title_of(new_id))
        )
        return new_id

    def manage_decks(self) -> None:
        """The deck editor; the home page shows the decks as they are afterwards."""
        from workshop.ui.decks.decks_dialog import DecksDialog

        DecksDialog(self.library, self).exec()
        self.home.reload()

    def offer_resume(self) -> bool:
        """After a crash or a kill: offer the session that was running, where it was."""
        session_id = self.library.running_session()
        if session_id is None:
            return False
        title = self.library.sessions.title_of(session_id)
        # Imported when asked: PySide6 makes QMessageBox's five enums on its first import.
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(
            self,
            self.tr("Resume the session?"),
            self.tr(
                "Workshop stopped while “{0}” was running. Resume it where it was "
                "(activity, card and reveal step)?"
            ).format(title),
            QMessageBox.Yes | QMessageBox.No,
            QMessageBox.Yes,
        )
        if answer != QMessageBox.Yes:
            self.library.set_running(None)
            return False
        self.open_session(session_id)
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        # A clean quit leaves nothing to resume.
        if self.controller is not None:
            self.library.set_running(None)
        self.share_control.stop()
        if self._projector is not None:
            self._projector.allow_close = True
            self._projector.close()
        event.accept()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if not self.deck_drops.offered(event):
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if not self.deck_drops.offered(event):
            super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        if not self.deck_drops.dropped(event):
            super().dropEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        projector = self._projector
        escape = event.key() == QtCore.Qt.Key_Escape
        if escape and projector is not None and projector.isFullScreen():
            projector.showNormal()
            return
        super().keyPressEvent(event)
