"""Exports never hand a spreadsheet a formula: CSV cells are prefixed, XLSX cells are strings."""

from __future__ import annotations

import csv

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pmdesk.core.entities import Assignment, Resource, Task
from pmdesk.core.spreadsheet_text import neutralise, restore
from pmdesk.io.formats import export_file, import_file
from pmdesk.store.pmdb import blank_plan

ATTACKS = [
    '=HYPERLINK("http://x","y")',
    "=cmd|' /C calc'!A0",
    "+1+1",
    "-2+3",
    "@SUM(A1)",
    "\tTAB",
    "\rCR",
    "'=already quoted",
]


def _plan():
    data = blank_plan()
    tasks = [
        Task(id=index, name=name, notes=name, position=index)
        for index, name in enumerate(ATTACKS, start=1)
    ]
    data.load(
        tasks
        + [Resource(id=1, name="=EVIL()"), Assignment(id=1, task_id=1, resource_id=1, units=1.0)]
    )
    return data


def test_csv_cells_starting_with_a_formula_character_are_prefixed(tmp_path):
    target = tmp_path / "t.csv"
    export_file(_plan(), target)
    with open(target, newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    names = [row[3] for row in rows[1:]]
    notes = [row[-1] for row in rows[1:]]
    for cell in names + notes + [rows[1][10]]:
        assert cell[0] not in "=+-@\t\r", cell
    assert names[0] == "'" + ATTACKS[0]
    assert "''=already quoted" in names


def test_csv_round_trip_keeps_the_names(tmp_path):
    target = tmp_path / "t.csv"
    export_file(_plan(), target)
    data = import_file(target).data
    # (the importer strips spaces, tabs and returns around every cell)
    assert sorted(t.name for t in data.tasks.values()) == sorted(a.strip() for a in ATTACKS)


def test_xlsx_cells_are_never_formulas(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    target = tmp_path / "t.xlsx"
    export_file(_plan(), target)
    sheet = openpyxl.load_workbook(target).active
    cells = [cell for row in sheet.iter_rows() for cell in row if cell.value is not None]
    assert cells
    assert all(cell.data_type != "f" for cell in cells)
    names = [row[3].value for row in sheet.iter_rows(min_row=2)]
    assert names[0] == ATTACKS[0]  # the text itself, marked as text (Excel's quote prefix)
    assert sheet.cell(row=2, column=4).quotePrefix


@given(st.text(max_size=12))
def test_neutralise_is_reversible_and_safe(text):
    safe = neutralise(text)
    assert not safe.startswith(("=", "+", "-", "@", "\t", "\r"))
    assert restore(safe) == text
