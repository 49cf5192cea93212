"""Quote-mode summaries: the key sentences of one report, a few per section, in reading order.

"Tóm tắt báo cáo ..." is answered from the report the evidence points to: the sentences (and
table rows) that state its results with figures, at most ``_PER_SECTION`` from each section
and each topic (organisation, admissions, inspections, discipline, money...) once per part
of the report, so that the summary covers the report (results, shortcomings, tasks) instead
of repeating its best paragraph. What only frames
the report is left out: the title and headings, the place-and-date line, the opening sentence
that ends in "như sau:", lead-ins ending in ":", the recipients and the signature. When the
question names a part of the report ("Tóm tắt các hạn chế ...") only that section is used.
"""

from __future__ import annotations

import re

from assistant.evidence import DATELINE, counted_numbers
from assistant.question import QuestionView, folded_syllables
from assistant.units import RECIPIENTS, Unit
from ingest.text import fold

_MAX_UNITS = 7
_PER_SECTION = 3
_MIN_SYLLABLES = 7
# Words that name a report or its whole content, not one of its parts (folded syllables).
_GENERIC = set("bao cao tong so ket tinh hinh ket qua cong tac noi dung hoat dong chung".split())
# What the genre's key results are about (folded): a summary says each once per part of the
# report (a table row "Kết nạp đảng viên | 214" repeats the sentence "kết nạp 214 đảng viên").
_TOPICS = {
    "admission": re.compile(r"\bket nap\b"),
    "organisation": re.compile(r"\bto chuc co so\b|\bdang bo co so\b|\bchi bo co so\b"),
    "inspection": re.compile(r"\bkiem tra\b|\bgiam sat\b"),
    "discipline": re.compile(r"\bky luat\b"),
    "money": re.compile(r"\bty dong\b|\btrieu dong\b|\bdoanh thu\b|\bngan sach\b"),
    "study": re.compile(r"\bhoc tap\b|\bquan triet\b"),
    "recognition": re.compile(r"\bhuy hieu\b"),
    "rural": re.compile(r"\bnong thon moi\b|\btieu chi\b"),  # a commune's new-rural criteria
}

# A result measured against its plan ("đạt 54,2% kế hoạch", "bằng 36,8% dự toán"): a headline.
# So is a standard met in part ("đạt 15/19 tiêu chí").
_ACHIEVED = re.compile(
    r"\b(?:dat|bang) \d+(?: \d+)? (?:ke hoach|chi tieu|du toan|nghi quyet|so voi|tieu chi)\b"
)
# A target ("phấn đấu kết nạp 400 đảng viên") does not say what a result sentence says.
_PLANNED = re.compile(r"\b(?:phan dau|du kien|yeu cau)\b")


