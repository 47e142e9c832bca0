"""XLSX export of the task table with openpyxl: real dates, outline grouping, frozen header."""

from __future__ import annotations

import io
import os

from pmdesk.core.plandata import PlanData
from pmdesk.core.spreadsheet_text import FORMULA_STARTS
from pmdesk.io.atomic import write_atomic
from pmdesk.io.tasktable import COLUMNS, task_rows
from pmdesk.io.xmltext import xml_text

WIDTHS = {"Name": 40, "Notes": 40, "Predecessors": 18, "Resources": 24, "Start": 17, "Finish": 17}
DATE_FORMAT = "yyyy-mm-dd hh:mm"


def write_xlsx(data: PlanData, path: str | os.PathLike[str]) -> list[str]:
    """Write the task table as an Excel workbook; returns warnings (e.g. no schedule)."""
    from openpyxl import Workbook  # heavy: imported only when exporting
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.worksheet import Worksheet

    warnings: list[str] = []
    workbook = Workbook()
    sheet = workbook.active
    assert isinstance(sheet, Worksheet)  # a new workbook opens on its one worksheet
    sheet.title = "Tasks"
    sheet.append(list(COLUMNS))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    date_columns = {
        index
        for index, title in enumerate(COLUMNS)
        if title in ("Start", "Finish", "Constraint date", "Deadline")
    }
    for row_number, row in enumerate(task_rows(data, warnings), start=2):
        values = list(row.values())
        sheet.append([xml_text(v) if isinstance(v, str) else v for v in values])
        for index, value in enumerate(values):
            if isinstance(value, str) and value:
                # openpyxl makes a formula of any text starting with "=": a task named
                # "=HYPERLINK(...)" must stay text. Excel's quote prefix marks formula-like
                # text as text without changing it. Characters XML cannot carry are replaced
                # as in the MSPDI and .gan writers.
                cell = sheet.cell(row=row_number, column=index + 1)
                cell.value = xml_text(value)
                cell.data_type = "s"
                if value.startswith(FORMULA_STARTS):
                    cell.quotePrefix = True
        for index in date_columns:
            if values[index] is not None:
                sheet.cell(row=row_number, column=index + 1).number_format = DATE_FORMAT
        if row.level > 1:
            # Excel's outline (row grouping) shows the WBS as collapsible groups.
            sheet.row_dimensions[row_number].outline_level = min(row.level - 1, 7)
        if row.level > 8:
            warnings.append("Excel groups rows at most 7 levels deep; deeper tasks are flat.")
    sheet.freeze_panes = "A2"
    for index, title in enumerate(COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = WIDTHS.get(title, 12)
    outline = sheet.sheet_properties.outlinePr
    assert outline is not None  # WorksheetProperties makes one by default
    outline.summaryBelow = False
    buffer = io.BytesIO()
    workbook.save(buffer)
    write_atomic(path, buffer.getvalue())
    return list(dict.fromkeys(warnings))
