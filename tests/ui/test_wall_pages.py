"""The results' pages turn by the clicker, through the wall: the projector and every mirror
show the same page, the wall strip names it, and nothing turns by itself."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtTest import QTest

from workshop.core.audience import ViewMode
from workshop.core.session import ResultStyle
from workshop.ui.widgets.audience_widget import AudienceWidget

LONG_REASON = (
    "We tried the other way last year and it stalled within a month: nobody owned the "
    "replies, members stopped asking, and the volunteers who did answer burnt out by spring."
)


def _press(window, *keys: Qt.Key) -> None:
    for key in keys:
        QTest.keyClick(window.projector, key)


def _mirrors(window) -> list[AudienceWidget]:
    return [window.projector.audience, window.session_view.strip.mirror, window.cards_panel.live]


def _results_of_13(window) -> None:
    """Thirteen groups' long reasons, side by side: more than one page on a 1080p wall."""
    controller = window.controller
    window.session_view.set_projector_size(QSize(1920, 1080))
    for group in range(1, 14):
        assert controller.record_choice(group, "AB"[group % 2], LONG_REASON)
    if controller.session.result_style is not ResultStyle.SIDE_BY_SIDE:
        controller.toggle_result_style()
    window.cards_panel.take_keys()
    _press(window, Qt.Key_R)
    assert window.wall.state.view.mode is ViewMode.RESULTS


def test_the_clicker_turns_the_results_pages_on_the_projector_and_every_mirror(qtbot, window):
    _results_of_13(window)
    wall, strip = window.wall, window.session_view.strip
    pages = wall.state.pages
    assert pages > 1, "13 long reasons need more than one page"
    assert f"page 1 of {pages}." in strip.text.text()
    position = window.controller.session.position
    for page in range(1, pages):
        _press(window, Qt.Key_PageDown if page % 2 else Qt.Key_Right)
        assert wall.state.page == page
        assert [m.result_page for m in _mirrors(window)] == [page] * 3
        assert f"page {page + 1} of {pages}." in strip.text.text()
        assert window.controller.session.position == position, "the cards stay put"
        assert window.controller.session.results_shown
    _press(window, Qt.Key_PageUp)
    assert wall.state.page == pages - 2
    assert [m.result_page for m in _mirrors(window)] == [pages - 2] * 3
    for _ in range(pages):
        _press(window, Qt.Key_Left)
    assert wall.state.page == 0
    # Back from the first page goes back as before: the results give way to the card.
    assert wall.state.view.mode is not ViewMode.RESULTS or not (
        window.controller.session.results_shown
    )


def test_after_the_last_page_the_clicker_moves_on_as_before(qtbot, window):
    _results_of_13(window)
    wall = window.wall
    for _ in range(wall.state.pages - 1):
        _press(window, Qt.Key_PageDown)
    assert wall.state.page == wall.state.pages - 1
    before = window.controller.session.position
    _press(window, Qt.Key_PageDown)
    session = window.controller.session
    assert (session.position, session.results_shown) != (before, True), "the cards move on"


def test_the_pages_do_not_turn_by_themselves(qtbot, window):
    _results_of_13(window)
    audience = window.projector.audience
    assert not hasattr(audience, "pager"), "no timer turns the pages"
    qtbot.wait(300)
    assert audience.result_page == 0 and window.wall.state.page == 0


def test_a_new_choice_or_a_blank_keeps_the_page_the_room_reads(qtbot, window):
    _results_of_13(window)
    wall = window.wall
    _press(window, Qt.Key_PageDown)
    assert wall.state.page == 1
    window.controller.record_choice(3, "A", "changed our minds")
    assert wall.state.page == 1
    _press(window, Qt.Key_B)
    assert wall.state.view.mode is ViewMode.BLANK
    _press(window, Qt.Key_B)
    assert wall.state.view.mode is ViewMode.RESULTS and wall.state.page == 1
    assert window.projector.audience.result_page == 1
    # Results brought up again start on their first page.
    _press(window, Qt.Key_R, Qt.Key_R)
    assert wall.state.page == 0


def test_another_projector_size_keeps_the_page_within_the_pages(qtbot, window):
    _results_of_13(window)
    wall = window.wall
    for _ in range(wall.state.pages - 1):
        _press(window, Qt.Key_PageDown)
    window.session_view.set_projector_size(QSize(3840, 2160))
    assert 0 <= wall.state.page < wall.state.pages
    assert window.projector.audience.result_page == wall.state.page
