"""Every window and dialog started in Dutch: no visible text is still the English source.

Visible texts are collected from the widget trees (labels, buttons, menus and their actions,
tooltips, placeholders, tab and column titles, combo box items, status lines, window titles,
accessible names) and from the undo stack. A text fails when it is an English message of
workshop_nl.ts whose Dutch differs (placeholders may hold anything), or an English string
written in the UI's code that never went through tr(); names and brands are allowed.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable
from pathlib import Path
from xml.etree import ElementTree

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QTableWidget,
    QTabWidget,
    QTreeWidget,
    QWidget,
)

from workshop import paths
from workshop.core.agenda import Item, Kind
from workshop.core.cards import CardKind
from workshop.core.groups import form
from workshop.ui.translations import install_translators

ROOT = Path(__file__).parents[2]
# Names, brands and words that are the same in both languages.
ALLOWED = {"workshop", "english", "nederlands", "ok", "pdf", "qr", "a4", "us letter", "wi-fi"}


def plain(text: str) -> str:
    """As a person reads it: no shortcut &, no markup, spaces collapsed."""
    text = re.sub(r"<[^>]+>", " ", text.replace("&&", "\0").replace("&", "").replace("\0", "&"))
    text = text.replace("&nbsp;", " ").replace("…", "...")
    return " ".join(text.split())


def english_patterns() -> list[tuple[re.Pattern[str], str]]:
    """A pattern for each English message whose Dutch differs: {0} and %n match anything."""
    found = []
    tree = ElementTree.parse(paths.resources_dir() / "translations" / "workshop_nl.ts")
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text]
        if all(plain(f or "") == plain(source) for f in forms):
            continue  # the same in Dutch ("Timer", "Showcase")
        words = re.sub(r"\{\w*\}|%n|%\d", " ", plain(source))
        if not re.search(r"[A-Za-z]{3}", words):
            continue  # nothing of its own to read ("{0} · {1}")
        parts = re.split(r"(\{\w*\}|%n|%\d)", plain(source))
        regex = "".join(".+" if re.fullmatch(r"\{\w*\}|%n|%\d", p) else re.escape(p) for p in parts)
        regex = regex.replace(re.escape("(s)"), "s?")  # "%n card(s)" reads "1 card", "2 cards"
        found.append((re.compile(regex, re.S), source))
    return found


def code_literals() -> set[str]:
    """English text written in the UI's code outside tr(): what a person could be shown."""
    found: set[str] = set()
    for file in (ROOT / "workshop" / "ui").rglob("*.py"):
        for node in ast.walk(ast.parse(file.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                value = plain(node.value)
                if re.fullmatch(r"[A-Z][a-z]+( [a-z]+)*[.…]?|[A-Z]?[a-z]+ [a-z ]+", value):
                    found.add(value)
    return found


def texts_of(root: QWidget) -> set[str]:
    """Every text a person sees or hears (screen readers) in this window and its children."""
    seen: set[str] = set()
    for widget in [root, *root.findChildren(QWidget)]:
        seen |= {widget.toolTip(), widget.accessibleName(), widget.statusTip()}
        if widget.isWindow():
            seen.add(widget.windowTitle())
        if isinstance(widget, QLabel | QAbstractButton):
            seen.add(widget.text())
        if isinstance(widget, QLineEdit | QPlainTextEdit):
            seen.add(widget.placeholderText())
        if isinstance(widget, QComboBox):
            seen |= {widget.itemText(i) for i in range(widget.count())}
        if isinstance(widget, QGroupBox):
            seen.add(widget.title())
        if isinstance(widget, QTabWidget):
            seen |= {widget.tabText(i) for i in range(widget.count())}
        if isinstance(widget, QTreeWidget):
            header = widget.headerItem()
            seen |= {header.text(i) for i in range(header.columnCount())}
        if isinstance(widget, QListWidget):
            seen |= {widget.item(i).text() for i in range(widget.count())}
        if isinstance(widget, QTableWidget):
            for i in range(widget.columnCount()):
                item = widget.horizontalHeaderItem(i)
                seen.add(item.text() if item else "")
        for action in widget.actions():
            seen |= {action.text(), action.toolTip(), action.statusTip()}
            if action.menu():
                seen |= texts_of(action.menu())
        if isinstance(widget, QMenu):
            seen.add(widget.title())
    return {plain(t) for t in seen if plain(t)}


def dutch_texts() -> set[str]:
    """Every Dutch translation, plain: a word the same in both ("Agenda", "Timer") is Dutch."""
    tree = ElementTree.parse(paths.resources_dir() / "translations" / "workshop_nl.ts")
    return {plain(t.text or "") for t in tree.iter("translation")} | {
        plain(f.text or "") for f in tree.iter("numerusform")
    }


def english_left(texts: Iterable[str]) -> list[str]:
    patterns, literals, dutch = english_patterns(), code_literals(), dutch_texts()
    left = []
    for text in sorted(set(texts)):
        if text.lower() in ALLOWED or text in dutch:
            continue
        hit = next((source for regex, source in patterns if regex.fullmatch(text)), None)
        if hit is None and text in literals:
            hit = "(in the code, not through tr())"
        if hit is not None:
            left.append(f"{text!r} <- {hit!r}")
    return left


@pytest.fixture
def dutch(qapp):
    installed = install_translators(qapp, "nl")
    yield
    for translator in installed:
        qapp.removeTranslator(translator)


def test_the_check_finds_english(qapp):
    left = english_left(["Start session", "Hand-picked: 3 cards", "Sessie starten", "Workshop"])
    assert [line.split(" <- ")[0] for line in left] == ["'Hand-picked: 3 cards'", "'Start session'"]


def test_every_window_and_dialog_speaks_dutch(qtbot, dutch, library, tmp_path):
    from workshop.ui.control.about_dialog import AboutDialog
    from workshop.ui.control.activity_dialog import ActivityDialog
    from workshop.ui.control.details_dialog import SessionDetailsDialog
    from workshop.ui.control.event_report_dialog import EventReportDialog
    from workshop.ui.control.export_dialog import ExportDialog, PrintCardsDialog
    from workshop.ui.control.help_menu import GuideDialog
    from workshop.ui.control.highlight_dialog import HighlightDialog
    from workshop.ui.control.keys_help import KeysHelp
    from workshop.ui.control.pick_cards import PickCardsDialog
    from workshop.ui.control.settings_dialog import SettingsDialog
    from workshop.ui.control.share_dialog import ShareDialog
    from workshop.ui.control.welcome import WelcomeDialog, create_demo
    from workshop.ui.control.window import ControlWindow
    from workshop.ui.decks.decks_dialog import DecksDialog

    window = ControlWindow(library)
    qtbot.addWidget(window)
    qtbot.addWidget(window.projector)
    window.show()
    shown: dict[str, set[str]] = {"home": texts_of(window)}
    window.open_session(create_demo(library, "Demodag", "nl"))
    controller = window.controller
    people = list(controller.session.details.participants)
    controller.set_groups(form(people, count=3, seed=4))
    controller.add_minute()
    shown["undo"] = {plain(controller.undo_stack.undoText())}
    view = window.session_view if hasattr(window, "session_view") else None
    tabs = view.tabs if view is not None else window.findChild(QTabWidget)
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        shown[f"tab {index}"] = texts_of(window)
    session = controller.session
    deck = library.decks.get(library.decks.first_id("nl"))
    exercises = [c for _d, c in library.decks.cards_of_kind(CardKind.EXERCISE)]
    dialogs = {
        "details": SessionDetailsDialog(session, window),
        "export": ExportDialog(session, tmp_path, window),
        "print": PrintCardsDialog(deck.title, tmp_path, window),
        "highlight": HighlightDialog(session, 0, window),
        "about": AboutDialog(window),
        "pick": PickCardsDialog(deck, (), window),
        "keys": KeysHelp(window),
        "settings": SettingsDialog(window),
        "activity": ActivityDialog(Item(0, Kind.PRESENTATION, "", 15), exercises, window),
        "guide": GuideDialog(window),
        "share": ShareDialog(window),
        "welcome": WelcomeDialog(window),
        "decks": DecksDialog(library, window),
        "event report": EventReportDialog(library.sessions.summaries(), tmp_path, window),
    }
    for name, dialog in dialogs.items():
        qtbot.addWidget(dialog)
        shown[name] = texts_of(dialog)
    # The phones' queue under the share bar, with one entry of each kind waiting.
    from workshop.core.phones import Entry, InputKind

    desk = window.phones.desk
    desk.queue = [
        Entry(InputKind.TIPS, text="Meer pauzes", group=2),
        Entry(InputKind.TIPS, text="Koffie"),
        Entry(InputKind.CHOICES, group=1, option="A", text="Omdat het kan"),
        Entry(InputKind.VOTES, option="B"),
    ]
    desk.changed.emit()
    shown["phones"] = texts_of(window.phones.view)
    assert "Tip (groep 2): Meer pauzes" in shown["phones"] and "Stem: B" in shown["phones"]
    desk.queue = []
    desk.changed.emit()
    # Session > Publish…: the job's words and what the status line says after it.
    job = window.exports.publish(tmp_path)
    with qtbot.waitSignal(job.succeeded, timeout=30000):
        pass
    qtbot.waitUntil(lambda: "map" in window.statusBar().currentMessage(), timeout=5000)
    shown["published"] = {plain(window.statusBar().currentMessage())}
    import os

    if os.environ.get("WORKSHOP_DUMP_TEXTS"):  # to read through what the walk saw
        Path(os.environ["WORKSHOP_DUMP_TEXTS"]).write_text(
            "\n".join(f"{n}\t{t}" for n, texts in shown.items() for t in sorted(texts)),
            encoding="utf-8",
        )
    # The English starter decks stay in a Dutch library: their titles are content, not UI.
    english_decks = [d.title for d in library.decks.summaries() if d.language == "en"]
    shown = {
        n: {t for t in texts if not t.startswith(tuple(english_decks))}
        for n, texts in shown.items()
    }
    left = {name: english_left(texts) for name, texts in shown.items()}
    left = {name: texts for name, texts in left.items() if texts}
    assert not left, "\n".join(f"{n}: {t}" for n, texts in left.items() for t in texts)
    assert sum(len(t) for t in shown.values()) > 300, "the walk saw the windows' texts"
    assert "een minuut erbij" in shown["undo"] and "Kaartspellen" in shown["home"]
    window.close()


def test_a_deck_files_problems_read_dutch_in_the_app(dutch, tmp_path):
    from workshop.core.deckformat import DeckFormatError
    from workshop.store.deck_files import read_deck_file
    from workshop.ui.messages import user_message

    bad = tmp_path / "bad.csv"
    bad.write_text("title,colour\nA,red\nB,blue\n", encoding="utf-8")
    with pytest.raises(DeckFormatError) as raised:
        read_deck_file(bad)
    said = user_message(raised.value)
    assert said.startswith(f"{bad} is geen Workshop-kaartspel: 1: colour: is geen kolom die")
    assert said.endswith("(en nog 2)"), said
    assert not english_left([said])
    cards = tmp_path / "cards.json"
    cards.write_text('{"uid": "x", "title": "X", "cards": [{"uid": "a", "title": 7}]}')
    with pytest.raises(DeckFormatError) as raised:
        read_deck_file(cards)
    assert (
        user_message(raised.value)
        == f"{cards} is geen Workshop-kaartspel: cards/0/title: moet tekst zijn, niet 7"
    )


def test_dates_show_in_the_locales_format_and_stay_iso(qtbot, dutch, library):
    from dataclasses import replace

    from workshop.core.commands import EditSessionDetails
    from workshop.ui.control.welcome import create_demo
    from workshop.ui.control.window import ControlWindow

    window = ControlWindow(library)
    qtbot.addWidget(window)
    qtbot.addWidget(window.projector)
    session_id = create_demo(library, "Demodag", "nl")
    window.open_session(session_id)
    controller = window.controller
    assert controller.run(
        EditSessionDetails(replace(controller.session.details, date="2026-11-30"))
    )
    from workshop.ui.control.cards_panel import CardsPanel

    header = window.findChild(CardsPanel).header
    assert header.text() == "Demodag · 30-11-2026"
    window.home.reload()
    listed = [window.home.sessions.item(i).text() for i in range(window.home.sessions.count())]
    assert any(line.startswith("30-11-2026  Demodag  (") for line in listed), listed
    assert library.sessions.load(session_id).details.date == "2026-11-30"
    window.close()
