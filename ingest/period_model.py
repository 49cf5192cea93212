"""The reporting period value: a normalised key, its months, and calendar arithmetic.

Keys: "2023" (whole year), "2023-Q1".."2023-Q4", "2023-H1", "2023-H2", "2023-9M" (the first
nine months), "2023-M03" (one month).
The recogniser of period phrases is ``ingest.periods``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

_QUARTER_MONTHS = {f"Q{q}": (3 * q - 2, 3 * q) for q in range(1, 5)}
_FIXED_MONTHS = {"Y": (1, 12), "H1": (1, 6), "H2": (7, 12), "9M": (1, 9), **_QUARTER_MONTHS}
_KEY = re.compile(r"^(\d{4})(?:-(Q[1-4]|H[12]|9M|M(?:0[1-9]|1[0-2])))?$")
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}
MIN_YEAR, MAX_YEAR = 1945, 2199


@dataclass(frozen=True)
class Period:
    """A reporting period. ``kind``: "Y", "Q1".."Q4", "H1", "H2", "9M" or "M01".."M12"."""

    year: int
    kind: str = "Y"

    def __post_init__(self) -> None:
        if not MIN_YEAR <= self.year <= MAX_YEAR:
            raise ValueError(f"year out of range: {self.year}")
        if self.kind not in _FIXED_MONTHS and not re.fullmatch(r"M(0[1-9]|1[0-2])", self.kind):
            raise ValueError(f"unknown period kind: {self.kind!r}")

    @property
    def key(self) -> str:
        return str(self.year) if self.kind == "Y" else f"{self.year}-{self.kind}"

    @classmethod
    def parse_key(cls, key: str) -> Period:
        """Inverse of ``key``; raises ValueError on anything else."""
        match = _KEY.match(key.strip())
        if not match:
            raise ValueError(f"not a period key: {key!r}")
        return cls(int(match.group(1)), match.group(2) or "Y")

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        return cls(year, f"M{month:02d}")

    def months(self) -> tuple[int, int]:
        """First and last month (1-12) of the period."""
        if self.kind.startswith("M"):
            m = int(self.kind[1:])
            return m, m
        return _FIXED_MONTHS[self.kind]

    def start_date(self) -> date:
        return date(self.year, self.months()[0], 1)

    def end_date(self) -> date:
        last = self.months()[1]
        nxt = date(self.year + 1, 1, 1) if last == 12 else date(self.year, last + 1, 1)
        return date.fromordinal(nxt.toordinal() - 1)

    def contains(self, other: Period) -> bool:
        """True when ``other`` lies within this period (a period contains itself)."""
        first, last = self.months()
        o_first, o_last = other.months()
        return self.year == other.year and first <= o_first and o_last <= last

    def previous(self) -> Period:
        """The previous period of the same kind (2023-Q1 -> 2022-Q4, 2023-H1 -> 2022-H2)."""
        return self._shift(-1)

    def next(self) -> Period:
        """The following period of the same kind (inverse of ``previous``)."""
        return self._shift(1)

    def same_period_last_year(self) -> Period:
        return Period(self.year - 1, self.kind)

    def _shift(self, step: int) -> Period:
        cycle = _cycle(self.kind)
        if cycle is None:
            return Period(self.year + step, self.kind)
        index = cycle.index(self.kind) + step
        return Period(self.year + index // len(cycle), cycle[index % len(cycle)])

    def label(self) -> str:
        """Vietnamese display form: "quý I/2022", "6 tháng đầu năm 2023", "năm 2023"."""
        y = self.year
        if self.kind in _QUARTER_MONTHS:
            return f"quý {_roman(int(self.kind[1]))}/{y}"
        if self.kind.startswith("M"):
            return f"tháng {int(self.kind[1:])}/{y}"
        return {
            "Y": f"năm {y}",
            "H1": f"6 tháng đầu năm {y}",
            "H2": f"6 tháng cuối năm {y}",
            "9M": f"9 tháng năm {y}",
        }[self.kind]

    def sort_key(self) -> tuple[int, int, int]:
        first, last = self.months()
        return self.year, first, -last

    def __str__(self) -> str:
        return self.key


@dataclass(frozen=True)
class PeriodPhrase:
    """A period phrase as written; ``year`` is None when the phrase names none.

    ``relative`` is 0 for "năm nay", -1 for "năm ngoái"/"năm trước", None otherwise.
    """

    kind: str
    year: int | None
    start: int
    end: int
    text: str
    role: str = "other"
    relative: int | None = None


def _cycle(kind: str) -> list[str] | None:
    if kind in _QUARTER_MONTHS:
        return list(_QUARTER_MONTHS)
    if kind in ("H1", "H2"):
        return ["H1", "H2"]
    if kind.startswith("M"):
        return [f"M{m:02d}" for m in range(1, 13)]
    return None  # "Y" and "9M" occur once a year


def _roman(n: int) -> str:
    return {v: k for k, v in _ROMAN.items()}[n]


def quarter_number(token: str) -> int:
    """ "I".."IV" or "1".."4" -> 1..4 (case-insensitive)."""
    token = token.strip().upper()
    return int(token) if token.isdigit() else _ROMAN[token]


def sort_keys(keys: list[str]) -> list[str]:
    """Unique period keys in time order."""
    periods = {Period.parse_key(k) for k in keys}
    return [p.key for p in sorted(periods, key=Period.sort_key)]
