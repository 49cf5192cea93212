"""Period signals for evidence units: does a unit's document, or the unit itself, speak of
the asked period?

``document_match`` scores a hit's document against the named province, body, period and
document number; ``period_signal`` a unit's own periods (and those of its section headings and
table header) against the asked ones; ``qualified_signal`` the period right after the asked
words ("chủ đề năm 2024"); ``states_period`` says whether a unit's figure can be one of the
asked period.
"""

from __future__ import annotations

from datetime import date

from assistant.question import QuestionView
from assistant.units import Unit, table_header_periods
from ingest.period_model import Period
from ingest.periods import find_periods
from ingest.text import fold
from vectorstore.hits import Hit

_QUALIFIER_WINDOW = 6  # syllables after the asked words where a period qualifies them


def doc_periods(hit: Hit) -> list[Period]:
    """The reporting periods of the hit's document."""
    out = []
    for key in hit.metadata.get("periods") or []:
        try:
            out.append(Period.parse_key(str(key)))
        except ValueError:
            continue
    return out


def doc_year(hit: Hit) -> int | None:
    periods = doc_periods(hit)
    if periods:
        return periods[-1].year
    date = str(hit.metadata.get("date") or "")
    return int(date[:4]) if date[:4].isdigit() else None


def asked_periods(q: QuestionView) -> list[Period]:
    out = []
    for key in q.periods:
        try:
            out.append(Period.parse_key(key))
        except ValueError:
            continue
    return out


def document_match(hit: Hit, q: QuestionView) -> float:
    """How well the hit's document fits the named province, body, period and number."""
    meta = hit.metadata
    value = 0.0
    if q.provinces:
        value += 0.2 if meta.get("province") in q.provinces else -1.0
    if q.body_keys:
        value += 0.1 if meta.get("body_key") in q.body_keys else -0.6
    number = fold(str(meta.get("doc_number") or "")).upper()
    if number and any(fold(n).upper() in number for n in q.doc_numbers):
        value += 0.5
    asked = asked_periods(q)
    if not asked:
        return value
    reported = doc_periods(hit)
    if any(p in reported for p in asked):
        return value + 0.3
    if any(r.contains(a) for r in reported for a in asked):
        return value + 0.1
    mentioned = {str(k) for k in meta.get("mentioned_periods") or []}
    if any(a.key in mentioned for a in asked):
        return value + (0.2 if q.plan else -0.1)
    return value - 0.5


def period_signal(unit: Unit, q: QuestionView) -> float:
    """Naming the asked period helps; naming only other periods (in the unit or its section
    heading, such as "Phương hướng năm 2025") hurts, unless the question is about plans."""
    asked = set(q.periods)
    if not asked:
        return 0.0
    year = doc_year(unit.hit)
    unit.periods = [m.key for m in find_periods(unit.quote, year)]
    if unit.kind == "row":  # a column "Thực hiện 2022" names its year
        unit.periods += sorted(table_header_periods(unit.quote, year) - set(unit.periods))
    named = set(unit.periods) | {m.key for m in find_periods(_headings(unit.hit), year)}
    reported = {p.key for p in doc_periods(unit.hit)}
    if not reported:  # a report of unknown period: only what the unit names says something
        return 0.15 if named & asked else 0.0
    finer = not (asked & reported)  # the report covers more than the asked period
    if named & asked:
        return 0.35 if finer else 0.15
    if finer:  # naming only periods apart from the asked one ("6 tháng cuối năm" for quý II)
        return -0.45 if any(_apart(k, q.periods) for k in named) else -0.25
    ends = [p.end_date() for p in doc_periods(unit.hit)]
    later = [k for k in named - asked if ends and _start(k) > max(ends)]
    return -0.3 if later and not q.plan else 0.0


def _apart(key: str, asked: list[str]) -> bool:
    """True when period ``key`` shares no day with any asked period."""
    try:
        period = Period.parse_key(key)
        others = [Period.parse_key(k) for k in asked]
    except ValueError:
        return False
    return all(period.end_date() < o.start_date() or period.start_date() > o.end_date() for o in others)


def qualified_signal(unit: Unit, q: QuestionView) -> float:
    """-0.3 when every mention of the asked thing in the unit is qualified by another period
    than the asked one ("đề xuất chủ đề năm 2024" for the theme of 2023, "phấn đấu kết nạp 130
    đảng viên năm 2024" for 2023): next year's theme is not this year's."""
    if not q.periods or not q.terms or unit.kind == "row":
        return 0.0
    head = q.terms[:2] if tuple(q.terms[:2]) in q.bigrams else q.terms[:1]
    words, other = unit.syllables, False
    year = doc_year(unit.hit)
    for i in range(len(words) - len(head) + 1):
        if words[i : i + len(head)] != head:
            continue
        window = " ".join(words[i + len(head) : i + len(head) + _QUALIFIER_WINDOW])
        found = find_periods(window, year)
        if not found or found[0].key in q.periods:
            return 0.0  # a mention of the asked thing that is not another period's
        other = True
    return -0.3 if other else 0.0


def _start(key: str) -> date:
    try:
        return Period.parse_key(key).start_date()
    except ValueError:
        return date.min


def _headings(hit: Hit) -> str:
    """The section path of a hit without the document title (an article's "section")."""
    title = str(hit.metadata.get("title") or "").strip()
    parts = [p.strip() for p in str(hit.metadata.get("section") or "").split(">")]
    return " > ".join(p for p in parts if p and p != title)


def states_period(unit: Unit, q: QuestionView) -> bool:
    """True when the unit's figure can be one of the asked period: the unit (its text, table
    header or section heading) names that period, or its document reports on it (or on a
    period containing it). Run ``period_signal`` first (it sets ``unit.periods``)."""
    asked = asked_periods(q)
    if not asked:
        return True
    year = doc_year(unit.hit)
    named = set(unit.periods) | {m.key for m in find_periods(_headings(unit.hit), year)}
    reported = doc_periods(unit.hit)
    if not reported:
        return True  # a document without a known period is never used to refuse
    return all(a.key in named or any(r == a or r.contains(a) for r in reported) for a in asked)
