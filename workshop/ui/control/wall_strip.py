"""WallStrip: what is on the wall, in a line and a small mirror, above every tab."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from workshop.core.audience import ViewMode
from workshop.core.session import Blank
from workshop.ui.wall import Wall, WallState
from workshop.ui.widgets.audience_widget import AudienceWidget

MIRROR_SIZE = QSize(176, 99)
# A blank wall must be impossible to miss from any tab: the strip turns amber.
WARNING_STYLE = "background: #f5c211; color: black; font-weight: bold;"


class WallStrip(QWidget):
    """The wall's state from any tab: a small live mirror and what it shows, in words."""

    def __init__(self, wall: Wall, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.wall = wall
        # Without this a plain QWidget ignores its style sheet's background.
        self.setAttribute(Qt.WA_StyledBackground, True)
        self.setAccessibleName(self.tr("On the wall"))
        self.mirror = AudienceWidget(self, mirror=True)
        self.mirror.setFixedSize(MIRROR_SIZE)
        self.mirror.setAccessibleName(self.tr("The wall, small"))
        self.mirror.setFocusPolicy(Qt.NoFocus)
        self.text = QLabel(self)
        self.text.setTextFormat(Qt.PlainText)
        self.text.setWordWrap(True)
        self.text.setAccessibleName(self.tr("What the room sees now"))
        font = self.text.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.text.setFont(font)
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 4, 6, 4)
        row.addWidget(self.mirror)
        row.addWidget(self.text, 1)
        wall.shown.connect(self.show_state)
        self.show_state(wall.state)

    def show_state(self, state: WallState) -> None:
        """Mirror the wall and say what is on it; amber while it is blank."""
        self.mirror.show_state(state)
        self.text.setText(self.describe(state))
        blank = state.view.mode is ViewMode.BLANK
        self.setStyleSheet(WARNING_STYLE if blank else "")
        self.text.setAccessibleDescription(self.text.text())

    def set_projector_size(self, size: QSize) -> None:
        """Draw the mirror at the projector's proportions."""
        self.mirror.set_logical_size(size)

    def describe(self, state: WallState) -> str:
        """The wall's state in a sentence, with the timer when it runs."""
        view = state.view
        mode = view.mode
        if mode is ViewMode.BLANK:
            if view.blank is Blank.WHITE:
                return self.tr("The wall is WHITE: the room sees nothing. W shows it again.")
            return self.tr("The wall is BLACK: the room sees nothing. B shows it again.")
        if mode is ViewMode.CARD:
            text = self.tr("On the wall: card {0} of {1}, “{2}”, step {3}.").format(
                view.card_number, view.card_count, view.title, int(view.step) + 1
            )
        elif mode is ViewMode.RESULTS and state.pages > 1:
            text = self.tr("On the wall: the results of “{0}”, page {1} of {2}.").format(
                view.title, state.page + 1, state.pages
            )
        elif mode is ViewMode.RESULTS:
            text = self.tr("On the wall: the results of “{0}”.").format(view.title)
        elif mode is ViewMode.BOARD:
            text = self.tr("On the wall: the tips board, page {0} of {1}.").format(
                min(view.page, self.wall.board_pages() - 1) + 1, self.wall.board_pages()
            )
        elif mode is ViewMode.GROUPS:
            text = self.tr("On the wall: the groups.")
        elif mode is ViewMode.EXERCISE:
            text = self.tr("On the wall: the exercise “{0}”.").format(view.title)
        elif mode is ViewMode.SCALE:
            text = self.tr("On the wall: the groups on the scale of “{0}”.").format(view.title)
        elif mode is ViewMode.AGENDA:
            text = self.tr("On the wall: the agenda.")
        elif mode is ViewMode.SHOWCASE:
            text = self.tr("On the wall: presenter {0} of {1}, “{2}”.").format(
                view.card_number, view.card_count, view.title
            )
        elif mode is ViewMode.SUMMARY:
            text = self.tr("On the wall: the summary's QR code.")
        else:
            text = self.tr("On the wall: the title, “{0}”.").format(view.title)
        if state.timer:
            text += " " + self.tr("Timer {0}.").format(state.timer)
        return text
