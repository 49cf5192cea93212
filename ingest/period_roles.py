"""Context rules of the period recogniser: roles from cue words, years of year-less mentions,
and where a document's lead paragraphs are. Kept apart from the patterns in ``ingest.periods``.
"""

from __future__ import annotations

import dataclasses
import re

from ingest.matching import FoldedText
from ingest.period_model import Period, PeriodPhrase

# Longest cues first so that "thực hiện nhiệm vụ" (results) wins over "nhiệm vụ" (tasks) and
# "chuẩn bị ... tổng kết" (a task) over "tổng kết" (results). Cues are regular expressions.
_CUES = [
    ("next", r"chuan bi(?:\s+\w+){0,4}?\s+(?:tong|so)\s+ket"),
    ("report", "ket qua thuc hien nhiem vu"),
    ("report", "thuc hien nhiem vu"),
    ("next", "phuong huong"),
    ("next", "trien khai"),
    ("next", "nhiem vu"),
    ("next", "ke hoach"),
    ("next", "chi tieu"),
    ("next", "phan dau"),
    ("next", "muc tieu"),
    ("report", "so ket"),
    ("report", "tong ket"),
    ("report", "ket qua"),
    ("report", "bao cao"),
    ("report", "tinh den"),
    ("report", "giao ban"),
    ("report", "danh gia"),
    ("report", "tinh chung"),
    ("report", "luy ke"),
    ("weak", "trong"),
]
_CUE_RE = re.compile("|".join(rf"(?P<c{i}>(?<!\w){cue}(?!\w))" for i, (_, cue) in enumerate(_CUES)))
_CLAUSE_END = re.compile(r"[;!?\n]|[.:](?=\s)")
_LOOKBACK = 100
_WEAK_REACH = 2  # words between "trong" and the mention: "trong quý III", "trong 6 tháng"
_JOINERS = re.compile(r"^[\s,/&\-–]*(?:va|cung|va trong|,)?[\s,/&\-–]*$")


def assign_roles(phrases: list[PeriodPhrase], view: FoldedText) -> list[PeriodPhrase]:
    """Return the phrases with ``role`` set from the nearest cue before each."""
    out = []
    prev_end = -1
    prev_role = "other"
    for phrase in phrases:
        start = view.folded_index(phrase.start)
        floor = max(0, start - _LOOKBACK, prev_end)
        window = view.folded[floor:start]
        ends = [m.end() for m in _CLAUSE_END.finditer(window)]
        if ends:
            window = window[ends[-1] :]
        role = _role_in(window)
        if role is None:
            joined = prev_end >= 0 and not ends and floor == prev_end
            role = prev_role if joined and _JOINERS.match(window) else "other"
        out.append(dataclasses.replace(phrase, role=role))
        prev_end = view.folded_index(phrase.end)
        prev_role = role
    return out


def _role_in(window: str) -> str | None:
    """The role of the last strong cue in the window; "trong" counts only right before."""
    strong = weak = None
    for match in _CUE_RE.finditer(window):
        role = _CUES[int(str(match.lastgroup)[1:])][0]
        if role != "weak":
            strong = role
        elif len(window[match.end() :].split()) <= _WEAK_REACH:
            weak = "report"
    return strong or weak


def _same_clause(text: str, a_end: int, b_start: int) -> bool:
    between = text[a_end:b_start] if a_end <= b_start else ""
    return not re.search(r"[;!?\n]|\.(?=\s)", between)


def resolve_years(phrases: list[PeriodPhrase], text: str, default_year: int | None) -> list[int | None]:
    """The year of each phrase: written, chained within its sentence, default, or nearest."""
    years: list[int | None] = []
    for p in phrases:
        if p.year is not None:
            years.append(p.year)
        elif p.relative is not None and default_year is not None:
            years.append(default_year + p.relative)
        else:
            years.append(None)
    count = len(phrases)
    for i in reversed(range(count - 1)):
        if (
            years[i] is None
            and _resolvable(phrases[i])
            and _same_clause(text, phrases[i].end, phrases[i + 1].start)
        ):
            years[i] = _chain(phrases[i], phrases[i + 1], years[i + 1], later=True)
    for i in range(1, count):
        if (
            years[i] is None
            and _resolvable(phrases[i])
            and _same_clause(text, phrases[i - 1].end, phrases[i].start)
        ):
            years[i] = _chain(phrases[i], phrases[i - 1], years[i - 1], later=False)
    explicit = [(p.start, p.year) for p in phrases if p.year is not None]
    for i, p in enumerate(phrases):
        if years[i] is None and _resolvable(p):
            years[i] = default_year if default_year is not None else _nearest(p.start, explicit)
    return years


def _resolvable(phrase: PeriodPhrase) -> bool:
    """Relative phrases ("năm nay") only take a year from ``default_year``."""
    return bool(phrase.relative is None)


def _chain(phrase: PeriodPhrase, other: PeriodPhrase, year: int | None, later: bool) -> int | None:
    """Year of ``phrase`` from a neighbour in its sentence.

    "quý IV, triển khai nhiệm vụ quý I/2023" -> 2022-Q4: a reported period followed by the
    next one that does not start after it belongs to the year before. A whole-year target
    ("đạt 48% chỉ tiêu năm 2023") contains the period instead, so it shifts nothing.
    """
    if year is None:
        return None
    first = Period(2000, phrase.kind).months()[0]
    other_first = Period(2000, other.kind).months()[0]
    if later and phrase.role != "next" and other.role == "next" and other.kind != "Y":
        return year - 1 if first >= other_first else year
    backward = not later and phrase.role == "next" and other.role != "next"
    if backward and first <= other_first and (other.kind != "Y" or other.role == "report"):
        return year + 1
    return year


def _nearest(pos: int, explicit: list[tuple[int, int]]) -> int | None:
    if not explicit:
        return None
    return min(explicit, key=lambda e: (abs(e[0] - pos), e[0] > pos))[1]


_LEAD_PARAGRAPHS = 3
_LEAD_MAX_CHARS = 2500
_LONG_LINE_WORDS = 12


def lead_span(doc_text: str, title: str = "") -> tuple[int, int]:
    """Offsets of the first paragraphs: after the title when the text repeats it, up to and
    including the third line of at least a dozen words."""
    start = doc_text.find(title, 0, 3000) + len(title) if title and title in doc_text[:3000] else 0
    pos, long_lines = start, 0
    limit = min(len(doc_text), start + _LEAD_MAX_CHARS)
    while pos < limit and long_lines < _LEAD_PARAGRAPHS:
        nl = doc_text.find("\n", pos)
        line_end = len(doc_text) if nl < 0 else nl
        if len(doc_text[pos:line_end].split()) >= _LONG_LINE_WORDS:
            long_lines += 1
        pos = line_end + 1
    return start, min(max(pos, start), len(doc_text))
