"""Understanding a question without an LLM: periods, years, provinces, bodies, comparisons.

``parse_question`` reads what the question names and how: "quý 1/2022", "Q1 2022", "3 tháng
đầu năm 2022" are 2022-Q1; "nửa đầu 2023", "giữa năm 2023" are 2023-H1; "6 tháng đầu năm" with
no year anywhere leaves the year open (``open_periods``); "năm nay" takes the current year. The
recognisers are the ones of ingest (``ingest.periods``, ``ingest.gazetteer``), so questions and
documents are read the same way, accented or not. Abbreviations are expanded first
(``vectorstore.terms``).

A comparison names two or more sides ("Thái Bình hay Gia Lai", "năm 2022 và năm 2023", "từ quý
I/2022 đến cuối năm 2024"): ``sides`` holds one intent per side, pairing the values of the
compared dimensions in the order they are written.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from datetime import date

from ingest.dates import find_dates
from ingest.gazetteer import find_bodies, find_provinces
from ingest.matching import FoldedText
from ingest.period_model import Period, PeriodPhrase, sort_keys
from ingest.period_roles import resolve_years
from ingest.periods import find_period_phrases
from ingest.text import fold, has_diacritics
from vectorstore.doctable import number_keys
from vectorstore.filters import PLACED_BODIES
from vectorstore.query_sides import Mention, comparison_sides, plan_sides
from vectorstore.terms import expand, expansions, strip_question_words

_NUMBER_CUES = re.compile(
    r"(?<!\w)(?:bao nhieu|so luong|ty le|tong so|tong cong|bao nhieu phan tram|dat bao nhieu)(?!\w)"
)
# "nơi nào kết nạp nhiều đảng viên hơn", "cao nhất": a comparison of figures.
_MORE_CUES = re.compile(
    r"(?<!\w)(?:(?:nhieu|it|cao|thap)(?:\s+\w+){0,3}?\s+hon|(?:nhieu|cao|thap) nhat)(?!\w)"
)
_MAY = re.compile(r"(?<!\w)mấy(?!\w)", re.IGNORECASE)
_MAY_FOLDED = re.compile(r"(?<!\w)may\s+(?:dang vien|to chuc|chi bo|luot|cuoc|nguoi|truong hop|lan)(?!\w)")
_NEXT_CUES = re.compile(
    r"(?<!\w)(?:nhiem vu trong tam|phuong huong|de ra|trien khai nhiem vu|ke hoach cong tac)(?!\w)"
)
# "Kết quả thực hiện nhiệm vụ trọng tâm quý II": what was done, not the tasks ahead.
_RESULT_CUES = re.compile(r"(?<!\w)(?:ket qua|da thuc hien|thuc hien duoc|dat duoc|da dat)(?!\w)")
_DOC_NUMBER = re.compile(r"(?<![\w/])\d{1,4}\s*-\s*[A-ZĐ]{1,5}(?:\s*/\s*[A-ZĐ][\w.\-]*)+")
# A document number typed loosely, on the folded question: "117-bc/duk", "117 BC/DUK",
# "117BC.ĐUK", or after "số" with spaces only ("số 205 bc đuk"). Kinds of documents are the
# usual codes (báo cáo, nghị quyết, quyết định, chỉ thị, kết luận, hướng dẫn, thông báo, kế
# hoạch, tờ trình, chương trình, quy chế, quy định, biên bản, đề án, công văn, giấy mời).
_DOC_KINDS = r"(?:bc|nq|qd|qyd|ct|ctr|kl|hd|tb|kh|ttr|qc|bb|da|cv|gm)"
_LOOSE_NUMBER = re.compile(
    r"(?<![\w/.,])(?P<cue>so\s*:?\s*)?(?P<n>\d{1,4})\s*[-.]?\s*(?P<kind>" + _DOC_KINDS + r")"
    r"(?:\s*(?P<sep>[/.\-])\s*|\s+)(?P<issuer>[a-z]{1,8}(?:\.?[a-z]{1,6})?)?(?!\w)"
)
_THEME_CUES = re.compile(r"(?<!\w)chu de (?:cong tac|(?:hanh dong |cua )?nam)(?!\w)")
_REPORT_CUES = re.compile(r"(?<!\w)(?:bao cao so|so hieu|van ban so|ky bao cao)(?!\w)")
_NEWS_CUES = re.compile(r"(?<!\w)(?:bai bao|bai viet|ban tin|tin bai)(?!\w)")
_COMMITTEES = ("tinh-uy", "thanh-uy")
# "6T/2025", "9T 2024": months of a cumulative period written in shorthand ("6 tháng").
_MONTHS_SHORTHAND = re.compile(
    r"(?<![\w/.,\-])(3|6|9|12)\s?[Tt](?=\s*[/\-]\s*\d{4}|\s+(?:nam\s+|năm\s+)?\d{4}(?!\w))"
)
_SUMMARY_CUES = re.compile(
    r"(?<!\w)(?:tom tat|tom luoc|noi dung chinh|diem chinh|(?:diem|ket qua) noi bat|khai quat"
    r"|tong hop bao cao)(?!\w)"
)


@dataclass(frozen=True)
class QueryIntent:
    """What a question asks about, as far as rules can tell.

    ``periods`` are keys with a year ("2022-Q1"); ``open_periods`` are kinds named without
    any year ("H1" for "6 tháng đầu năm"); ``next_periods`` are the periods asked about as
    plans ("nhiệm vụ trọng tâm quý II/2022"), which the report before them sets out.
    ``search_text`` is the lexical query: the expanded question without question words and
    without the names of provinces, bodies and periods and the words asking for tasks ahead
    ("nhiệm vụ trọng tâm"), which ``entity_text`` holds (metadata and the chunks' tasks flag
    match them better than words do; the retriever weighs them less). ``doc_numbers`` are
    compared by ``vectorstore.doctable.number_keys`` ("117-bc/duk" is "117-BC/ĐUK").
    """

    text: str
    expanded: str = ""
    periods: list[str] = field(default_factory=list)
    years: list[int] = field(default_factory=list)
    provinces: list[str] = field(default_factory=list)
    body_keys: list[str] = field(default_factory=list)
    doc_type: str = ""
    asks_number: bool = False
    is_comparison: bool = False
    sides: list[QueryIntent] = field(default_factory=list)
    open_periods: list[str] = field(default_factory=list)
    next_periods: list[str] = field(default_factory=list)
    doc_numbers: list[str] = field(default_factory=list)
    committees: list[tuple[str, str]] = field(default_factory=list)  # (body key, place): "Quận ủy Ngô Quyền"
    asks_plan: bool = False  # about tasks and directions ("nhiệm vụ trọng tâm", "phương hướng")
    asks_theme: bool = False  # about the theme of a year ("chủ đề công tác năm")
    asks_summary: bool = False  # a summary of a report ("tóm tắt", "nội dung chính")
    period_range: list[str] = field(default_factory=list)  # [from, to] of "từ quý I/2024 đến cuối năm 2024"
    dated: bool = False  # periods come from a calendar date ("dịp 3/2/2024"), not a period phrase
    search_text: str = ""
    entity_text: str = ""

    @property
    def names_period(self) -> bool:
        """True when the question names a period or a year (else: prefer recent reports)."""
        return bool(self.periods or self.open_periods or self.years)

    def describe(self) -> str:
        """A short English summary for logs and benchmark output."""
        parts = [
            f"periods={self.periods}" if self.periods else "",
            f"open={self.open_periods}" if self.open_periods else "",
            f"years={self.years}" if self.years else "",
            f"provinces={self.provinces}" if self.provinces else "",
            f"bodies={self.body_keys}" if self.body_keys else "",
            f"sides={len(self.sides)}" if self.is_comparison else "",
        ]
        return " ".join(p for p in parts if p) or "(no constraint)"


def parse_question(text: str, today: date | None = None) -> QueryIntent:
    """Read periods, years, provinces, bodies, number questions and comparisons in ``text``."""
    original, text = text, _unshorten_months(text)
    expanded = expand(text)
    numbers, number_spans = _doc_numbers(text)
    plain = _blank(text, number_spans)  # "số 205 bc đuk" names no body
    periods, open_kinds = _periods(text, (today or date.today()).year)
    provinces = _provinces(plain)
    bodies = _bodies(plain)
    cues = _plan_cues(text)
    spans = [(m.start, m.end) for m in [*periods, *provinces, *bodies]] + cues
    bodies = bodies or _bodies(expand(plain) if number_spans else expanded)
    content, entities = _split_entities(text, spans)
    period_keys = _unique(m.value for m in periods)
    nexts = _next_periods(bool(cues), periods)
    dates = [d for d in find_dates(text) if d.year]
    dated = not period_keys and not open_kinds and bool(dates)
    if dated:  # "dịp 3/2/2024": the report covering that month
        period_keys = _unique(Period.month(d.year, d.month).key for d in dates if d.year)
    taken = [(m.start, m.end) for m in periods] + [(d.start, d.end) for d in dates]
    years = sorted({Period.parse_key(k).year for k in period_keys} | set(_bare_years(text, taken)))
    folded = fold(text)
    intent = QueryIntent(
        text=original,
        expanded=expanded,
        periods=sort_keys(period_keys),
        years=years,
        provinces=_unique(m.value for m in provinces),
        body_keys=_unique(m.value for m in bodies),
        doc_type=_doc_type(folded),
        asks_number=_asks_number(text, folded),
        open_periods=_unique(open_kinds),
        next_periods=sort_keys(nexts),
        asks_plan=bool(nexts) or bool(cues),
        asks_theme=bool(_THEME_CUES.search(folded)),
        asks_summary=bool(_SUMMARY_CUES.search(folded)),
        doc_numbers=numbers,
        committees=named_committees(plain),
        search_text=strip_question_words(_with_expansions(content) if has_diacritics(text) else content),
        entity_text=" ".join([entities, *(Period.parse_key(k).label() for k in period_keys)]),
        dated=dated,
    )
    sides, span = comparison_sides(intent, provinces, bodies, periods)
    if sides:
        return dataclasses.replace(intent, is_comparison=True, sides=sides, period_range=span)
    parts = plan_sides(intent, provinces, bodies, periods)  # searched by side, not compared
    return dataclasses.replace(intent, sides=parts) if parts else intent


def _unshorten_months(text: str) -> str:
    """``text`` with "6T/2025" written out ("6 tháng/2025"; "6 thang/2025" without diacritics)."""
    word = "tháng" if has_diacritics(text) else "thang"
    return _MONTHS_SHORTHAND.sub(lambda m: f"{m.group(1)} {word}", text)


_YEAR = re.compile(r"(?<![\d/.\-])(?:19[5-9]\d|20\d\d)(?![\d/])")
_TERM_BEFORE = re.compile(r"(?:nhiem ky|giai doan|thoi ky|khoa|\d\s*[-–])\s*$")


def _bare_years(text: str, taken: list[tuple[int, int]]) -> list[int]:
    """Years written outside period phrases and dates ("tính đến năm 2022", "báo cáo 2023"),
    not terms or ranges ("nhiệm kỳ 2020 - 2025") nor parts of document numbers."""
    folded = fold(text)
    out = []
    for match in _YEAR.finditer(text):
        if any(a <= match.start() < b for a, b in taken):
            continue
        before = folded[max(0, match.start() - 14) : match.start()] if len(folded) == len(text) else ""
        if _TERM_BEFORE.search(before) or re.match(r"\s*[-–]\s*\d{4}", text[match.end() :]):
            continue
        out.append(int(match.group(0)))
    return out


def doc_numbers(text: str) -> list[str]:
    """Document numbers a question names, as written in capitals ("117-BC/ĐUK") or typed
    loosely ("117-bc/duk", "số 205 bc đuk" -> "205-BC/DUK"); one per document number key."""
    return _doc_numbers(text)[0]


def _doc_numbers(text: str) -> tuple[list[str], list[tuple[int, int]]]:
    """(document numbers, their spans in ``text``)."""
    found = [(re.sub(r"\s+", "", m.group(0)), m.span()) for m in _DOC_NUMBER.finditer(text)]
    view = FoldedText.of(text)
    for m in _LOOSE_NUMBER.finditer(view.folded):
        if not (m.group("cue") or m.group("sep")):
            continue  # "47 kh" is no document number; "số 47 kh" or "47-kh/..." is
        issuer = m.group("issuer") or ""
        number = (f"{m.group('n')}-{m.group('kind')}" + (f"/{issuer}" if issuer else "")).upper()
        found.append((number, view.span(m.start("n"), m.end())))
    out: dict[tuple[str, ...], str] = {}
    for number, _ in found:
        out.setdefault(number_keys(number)[:1], number)
    return [n for keys, n in out.items() if keys], [span for _, span in found]


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with the spans replaced by spaces (same length)."""
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def _with_expansions(text: str) -> str:
    """The text followed by the expansions of its abbreviations ("TCCS ... tổ chức cơ sở")."""
    return " ".join([text, *expansions(text)])


