"""Add holidays...: a country (and subdivision), the kinds of holiday the ``holidays`` package
has for it (public, and for Indonesia its collective leave), a range of years, and a checklist
of the dates it would add with their names, to untick some before adding them."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from pmdesk.core import localeformat
from pmdesk.core.scheduling import holidays
from pmdesk.core.scheduling.errors import SchedulingError
from pmdesk.ui.dialogparts import ok_cancel, problem_label


class HolidayDialog(QDialog):
    def __init__(
        self,
        first_year: int,
        last_year: int | None = None,
        country: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add holidays"))
        self.problem: str | None = None
        self.found: list[holidays.Holiday] = []
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.country = QComboBox(self)
        self.country.setEditable(True)
        self.country.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        names = [
            (localeformat.territory_name(code, name), code) for code, name in holidays.countries()
        ]
        for name, code in sorted(names):
            self.country.addItem(f"{name} ({code})", code)
        wanted = country or QLocale().name().partition("_")[2]
        found = self.country.findData(wanted)
        self.country.setCurrentIndex(max(found, 0))
        form.addRow(self.tr("&Country:"), self.country)
        self.subdivision = QComboBox(self)
        form.addRow(self.tr("&Subdivision:"), self.subdivision)
        self.categories_row = QHBoxLayout()
        self.category_boxes: dict[str, QCheckBox] = {}
        form.addRow(self.tr("Kinds:"), self.categories_row)
        years = QHBoxLayout()
        self.first = QSpinBox(self)
        self.last = QSpinBox(self)
        for spin, value in ((self.first, first_year), (self.last, last_year or first_year)):
            spin.setRange(1, 9999)  # any number may be typed; out of range gets a sentence
            spin.setValue(value)
            years.addWidget(spin)
        self.first.setAccessibleName(self.tr("First year"))
        self.last.setAccessibleName(self.tr("Last year"))
        years_label = QLabel(self.tr("&Years:"), self)
        years_label.setBuddy(self.first)
        form.addRow(years_label, years)
        layout.addLayout(form)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Holidays to add"))
        layout.addWidget(self.list, 1)
        ticks = QHBoxLayout()
        self.all = QPushButton(self.tr("Tick &all"), self)
        self.none = QPushButton(self.tr("Untick a&ll"), self)
        self.all.clicked.connect(lambda: self._tick_all(True))
        self.none.clicked.connect(lambda: self._tick_all(False))
        for button in (self.all, self.none):
            button.setAutoDefault(False)  # Enter is OK wherever the focus is; Space presses
        ticks.addWidget(self.all)
        ticks.addWidget(self.none)
        ticks.addStretch(1)
        layout.addLayout(ticks)
        self.message = problem_label(self)
        layout.addWidget(self.message)
        self.buttons = ok_cancel(self)
        layout.addWidget(self.buttons)
        self.country.currentIndexChanged.connect(self._country_changed)
        typed = self.country.lineEdit()  # the combo box is editable: it has one
        if typed is not None:
            typed.editingFinished.connect(self._country_typed)
        self.subdivision.currentIndexChanged.connect(self._lookup)
        self.first.valueChanged.connect(self._lookup)
        self.last.valueChanged.connect(self._lookup)
        self.list.itemChanged.connect(self._update_ok)
        self._country_changed()
        self.resize(520, 560)

    def category_name(self, kind: str) -> str:
        """The ``holidays`` package's category names, in the user's language."""
        names = {"public": self.tr("Public"), "government": self.tr("Government / collective leave"),
                 "optional": self.tr("Optional"), "bank": self.tr("Bank"),
                 "school": self.tr("School"), "half_day": self.tr("Half days"),
                 "unofficial": self.tr("Unofficial"), "catholic": self.tr("Catholic")}  # fmt: skip
        return names.get(kind, kind.replace("_", " ").capitalize())

    def country_code(self) -> str:
        data = self.country.currentData()
        if data and self.country.currentText() == self.country.itemText(
            self.country.currentIndex()
        ):
            return str(data)
        return self.country.currentText().strip()

    def _country_typed(self) -> None:
        """A typed code ("id") or name picks that country; anything else is looked up as
        typed and refused with the package's sentence."""
        text = self.country.currentText().strip()
        for index in range(self.country.count()):
            if text.casefold() in (self.country.itemData(index).casefold(),
                                   self.country.itemText(index).casefold()):  # fmt: skip
                self.country.setCurrentIndex(index)
                return
        self._country_changed()

    def _country_changed(self) -> None:
        code = self.country_code()
        self.subdivision.blockSignals(True)
        self.subdivision.clear()
        self.subdivision.addItem(self.tr("(the whole country)"), None)
        for box in self.category_boxes.values():
            box.deleteLater()
        self.category_boxes = {}
        try:
            subs, kinds = holidays.subdivisions(code), holidays.categories(code)
        except SchedulingError:
            subs, kinds = [], []
        for sub in subs:
            self.subdivision.addItem(sub, sub)
        self.subdivision.blockSignals(False)
        for kind in kinds:
            box = QCheckBox(self.category_name(kind), self)
            box.setChecked(kind == "public")
            box.toggled.connect(self._lookup)
            self.categories_row.addWidget(box)
            self.category_boxes[kind] = box
        self._lookup()

    def _lookup(self) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        self.found = []
        code = self.country_code()
        subdiv = self.subdivision.currentData()
        first, last = self.first.value(), self.last.value()
        self.problem = holidays.holiday_problem(code, subdiv, first, last)
        if self.problem is None:
            kinds = [k for k, box in self.category_boxes.items() if box.isChecked()]
            try:
                self.found = holidays.national_holidays(
                    code,
                    range(first, last + 1),
                    subdiv,
                    kinds or ["public"],
                    language=QLocale().name(),
                )
            except SchedulingError as exc:
                self.problem = str(exc)
        locale = QLocale()
        for holiday in self.found:
            day = holiday.day
            weekday = locale.dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)
            shown = f"{day.isoformat()}  {weekday}"
            item = QListWidgetItem(f"{shown}  {holiday.name}", self.list)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            item.setData(Qt.ItemDataRole.UserRole, (day, holiday.name))
        self.list.blockSignals(False)
        self._update_ok()

    def _tick_all(self, on: bool) -> None:
        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        for row in range(self.list.count()):
            self.list.item(row).setCheckState(state)

    def chosen(self) -> list[tuple[date, str]]:
        return [self.list.item(r).data(Qt.ItemDataRole.UserRole) for r in range(self.list.count())
                if self.list.item(r).checkState() == Qt.CheckState.Checked]  # fmt: skip

    def _update_ok(self) -> None:
        problem = self.problem
        count = len(self.chosen())
        if problem is None and count == 0:
            problem = self.tr("Tick at least one holiday to add.")
        self.message.setText(problem or self.tr("%n holiday(s) will be added.", "", count))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(problem is None)
