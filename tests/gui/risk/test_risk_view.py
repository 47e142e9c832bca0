"""The Risk tab: it simulates when shown and after edits, its tables are sound Qt models,
the risk register edits the plan (one undo step per edit) and refuses bad input."""

import pytest
from PySide6.QtCore import Qt

from pmdesk.core.entities import Risk, RiskImpact, Task
from pmdesk.core.risk import analyse, simulate
from pmdesk.core.scheduling.wbs import build_wbs

# The offscreen platform says so when a window is shown (the other views' tests do the same).
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def _shown(qtbot, view):
    view.show()
    qtbot.waitUntil(lambda: view.report is not None, timeout=10_000)


def test_models_pass_the_model_tester(qtbot, qtmodeltester, view):
    _shown(qtbot, view)
    qtmodeltester.check(view.dates_model)
    qtmodeltester.check(view.drivers_model)
    qtmodeltester.check(view.register_model)


def test_showing_the_tab_simulates_and_shows_the_finish(qtbot, view, document):
    _shown(qtbot, view)
    report = view.report
    assert report.iterations == 300 and report.varying > 20
    p50 = report.finish.percentile(50)
    assert f"{p50:%a %d %b %Y}" in view.caption.text()
    first = [view.dates_model.index(0, c).data() for c in range(8)]
    assert first[0] == "Project finish" and first[3] == f"{p50:%Y-%m-%d}"
    # the same run as the core gives for the same plan, iterations and seed
    expected = analyse(document.data, simulate(document.data, 300, 0), document.schedule)
    assert report.finish.percentile(80) == expected.finish.percentile(80)
    top = view.drivers_model.index(0, 0).data()
    assert top == expected.drivers[0].name
    # the charts draw the finish histogram, its S-curve and the tornado
    finish = view.finish_chart.figure()
    assert finish.axes[0].patches and finish.axes[1].lines
    tornado = view.tornado_chart.figure()
    assert len(tornado.axes[0].patches) == min(10, len(report.drivers))


def test_an_edit_reruns_the_simulation(qtbot, view, document):
    _shown(qtbot, view)
    before = view.report.finish.percentile(80)
    task = next(t for t in document.data.tasks.values() if t.name == "Offline mode")
    document.set_fields(Task, task.id, "Longer", duration_pessimistic=task.duration * 6)
    qtbot.waitUntil(lambda: view.report.finish.percentile(80) > before, timeout=10_000)


def test_register_edits_are_undoable_and_bad_input_is_one_sentence(qtbot, view, document):
    _shown(qtbot, view)
    model = view.register_model
    assert model.rowCount() == len(document.data.risks) == 4
    risk = model.risk_at(0)
    index = model.index(0, 1)
    assert model.setData(index, "150 %") is False
    assert view.register_error.text() == "The probability must be between 0 % and 100 %."
    assert model.setData(model.index(0, 2), "-2") is False
    assert view.register_error.text() == "The impact cannot be negative."
    assert model.setData(model.index(0, 2), "nan") is False
    assert view.register_error.text() == "The impact must be a finite number."
    assert model.setData(model.index(0, 4), "9999") is False
    assert view.register_error.text() == "There is no task with ID 9999."
    assert model.setData(model.index(0, 3), "sideways") is False
    assert view.register_error.text() == (
        "The impact lands as one of: Longer tasks, New task after, New task before."
    )
    assert model.setData(model.index(0, 4), "1") is False  # the first row is a summary
    assert view.register_error.text() == (
        "A risk delays tasks, not the summary task 'Project management'; give the IDs of its "
        "subtasks."
    )
    assert document.undo_stack.count() == 0 and risk.probability == 30
    assert model.setData(index, "60")
    assert risk.probability == 60 and index.data() == "60 %"
    assert model.setData(model.index(0, 2), "2.5 d")
    assert risk.impact == 1200
    assert model.setData(
        model.index(0, 5), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )
    assert risk.mitigated
    assert model.setData(model.index(0, 3), "new task after")
    assert risk.impact_as == RiskImpact.TASK_AFTER and model.index(0, 3).data() == "New task after"
    assert document.undo_stack.count() == 4
    document.undo_stack.undo()
    assert risk.impact_as == RiskImpact.LONGER
    document.undo_stack.undo()
    assert not risk.mitigated


