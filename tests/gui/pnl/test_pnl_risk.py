"""The P&L priced for schedule risk: launch at P50/P80, and the risk-adjusted NPV tile."""

from pmdesk.core.entities import Risk
from pmdesk.core.finance import evaluate_pnl
from pmdesk.core.risk import simulate
from pmdesk.core.risk.pnl import anchors, risk_npv
from pmdesk.core.risk.report import DateSpread
from pmdesk.ui.workspaces.pnl.kpis import money


def test_launch_at_p80_moves_the_sheet_and_the_caption(qtbot, workspace, document):
    planned_npv = workspace.model.sheet.kpis.npv
    combo = workspace.launch_at
    combo.setCurrentIndex(combo.findData("p80"))
    combo.activated.emit(combo.currentIndex())
    samples = simulate(document.data, 1000, 0)
    launch = max(
        anchors(document.data),
        key=[l.anchor_task_id for l in document.data.pnl_lines.values()].count,
    )
    p80 = DateSpread(samples.task_finish[launch]).percentile(80)
    assert f"launch at P80 {p80:%a %Y-%m-%d}" in workspace.caption.text()
    assert workspace.model.sheet.kpis.npv < planned_npv
    combo.setCurrentIndex(combo.findData("planned"))
    combo.activated.emit(combo.currentIndex())
    assert workspace.model.sheet.kpis.npv == planned_npv


def test_risk_adjusted_npv_tile_shows_the_expected_npv(qtbot, workspace, document):
    spread = risk_npv(document.data, document.schedule, simulate(document.data, 1000, 0))
    tile = workspace.kpis.tiles["risk_npv"]
    currency = document.data.plan.currency
    assert tile.value.text() == money(spread.expected, currency)
    assert f"P10 {money(spread.p10, currency)}" in tile.value.toolTip() + tile.toolTip()
    assert tile.title.text() == (
        f"Risk-adjusted NPV (P10 {spread.p10 / 1e3:.0f}k, P90 {spread.p90 / 1e3:.0f}k)"
    )
    assert spread.expected < evaluate_pnl(document.data, document.schedule).kpis.npv


def test_a_new_risk_reprices_the_launch_without_a_reschedule(qtbot, workspace, document):
    combo = workspace.launch_at
    combo.setCurrentIndex(combo.findData("p80"))
    combo.activated.emit(combo.currentIndex())
    before = workspace.model.sheet.kpis.npv
    schedule = document.schedule
    launch = max(
        anchors(document.data),
        key=[l.anchor_task_id for l in document.data.pnl_lines.values()].count,
    )
    certain = Risk(document.data.new_id(Risk), "Certification fails", 100.0, 40 * 480, [launch])
    document.add_entities([certain], "Add risk")
    assert document.schedule is schedule  # a risk is no engine input
    samples = simulate(document.data, 1000, 0)
    p80 = DateSpread(samples.task_finish[launch]).percentile(80)
    assert f"launch at P80 {p80:%a %Y-%m-%d}" in workspace.caption.text()
    assert workspace.model.sheet.kpis.npv < before
    document.undo_stack.undo()
    assert workspace.model.sheet.kpis.npv == before
