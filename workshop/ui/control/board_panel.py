"""BoardPanel: the tips board in the control window: a line always ready, and the columns."""

from __future__ import annotations

from bisect import bisect_left

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QRect, Qt, Signal
from PySide6.QtGui import QDropEvent, QKeyEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from workshop.core import board_edits as edits
from workshop.core.board import Board, Tip, order_key
from workshop.core.cards import CardKind
from workshop.core.commands import Change
from workshop.core.errors import WorkshopError
from workshop.ui.control.tab_look import frame, heading
from workshop.ui.controller import SessionController
from workshop.ui.messages import user_message
from workshop.ui.translations import shown_date, ui_language
from workshop.ui.widgets.session_line import SessionLine

TIP_ID = Qt.UserRole


def tip_line(tip: Tip, board: Board) -> str:
    """A tip as the control window lists it, with every mark it carries."""
    marks = []
    if tip.votes:
        marks.append(f"+{tip.votes}")
    if tip.highlight:
        marks.append("★")
    if tip.hidden:
        marks.append("⊘")
    if tip.source:
        marks.append("↩")
    cluster = f"[{board.clusters[tip.cluster].title}] " if tip.cluster else ""
    group = f" (G{tip.group})" if tip.group else ""
    author = f" — {tip.author}" if tip.author else ""
    return " ".join([*marks, f"{cluster}{tip.text}{group}{author}"])


class ColumnList(QListWidget):
    """One column's tips; a tip dropped here from another column moves here."""

    dropped = Signal(int, int)  # tip id, column id
    key_pressed = Signal(object, object)  # the list, the key event

    def __init__(self, column_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.column_id = column_id
        self.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.setDragDropMode(QAbstractItemView.DragDrop)
        self.setDefaultDropAction(Qt.MoveAction)
        self.setWordWrap(True)
        # The tips shown, row by row, and the line each shows: the next fill changes only
        # the rows that differ. `by_id` and `by_votes` let a fill that knows which tips were
        # written find their rows by bisection instead of comparing every row.
        self.rows: list[Tip] = []
        self.lines: list[str] = []
        self.by_id: dict[int, Tip] = {}
        self.by_votes: bool | None = None
        self.measured_at = -1  # the width all rows' sizes were last measured at

    def measure(self, item: QListWidgetItem) -> None:
        """Measure a row once, as the view would, and keep the size on it: the view lays out
        every row again after any insert, and reading thousands of sizes is quick where
        measuring thousands of texts was not (40 ms a tip at 2,000 tips a column)."""
        item.setData(Qt.SizeHintRole, None)  # measured afresh, not read back
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        # The view wraps a row's text at its own width (a valid rect is what turns wrapping on).
        option.rect = QRect(0, 0, max(1, self.viewport().width()), 1)
        item.setSizeHint(self.itemDelegate().sizeHint(option, self.indexFromItem(item)))

    def measure_all(self) -> None:
        """Every row again: the list's width, font or style changed."""
        for row in range(self.count()):
            self.measure(self.item(row))
        self.measured_at = self.viewport().width()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.viewport().width() != self.measured_at:
            self.measure_all()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.FontChange, QEvent.StyleChange):
            self.measure_all()

    def dropEvent(self, event: QDropEvent) -> None:
        source = event.source()
        if isinstance(source, ColumnList) and source is not self:
            for item in source.selectedItems():
                self.dropped.emit(item.data(TIP_ID), self.column_id)
        # The board is redrawn from the session; Qt's own move would show a copy meanwhile.
        event.ignore()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self.key_pressed.emit(self, event)
        if not event.isAccepted():
            super().keyPressEvent(event)


