"""The KPI strip above the sheet: NPV, IRR, break-even, payback, total revenue and cost."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from pmdesk.core.finance.rows import break_even_text, irr_text, payback_text
from pmdesk.core.localeformat import default_locale, format_compact, format_money, format_percent
from pmdesk.core.translation import QT_TRANSLATE_NOOP
from pmdesk.models.pnl import MINUS
from pmdesk.theme.tones import set_tone

if TYPE_CHECKING:
    from pmdesk.core.finance.sheet import PnlSheet
    from pmdesk.core.risk.pnl import NpvSpread

# The sheet's period (settings.period) as a word in a sentence.
PERIOD_WORDS = {
    "month": QT_TRANSLATE_NOOP("KpiStrip", "month"),
    "quarter": QT_TRANSLATE_NOOP("KpiStrip", "quarter"),
    "year": QT_TRANSLATE_NOOP("KpiStrip", "year"),
}


def money(value: float, currency: str) -> str:
    """A KPI amount, compact in the locale's words: "Rp1,2 miliar", "€1.2 million"."""
    text = format_money(abs(value), currency, compact=True)
    return (MINUS + text) if round(value) < 0 else text


def _short(value: float) -> str:
    """248k, 1.2M: an amount short enough for a tile's title (the locale's own short forms,
    "1,2 jt", in another language)."""
    if not default_locale().startswith("en"):
        return format_compact(value)
    size = abs(value)
    text = (
        f"{size / 1e6:.1f}M"
        if size >= 1e6
        else (f"{size / 1e3:.0f}k" if size >= 1e3 else f"{size:.0f}")
    )
    return (MINUS + text) if value < 0 else text


class KpiTile(QFrame):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kpiTile")
        self.title = QLabel(title, self)
        self.title.setObjectName("kpiTitle")
        self.value = QLabel("", self)
        self.value.setObjectName("kpiValue")
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.setSpacing(0)
        layout.addWidget(self.title)
        layout.addWidget(self.value)

    def set_value(self, text: str, negative: bool = False, tooltip: str = "") -> None:
        self.value.setText(text)
        self.value.setProperty("negative", negative)
        self.value.style().unpolish(self.value)
        self.value.style().polish(self.value)
        self.setToolTip(tooltip)


class KpiStrip(QWidget):
    STYLE = """
        QFrame#kpiTile { background: $tile; border: 1px solid $tile_border; border-radius: 6px; }
        QLabel#kpiTitle { color: $muted_text; font-size: 8pt; }
        QLabel#kpiValue { color: $text; font-size: 13pt; font-weight: 600; }
        QLabel#kpiValue[negative="true"] { color: $negative; }
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_tone(self, self.STYLE)
        self.tiles = {
            key: KpiTile(title, self)
            for key, title in (
                ("npv", self.tr("NPV")),
                ("risk_npv", self.tr("Risk-adjusted NPV")),
                ("irr", self.tr("IRR (per year)")),
                ("break_even", self.tr("Operating break-even")),
                ("payback", self.tr("Payback")),
                ("delay", self.tr("Cost of delay")),
                ("revenue", self.tr("Total revenue")),
                ("cost", self.tr("Total cost")),
                ("net", self.tr("Net cash")),
            )
        }
        layout = self.row = QHBoxLayout(self)  # the workspace puts its launch choice first
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(8)
        for tile in self.tiles.values():
            layout.addWidget(tile)
        layout.addStretch(1)

    def show_sheet(self, sheet: PnlSheet, currency: str, delay_cost: float | None = None) -> None:
        k = sheet.kpis
        period = QCoreApplication.translate(
            "KpiStrip", PERIOD_WORDS.get(sheet.settings.period, sheet.settings.period)
        )
        self.tiles["delay"].title.setText(self.tr("Cost of 1 %1 delay").replace("%1", period))
        self.tiles["delay"].set_value(
            money(delay_cost, currency) if delay_cost is not None else self.tr("n/a"),
            False,
            self.tr(
                "NPV lost if every line that starts at a milestone "
                "started one %1 later (within the sheet's periods)"
            ).replace("%1", period),
        )
        self.tiles["npv"].title.setText(
            self.tr("NPV at %1").replace("%1", format_percent(k.discount_rate, 1))
        )
        self.tiles["npv"].set_value(
            money(k.npv, currency),
            k.npv < 0,
            self.tr("Net present value of the net cash flow, first period undiscounted"),
        )
        self.tiles["irr"].set_value(
            irr_text(sheet).replace("-", MINUS),
            k.irr is not None and k.irr < 0,
            self.tr("Internal rate of return of the net cash flow (n/a: no change of sign)"),
        )
        self.tiles["break_even"].set_value(
            break_even_text(sheet) if k.break_even is not None else self.tr("not reached"),
            k.break_even is None,
            self.tr("First period whose revenue covers its operating costs"),
        )
        self.tiles["payback"].set_value(
            payback_text(sheet) if k.payback is not None else self.tr("not reached"),
            k.payback is None,
            self.tr("When the cumulative cash turns positive for good"),
        )
        self.tiles["revenue"].set_value(money(k.total_revenue, currency))
        self.tiles["cost"].set_value(
            money(k.total_cost, currency),
            False,
            self.tr("Cost of sales + operating expenses + capital expenditure"),
        )
        self.tiles["net"].set_value(
            money(k.net, currency), k.net < 0, self.tr("Sum of the net cash flow")
        )

    def show_risk(self, spread: NpvSpread | None, currency: str, problem: str = "") -> None:
        """The expected NPV over the simulated launch dates, its P10/P50/P90 in the tip."""
        tile = self.tiles["risk_npv"]
        if spread is None:
            tile.title.setText(self.tr("Risk-adjusted NPV"))
            tile.set_value(
                self.tr("n/a"), False, problem or self.tr("No P&L line starts at a task.")
            )
            return
        # the range a product manager plans with, in short amounts (248k)
        tile.title.setText(
            self.tr("Risk-adjusted NPV (P10 %1, P90 %2)")
            .replace("%1", _short(spread.p10))
            .replace("%2", _short(spread.p90))
        )
        tile.set_value(
            money(spread.expected, currency),
            spread.expected < 0,
            self.tr(
                "Expected NPV over 1,000 simulated schedules (the Risk tab's "
                "estimates and risks move the launch dates): P10 %1, P50 %2, "
                "P90 %3"
            )
            .replace("%1", money(spread.p10, currency))
            .replace("%2", money(spread.p50, currency))
            .replace("%3", money(spread.p90, currency)),
        )

    def text(self) -> str:
        return "; ".join(f"{t.title.text()}: {t.value.text()}" for t in self.tiles.values())