def _split_entities(text: str, spans: list[tuple[int, int]]) -> tuple[str, str]:
    """(``text`` without the spans, the spans' text joined)."""
    kept, removed, pos = [], [], 0
    for start, end in sorted(s for s in spans if s[1] > s[0]):
        if start < pos:
            start = pos
        kept.append(text[pos:start])
        removed.append(text[start:end])
        pos = max(pos, end)
    kept.append(text[pos:])
    return " ".join(" ".join(kept).split()), " ".join(removed)


def _unique(values: object) -> list[str]:
    return list(dict.fromkeys(values))  # type: ignore[call-overload]


def _periods(text: str, this_year: int) -> tuple[list[Mention], list[str]]:
    """Period mentions with a year (written, chained or relative) and kinds left open."""
    phrases: list[PeriodPhrase] = find_period_phrases(text)
    years = resolve_years(phrases, text, None)
    found, open_kinds = [], []
    for phrase, year in zip(phrases, years, strict=True):
        if phrase.relative is not None:
            year = this_year + phrase.relative
        if year is None:
            open_kinds.append(phrase.kind)
            continue
        try:
            key = Period(year, phrase.kind).key
        except ValueError:
            continue
        found.append(Mention(key, phrase.start, phrase.role, phrase.end))
    return found, open_kinds


