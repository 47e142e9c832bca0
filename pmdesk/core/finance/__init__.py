"""P&L engine: periods, line evaluation per scenario, totals, NPV/IRR, break-even, payback.

Entry point: ``evaluate_pnl(data, schedule, scenario_id) -> PnlSheet``.
"""

from pmdesk.core.finance.metrics import break_even_period, irr, npv, payback
from pmdesk.core.finance.periods import Period, PnlSettings, make_periods
from pmdesk.core.finance.sheet import PnlSheet, evaluate_pnl

__all__ = [
    "Period",
    "PnlSettings",
    "PnlSheet",
    "break_even_period",
    "evaluate_pnl",
    "irr",
    "make_periods",
    "npv",
    "payback",
]
