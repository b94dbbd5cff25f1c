"""Phones in the room, in the app: Ctrl+I opens input, entries reach the session only on the
GUI thread through the controller, the queue is moderated by keys, the wall shows the code."""

from __future__ import annotations

import html
import re
import sqlite3
import subprocess
import threading
from urllib.parse import urlencode

from PySide6.QtCore import Qt

from tests.share.client import get, raw_request
from tests.ui.test_room_share import wall_codes
from workshop.core.activity import Activity
from workshop.core.phones import Status
from workshop.core.session import RevealStep
from workshop.store.phone_rows import PhoneEntries

XSS = "<b>bold</b><script>alert(1)</script>"


def start_share(qtbot, window) -> tuple[int, str]:
    with qtbot.waitSignal(window.share_control.started, timeout=30000) as started:
        window.share_control.start(window.controller.session, "127.0.0.1", "absentee", "a4",
                                   window)  # fmt: skip
    address = started.args[0]
    window.controller.set_room_share(address)
    port = int(address.split(":")[2].split("/")[0])
    return port, address.split("/")[3]


def form_of(port: int, token: str) -> str:
    status, _, body = get(port, f"/{token}/")
    form = re.search(rb'name="form" value="([0-9a-f]+)"', body)
    assert status == 200 and form, body
    return form.group(1).decode()


def post_in_thread(
    port: int, token: str, fields: dict[str, str], source: str, form: str = ""
) -> list:
    """A phone posts from its own thread (the answer waits for the GUI thread's commit)."""
    answers: list = []

    def phone() -> None:
        data = urlencode({"form": form or form_of(port, token), **fields}).encode()
        request = (
            f"POST /{token}/send HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
            "Content-Type: application/x-www-form-urlencoded\r\n"
            f"Content-Length: {len(data)}\r\n\r\n"
        ).encode() + data
        answers.append(raw_request(port, request, source, timeout=20))

    answers.append(None)  # [0]: a place holder, so the answer is always answers[1]
    threading.Thread(target=phone, daemon=True).start()
    return answers


def done(answers: list) -> bool:
    return len(answers) == 2


def test_tips_from_phones_wait_in_the_queue_and_enter_shows_them(qtbot, window, tmp_path) -> None:
    controller = window.controller
    port, token = start_share(qtbot, window)
    controller.show(Activity.BOARD)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key_I, Qt.ControlModifier)
    assert window.statusBar().currentMessage() == ""
    desk = window.phones.desk
    assert desk.is_open and window.phone_action.isChecked()
    view = window.projector.audience.view
    assert view.phone_prompt == "Send your tip" and view.phone_link.endswith(f"/{token}/")
    assert window.phones.view.isVisible()
    # The corner code scans to the address phones open.
    assert wall_codes(window, tmp_path) == [view.phone_link]

    answers = post_in_thread(port, token, {"text": XSS}, "127.0.0.21")
    qtbot.waitUntil(lambda: done(answers), timeout=20000)
    status, _, body = answers[1]
    assert status == 200 and b"after a look" in body
    # The phone's page looks again by itself (no script) until the facilitator decides.
    later = re.search(rb'http-equiv="refresh" content="5;url=(sent\?k=[\w-]+)"', body)
    assert later, body
    sent = f"/{token}/{later.group(1).decode()}"
    assert b"after a look" in get(port, sent)[2]
    assert window.phones.view.list.count() == 1
    assert controller.session.board.tips == {}  # nothing unapproved reaches the wall
    qtbot.keyClick(window.phones.view.list, Qt.Key_Return)
    status, _, body = get(port, sent)
    assert status == 200 and b"on the wall now" in body and b"refresh" not in body
    assert get(port, f"/{token}/sent?k=guessed")[0] == 404
    tips = list(controller.session.board.tips.values())
    assert [t.text for t in tips] == [XSS]
    # On the wall as plain text, every character as sent.
    assert XSS in window.projector.audience.view.plain_text()
    # And in the summary PDF, as the same plain text.
    from workshop.export.summary import write_summary

    pdf = tmp_path / "summary.pdf"
    write_summary(controller.session, pdf)
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout  # fmt: skip
    assert "<script>alert(1)</script>" in text.replace("\n", "")
    # The same command as typing: Ctrl+Z takes it back.
    controller.undo_stack.undo()
    assert [t for t in controller.session.board.tips.values() if not t.deleted] == []
    library = controller.library
    entries = PhoneEntries(library.db).of_session(controller.session.id)
    assert [e.status for e in entries] == [Status.APPROVED]
    assert "1 received" in window.phones.view.counts.text()

    # A second tip is rejected with Delete: it never reaches the board.
    answers = post_in_thread(port, token, {"text": "no"}, "127.0.0.22")
    qtbot.waitUntil(lambda: done(answers), timeout=20000)
    qtbot.keyClick(window.phones.view.list, Qt.Key_Delete)
    assert window.phones.view.list.count() == 0
    later = re.search(rb"url=(sent\?k=[\w-]+)", answers[1][2])
    assert (
        later and b"did not put this one up" in get(port, f"/{token}/{later.group(1).decode()}")[2]
    )
    assert all(t.text != "no" for t in controller.session.board.tips.values())

    # Another activity on the wall closes input: phones are refused, the code goes away.
    old_page = form_of(port, token)
    controller.show(Activity.CARDS)
    assert not desk.is_open and not window.phone_action.isChecked()
    assert window.projector.audience.view.phone_prompt == ""
    answers = post_in_thread(port, token, {"text": "late"}, "127.0.0.23", old_page)
    qtbot.waitUntil(lambda: done(answers), timeout=20000)
    assert answers[1][0] == 403