def _plan_cues(text: str) -> list[tuple[int, int]]:
    """Spans of the words that ask for tasks ahead ("nhiệm vụ trọng tâm", "phương hướng"),
    unless the question asks what was done ("kết quả thực hiện nhiệm vụ trọng tâm")."""
    view = FoldedText.of(text)
    if _RESULT_CUES.search(view.folded):
        return []
    return [view.span(m.start(), m.end()) for m in _NEXT_CUES.finditer(view.folded)]


def _next_periods(plan_question: bool, periods: list[Mention]) -> list[str]:
    """Periods asked about as plans: a "next" role, or a plan cue anywhere in the question."""
    return [m.value for m in periods if m.role == "next" or (plan_question and m.role != "report")]


def _provinces(text: str) -> list[Mention]:
    return [Mention(m.name, m.start, end=m.end) for m in find_provinces(text)]


def _bodies(text: str) -> list[Mention]:
    """Bodies named, most specific first: a bare "Đảng ủy Khối" or the provincial committee
    ("Ủy viên BTV Tỉnh ủy, Bí thư Đảng ủy Khối...") yields to the Khối named beside it."""
    mentions = find_bodies(text)
    keys = {m.key for m in mentions}
    khoi = any(k.startswith("khoi-") or k == "co-quan-dang" for k in keys)
    out = []
    for m in mentions:
        if m.key == "khoi" and khoi:
            continue
        if m.key in _COMMITTEES and (khoi or "khoi" in keys):
            continue
        out.append(Mention(m.key, m.start, end=m.end))
    return out


