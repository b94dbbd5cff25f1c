"""The room share from the control window: start, the wall's QR code, fetches, stop, quit."""

from __future__ import annotations

import socket
import urllib.request
from dataclasses import replace

import pytest
import zxingcpp
from PIL import Image
from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QApplication

from tests.conftest import FOLLOW_UP
from workshop.core.activity import Activity
from workshop.core.audience import ViewMode
from workshop.ui.control.share_dialog import ShareDialog, network_choices
from workshop.ui.widgets.summary_paint import layout_summary


def wall_codes(window, tmp_path) -> list[str]:
    """The projector as an image, its QR codes decoded."""
    shot = tmp_path / "wall.png"
    window.projector.audience.grab().save(str(shot))
    return [r.text for r in zxingcpp.read_barcodes(Image.open(shot))]


def start_share_by_keys(qtbot, window, edition: str = "absentee") -> str:
    """Ctrl+Shift+S, pick loopback (tests stay on this machine), Enter; the address shared."""

    def choose() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ShareDialog):
            QTimer.singleShot(20, choose)
            return
        dialog.network.setCurrentIndex(dialog.network.findData("127.0.0.1"))
        dialog.edition.setCurrentIndex(dialog.edition.findData(edition))
        qtbot.keyClick(dialog.network, Qt.Key_Return)

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QTimer.singleShot(0, choose)
    with qtbot.waitSignal(window.share_control.started, timeout=30000) as started:
        qtbot.keyClick(window, Qt.Key_S, Qt.ControlModifier | Qt.ShiftModifier)
    return started.args[0]


def closed(port: int) -> bool:
    try:
        socket.create_connection(("127.0.0.1", port), timeout=2).close()
    except ConnectionRefusedError:
        return True
    return False


def test_share_shows_its_code_on_the_wall_counts_fetches_and_stops(qtbot, window, tmp_path):
    session = window.controller.session
    address = start_share_by_keys(qtbot, window)
    port = int(address.split(":")[2].split("/")[0])
    assert window.share_bar.isVisible() and address in window.share_bar.status.text()
    # The wall shows the share's address as a large QR code and in writing.
    assert session.activity is Activity.SUMMARY
    view = window.projector.audience.view
    assert view.mode is ViewMode.SUMMARY and view.link == address and view.room_share
    assert wall_codes(window, tmp_path) == [address]
    # A phone fetches the summary; the control window counts it.
    with urllib.request.urlopen(address + "summary.pdf", timeout=10) as answer:
        assert answer.status == 200 and answer.read().startswith(b"%PDF")
    qtbot.waitUntil(lambda: "summary fetched: 1" in window.share_bar.counts.text())
    # One click stops it: the port closes, and the wall falls back to the follow-up page.
    qtbot.mouseClick(window.share_bar.stop_button, Qt.LeftButton)
    assert closed(port)
    assert not window.share_bar.isVisible() and session.room_share == ""
    assert wall_codes(window, tmp_path) == [FOLLOW_UP]
    # Q takes the code off the wall again, back to the cards.
    qtbot.keyClick(window.cards_panel.live, Qt.Key_Q)
    assert session.activity is Activity.CARDS


def test_closing_the_app_closes_the_share(qtbot, window):
    address = start_share_by_keys(qtbot, window)
    port = int(address.split(":")[2].split("/")[0])
    assert not closed(port)
    window.close()
    assert closed(port)


def test_closing_the_session_closes_the_share(qtbot, window):
    address = start_share_by_keys(qtbot, window)
    window.close_session()
    assert closed(int(address.split(":")[2].split("/")[0]))


def test_q_without_any_address_says_where_to_set_one(qtbot, window):
    session = window.controller.session
    session.details = replace(session.details, follow_up_url="")
    qtbot.keyClick(window.cards_panel.live, Qt.Key_Q)
    assert session.activity is Activity.CARDS
    assert "Ctrl+D" in window.statusBar().currentMessage()


def test_q_shows_the_follow_up_address_without_a_share(qtbot, window, tmp_path):
    qtbot.keyClick(window.cards_panel.live, Qt.Key_Q)
    assert window.controller.session.activity is Activity.SUMMARY
    view = window.projector.audience.view
    assert view.link == FOLLOW_UP and not view.room_share
    assert wall_codes(window, tmp_path) == [FOLLOW_UP]
    assert window.tabs.currentWidget() is window.cards_panel  # the facilitator stays put


