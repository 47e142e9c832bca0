"""Prioritisation scores for roadmap items: RICE, WSJF, ICE, value vs effort, custom formulas.

A score is derived from an item's ``score_inputs``; it is never stored. An item missing an
input, or whose effort / job size is 0, is *unscored* (None): shown as "—" and sorted last,
never treated as 0.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from pmdesk.core.entities import RoadmapItem, ScoringModel
from pmdesk.core.expression import Expression, ParseError
from pmdesk.core.plandata import PlanData
from pmdesk.core.translation import QT_TRANSLATE_NOOP, TranslatedLabels

RICE = "RICE"
WSJF = "WSJF"
ICE = "ICE"
VALUE_EFFORT = "VALUE_EFFORT"
CUSTOM = "CUSTOM"
FRAMEWORKS = (RICE, WSJF, ICE, VALUE_EFFORT, CUSTOM)

FRAMEWORK_LABELS = TranslatedLabels(
    "Scoring",
    {
        RICE: "RICE",
        WSJF: "WSJF",
        ICE: "ICE",
        VALUE_EFFORT: QT_TRANSLATE_NOOP("Scoring", "Value / effort"),
        CUSTOM: QT_TRANSLATE_NOOP("Scoring", "Custom formula"),
    },
)

# The inputs each built-in framework reads from RoadmapItem.score_inputs, in display order.
INPUTS: dict[str, tuple[str, ...]] = {
    RICE: ("reach", "impact", "confidence", "effort"),
    WSJF: ("business_value", "time_criticality", "risk_reduction", "job_size"),
    ICE: ("impact", "confidence", "ease"),
    VALUE_EFFORT: ("value", "effort"),
}

INPUT_LABELS = TranslatedLabels(
    "Scoring",
    {
        "reach": QT_TRANSLATE_NOOP("Scoring", "Reach"),
        "impact": QT_TRANSLATE_NOOP("Scoring", "Impact"),
        "confidence": QT_TRANSLATE_NOOP("Scoring", "Confidence"),
        "effort": QT_TRANSLATE_NOOP("Scoring", "Effort"),
        "business_value": QT_TRANSLATE_NOOP("Scoring", "Business value"),
        "time_criticality": QT_TRANSLATE_NOOP("Scoring", "Time criticality"),
        "risk_reduction": QT_TRANSLATE_NOOP("Scoring", "Risk reduction / opportunity"),
        "job_size": QT_TRANSLATE_NOOP("Scoring", "Job size"),
        "ease": QT_TRANSLATE_NOOP("Scoring", "Ease"),
        "value": QT_TRANSLATE_NOOP("Scoring", "Value"),
    },
)

# Inputs that are percentages: stored as a fraction (RICE's confidence 0.8), typed and shown as
# 80 % ("80" and "80%" both mean 80 %, as a person writes a confidence). ICE's confidence is a
# 1-10 rating, not a percentage, though it shares the input's name.
PERCENT_INPUTS: dict[str, frozenset[str]] = {RICE: frozenset({"confidence"})}
BUILT_IN_INPUT_NAMES = frozenset(name for names in INPUTS.values() for name in names)


class ScoreInputError(ValueError):
    """A typed score input that cannot be taken; the message says what would be."""


def is_percent_input(framework: str, name: str) -> bool:
    return name in PERCENT_INPUTS.get((framework or "").upper(), ())


def read_input(framework: str, name: str, text: str) -> float | None:
    """The stored value of a typed input (None when cleared); raises ScoreInputError."""
    label = INPUT_LABELS.get(name, name)
    text = text.strip().replace(",", ".")
    if not text:
        return None
    percent = is_percent_input(framework, name)
    number_text = text[:-1].strip() if percent and text.endswith("%") else text
    try:
        number = float(number_text)
    except ValueError:
        number = math.nan
    if not math.isfinite(number):
        example = "80 or 80%" if percent else "3 or 0.5"
        quoted = text if len(text) <= 40 else text[:40] + "…"  # a pasted page stays one line
        raise ScoreInputError(f'{label}: "{quoted}" is not a number; type one like {example}.')
    if percent:
        if not 0 <= number <= 100:
            raise ScoreInputError(f"{label} is a percentage from 0 to 100%; type e.g. 80 or 80%.")
        return number / 100
    if number < 0 and name in BUILT_IN_INPUT_NAMES:
        raise ScoreInputError(f"{label} cannot be negative; type 0 or more.")
    return number


def format_input(framework: str, name: str, value: float | None) -> str:
    """An input as shown and edited: a percentage input as "80%"."""
    if value is None:
        return ""
    if is_percent_input(framework, name):
        return format_score(value * 100).replace(",", "") + "%"
    return format_score(value).replace(",", "")


ICE_PRODUCT = "product"
ICE_AVERAGE = "average"


@dataclass(slots=True)
class ScoringConfig:
    """The plan-wide scoring settings: ICE mode and the custom formula."""

    ice_mode: str = ICE_PRODUCT
    formula: Expression | None = None
    criteria: list[str] = field(default_factory=list)
    formula_error: str | None = None  # why the stored formula does not parse, if it does not

    @classmethod
    def from_plan(cls, data: PlanData) -> ScoringConfig:
        """Read the settings: the ICE mode from ``plan.settings["roadmap"]["ice_mode"]``, the
        custom formula from the plan's CUSTOM scoring model (the lowest id if several)."""
        config = cls()
        roadmap_settings = data.plan.settings.get("roadmap") or {}
        if roadmap_settings.get("ice_mode") == ICE_AVERAGE:
            config.ice_mode = ICE_AVERAGE
        custom = custom_model(data)
        if custom is not None and custom.formula.strip():
            config.criteria = list(custom.criteria)
            try:
                config.formula = Expression(custom.formula)
            except ParseError as exc:
                config.formula_error = str(exc)
            else:
                for name in sorted(config.formula.names):
                    if name not in config.criteria:
                        config.criteria.append(name)
        return config

    def inputs_for(self, framework: str) -> tuple[str, ...]:
        """The input names a framework needs (for CUSTOM: the formula's criteria)."""
        if framework == CUSTOM:
            return tuple(self.criteria)
        return INPUTS.get(framework, ())


