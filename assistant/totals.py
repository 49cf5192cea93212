"""Totals of what was done over a period: "trao Huy hiệu Đảng tổng cộng bao nhiêu đảng viên"
in the first half of a year is the sum of every batch, not the figure of one batch.

``summed_signal`` favours a table row whose columns add the periods up ("Quý I | Quý II | 6
tháng", "Cộng", "Lũy kế") or a sentence stating a total, and penalises a sentence stating one
part ("đợt 2", "riêng quý II", "trong đó").
"""

from __future__ import annotations

import re

from assistant.period_signals import doc_year
from assistant.question import QuestionView
from assistant.units import Unit, table_header_periods
from ingest.text import fold

# A part of the whole: one batch, one occasion, a share singled out (folded syllables).
_PART = re.compile(r"\b(?:dot|lan|dip) (?:\d+|[ivx]+)\b|\brieng\b|\btrong do\b")
# A whole: "tổng cộng", "cộng 6 tháng", "lũy kế", "tính chung".
_WHOLE = re.compile(r"\btong (?:cong|so)\b|\bcong\b|\bluy ke\b|\btinh chung\b")


def summed_signal(unit: Unit, q: QuestionView) -> float:
    """For a question asking a total (``q.summed``): +0.3 for a row of a table with a total
    column or a column of the asked period; for a sentence, -0.3 when it states a part and
    +0.15 when it states a whole."""
    if not q.summed:
        return 0.0
    if unit.kind == "row":
        header = unit.quote.split("\n", 1)[0]
        cells = [fold(c).lower().strip() for c in header.strip("|").split("|")]
        if any(_WHOLE.search(c) for c in cells) or table_header_periods(header, doc_year(unit.hit)) & set(
            q.periods
        ):
            return 0.3
        return 0.0
    words = " ".join(unit.syllables)
    if _PART.search(words):
        return -0.3
    return 0.15 if _WHOLE.search(words) else 0.0
