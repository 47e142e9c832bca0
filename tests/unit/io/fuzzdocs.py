"""Hypothesis strategies for hostile import files: structurally valid MSPDI, .gan and CSV
documents, then broken (missing, empty, huge, negative, non-finite and wrong-type values,
duplicate ids, deep nesting, odd encodings, cut short).

Each strategy gives ``(file name, bytes)``.
"""

from __future__ import annotations

from xml.sax.saxutils import escape, quoteattr

from hostile import NS, STANDARD_WEEK
from hypothesis import strategies as st

HOSTILE = st.sampled_from(
    [
        "",
        " ",
        "-1",
        "-5",
        "0",
        "-PT8H0M0S",
        "inf",
        "-inf",
        "nan",
        "NaN",
        "1e400",
        "-1e400",
        "9" * 400,
        "PT" + "9" * 30 + "H0M0S",
        "P99999999999999D",
        "abc",
        "1.5.2",
        "0x1F",
        "true",
        "0001-01-01T00:00:00",
        "9999-12-31T23:59:59",
        "2025-02-30T08:00:00",
        "1983-12-31T23:00:00",
        "2150-01-01T00:00:00",
        "2025-03-03T08:00:00+14:00",
        "99:99:99",
        "\u202e",
        "\x01bell",
        '=HYPERLINK("x")',
        "x" * 5000,
        "2147483648",
        "-2147483649",
        "65536",
    ]
)
TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=12)
ENCODINGS = st.sampled_from(["utf-8", "utf-8", "utf-8", "utf-16", "latin-1", "cp1252"])


def _breakages(kinds: list[str], tags: dict[str, list[str]]):
    """A list of (operation, kind, index, tag, value) steps."""
    step = st.tuples(
        st.sampled_from(["set", "set", "drop", "dup"]),
        st.sampled_from(kinds),
        st.integers(0, 20),
        st.sampled_from(sorted({tag for names in tags.values() for tag in names})),
        HOSTILE,
    )
    return st.lists(step, max_size=4)


def _apply(items: dict[str, list[dict]], steps, id_tag: str) -> None:
    for operation, kind, index, tag, value in steps:
        rows = items.get(kind) or []
        if not rows:
            continue
        row = rows[index % len(rows)]
        if operation == "set":
            row[tag] = value
        elif operation == "drop":
            row.pop(tag, None)
        elif id_tag in row:  # dup: take the id of another item of the kind
            row[id_tag] = rows[(index + 1) % len(rows)].get(id_tag, "1")


def _encoded(text: str, encoding: str) -> bytes:
    if encoding == "utf-8":
        return text.encode("utf-8")
    return text.encode(encoding, "replace")


# -- MSPDI -----------------------------------------------------------------------------------
MSPDI_TAGS = {
    "task": [
        "UID",
        "Name",
        "OutlineLevel",
        "Duration",
        "DurationFormat",
        "Priority",
        "PercentComplete",
        "ConstraintType",
        "ConstraintDate",
        "Deadline",
        "ActualStart",
        "FixedCost",
        "CalendarUID",
        "Manual",
        "ManualStart",
        "Notes",
    ],
    "link": ["PredecessorUID", "Type", "LinkLag", "LagFormat"],
    "resource": ["UID", "Name", "MaxUnits", "StandardRate", "CalendarUID"],
    "assignment": ["TaskUID", "ResourceUID", "Units", "Work"],
    "project": [
        "StartDate",
        "StatusDate",
        "MinutesPerDay",
        "HoursPerDay",
        "MinutesPerWeek",
        "DaysPerMonth",
        "CalendarUID",
        "FinishDate",
        "CreationDate",
    ],
}


def _xml_fields(fields: dict) -> str:
    return "".join(f"<{tag}>{escape(str(value))}</{tag}>" for tag, value in fields.items())


