"""The chart under the sheet: matplotlib is imported when it is first shown, not before."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from pmdesk.charts.canvas import LazyChart

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from pmdesk.models.pnl import PnlSheetModel


class PnlChart(LazyChart):
    def __init__(self, model: PnlSheetModel, parent: QWidget | None = None) -> None:
        self.model = model
        super().__init__(model.recomputed, parent)

    def figure(self) -> Figure:
        from pmdesk.charts.pnl import pnl_figure

        sheet = self.model.sheet
        cost = [
            sum(values)
            for values in zip(
                sheet.sections["cogs"], sheet.sections["opex"], sheet.sections["capex"]
            )
        ]
        scenario = sheet.scenario.name if sheet.scenario is not None else ""
        title = self.tr("Revenue vs cost and cumulative cash") + (
            f" — {scenario}" if scenario else ""
        )
        return pnl_figure(
            [p.label for p in sheet.periods],
            sheet.sections["revenue"],
            cost,
            sheet.cumulative,
            self.model.document.data.plan.currency,
            title,
            sheet.kpis.break_even,
        )