@pytest.mark.parametrize("title", ["Three cards", "A long day of learning together " * 8])
@pytest.mark.parametrize("size", [(1920, 1080), (1280, 720)])
def test_the_wall_code_and_address_fit_the_screen(qtbot, window, size, title):
    window.controller.session.details = replace(window.controller.session.details, title=title)

    window.controller.set_room_share("http://192.168.100.200:65535/" + "x" * 22 + "/")
    window.controller.toggle_summary()
    view = window.projector.audience.view
    canvas = QRectF(0, 0, *size)
    placed = layout_summary(view, canvas, size[1] / 1080)
    for item in placed:
        assert canvas.contains(item.rect), item.role
        width = QFontMetricsF(item.font).horizontalAdvance(item.text)
        assert item.role in ("qr", "title", "text", "muted") or width <= item.rect.width()
    code = next(p for p in placed if p.role == "qr")
    address = next(p for p in placed if p.role == "address")
    # Large enough to scan from the back row: over half the screen's height.
    assert code.rect.height() > size[1] * 0.5
    assert not code.rect.intersects(address.rect)
    for item in placed:
        if item.role not in ("qr", "address"):
            assert item.rect.bottom() <= address.rect.top(), item.text
            assert not item.rect.intersects(code.rect), item.text


def test_the_dialog_suggests_the_default_route_first_and_loopback_last(qtbot):
    choices = network_choices()
    assert choices[-1][1].startswith("127.") or len(choices) == 1
    dialog = ShareDialog()
    qtbot.addWidget(dialog)
    assert dialog.network.currentData() == choices[0][1]
    assert dialog.choices()[1:] == ("absentee", True)
    dialog.network.setCurrentIndex(dialog.network.findData("127.0.0.1"))
    assert "Phones cannot reach this address" in dialog.warning.text()
    if len(choices) > 1:
        dialog.network.setCurrentIndex(0)
        assert dialog.warning.text() == ""


def test_the_closing_activity_shows_the_summary_code(qtbot, window, tmp_path):
    from workshop.core import agenda as ag
    from workshop.core.agenda import Agenda, Item, Kind

    plan = ag.add_item(Agenda(), Item(0, Kind.CLOSING, "Closing", 10))
    window.controller.set_agenda(plan)
    qtbot.keyClick(window.cards_panel.live, Qt.Key_N)
    assert window.controller.session.activity is Activity.SUMMARY
    assert wall_codes(window, tmp_path) == [FOLLOW_UP]


def page_of(address: str) -> str:
    with urllib.request.urlopen(address, timeout=10) as answer:
        return answer.read().decode("utf-8")


def test_update_shares_the_session_as_it_is_now_at_the_same_address(qtbot, window):
    from workshop.core.commands import EditSessionDetails

    session = window.controller.session
    address = start_share_by_keys(qtbot, window)
    assert "Agreed after the break" not in page_of(address)
    details = session.details
    window.controller.run(
        EditSessionDetails(replace(details, introduction="Agreed after the break"))
    )
    assert window.update_share_action.isEnabled()  # the keyboard's way: Session > Update
    with qtbot.waitSignal(window.share_control.updated, timeout=30000):
        qtbot.mouseClick(window.share_bar.update_button, Qt.LeftButton)
    assert window.share_control.address == address
    assert "Agreed after the break" in page_of(address)
    assert "summary as of" in window.share_bar.status.text()
    qtbot.waitUntil(lambda: "page opened: 2" in window.share_bar.counts.text())


def test_the_participants_edition_names_them_and_ctrl_shift_s_stops(qtbot, window):
    from workshop.core.commands import EditSessionDetails
    from workshop.core.details import Participant

    details = window.controller.session.details
    people = (Participant("Anna Vos", "Buurtkracht"),)
    window.controller.run(EditSessionDetails(replace(details, participants=people)))
    address = start_share_by_keys(qtbot, window, "participants")
    assert "Anna Vos (Buurtkracht)" in page_of(address)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key_S, Qt.ControlModifier | Qt.ShiftModifier)
    assert closed(int(address.split(":")[2].split("/")[0]))
    assert not window.share_bar.isVisible()
    assert not window.update_share_action.isEnabled()


def test_a_long_follow_up_address_is_written_on_one_line_and_scans_whole(qtbot, window, tmp_path):
    long_link = "https://example.org/" + "a-very-long-path/" * 10
    window.controller.session.details = replace(
        window.controller.session.details, follow_up_url=long_link
    )
    window.controller.toggle_summary()
    view = window.projector.audience.view
    canvas = QRectF(0, 0, 1920, 1080)
    address = next(p for p in layout_summary(view, canvas, 1.0) if p.role == "address")
    assert "…" in address.text
    assert QFontMetricsF(address.font).horizontalAdvance(address.text) <= address.rect.width()
    assert wall_codes(window, tmp_path) == [long_link]
