"""Help: F1 is generated from the key map and the menus, the README agrees, guide and About."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication

import workshop
from workshop.ui.control.about_dialog import AboutDialog
from workshop.ui.control.help_menu import GuideDialog, guide_file
from workshop.ui.control.keys_help import (
    KeysHelp,
    hinted_keys,
    key_rows,
    markdown_table,
    menu_rows,
    window_menus,
)
from workshop.ui.keys import KEYMAP

ROOT = Path(__file__).parents[2]


def _shown(qtbot, window) -> list[tuple[str, str]]:
    seen: list[list] = []

    def read() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, KeysHelp)
        seen.append(dialog.texts())
        qtbot.keyClick(dialog, Qt.Key_Escape)

    QTimer.singleShot(0, read)
    qtbot.keyClick(window.cards_panel.live, Qt.Key_F1)
    return seen[0]


def test_f1_lists_every_key_of_the_menus_and_the_key_map(qtbot, window):
    rows = _shown(qtbot, window)
    keys = " | ".join(key for key, _ in rows)
    # What the keys list lacked before it was generated.
    for key in ("Ctrl+5", "N", "Ctrl+D", "Ctrl+R", "Ctrl+M", "Alt+1–9"):
        assert re.search(rf"(^|[ ,/|]){re.escape(key)}($|[ ,/|])", keys), key
    for key in KEYMAP:
        assert QKeySequence(key).toString(QKeySequence.NativeText) in keys
    for row in menu_rows(window_menus(window)):
        assert row in rows
    # A key a menu names after a tab is a session key, so F1's rows hold it.
    for hint in hinted_keys(window):
        assert hint in {QKeySequence(k).toString(QKeySequence.NativeText) for k in KEYMAP}


def test_the_board_panels_own_shortcuts_are_listed(window):
    keys = {key for key, _ in key_rows(window)}
    for shortcut in window.board_panel.findChildren(QShortcut):
        name = shortcut.key().toString(QKeySequence.NativeText)
        assert re.sub(r"^Alt\+[1-9]$", "Alt+1–9", name) in keys, name


def test_the_readme_table_is_the_f1_table(window):
    table = markdown_table(key_rows(window))
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert table in readme, "paste this into README.md:\n" + table


def test_about_names_the_version_and_the_font_licences(qtbot):
    about = AboutDialog()
    qtbot.addWidget(about)
    assert f"Workshop {workshop.__version__}" in about.summary.text()
    assert "MIT" in about.summary.text()
    licences = about.licences.toPlainText()
    assert "bitstream-vera" in licences and "George Douros" in licences


def test_the_guide_opens_from_the_help_menu(qtbot, window):
    seen: list[str] = []

    def read() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, GuideDialog)
        seen.append(dialog.browser.toPlainText())
        dialog.reject()

    guide = next(a for a in window.help_menu.actions() if "guide" in a.text())
    QTimer.singleShot(0, read)
    guide.trigger()
    assert seen[0].startswith("Workshop: a short guide")
    assert guide_file().endswith("guide_en.html")


def test_the_license_file_is_mit():
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("MIT License")


def test_the_help_menu_and_settings_speak_dutch(qtbot, qapp, library):
    from workshop.ui.control.window import ControlWindow
    from workshop.ui.translations import install_translators

    installed = install_translators(qapp, "nl")
    try:
        window = ControlWindow(library)
        qtbot.addWidget(window)
        qtbot.addWidget(window.projector)
        texts = [a.text() for a in window.help_menu.actions()]
        assert texts == ["&Toetsen…\tF1", "&Handleiding…", "&Welkom…", "&Over Workshop…"]
        assert window.settings_action.text() == "&Instellingen…"
        assert guide_file().endswith("guide_nl.html")
        rows = dict(key_rows(window))
        assert rows["Ctrl+,"] == "Instellingen" and rows["T"] == "De timer starten of pauzeren"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
