"""The Risk view's two charts, drawn when first shown (matplotlib is imported then)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

import numpy as np
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QWidget

from pmdesk.charts.canvas import LazyChart

if TYPE_CHECKING:
    from matplotlib.figure import Figure
    from PySide6.QtCore import SignalInstance

    from pmdesk.core.risk.report import RiskReport


class RiskReportSource(Protocol):
    """The Risk tab, as its charts read it (workspace.RiskWorkspace)."""

    @property
    def reportChanged(self) -> SignalInstance: ...  # noqa: N802 (the Qt signal's name)

    @property
    def report(self) -> RiskReport | None: ...


class FinishChart(LazyChart):
    """Histogram and S-curve of the project finish."""

    def __init__(self, view: RiskReportSource, parent: QWidget | None = None) -> None:
        self.view = view
        super().__init__(view.reportChanged, parent)

    def figure(self) -> Figure:
        from matplotlib.dates import date2num

        from pmdesk.charts.risk import finish_figure
        from pmdesk.core.scheduling.calendar import from_minutes

        labels = {
            "empty": self.tr("No results yet"),
            "share": self.tr("Share of iterations"),
            "per_day": self.tr("Share per day"),
            "per_week": self.tr("Share per week"),
            "chance": self.tr("Chance of finishing by that date"),
            "planned": self.tr("Planned"),
        }
        report = self.view.report
        if report is None:
            return finish_figure(np.array([]), None, {}, self.tr("Project finish"), labels=labels)
        minutes = report.finish.minutes
        unique, inverse = np.unique(minutes, return_inverse=True)
        days = np.array([date2num(from_minutes(int(m))) for m in unique])[inverse.reshape(-1)]
        count = QLocale().toString(report.iterations)  # "1,000" / "1.000"
        title = self.tr("Project finish: %1 iterations").replace("%1", count)
        return finish_figure(
            days, report.planned_finish, report.finish.percentiles(), title, labels=labels
        )


class TornadoChart(LazyChart):
    """The tasks whose durations move the finish most."""

    def __init__(self, view: RiskReportSource, parent: QWidget | None = None) -> None:
        self.view = view
        super().__init__(view.reportChanged, parent)

    def figure(self) -> Figure:
        from pmdesk.charts.risk import tornado_figure

        report = self.view.report
        drivers = report.drivers if report is not None else []
        labels = {
            "empty": self.tr("No task varies: give tasks three-point estimates"),
            "axis": self.tr("Correlation of the task's duration with the project finish"),
        }
        # Drivers are the tasks whose duration varies: each has a correlation.
        shown = [(d.name, d.correlation) for d in drivers if d.correlation is not None]
        return tornado_figure(
            [name for name, _c in shown],
            [correlation for _n, correlation in shown],
            self.tr("What drives the finish"),
            labels=labels,
        )
