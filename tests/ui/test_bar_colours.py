"""The share bar and the phones' queue take their colours when they first show, not before."""

from __future__ import annotations


def test_the_bars_are_coloured_once_shown_and_carry_no_style_while_hidden(qtbot, window):
    bars = {window.share_bar: "#fff4cc", window.phones.view: "#e8f1fb"}
    for bar, colour in bars.items():
        assert not bar.isVisible() and bar.styleSheet() == ""  # hidden at idle: no style sheet
        bar.show()
        assert colour in bar.styleSheet()
        # Its words stay dark on the light bar whatever the system's theme.
        assert "QLabel { color: #222; }" in bar.styleSheet()
        bar.hide()
        bar.show()
        assert bar.styleSheet().count(colour) == 1
