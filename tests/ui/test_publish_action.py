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
    qtbot.waitUntil(lambda: FOLLOW_UP in window.cards_panel.status.text(), timeout=5000)
