"""Document metadata: title, date, reporting periods, issuing body, province, number, author.

Evidence is taken in order of reliability and nothing is guessed: a field the document does not
support stays empty (a news item that names no province and has no URL has no province).

* Formal reports ("BÁO CÁO" header, "Số 126-BC/ĐUK") give their committee in the header block,
  their date in the "Place, ngày ... tháng ... năm ..." line, their title in the "BÁO CÁO" line
  and the subject below it, and their signer under "(đã ký)".
* News articles give their title in HTML hints or as the first title-like line, their date in a
  date line (a day without a year takes it from the reported period), their body in the title
  or lead, their province in the body's name, the lead's "(Baonghean.vn)", or the source URL.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from ingest.bodies import BodyMention, body_display, find_bodies
from ingest.dates import DateLine, find_date_lines, find_event_dates, nearest_year, parse_iso
from ingest.doc_lines import (
    byline,
    formal_title,
    is_formal_heading,
    person_name,
    signer,
    strip_marks,
    title_from_lines,
)
from ingest.model import DocMetadata, LoadedDocument
from ingest.period_model import Period
from ingest.period_roles import lead_span
from ingest.periods import detect_report_periods
from ingest.provinces import find_provinces, get_province, province_from_url, province_of_place
from ingest.structure import is_table_row, split_table_row
from ingest.text import fold

_NUMBER = re.compile(r"^\W*s[oố]\s*:?\s*(\d+\s*[-/]\s*[\w.]+(?:\s*/\s*[\w.\-]+)*)\s*$", re.I)
# A number with its letters ("171-BC/ĐUK") and more text after it: the place and date line
# that a two-column letterhead put on the same line.
_NUMBER_THEN_TEXT = re.compile(r"^\W*s[oố]\s*:?\s*(\d+\s*-\s*[^\W\d_]+(?:/[\w.\-]+)+)\s+\S", re.I)
_URL = re.compile(r"https?://[^\s<>\"')\]]+")
_AGENCY_TAG = re.compile(r"\(\s*([\w\-]+(?:\.[\w\-]+)*\.(?:vn|com|net|org))\s*\)", re.I)
_HEADER_PROVINCE = re.compile(r"\b(?:dang bo|tinh uy|thanh uy)\s+(?:tinh|thanh pho|tp\.?)\s+")
_SHARE = re.compile(r"facebook\.|twitter\.|zalo\.|google\.|/sharer|/share\?")
_HEADER_LINES = 12


@dataclass
class _Parts:
    """What the field extractors share, computed once per document."""

    doc: LoadedDocument
    lines: list[str]
    formal: bool
    title: str = ""
    lead: str = ""  # the first paragraphs (see ingest.period_roles.lead_span)
    date_lines: list[DateLine] = field(default_factory=list)
    bodies: list[BodyMention] = field(default_factory=list)  # every body the text names


def extract_metadata(doc: LoadedDocument) -> DocMetadata:
    """Fill ``DocMetadata`` from a loaded document (text, header lines and format hints)."""
    text = doc.text
    lines = _header_cells(text.splitlines())
    number = doc_number(lines)
    formal = bool(number) or any(is_formal_heading(line) for line in lines[:30])
    parts = _Parts(doc, lines, formal, bodies=find_bodies(text))
    parts.title = _title(doc, lines, formal)
    start, end = lead_span(text, parts.title)
    parts.lead = text[start:end]
    published, parts.date_lines = _published(doc, lines)
    periods, mentioned = detect_report_periods(text, parts.title, published.year if published else None)
    day = published or _late_date(parts, periods)
    url = _source_url(doc, text)
    body = _body(parts)
    province = _province(parts, url, body)
    return DocMetadata(
        title=parts.title,
        date=day.isoformat() if day else "",
        periods=periods,
        mentioned_periods=mentioned,
        body=_body_display(body, lines, province, formal),
        body_key=body.key if body else "",
        province=province,
        doc_number=number,
        doc_type="bao-cao" if formal else "tin",
        author=_author(doc, lines, formal),
        source_url=url,
    )


def _header_cells(lines: list[str]) -> list[str]:
    """The lines, with the rows of a table at the top split into one line per cell: a
    letterhead laid out as a table gives its committee, number and date line that way."""
    head: list[str] = []
    for line in lines[:_HEADER_LINES]:
        if is_table_row(line):
            head.extend(cell for cell in split_table_row(line) if cell)
        else:
            head.append(line)
    return [*head, *lines[_HEADER_LINES:]]


def doc_number(lines: list[str]) -> str:
    """ "126-BC/ĐUK" from a header line "Số 126-BC/ĐUK" (or "Số: ..."), also in a table cell
    or followed by the place and date on the same line; "" if none."""
    for line in lines[: _HEADER_LINES + 8]:
        cells = [c for c in line.strip().strip("|").split("|") if c.strip()] if "|" in line else [line]
        for cell in cells:
            text = strip_marks(cell)
            match = _NUMBER.match(text) or _NUMBER_THEN_TEXT.match(text)
            if match and "/" in match.group(1):
                return re.sub(r"\s+", "", match.group(1))
    return ""


def _title(doc: LoadedDocument, lines: list[str], formal: bool) -> str:
    """HTML title hint, else the formal title block, else the page heading or title line.

    For plain text the loader's first heading is only a guess at the title (it may be a site
    section name), so the line heuristic comes first there.
    """
    hint = doc.hints.get("title", "").strip()
    headings = [b.text for b in doc.blocks[:10] if b.kind == "heading" and b.level <= 1]
    found = formal_title(lines) if formal else ""
    if hint and doc.format == "html" and not found:
        return _clean_hint_title(hint, doc.hints.get("site_name", ""), headings, lines)
    if doc.format in ("txt", "md"):
        found = found or title_from_lines(lines) or (headings[0] if headings else "")
    else:
        found = found or (headings[0] if headings else "") or title_from_lines(lines)
    if not found and hint and len(hint.split()) >= 3 and not re.search(r"\.\w{2,4}$", hint):
        found = hint  # file properties: only when the text offers nothing
    return found


def _clean_hint_title(hint: str, site_name: str, headings: list[str], lines: list[str]) -> str:
    """An HTML title without the site's name: the page heading when the title starts with it,
    else the part before the last separator when it is the site name or a line of the page."""
    for heading in headings:
        if heading and fold(hint).startswith(fold(heading)):
            return heading
    page_lines = {fold(strip_marks(line)) for line in lines[:40]}
    for sep in (" | ", " - ", " – "):
        head, _, tail = hint.rpartition(sep)
        if not head:
            continue
        if sep == " | " or fold(tail) == fold(site_name) or fold(head) in page_lines:
            return head.strip()
    return hint


def _published(doc: LoadedDocument, lines: list[str]) -> tuple[date | None, list[DateLine]]:
    """The publication (or signature) date when a line or HTML hint gives it in full."""
    date_lines = find_date_lines([*doc.header_lines, *lines])
    formal = [d for d in date_lines if d.kind == "formal"]
    if formal:
        return _as_date(formal[0]), date_lines
    hint = parse_iso(doc.hints.get("date", "")) if doc.format == "html" else None
    if hint:
        return hint, date_lines
    full = [d for d in date_lines if d.kind in ("stamp", "line")]
    if full:
        return _as_date(max(full, key=lambda d: (d.priority, -d.index))), date_lines
    return None, date_lines


def _as_date(line: DateLine) -> date | None:
    m = line.mention
    return date(m.year, m.month, m.day) if m.year else None


def _late_date(parts: _Parts, periods: list[str]) -> date | None:
    """A date without a year ("Ngày 11/7", "Sáng 28/12" in the lead) placed nearest the end of
    the reported period; then the site's "today" bar; then a file property near the period."""
    anchor = Period.parse_key(periods[0]).end_date() if periods else None
    if anchor:
        events = [(d.mention.day, d.mention.month) for d in parts.date_lines if d.kind == "partial"]
        events += [(e.day, e.month) for e in find_event_dates(parts.lead, anchor=anchor)]
        for day, month in events:
            year = nearest_year(day, month, anchor)
            if year:
                return date(year, month, day)
    today = [d for d in parts.date_lines if d.kind == "today"]
    if today:
        return _as_date(today[0])
    hint = parse_iso(parts.doc.hints.get("date", ""))
    if hint and anchor and 0 <= (hint - anchor).days <= 400:
        return hint
    return None


