"""The side panel's scenario editor (name and what-if factors of the current scenario, new
and delete) and the sheet settings (period length, number of periods, first period, discount
rate, kept in ``plan.settings["pnl"]``)."""

from __future__ import annotations

import copy
from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from pmdesk.core.entities import Plan, PnlOverride, PnlScenario
from pmdesk.core.finance.lines import SCENARIO_PARAMETERS, number
from pmdesk.core.finance.periods import MONTHS_PER_PERIOD, PnlSettings
from pmdesk.document import Document
from pmdesk.ui.workspaces.pnl.fields import LABELS, NumberField


class ScenarioEditor(QGroupBox):
    scenarioCreated = Signal(int)

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Scenario"), parent)
        self.document = document
        self.scenario_id: int | None = None
        form = QFormLayout(self)
        self.name = QLineEdit(self)
        self.name.setObjectName("pnlScenarioName")
        self.name.editingFinished.connect(self._commit_name)
        form.addRow(self.tr("Name"), self.name)
        self.fields = {
            name: NumberField(name, self._commit_parameter, self)
            for name, _default in SCENARIO_PARAMETERS
        }
        for name, field in self.fields.items():
            field.box.setToolTip(
                {
                    "volume_factor": self.tr("Scales units and revenue"),
                    "price_factor": self.tr("Scales revenue prices"),
                    "cost_factor": self.tr("Scales every cost line"),
                    "delay_periods": self.tr("Moves lines that start at a milestone later"),
                }[name]
            )
            form.addRow(LABELS[name], field.box)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("Duplicate"), self)
        self.new_button.setToolTip(self.tr("A new scenario with this one's factors and overrides"))
        self.new_button.clicked.connect(self.duplicate)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.clicked.connect(self.delete)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        form.addRow(buttons)

    def show_scenario(self, scenario_id: int | None) -> None:
        self.scenario_id = scenario_id
        scenario = (
            self.document.data.pnl_scenarios.get(scenario_id) if scenario_id is not None else None
        )
        self.name.setEnabled(scenario is not None)
        self.name.setText(scenario.name if scenario is not None else "")
        for name, default in SCENARIO_PARAMETERS:
            field = self.fields[name]
            field.box.setEnabled(scenario is not None)
            field.set_value(number(scenario.parameters, name, default) if scenario else default)
        self.delete_button.setEnabled(
            scenario is not None and len(self.document.data.pnl_scenarios) > 1
        )

    def _scenario(self) -> PnlScenario | None:
        if self.scenario_id is None:
            return None
        return self.document.data.pnl_scenarios.get(self.scenario_id)

    def _commit_name(self) -> None:
        scenario = self._scenario()
        name = self.name.text().strip()
        if scenario is not None and name and name != scenario.name:
            self.document.set_fields(
                PnlScenario,
                scenario.id,
                self.tr("Rename scenario to %1").replace("%1", name),
                name=name,
            )
        elif scenario is not None:
            self.name.setText(scenario.name)

    def _commit_parameter(self, name: str, value: float) -> None:
        scenario = self._scenario()
        if scenario is None:
            return
        parameters = dict(scenario.parameters)
        parameters[name] = int(value) if name == "delay_periods" else value
        self.document.set_fields(
            PnlScenario,
            scenario.id,
            self.tr("Edit %1 of %2")
            .replace("%1", LABELS[name].lower())
            .replace("%2", scenario.name),
            parameters=parameters,
        )

    def duplicate(self) -> int:
        """A copy of the current scenario (or a neutral one) with its own overrides."""
        data = self.document.data
        source = self._scenario()
        names = {s.name for s in data.pnl_scenarios.values()}
        base = (
            self.tr("%1 copy").replace("%1", source.name) if source is not None else self.tr("Base")
        )
        name, number_ = base, 2
        while name in names:
            name, number_ = f"{base} {number_}", number_ + 1
        new_id = data.new_id(PnlScenario)
        position = max((s.position for s in data.pnl_scenarios.values()), default=-1) + 1
        entities: list[PnlScenario | PnlOverride] = [
            PnlScenario(
                id=new_id,
                name=name,
                position=position,
                parameters=dict(source.parameters) if source else {},
            )
        ]
        next_override = data.new_id(PnlOverride)
        if source is not None:
            for override in list(data.pnl_overrides.values()):
                if override.scenario_id == source.id:
                    entities.append(
                        PnlOverride(
                            id=next_override,
                            line_id=override.line_id,
                            scenario_id=new_id,
                            period=override.period,
                            value=override.value,
                        )
                    )
                    next_override += 1
        self.document.add_entities(entities, self.tr("New scenario %1").replace("%1", name))
        self.scenarioCreated.emit(new_id)
        return new_id

    def delete(self) -> None:
        scenario = self._scenario()
        if scenario is None or len(self.document.data.pnl_scenarios) <= 1:
            return
        self.document.remove_entities(
            [(PnlScenario, scenario.id)], self.tr("Delete scenario %1").replace("%1", scenario.name)
        )


class SettingsEditor(QGroupBox):
    """Period length and count, first period and discount rate of the whole P&L."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Sheet"), parent)
        self.document = document
        form = QFormLayout(self)
        self.period = QComboBox(self)
        for key in MONTHS_PER_PERIOD:
            self.period.addItem(
                {
                    "month": self.tr("Months"),
                    "quarter": self.tr("Quarters"),
                    "year": self.tr("Years"),
                }[key],
                key,
            )
        self.period.activated.connect(lambda _i: self._commit("period", self.period.currentData()))
        self.count = NumberField("periods", lambda _n, v: self._commit("periods", int(v)), self)
        self.count.set_range(1, 600)
        self.period.setMinimumWidth(80)
        self.first = QDateEdit(self)
        self.first.setCalendarPopup(True)
        self.first.setDisplayFormat("yyyy-MM-dd")
        self.first.editingFinished.connect(self._commit_first)
        self.rate = NumberField("growth", lambda _n, v: self._commit("discount_rate", v), self)
        self.rate.set_range(-99.0, 1000.0)
        self.rate.box.setObjectName("pnl_discount_rate")
        form.addRow(self.tr("Periods of"), self.period)
        form.addRow(self.tr("Number of periods"), self.count.box)
        form.addRow(self.tr("First period"), self.first)
        form.addRow(self.tr("Discount rate / year"), self.rate.box)
        self.refresh()

    def refresh(self) -> None:
        settings = PnlSettings.from_plan(self.document.data.plan)
        self.period.setCurrentIndex(self.period.findData(settings.period))
        self.count.set_value(settings.periods)
        self.first.blockSignals(True)
        first = settings.first_period
        self.first.setDate(QDate(first.year, first.month, first.day))
        self.first.blockSignals(False)
        self.rate.set_value(settings.discount_rate)

    def _commit_first(self) -> None:
        value = self.first.date()
        chosen = date(value.year(), value.month(), 1)  # periods start on the first of a month
        if chosen != PnlSettings.from_plan(self.document.data.plan).first_period:
            self._commit("first_period", chosen.isoformat())
        else:
            self.refresh()

    def _commit(self, key: str, value: object) -> None:
        settings = copy.deepcopy(self.document.data.plan.settings or {})
        pnl = dict(settings.get("pnl") or {})
        pnl[key] = value
        settings["pnl"] = pnl
        text = {
            "period": self.tr("Change P&L period"),
            "periods": self.tr("Change number of P&L periods"),
            "first_period": self.tr("Change first P&L period"),
            "discount_rate": self.tr("Change discount rate"),
        }[key]
        self.document.set_fields(Plan, self.document.data.plan.id, text, settings=settings)
