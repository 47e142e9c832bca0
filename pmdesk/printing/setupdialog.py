"""File > Page Setup: the printout of the current view (paper, orientation, margins, scaling,
date range, columns, header, footer, legend), remembered in the plan per view as one undo step.

A value the printout cannot take is named under the fields and keeps OK disabled.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from pmdesk.core.entities import Plan
from pmdesk.core.translation import QT_TRANSLATE_NOOP  # typed: returns the str it marks
from pmdesk.models.columntitles import display_title
from pmdesk.models.taskcolumns import COLUMNS
from pmdesk.printing.fields import FIELD_NAMES
from pmdesk.printing.preview import setup_for
from pmdesk.printing.setup import PAPERS, ZOOMS, PageSetup, PrintError, settings_with
from pmdesk.printing.views import print_key, view_title
from pmdesk.theme.tones import set_tone

if TYPE_CHECKING:
    from pmdesk.document import Document

LEGEND_CHOICES = (
    ("every", QT_TRANSLATE_NOOP("PageSetupDialog", "On every page")),
    ("last", QT_TRANSLATE_NOOP("PageSetupDialog", "On the last page")),
    ("none", QT_TRANSLATE_NOOP("PageSetupDialog", "None")),
)
# The timescale choices as the combo box shows them (ZOOMS capitalised), for lupdate.
ZOOM_TITLES = (
    QT_TRANSLATE_NOOP("PageSetupDialog", "Days"),
    QT_TRANSLATE_NOOP("PageSetupDialog", "Weeks"),
    QT_TRANSLATE_NOOP("PageSetupDialog", "Months"),
    QT_TRANSLATE_NOOP("PageSetupDialog", "Quarters"),
)


class PageSetupDialog(QDialog):
    def __init__(self, document: Document, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.key = key
        self.setWindowTitle(self.tr("Page Setup — {view}").format(view=view_title(key)))
        setup = setup_for(document, key)
        form = QFormLayout()
        self.paper = QComboBox(self)
        for paper in PAPERS:
            self.paper.addItem(self.tr("The printer's own") if paper == "printer" else paper, paper)
        self.paper.setCurrentIndex(PAPERS.index(setup.paper))
        form.addRow(self.tr("&Paper:"), self.paper)
        self.landscape = QCheckBox(self.tr("&Landscape"), self)
        self.landscape.setChecked(setup.landscape)
        form.addRow("", self.landscape)
        margins = QHBoxLayout()
        self.margins: list[QDoubleSpinBox] = []
        for margin_mm, name in zip(
            setup.margins_mm,
            (self.tr("left"), self.tr("top"), self.tr("right"), self.tr("bottom")),
            strict=True,
        ):
            spin = QDoubleSpinBox(self)
            spin.setRange(0, 60)
            spin.setDecimals(1)
            spin.setSuffix(" mm")
            spin.setValue(margin_mm)
            spin.setToolTip(name)
            self.margins.append(spin)
            margins.addWidget(spin)
        form.addRow(self.tr("Margins (left, top, right, bottom):"), margins)
        fit = QHBoxLayout()
        self.pages_wide, self.pages_tall = QSpinBox(self), QSpinBox(self)
        for count, pages in (
            (self.pages_wide, setup.pages_wide),
            (self.pages_tall, setup.pages_tall),
        ):
            count.setRange(0, 50)
            count.setSpecialValueText(self.tr("auto"))
            count.setValue(pages or 0)
        fit.addWidget(self.pages_wide)
        fit.addWidget(QLabel(self.tr("pages wide by"), self))
        fit.addWidget(self.pages_tall)
        fit.addWidget(QLabel(self.tr("tall"), self))
        form.addRow(self.tr("Fit to:"), fit)
        self.zoom = QComboBox(self)
        self.zoom.addItem(self.tr("Fit to the pages"), None)
        for zoom in ZOOMS:
            self.zoom.addItem(self.tr(zoom.capitalize()), zoom)
        self.zoom.setCurrentIndex(self.zoom.findData(setup.zoom) if setup.zoom else 0)
        form.addRow(self.tr("&Timescale:"), self.zoom)
        dates = QHBoxLayout()
        self.date_from, self.date_to = self._date(setup.date_from), self._date(setup.date_to)
        dates.addWidget(self.date_from)
        dates.addWidget(QLabel(self.tr("to"), self))
        dates.addWidget(self.date_to)
        form.addRow(self.tr("Dates (empty: the whole plan):"), dates)
        self.columns = QListWidget(self)
        for column in COLUMNS:
            item = QListWidgetItem(display_title(column.title), self.columns)
            item.setData(Qt.ItemDataRole.UserRole, column.key)
            item.setCheckState(
                Qt.CheckState.Checked if column.key in setup.columns else Qt.CheckState.Unchecked
            )
        self.columns.setMaximumHeight(120)
        form.addRow(self.tr("&Columns:"), self.columns)
        self.repeat = QCheckBox(self.tr("Repeat the columns on every page across"), self)
        self.repeat.setChecked(setup.repeat_columns)
        form.addRow("", self.repeat)
        texts = QGridLayout()
        # The default texts in the interface language; kept as the English source when left.
        self._texts = {self._shown(t): t for t in (*setup.header, *setup.footer) if t}
        self.header = [QLineEdit(self._shown(text), self) for text in setup.header]
        self.footer = [QLineEdit(self._shown(text), self) for text in setup.footer]
        for place, (head, foot) in enumerate(zip(self.header, self.footer, strict=True)):
            texts.addWidget(head, 0, place)
            texts.addWidget(foot, 1, place)
        form.addRow(self.tr("Header and footer (left, centre, right):"), texts)
        fields = ", ".join("{" + name + "}" for name in FIELD_NAMES)
        form.addRow("", QLabel(self.tr("Fields: {fields}").format(fields=fields), self))
        self.legend = QComboBox(self)
        for value, text in LEGEND_CHOICES:
            self.legend.addItem(self.tr(text), value)
        self.legend.setCurrentIndex(self.legend.findData(setup.legend))
        form.addRow(self.tr("L&egend:"), self.legend)
        self.notes_page = QCheckBox(self.tr("Print the tasks' &notes after the chart"), self)
        self.notes_page.setChecked(setup.notes_page)
        form.addRow("", self.notes_page)
        # Only what the view uses: columns and notes are the Gantt's, dates the timelines'.
        gantt = key in ("gantt", "tracking")
        for widget, shown in (
            (self.columns, gantt),
            (self.repeat, gantt),
            (self.notes_page, gantt),
            (self.zoom, gantt),
            (self.date_from, gantt or key == "executive"),
        ):
            form.setRowVisible(widget if widget is not self.date_from else dates, shown)
        self.problem = QLabel(self)
        set_tone(self.problem, "color: $error_text;")
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        for widget in (self.paper, self.zoom, self.legend):
            widget.currentIndexChanged.connect(self._check)
        for margin in self.margins:
            margin.valueChanged.connect(self._check)
        for count in (self.pages_wide, self.pages_tall):
            count.valueChanged.connect(self._check)
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(self._check)
        self.columns.itemChanged.connect(self._check)
        self._check()

    def _date(self, value: date | None) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setSpecialValueText(" ")
        edit.setMinimumDate(QDate(1900, 1, 1))
        edit.setDate(QDate(value.year, value.month, value.day) if value else edit.minimumDate())
        return edit

    @staticmethod
    def _day(edit: QDateEdit) -> date | None:
        if edit.date() == edit.minimumDate():
            return None
        day = edit.date()
        return date(day.year(), day.month(), day.day())

    def setup(self) -> PageSetup:
        """The setup the fields describe; PrintError when a value cannot be printed."""
        columns = tuple(
            self.columns.item(n).data(Qt.ItemDataRole.UserRole)
            for n in range(self.columns.count())
            if self.columns.item(n).checkState() == Qt.CheckState.Checked
        )
        if not columns:
            raise PrintError(self.tr("Choose at least one column."))
        left, top, right, bottom = (s.value() for s in self.margins)
        return replace(
            PageSetup(),
            paper=self.paper.currentData(),
            landscape=self.landscape.isChecked(),
            margins_mm=(left, top, right, bottom),
            pages_wide=self.pages_wide.value() or None,
            pages_tall=self.pages_tall.value() or None,
            zoom=self.zoom.currentData(),
            date_from=self._day(self.date_from),
            date_to=self._day(self.date_to),
            columns=columns,
            repeat_columns=self.repeat.isChecked(),
            header=self._line_texts(self.header),
            footer=self._line_texts(self.footer),
            legend=self.legend.currentData(),
            notes_page=self.notes_page.isChecked(),
        ).checked()

    def _line_texts(self, edits: list[QLineEdit]) -> tuple[str, str, str]:
        """A header's or footer's left, centre and right texts (a default one in English)."""
        left, centre, right = (self._texts.get(e.text(), e.text()) for e in edits)
        return left, centre, right

    @staticmethod
    def _shown(text: str) -> str:
        return QCoreApplication.translate("Printing", text) if text else text

    def _check(self, *_args: object) -> None:
        try:
            self.setup()
        except PrintError as exc:
            self.problem.setText(str(exc))
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
            return
        self.problem.setText("")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)

    def accept(self) -> None:
        try:
            setup = self.setup()
        except PrintError:
            return
        plan = self.document.data.plan
        self.document.set_fields(
            Plan,
            plan.id,
            self.tr("Page setup"),
            settings=settings_with(plan.settings, self.key, setup),
        )
        super().accept()


def open_page_setup(
    parent: QWidget, document: Document, tab: str, widget: object
) -> PageSetupDialog:
    dialog = PageSetupDialog(document, print_key(tab, widget), parent)
    dialog.open()
    return dialog
