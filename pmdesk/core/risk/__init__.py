"""Schedule risk: three-point estimates, risk events and a Monte Carlo simulation of the
plan with the scheduling engine's rules (Qt-free).

Entry points: ``simulate(data, iterations, seed) -> Samples`` and
``analyse(data, samples, schedule) -> RiskReport``. They are imported on first use: the
simulation needs numpy, which start-up does not load (estimates.py, the checks the task
table uses, does not).
"""

from __future__ import annotations

import importlib
from typing import Any

_EXPORTS = {
    "DEFAULT_ITERATIONS": "simulation",
    "RiskInputError": "simulation",
    "Samples": "simulation",
    "simulate": "simulation",
    "RiskReport": "report",
    "analyse": "report",
    "report_json": "report",
}
__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)