def test_add_and_remove_a_risk(qtbot, view, document):
    _shown(qtbot, view)
    view.add_risk()
    assert len(document.data.risks) == 5
    new = max(document.data.risks)
    row = view.register_model.rowCount() - 1
    assert view.register_model.setData(view.register_model.index(row, 4), "2, 3")
    order = build_wbs(document.data.tasks).order  # the Gantt's IDs are rows in WBS order
    assert document.data.risks[new].task_ids == [order[1], order[2]]
    index = view.register_model.index(row, 4)
    assert index.data(Qt.ItemDataRole.EditRole) == "2, 3"
    names = [document.data.tasks[order[1]].name, document.data.tasks[order[2]].name]
    assert index.data() == f"2 {names[0]}, 3 {names[1]}"
    view.register_view.setCurrentIndex(view.register_model.index(row, 0))
    view.remove_selected_risks()
    assert new not in document.data.risks


def test_a_plan_without_estimates_says_what_to_do(qtbot, view, document):
    with document.macro("Clear estimates"):
        for task in list(document.data.tasks.values()):
            if task.duration_pessimistic is not None:
                document.set_fields(
                    Task, task.id, "x", duration_pessimistic=None, duration_optimistic=None
                )
        document.remove_entities([(Risk, rid) for rid in list(document.data.risks)], "x")
    _shown(qtbot, view)
    assert "No task varies" in view.caption.text()


def test_drivers_then_critical_tasks_that_do_not_vary(qtbot, view, document):
    _shown(qtbot, view)
    model = view.drivers_model
    report = view.report
    rows = [[model.index(r, c).data() for c in range(3)] for r in range(model.rowCount())]
    assert [r[0] for r in rows[: len(report.drivers)]] == [d.name for d in report.drivers]
    fixed = rows[len(report.drivers) :]
    assert fixed and all(r[1] == "—" for r in fixed)
    kickoff = next(t.id for t in document.data.tasks.values() if t.name == "Kickoff")
    assert report.criticality[kickoff] == 1.0  # the project starts with it every time
    assert ["Kickoff", "—", "100 %"] in fixed


def test_impact_as_is_chosen_from_a_list_and_moves_the_finish(qtbot, view, document):
    """The register's combo box sets "New task after"; the simulation then inserts the
    risk's task after its tasks instead of lengthening them."""
    from PySide6.QtWidgets import QComboBox

    _shown(qtbot, view)
    model = view.register_model
    view.tables.setCurrentIndex(2)
    index = model.index(0, 3)
    view.register_view.setCurrentIndex(index)
    view.register_view.edit(index)
    combo = view.register_view.findChild(QComboBox)
    assert combo is not None and [combo.itemText(i) for i in range(combo.count())] == [
        "Longer tasks",
        "New task after",
        "New task before",
    ]
    combo.setCurrentIndex(2)
    view.register_view.commitData(combo)
    assert model.risk_at(0).impact_as == RiskImpact.TASK_BEFORE
    assert document.undo_stack.count() == 1


def test_headers_are_translated_in_each_tables_context(qtbot, view):
    from PySide6.QtCore import QCoreApplication

    from pmdesk.ui.language import install_language

    app = QCoreApplication.instance()
    if not install_language(app, "id"):
        install_language(app, "en")
        pytest.skip("the .qm files are not built (make translations)")
    try:
        horizontal = Qt.Orientation.Horizontal
        assert [view.register_model.headerData(c, horizontal) for c in (0, 3)] == [
            "Risiko",
            "Dampak sebagai",
        ]
        assert view.dates_model.headerData(0, horizontal) != "Task or roadmap item"
        assert view.drivers_model.headerData(1, horizontal) != "Correlation with finish"
        assert view.dates_model.headerData(4, horizontal) == "P80"
        assert view.register_model.impact_choices()[1] == "Tugas baru sesudahnya"
    finally:
        install_language(app, "en")
