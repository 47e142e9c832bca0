"""Broken and hostile CSV task tables: encodings, separators, newlines, huge and bad values."""

from __future__ import annotations

import time

import pytest
from hostile import assert_usable

from pmdesk.io.formats import import_file
from pmdesk.io.result import InteropError

HEADER = "ID,Name,Duration,Predecessors,Resources,Completion,Priority,Begin date\r\n"


def _write(tmp_path, content: bytes | str):
    path = tmp_path / "p.csv"
    if isinstance(content, str):
        content = content.encode("utf-8")
    path.write_bytes(content)
    return path


def _refused(tmp_path, content, *words: str) -> str:
    with pytest.raises(InteropError) as caught:
        import_file(_write(tmp_path, content))
    message = str(caught.value)
    assert "p.csv" in message and "\n" not in message
    for word in words:
        assert word in message, message
    return message


@pytest.mark.parametrize(
    "row, words",
    [
        ("1,A,infd,,,0,500,", ("Duration", "row 2")),
        ("1,A,-3d,,,0,500,", ("Duration",)),
        ("1,A,1e400d,,,0,500,", ("Duration",)),
        ("1,A,1d,,,nan,500,", ("Completion",)),
        ("1,A,1d,,,0,inf,", ("Priority",)),
        ("1,A,1d,,,0," + "9" * 4000 + ",", ("Priority",)),
        ("1,A,1d,,,0,500,9999-01-01", ("Begin date", "1984")),
        ("1,A,1d,,,0,500,soon", ("Begin date", "'soon'")),
        ("9" * 5000 + ",A,1d,,,0,500,", ("ID",)),
        ("1,A,1d,,R[" + "9" * 400 + "%],0,500,", ("Resources",)),
    ],
)
def test_bad_values_are_one_sentence_naming_the_row(tmp_path, row, words):
    _refused(tmp_path, HEADER + row + "\r\n", *words)


def test_a_lag_that_is_not_finite_is_one_sentence(tmp_path):
    _refused(tmp_path, HEADER + "1,A,1d,,,0,500,\r\n2,B,1d,1FS+inf%,,0,500,\r\n", "Predecessors")


def test_a_line_break_in_a_resource_name_is_a_warning(tmp_path):
    # A quoted cell may hold a line break; the resource pattern stops at it and once raised
    # an AttributeError (a traceback) instead of counting the name as not imported.
    content = 'Name,Resources\r\nA,"Ann\nBob;Cy[50%]"\r\n'
    result = import_file(_write(tmp_path, content))
    assert [r.name for r in result.data.resources.values()] == ["Cy"]
    (assignment,) = result.data.assignments.values()
    assert assignment.units == 0.5
    assert "Not imported: resource 'Ann\\nBob' (1)." in result.warnings


def test_a_field_over_128_kb_is_read(tmp_path):
    notes = "x" * 200_000
    data = import_file(_write(tmp_path, f"Name,Notes\r\nA,{notes}\r\n")).data
    assert data.tasks[1].notes == notes


def test_a_field_over_the_limit_is_one_sentence(tmp_path):
    _refused(tmp_path, "Name,Notes\r\nA," + "x" * 20_000_000 + "\r\n", "row 2")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-8-sig"])
def test_byte_order_marks_say_the_encoding(tmp_path, encoding):
    text = "Name,Duration\r\nÉtude,2d\r\nBüro,1d\r\n"
    raw = text.encode(encoding)
    if encoding in ("utf-16-le", "utf-16-be"):
        raw = ("\ufeff" + text).encode(encoding)
    data = import_file(_write(tmp_path, raw)).data
    assert sorted(t.name for t in data.tasks.values()) == ["Büro", "Étude"]


@pytest.mark.parametrize("newline", ["\r", "\n", "\r\n"])
def test_any_newline_convention(tmp_path, newline):
    text = newline.join(["Name,Duration", "A,2d", "B,1d", ""])
    data = import_file(_write(tmp_path, text)).data
    assert [t.name for t in data.tasks.values()] == ["A", "B"]


@pytest.mark.parametrize("separator", [";", "\t", ","])
def test_the_separator_is_detected(tmp_path, separator):
    text = (
        separator.join(["Name", "Duration", "Notes"])
        + "\r\n"
        + separator.join(["A", "2d", '"x, y"'])
        + "\r\n"
    )
    data = import_file(_write(tmp_path, text)).data
    assert data.tasks[1].name == "A" and data.tasks[1].duration == 960
    assert data.tasks[1].notes == "x, y"


def test_cp1252_cells_are_read_as_cp1252_with_a_warning(tmp_path):
    raw = b"Name,Notes\r\n" + "Café,ok\r\n".encode("cp1252") + "Ünïcode,€ fine\r\n".encode()
    result = import_file(_write(tmp_path, raw))
    names = [t.name for t in result.data.tasks.values()]
    assert names == ["Café", "Ünïcode"]
    assert result.data.tasks[2].notes == "€ fine"
    assert any("Windows-1252" in w and "row 2" in w for w in result.warnings), result.warnings


def test_duplicate_ids_are_kept_and_named(tmp_path):
    text = HEADER + "1,A,1d,,,0,500,\r\n2,B,1d,1,,0,500,\r\n1,C,1d,,,0,500,\r\n"
    result = import_file(_write(tmp_path, text))
    assert sorted(t.name for t in result.data.tasks.values()) == ["A", "B", "C"]
    assert any("ID 1" in w and "'C'" in w for w in result.warnings), result.warnings
    link = next(iter(result.data.links.values()))
    assert result.data.tasks[link.predecessor_id].name == "A"
    assert_usable(result.data, tmp_path)


def test_an_outline_deeper_than_100_levels_is_refused(tmp_path):
    rows = "".join(f"{'.'.join(['1'] * level)},T{level}\r\n" for level in range(1, 150))
    _refused(tmp_path, "Outline number,Name\r\n" + rows, "levels")


def test_100000_resources_import_in_linear_time(tmp_path):
    """Ten times the rows cost about ten times the work, not a hundred (a max() per row once
    made 100,000 rows take 46 s). CPU time of this process, as a ratio: a loaded machine
    slows both imports alike."""

    def cpu_seconds(count):
        rows = "".join(f"{i},T{i},1d,,R{i},0,500,\r\n" for i in range(1, count + 1))
        path = _write(tmp_path, HEADER + rows)
        started = time.process_time()
        data = import_file(path).data
        assert len(data.resources) == count
        return time.process_time() - started

    small, large = cpu_seconds(10_000), cpu_seconds(100_000)
    assert large < 30 * max(small, 0.01), (small, large)


@pytest.mark.parametrize("extension", [".csv", ".gan", ".xml"])
def test_files_beyond_the_size_limit_are_refused_unread(tmp_path, extension):
    from pmdesk.io.formats import MAX_IMPORT_BYTES

    path = tmp_path / f"big{extension}"
    with open(path, "wb") as handle:
        handle.truncate(MAX_IMPORT_BYTES[extension] + 1)  # sparse: nothing is really there
    with pytest.raises(InteropError, match="too large"):
        import_file(path)


def test_a_fifo_is_not_imported(tmp_path):
    import os

    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    with pytest.raises(InteropError, match="not a file"):
        import_file(fifo)
