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
