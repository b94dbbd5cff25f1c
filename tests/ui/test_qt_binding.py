"""The Qt binding keeps Python's reference counts right, or a long session ends in an abort."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12 on")
def test_methods_that_return_nothing_keep_none_alive(qapp):
    # PySide6 6.12.0 took one reference from None per call; at 3.11 the process
    # aborted ("deallocating None") after a few thousand label or font updates.
    font = QFont()
    label = QLabel()
    before = sys.getrefcount(None)
    for size in range(1000):
        font.setPixelSize(size % 50 + 10)
        label.setText(str(size))
    assert sys.getrefcount(None) - before >= -10


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12 on")
def test_a_long_session_of_key_presses_keeps_none_alive(qtbot, window):
    from PySide6.QtCore import Qt

    live = window.cards_panel.live
    window.wall.ticker.stop()  # the timer's clock would add its own ups and downs
    for _ in range(20):
        qtbot.keyClick(live, Qt.Key_Right)
        window.projector.audience.grab()
    before = sys.getrefcount(None)
    for press in range(400):
        qtbot.keyClick(live, Qt.Key_Right if press % 16 < 8 else Qt.Key_Left)
        window.projector.audience.grab()  # paint, as the wall would
    # The broken binding lost one reference per call, thousands over these presses; objects
    # freed along the way move the count by a few dozen either way.
    assert sys.getrefcount(None) - before >= -400