_COMMITTEE_WORD = re.compile(r"(?:quan|huyen|thi|thanh)\s+uy|dang\s+(?:uy|bo)\s+(?:xa|phuong|thi\s+tran)")
_PLACE_KIND = re.compile(
    r"\s*(?:(?:quan|huyen|thi xa|thanh pho|xa|phuong|thi tran)\s+|(?:tp|tx|tt|q|h)\.\s*)"
)


def named_committees(text: str) -> list[tuple[str, str]]:
    """Committees named with their place, as (body key, place): "Quận ủy Ngô Quyền", "Huyện ủy
    huyện Đức Trọng", "Quận ủy Q. Ngô Quyền" (a place that is a province is a province)."""
    out: list[tuple[str, str]] = []
    for mention in find_bodies(text):
        if mention.key not in PLACED_BODIES or mention.province:
            continue
        view = FoldedText.of(text[mention.start :])
        word = _COMMITTEE_WORD.match(view.folded)
        if word is None:
            continue
        kind = _PLACE_KIND.match(view.folded, word.end())
        start = view.span(0, kind.end() if kind else word.end())[1]
        place = _place_words(text[mention.start + start :])
        if place and not find_provinces(place):
            out.append((mention.key, place))
    return list(dict.fromkeys(out))


def _place_words(tail: str, most: int = 4) -> str:
    """The capitalised words (or one number: "Quận 3") that start ``tail``: a place name."""
    words: list[str] = []
    for match in re.finditer(r"\S+", tail):
        if not match.group(0)[0].isalnum():
            break
        word = match.group(0).strip(",.;:()?!\"'")
        gap = tail[: match.start()] if not words else ""
        if len(words) >= most or gap.strip() or not _place_word(word, first=not words):
            break
        words.append(word)
        if word != match.group(0):
            break
    return " ".join(words)


_NOT_PLACE = {"quy", "thang", "dot", "ky", "giai"}  # "Mỹ Tú Quý I": a period follows the name


def _place_word(word: str, first: bool) -> bool:
    """A word of a place name: capitalised letters ("Mỹ", "M'Đrắk"), or one number first ("Quận
    3"); not a code ("Q1", "6T") nor the start of a period ("Quý", "Tháng")."""
    if first and word.isdigit():
        return True
    letters = word.replace("'", "").replace("-", "")
    return bool(letters) and letters.isalpha() and word[0].isupper() and fold(word) not in _NOT_PLACE


def _asks_number(text: str, folded: str) -> bool:
    if _NUMBER_CUES.search(folded) or _MORE_CUES.search(folded) or _MAY.search(text):
        return True
    return not has_diacritics(text) and bool(_MAY_FOLDED.search(folded))


def _doc_type(folded: str) -> str:
    if _REPORT_CUES.search(folded):
        return "bao-cao"
    if _NEWS_CUES.search(folded):
        return "tin"
    return ""