def _best_body(mentions: list[BodyMention]) -> BodyMention | None:
    specific = [m for m in mentions if m.specific]
    return (specific or mentions)[0] if mentions else None


def _body(parts: _Parts) -> BodyMention | None:
    """The issuing body: the formal header's committee, else the one in the title or lead; a
    bare "Đảng ủy Khối" takes its kind from the first Khối the text names in full."""
    if parts.formal:
        header = "\n".join(parts.lines[:_HEADER_LINES])
        mentions = [m for m in find_bodies(header) if m.key != "tinh-uy"]
        found = _lowest_letterhead(header, mentions) or _best_body(mentions)
        if found:
            return found
    found = _best_body(find_bodies(parts.title)) or _best_body(find_bodies(parts.lead))
    if found and not found.specific:
        khoi = [m for m in parts.bodies if m.key.startswith("khoi-")]
        found = khoi[0] if khoi else found
    return found


# A letterhead names the superior committee first ("THÀNH ỦY HẢI PHÒNG" over "QUẬN ỦY LÊ
# CHÂN"): the issuing body is the lowest committee heading a line of its own.
_RANK = {"thanh-uy": 1, "huyen-uy": 2, "quan-uy": 2, "thi-uy": 2}
_RANK.update({key: 3 for key in ("dang-uy-xa", "dang-uy-phuong", "dang-uy-thi-tran")})