def test_a_choice_straight_to_the_wall_is_recorded_at_once(qtbot, window) -> None:
    controller = window.controller
    port, token = start_share(qtbot, window)
    window.phone_wall_action.setChecked(True)
    window.phone_action.trigger()
    assert window.phones.desk.is_open
    answers = post_in_thread(
        port, token, {"group": "2", "option": "A", "text": "we agreed"}, "127.0.0.31"
    )
    qtbot.waitUntil(lambda: done(answers), timeout=20000)
    status, _, body = answers[1]
    assert status == 200 and b"on the wall" in body
    assert controller.session.choices[(0, 2)].reason == "we agreed"
    saved = controller.library.sessions.load(controller.session.id)
    assert saved.choices[(0, 2)].option == "A"  # committed before the phone was answered


def test_input_cannot_open_without_a_room_share(qtbot, window) -> None:
    window.phone_action.trigger()
    assert not window.phones.desk.is_open
    assert "share in the room first" in window.statusBar().currentMessage()


def test_closing_the_session_ends_input_and_lets_its_queue_go(qtbot, window) -> None:
    controller = window.controller
    port, token = start_share(qtbot, window)
    window.phone_action.trigger()
    answers = post_in_thread(port, token, {"group": "1", "option": "A"}, "127.0.0.41")
    qtbot.waitUntil(lambda: done(answers), timeout=20000)
    assert window.phones.view.list.count() == 1
    window.close_session()
    desk = window.phones.desk
    assert not desk.is_open and desk.queue == [] and not window.phones.view.isVisible()
    assert not desk.approve(0)  # nothing of the closed session can be applied any more
    # The entry still waits in the library, for the command line or the next opening.
    waiting = PhoneEntries(controller.library.db).of_session(controller.session.id, Status.QUEUED)
    assert len(waiting) == 1


