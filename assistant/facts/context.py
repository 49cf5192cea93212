"""What the extractors know about the document they read, and period helpers shared by them."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ingest.matching import FoldedText
from ingest.period_model import Period
from ingest.periods import PeriodMention, find_periods
from ingest.text import fold

# A period mention right after these words is a plan, a target or a point of comparison
# ("kế hoạch năm 2024", "nhiệm vụ quý II", "so với cùng kỳ năm 2023"), not the period of
# the figures around it.
_NOT_REPORTED_BEFORE = re.compile(
    r"(?:ke hoach|chi tieu|nhiem vu(?: trong tam)?|trien khai|phuong huong|muc tieu|phan dau|so voi"
    r"|cung ky|\bden|\btoi|\btu|nghi quyet|chuyen de|\bvao)\s*(?:cua\s*)?$"
)
NEXT_SECTION = re.compile(r"^(?:[ivx]+\.|\d+\.|[a-z]\))?\s*(?:phuong huong|nhiem vu|cac nhiem vu|muc tieu)")
LIMIT_SECTION = re.compile(r"^(?:[ivx]+\.|\d+\.|[a-z]\))?\s*(?:han che|ton tai|khuyet diem|mot so han che)")
CAUSE_SECTION = re.compile(r"^(?:[ivx]+\.|\d+\.|[a-z]\))?\s*nguyen nhan")
# "Từ đầu năm đến nay", "lũy kế từ đầu năm": from January to the end of the reported period.
_SINCE_JANUARY = re.compile(r"\b(?:tinh |luy ke )?tu dau nam(?: den nay)?\b")
_TO_DATE_KIND = {3: "Q1", 6: "H1", 9: "9M", 12: "Y"}


@dataclass
class DocContext:
    """A document as the extractors need it: who, where, which periods it reports."""

    doc_id: str
    province: str = ""
    body_key: str = ""
    body: str = ""
    title: str = ""
    periods: list[Period] = field(default_factory=list)

    @classmethod
    def from_metadata(cls, doc_id: str, meta: dict[str, Any]) -> DocContext:
        periods = []
        for key in meta.get("periods") or []:
            try:
                periods.append(Period.parse_key(str(key)))
            except ValueError:
                continue
        return cls(
            doc_id=doc_id,
            province=str(meta.get("province") or ""),
            body_key=str(meta.get("body_key") or ""),
            body=str(meta.get("body") or ""),
            title=str(meta.get("title") or "").strip(),
            periods=periods,
        )

    @property
    def primary(self) -> Period | None:
        """The period the document mainly reports: the shortest one ("Q3" of "Q3" + "9M")."""
        if not self.periods:
            return None
        return min(self.periods, key=lambda p: (months(p), -p.end_date().toordinal()))

    @property
    def year(self) -> int | None:
        primary = self.primary
        return primary.year if primary else None

    @property
    def to_date(self) -> Period | None:
        """The period from January to the end of the reported one (9 months for a third quarter)."""
        primary = self.primary
        kind = _TO_DATE_KIND.get(primary.months()[1]) if primary else None
        return Period(primary.year, kind) if primary and kind else None

    def is_future(self, period: Period) -> bool:
        """True for a period that starts after the reported one ends (a target, a task)."""
        primary = self.primary
        return primary is not None and period.start_date() > primary.end_date()


def months(period: Period) -> int:
    first, last = period.months()
    return last - first + 1


def reported_mentions(
    text: str, default_year: int | None, to_date: Period | None = None
) -> list[PeriodMention]:
    """Period mentions of ``text`` that can date the figures near them (not plans or targets);
    with ``to_date``, "từ đầu năm (đến nay)" is a mention of that period."""
    view = FoldedText.of(text)
    kept = _since_january(text, view, to_date)
    for mention in find_periods(text, default_year):
        if re.search(r"\b(?:nay|ngoai|truoc)$", fold(mention.text)):
            continue  # "năm nay", "năm ngoái": a way of speaking, not a reporting period
        start = view.folded_index(mention.start)
        before = view.folded[max(0, start - 30) : start]
        before = re.split(r"[,;:()]", before)[-1]
        if not _NOT_REPORTED_BEFORE.search(before):
            kept.append(mention)
    return sorted(kept, key=lambda m: m.start)


def _since_january(text: str, view: FoldedText, to_date: Period | None) -> list[PeriodMention]:
    if to_date is None:
        return []
    found = []
    for match in _SINCE_JANUARY.finditer(view.folded):
        start, end = view.span(match.start(), match.end())
        found.append(PeriodMention(to_date, start, end, text[start:end], "report", False))
    return found


def section_parts(section: str) -> list[str]:
    return [fold(part).strip() for part in section.split(" > ") if part.strip()]


def is_next_section(section: str) -> bool:
    """A heading path under "Phương hướng, nhiệm vụ ..." (the next period's plan)."""
    return any(NEXT_SECTION.match(part) for part in section_parts(section))


def is_limit_section(section: str) -> bool:
    """A heading path under "Hạn chế, tồn tại" but not under its "Nguyên nhân"."""
    parts = section_parts(section)
    return any(LIMIT_SECTION.match(p) for p in parts) and not CAUSE_SECTION.match(parts[-1])
