"""The percentage a compared figure was stated with, for questions that ask for a rate or a share
of the plan: "5.097 đảng viên, đạt 97,2%", "2.148 tỷ đồng, bằng 112,6% dự toán".

The percentage is a fact of its own (measure "rate" or "pct_plan") read from the same sentence
right after the figure; its words ("đạt", "bằng", "dự toán") are taken from that sentence, so the
answer says what the report says, under the figure's citation.
"""

from __future__ import annotations

import re
from typing import Any

from assistant.facts.model import Fact
from assistant.facts.store import query_facts
from ingest.text import fold

SHARE_MEASURES = ("rate", "pct_plan")
# "tỷ lệ", "bao nhiêu %", "phần trăm", "so với kế hoạch/dự toán/chỉ tiêu".
_ASKS_SHARE = re.compile(r"\bt[iy] le\b|%|\bphan tram\b|\b(?:ke hoach|du toan|chi tieu)\b")
_ASKS_RATE = re.compile(r"\bt[iy] le\b|%|\bphan tram\b")
_PLAN_WORDS = r"(?:so với\s+)?(?:kế hoạch|chỉ tiêu|dự toán)(?:\s+(?:năm|tỉnh giao|được giao))?"


def asks_share(question: str) -> bool:
    """True when the question asks for a percentage (a rate or a share of the plan)."""
    return _ASKS_SHARE.search(fold(question)) is not None


def asks_rate(question: str) -> bool:
    """True when the question asks for the percentage itself ("tỷ lệ", "%"), not the count."""
    return _ASKS_RATE.search(fold(question)) is not None


def share_of(catalog: Any, fact: Fact) -> Fact | None:
    """The percentage stated right after ``fact`` in its sentence, if any."""
    rows = query_facts(catalog, metrics=[fact.metric], doc_id=fact.doc_id, segment=fact.segment)
    after = sorted(
        (f for f in rows if f.chunk_id == fact.chunk_id and f.ordinal > fact.ordinal),
        key=lambda f: f.ordinal,
    )
    for other in after:
        if other.quote != fact.quote or other.measure == "value":
            return None  # the next figure of this metric is not this one's percentage
        if other.measure in SHARE_MEASURES and other.period == fact.period and other.number is not None:
            return other
    return None


def share_text(share: Fact) -> str:
    """ "đạt 97,2%", "bằng 112,6% dự toán": the percentage with the report's own words."""
    number = re.escape(share.value.rstrip("%").strip())
    match = re.search(rf"(?i)\b(đạt|bằng|chiếm)\s+{number}\s*%(\s+{_PLAN_WORDS})?", share.quote)
    if match is None:
        return f"đạt {share.display()}"
    plan = f" {' '.join(match.group(2).split())}" if match.group(2) else ""
    return f"{match.group(1).lower()} {share.display()}{plan}"


def point_change(first: str, second: str, a: Fact, b: Fact) -> str | None:
    """ "Bắc Kạn cao hơn Lai Châu 1,7 điểm phần trăm (97,2% so với 95,5%)."; None unless both
    are percentages of the same kind."""
    if a.measure != b.measure or a.number is None or b.number is None:
        return None
    from assistant.briefs.arith import vn_number

    diff = a.number - b.number
    pair = f"{a.display()} so với {b.display()}"
    if diff == 0:
        return f"{first} bằng {second} ({pair})."
    word = "cao hơn" if diff > 0 else "thấp hơn"
    return f"{first} {word} {second} {vn_number(abs(diff), 1)} điểm phần trăm ({pair})."
