"""Session > Publish…: the same folder as `session publish`, written without freezing the room."""

from __future__ import annotations

from tests.conftest import FOLLOW_UP


def test_session_publish_writes_the_folder_and_says_where_to_upload_it(qtbot, window, tmp_path):
    titles = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    assert "&Publish…" in titles and window.publish_action.isEnabled()
    job = window.exports.publish(tmp_path)
    with qtbot.waitSignal(job.succeeded, timeout=30000):
        pass
    folder = tmp_path / "Three cards"
    assert sorted(p.name for p in folder.iterdir()) == ["README.txt", "index.html", "summary.pdf"]
    assert f"Upload this folder to {FOLLOW_UP}" in (folder / "README.txt").read_text()
    qtbot.waitUntil(lambda: FOLLOW_UP in window.statusBar().currentMessage(), timeout=5000)


def test_an_event_report_from_sessions_of_the_library(qtbot, window, tmp_path, starter_deck):
    from PySide6.QtCore import Qt

    from tests.export.pdfs import outline_titles
    from workshop.core.session import start_session
    from workshop.ui.control.event_report_dialog import EventReportDialog

    for title in ("Room B", "Room C"):
        window.library.sessions.create(start_session(starter_deck, title, "2026-11-29"))
    summaries = window.library.sessions.summaries()
    dialog = EventReportDialog(summaries, tmp_path)
    qtbot.addWidget(dialog)
    for row in range(dialog.sessions.count()):
        if dialog.sessions.item(row).text().endswith(("Room B", "Three cards")):
            dialog.sessions.item(row).setCheckState(Qt.Checked)
    dialog.title.setText("Two rooms")
    ids, title, follow_up, edition, target = dialog.choices()
    assert len(ids) == 2 and title == "Two rooms" and edition == "absentee"
    assert target == tmp_path / "event report.pdf"
    assert window.exports.write_event_report([], title, "", edition, target) is None
    assert "Tick the sessions" in window.statusBar().currentMessage()
    job = window.exports.write_event_report(ids, title, FOLLOW_UP, edition, target)
    with qtbot.waitSignal(job.succeeded, timeout=30000):
        pass
    chapters = [t for t in outline_titles(target) if t.endswith(("Room B", "Three cards"))]
    assert len(chapters) == 2 and "Room C" not in " ".join(outline_titles(target))


def test_saved_is_said_under_the_tab_in_view(qtbot, window, tmp_path):
    window.show_board()
    job = window.exports.publish(tmp_path)
    with qtbot.waitSignal(job.succeeded, timeout=30000):
        pass
    # "Saved …" where the facilitator looks, under the board they are on (it went to the
    # Cards tab's own line, unseen from any other tab).
    qtbot.waitUntil(lambda: FOLLOW_UP in window.statusBar().currentMessage(), timeout=5000)
    assert window.tabs.currentWidget() is window.board_panel
    assert FOLLOW_UP not in window.cards_panel.status.text()