def custom_model(data: PlanData) -> ScoringModel | None:
    """The plan's custom-formula scoring model (lowest id), if it has one."""
    models = [m for m in data.scoring_models.values() if m.framework.upper() == CUSTOM]
    return min(models, key=lambda m: m.id) if models else None


def input_value(inputs: Mapping[str, float | None], name: str) -> float | None:
    """One score input as a finite float, or None when missing or not a number."""
    value = inputs.get(name)
    if value is None:
        return None
    try:
        number = float(value)
    except (TypeError, ValueError, OverflowError):  # OverflowError: a 4,000-digit integer
        return None
    return number if math.isfinite(number) else None


def rice(
    reach: float | None, impact: float | None, confidence: float | None, effort: float | None
) -> float | None:
    """RICE = Reach x Impact x Confidence / Effort (Intercom); effort 0 or missing -> None."""
    if reach is None or impact is None or confidence is None or effort is None or effort == 0:
        return None
    return reach * impact * confidence / effort


def wsjf(
    business_value: float | None,
    time_criticality: float | None,
    risk_reduction: float | None,
    job_size: float | None,
) -> float | None:
    """WSJF = cost of delay / job size, cost of delay = BV + TC + RR|OE (SAFe)."""
    if (
        business_value is None
        or time_criticality is None
        or risk_reduction is None
        or job_size is None
        or job_size == 0
    ):
        return None
    return (business_value + time_criticality + risk_reduction) / job_size


def ice(
    impact: float | None, confidence: float | None, ease: float | None, *, mode: str = ICE_PRODUCT
) -> float | None:
    """ICE = Impact x Confidence x Ease, or their average when mode is "average"."""
    if impact is None or confidence is None or ease is None:
        return None
    if mode == ICE_AVERAGE:
        return (impact + confidence + ease) / 3
    return impact * confidence * ease


def value_per_effort(value: float | None, effort: float | None) -> float | None:
    if value is None or effort is None or effort == 0:
        return None
    return value / effort


def score(
    framework: str, inputs: Mapping[str, float | None], config: ScoringConfig | None = None
) -> float | None:
    """The score of one set of inputs under a framework, or None when unscored."""
    config = config or ScoringConfig()
    framework = (framework or "").upper()
    if framework == CUSTOM:
        if config.formula is None:
            return None
        values = {name: input_value(inputs, name) for name in config.formula.names}
        return config.formula.evaluate(values)
    names = INPUTS.get(framework)
    if names is None:
        return None
    args = [input_value(inputs, name) for name in names]
    if framework == RICE:
        result = rice(*args)
    elif framework == WSJF:
        result = wsjf(*args)
    elif framework == ICE:
        result = ice(*args, mode=config.ice_mode)
    else:
        result = value_per_effort(*args)
    if result is not None and not math.isfinite(result):
        return None
    return result


def score_item(item: RoadmapItem, config: ScoringConfig | None = None) -> float | None:
    return score(item.framework, item.score_inputs, config)


def score_items(
    items: Iterable[RoadmapItem], config: ScoringConfig | None = None
) -> dict[int, float | None]:
    return {item.id: score_item(item, config) for item in items}


def missing_inputs(item: RoadmapItem, config: ScoringConfig | None = None) -> list[str]:
    """The inputs an item still needs before it can be scored."""
    config = config or ScoringConfig()
    return [
        name
        for name in config.inputs_for(item.framework.upper())
        if input_value(item.score_inputs, name) is None
    ]


def sort_key(value: float | None, descending: bool = True) -> tuple[bool, float]:
    """A key that orders scores (highest first by default) with unscored items always last."""
    if value is None:
        return (True, 0.0)
    return (False, -value if descending else value)


def format_score(value: float | None) -> str:
    """200 -> "200", 10.5 -> "10.5", 17/3 -> "5.67", None -> "—"."""
    if value is None:
        return "—"
    if abs(value) >= 1000:
        return f"{value:,.0f}"
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def value_and_effort(
    item: RoadmapItem, config: ScoringConfig | None = None
) -> tuple[float, float] | None:
    """The (value, effort) pair for the value-vs-effort chart, or None when it is unknown.

    RICE: value = reach x impact x confidence, effort = effort. WSJF: value = cost of delay,
    effort = job size. Value / effort and custom formulas: the inputs named value and effort.
    ICE has no effort input (ease is its inverse), so it gives value = impact x confidence and
    effort = 10 - ease on ICE's 1..10 scale.
    """
    inputs = item.score_inputs
    framework = item.framework.upper()
    if framework == RICE:
        r, i, c, e = (input_value(inputs, n) for n in INPUTS[RICE])
        if r is None or i is None or c is None or e is None:
            return None
        return (r * i * c, e)
    if framework == WSJF:
        b, t, r, j = (input_value(inputs, n) for n in INPUTS[WSJF])
        if b is None or t is None or r is None or j is None:
            return None
        return (b + t + r, j)
    if framework == ICE:
        i, c, e = (input_value(inputs, n) for n in INPUTS[ICE])
        if i is None or c is None or e is None:
            return None
        return (i * c, max(0.0, 10.0 - e))
    value, effort = input_value(inputs, "value"), input_value(inputs, "effort")
    return None if value is None or effort is None else (value, effort)
