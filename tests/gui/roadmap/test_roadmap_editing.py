"""Roadmap gestures through the Document: lanes, blockers, settings, custom formula, new cards."""

import pytest

from pmdesk.core.entities import Horizon, RoadmapItem
from pmdesk.ui.workspaces.roadmap import editing


def item_by_title(document, title):
    return next(item for item in document.data.roadmap_items.values() if item.title == title)


def lane_order(document):
    return [
        lane.name
        for lane in sorted(document.data.roadmap_lanes.values(), key=lambda l: (l.position, l.id))
    ]


def test_lanes_add_rename_move_delete_each_one_step(document):
    stack = document.undo_stack
    lane_id = editing.add_lane(document, "Compliance")
    assert lane_order(document)[-1] == "Compliance"
    editing.update_lane(document, lane_id, "Rename lane", name="Trust")
    editing.move_lane(document, lane_id, -1)
    assert lane_order(document)[-2:] == ["Trust", "Growth"]
    assert stack.undoText() == "Move lane"
    stack.undo()
    assert lane_order(document)[-1] == "Trust"
    # Deleting a lane keeps its cards, without a lane; undo puts both back.
    growth = next(l for l in document.data.roadmap_lanes.values() if l.name == "Growth")
    cards = [i.id for i in document.data.roadmap_items.values() if i.lane_id == growth.id]
    editing.delete_lane(document, growth.id)
    assert growth.id not in document.data.roadmap_lanes
    assert all(document.data.roadmap_items[i].lane_id is None for i in cards)
    stack.undo()
    assert all(document.data.roadmap_items[i].lane_id == growth.id for i in cards)


def test_board_shows_a_no_lane_row_for_cards_without_lane(board, document):
    growth = next(l for l in document.data.roadmap_lanes.values() if l.name == "Growth")
    editing.delete_lane(document, growth.id)
    rows = board.board_layout().rows
    assert rows[-1].key is None and rows[-1].lane.name == "No lane"
    public = item_by_title(document, "Public launch")
    assert board.board_layout().item_position(public.id)[0] == len(rows) - 1


def test_set_blockers_adds_and_removes_as_one_step(document):
    offline = item_by_title(document, "Offline planning")
    sync = item_by_title(document, "Sync engine")
    mobile = item_by_title(document, "Mobile companion")

    def blockers():
        return {
            d.blocker_id
            for d in document.data.roadmap_dependencies.values()
            if d.item_id == offline.id
        }

    assert blockers() == {sync.id}
    count = document.undo_stack.count()
    editing.set_blockers(document, offline.id, [mobile.id, offline.id])  # itself is ignored
    assert blockers() == {mobile.id}
    assert document.undo_stack.count() == count + 1
    document.undo_stack.undo()
    assert blockers() == {sync.id}


def test_custom_formula_scores_custom_items(document):
    from pmdesk.ui.workspaces.roadmap.state import RoadmapState

    state = RoadmapState(document)
    card = item_by_title(document, "Partner programme")
    editing.set_custom_formula(
        document, "(value * 2 + strategic) / max(effort, 1)", ["effort", "strategic", "value"]
    )
    document.set_fields(
        RoadmapItem,
        card.id,
        "Use custom",
        framework="CUSTOM",
        score_inputs={"value": 4, "strategic": 2, "effort": 5},
    )
    assert state.scores[card.id] == pytest.approx(2.0)
    editing.set_custom_formula(document, "value - effort", ["effort", "value"])
    assert state.scores[card.id] == pytest.approx(-1.0)
    document.undo_stack.undo()
    assert state.scores[card.id] == pytest.approx(2.0)


def test_formula_dialog_refuses_what_does_not_parse(qtbot):
    from PySide6.QtWidgets import QDialogButtonBox

    from pmdesk.ui.workspaces.roadmap.scoring_dialog import FormulaDialog

    dialog = FormulaDialog("value / effort")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled() and dialog.criteria == ["effort", "value"]
    dialog.edit.setText("value / (effort")
    assert not ok.isEnabled() and "Expected ')'" in dialog.message.text()
    dialog.edit.setText("__import__('os').system('x')")
    assert not ok.isEnabled()


def test_new_card_dialog_adds_one_card_with_blockers(qtbot, document):
    from pmdesk.ui.workspaces.roadmap.dialog import ItemDialog
    from pmdesk.ui.workspaces.roadmap.state import RoadmapState

    state = RoadmapState(document)
    dialog = ItemDialog(state, None, lane_id=2, horizon=Horizon.NEXT)
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("Team calendars")
    dialog.framework.setCurrentIndex(dialog.framework.findData("WSJF"))
    for name, value in (
        ("business_value", "7"),
        ("time_criticality", "9"),
        ("risk_reduction", "5"),
        ("job_size", "2"),
    ):
        dialog.input_edits[name].setText(value)
    assert "10.5" in dialog.score_label.text()
    blocker = item_by_title(document, "Shared plans with comments")
    for row in range(dialog.blockers.count()):
        entry = dialog.blockers.item(row)
        if entry.text() == blocker.title:
            from PySide6.QtCore import Qt

            entry.setCheckState(Qt.CheckState.Checked)
    count = document.undo_stack.count()
    item_id = dialog.apply()
    assert document.undo_stack.count() == count + 1
    card = document.data.roadmap_items[item_id]
    assert (card.title, card.lane_id, card.horizon, card.framework) == (
        "Team calendars",
        2,
        Horizon.NEXT,
        "WSJF",
    )
    assert state.scores[item_id] == pytest.approx(10.5)
    assert any(
        d.item_id == item_id and d.blocker_id == blocker.id
        for d in document.data.roadmap_dependencies.values()
    )
    document.undo_stack.undo()
    assert item_id not in document.data.roadmap_items


def test_a_move_to_where_the_card_is_makes_no_undo_step(document):
    card = item_by_title(document, "Sync engine")
    count = document.undo_stack.count()
    assert not editing.move_items(document, [card.id], card.lane_id, card.horizon, card.position)
    assert document.undo_stack.count() == count


def test_item_dialog_names_a_score_input_it_cannot_take(qtbot, document):
    from pmdesk.ui.workspaces.roadmap.dialog import ItemDialog
    from pmdesk.ui.workspaces.roadmap.state import RoadmapState

    card = item_by_title(document, "Planning board")  # RICE 4000, 2, 0.8, 4
    dialog = ItemDialog(RoadmapState(document), card.id)
    qtbot.addWidget(dialog)
    reach = dialog.input_edits["reach"]
    reach.setText("lots")
    assert not dialog.ok_button.isEnabled()
    assert 'Reach: "lots" is not a number' in dialog.score_label.text()
    reach.setText("-5")
    assert (
        not dialog.ok_button.isEnabled() and "Reach cannot be negative" in dialog.score_label.text()
    )
    reach.setText("500")
    assert dialog.ok_button.isEnabled() and "Score: <b>200</b>" in dialog.score_label.text()
    assert dialog.values()["score_inputs"]["reach"] == 500.0
    confidence = dialog.input_edits["confidence"]
    assert confidence.text() == "80%"
    confidence.setText("50")  # 50 %, not 5000 %
    assert dialog.values()["score_inputs"]["confidence"] == pytest.approx(0.5)
    assert "Score: <b>125</b>" in dialog.score_label.text()
    confidence.setText("150")
    assert not dialog.ok_button.isEnabled()
    assert "percentage from 0 to 100%" in dialog.score_label.text()
