"""How a resource's amounts read and are typed: percentages (units), money and hours in the
locale's separators, and the errors one sentence long that text which is not an amount gives.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from pmdesk.core.errors import PmdeskError
from pmdesk.core.localeformat import (
    NumberInputError,
    currency_decimals,
    decimal_sign,
    format_number,
    parse_number,
)


class ResourceInputError(PmdeskError):
    """Text typed into the resource grid that cannot be used (one sentence)."""


# -- reading what was typed ------------------------------------------------------------------
_NUMBER = re.compile(r"^[+-]?(\d+([.,]\d*)?|[.,]\d+)$")


def parse_amount(text: str, what: str) -> float:
    """A money amount: "85", "85.50", "1,200", "€85/h", "85 EUR/hr". Never negative."""
    cleaned = str(text).strip()
    cleaned = re.sub(r"\s*/\s*(h|hr|hour|u|unit|jam|satuan)$", "", cleaned, flags=re.IGNORECASE)
    cleaned = re.sub(r"^[^\d+\-.,]+|[^\d.,]+$", "", cleaned).replace(" ", "")
    try:
        # The locale's separators ("350.000" is three hundred fifty thousand in Indonesian);
        # a lone decimal comma or point is read as one in any language.
        value = parse_number(cleaned)
    except NumberInputError:
        raise ResourceInputError(
            f'"{str(text).strip()}" is not an amount; type the {what} as a number like 85 or 85.50.'
        ) from None
    if value < 0:
        raise ResourceInputError(f"The {what} cannot be negative.")
    return value


def parse_percent(text: object, what: str) -> float:
    """Units typed as a percentage ("150%", "150"; MS Project reads a bare number as percent)
    -> 1.5. Must be more than 0."""
    if isinstance(text, (int, float)) and not isinstance(text, bool):
        value = float(text) * 100
    else:
        cleaned = str(text).strip().rstrip("%").strip()
        if not _NUMBER.match(cleaned):
            raise ResourceInputError(
                f'"{str(text).strip()}" is not a percentage; type the {what} like 100% or 50%.'
            )
        value = float(cleaned.replace(",", "."))
    if value <= 0:
        raise ResourceInputError(f"The {what} must be more than 0%.")
    if value > 100000:
        raise ResourceInputError(f"The {what} cannot be more than 100000%.")
    return value / 100


def format_percent(units: float) -> str:
    """Units as a percentage with the language's decimal sign: "25.2%" (en), "25,2%" (id);
    parse_percent reads either back."""
    if abs(units * 100 - round(units * 100)) < 1e-6:
        return f"{units * 100:.0f}%"
    return f"{units * 100:.1f}%".replace(".", decimal_sign())


def format_money(value: float, currency: str | None = None) -> str:
    """An amount in the locale's separators, with the currency's decimals (IDR none; two
    when no currency is named): "2,000.00" (en), "350.000" (IDR in Indonesian)."""
    return format_number(value, currency_decimals(currency) if currency else 2)


def format_hours(minutes: float) -> str:
    """Work in hours: "2,888.0 h" (en), "2.888,0 j" (id: jam)."""
    return QCoreApplication.translate("ResourceSheet", "%1 h").replace(
        "%1", format_number(minutes / 60, 1)
    )
