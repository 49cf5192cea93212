"""Differences and percentage changes, computed in code (Decimal) and written the Vietnamese way.

"1.234" (dot between thousands), "12,5" (comma before decimals), "+53 (+0,8%)", "-2 (-1,7%)",
"+3,2 điểm %" for a change between two percentages. Never rounded before subtracting.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

_ONE_DECIMAL = Decimal("0.1")
_BILLION, _MILLION = Decimal(10**9), Decimal(10**6)


def vn_number(value: Decimal, places: int | None = None) -> str:
    """ "6524" -> "6.524"; "12.5" -> "12,5"; ``places`` fixes the decimals (rounded half up)."""
    if places is not None:
        value = value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    sign = "-" if value < 0 else ""
    text = format(abs(value).normalize() if places is None else abs(value), "f")
    integer, _, fraction = text.partition(".")
    groups: list[str] = []
    while len(integer) > 3:
        groups.insert(0, integer[-3:])
        integer = integer[:-3]
    groups.insert(0, integer)
    body = ".".join(groups)
    return f"{sign}{body},{fraction}" if fraction else f"{sign}{body}"


def vn_money(value: Decimal) -> str:
    """An amount in đồng as people write it: "1,74 tỷ đồng", "862 triệu đồng"."""
    if abs(value) >= _BILLION:
        return f"{vn_number((value / _BILLION).quantize(Decimal('0.01'), rounding=ROUND_HALF_UP))} tỷ đồng"
    if abs(value) >= _MILLION:
        return f"{vn_number((value / _MILLION).quantize(Decimal('0.1'), rounding=ROUND_HALF_UP))} triệu đồng"
    return f"{vn_number(value)} đồng"


@dataclass(frozen=True)
class Change:
    """``new - old`` and, when ``old`` is not zero, the change in percent of ``old``."""

    difference: Decimal
    percent: Decimal | None
    points: bool = False  # the values are percentages: the difference is in points

    def text(self, money: bool = False) -> str:
        """ "+53 (+0,8%)", "-2 (-1,7%)", "+3,2 điểm %", "0"."""
        if self.points:
            return f"{_signed(vn_number(self.difference))} điểm %"
        amount = vn_money(self.difference) if money else vn_number(self.difference)
        amount = _signed(amount) if self.difference else "0"
        if self.percent is None or not self.difference:
            return amount
        return f"{amount} ({_signed(vn_number(self.percent, 1))}%)"

    @property
    def direction(self) -> str:
        """Vietnamese verb for the change: "tăng", "giảm" or "không đổi"."""
        return "tăng" if self.difference > 0 else "giảm" if self.difference < 0 else "không đổi"


def change(new: Decimal, old: Decimal, points: bool = False) -> Change:
    """The change from ``old`` to ``new`` (exact; the percentage rounded to one decimal)."""
    difference = new - old
    percent = None
    if not points and old != 0:
        percent = (difference * 100 / old).quantize(_ONE_DECIMAL, rounding=ROUND_HALF_UP)
    return Change(difference, percent, points)


def _signed(text: str) -> str:
    return text if text.startswith("-") else f"+{text}"
