"""Schedule risk for the P&L sheet: one simulation of the document's current plan (1,000
iterations, seed 0), run when first asked for and kept until the plan is rescheduled, giving
the launch dates at P50/P80 and the NPV over the simulated launches."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pmdesk.core.errors import PmdeskError

if TYPE_CHECKING:
    from pmdesk.core.risk.pnl import NpvSpread
    from pmdesk.core.risk.simulation import Samples
    from pmdesk.core.scheduling.result import Schedule
    from pmdesk.document import Document

# The simulation (numpy) is imported when first asked for: the P&L and the roadmap are
# built at start-up, which does not load numpy.

ITERATIONS = 1000
MAX_TASKS = 3000  # above this a run takes more than a second: priced in the Risk tab only


class RiskPricing:
    def __init__(self, document: Document) -> None:
        self.document = document
        self._schedule: Schedule | None = None
        self._samples: Samples | None = None
        self.problem = ""

    def samples(self) -> Samples | None:
        """The simulation of the current schedule, or None (``problem`` says why)."""
        document = self.document
        schedule = self.document.schedule
        if schedule is None:
            self.problem = "The plan has no schedule."
            return None
        if schedule is self._schedule:
            return self._samples
        self._schedule, self._samples, self.problem = schedule, None, ""
        if len(document.data.tasks) > MAX_TASKS:
            self.problem = (
                f"The plan has more than {MAX_TASKS:,} tasks: see the Risk tab "
                "for its schedule risk."
            )
            return None
        from pmdesk.core.risk import simulate

        try:
            self._samples = simulate(document.data, ITERATIONS, 0)
        except PmdeskError as exc:
            self.problem = str(exc)
        return self._samples

    def schedule_for(self, launch_at: str) -> Schedule | None:
        """The schedule the P&L reads, with launches at P50/P80 when asked."""
        if launch_at == "planned":
            return self.document.schedule
        samples = self.samples()
        if samples is None:
            return self.document.schedule
        from pmdesk.core.risk.pnl import launch_schedule

        launched: Schedule | None = launch_schedule(
            self.document.data, self.document.schedule, samples, launch_at
        )
        return launched

    def npv(self, scenario_id: int | None) -> NpvSpread | None:
        """The NPV over the simulated launch dates (pnl.NpvSpread), or None."""
        samples = self.samples()
        if samples is None:
            return None
        from pmdesk.core.risk.pnl import risk_npv

        return risk_npv(self.document.data, self.document.schedule, samples, scenario_id)
