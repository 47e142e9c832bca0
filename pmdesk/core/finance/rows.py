"""The P&L as rows in reading order, shared by the sheet view, the CSV export and the CLI.

Each section shows a heading, its lines and its total; results follow the sections they
depend on (gross margin after cost of sales, operating result after operating expenses, net
cash flow and cumulative cash at the end).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from pmdesk.core.finance.lines import SECTION_TITLES, SECTIONS
from pmdesk.core.finance.sheet import LineResult, PnlSheet, section_of
from pmdesk.core.localeformat import format_number, format_percent
from pmdesk.core.translation import QT_TRANSLATE_NOOP, translate

HEADING, LINE, TOTAL, RESULT, RATIO, CUMULATIVE = (
    "heading",
    "line",
    "total",
    "result",
    "ratio",
    "cumulative",
)


@dataclass(frozen=True, slots=True)
class Row:
    kind: str
    label: str
    values: tuple[float | None, ...] = ()  # one per period; empty for a heading
    total: float | None = None  # the row's total over all periods (None: no sensible total)
    section: str = ""
    line: LineResult | None = None


# Each section's total, as one sentence per language (not "Total " + the section's title).
TOTAL_TITLES = {
    "revenue": QT_TRANSLATE_NOOP("PnlRows", "Total revenue"),
    "cogs": QT_TRANSLATE_NOOP("PnlRows", "Total cost of sales"),
    "opex": QT_TRANSLATE_NOOP("PnlRows", "Total operating expenses"),
    "capex": QT_TRANSLATE_NOOP("PnlRows", "Total capital expenditure"),
}


def _sum(values: Iterable[float]) -> float:
    return float(sum(values))


def sheet_rows(sheet: PnlSheet) -> list[Row]:
    rows: list[Row] = []
    by_section: dict[str, list[LineResult]] = {name: [] for name in SECTIONS}
    for result in sheet.lines:
        by_section[section_of(result.line)].append(result)
    for section in SECTIONS:
        rows.append(Row(HEADING, translate("PnlRows", SECTION_TITLES[section]), section=section))
        for result in by_section[section]:
            rows.append(
                Row(
                    LINE,
                    result.line.name or translate("PnlRows", "(unnamed line)"),
                    tuple(result.values),
                    result.total,
                    section,
                    result,
                )
            )
        values = sheet.sections[section]
        rows.append(
            Row(
                TOTAL,
                translate("PnlRows", TOTAL_TITLES[section]),
                tuple(values),
                _sum(values),
                section,
            )
        )
        if section == "cogs":
            rows.append(
                Row(
                    RESULT,
                    translate("PnlRows", "Gross margin"),
                    tuple(sheet.gross_margin),
                    _sum(sheet.gross_margin),
                )
            )
            revenue = sheet.kpis.total_revenue
            rows.append(
                Row(
                    RATIO,
                    translate("PnlRows", "Gross margin %"),
                    tuple(sheet.gross_margin_pct(i) for i in range(len(sheet.periods))),
                    _sum(sheet.gross_margin) / revenue if revenue else None,
                )
            )
        elif section == "opex":
            rows.append(
                Row(
                    RESULT,
                    translate("PnlRows", "Operating result (EBITDA)"),
                    tuple(sheet.operating),
                    _sum(sheet.operating),
                )
            )
    rows.append(
        Row(
            RESULT,
            translate("PnlRows", "Net cash flow"),
            tuple(sheet.net_cash),
            _sum(sheet.net_cash),
        )
    )
    rows.append(
        Row(
            CUMULATIVE,
            translate("PnlRows", "Cumulative cash"),
            tuple(sheet.cumulative),
            sheet.cumulative[-1] if sheet.cumulative else None,
        )
    )
    return rows


# "5.8 quarters (Q1 2028)": a whole sentence per period kind, so each language words it.
PAYBACK_SENTENCES = {
    ("month", False): QT_TRANSLATE_NOOP("PnlRows", "%1 months (%2)"),
    ("quarter", False): QT_TRANSLATE_NOOP("PnlRows", "%1 quarters (%2)"),
    ("year", False): QT_TRANSLATE_NOOP("PnlRows", "%1 years (%2)"),
    ("month", True): QT_TRANSLATE_NOOP("PnlRows", "%1 month (%2)"),
    ("quarter", True): QT_TRANSLATE_NOOP("PnlRows", "%1 quarter (%2)"),
    ("year", True): QT_TRANSLATE_NOOP("PnlRows", "%1 year (%2)"),
}


def payback_text(sheet: PnlSheet) -> str:
    if sheet.kpis.payback is None:
        return translate("PnlRows", "not within the horizon")
    index, elapsed = sheet.kpis.payback
    if not elapsed:
        return translate("PnlRows", "immediate")
    sentence = PAYBACK_SENTENCES.get(
        (sheet.settings.period, elapsed == 1), PAYBACK_SENTENCES[("quarter", False)]
    )
    return (
        translate("PnlRows", sentence)
        .replace("%1", format_number(elapsed, 1))
        .replace("%2", sheet.periods[index].label)
    )


def break_even_text(sheet: PnlSheet) -> str:
    index = sheet.kpis.break_even
    return (
        sheet.periods[index].label
        if index is not None
        else translate("PnlRows", "not within the horizon")
    )


def irr_text(sheet: PnlSheet) -> str:
    """The IRR in the locale's percent ("25.7%", "25,7 %"), or n/a."""
    irr = sheet.kpis.irr
    return format_percent(irr, 1) if irr is not None else translate("PnlRows", "n/a")