def _lowest_letterhead(header: str, mentions: list[BodyMention]) -> BodyMention | None:
    ranked = [m for m in mentions if _rank(m.key) and _at_line_start(header, m.start)]
    if len(ranked) < 2:
        return None
    return max(ranked, key=lambda m: _rank(m.key))  # max keeps the first of equal ranks


def _rank(key: str) -> int:
    return _RANK.get(key, 2 if key.startswith("khoi") else 0)


def _at_line_start(text: str, start: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    return not text[line_start:start].strip()


def _body_display(body: BodyMention | None, lines: list[str], province: str, formal: bool) -> str:
    if body is None:
        return ""
    level = body.level
    header = fold("\n".join(lines[:_HEADER_LINES])) if formal else ""
    if not level and re.search(r"\bdang bo thanh pho\b", header):
        level = "thanh-pho"
    if not level and province:
        known = get_province(province)
        level = "thanh-pho" if known and known.is_city else "tinh"
    return body_display(body.key, level, body.place)


def _province(parts: _Parts, url: str, body: BodyMention | None) -> str:
    """The province, from the strongest evidence present; "" when the document names none."""
    header = [*parts.doc.header_lines, *parts.lines[:_HEADER_LINES]]
    for line in header:  # "ĐẢNG BỘ TỈNH ĐẮK LẮK", "... ĐẢNG BỘ TỈNH BÌNH ĐỊNH" banners
        match = _HEADER_PROVINCE.search(fold(line))
        found = find_provinces(line[match.end() :]) if match else []
        if found:
            return found[0].name
    if body and body.province:
        return body.province
    tag = _AGENCY_TAG.search(parts.lead)  # "(Baonghean.vn) - Chiều 5/4, ..."
    same_body = [m.province for m in parts.bodies if body and m.key == body.key and m.province]
    candidates = [
        province_from_url(tag.group(1)) if tag else "",
        _first_province(parts.title),
        province_from_url(url) if url else "",
        *[province_of_place(d.place) for d in parts.date_lines if d.kind == "formal"],
        *same_body[:1],
        _first_province(parts.lead),
    ]
    return next((c for c in candidates if c), "")


def _first_province(text: str) -> str:
    found = find_provinces(text)
    return found[0].name if found else ""


def _author(doc: LoadedDocument, lines: list[str], formal: bool) -> str:
    """Signer of a formal report; else the HTML author, the byline, or a name line that the
    loader set aside with the page's header and footer lines (the last one: bylines close
    articles)."""
    if formal:
        found = signer(lines)
        if found:
            return found
    found = person_name(doc.hints.get("author", "")) or byline(lines)
    if found:
        return found
    names = [person_name(line) for line in doc.header_lines]
    return next((n for n in reversed(names) if n), "")


def _source_url(doc: LoadedDocument, text: str) -> str:
    if doc.hints.get("url"):
        return doc.hints["url"].strip()
    for line in [*doc.header_lines, *text.splitlines()]:
        if fold(line).lstrip().startswith("nguon"):
            found = _URL.search(line)
            if found:
                return found.group(0).rstrip(".,;")
    urls = [u for u in _URL.findall(text) if not _SHARE.search(u)]
    return urls[-1].rstrip(".,;") if urls else ""
