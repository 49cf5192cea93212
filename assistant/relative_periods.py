"""Relative periods ("năm nay", "năm ngoái", "quý 1 năm nay") read against the reports held.

The question parser takes "năm nay" as the year of the clock. Reports are written about a past
period, so when the store holds no report of the clock year for the body and province the
question names, "năm nay" means the year of the latest report held for them; "năm ngoái" /
"năm trước" the year before it. "Quý này" is the quarter of the latest report held, "quý
trước" the one before it (not after "so với": that compares within a report).
``anchor_relative`` writes the period into the question (so retrieval, coverage and quoting
all read the same period) and returns a note saying which was taken.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from assistant.numbers import format_period
from ingest.matching import FoldedText
from ingest.period_model import Period
from ingest.periods import find_period_phrases
from ingest.text import fold, has_diacritics
from vectorstore.query import parse_question

# The relative words at the end of a period phrase ("quý 1 năm nay", "6 tháng đầu năm ngoái").
_RELATIVE_TAIL = re.compile(r"\bnam\s+(?:nay|ngoai|truoc)\s*$")
# "quý này", "quý trước", unless compared to ("so với quý trước").
_QUARTER = re.compile(r"(?<!so voi )(?<!voi )\bquy\s+(nay|truoc)\b")


def anchor_relative(
    question: str, documents: Sequence[Mapping[str, Any]], today: date | None = None
) -> tuple[str, list[str]]:
    """``question`` with its relative years written out, and the notes saying which year."""
    question, notes = _anchor_quarters(question, documents)
    spans = _relative_spans(question)
    if not spans:
        return question, notes
    years = _report_years(question, documents)
    this_year = (today or date.today()).year
    if not years or this_year in years:
        return question, notes  # the clock year has reports: the parser's reading stands
    anchor = max(years)
    out = question
    for start, end, relative in reversed(spans):
        year = anchor + relative
        out = f"{out[:start]}{_typed(question, f'năm {year}', start)}{out[end:]}"
        said = question[start:end]
        notes.append(f"«{said}» được hiểu là năm {year} (năm {anchor} là năm của báo cáo mới nhất đã nạp).")
    return out, notes[: len(notes) - len(spans)] + list(reversed(notes[len(notes) - len(spans) :]))


def _typed(question: str, words: str, start: int) -> str:
    """``words`` as the question is typed: without accents when it has none (an accented
    insertion would make its unaccented question words read as content), capitalized at the
    start of a sentence."""
    out = words if has_diacritics(question) else fold(words)
    return out[:1].upper() + out[1:] if question[start : start + 1].isupper() else out


def _relative_spans(question: str) -> list[tuple[int, int, int]]:
    """(start, end, relative) of the words "năm nay/ngoái/trước" closing a period phrase."""
    spans = []
    for phrase in find_period_phrases(question):
        if phrase.relative is None:
            continue
        view = FoldedText.of(phrase.text)
        tail = _RELATIVE_TAIL.search(view.folded)
        if tail is None:
            continue
        start, end = view.span(tail.start(), len(view.folded.rstrip()))
        spans.append((phrase.start + start, phrase.start + end, phrase.relative))
    return spans


def _anchor_quarters(question: str, documents: Sequence[Mapping[str, Any]]) -> tuple[str, list[str]]:
    """``question`` with "quý này" / "quý trước" written as the quarter they stand for."""
    view = FoldedText.of(question)
    found = list(_QUARTER.finditer(view.folded))
    latest = max(_report_periods(question, documents), key=lambda p: p.end_date(), default=None)
    if not found or latest is None:
        return question, []
    end = latest.end_date()
    out, notes = question, list[str]()
    for match in reversed(found):
        index = end.year * 4 + (end.month - 1) // 3 - (1 if match.group(1) == "truoc" else 0)
        year, quarter = divmod(index, 4)
        start, stop = view.span(match.start(), match.end())
        out = f"{out[:start]}{_typed(question, f'quý {quarter + 1} năm {year}', start)}{out[stop:]}"
        taken = format_period(f"{year}-Q{quarter + 1}")
        said = question[start:stop]
        notes.insert(0, f"«{said}» được hiểu là {taken} (báo cáo mới nhất đã nạp: {latest.label()}).")
    return out, notes


def _report_years(question: str, documents: Sequence[Mapping[str, Any]]) -> set[int]:
    """Years reported on by the documents of the province and body the question names."""
    return {p.year for p in _report_periods(question, documents)}


def _report_periods(question: str, documents: Sequence[Mapping[str, Any]]) -> list[Period]:
    """Periods reported on by the documents of the province and body the question names."""
    intent = parse_question(question)
    out: list[Period] = []
    for doc in documents:
        province, body = str(doc.get("province") or ""), str(doc.get("body_key") or "")
        if intent.provinces and province not in intent.provinces:
            continue
        if intent.body_keys and body not in intent.body_keys:
            continue
        for key in doc.get("periods") or []:
            try:
                out.append(Period.parse_key(str(key)))
            except ValueError:
                continue
    return out
