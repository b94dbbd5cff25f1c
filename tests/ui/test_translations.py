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


def test_english_has_only_its_plural_forms_and_is_the_fallback(qapp):
    installed = install_translators(qapp, "en")
    assert len(installed) == 1, "workshop_en.qm loads; Qt's own strings are English already"
    for translator in installed:
        qapp.removeTranslator(translator)
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


def test_english_plural_forms_are_all_filled_and_compiled(tmp_path):
    committed = paths.resources_dir() / "translations" / "workshop_en.ts"
    ts = tmp_path / "workshop_en.ts"
    shutil.copy(committed, ts)
    translations.update(ts, plurals_only=True)
    assert 'type="unfinished"' not in ts.read_text(encoding="utf-8"), "run scripts/translations.py"
    assert messages(ts) == messages(committed), "run scripts/translations.py"
    qm = translations.release(ts, tmp_path / "workshop_en.qm")
    assert qm.read_bytes() == committed.with_suffix(".qm").read_bytes()


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
    said = window.statusBar().currentMessage()
    assert said == "Optie D staat niet op deze kaart; kies uit A, B, C."


def test_undo_texts_are_the_commands_names_in_dutch(qtbot, dutch, window):
    window.controller.add_minute()
    assert window.controller.undo_stack.undoText() == "een minuut erbij"
    edit = window.menuBar().actions()[1].menu()
    assert any("een minuut erbij" in a.text() for a in edit.actions())
    window.controller.undo_stack.undo()
    assert window.controller.undo_stack.redoText() == "een minuut erbij"


def test_the_groups_status_counts_and_names_the_method(qtbot, window):
    from workshop.core.groups import form

    people = list(window.controller.session.details.participants)
    window.controller.set_groups(form(people, count=1, seed=7))
    assert window.groups_panel.info.text() == "1 group, formed at random, seed 7."
    window.controller.set_groups(form(people, count=3, balanced=True, seed=8))
    assert window.groups_panel.info.text() == (
        "3 groups, formed balanced over organisations, seed 8."
    )


def test_the_groups_status_in_dutch(qtbot, dutch, window):
    from workshop.core.groups import form

    people = list(window.controller.session.details.participants)
    window.controller.set_groups(form(people, count=1, seed=7))
    assert window.groups_panel.info.text() == "1 groep, willekeurig ingedeeld, seed 7."
    window.controller.set_groups(form(people, count=2, seed=9))
    assert window.groups_panel.info.text() == "2 groepen, willekeurig ingedeeld, seed 9."


def test_counts_have_one_and_many_in_both_languages(qtbot, window, qapp):
    from PySide6.QtCore import QCoreApplication

    def count(n: int) -> str:
        return QCoreApplication.translate("HomePanel", "Hand-picked: %n card(s)", "", n)

    assert (count(1), count(2)) == ("Hand-picked: 1 card", "Hand-picked: 2 cards")
    installed = install_translators(qapp, "nl")
    try:
        assert (count(1), count(2)) == ("Zelf gekozen: 1 kaart", "Zelf gekozen: 2 kaarten")
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)


def test_export_file_names_follow_the_days_language(qtbot, window, tmp_path):
    from dataclasses import replace

    from workshop.ui.control.export_dialog import ExportDialog

    session = window.controller.session
    english = ExportDialog(session, tmp_path, window)
    dutch_day = replace(session, details=replace(session.details, language="nl"))
    dutch = ExportDialog(dutch_day, tmp_path, window)
    for dialog in (english, dutch):
        qtbot.addWidget(dialog)
    assert english.summary.text().endswith(" - summary.pdf")
    assert english.handout.text().endswith(" - handout.pdf")
    assert dutch.summary.text().endswith(" - samenvatting.pdf")
    assert dutch.handout.text().endswith(" - hand-out.pdf")


def test_a_dutch_ui_offers_the_dutch_starter_decks_and_keeps_the_english(qtbot, dutch, library):
    from workshop.ui.control.welcome import create_demo
    from workshop.ui.translations import ui_language

    assert ui_language() == "nl"
    window = ControlWindow(library)
    qtbot.addWidget(window)
    qtbot.addWidget(window.projector)
    chosen = window.home.decks.currentItem().text()
    assert chosen.startswith("Dilemma's rond sociale media") and "10 kaarten" in chosen
    listed = [window.home.decks.item(i).text() for i in range(window.home.decks.count())]
    assert any(t.startswith("Social media dilemmas") for t in listed), "English stays"
    session = library.sessions.load(create_demo(library, "Demo", ui_language()))
    assert session.rounds[0].title == "Het lege platform"
    assert session.agenda.items and any(
        i.card is not None and i.card.title == "Hoe sociaal is jullie organisatie?"
        for i in session.agenda.items
    )
    window.close()


def test_an_english_ui_offers_the_english_starter_decks(qtbot, library):
    from workshop.ui.translations import ui_language

    assert ui_language() == "en"
    window = ControlWindow(library)
    qtbot.addWidget(window)
    qtbot.addWidget(window.projector)
    assert window.home.decks.currentItem().text() == "Social media dilemmas  (10 cards)"
    window.close()


def test_in_dutch_the_date_reads_dutch_and_the_day_is_dutch(qtbot, dutch, window):
    from dataclasses import replace

    from PySide6.QtCore import QDate

    session = window.controller.session
    dialog = SessionDetailsDialog(replace(session, details=replace(session.details, language="")))
    qtbot.addWidget(dialog)
    dialog.date.setDate(QDate(2026, 11, 30))
    assert "30 november 2026" in dialog.date.text()
    assert dialog.details().date == "2026-11-30"
    assert dialog.language.currentText() == "Nederlands" and dialog.details().language == "nl"
    dialog.date.setDate(dialog.date.minimumDate())
    assert dialog.date.text() == "Geen datum"


def test_a_session_started_in_dutch_is_a_dutch_day(qtbot, dutch, library):
    window = ControlWindow(library)
    qtbot.addWidget(window)
    qtbot.addWidget(window.projector)
    window.home.title.setText("Dag één")
    window.home.start.click()
    assert window.controller.session.details.language == "nl"
    window.close()


def test_exercises_and_prompts_of_the_uis_language_come_first(qtbot, window, qapp):
    from workshop.ui.control.exercises_panel import ExercisesPanel

    english = window.exercises_panel.cards.itemText(0)
    assert english.endswith("(Group exercises)")
    assert window.board_panel.prompt_cards()[0].title == "Tips and tricks"
    installed = install_translators(qapp, "nl")
    try:
        panel = ExercisesPanel(window.controller)
        qtbot.addWidget(panel)
        assert panel.cards.itemText(0).endswith("(Groepsoefeningen)")
        assert panel.cards.count() == window.exercises_panel.cards.count(), "both languages"
        assert window.board_panel.prompt_cards()[0].title == "Tips en trucs"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
