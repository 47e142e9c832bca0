"""Write a P&L sheet as CSV: one row per sheet row, raw numbers (no thousands separators),
so that a spreadsheet reads them as numbers."""

from __future__ import annotations

import csv
import os

from pmdesk.core.errors import PmdeskError
from pmdesk.core.export_target import replace_refusal
from pmdesk.core.finance.rows import sheet_rows
from pmdesk.core.finance.sheet import PnlSheet
from pmdesk.core.spreadsheet_text import neutralise


def _number(value: float | None) -> str:
    return "" if value is None else f"{value:.2f}"


def write_csv(sheet: PnlSheet, path: str | os.PathLike[str], currency: str = "") -> None:
    scenario = sheet.scenario.name if sheet.scenario is not None else ""
    refusal = replace_refusal(path)
    if refusal is not None:
        raise PmdeskError(f"{refusal}; export under another name.")
    try:
        with open(path, "w", newline="", encoding="utf-8") as stream:
            writer = csv.writer(stream)
            writer.writerow(
                ["Row", "Kind", "Section", "Scenario", "Currency"]
                + [neutralise(p.label) for p in sheet.periods]
                + ["Total"]
            )
            # Names are text a spreadsheet must not run: "=HYPERLINK(...)" gets an apostrophe.
            scenario, currency = neutralise(scenario), neutralise(currency)
            for row in sheet_rows(sheet):
                if row.kind == "heading":
                    continue
                writer.writerow(
                    [neutralise(row.label), row.kind, row.section, scenario, currency]
                    + [_number(v) for v in row.values]
                    + [_number(row.total)]
                )
    except OSError as exc:
        raise PmdeskError(f"Could not write {os.fspath(path)}: {exc.strerror or exc}.") from None
