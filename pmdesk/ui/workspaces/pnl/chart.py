"""The chart under the sheet: matplotlib is imported when it is first shown, not before."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget


class PnlChart(QWidget):
    def __init__(self, model, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self._dirty = True
        self.figure_widget = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        model.recomputed.connect(self._mark_dirty)

    def _mark_dirty(self) -> None:
        self._dirty = True
        if self.isVisible():
            self.redraw()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._dirty:
            self.redraw()

    def figure(self):
        from pmdesk.charts.pnl import pnl_figure

        sheet = self.model.sheet
        cost = [sum(values) for values in zip(sheet.sections["cogs"], sheet.sections["opex"],
                                              sheet.sections["capex"])]
        scenario = sheet.scenario.name if sheet.scenario is not None else ""
        return pnl_figure([p.label for p in sheet.periods], sheet.sections["revenue"], cost,
                          sheet.cumulative, self.model.document.data.plan.currency,
                          f"Revenue vs cost and cumulative cash{' — ' + scenario if scenario else ''}",
                          sheet.kpis.break_even)

    def redraw(self) -> None:
        from pmdesk.charts.canvas import FigureWidget

        if self.figure_widget is None:
            self.figure_widget = FigureWidget(self)
            self._layout.addWidget(self.figure_widget)
        self.figure_widget.set_figure(self.figure())
        self._dirty = False
