"""The app ships in English and Dutch: every string translated, the compiled file up to date."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path
from xml.etree import ElementTree

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from workshop import paths
from workshop.ui.control.details_dialog import SessionDetailsDialog
from workshop.ui.control.window import ControlWindow
from workshop.ui.translations import choose_language, install_translators

ROOT = Path(__file__).parents[2]
spec = importlib.util.spec_from_file_location("translations", ROOT / "scripts" / "translations.py")
translations = importlib.util.module_from_spec(spec)
spec.loader.exec_module(translations)


@pytest.fixture
def dutch(qapp):
    installed = install_translators(qapp, "nl")
    assert len(installed) == 2, "Workshop's and Qt's Dutch translations both load"
    yield
    for translator in installed:
        qapp.removeTranslator(translator)


def test_the_windows_speak_dutch(qtbot, dutch, library, three_card_session):
    window = ControlWindow(library)
    qtbot.addWidget(window)
    qtbot.addWidget(window.projector)
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&Sessie", "Be&werken", "&Ronde", "Beel&d", "&Help"]
    assert window.home.start.text() == "Sessie &starten"
    session_id = library.sessions.create(three_card_session)
    window.open_session(session_id)
    assert "Kaart 1 van 3" in window.projector.audience.shown_text()
    dialog = SessionDetailsDialog(three_card_session, window)
    qtbot.addWidget(dialog)
    assert dialog.buttons.button(QDialogButtonBox.Cancel).text() == "Annuleren"
    window.close()


def test_english_needs_no_translator_and_is_the_fallback(qapp):
    assert install_translators(qapp, "en") == []
    assert choose_language("nl") == "nl"
    assert choose_language(None) in ("en", "nl")


def messages(ts: Path) -> set[tuple[str, str, str]]:
    """(context, English, Dutch) of every message; file locations drift and do not count."""
    tree = ElementTree.parse(ts)
    return {
        (context.findtext("name"), m.findtext("source"), m.findtext("translation"))
        for context in tree.iter("context")
        for m in context.iter("message")
    }


def test_every_string_has_dutch_and_the_compiled_file_is_current(tmp_path):
    committed = paths.resources_dir() / "translations" / "workshop_nl.ts"
    ts = tmp_path / "workshop_nl.ts"
    shutil.copy(committed, ts)
    translations.update(ts)
    text = ts.read_text(encoding="utf-8")
    untranslated = text.count('type="unfinished"')
    assert untranslated == 0, (
        f"{untranslated} strings have no Dutch yet: run scripts/translations.py and fill them in"
    )
    assert messages(ts) == messages(committed), "run scripts/translations.py"
    qm = translations.release(ts, tmp_path / "workshop_nl.qm")
    assert qm.read_bytes() == committed.with_suffix(".qm").read_bytes(), (
        "the .qm is older than the .ts: run scripts/translations.py"
    )


def test_messages_from_the_core_are_translated(qtbot, dutch, window):
    record = window.cards_panel.record
    window.controller.go_to_round(2)
    record.group.setText("1")
    record.option.setText("D")
    record.submit()
    assert window.cards_panel.status.text() == "Optie D staat niet op deze kaart; kies uit A, B, C."
