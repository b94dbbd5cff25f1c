"""The summary wall tells the room the truth about where the share can be opened."""

from __future__ import annotations

from PySide6.QtCore import QRectF


def _words(window, address: str) -> list[str]:
    from workshop.ui.widgets.summary_paint import layout_summary

    window.controller.set_room_share(address)
    window.controller.toggle_summary()
    view = window.projector.audience.view
    return [p.text for p in layout_summary(view, QRectF(0, 0, 1920, 1080), 1.0)]


def test_a_loopback_share_says_only_this_computer(qtbot, window) -> None:
    words = _words(window, "http://127.0.0.1:8080/23456789ABCDEFGHJKLMNPQ/")
    assert not any("Wi-Fi" in w for w in words)
    assert any("Only this computer" in w for w in words)


def test_a_network_share_sends_phones_to_the_wi_fi(qtbot, window) -> None:
    words = _words(window, "http://192.168.1.20:8080/23456789ABCDEFGHJKLMNPQ/")
    assert any("same Wi-Fi" in w for w in words)
    assert not any("Only this computer" in w for w in words)
