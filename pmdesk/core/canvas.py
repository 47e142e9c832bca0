"""The strategy canvas without Qt: factor and offering order, value levels, the ERRC grid, where
the value curves differ, and the block layout of the Business Model and Lean canvases.

Vocabulary from Kim and Mauborgne's Blue Ocean Strategy: a *factor* is something the industry
competes on, each *offering* has a *value curve* (its level 0..10 per factor), and the
four-actions framework asks which factors to Eliminate, Reduce, Raise or Create.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from pmdesk.core.entities import CanvasFactor, CanvasNote, CanvasOffering, CanvasValue
from pmdesk.core.plandata import PlanData
from pmdesk.core.translation import QT_TRANSLATE_NOOP, TranslatedLabels, translate

LEVEL_MIN = 0.0
LEVEL_MAX = 10.0
LEVEL_STEP = 0.5  # a dragged point snaps to half levels

ERRC_ACTIONS = ("eliminate", "reduce", "raise", "create")
ERRC_LABELS = TranslatedLabels(
    "Canvas",
    {
        "eliminate": QT_TRANSLATE_NOOP("Canvas", "Eliminate"),
        "reduce": QT_TRANSLATE_NOOP("Canvas", "Reduce"),
        "raise": QT_TRANSLATE_NOOP("Canvas", "Raise"),
        "create": QT_TRANSLATE_NOOP("Canvas", "Create"),
    },
)


def own_name(offering: CanvasOffering) -> str:
    """An offering's name as charts and headers show it: "pmdesk (ours)" for our own."""
    return (
        translate("Canvas", "%1 (ours)").replace("%1", offering.name)
        if offering.own
        else offering.name
    )


ERRC_QUESTIONS = TranslatedLabels(
    "Canvas",
    {
        "eliminate": QT_TRANSLATE_NOOP(
            "Canvas", "Which factors the industry takes for granted should be eliminated?"
        ),
        "reduce": QT_TRANSLATE_NOOP(
            "Canvas", "Which factors should be reduced well below the industry's standard?"
        ),
        "raise": QT_TRANSLATE_NOOP(
            "Canvas", "Which factors should be raised well above the industry's standard?"
        ),
        "create": QT_TRANSLATE_NOOP(
            "Canvas", "Which factors should be created that the industry has never offered?"
        ),
    },
)


def ordered_factors(data: PlanData) -> list[CanvasFactor]:
    """Factors left to right on the canvas (position, then id for ties)."""
    return sorted(data.canvas_factors.values(), key=lambda f: (f.position, f.id))


def ordered_offerings(data: PlanData) -> list[CanvasOffering]:
    """Offerings in legend order (position, then id)."""
    return sorted(data.canvas_offerings.values(), key=lambda o: (o.position, o.id))


def own_offering(data: PlanData) -> CanvasOffering | None:
    """Our own offering: the first one marked ``own``, else None."""
    return next((o for o in ordered_offerings(data) if o.own), None)


def value_index(data: PlanData) -> dict[tuple[int, int], CanvasValue]:
    """(factor id, offering id) -> the CanvasValue holding that level."""
    return {(v.factor_id, v.offering_id): v for v in data.canvas_values.values()}


def levels(data: PlanData) -> dict[tuple[int, int], float]:
    return {key: value.level for key, value in value_index(data).items()}


def snap_level(level: float, step: float = LEVEL_STEP) -> float:
    """Clamp a level to 0..10 and round it to the nearest ``step``."""
    clamped = min(LEVEL_MAX, max(LEVEL_MIN, float(level)))
    # Halves round up (floor + 0.5), not to even as round() does: 0.25 -> 0.5 like 0.75 -> 1.
    return min(LEVEL_MAX, math.floor(clamped / step + 0.5) * step)