class BoardPanel(QWidget):
    """Capture tips as fast as they are said; sort, merge, vote and mark them by key."""

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.question = QLineEdit(self)
        self.question.setAccessibleName(self.tr("The board's question"))
        self.question.setPlaceholderText(self.tr("The question on the wall, e.g. What helps?"))
        self.question.editingFinished.connect(self._question_done)
        self.columns_row = QHBoxLayout()
        self.lists: dict[int, ColumnList] = {}
        self.shown_in: dict[int, int] = {}  # tip id -> the column list showing it
        self.column = QComboBox(self)
        self.column.setAccessibleName(self.tr("Column for the next tip (Alt+1 to Alt+9)"))
        self.group = QSpinBox(self)
        self.group.setRange(0, 99)
        self.group.setSpecialValueText(self.tr("no group"))
        self.group.setAccessibleName(self.tr("Group of the next tip"))
        self.author = QLineEdit(self)
        self.author.setAccessibleName(self.tr("Author of the next tip (optional)"))
        self.author.setPlaceholderText(self.tr("anonymous"))
        self.tip = SessionLine(self)
        self.tip.setAccessibleName(self.tr("Tip: type it and press Enter"))
        self.tip.setPlaceholderText(self.tr("Type a tip and press Enter"))
        self.tip.setMaxLength(edits.MAX_TIP)
        self.tip.returnPressed.connect(self.add_tip)
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.PlainText)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Last message"))
        buttons = QHBoxLayout()
        for text, slot in (
            (self.tr("Add co&lumn"), self.add_column),
            (self.tr("Re&name column"), self.rename_column),
            (self.tr("Remove col&umn"), self.remove_column),
            (self.tr("Sort b&y votes"), self.toggle_sort),
            (self.tr("&Merge (Ctrl+M)"), self.merge),
            (self.tr("Restore &deleted…"), self.restore),
            (self.tr("Bring &in tips…"), self.bring_in),
            (self.tr("From a &prompt card…"), self.from_prompt),
        ):
            button = QPushButton(text, self)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        capture = QHBoxLayout()
        for label_text, widget in (
            (self.tr("C&olumn"), self.column),
            (self.tr("&Group"), self.group),
            (self.tr("&Author"), self.author),
            (self.tr("&Tip"), self.tip),
        ):
            label = QLabel(label_text, self)
            label.setBuddy(widget)
            capture.addWidget(label)
            capture.addWidget(widget, 3 if widget is self.tip else 0)
        hint = QLabel(
            self.tr(
                "On a selected tip: + / − vote · * highlight · H hide from the wall · S out of "
                "its cluster · F2 edit · Delete · Ctrl+←/→ other column · Ctrl+↑/↓ order"
            ),
            self,
        )
        hint.setWordWrap(True)
        hint.setEnabled(False)
        layout = QVBoxLayout(self)
        frame(layout)
        layout.addWidget(heading(self.tr("Tips board"), self))
        layout.addWidget(self.question)
        layout.addLayout(self.columns_row, 1)
        layout.addLayout(buttons)
        layout.addWidget(hint)
        layout.addLayout(capture)
        layout.addWidget(self.status)
        for n in range(1, 10):
            shortcut = QShortcut(QKeySequence(f"Alt+{n}"), self)
            shortcut.activated.connect(lambda n=n: self._pick_column(n - 1))
        QShortcut(QKeySequence("Ctrl+M"), self).activated.connect(self.merge)
        controller.changed.connect(self.refresh)
        self.refresh(Change(wall=True, board=frozenset({("column", 0)})))

    @property
    def board(self) -> Board:
        return self.controller.session.board

    def _run(self, edit_maker) -> bool:
        return self.controller.attempt(edit_maker)

    def refresh(self, change: Change) -> None:
        """Redraw the columns whose rows changed (all of them: a board is small)."""
        if change.wall and not self.question.hasFocus():
            self.question.setText(self.board.question)
        if not (change.board or change.wall):
            return
        columns = self.board.live_columns()
        # Only tips written (no column, no cluster): their rows can be found by bisection.
        written: set[int] | None = {i for k, i in change.board if k == "tip"}
        if written is not None and len(written) != len(change.board):
            written = None
        if [c.id for c in columns] != list(self.lists) or change.wall:
            self._rebuild_columns()
            touched = {c.id for c in columns}
            written = None
        else:
            # Only the columns a changed tip is in now, or was shown in, are filled again.
            touched = {c.id for k, i in change.board if k == "column" for c in columns if c.id == i}
            for kind, row_id in change.board:
                tip = self.board.tips.get(row_id) if kind == "tip" else None
                if tip is not None:
                    touched.add(tip.column)
                if kind in ("tip", "cluster"):
                    touched.add(self.shown_in.get(row_id, -1))
                if kind == "cluster" and row_id in self.board.clusters:
                    touched.add(self.board.clusters[row_id].column)
        for column in columns:
            if column.id in touched:
                tips = self.lists[column.id]
                if written is None or not self._fill_written(tips, column.id, written):
                    self._fill(tips, column.id)

    def _rebuild_columns(self) -> None:
        chosen = self.column.currentData()
        # A column list that had focus comes back with it: focus left to the window would
        # turn the next letters typed into room keys.
        focused = next((c for c, tips in self.lists.items() if tips.hasFocus()), None)
        while self.columns_row.count():
            item = self.columns_row.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.lists.clear()
        self.column.clear()
        for n, column in enumerate(self.board.live_columns(), start=1):
            box = QWidget(self)
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(0, 0, 0, 0)
            header = QLabel(f"{n}. {column.title}" + (" ↓+" if column.by_votes else ""), box)
            tips = ColumnList(column.id, box)
            tips.setAccessibleName(self.tr("Column {0}: {1}").format(n, column.title))
            header.setBuddy(tips)
            tips.dropped.connect(
                lambda tip, col: self._run(lambda: edits.move_tip(self.board, tip, col))
            )
            tips.key_pressed.connect(self._list_key)
            box_layout.addWidget(header)
            box_layout.addWidget(tips)
            self.columns_row.addWidget(box, 1)
            self.lists[column.id] = tips
            self.column.addItem(f"{n}. {column.title}", column.id)
        if not self.lists:
            # An empty board says what to do next, at the top, instead of a lone button
            # floating in an empty band.
            empty = QWidget(self)
            column = QVBoxLayout(empty)
            column.setContentsMargins(0, 8, 0, 0)
            words = QLabel(
                self.tr(
                    "No columns yet. Start with Before, During and After, add your own "
                    "column, or take the question and columns from a prompt card."
                ),
                empty,
            )
            words.setWordWrap(True)
            start = QPushButton(self.tr("Start with the columns Before, During, After"), empty)
            start.clicked.connect(self.default_columns)
            column.addWidget(words)
            column.addWidget(start, 0, Qt.AlignLeft)
            column.addStretch(1)
            self.columns_row.addWidget(empty, 1)
        index = self.column.findData(chosen)
        self.column.setCurrentIndex(max(0, index))
        if focused is not None:
            self.lists.get(focused, self.tip).setFocus()

    def _fill_written(self, tips: ColumnList, column_id: int, written: set[int]) -> bool:
        """The common case: a few tips written (one typed, edited, voted, moved, deleted).
        Each one's old row is found by bisection and taken out, its new row put in where the
        column's order says; no other row is looked at. False when the column's order
        changed or the result is not the board's column (then `_fill` compares every row,
        from rows still in step with the list)."""
        board = self.board
        by_votes = board.columns[column_id].by_votes
        if tips.by_votes is not by_votes or len(written) > 8:
            return False
        key = order_key(by_votes)
        rows, lines = tips.rows, tips.lines
        current_item = tips.currentItem()
        current_id = current_item.data(TIP_ID) if current_item is not None else None
        selected, current = set(), None
        for tip_id in written:
            old = tips.by_id.get(tip_id)
            if old is None:
                continue
            row = bisect_left(rows, key(old), key=key)
            if row >= len(rows) or rows[row] is not old:
                return False
            item = tips.item(row)
            if item.isSelected():
                selected.add(tip_id)
            if tip_id == current_id:
                current = tip_id
            tips.takeItem(row)
            del rows[row], lines[row], tips.by_id[tip_id]
        for tip_id in sorted(written):
            tip = board.tips.get(tip_id)
            if tip is None or tip.column != column_id or tip.deleted:
                continue
            row = bisect_left(rows, key(tip), key=key)
            line = self._put(tips, row, tip)
            rows.insert(row, tip)
            lines.insert(row, line)
            tips.by_id[tip_id] = tip
            if tip_id in selected:
                tips.item(row).setSelected(True)
            if tip_id == current:
                tips.setCurrentItem(tips.item(row), QItemSelectionModel.NoUpdate)
                current = None
        if current is not None:
            # The current tip left this column: no row is current, as after a fresh fill.
            tips.selectionModel().setCurrentIndex(QModelIndex(), QItemSelectionModel.NoUpdate)
        # The one check over the whole column, by identity at C speed: the rows are the
        # column's live tips (any doubt, and `_fill` compares them row by row).
        return rows == board.live_tips(column_id)

    def _put(self, tips: ColumnList, row: int, tip: Tip) -> str:
        """A new row for a tip at `row`, measured; the line it shows."""
        line = tip_line(tip, self.board)
        item = QListWidgetItem(line)
        item.setData(TIP_ID, tip.id)
        tips.insertItem(row, item)
        tips.measure(item)
        self.shown_in[tip.id] = tips.column_id
        if tip.cluster:
            self.shown_in[tip.cluster] = tips.column_id
        return line

    def _fill(self, tips: ColumnList, column_id: int) -> None:
        """Show the column's tips as the board has them, changing only the rows that differ:
        a tip added to a column of thousands inserts one row (refilling the list whole grew
        with the column)."""
        board = self.board
        new = board.live_tips(column_id)
        for tip in new:
            self.shown_in[tip.id] = column_id
            if tip.cluster:
                self.shown_in[tip.cluster] = column_id
        old_rows, old_lines = tips.rows, tips.lines
        # The rows at both ends that still show the same tips, in the same places.
        most = min(len(old_rows), len(new))
        head = 0
        while head < most and old_rows[head].id == new[head].id:
            head += 1
        tail = 0
        while tail < most - head and old_rows[-1 - tail].id == new[-1 - tail].id:
            tail += 1
        if len(old_rows) - head - tail > len(old_rows) // 2 + 8:
            head = tail = 0  # most of the column changed (sorted, rebuilt): fill it afresh
        shown = [
            self._kept(tips, row, old_rows[row], old_lines[row], tip)
            for row, tip in enumerate(new[:head])
        ]
        # The rows between: taken out, and the new ones put in, keeping selection and focus.
        selected, current = set(), None
        if head == tail == 0 and old_rows:
            selected = {i.data(TIP_ID) for i in tips.selectedItems()}
            current = tips.currentItem().data(TIP_ID) if tips.currentItem() else None
            tips.clear()
        else:
            current_row = tips.currentRow()
            for row in reversed(range(head, len(old_rows) - tail)):
                item = tips.item(row)
                if item.isSelected():
                    selected.add(item.data(TIP_ID))
                if row == current_row:
                    current = item.data(TIP_ID)
                tips.takeItem(row)
        for row, tip in enumerate(new[head : len(new) - tail], start=head):
            line = self._put(tips, row, tip)
            item = tips.item(row)
            if tip.id in selected:
                item.setSelected(True)
            if tip.id == current:
                tips.setCurrentItem(item, QItemSelectionModel.NoUpdate)
                current = None
            shown.append((tip, line))
        if current is not None:
            # The current tip left this column: no row is current, as after a fresh fill.
            tips.selectionModel().setCurrentIndex(QModelIndex(), QItemSelectionModel.NoUpdate)
        start = len(new) - tail
        first_kept = len(old_rows) - tail
        for offset, tip in enumerate(new[start:]):
            row = first_kept + offset
            shown.append(self._kept(tips, start + offset, old_rows[row], old_lines[row], tip))
        tips.rows = [tip for tip, _line in shown]
        tips.lines = [line for _tip, line in shown]
        tips.by_id = {tip.id: tip for tip in tips.rows}
        tips.by_votes = board.columns[column_id].by_votes

    def _kept(
        self, tips: ColumnList, row: int, was: Tip, was_line: str, tip: Tip
    ) -> tuple[Tip, str]:
        """A row that stays: written again only if its tip (or its cluster's title) changed."""
        if was is tip and not tip.cluster:
            return (tip, was_line)  # rows are frozen: the very same row shows the very same line
        line = tip_line(tip, self.board)
        if line != was_line:
            item = tips.item(row)
            item.setText(line)
            tips.measure(item)
        return (tip, line)

    def _pick_column(self, index: int) -> None:
        if 0 <= index < self.column.count():
            self.column.setCurrentIndex(index)
            self.tip.setFocus()
        else:
            # Refused in the status line like every refusal, so the next tip's column is
            # never a surprise.
            self.controller.failed.emit(
                self.tr(
                    "There is no column {0}: the board has {1}; the next tip goes to “{2}”."
                ).format(index + 1, self.column.count(), self.column.currentText())
                if self.column.count()
                else self.tr("The board has no columns yet: the first tip makes three.")
            )

    def default_columns(self) -> None:
        self.controller.default_columns((self.tr("Before"), self.tr("During"), self.tr("After")))
        self.tip.setFocus()

    def add_tip(self) -> None:
        """Enter: the tip goes on the board in the chosen column; the line is ready again."""
        if not self.lists:
            self.default_columns()
        column = self.column.currentData()
        text = self.tip.text()
        if self._run(lambda: edits.add_tip(self.board, column, text, self.group.value(),
                                           self.author.text())):  # fmt: skip
            self.tip.ready_for_next()

    def selected_tips(self) -> list[int]:
        found = []
        for tips in self.lists.values():
            found += [i.data(TIP_ID) for i in tips.selectedItems()]
        return found

    def _current_column(self) -> int | None:
        for column_id, tips in self.lists.items():
            if tips.hasFocus():
                return column_id
        return self.column.currentData()

    def _list_key(self, tips: ColumnList, event: QKeyEvent) -> None:
        item = tips.currentItem()
        if item is None:
            event.ignore()
            return
        tip_id = item.data(TIP_ID)
        tip = self.board.tips[tip_id]
        key, ctrl = event.key(), bool(event.modifiers() & Qt.ControlModifier)
        order = [c.id for c in self.board.live_columns()]
        here = order.index(tip.column)
        actions = {
            (Qt.Key_Plus, False): lambda: edits.vote(self.board, tip_id, 1),
            (Qt.Key_Equal, False): lambda: edits.vote(self.board, tip_id, 1),
            (Qt.Key_Minus, False): lambda: edits.vote(self.board, tip_id, -1),
            (Qt.Key_Asterisk, False): lambda: edits.mark(self.board, tip_id,
                                                          highlight=not tip.highlight),
            (Qt.Key_H, False): lambda: edits.mark(self.board, tip_id, hidden=not tip.hidden),
            (Qt.Key_S, False): lambda: edits.split_tip(self.board, tip_id),
            (Qt.Key_Delete, False): lambda: edits.delete_tip(self.board, tip_id),
            (Qt.Key_Up, True): lambda: edits.reorder_tip(self.board, tip_id, -1),
            (Qt.Key_Down, True): lambda: edits.reorder_tip(self.board, tip_id, 1),
        }  # fmt: skip
        if ctrl and key in (Qt.Key_Left, Qt.Key_Right):
            target = here + (1 if key == Qt.Key_Right else -1)
            if 0 <= target < len(order):
                self._run(lambda: edits.move_tip(self.board, tip_id, order[target]))
                self.lists[order[target]].setFocus()
                self._select(order[target], tip_id)
            event.accept()
            return
        if key == Qt.Key_F2:
            self.edit_tip(tip_id)
            event.accept()
            return
        make = actions.get((key, ctrl))
        if make is None:
            event.ignore()
            return
        self._run(make)
        self._select(self.board.tips[tip_id].column, tip_id)
        event.accept()

    def _select(self, column_id: int, tip_id: int) -> None:
        tips = self.lists.get(column_id)
        if tips is None:
            return
        for row in range(tips.count()):
            if tips.item(row).data(TIP_ID) == tip_id:
                tips.setCurrentRow(row)

    def edit_tip(self, tip_id: int) -> None:
        text, ok = QInputDialog.getText(
            self, self.tr("Edit tip"), self.tr("Tip"), text=self.board.tips[tip_id].text
        )
        if ok:
            self._run(lambda: edits.edit_tip(self.board, tip_id, text))

    def add_column(self) -> None:
        title, ok = QInputDialog.getText(self, self.tr("Add column"), self.tr("Title"))
        if ok:
            self._run(lambda: edits.add_column(self.board, title))

    def rename_column(self) -> None:
        column_id = self._current_column()
        if column_id is None:
            return
        title, ok = QInputDialog.getText(
            self, self.tr("Rename column"), self.tr("Title"),
            text=self.board.columns[column_id].title,
        )  # fmt: skip
        if ok:
            self._run(lambda: edits.rename_column(self.board, column_id, title))

    def remove_column(self) -> None:
        """Remove the current column; its tips move elsewhere or are deleted, as the user says."""
        column_id = self._current_column()
        if column_id is None:
            return
        tips = self.board.live_tips(column_id)
        others = [c for c in self.board.live_columns() if c.id != column_id]
        move_to = None
        if tips:
            box = QMessageBox(self)
            box.setWindowTitle(self.tr("Remove column"))
            box.setText(
                self.tr("“{0}” holds %n tip(s). Move them to another column, or delete them?",
                        "", len(tips)).format(self.board.columns[column_id].title)
            )  # fmt: skip
            move = box.addButton(self.tr("&Move them"), QMessageBox.AcceptRole) if others else None
            delete = box.addButton(self.tr("&Delete them"), QMessageBox.DestructiveRole)
            box.addButton(QMessageBox.Cancel)
            box.exec()
            if box.clickedButton() is move and others:
                move_to = others[0].id
            elif box.clickedButton() is not delete:
                return
        self._run(lambda: edits.remove_column(self.board, column_id, move_to))

    def toggle_sort(self) -> None:
        column_id = self._current_column()
        if column_id is not None:
            on = not self.board.columns[column_id].by_votes
            self._run(lambda: edits.sort_by_votes(self.board, column_id, on))
            self._rebuild_columns()
            self.refresh(Change(board=frozenset({("column", column_id)})))

    def merge(self) -> None:
        """Ctrl+M: the tips selected in one column together under a title. Only what the
        facilitator sees selected there: the column being worked in, else the one column
        with a selection; selections in several columns are refused, not gathered."""
        selected = {
            column_id: [i.data(TIP_ID) for i in tips.selectedItems() if not i.isHidden()]
            for column_id, tips in self.lists.items()
        }
        selected = {c: tips for c, tips in selected.items() if tips}
        focused = next((c for c, tips in self.lists.items() if tips.hasFocus()), None)
        if focused in selected:
            chosen = selected[focused]
        elif len(selected) > 1:
            self.status.setText(
                self.tr(
                    "Tips are selected in {0} columns. Select the tips to merge in one "
                    "column (Ctrl+click there), then Ctrl+M."
                ).format(len(selected))
            )
            return
        else:
            chosen = next(iter(selected.values()), [])
        if len(chosen) < 2:
            self.status.setText(
                self.tr("Select two tips or more in one column (Ctrl+click) to merge.")
            )
            return
        title, ok = QInputDialog.getText(
            self,
            self.tr("Merge tips"),
            self.tr("Title for the {0} selected tips").format(len(chosen)),
        )
        if ok and self._run(lambda: edits.merge_tips(self.board, chosen, title)):
            for tips in self.lists.values():
                tips.clearSelection()  # nothing stays selected for the next Ctrl+M

    def restore(self) -> None:
        deleted = self.board.deleted_tips()
        if not deleted:
            self.status.setText(self.tr("No tips were deleted."))
            return
        names = [t.text[:80] for t in deleted]
        name, ok = QInputDialog.getItem(
            self, self.tr("Restore a deleted tip"), self.tr("Tip"), names, 0, False
        )
        if ok:
            tip_id = deleted[names.index(name)].id
            self._run(lambda: edits.restore_tip(self.board, tip_id))

    def prompt_cards(self) -> list:
        return [
            card
            for _deck, card in self.controller.library.decks.cards_of_kind(
                CardKind.PROMPT, language=ui_language()
            )
        ]

    def from_prompt(self, card=None) -> None:
        """A prompt card's question on the wall and its columns on the board."""
        if card is None:
            prompts = self.prompt_cards()
            if not prompts:
                self.status.setText(self.tr("No deck has a prompt card yet."))
                return
            name, ok = QInputDialog.getItem(
                self, self.tr("Prompt card"), self.tr("Card"), [c.title for c in prompts], 0, False
            )
            if not ok:
                return
            card = prompts[[c.title for c in prompts].index(name)]
        self.controller.apply_prompt(card.text or card.title, card.stages)
        self.tip.setFocus()

    def bring_in(self) -> None:
        """Tips of an earlier session, to build on what an earlier group said (marked ↩)."""
        sessions = self.controller.library.sessions
        here = self.controller.session.id
        earlier = [s for s in sessions.summaries() if s.id != here]
        names = [f"{shown_date(s.date)}  {s.title}" for s in earlier]
        if not names:
            self.status.setText(self.tr("There is no earlier session to bring tips in from."))
            return
        name, ok = QInputDialog.getItem(
            self, self.tr("Bring in tips"), self.tr("From the session"), names, 0, False
        )
        if not ok:
            return
        self.bring_in_from(earlier[names.index(name)].id)

    def bring_in_from(self, session_id: int) -> bool:
        """Copy the shown tips of another session's board into this one."""
        try:
            other = self.controller.library.sessions.load(session_id)
        except WorkshopError as exc:
            self.controller.failed.emit(user_message(exc))
            return False
        tips = [
            (column.title, tip.text, tip.votes, tip.highlight)
            for column in other.board.live_columns()
            for tip in other.board.live_tips(column.id)
            if not tip.hidden
        ]
        if not tips:
            self.status.setText(self.tr("That session's board has no tips."))
            return False
        source = " ".join(x for x in (other.details.title, other.details.date) if x)
        if self._run(lambda: edits.bring_in(self.board, tips, source)):
            self.status.setText(
                self.tr("Brought in %n tip(s) from {0}.", "", len(tips)).format(source)
            )
            return True
        return False

    def _question_done(self) -> None:
        if self.question.text() != self.board.question:
            self._run(lambda: edits.SetQuestion(self.question.text()))
