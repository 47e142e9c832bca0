"""New calendar: a name, and either a new base calendar from one of MS Project's templates
(Standard, 24 Hours, Night Shift) or a copy of a calendar of the plan."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from pmdesk.core.scheduling.calendar_templates import TEMPLATES

# The templates' names (MS Project's base calendars), marked for pyside6-lupdate.
TEMPLATE_TITLES = (
    QT_TRANSLATE_NOOP("NewCalendarDialog", "Standard"),
    QT_TRANSLATE_NOOP("NewCalendarDialog", "24 Hours"),
    QT_TRANSLATE_NOOP("NewCalendarDialog", "Night Shift"),
)
from pmdesk.ui.dialogparts import ok_cancel, problem_label


class NewCalendarDialog(QDialog):
    def __init__(
        self,
        name: str,
        calendars: list[tuple[int, str]],
        current: int | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Create New Calendar"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QLineEdit(name, self)
        self.name.selectAll()
        form.addRow(self.tr("&Name:"), self.name)
        layout.addLayout(form)
        self.from_template = QRadioButton(self.tr("Create a new &base calendar from"), self)
        self.templates = QComboBox(self)
        self.templates.addItems([self.tr(name) for name in TEMPLATES])
        self.as_copy = QRadioButton(self.tr("Make a &copy of"), self)
        self.copies = QComboBox(self)
        for cid, cal_name in calendars:
            self.copies.addItem(cal_name, cid)
        self.copies.setCurrentIndex(max(self.copies.findData(current), 0))
        self.from_template.setChecked(True)
        self.as_copy.setEnabled(bool(calendars))
        for widget in (self.from_template, self.templates, self.as_copy, self.copies):
            layout.addWidget(widget)
        self.message = problem_label(self)
        layout.addWidget(self.message)
        self.buttons = ok_cancel(self)
        layout.addWidget(self.buttons)
        self.name.textChanged.connect(self._update)
        self.from_template.toggled.connect(self._update)
        self._update()

    def _update(self) -> None:
        self.templates.setEnabled(self.from_template.isChecked())
        self.copies.setEnabled(self.as_copy.isChecked())
        empty = not self.name.text().strip()
        self.message.setText(self.tr("The new calendar needs a name.") if empty else "")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not empty)

    def calendar_name(self) -> str:
        return self.name.text().strip()

    def template(self) -> str:
        return list(TEMPLATES)[self.templates.currentIndex()]

    def copy_of(self) -> int | None:
        return self.copies.currentData() if self.as_copy.isChecked() else None