def parse_level(text: str) -> float:
    """A level typed by a person ("7", "6.5", "7,5"); raises ValueError outside 0..10."""
    value = float(str(text).strip().replace(",", "."))
    if not LEVEL_MIN <= value <= LEVEL_MAX:
        raise ValueError(f"A level is between {LEVEL_MIN:g} and {LEVEL_MAX:g}.")
    return value


def parse_errc(text: str | None) -> str | None:
    """ "raise", "R", "Raise " -> "raise"; "" or "-" -> None (unassigned); ValueError otherwise.

    A single letter is accepted only where it is unambiguous: R alone could be reduce or raise.
    """
    word = (text or "").strip().lower()
    if word in ("", "-", "—", "none"):
        return None
    matches = [action for action in ERRC_ACTIONS if action.startswith(word)]
    if not matches:  # typed in the interface language ("Kurangi")
        matches = [
            action for action in ERRC_ACTIONS if ERRC_LABELS[action].lower().startswith(word)
        ]
    if len(matches) == 1:
        return matches[0]
    raise ValueError(
        translate("Canvas", "The action is one of Eliminate, Reduce, Raise or Create (or empty).")
    )


def errc_groups(data: PlanData) -> dict[str | None, list[CanvasFactor]]:
    """Factors by ERRC action in canvas order; key None holds the unassigned ones."""
    groups: dict[str | None, list[CanvasFactor]] = {action: [] for action in ERRC_ACTIONS}
    groups[None] = []
    for factor in ordered_factors(data):
        groups[factor.errc if factor.errc in ERRC_ACTIONS else None].append(factor)
    return groups


def reordered_positions(ids_in_order: list[int], moving_id: int, new_index: int) -> dict[int, int]:
    """Positions after moving ``moving_id`` to ``new_index``: {id: position} of those that change.

    Every id gets position = its index, so ties and gaps left by earlier edits are repaired too.
    """
    order = [i for i in ids_in_order if i != moving_id]
    new_index = max(0, min(len(order), new_index))
    order.insert(new_index, moving_id)
    return {entity_id: index for index, entity_id in enumerate(order)}


@dataclass(frozen=True, slots=True)
class Gap:
    """Where our value curve is farthest from one competitor's."""

    competitor_id: int
    factor_id: int
    own_level: float
    their_level: float

    @property
    def difference(self) -> float:
        """Positive: we offer more of the factor than they do."""
        return self.own_level - self.their_level


def largest_gaps(data: PlanData, own_id: int | None = None) -> dict[int, Gap]:
    """For each competitor, the factor where we differ most (largest absolute difference).

    Ties go to the factor further left on the canvas. Factors without a level on either
    curve are skipped; a competitor with no shared factor is left out.
    """
    own = data.canvas_offerings.get(own_id) if own_id is not None else own_offering(data)
    if own is None:
        return {}
    level = levels(data)
    result: dict[int, Gap] = {}
    for competitor in ordered_offerings(data):
        if competitor.id == own.id:
            continue
        best: Gap | None = None
        for factor in ordered_factors(data):
            ours, theirs = level.get((factor.id, own.id)), level.get((factor.id, competitor.id))
            if ours is None or theirs is None:
                continue
            gap = Gap(competitor.id, factor.id, ours, theirs)
            if best is None or abs(gap.difference) > abs(best.difference):
                best = gap
        if best is not None:
            result[competitor.id] = best
    return result


def curve_distance(data: PlanData, first_id: int, second_id: int) -> float | None:
    """Mean absolute level difference between two value curves (None: no shared factor).

    A small distance means the two offerings compete head on (a red ocean); a blue-ocean
    curve diverges from the others.
    """
    level = levels(data)
    differences = [
        abs(level[(f.id, first_id)] - level[(f.id, second_id)])
        for f in ordered_factors(data)
        if (f.id, first_id) in level and (f.id, second_id) in level
    ]
    return sum(differences) / len(differences) if differences else None


