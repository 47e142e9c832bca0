"""Insert Column's chooser: every field the table can show that it does not show yet, with a
filter box; Enter or a double-click inserts the chosen one (MS Project's Field Name list)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pmdesk.models.columntitles import display_title
from pmdesk.models.taskcolumns import COLUMNS


class ColumnChooser(QDialog):
    """Lists the hidden fields; ``chosen_key()`` after exec() is the one to insert."""

    def __init__(self, hidden: list[int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Insert column"))
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Type to find a field"))
        self.filter.setClearButtonEnabled(True)
        self.list = QListWidget(self)
        for number in hidden:
            column = COLUMNS[number]
            title = display_title(column.title)
            item = QListWidgetItem(
                title if column.editable else self.tr("%1 (calculated)").replace("%1", title)
            )
            item.setData(Qt.ItemDataRole.UserRole, column.key)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, parent=self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.list.itemActivated.connect(lambda _item: self.accept())
        self.filter.textChanged.connect(self._filter)
        self.filter.returnPressed.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(320, 420)

    def _filter(self, text: str) -> None:
        words = text.lower().split()
        first = None
        for row in range(self.list.count()):
            item = self.list.item(row)
            hide = not all(word in item.text().lower() for word in words)
            item.setHidden(hide)
            if not hide and first is None:
                first = row
        if first is not None:
            self.list.setCurrentRow(first)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Up/Down in the filter box walk the list, as in a combo box's pop-up.
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down) and self.filter.hasFocus():
            self.list.setFocus()
            self.list.keyPressEvent(event)
            self.filter.setFocus()
            return
        super().keyPressEvent(event)

    def chosen_key(self) -> str | None:
        item = self.list.currentItem()
        if item is None or item.isHidden():
            return None
        key: str = item.data(Qt.ItemDataRole.UserRole)  # a column's key (set above)
        return key
