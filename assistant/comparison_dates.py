"""Periods a comparison names by a date: "đến 30/9/2025" is the count at the end of the third
quarter, which the report on the nine months gives.

A full date right after "đến", "tính đến", "vào", "tại" or "lúc" (optionally "ngày") that is the
last day of a quarter stands for the period of the year reported up to that day (31/3: quý I,
30/6: 6 tháng, 30/9: 9 tháng, 31/12: the year). Only a count at a date (a stock) is read so:
what was done "đến 30/9" may start anywhere. A period named without a year ("lúc báo cáo
quý I") takes the year of the date.
"""

from __future__ import annotations

import re

from ingest.dates import find_dates
from ingest.periods import find_periods
from ingest.text import fold

_AT = re.compile(r"(?:\bden|\bvao|\btai|\bluc)\s+(?:ngay\s+)?$")
_QUARTER_END = {(31, 3): "Q1", (30, 6): "H1", (30, 9): "9M"}


def dated_periods(question: str, periods: list[str]) -> list[str]:
    """``periods`` with the periods the question names by a quarter's last day, in the order
    the question names them; ``periods`` itself unless that gives two or more."""
    folded = fold(question)
    found: list[tuple[int, str]] = []
    for mention in find_dates(question):
        if not _AT.search(folded[max(0, mention.start - 16) : mention.start]):
            continue
        if (mention.day, mention.month) == (31, 12):
            found.append((mention.start, str(mention.year)))
        elif (mention.day, mention.month) in _QUARTER_END:
            found.append((mention.start, f"{mention.year}-{_QUARTER_END[mention.day, mention.month]}"))
    if not found:
        return periods
    year = int(found[0][1][:4])
    found.extend((m.start, m.key) for m in find_periods(question, default_year=year))
    keys = list(dict.fromkeys(key for _, key in sorted(found)))
    return keys if len(keys) >= 2 else periods
