"""GroupsPanel: form groups at random or balanced, move people by hand, name the groups."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QDropEvent, QIcon, QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workshop.core.activity import Activity
from workshop.core.commands import Change
from workshop.core.errors import QT_TRANSLATE_NOOP
from workshop.core.group_edits import SetGroups
from workshop.core.groups import METHOD_NAMES, form, move_person, rename_group
from workshop.ui.control.tab_look import empty_state, frame, heading
from workshop.ui.controller import SessionController

GROUP, PERSON = Qt.UserRole, Qt.UserRole + 1


class GroupTree(QTreeWidget):
    """Groups with their people; a person dropped on a group, or given its digit, moves."""

    def __init__(self, panel: GroupsPanel) -> None:
        super().__init__(panel)
        self.panel = panel
        self.setHeaderHidden(True)
        self.setDragDropMode(QAbstractItemView.InternalMove)
        self.setSelectionMode(QAbstractItemView.SingleSelection)

    def dropEvent(self, event: QDropEvent) -> None:
        person = self.currentItem().data(0, PERSON) if self.currentItem() else None
        target = self.itemAt(event.position().toPoint())
        if person is not None and target is not None:
            group = target.data(0, GROUP) or (target.parent() and target.parent().data(0, GROUP))
            if group:
                self.panel.move(person, group)
        event.ignore()  # the tree is redrawn from the session

    def keyPressEvent(self, event: QKeyEvent) -> None:
        item = self.currentItem()
        person = item.data(0, PERSON) if item else None
        if person is not None and Qt.Key_1 <= event.key() <= Qt.Key_9:
            self.panel.move(person, event.key() - Qt.Key_0)
            return
        if item is not None and event.key() == Qt.Key_F2 and item.data(0, GROUP):
            self.panel.rename(item.data(0, GROUP))
            return
        super().keyPressEvent(event)


class GroupsPanel(QWidget):
    """The session's groups; the Groups tab shows who sits where on the wall."""

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.how = QComboBox(self)
        self.how.setAccessibleName(self.tr("Form by number of groups or by group size"))
        self.how.addItem(self.tr("Number of groups"), "count")
        self.how.addItem(self.tr("People per group"), "size")
        self.number = QSpinBox(self)
        self.number.setRange(1, 99)
        self.number.setValue(controller.session.group_count)
        self.number.setAccessibleName(self.tr("How many"))
        self.balanced = QCheckBox(self.tr("Bala&nced: spread each organisation"), self)
        self.balanced.setChecked(True)
        self.form_button = QPushButton(self.tr("&Form groups (a new draw)"), self)
        self.form_button.clicked.connect(self.form_groups)
        self.tree = GroupTree(self)
        self.tree.setAccessibleName(self.tr("Groups and their people"))
        self.info = QLabel(self)
        self.info.setTextFormat(Qt.PlainText)
        self.info.setWordWrap(True)
        label = QLabel(self.tr("F&orm by"), self)
        label.setBuddy(self.how)
        row = QHBoxLayout()
        for widget in (label, self.how, self.number, self.balanced, self.form_button):
            row.addWidget(widget)
        row.addStretch(1)
        hint = QLabel(
            self.tr("Drag a person to another group, or select them and press the group's "
                    "number. F2 on a group renames it."),
            self,
        )  # fmt: skip
        hint.setWordWrap(True)
        hint.setEnabled(False)
        self.hint = hint
        self.empty = empty_state(self)
        layout = QVBoxLayout(self)
        frame(layout)
        layout.addWidget(heading(self.tr("Groups"), self))
        layout.addLayout(row)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.tree, 1)
        layout.addWidget(hint)
        layout.addWidget(self.info)
        controller.changed.connect(self.refresh)
        self.refresh(Change(groups=True))

    def form_groups(self) -> None:
        """Form groups from the participants (a new seed each time), or numbered groups only."""
        session = self.controller.session
        by_count = self.how.currentData() == "count"
        self.controller.attempt(
            lambda: SetGroups(
                form(
                    list(session.details.participants),
                    count=self.number.value() if by_count else 0,
                    size=0 if by_count else self.number.value(),
                    balanced=self.balanced.isChecked(),
                    names={g.number: g.name for g in session.forming.groups},
                ),
                QT_TRANSLATE_NOOP("Commands", "form groups"),
            )
        )

    def move(self, person: int, group: int) -> None:
        forming = self.controller.session.forming
        if self.controller.attempt(
            lambda: SetGroups(
                move_person(forming, person, group), QT_TRANSLATE_NOOP("Commands", "move person")
            )
        ):
            self._select_person(person)

    def rename(self, group: int) -> None:
        current = next(g for g in self.controller.session.forming.groups if g.number == group)
        name, ok = QInputDialog.getText(
            self, self.tr("Name group {0}").format(group), self.tr("Name"), text=current.name
        )
        if ok:
            self.controller.set_groups(
                rename_group(self.controller.session.forming, group, name),
                QT_TRANSLATE_NOOP("Commands", "rename group"),
            )

    def refresh(self, change: Change) -> None:
        if not (change.groups or change.details):
            return
        session = self.controller.session
        names = [p.name for p in session.details.participants]
        orgs = [p.organisation for p in session.details.participants]
        self.tree.clear()
        for group in session.forming.groups:
            swatch = QPixmap(16, 16)
            swatch.fill(QColor(group.colour))
            head = QTreeWidgetItem(self.tree, [self.tr("Group {0}").format(group.label())])
            head.setIcon(0, QIcon(swatch))
            head.setData(0, GROUP, group.number)
            head.setFlags(head.flags() & ~Qt.ItemIsDragEnabled)
            for member in group.members:
                if 0 <= member < len(names):
                    text = names[member] + (f" ({orgs[member]})" if orgs[member] else "")
                    child = QTreeWidgetItem(head, [text])
                    child.setData(0, PERSON, member)
            head.setExpanded(True)
        forming = session.forming
        # Before groups are formed the tab says who is here and what to do, not an empty box.
        for widget in (self.tree, self.hint, self.info):
            widget.setHidden(not forming.groups)
        self.empty.setHidden(bool(forming.groups))
        if names:
            self.empty.setText(
                self.tr("%n person is listed, not in groups yet. Choose how to form them above "
                        "and press Form groups: the wall then shows who sits where.", "",
                        len(names))
            )  # fmt: skip
        else:
            self.empty.setText(
                self.tr(
                    "Nobody is listed yet. Add the participants' names in the session details "
                    "(Ctrl+D), then form groups here; or form numbered groups now and play "
                    "without names."
                )
            )
        if forming.groups:
            self.info.setText(
                self.tr("%n group(s), formed {0}, seed {1}.", "", len(forming.groups)).format(
                    QCoreApplication.translate("Groups", METHOD_NAMES[forming.method]), forming.seed
                )
            )
        else:
            self.info.setText(
                self.tr("%n participant(s). Form groups, or play with numbered groups only.", "",
                        len(names) or session.details.participant_count)
            )  # fmt: skip

    def _select_person(self, person: int) -> None:
        for i in range(self.tree.topLevelItemCount()):
            head = self.tree.topLevelItem(i)
            for j in range(head.childCount()):
                if head.child(j).data(0, PERSON) == person:
                    self.tree.setCurrentItem(head.child(j))

    def show_on_wall(self) -> None:
        self.controller.show(Activity.GROUPS)
