"""Questions asked "up to" a month ("đến tháng 9/2024", "tính đến hết tháng 6/2025").

Such a question asks for the state or the running total at the end of that month, which the
report of the period from January to that month tells ("9 tháng", "6 tháng"); it does not ask
for the figures of that single month.
"""

from __future__ import annotations

import re

from ingest.period_model import Period
from ingest.text import fold

# "đến tháng 9/2024", "tính đến hết tháng 9 năm 2024", "đến cuối tháng 6/2025".
_UNTIL = re.compile(r"\bden (?:het |cuoi )?thang (\d{1,2})\s*(?:/|-|nam )\s*(\d{4})\b")
_CUMULATIVE = {3: "Q1", 6: "H1", 9: "9M", 12: "Y"}


def until_periods(text: str, periods: list[str]) -> list[str]:
    """``periods`` with each month asked "up to" replaced by the period from January to its
    end when reports have such a period (3, 6, 9 or 12 months); other months stay."""
    out = list(periods)
    for match in _UNTIL.finditer(fold(text).lower()):
        month, year = int(match.group(1)), int(match.group(2))
        kind = _CUMULATIVE.get(month)
        try:
            single = Period.month(year, month).key
            whole = Period(year, kind).key if kind else ""
        except ValueError:
            continue
        if whole and single in out:
            out = [whole if p == single else p for p in out]
    return list(dict.fromkeys(out))
