"""The home page reaches its first idle turn without PySide making the Qt namespace's enums
(early_enums), and the ints it sets instead are Qt's own values."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QPushButton

from tests.ui.test_start_up_imports import idle_app_modules
from workshop.ui import early_enums

# The PySide6 enums made in the process, by their qualified names (Qt.AlignmentFlag, …).
ENUMS_MADE = """
import enum, gc
print('\\n'.join(sorted({t.__qualname__ for t in gc.get_objects()
                         if isinstance(t, enum.EnumType) and t.__module__.startswith('PySide6')})))
"""


def test_the_home_page_at_idle_has_not_made_the_qt_namespaces_enums(tmp_path: Path):
    made = idle_app_modules(tmp_path, None, ENUMS_MADE)
    assert "QMainWindow.DockOption" in made  # the probe sees enums, and the window was made
    assert not {name for name in made if name.startswith("Qt.")}


def test_a_session_makes_them_as_it_needs_them(tmp_path: Path):
    # The other side: the session's panels and keys use Qt's enums, and the probe sees them.
    made = idle_app_modules(tmp_path, "Session at start", ENUMS_MADE)
    assert "Qt.Key" in made


def test_the_ints_are_qts_own_values():
    assert early_enums.PLAIN_TEXT == Qt.TextFormat.PlainText.value
    assert early_enums.RICH_TEXT == Qt.TextFormat.RichText.value
    assert early_enums.SELECTABLE_BY_MOUSE == Qt.TextInteractionFlag.TextSelectableByMouse.value
    assert early_enums.NO_FOCUS == Qt.FocusPolicy.NoFocus.value
    assert early_enums.TOP_LEFT == (Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop).value
    assert early_enums.APPLICATION_SHORTCUT == Qt.ShortcutContext.ApplicationShortcut.value
    assert early_enums.USER_ROLE == Qt.ItemDataRole.UserRole.value


def test_set_as_properties_they_read_back_as_qts_enums(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    assert label.setProperty("textFormat", early_enums.PLAIN_TEXT)
    assert label.setProperty("textInteractionFlags", early_enums.SELECTABLE_BY_MOUSE)
    assert label.setProperty("alignment", early_enums.TOP_LEFT)
    assert label.textFormat() == Qt.PlainText
    assert label.textInteractionFlags() == Qt.TextSelectableByMouse
    assert label.alignment() == Qt.AlignLeft | Qt.AlignTop
    label.setText("<b>a deck's name</b>")  # shown as typed, not as markup
    assert label.textFormat() == Qt.PlainText
    button = QPushButton()
    qtbot.addWidget(button)
    assert button.setProperty("focusPolicy", early_enums.NO_FOCUS)
    assert button.focusPolicy() == Qt.NoFocus
    action = QAction()
    assert action.setProperty("shortcutContext", early_enums.APPLICATION_SHORTCUT)
    assert action.shortcutContext() == Qt.ApplicationShortcut
    action.setShortcuts([QKeySequence("Ctrl+E")])
    assert action.shortcut().toString() == "Ctrl+E"
    listing = QListWidget()
    qtbot.addWidget(listing)
    item = QListWidgetItem("deck", listing)
    item.setData(early_enums.USER_ROLE, 7)
    assert item.data(Qt.UserRole) == 7
