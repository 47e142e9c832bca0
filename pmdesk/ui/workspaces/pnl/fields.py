"""Number fields of the P&L editors: amounts with thousands separators, rates in percent,
period counts; each commits once when editing finishes (one undo step per edit)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractSpinBox, QDoubleSpinBox, QSpinBox, QWidget

from pmdesk.core.translation import QT_TRANSLATE_NOOP, TranslatedLabels

PERCENT_PARAMETERS = {"growth", "unit_growth", "price_growth"}
COUNT_PARAMETERS = {"period", "start", "duration", "delay_periods", "periods"}
FACTOR_PARAMETERS = {"volume_factor", "price_factor", "cost_factor"}

LABELS = TranslatedLabels(
    "PnlFields",
    {
        "amount": QT_TRANSLATE_NOOP("PnlFields", "Amount / period"),
        "growth": QT_TRANSLATE_NOOP("PnlFields", "Growth / period"),
        "units": QT_TRANSLATE_NOOP("PnlFields", "Units / period"),
        "unit_growth": QT_TRANSLATE_NOOP("PnlFields", "Unit growth"),
        "price": QT_TRANSLATE_NOOP("PnlFields", "Price / unit"),
        "price_growth": QT_TRANSLATE_NOOP("PnlFields", "Price growth"),
        "period": QT_TRANSLATE_NOOP("PnlFields", "In period no."),
        "start": QT_TRANSLATE_NOOP("PnlFields", "Starts after"),
        "duration": QT_TRANSLATE_NOOP("PnlFields", "Lasts"),
        "volume_factor": QT_TRANSLATE_NOOP("PnlFields", "Volume"),
        "price_factor": QT_TRANSLATE_NOOP("PnlFields", "Price"),
        "cost_factor": QT_TRANSLATE_NOOP("PnlFields", "Cost"),
        "delay_periods": QT_TRANSLATE_NOOP("PnlFields", "Launch delay (periods)"),
    },
)

translate = QCoreApplication.translate


def _number_box(name: str, parent: QWidget) -> QDoubleSpinBox:
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
    return box


class NumberField:
    """Wraps a spin box so that callers read and write the stored value (a fraction for
    percentages) and hear of a change once, when editing finishes."""

    def __init__(self, name: str, on_commit: Callable[[str, float], None], parent: QWidget) -> None:
        self.name = name
        box: QSpinBox | QDoubleSpinBox
        if name in COUNT_PARAMETERS:
            box = QSpinBox(parent)
            box.setRange(-600 if name == "delay_periods" else 0, 600)
        else:
            box = _number_box(name, parent)
        if name in ("start", "duration", "period"):
            box.setSuffix(translate("PnlFields", " periods") if name != "period" else "")
            box.setToolTip(
                {
                    "start": translate(
                        "PnlFields", "Periods after the launch (or after the first period)"
                    ),
                    "duration": translate(
                        "PnlFields", "Number of periods; 0: to the end of the sheet"
                    ),
                    "period": translate(
                        "PnlFields", "Counted from the line's start (0: its first period)"
                    ),
                }[name]
            )
        if name == "duration":
            box.setSpecialValueText(translate("PnlFields", "to the end"))  # shown for 0
        if name in ("unit_growth", "price_growth"):
            box.setToolTip(translate("PnlFields", "Per period, compounded"))
        box.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
        box.setMinimumWidth(80)  # the range's widest text would make the side panel too wide
        box.setKeyboardTracking(False)
        box.setObjectName(f"pnl_{name}")
        self.box = box
        self._on_commit = on_commit
        self._shown: float | None = None
        box.editingFinished.connect(self._commit)

    def set_range(self, low: float, high: float) -> None:
        if isinstance(self.box, QSpinBox):
            self.box.setRange(int(low), int(high))
        else:
            self.box.setRange(low, high)

    def set_value(self, value: float) -> None:
        self.box.blockSignals(True)
        shown = value * 100 if self.name in PERCENT_PARAMETERS else value
        if isinstance(self.box, QSpinBox):
            self.box.setValue(int(round(shown)))
        else:
            self.box.setValue(shown)
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
