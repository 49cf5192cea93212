"""Dates in Vietnamese news and reports: date lines, the formal signature line, event days.

Date lines as sites print them: "Thứ bảy 10/04/2021 19:55", "Chủ nhật,  17/01/2021", "Thứ Năm,
28/12/2023 | 17:00", "- Thứ Tư, 15/03/2023, 19:32 - Chia sẻ", "Cập nhật 08:30 | 15/01/2022",
"26/12/2024 - 20:15", "Thứ Tư, ngày 10 tháng 4 năm 2024"; the formal reports' place and date
line "Buôn Ma Thuột, ngày 21 tháng 6 năm 2023"; and days without a year ("Ngày 11/7",
"Sáng 28/12", "Chiều nay (28/12)") whose year comes from the document. Invalid dates (31/02)
are ignored.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from ingest.matching import FoldedText

_FULL = [
    re.compile(r"(?<![\d/.])(\d{1,2})\s*([/.\-])\s*(\d{1,2})\s*\2\s*(\d{4})(?![\d/])"),
    re.compile(r"(?<!\w)ngay\s+(\d{1,2})\s+thang\s+(\d{1,2}),?\s+nam\s+(\d{4})(?!\d)"),
    re.compile(r"(?<![\d\-])(\d{4})-(\d{2})-(\d{2})(?![\d\-])"),
]
_FORMAL = re.compile(
    r"^\s*(?P<place>[^\d,]{2,60}),\s*ngay\s+(?P<d>\d{1,2})\s+thang\s+(?P<m>\d{1,2}),?\s+"
    r"nam\s+(?P<y>\d{4})\s*\.?\s*$"
)
_PARTIAL_LINE = re.compile(r"^\s*(?:ngay\s+)?(\d{1,2})/(\d{1,2})\s*$")
_EVENT = re.compile(
    r"(?<!\w)(?:ngay|sang|chieu|toi|trua|dem|hom)(?:\s+nay)?\s*(?:\(\s*)?(\d{1,2})/(\d{1,2})"
    r"(?![/\d])"
)
_TIME = re.compile(r"\d{1,2}\s*[:h]\s*\d{2}(?::\d{2})?|\(?gmt\s*[+\-]\s*\d+\)?")
_FILLER = re.compile(
    r"\bthu\s+(?:hai|ba|tu|nam|sau|bay|[2-7])\b|\bchu nhat\b|\bcap nhat\b|\bngay dang\b"
    r"|\bdang luc\b|\bhom nay\b|\bchia se\b|\bbinh luan\b|\bin bai\b|\bluot xem\b|\bngay\b"
    r"|\bdang\b|\bluc\b|\bgio\b|\bzalo\b|\bfacebook\b|\bemail\b|\bsang\b|\bchieu\b|\btoi\b"
)
# Priorities of date lines: the signature line of a formal report is its date; a printed
# timestamp is the article's; a bare date line may be the site's "today" bar; "hôm nay" is.
PRIORITY = {"formal": 5, "stamp": 4, "line": 3, "partial": 2, "today": 1}


@dataclass(frozen=True)
class DateMention:
    """A day found in a text; ``year`` is None when the text gives none ("Sáng 28/12")."""

    day: int
    month: int
    year: int | None
    start: int
    end: int
    text: str

    def iso(self, year: int | None = None) -> str:
        """ISO form, using ``year`` when the mention has none; "" when invalid or unknown."""
        value = to_date(self.day, self.month, self.year if self.year is not None else year)
        return value.isoformat() if value else ""


@dataclass(frozen=True)
class DateLine:
    """A line that is (mostly) a date. ``kind`` is a key of ``PRIORITY``."""

    mention: DateMention
    index: int
    kind: str
    place: str = ""

    @property
    def priority(self) -> int:
        return PRIORITY[self.kind]


def to_date(day: int, month: int, year: int | None) -> date | None:
    """A valid ``date`` or None (31/02, month 13, no year)."""
    if year is None:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def find_dates(text: str) -> list[DateMention]:
    """Full dates (d/m/yyyy, d.m.yyyy, "ngày d tháng m năm yyyy", yyyy-mm-dd), valid ones only."""
    view = FoldedText.of(text)
    found: dict[int, DateMention] = {}
    for index, pattern in enumerate(_FULL):
        for m in pattern.finditer(view.folded):
            groups = [g for g in m.groups() if g and g.isdigit()]
            if index == 2:
                y, mo, d = (int(g) for g in groups)
            else:
                d, mo, y = (int(g) for g in groups)
            if to_date(d, mo, y) is None:
                continue
            start, end = view.span(m.start(), m.end())
            found.setdefault(start, DateMention(d, mo, y, start, end, text[start:end]))
    return [found[k] for k in sorted(found)]


def find_event_dates(text: str, year: int | None = None, anchor: date | None = None) -> list[DateMention]:
    """Days introduced as events ("Ngày 9/4", "Sáng 28/12", "Chiều nay (28/12)") and full dates.

    A day without a year takes the year that puts it nearest ``anchor`` (the published date or
    the end of the reported period), else ``year``; valid dates only.
    """
    view = FoldedText.of(text)
    out = list(find_dates(text))
    for m in _EVENT.finditer(view.folded):
        d, mo = int(m.group(1)), int(m.group(2))
        start, end = view.span(m.start(), m.end())
        if any(f.start <= start < f.end for f in out):
            continue
        y = nearest_year(d, mo, anchor) if anchor else year
        if y is not None and to_date(d, mo, y) is not None:
            out.append(DateMention(d, mo, y, start, end, text[start:end]))
    return sorted(out, key=lambda x: x.start)


def nearest_year(day: int, month: int, anchor: date) -> int | None:
    """The year that puts day/month nearest to ``anchor`` (28/12 near 17/01/2021 -> 2020)."""
    options = [
        (abs((d - anchor).days), d.year)
        for y in (anchor.year - 1, anchor.year, anchor.year + 1)
        if (d := to_date(day, month, y)) is not None
    ]
    return min(options)[1] if options else None


def classify_line(line: str, index: int = 0) -> DateLine | None:
    """The date line this line is, or None when it is a sentence or no date at all."""
    line = line.strip().strip("*_#> ").strip()  # Markdown emphasis around a date line
    folded = FoldedText.of(line).folded
    formal = _FORMAL.match(folded)
    if formal and _FILLER.sub(" ", formal["place"]).strip(" -*_#"):  # a place, not a weekday
        d, mo, y = int(formal["d"]), int(formal["m"]), int(formal["y"])
        if to_date(d, mo, y):
            place = line[: line.index(",")].strip(" -*_#")
            return DateLine(DateMention(d, mo, y, 0, len(line), line.strip()), index, "formal", place)
        return None
    partial = _PARTIAL_LINE.match(folded)
    if partial:
        d, mo = int(partial.group(1)), int(partial.group(2))
        if to_date(d, mo, 2000) is None:  # a leap year accepts 29/2
            return None
        return DateLine(DateMention(d, mo, None, 0, len(line), line.strip()), index, "partial")
    dates = find_dates(line)
    if len(dates) != 1:
        return None
    mention = dates[0]
    rest = folded[: mention.start] + " " + folded[mention.end :]
    has_time = bool(_TIME.search(rest))
    rest = _FILLER.sub(" ", _TIME.sub(" ", rest))
    if len(re.findall(r"[a-z]\w*", rest)) > 1:
        return None
    kind = "today" if "hom nay" in folded else ("stamp" if has_time else "line")
    return DateLine(mention, index, kind)


def find_date_lines(lines: Iterable[str], max_lines: int = 60) -> list[DateLine]:
    """Date lines among the first ``max_lines`` short lines, in order."""
    out = []
    for index, line in enumerate(lines):
        if index >= max_lines:
            break
        if 0 < len(line.strip()) <= 120:
            found = classify_line(line, index)
            if found:
                out.append(found)
    return out


def best_date_line(lines: Iterable[str], max_lines: int = 60) -> DateLine | None:
    """The most telling date line: highest priority, then the earliest."""
    found = find_date_lines(lines, max_lines)
    return max(found, key=lambda d: (d.priority, -d.index)) if found else None


def find_published_date(
    lines_or_text: str | Iterable[str], default_year: int | None = None, max_lines: int = 60
) -> str:
    """ISO date of the best date line; a line without a year uses ``default_year``; "" if none."""
    lines = lines_or_text.splitlines() if isinstance(lines_or_text, str) else list(lines_or_text)
    best = best_date_line(lines, max_lines)
    return best.mention.iso(default_year) if best else ""


def parse_iso(value: str) -> date | None:
    """The date at the start of an ISO string ("2022-07-15T10:32:00+07:00"), or a d/m/y date."""
    match = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", value or "")
    if match:
        return to_date(int(match[3]), int(match[2]), int(match[1]))
    found = find_dates(value or "")
    return to_date(found[0].day, found[0].month, found[0].year) if found else None
