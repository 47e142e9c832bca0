"""Links between tasks for views: an index by task, and the MS Project predecessor notation.

The task table shows and takes predecessors as MS Project writes them, by task ID (the row
number in outline order): ``3FS+2d, 5SS-1d, 7, 9FF+50%``. A bare number is an FS link with
no lag; a lag is a duration (``2d``, ``4h``, ``1ed`` elapsed) or a percentage of the
predecessor's duration; a minus sign makes it a lead.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from pmdesk.core.durationtext import duration_text
from pmdesk.core.entities import LagKind, Link, LinkType
from pmdesk.core.errors import PmdeskError
from pmdesk.core.scheduling.durations import parse_duration
from pmdesk.core.standard_time import DAYS_PER_MONTH, MINUTES_PER_DAY, MINUTES_PER_WEEK
from pmdesk.operations.editor import PlanEditor


class PredecessorError(PmdeskError):
    """Predecessor text that cannot be read; the message names the faulty part."""


@dataclass(frozen=True, slots=True)
class PredecessorSpec:
    """One link as typed: the predecessor task, the type and the lag."""

    predecessor_id: int
    type: LinkType = LinkType.FS
    lag: float = 0
    lag_kind: LagKind = LagKind.WORKING


_ITEM = re.compile(
    r"^(?P<number>\d+)\s*(?P<type>FS|SS|FF|SF)?\s*(?:(?P<sign>[+-])\s*(?P<lag>.+))?$",
    re.IGNORECASE,
)


def parse_predecessors(
    text: str,
    task_for_number: Callable[[int], int | None],
    successor_id: int,
    minutes_per_day: int = MINUTES_PER_DAY,
    minutes_per_week: int = MINUTES_PER_WEEK,
    days_per_month: int = DAYS_PER_MONTH,
) -> list[PredecessorSpec]:
    """Read ``3FS+2d, 5SS-1d, 7, 9FF+50%`` into link specs.

    ``task_for_number`` maps a task ID as shown in the table to the task's entity id (None
    when there is no such row). Raises PredecessorError for a part it cannot read, an
    unknown ID, a task linked to itself or the same predecessor twice.
    """
    specs: list[PredecessorSpec] = []
    seen: set[int] = set()
    for part in re.split(r"[,;]", text):
        part = part.strip()
        if not part:
            continue
        match = _ITEM.match(part)
        if match is None:
            raise PredecessorError(
                f'"{part}" is not a predecessor; write it like 3FS+2d, 5SS-1d, 7 or 9FF+50%.'
            )
        number = int(match["number"])
        task_id = task_for_number(number)
        if task_id is None:
            raise PredecessorError(f"There is no task with ID {number}.")
        if task_id == successor_id:
            raise PredecessorError(f"Task {number} cannot be its own predecessor.")
        if task_id in seen:
            raise PredecessorError(f"Task {number} is listed twice as a predecessor.")
        seen.add(task_id)
        link_type = LinkType(match["type"].upper()) if match["type"] else LinkType.FS
        lag, kind = 0.0, LagKind.WORKING
        if match["lag"] is not None:
            lag_text = match["lag"].strip()
            if lag_text.endswith("%"):
                try:
                    lag, kind = float(lag_text[:-1]), LagKind.PERCENT
                except ValueError:
                    lag = math.nan
                if not math.isfinite(lag):  # float() also reads "nan" and "1e400"
                    raise PredecessorError(f'"{lag_text}" is not a percentage.')
            else:
                try:
                    minutes, elapsed = parse_duration(
                        lag_text, minutes_per_day, minutes_per_week, days_per_month
                    )
                except PmdeskError as exc:
                    raise PredecessorError(f'The lag in "{part}": {exc}') from None
                lag = float(minutes)
                kind = LagKind.ELAPSED if elapsed else LagKind.WORKING
            if match["sign"] == "-":
                lag = -lag
        specs.append(PredecessorSpec(task_id, link_type, lag, kind))
    return specs


def format_lag(
    link: Link,
    minutes_per_day: int = MINUTES_PER_DAY,
    minutes_per_week: int = MINUTES_PER_WEEK,
    days_per_month: int = DAYS_PER_MONTH,
) -> str:
    """The lag as the table writes it after the type: ``+2d``, ``-1d``, ``+50%`` or ``""``
    (``+2hari`` in Bahasa Indonesia)."""
    if not link.lag:
        return ""
    sign = "-" if link.lag < 0 else "+"
    if link.lag_kind is LagKind.PERCENT:
        return f"{sign}{abs(link.lag):g}%"
    # The unit in the interface language ("+2hari"), the decimal a point: commas separate
    # the links in this notation.
    text = duration_text(
        int(round(abs(link.lag))),
        elapsed=link.lag_kind is LagKind.ELAPSED,
        minutes_per_day=minutes_per_day,
        minutes_per_week=minutes_per_week,
        days_per_month=days_per_month,
        decimal=".",
    )
    return sign + text.replace(" ", "")


def format_predecessors(
    links: Iterable[Link],
    number_of: Callable[[int], int | None],
    minutes_per_day: int = MINUTES_PER_DAY,
    minutes_per_week: int = MINUTES_PER_WEEK,
    days_per_month: int = DAYS_PER_MONTH,
) -> str:
    """The predecessors of one task in table notation; FS with no lag is the bare number."""
    parts = []
    for link in sorted(links, key=lambda lk: number_of(lk.predecessor_id) or 0):
        number = number_of(link.predecessor_id)
        if number is None:
            continue
        lag = format_lag(link, minutes_per_day, minutes_per_week, days_per_month)
        kind = "" if link.type is LinkType.FS and not lag else link.type.value
        parts.append(f"{number}{kind}{lag}")
    return ", ".join(parts)


def apply_predecessor_specs(
    document: PlanEditor, successor_id: int, current: list[Link], specs: list[PredecessorSpec]
) -> None:
    """Make the successor's links match ``specs`` (remove, change, add) as one undo step."""
    data = document.data
    by_predecessor = {link.predecessor_id: link for link in current}
    wanted = {spec.predecessor_id: spec for spec in specs}
    removed = [(Link, link.id) for pid, link in by_predecessor.items() if pid not in wanted]
    next_id = data.new_id(Link)
    added = []
    changed = []
    for pid, spec in wanted.items():
        link = by_predecessor.get(pid)
        values = {"type": spec.type, "lag": spec.lag, "lag_kind": spec.lag_kind}
        if link is None:
            added.append(Link(next_id, pid, successor_id, spec.type, spec.lag, spec.lag_kind))
            next_id += 1
        elif any(getattr(link, name) != value for name, value in values.items()):
            changed.append((link.id, values))
    if not (removed or added or changed):
        return
    with document.macro("Edit predecessors"):
        if removed:
            document.remove_entities(removed, "Remove links")
        for link_id, values in changed:
            document.set_fields(Link, link_id, "Change link", **values)
        if added:
            document.add_entities(added, "Add links")


class LinkIndex:
    """The plan's links grouped by successor and by predecessor (rebuilt when links change)."""

    def __init__(self, links: Iterable[Link] = ()) -> None:
        self.rebuild(links)

    def rebuild(self, links: Iterable[Link]) -> None:
        self.into: dict[int, list[Link]] = {}
        self.out_of: dict[int, list[Link]] = {}
        self.by_pair: dict[tuple[int, int], Link] = {}
        for link in links:
            self.into.setdefault(link.successor_id, []).append(link)
            self.out_of.setdefault(link.predecessor_id, []).append(link)
            self.by_pair[(link.predecessor_id, link.successor_id)] = link

    def predecessors(self, task_id: int) -> list[Link]:
        return self.into.get(task_id, [])

    def successors(self, task_id: int) -> list[Link]:
        return self.out_of.get(task_id, [])

    def between(self, predecessor_id: int, successor_id: int) -> Link | None:
        return self.by_pair.get((predecessor_id, successor_id))
