"""The fact record: one figure (or one short text) of one report, with where it was written."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from decimal import Decimal
from typing import Any, Literal

# "value": what was done; "pct_plan": percent of the (annual) plan reached; "plan": the plan
# itself ("kế hoạch 260 đảng viên"); "rate": percent of those concerned ("đạt 96,4%").
Measure = Literal["value", "pct_plan", "plan", "rate", "text"]
MEASURES: tuple[str, ...] = ("value", "pct_plan", "plan", "rate", "text")


@dataclass
class Fact:
    """One extracted fact.

    ``value`` is the figure as written ("7.846", "96,4%", "hơn 1,3 tỷ đồng") or the text of a
    text fact (the theme of the year, a task); ``number`` its value (money in đồng, percents
    as 96.4), None for text facts. ``segment`` is empty for the whole body, else the row or
    column label of a breakdown table ("Doanh nghiệp ngoài nhà nước"). ``quote`` is the
    sentence (or table header and row) the fact was read from; ``chunk_id`` its chunk.
    """

    metric: str
    value: str
    period: str
    quote: str
    measure: str = "value"
    number: Decimal | None = None
    unit: str = ""
    segment: str = ""
    chunk_id: str = ""
    ordinal: int = 0
    doc_id: str = ""
    province: str = ""
    body_key: str = ""
    body: str = ""
    # Filled when read back from the store (joined from the documents table).
    source: str = ""
    title: str = ""
    date: str = ""
    doc_periods: list[str] = field(default_factory=list)

    @property
    def key(self) -> tuple[str, str, str, str]:
        """What the fact is about: (metric, measure, period, segment)."""
        return self.metric, self.measure, self.period, self.segment

    @property
    def from_own_report(self) -> bool:
        """True when the fact comes from the report on its own period (not a later table)."""
        return self.period in self.doc_periods

    def display(self) -> str:
        """The value with its unit when the written value has none: "58 đảng viên", "22,3%"."""
        if self.number is None or not self.unit or self.unit in self.value:
            return self.value
        return f"{self.value}{self.unit}" if self.unit == "%" else f"{self.value} {self.unit}"

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["number"] = None if self.number is None else str(self.number)
        return data