def summary_units(units: list[Unit], q: QuestionView) -> list[Unit]:
    """Key units of the top document for a summary question, in reading order."""
    if not units:
        return []
    top = max(units, key=lambda u: u.score)
    own = [u for u in units if u.doc_id == top.doc_id and _informative(u)]
    focus = focus_section(own, q)
    sections = len({section_of(u) for u in own}) or 1
    # A news article is one section: its key sentences all share it.
    per_section = _MAX_UNITS if focus else max(_PER_SECTION, -(-_MAX_UNITS // sections))
    if focus:
        own = [u for u in own if focus in section_of(u)]
    picked: list[Unit] = []
    count: dict[str, int] = {}
    said: set[tuple[str, str]] = set()  # (part of the report, topic) already quoted
    for unit in sorted(own, key=lambda u: -_value(u)):
        key, part = section_of(unit), section_of(unit).split(" > ")[0]
        part = "plan" if _PLANNED.search(" ".join(unit.syllables)) else part  # targets are not results
        topics = {(part, t) for t in _topics(unit)}
        if len(picked) >= _MAX_UNITS or count.get(key, 0) >= per_section:
            continue
        if (topics and topics <= said) or _same_table(unit, picked):
            continue  # says again what an earlier pick said
        picked.append(unit)
        count[key] = count.get(key, 0) + 1
        said |= topics
    return sorted(picked, key=lambda u: (u.hit.chunk_id, u.start))


def _same_table(unit: Unit, picked: list[Unit]) -> bool:
    """True for a row of a table one row of which is already picked: a summary quotes a
    table's key row, not the table row by row."""
    header = unit.quote.split("\n", 1)[0]
    return unit.kind == "row" and any(
        p.kind == "row" and p.hit.chunk_id == unit.hit.chunk_id and p.quote.split("\n", 1)[0] == header
        for p in picked
    )


def _topics(unit: Unit) -> set[str]:
    text = " ".join(unit.syllables)
    return {name for name, pattern in _TOPICS.items() if pattern.search(text)}


def _informative(unit: Unit) -> bool:
    """A sentence or table row that states something (not a frame of the report)."""
    if unit.kind not in ("sentence", "row") or RECIPIENTS.match(unit.hit.text):
        return False
    quote = unit.quote.strip()
    if not any(c.islower() for c in quote):
        return False  # "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH", "II. HẠN CHẾ": a header line
    # A lead-in ending in ":" frames what follows, unless it states a total ("kỷ luật 48 đảng viên:").
    framing = quote.endswith(":") and not counted_numbers(quote)
    if unit.kind == "sentence" and (len(unit.syllables) < _MIN_SYLLABLES or framing):
        return False
    if DATELINE.search(quote) and len(unit.syllables) < 2 * _MIN_SYLLABLES:
        return False
    title = fold(str(unit.hit.metadata.get("title") or "")).lower()
    headings = fold(section_of(unit)).lower()
    own = fold(quote).lower().strip(" .*#")
    return own not in title and own not in headings


def _value(unit: Unit) -> float:
    """Figures and the genre's key indicators make a sentence a key result."""
    figures = min(len(counted_numbers(unit.quote)), 3)
    key = 0.2 if _topics(unit) else 0.0
    key += 0.2 if _ACHIEVED.search(" ".join(unit.syllables)) else 0.0
    row = -0.1 if unit.kind == "row" else 0.0  # a sentence says it better than a table row
    return 0.15 * figures + key + row + 0.3 * unit.score


def section_of(unit: Unit) -> str:
    return str(unit.hit.metadata.get("section") or "")


def focus_section(units: list[Unit], q: QuestionView) -> str:
    """The heading that names the question's head words ("hạn chế" in "Tóm tắt các hạn chế
    trong công tác ..."), with most of its other words; "" when none does. Headings that are
    part of the document's title ("BÁO CÁO", its subtitle) name the whole report, not a part."""
    if not q.terms:
        return ""
    head = q.terms[:2] if tuple(q.terms[:2]) in q.bigrams else q.terms[:1]
    if set(head) <= _GENERIC:
        return ""  # "Tóm tắt báo cáo tổng kết", "tình hình quý I": the whole report
    titles = {fold(str(u.hit.metadata.get("title") or "")).lower() for u in units}
    depth: dict[str, int] = {}
    parent: dict[str, str] = {}
    for unit in units:
        path = section_of(unit).split(" > ")
        for level, heading in enumerate(path):
            folded = fold(heading).lower().strip()
            if heading and not any(folded in title for title in titles):
                depth[heading] = min(level, depth.get(heading, level))
                parent.setdefault(heading, path[level - 1] if level else "")
    best, best_key = "", (0, 0)
    for heading, level in depth.items():
        words = folded_syllables(heading)
        key = (len([t for t in q.terms if t in words]), -level)
        if _contains(words, head) and key > best_key:
            best, best_key = heading, key
    return _shared_parent(best, head, depth, parent)


def _shared_parent(best: str, head: list[str], depth: dict[str, int], parent: dict[str, str]) -> str:
    """The parent of ``best`` when a sibling heading also names the head words ("1. Kiểm tra,
    giám sát của cấp ủy", "2. Kiểm tra, giám sát của ủy ban kiểm tra"): the question names
    what the siblings share, not one of them."""
    siblings = [
        h
        for h in depth
        if h != best and parent.get(h) == parent.get(best) and _contains(folded_syllables(h), head)
    ]
    return parent.get(best, "") if best and siblings else best


def _contains(words: list[str], part: list[str]) -> bool:
    return any(words[i : i + len(part)] == part for i in range(len(words) - len(part) + 1))
