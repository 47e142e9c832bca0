"""The P&L as rows in reading order, shared by the sheet view, the CSV export and the CLI.

Each section shows a heading, its lines and its total; results follow the sections they
depend on (gross margin after cost of sales, operating result after operating expenses, net
cash flow and cumulative cash at the end).
"""

from __future__ import annotations

from dataclasses import dataclass

from pmdesk.core.finance.lines import SECTION_TITLES, SECTIONS
from pmdesk.core.finance.sheet import LineResult, PnlSheet, section_of
from pmdesk.core.translation import QT_TRANSLATE_NOOP, translate

HEADING, LINE, TOTAL, RESULT, RATIO, CUMULATIVE = (
    "heading", "line", "total", "result", "ratio", "cumulative")


@dataclass(frozen=True, slots=True)
class Row:
    kind: str
    label: str
    values: tuple[float | None, ...] = ()  # one per period; empty for a heading
    total: float | None = None  # the row's total over all periods (None: no sensible total)
    section: str = ""
    line: LineResult | None = None


# Each section's total, as one sentence per language (not "Total " + the section's title).
TOTAL_TITLES = {"revenue": QT_TRANSLATE_NOOP("PnlRows", "Total revenue"),
                "cogs": QT_TRANSLATE_NOOP("PnlRows", "Total cost of sales"),
                "opex": QT_TRANSLATE_NOOP("PnlRows", "Total operating expenses"),
                "capex": QT_TRANSLATE_NOOP("PnlRows", "Total capital expenditure")}


def _sum(values) -> float:
    return float(sum(values))


def sheet_rows(sheet: PnlSheet) -> list[Row]:
    rows: list[Row] = []
    by_section: dict[str, list[LineResult]] = {name: [] for name in SECTIONS}
    for result in sheet.lines:
        by_section[section_of(result.line)].append(result)
    for section in SECTIONS:
        rows.append(Row(HEADING, translate("PnlRows", SECTION_TITLES[section]), section=section))
        for result in by_section[section]:
            rows.append(Row(LINE, result.line.name or translate("PnlRows", "(unnamed line)"), tuple(result.values),
                            result.total, section, result))
        values = sheet.sections[section]
        rows.append(Row(TOTAL, translate("PnlRows", TOTAL_TITLES[section]), tuple(values),
                        _sum(values), section))
        if section == "cogs":
            rows.append(Row(RESULT, translate("PnlRows", "Gross margin"), tuple(sheet.gross_margin),
                            _sum(sheet.gross_margin)))
            revenue = sheet.kpis.total_revenue
            rows.append(Row(RATIO, translate("PnlRows", "Gross margin %"),
                            tuple(sheet.gross_margin_pct(i) for i in range(len(sheet.periods))),
                            _sum(sheet.gross_margin) / revenue if revenue else None))
        elif section == "opex":
            rows.append(Row(RESULT, translate("PnlRows", "Operating result (EBITDA)"), tuple(sheet.operating),
                            _sum(sheet.operating)))
    rows.append(Row(RESULT, translate("PnlRows", "Net cash flow"), tuple(sheet.net_cash),
                    _sum(sheet.net_cash)))
    rows.append(Row(CUMULATIVE, translate("PnlRows", "Cumulative cash"), tuple(sheet.cumulative),
                    sheet.cumulative[-1] if sheet.cumulative else None))
    return rows


def payback_text(sheet: PnlSheet) -> str:
    if sheet.kpis.payback is None:
        return "not within the horizon"
    index, elapsed = sheet.kpis.payback
    unit = sheet.settings.period + ("s" if elapsed != 1 else "")
    return f"{elapsed:.1f} {unit} ({sheet.periods[index].label})" if elapsed else "immediate"


def break_even_text(sheet: PnlSheet) -> str:
    index = sheet.kpis.break_even
    return sheet.periods[index].label if index is not None else "not within the horizon"


def irr_text(sheet: PnlSheet) -> str:
    return f"{sheet.kpis.irr:.1%}" if sheet.kpis.irr is not None else "n/a"