class CommitFails:
    """The library's connection, except that COMMIT fails, as a full or failing disk makes it."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def __getattr__(self, name: str) -> object:
        return getattr(self._conn, name)

    def execute(self, sql: str, *args: object) -> sqlite3.Cursor:
        if sql.strip().upper() == "COMMIT":
            raise sqlite3.OperationalError("disk I/O error")
        return self._conn.execute(sql, *args)


def test_an_approval_whose_commit_fails_changes_nothing_and_can_be_tried_again(
    qtbot, window, monkeypatch
) -> None:
    controller = window.controller
    library = controller.library
    port, token = start_share(qtbot, window)
    controller.show(Activity.BOARD)
    assert window.phones.desk.open()
    answers = post_in_thread(port, token, {"text": "keep it short"}, "127.0.0.51")
    qtbot.waitUntil(lambda: done(answers), timeout=20000)
    sent = f"/{token}/" + re.search(rb"url=(sent\?k=[\w-]+)", answers[1][2]).group(1).decode()
    desk = window.phones.desk
    waiting = list(desk.queue)
    undo_steps = controller.undo_stack.count()
    wall = window.projector.audience.view

    monkeypatch.setattr(library.db, "conn", CommitFails(library.db.conn))
    qtbot.keyClick(window.phones.view.list, Qt.Key_Return)
    # Nothing ran ahead of the library: not the session, not the undo stack, not the wall.
    assert controller.session.board.tips == {}
    assert controller.undo_stack.count() == undo_steps
    assert window.projector.audience.view == wall
    assert desk.queue == waiting and window.phones.view.list.count() == 1
    assert "Could not save (disk I/O error)" in window.statusBar().currentMessage()
    # The phone still sees its entry waiting: it is still in the queue, not shown.
    assert b"after a look" in get(port, sent)[2]
    monkeypatch.undo()
    assert library.sessions.load(controller.session.id).board.tips == {}
    rows = PhoneEntries(library.db).of_session(controller.session.id)
    assert [e.status for e in rows] == [Status.QUEUED]

    # Tried again with a working disk: applied once, one undo step, shown.
    qtbot.keyClick(window.phones.view.list, Qt.Key_Return)
    assert [t.text for t in controller.session.board.tips.values()] == ["keep it short"]
    assert controller.undo_stack.count() == undo_steps + 1
    assert desk.queue == [] and b"on the wall now" in get(port, sent)[2]
    saved = library.sessions.load(controller.session.id)
    assert [t.text for t in saved.board.tips.values()] == ["keep it short"]


def test_a_choice_straight_to_the_wall_whose_commit_fails_tells_the_phone(
    qtbot, window, monkeypatch
) -> None:
    controller = window.controller
    library = controller.library
    port, token = start_share(qtbot, window)
    window.phone_wall_action.setChecked(True)
    assert window.phones.desk.open()
    form = form_of(port, token)
    undo_steps = controller.undo_stack.count()
    monkeypatch.setattr(library.db, "conn", CommitFails(library.db.conn))
    answers = post_in_thread(port, token, {"group": "2", "option": "A"}, "127.0.0.52", form)
    qtbot.waitUntil(lambda: done(answers), timeout=20000)
    status, _, body = answers[1]
    assert status == 503 and b"Not saved" in body, body
    assert controller.session.choices == {}
    assert controller.undo_stack.count() == undo_steps
    assert "Could not save" in window.statusBar().currentMessage()
    monkeypatch.undo()
    assert library.sessions.load(controller.session.id).choices == {}
    assert PhoneEntries(library.db).of_session(controller.session.id) == []
    # The phone may send it again (the failed one did not count against its cap).
    answers = post_in_thread(port, token, {"group": "2", "option": "A"}, "127.0.0.52", form)
    qtbot.waitUntil(lambda: done(answers), timeout=20000)
    assert answers[1][0] == 200
    assert library.sessions.load(controller.session.id).choices[(0, 2)].option == "A"


def test_the_choice_form_shows_the_options_only_once_the_wall_does(qtbot, window) -> None:
    controller = window.controller
    port, token = start_share(qtbot, window)
    card = controller.session.rounds[0]
    assert controller.session.position.step == RevealStep.SITUATION
    assert window.phones.desk.open()
    form = form_of(port, token)
    page = get(port, f"/{token}/")[2].decode()
    # Letters to choose from, but not a word of the options the room has not seen.
    assert 'value="A"' in page and "The options come on the wall" in page
    assert not any(html.escape(text) in page for _, text in card.lettered_options())
    controller.forward()  # the wall reveals the options
    assert window.projector.audience.view.options
    page = get(port, f"/{token}/")[2].decode()
    assert all(html.escape(text) in page for _, text in card.lettered_options())
    assert "The options come on the wall" not in page
    # A page loaded before the reveal still sends (the same window, the same form token).
    answers = post_in_thread(port, token, {"group": "1", "option": "B"}, "127.0.0.61", form)
    qtbot.waitUntil(lambda: done(answers), timeout=20000)
    assert answers[1][0] == 200 and window.phones.view.list.count() == 1
    controller.back()  # hidden again on the wall: hidden again on the form
    page = get(port, f"/{token}/")[2].decode()
    assert not any(html.escape(text) in page for _, text in card.lettered_options())
