"""Number fields of the P&L editors: amounts with thousands separators, rates in percent,
period counts; each commits once when editing finishes (one undo step per edit)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QAbstractSpinBox, QDoubleSpinBox, QSpinBox, QWidget

PERCENT_PARAMETERS = {"growth", "unit_growth", "price_growth"}
COUNT_PARAMETERS = {"period", "start", "duration", "delay_periods", "periods"}
FACTOR_PARAMETERS = {"volume_factor", "price_factor", "cost_factor"}

LABELS = {
    "amount": "Amount per period", "growth": "Growth per period", "units": "Units per period",
    "unit_growth": "Unit growth per period", "price": "Price per unit",
    "price_growth": "Price growth per period", "period": "In period (from start)",
    "start": "Start after (periods)", "duration": "Lasts (periods, 0 = to the end)",
    "volume_factor": "Volume", "price_factor": "Price", "cost_factor": "Cost",
    "delay_periods": "Launch delay (periods)",
}


class NumberField:
    """Wraps a spin box so that callers read and write the stored value (a fraction for
    percentages) and hear of a change once, when editing finishes."""

    def __init__(self, name: str, on_commit: Callable[[str, float], None], parent: QWidget) -> None:
        self.name = name
        if name in COUNT_PARAMETERS:
            box = QSpinBox(parent)
            box.setRange(-600 if name == "delay_periods" else 0, 600)
        else:
            box = QDoubleSpinBox(parent)
            if name in PERCENT_PARAMETERS:
                box.setRange(-100.0, 10000.0)
                box.setDecimals(1)
                box.setSuffix(" %")
            elif name in FACTOR_PARAMETERS:
                box.setRange(0.0, 1000.0)
                box.setDecimals(2)
                box.setSingleStep(0.05)
                box.setSuffix(" ×")
            else:
                box.setRange(-1e12, 1e12)
                box.setDecimals(2)
                box.setGroupSeparatorShown(True)
        box.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
        box.setKeyboardTracking(False)
        box.setObjectName(f"pnl_{name}")
        self.box = box
        self._on_commit = on_commit
        self._shown: float | None = None
        box.editingFinished.connect(self._commit)

    def set_value(self, value: float) -> None:
        self.box.blockSignals(True)
        shown = value * 100 if self.name in PERCENT_PARAMETERS else value
        self.box.setValue(int(round(shown)) if isinstance(self.box, QSpinBox) else shown)
        self.box.blockSignals(False)
        self._shown = self.box.value()

    def value(self) -> float:
        shown = self.box.value()
        return shown / 100 if self.name in PERCENT_PARAMETERS else float(shown)

    def _commit(self) -> None:
        if self.box.value() == self._shown:
            return  # focus left without a change: no edit
        self._shown = self.box.value()
        self._on_commit(self.name, self.value())