def errc_findings(data: PlanData) -> dict[int, str]:
    """Factor id -> one sentence where our own curve contradicts the factor's ERRC action.

    Eliminate: our level should be 0. Reduce: below the competitors' average. Raise: above
    it. Create: no competitor should offer it (their levels 0). Nothing without an own offering.
    """
    own = own_offering(data)
    if own is None:
        return {}
    level = levels(data)
    competitors = [o.id for o in ordered_offerings(data) if o.id != own.id]
    findings: dict[int, str] = {}
    for factor in ordered_factors(data):
        ours = level.get((factor.id, own.id))
        theirs = [level[(factor.id, c)] for c in competitors if (factor.id, c) in level]
        if ours is None or factor.errc not in ERRC_ACTIONS:
            continue
        average = sum(theirs) / len(theirs) if theirs else None
        if factor.errc == "eliminate" and ours > 0:
            findings[factor.id] = f"Marked Eliminate, but our level is {ours:g} (not 0)."
        elif factor.errc == "reduce" and average is not None and ours >= average:
            findings[factor.id] = (
                f"Marked Reduce, but our level {ours:g} is not below the "
                f"competitors' average {average:.1f}."
            )
        elif factor.errc == "raise" and average is not None and ours <= average:
            findings[factor.id] = (
                f"Marked Raise, but our level {ours:g} is not above the "
                f"competitors' average {average:.1f}."
            )
        elif factor.errc == "create" and theirs and max(theirs) > 0:
            findings[factor.id] = (
                f"Marked Create, but competitors already offer it (up to {max(theirs):g})."
            )
    return findings


# -- Business Model Canvas and Lean Canvas -------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Block:
    """One block of a canvas: its key, title, guiding question and cell on a 10 x 3 grid."""

    key: str
    title: str
    question: str
    column: int
    row: int
    columns: int
    rows: int


GRID_COLUMNS = 10
GRID_ROWS = 3  # two rows of the upper part, one for costs and revenues (drawn shorter)

# Osterwalder's layout: partners on the left, value propositions in the middle, customers on
# the right; costs and revenues share the bottom band.
BMC_BLOCKS = (
    Block(
        "key_partners",
        QT_TRANSLATE_NOOP("Canvas", "Key Partners"),
        QT_TRANSLATE_NOOP("Canvas", "Who helps us? Which resources do they supply?"),
        0,
        0,
        2,
        2,
    ),
    Block(
        "key_activities",
        QT_TRANSLATE_NOOP("Canvas", "Key Activities"),
        QT_TRANSLATE_NOOP("Canvas", "What must we do well to deliver the value?"),
        2,
        0,
        2,
        1,
    ),
    Block(
        "key_resources",
        QT_TRANSLATE_NOOP("Canvas", "Key Resources"),
        QT_TRANSLATE_NOOP("Canvas", "What assets does the value depend on?"),
        2,
        1,
        2,
        1,
    ),
    Block(
        "value_propositions",
        QT_TRANSLATE_NOOP("Canvas", "Value Propositions"),
        QT_TRANSLATE_NOOP("Canvas", "Which problem do we solve, for whom?"),
        4,
        0,
        2,
        2,
    ),
    Block(
        "customer_relationships",
        QT_TRANSLATE_NOOP("Canvas", "Customer Relationships"),
        QT_TRANSLATE_NOOP("Canvas", "How do we get, keep and grow customers?"),
        6,
        0,
        2,
        1,
    ),
    Block(
        "channels",
        QT_TRANSLATE_NOOP("Canvas", "Channels"),
        QT_TRANSLATE_NOOP("Canvas", "How do we reach and deliver to customers?"),
        6,
        1,
        2,
        1,
    ),
    Block(
        "customer_segments",
        QT_TRANSLATE_NOOP("Canvas", "Customer Segments"),
        QT_TRANSLATE_NOOP("Canvas", "For whom do we create value?"),
        8,
        0,
        2,
        2,
    ),
    Block(
        "cost_structure",
        QT_TRANSLATE_NOOP("Canvas", "Cost Structure"),
        QT_TRANSLATE_NOOP("Canvas", "What are the most important costs?"),
        0,
        2,
        5,
        1,
    ),
    Block(
        "revenue_streams",
        QT_TRANSLATE_NOOP("Canvas", "Revenue Streams"),
        QT_TRANSLATE_NOOP("Canvas", "What will customers pay for, and how?"),
        5,
        2,
        5,
        1,
    ),
)

