"""Recognise reporting periods in Vietnamese text: accented, old tone placement, or folded.

"quý I/2022", "quý 1 năm 2022", "Q1 2022", "quy 1 nam 2022" -> 2022-Q1; "3 tháng đầu năm
2022" -> 2022-Q1; "6 tháng đầu năm 2023", "nửa đầu 2023" -> 2023-H1; "6 tháng cuối năm" ->
H2; "9 tháng (đầu năm) 2024" -> 2024-9M; "năm 2023", "cả năm 2023" -> 2023; "tháng 3/2023" ->
2023-M03. See ``ingest.period_model`` for the keys.

Decisions:

* A bare "năm YYYY" is a year period unless the context makes it something else: a target
  ("đến năm 2030", "tầm nhìn đến năm 2045", "vào năm"), a range ("năm 2017 - 2021"), a term
  ("nhiệm kỳ", "giai đoạn", "thời kỳ"), or part of a date ("ngày 25 tháng 6 năm 2023").
  Anniversaries ("kỷ niệm 92 năm", "Huy hiệu 30 năm tuổi Đảng") never match: their number
  comes before "năm". Dates ("3/2/2022") and terms ("nhiệm kỳ 2020-2025") are not periods.
* A bare "6 tháng"/"9 tháng" (no "đầu năm") is H1/9M unless it reads as a duration ("sau 6
  tháng", "thời hạn 6 tháng", "6 tháng tuổi", "6 tháng/lần") or a date ("9 tháng 5").
* A mention without a year ("quý III") takes the year of the next mention in the same sentence
  ("sơ kết quý I, triển khai nhiệm vụ quý II/2022" -> both 2022; "quý IV, triển khai nhiệm vụ
  quý I/2023" -> 2022-Q4), else ``default_year``, else the nearest year named in the text.
  "năm nay"/"năm ngoái" need ``default_year`` (the current year on the query side).
* Role: the nearest cue before the mention in its clause. "report" after "sơ kết", "tổng
  kết", "kết quả", "báo cáo", "giao ban", "đánh giá", "tính đến", "lũy kế" (weakly "trong");
  "next" after "phương hướng", "nhiệm vụ", "triển khai", "kế hoạch", "chỉ tiêu", "phấn đấu",
  "mục tiêu". A mention joined by "và"/"," to the previous one shares its role.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.matching import FoldedText, has_marks, keep_longest, keywords_ok
from ingest.period_model import Period, PeriodPhrase, quarter_number, sort_keys
from ingest.period_roles import assign_roles, lead_span, resolve_years

__all__ = [
    "Period",
    "PeriodMention",
    "PeriodPhrase",
    "detect_report_periods",
    "find_period_phrases",
    "find_periods",
]

_YEAR = r"(?:19[4-9]\d|20\d\d|21\d\d)"
_REL = r"nay|ngoai|truoc"
# A year after "...đầu năm" / "...cuối năm": "đầu năm 2023", "đầu năm/2023", "đầu năm nay".
_TAIL_NAM = rf"(?:\s*[/\-–]?\s*(?P<ya>{_YEAR})|\s+(?P<rel>{_REL}))"
# A year after a quarter or "9 tháng": "/2022", " 2022", " năm 2022", ", năm 2022", " năm nay".
_TAIL = (
    rf"(?:\s*[/\-–]\s*(?P<ya>{_YEAR})|,?\s+nam\s+(?P<yb>{_YEAR})|\s+(?P<yc>{_YEAR})"
    rf"|,?\s+nam\s+(?P<rel>{_REL}))"
)
_START = r"(?<![\w/.,])"
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        "quarter",
        re.compile(rf"(?<![\w.])(?:quy\s+(?P<q>iv|i{{1,3}}|[1-4])|q(?P<q2>[1-4]))(?:{_TAIL})?(?!\w)"),
    ),
    (
        "first",  # "6 tháng đầu năm 2023", "6 tháng đầu năm", "6 tháng đầu 2023"
        re.compile(
            rf"{_START}(?P<n>[369]|ba|sau|chin)\s+thang\s+dau(?:\s+nam{_TAIL_NAM}?|\s+(?P<yb>{_YEAR}))(?!\w)"
        ),
    ),
    ("last6", re.compile(rf"{_START}(?:6|sau)\s+thang\s+cuoi\s+nam{_TAIL_NAM}?(?!\w)")),
    (
        "half",
        re.compile(rf"(?<!\w)nua\s+(?P<h>dau|cuoi)(?:\s+nam{_TAIL_NAM}?|\s*[/\-–]?\s*(?P<yb>{_YEAR}))(?!\w)"),
    ),
    ("count", re.compile(rf"{_START}(?P<n>[69]|sau|chin)\s+thang{_TAIL}(?!\w)")),
    ("bare", re.compile(rf"{_START}(?P<n>[69])\s+thang(?!\s*(?:[\d/(]|tuoi|luong|mot lan|lien)|\w)")),
    ("mid", re.compile(rf"(?<!\w)giua\s+nam{_TAIL_NAM}(?!\w)")),
    ("yearend", re.compile(rf"(?<!\w)cuoi\s+nam{_TAIL_NAM}(?!\w)")),
    (
        "month",
        re.compile(rf"(?<!\w)thang\s+(?P<m>0?[1-9]|1[0-2])(?:\s*[/\-]\s*|,?\s+nam\s+)(?P<ya>{_YEAR})(?!\w)"),
    ),
    ("year", re.compile(rf"(?<!\w)(?:ca\s+)?nam\s+(?:(?P<ya>{_YEAR})|(?P<rel>{_REL}))(?!\w)")),
]
_COUNT_KIND = {"3": "Q1", "ba": "Q1", "6": "H1", "sau": "H1", "9": "9M", "chin": "9M"}
# Words a pattern relies on, with the one accented spelling each may have ("quỹ" is no "quý").
_KEYWORDS = {
    "quy": "quý",
    "nam": "năm",
    "thang": "tháng",
    "dau": "đầu",
    "cuoi": "cuối",
    "nua": "nửa",
    "ca": "cả",
    "giua": "giữa",
    "ngoai": "ngoái",
    "truoc": "trước",
    "sau": "sáu",
    "chin": "chín",
}
_NOT_A_YEAR_BEFORE = re.compile(
    r"(?:\bden|\btoi|\btu|\bvao|\btruoc|\bsau|\bsinh|nhiem ky|giai doan|thoi ky|khoa"
    r"|tam nhin|cung ky|thang\s+\d{1,2}|ngay\s+\d{1,2}|\d)\s*$"
)
_RANGE_AFTER = re.compile(r"^\s*[\-–]\s*(?:nam\s+)?\d{4}")
_DURATION_BEFORE = re.compile(
    r"(?:\bsau|vong|\bhan|\bmoi|\bhon|\bgan|\btren|\bduoi|khoang|\btu|\bde|\bcon|\bmat)\s*$"
)
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class PeriodMention:
    """A period found in a text: the period, its span in that text, and its role guess."""

    period: Period
    start: int
    end: int
    text: str
    role: str  # "report", "next" or "other"
    explicit_year: bool

    @property
    def key(self) -> str:
        return self.period.key


def find_periods(text: str, default_year: int | None = None) -> list[PeriodMention]:
    """Every period named in ``text``, in order; see the module doc for the rules."""
    phrases = find_period_phrases(text)
    years = resolve_years(phrases, text, default_year)
    mentions = []
    for phrase, year in zip(phrases, years, strict=True):
        if year is None:
            continue
        try:
            period = Period(year, phrase.kind)
        except ValueError:
            continue
        explicit = phrase.year is not None
        mentions.append(PeriodMention(period, phrase.start, phrase.end, phrase.text, phrase.role, explicit))
    return mentions


def find_period_phrases(text: str) -> list[PeriodPhrase]:
    """Period phrases with their roles, years left as written (None when absent)."""
    view = FoldedText.of(text)
    accented = has_marks(text)
    found: list[tuple[int, int, str, int | None, int | None]] = []
    for name, pattern in _PATTERNS:
        for match in pattern.finditer(view.folded):
            parsed = _parse(name, match, view.folded)
            if parsed is None:
                continue
            start, end = view.span(match.start(), match.end())
            if keywords_ok(text[start:end], _KEYWORDS, strict_case=accented):
                found.append((match.start(), match.end(), *parsed))
    phrases = []
    for f_start, f_end, kind, year, relative in keep_longest(found):
        start, end = view.span(f_start, f_end)
        phrases.append(PeriodPhrase(kind, year, start, end, text[start:end], "other", relative))
    return assign_roles(phrases, view)


def _parse(name: str, match: re.Match[str], folded: str) -> tuple[str, int | None, int | None] | None:
    """(kind, year, relative) of one candidate, or None when the context rejects it."""
    groups = match.groupdict()
    year_text = groups.get("ya") or groups.get("yb") or groups.get("yc")
    year = int(year_text) if year_text else None
    rel = groups.get("rel")
    relative = None if rel is None else (0 if rel == "nay" else -1)
    before = folded[max(0, match.start() - 24) : match.start()]
    if name == "quarter":
        kind = f"Q{quarter_number(groups['q'] or groups['q2'])}"
    elif name in ("first", "count", "bare"):
        kind = _COUNT_KIND[groups["n"]]
        if name == "bare" and _DURATION_BEFORE.search(before):
            return None
    elif name in ("last6", "half", "mid"):
        kind = "H1" if name == "mid" or groups.get("h") == "dau" else "H2"
    elif name == "month":
        if re.search(r"(?:\d|ngay)\s*$", before):
            return None  # a full date: "ngày 25 tháng 6 năm 2023"
        kind = f"M{int(groups['m']):02d}"
    else:  # "year", "yearend"
        kind = "Y"
        after = folded[match.end() : match.end() + 12]
        if name == "year" and (_NOT_A_YEAR_BEFORE.search(before) or _RANGE_AFTER.match(after)):
            return None
    return kind, year, relative


def detect_report_periods(
    doc_text: str, title: str = "", default_year: int | None = None
) -> tuple[list[str], list[str]]:
    """(periods the document reports on, every period it mentions), as sorted keys.

    Reported periods come from the title (mentions that are not "next"), or when the title
    names none, from the report-role mentions of the first paragraphs. A quarter report also
    reports the cumulative period ending with it when the text names it (Q2 -> H1, Q3 -> 9M,
    Q4 -> year). Mentions without a year take the year of the reported period when one is
    written out ("quý IV" in a 2023 year-end report published in January 2024), else
    ``default_year``.
    """
    text = f"{title}\n\n{doc_text}" if title else doc_text
    lead = lead_span(doc_text, title)
    offset = len(title) + 2 if title else 0
    lead = (lead[0] + offset, lead[1] + offset)
    first_pass = _reported(find_periods(text), len(title), lead)
    written = [m.period.year for m in first_pass if m.explicit_year]
    mentions = find_periods(text, written[0] if written else default_year)
    reported = [m.period for m in _reported(mentions, len(title), lead)]
    reported += _companions(reported, mentions)
    periods = sort_keys([p.key for p in reported])
    mentioned = sort_keys([m.key for m in mentions] + periods)
    return periods, mentioned


def _reported(mentions: list[PeriodMention], title_end: int, lead: tuple[int, int]) -> list[PeriodMention]:
    """Title mentions that are not "next"; without any, the lead's report-role mentions."""
    in_title = [m for m in mentions if m.end <= title_end and m.role != "next"]
    if in_title:
        return in_title
    return [m for m in mentions if lead[0] <= m.start < lead[1] and m.role == "report"]


_CUMULATIVE = {"Q2": "H1", "Q3": "9M", "Q4": "Y"}


def _companions(reported: list[Period], mentions: list[PeriodMention]) -> list[Period]:
    named = {m.period for m in mentions if m.role != "next"}
    extra = []
    for period in reported:
        kind = _CUMULATIVE.get(period.kind)
        if kind and Period(period.year, kind) in named:
            extra.append(Period(period.year, kind))
    return extra