@st.composite
def mspdi_files(draw):
    count = draw(st.integers(1, 6))
    tasks, links = [], []
    for uid in range(1, count + 1):
        tasks.append(
            {
                "UID": uid,
                "Name": draw(TEXT),
                "OutlineLevel": draw(st.integers(1, 3)),
                "Duration": f"PT{draw(st.integers(0, 80))}H0M0S",
                "ConstraintType": draw(st.integers(0, 7)),
                "ConstraintDate": "2025-03-12T08:00:00",
                "Priority": draw(st.integers(0, 1000)),
                "PercentComplete": draw(st.integers(0, 100)),
            }
        )
        if uid > 1 and draw(st.booleans()):
            links.append(
                {
                    "PredecessorUID": draw(st.integers(1, uid - 1)),
                    "Type": draw(st.integers(0, 3)),
                    "LinkLag": draw(st.integers(-4800, 48000)),
                    "LagFormat": 7,
                    "_successor": uid,
                }
            )
    resources = [
        {"UID": uid, "Name": draw(TEXT), "MaxUnits": 1}
        for uid in range(1, draw(st.integers(0, 3)) + 1)
    ]
    assignments = [
        {"TaskUID": draw(st.integers(1, count)), "ResourceUID": r["UID"], "Units": 1}
        for r in resources
    ]
    project = {"StartDate": "2025-03-03T08:00:00", "MinutesPerDay": 480, "CalendarUID": 1}
    items = {
        "task": tasks,
        "link": links,
        "resource": resources,
        "assignment": assignments,
        "project": [project],
    }
    _apply(items, draw(_breakages(list(MSPDI_TAGS), MSPDI_TAGS)), "UID")
    if draw(st.integers(0, 9)) == 0:  # a deep outline
        depth = draw(st.sampled_from([99, 101, 400]))
        tasks.extend(
            {"UID": 100 + level, "Name": "deep", "OutlineLevel": level}
            for level in range(1, depth + 1)
        )
    task_xml = []
    for task in tasks:
        own = "".join(
            f"<PredecessorLink>{_xml_fields({k: v for k, v in link.items() if k != '_successor'})}"
            "</PredecessorLink>"
            for link in links
            if link["_successor"] == task.get("UID")
        )
        task_xml.append(f"<Task>{_xml_fields(task)}{own}</Task>")
    calendars = (
        "<Calendars><Calendar><UID>1</UID><Name>Standard</Name><IsBaseCalendar>1"
        f"</IsBaseCalendar><WeekDays>{STANDARD_WEEK}</WeekDays></Calendar></Calendars>"
    )
    encoding = draw(ENCODINGS)
    text = (
        f'<?xml version="1.0" encoding="{encoding}"?><Project xmlns="{NS}">'
        f"{_xml_fields(project)}{calendars}<Tasks>{''.join(task_xml)}</Tasks>"
        f"<Resources>{''.join(f'<Resource>{_xml_fields(r)}</Resource>' for r in resources)}</Resources>"
        f"<Assignments>{''.join(f'<Assignment>{_xml_fields(a)}</Assignment>' for a in assignments)}"
        "</Assignments></Project>"
    )
    data = _encoded(text, encoding)
    if draw(st.integers(0, 9)) == 0:
        data = data[: draw(st.integers(0, len(data)))]  # cut short
    return "fuzz.xml", data


# -- GanttProject ------------------------------------------------------------------------------
GAN_TAGS = {
    "task": [
        "id",
        "name",
        "start",
        "duration",
        "complete",
        "priority",
        "meeting",
        "thirdDate",
        "thirdDate-constraint",
        "cost-manual-value",
        "cost-calculated",
    ],
    "depend": ["id", "type", "difference", "hardness"],
    "resource": ["id", "name"],
    "allocation": ["task-id", "resource-id", "load"],
}


def _attributes(values: dict) -> str:
    return " ".join(
        f"{key}={quoteattr(str(value))}" for key, value in values.items() if not key.startswith("_")
    )