# Ash Maurya's Lean Canvas on the same grid.
LEAN_BLOCKS = (
    Block(
        "problem",
        QT_TRANSLATE_NOOP("Canvas", "Problem"),
        QT_TRANSLATE_NOOP("Canvas", "Top three problems; existing alternatives."),
        0,
        0,
        2,
        2,
    ),
    Block(
        "solution",
        QT_TRANSLATE_NOOP("Canvas", "Solution"),
        QT_TRANSLATE_NOOP("Canvas", "Top three features."),
        2,
        0,
        2,
        1,
    ),
    Block(
        "key_metrics",
        QT_TRANSLATE_NOOP("Canvas", "Key Metrics"),
        QT_TRANSLATE_NOOP("Canvas", "The numbers that show progress."),
        2,
        1,
        2,
        1,
    ),
    Block(
        "unique_value_proposition",
        QT_TRANSLATE_NOOP("Canvas", "Unique Value Proposition"),
        QT_TRANSLATE_NOOP("Canvas", "Why we are different and worth attention."),
        4,
        0,
        2,
        2,
    ),
    Block(
        "unfair_advantage",
        QT_TRANSLATE_NOOP("Canvas", "Unfair Advantage"),
        QT_TRANSLATE_NOOP("Canvas", "What cannot be copied or bought."),
        6,
        0,
        2,
        1,
    ),
    Block(
        "channels",
        QT_TRANSLATE_NOOP("Canvas", "Channels"),
        QT_TRANSLATE_NOOP("Canvas", "Paths to customers."),
        6,
        1,
        2,
        1,
    ),
    Block(
        "customer_segments",
        QT_TRANSLATE_NOOP("Canvas", "Customer Segments"),
        QT_TRANSLATE_NOOP("Canvas", "Target customers; early adopters."),
        8,
        0,
        2,
        2,
    ),
    Block(
        "cost_structure",
        QT_TRANSLATE_NOOP("Canvas", "Cost Structure"),
        QT_TRANSLATE_NOOP("Canvas", "Customer acquisition, distribution, people."),
        0,
        2,
        5,
        1,
    ),
    Block(
        "revenue_streams",
        QT_TRANSLATE_NOOP("Canvas", "Revenue Streams"),
        QT_TRANSLATE_NOOP("Canvas", "Revenue model, lifetime value, margin."),
        5,
        2,
        5,
        1,
    ),
)

CANVAS_KINDS = {"bmc": ("Business Model Canvas", BMC_BLOCKS), "lean": ("Lean Canvas", LEAN_BLOCKS)}

NOTE_COLORS = {  # sticky-note colours a person picks by name
    "yellow": "#fff3a6",
    "green": "#cdefc4",
    "blue": "#cfe4fa",
    "pink": "#fbd3df",
    "orange": "#ffd9ae",
    "lilac": "#e3d7f5",
}
DEFAULT_NOTE_COLOR = "yellow"


def blocks_of(canvas: str) -> tuple[Block, ...]:
    return CANVAS_KINDS.get(canvas, CANVAS_KINDS["bmc"])[1]


def notes_by_block(data: PlanData, canvas: str) -> dict[str, list[CanvasNote]]:
    """The notes of one canvas per block key (every block present), in position order.

    Notes in a block the canvas does not have (typed elsewhere, another version) are left out.
    """
    result: dict[str, list[CanvasNote]] = {block.key: [] for block in blocks_of(canvas)}
    for note in sorted(data.canvas_notes.values(), key=lambda n: (n.position, n.id)):
        if note.canvas == canvas and note.block in result:
            result[note.block].append(note)
    return result
