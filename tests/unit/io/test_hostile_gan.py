"""Broken and hostile GanttProject files: one sentence, or a usable plan; never a hang."""

from __future__ import annotations

import pytest
from hostile import assert_usable, gan, gan_task

from pmdesk.core.entities import LinkType
from pmdesk.io.formats import import_file
from pmdesk.io.result import InteropError


def _write(tmp_path, text: str):
    path = tmp_path / "p.gan"
    path.write_text(text, encoding="utf-8")
    return path


def _refused(tmp_path, text: str, *words: str) -> str:
    with pytest.raises(InteropError) as caught:
        import_file(_write(tmp_path, text))
    message = str(caught.value)
    assert "p.gan" in message and "\n" not in message
    for word in words:
        assert word in message, message
    return message


@pytest.mark.parametrize(
    "task, words",
    [
        ('<task name="no id"/>', ("id",)),
        (gan_task("x"), ("id", "'x'")),
        (gan_task(0, duration="inf"), ("duration", "'inf'")),
        (gan_task(0, duration="-2"), ("duration",)),
        (gan_task(0, duration="1e400"), ("duration",)),
        (gan_task(0, complete="nan"), ("complete",)),
        (gan_task(0, start="9999-01-01"), ("start", "1984")),
        (gan_task(0, start="0001-01-01"), ("start",)),
        (gan_task(0, start="soon"), ("start", "'soon'")),
        (gan_task(0, children='<depend id="1" type="2" difference="inf"/>'), ("difference",)),
        (gan_task(0, children='<depend type="2"/>'), ("depend", "id")),
        (gan_task(0, **{"cost-calculated": "false", "cost-manual-value": "inf"}), ("cost",)),
    ],
)
def test_bad_task_values_are_one_sentence(tmp_path, task, words):
    _refused(tmp_path, gan([task]), *words)


@pytest.mark.parametrize(
    "extra, words",
    [
        ('<resources><resource name="R"/></resources>', ("resource", "id")),
        (
            '<resources><resource id="0" name="R"><rate name="standard" value="inf"/></resource>'
            "</resources>",
            ("rate",),
        ),
        (
            '<resources><resource id="0" name="R"/></resources><allocations>'
            '<allocation task-id="0" resource-id="0" load="inf"/></allocations>',
            ("load",),
        ),
        ('<allocations><allocation resource-id="0"/></allocations>', ("task-id",)),
        (
            '<resources><resource id="0" name="R"/></resources><vacations>'
            '<vacation resourceid="0" end="2025-03-05"/></vacations>',
            ("vacation", "start"),
        ),
        ('<calendars><date year="2025" date="3"/></calendars>', ("month",)),
        ('<calendars><date year="2025" month="13" date="3"/></calendars>', ("month",)),
        (
            '<previous><previous-tasks name="b"><previous-task start="2025-03-03"/></previous-tasks>'
            "</previous>",
            ("previous-task", "id"),
        ),
    ],
)
def test_bad_other_values_are_one_sentence(tmp_path, extra, words):
    _refused(tmp_path, gan([gan_task(0)], extra=extra), *words)


def test_duplicate_ids_forming_a_parent_loop_do_not_hang(tmp_path):
    # Task 0 holds task 1, which holds another task 0: by id, each is the other's parent.
    text = gan(
        [gan_task(0, "outer", children=gan_task(1, "middle", children=gan_task(0, "inner")))]
    )
    result = import_file(_write(tmp_path, text))
    names = {task.name: task for task in result.data.tasks.values()}
    assert set(names) == {"outer", "middle", "inner"}
    assert names["inner"].parent_id == names["middle"].id
    assert names["middle"].parent_id == names["outer"].id
    assert any("id 0" in w and "inner" in w for w in result.warnings), result.warnings
    assert_usable(result.data, tmp_path)


def test_ten_thousand_levels_of_nesting_is_one_sentence(tmp_path):
    depth = 10_000
    text = gan(
        [
            "".join(
                f'<task id="{i}" name="t" start="2025-03-03" duration="1">' for i in range(depth)
            )
            + "</task>" * depth
        ]
    )
    _refused(tmp_path, text, "levels")


def test_rubber_hardness_and_unknown_link_types_are_reported(tmp_path):
    text = gan(
        [
            gan_task(
                0,
                children='<depend id="1" type="2" difference="0" hardness="Rubber"/>'
                '<depend id="2" type="9" difference="0" hardness="Strong"/>',
            ),
            gan_task(1),
            gan_task(2),
        ]
    )
    result = import_file(_write(tmp_path, text))
    assert len(result.data.links) == 2
    assert any("Rubber" in w for w in result.warnings), result.warnings
    assert any("type '9'" in w for w in result.warnings), result.warnings
    assert {link.type for link in result.data.links.values()} == {LinkType.FS}


def test_a_deep_outline_exported_to_gan_is_one_sentence(tmp_path):
    from pmdesk.core.entities import Task
    from pmdesk.io.formats import export_file

    data = import_file(_write(tmp_path, gan([gan_task(0)]))).data
    for number in range(2, 3002):
        data.load([Task(id=number, name="t", parent_id=number - 1)])
    for extension in (".xml", ".csv"):
        export_file(data, tmp_path / f"deep{extension}")
    with pytest.raises(InteropError, match="levels"):
        export_file(data, tmp_path / "deep.gan")


def test_thousands_of_unknown_attributes_give_a_bounded_warning_list(tmp_path):
    attributes = {f"odd{i}": "1" for i in range(5000)}
    result = import_file(_write(tmp_path, gan([gan_task(0, **attributes)])))
    assert len(result.warnings) <= 32
    assert any("4,970 more" in w for w in result.warnings), result.warnings[-1]