@st.composite
def gan_files(draw):
    count = draw(st.integers(1, 6))
    tasks = [
        {
            "id": i,
            "name": draw(TEXT),
            "start": "2025-03-03",
            "duration": draw(st.integers(0, 9)),
            "complete": draw(st.integers(0, 100)),
            "_parent": draw(st.integers(-1, i - 1)),
        }
        for i in range(count)
    ]
    depends = [
        {
            "id": draw(st.integers(0, count - 1)),
            "type": draw(st.sampled_from("1234")),
            "difference": draw(st.integers(-2, 5)),
            "hardness": draw(st.sampled_from(["Strong", "Rubber"])),
            "_in": draw(st.integers(0, count - 1)),
        }
        for _ in range(draw(st.integers(0, 4)))
    ]
    resources = [{"id": i, "name": draw(TEXT)} for i in range(draw(st.integers(0, 3)))]
    allocations = [
        {"task-id": draw(st.integers(0, count - 1)), "resource-id": r["id"], "load": 100}
        for r in resources
    ]
    items = {"task": tasks, "depend": depends, "resource": resources, "allocation": allocations}
    _apply(items, draw(_breakages(list(GAN_TAGS), GAN_TAGS)), "id")

    def render(index: int) -> str:
        task = tasks[index]
        inner = "".join(f"<depend {_attributes(d)}/>" for d in depends if d["_in"] == index)
        inner += "".join(
            render(child) for child in range(len(tasks)) if tasks[child]["_parent"] == index
        )
        return f"<task {_attributes(task)}>{inner}</task>"

    body = "".join(render(i) for i in range(len(tasks)) if tasks[i]["_parent"] == -1)
    if draw(st.integers(0, 9)) == 0:  # deep nesting
        depth = draw(st.sampled_from([101, 2000, 10_000]))
        body += (
            "".join(
                f'<task id="{1000 + i}" name="d" start="2025-03-03" duration="1">'
                for i in range(depth)
            )
            + "</task>" * depth
        )
    encoding = draw(ENCODINGS)
    text = (
        f'<?xml version="1.0" encoding="{encoding}"?><project name="fuzz" version="3.3">'
        f"<tasks>{body}</tasks>"
        f"<resources>{''.join(f'<resource {_attributes(r)}/>' for r in resources)}</resources>"
        f"<allocations>{''.join(f'<allocation {_attributes(a)}/>' for a in allocations)}</allocations>"
        "</project>"
    )
    data = _encoded(text, encoding)
    if draw(st.integers(0, 9)) == 0:
        data = data[: draw(st.integers(0, len(data)))]
    return "fuzz.gan", data


# -- CSV -----------------------------------------------------------------------------------------
CSV_COLUMNS = [
    "ID",
    "Name",
    "Duration",
    "Predecessors",
    "Resources",
    "Completion",
    "Priority",
    "Begin date",
    "Outline level",
    "Notes",
]


@st.composite
def csv_files(draw):
    count = draw(st.integers(1, 6))
    rows = [
        {
            "ID": i,
            "Name": draw(TEXT) or f"T{i}",
            "Duration": f"{draw(st.integers(0, 9))}d",
            "Predecessors": f"{draw(st.integers(1, i - 1))}FS+1d"
            if i > 1 and draw(st.booleans())
            else "",
            "Resources": draw(st.sampled_from(["", "Ann", "Bob[50%]", "Ann;Bob"])),
            "Completion": draw(st.integers(0, 100)),
            "Priority": 500,
            "Begin date": "2025-03-03",
            "Outline level": draw(st.integers(1, 3)),
            "Notes": draw(TEXT),
        }
        for i in range(1, count + 1)
    ]
    _apply({"row": rows}, draw(_breakages(["row"], {"row": CSV_COLUMNS})), "ID")
    columns = list(CSV_COLUMNS)
    if draw(st.booleans()):
        columns.remove(draw(st.sampled_from(CSV_COLUMNS)))
    separator = draw(st.sampled_from([",", ";", "\t"]))
    newline = draw(st.sampled_from(["\r\n", "\n", "\r"]))

    def line(values) -> str:
        cells = []
        for value in values:
            text = str(value)
            if any(ch in text for ch in (separator, '"', "\n", "\r")):
                text = '"' + text.replace('"', '""') + '"'
            cells.append(text)
        return separator.join(cells)

    text = newline.join([line(columns)] + [line(row.get(c, "") for c in columns) for row in rows])
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252", "utf-8"]))
    return "fuzz.csv", _encoded(text + newline, encoding)
