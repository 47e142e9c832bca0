"""Page Setup: remembered in the plan per view as one undo step; bad values keep OK disabled."""

from datetime import date

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from pmdesk.printing.preview import setup_for
from pmdesk.printing.setup import PageSetup, settings_with, stored_setup
from pmdesk.printing.setupdialog import PageSetupDialog


def test_the_setup_is_kept_per_view_and_undoable(qtbot, demo):
    dialog = PageSetupDialog(demo, "gantt")
    qtbot.addWidget(dialog)
    dialog.paper.setCurrentIndex(dialog.paper.findData("A3"))
    dialog.pages_wide.setValue(3)
    dialog.footer[1].setText("{page}/{pages}")
    dialog.legend.setCurrentIndex(dialog.legend.findData("last"))
    dialog.accept()
    setup = setup_for(demo, "gantt")
    assert (setup.paper, setup.pages_wide, setup.footer[1], setup.legend) == (
        "A3",
        3,
        "{page}/{pages}",
        "last",
    )
    assert setup_for(demo, "resources").paper == "A4"  # another view keeps its own
    demo.undo_stack.undo()
    assert setup_for(demo, "gantt").paper == "A4"


def test_bad_values_keep_ok_disabled_with_a_sentence(qtbot, demo):
    dialog = PageSetupDialog(demo, "gantt")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled()
    dialog.date_from.setDate(dialog.date_from.date().fromString("2027-03-01", "yyyy-MM-dd"))
    dialog.date_to.setDate(dialog.date_to.date().fromString("2027-01-01", "yyyy-MM-dd"))
    assert not ok.isEnabled() and "end after it starts" in dialog.problem.text()
    dialog.date_to.setDate(dialog.date_to.minimumDate())
    assert ok.isEnabled()
    for n in range(dialog.columns.count()):
        dialog.columns.item(n).setCheckState(dialog.columns.item(n).checkState().Unchecked)
    assert not ok.isEnabled() and "at least one column" in dialog.problem.text()


def test_stored_settings_survive_nonsense():
    settings = settings_with({}, "gantt", PageSetup(paper="Letter", date_from=date(2026, 1, 5)))
    assert stored_setup(settings, "gantt").date_from == date(2026, 1, 5)
    settings["print"]["gantt"].update(paper="A9", margins_mm=[-5, 1, 1, 1], pages_wide="x")
    setup = stored_setup(settings, "gantt")
    assert (setup.paper, setup.margins_mm, setup.pages_wide) == (
        "A4",
        (10.0, 10.0, 10.0, 10.0),
        None,
    )
    assert stored_setup({"print": "junk"}, "gantt") == PageSetup()


@pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen platform says so on show
def test_only_the_views_own_choices_show(qtbot, demo):
    gantt = PageSetupDialog(demo, "gantt")
    canvas = PageSetupDialog(demo, "canvas")
    for dialog in (gantt, canvas):
        qtbot.addWidget(dialog)
        dialog.show()
    assert gantt.columns.isVisible() and gantt.date_from.isVisible()
    assert not canvas.columns.isVisible() and not canvas.date_from.isVisible()
    assert canvas.paper.isVisible() and canvas.legend.isVisible()
