"""The tips board in the app: typed as fast as said, sorted by keys, on the wall, never lost."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QApplication, QLineEdit

from workshop.core import board_edits as edits
from workshop.core.activity import Activity
from workshop.core.audience import board_view
from workshop.core.demo import play_board
from workshop.core.details import SessionDetails
from workshop.core.session import Session
from workshop.store.library import open_library
from workshop.ui.widgets.board_paint import BOARD_FLOOR_PX, layout_board
from workshop.ui.widgets.theme import load_fonts


def test_thirty_tips_typed_moved_merged_voted_undone_and_stored(qtbot, window, tmp_path):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.cards_panel.live, Qt.Key_2, Qt.ControlModifier)
    panel = window.board_panel
    assert window.controller.session.activity is Activity.BOARD
    assert panel.tip.hasFocus()
    for n in range(27):
        if n == 10:
            qtbot.keyClick(panel.tip, Qt.Key_2, Qt.AltModifier)  # the second column
        qtbot.keyClicks(panel.tip, f"tip number {n} AT&T <b>")
        qtbot.keyClick(panel.tip, Qt.Key_Return)
        assert panel.tip.text() == "" and panel.tip.hasFocus()
    for text in ("Zoë: Łódź first", "Ελληνικά", "кириллица"):  # keyClicks cannot type these
        panel.tip.setText(text)
        qtbot.keyClick(panel.tip, Qt.Key_Return)
    board = window.controller.session.board
    before, during, after = (c.id for c in board.live_columns())
    assert len(board.live_tips(before)) == 10 and len(board.live_tips(during)) == 20
    assert "tip number 3 AT&T <b>" in window.projector.audience.shown_text()

    first = panel.lists[before]
    first.setFocus()
    first.setCurrentRow(0)
    qtbot.keyClick(first, Qt.Key_Right, Qt.ControlModifier)  # to the next column
    assert [t.text for t in board.live_tips(during)][-1] == "tip number 0 AT&T <b>"
    first.setCurrentRow(0)
    qtbot.keyClick(first, Qt.Key_Plus)
    qtbot.keyClick(first, Qt.Key_Plus)
    assert board.live_tips(before)[0].votes == 2

    first.setFocus()  # Ctrl+clicking there puts the keys in that column
    first.clearSelection()
    first.item(1).setSelected(True)
    first.item(2).setSelected(True)

    def name_cluster() -> None:
        dialog = QApplication.activeModalWidget()
        qtbot.keyClicks(dialog.findChild(QLineEdit), "Start small")
        qtbot.keyClick(dialog, Qt.Key_Return)

    QTimer.singleShot(0, name_cluster)
    qtbot.keyClick(first, Qt.Key_M, Qt.ControlModifier)
    clusters = [c for c in board.clusters.values() if not c.deleted]
    assert [c.title for c in clusters] == ["Start small"]
    assert "Start small" in window.projector.audience.shown_text()

    stack = window.controller.undo_stack
    stack.undo()  # the merge
    assert not [c for c in board.clusters.values() if not c.deleted]
    stack.undo()  # a vote
    assert board.live_tips(before)[0].votes == 1
    stack.redo()
    stack.redo()

    stored = open_library(tmp_path / "lib.sqlite", install_starters=False)
    again = stored.sessions.load(window.controller.session.id)
    stored.close()
    assert again.board == board
    assert again.activity is Activity.BOARD
    texts = {t.text for t in again.board.tips.values()}
    assert {"Zoë: Łódź first", "Ελληνικά", "кириллица", "tip number 26 AT&T <b>"} <= texts


def test_a_board_of_250_tips_fits_above_the_floor_and_pages_lose_nothing(qapp):
    load_fonts()
    session = Session(SessionDetails("t"))
    play_board(session, lambda command: command.apply(session), 250)
    for size in (QSize(1920, 1080), QSize(1280, 720)):
        canvas = QRectF(0, 0, size.width(), size.height())
        scale = size.height() / 1080
        view = board_view(session)
        first = layout_board(view, canvas, scale)
        assert first.body_px >= BOARD_FLOOR_PX * scale - 0.5
        seen: list[str] = []
        for page in range(first.pages):
            layout = layout_board(type(view)(**{**vars(view), "page": page}), canvas, scale)
            for placed in layout.placed:
                assert canvas.contains(placed.rect), f"{placed.text!r} runs off the screen"
                needed = QFontMetricsF(placed.font).boundingRect(
                    QRectF(0, 0, placed.rect.width(), 1e6), int(Qt.TextWordWrap), placed.text
                )
                assert needed.height() <= placed.rect.height() + 1, placed.text
                if placed.role == "tip":
                    seen.append(placed.item.text)
        shown = [t.text for t in session.board.tips.values() if not t.hidden and not t.deleted]
        assert sorted(seen) == sorted(shown), "every tip is on one page, once"


def test_a_small_board_uses_large_text_on_one_page(qapp):
    load_fonts()
    session = Session(SessionDetails("t"))
    play_board(session, lambda command: command.apply(session), 12)
    layout = layout_board(board_view(session), QRectF(0, 0, 1920, 1080), 1.0)
    assert layout.pages == 1 and layout.body_px == 48


def test_tips_are_brought_in_from_an_earlier_session_and_marked(qtbot, window, starter_deck):
    from workshop.core.session import start_session

    library = window.library
    earlier = start_session(starter_deck, "Masterclass 2025", "2025-11-20")
    play_board(earlier, lambda command: command.apply(earlier), 8)
    library.sessions.create(earlier)  # stored whole, board included
    window.show_board()
    panel = window.board_panel
    assert panel.bring_in_from(earlier.id)
    board = window.controller.session.board
    brought = [t for t in board.tips.values() if t.source]
    assert len(brought) == 8 and {t.source for t in brought} == {"Masterclass 2025 2025-11-20"}
    assert [c.title for c in board.live_columns()][:2] == ["Before", "Launch"]
    assert "↩" in panel.lists[board.live_columns()[0].id].item(0).text()
    window.controller.undo_stack.undo()
    assert not [t for t in board.tips.values() if t.source]


def test_hide_highlight_delete_restore_and_sort_by_keys(qtbot, window):
    window.show_board()
    panel = window.board_panel
    panel.default_columns()
    for text in ("quiet tip", "loud tip", "gone tip"):
        panel.tip.setText(text)
        qtbot.keyClick(panel.tip, Qt.Key_Return)
    board = window.controller.session.board
    column = board.live_columns()[0].id
    tips = panel.lists[column]
    wall = window.projector.audience.shown_text
    tips.setFocus()
    tips.setCurrentRow(0)
    qtbot.keyClick(tips, Qt.Key_H)
    assert "quiet tip" not in wall() and "⊘" in tips.item(0).text()
    tips.setCurrentRow(1)
    qtbot.keyClick(tips, Qt.Key_Asterisk)
    qtbot.keyClick(tips, Qt.Key_Plus)
    assert "+1  ★ loud tip" in wall()
    tips.setCurrentRow(2)
    qtbot.keyClick(tips, Qt.Key_Delete)
    assert "gone tip" not in wall() and [t.text for t in board.deleted_tips()] == ["gone tip"]
    gone = board.deleted_tips()[0].id
    panel._run(lambda: edits.restore_tip(board, gone))
    assert "gone tip" in wall()
    panel.lists[column].setFocus()
    panel.toggle_sort()
    assert [t.text for t in board.live_tips(column)][0] == "loud tip"
    assert wall().index("loud tip") < wall().index("gone tip")


def test_a_prompt_card_brings_its_question_and_columns(qtbot, window):
    window.show_board()
    panel = window.board_panel
    prompts = {c.title: c for c in panel.prompt_cards()}
    assert sorted(prompts) == ["Tips and tricks", "Tips en trucs"]  # both starter languages
    panel.from_prompt(prompts["Tips and tricks"])
    board = window.controller.session.board
    assert board.question.startswith("What helps an online community")
    assert [c.title for c in board.live_columns()] == ["Before", "During", "After"]
    assert "What helps an online community" in window.projector.audience.shown_text()
    window.controller.undo_stack.undo()  # one step takes back question and columns
    assert board.question == "" and board.live_columns() == []
