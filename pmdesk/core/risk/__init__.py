"""Schedule risk: three-point estimates, risk events and a Monte Carlo simulation of the
plan with the scheduling engine's rules (Qt-free).

Entry points: ``simulate(data, iterations, seed) -> Samples`` and
``analyse(data, samples) -> RiskReport``.
"""

from pmdesk.core.risk.report import RiskReport, analyse, report_json
from pmdesk.core.risk.simulation import DEFAULT_ITERATIONS, RiskInputError, Samples, simulate

__all__ = [
    "DEFAULT_ITERATIONS", "RiskInputError", "RiskReport", "Samples", "analyse", "report_json",
    "simulate",
]
