"""Evidence units (``assistant.units``) scored against a question.

The score adds up general signals: how much of the question's content (IDF-weighted over
the candidate units, so "đảng viên" counts less than "kỷ luật") the unit holds, adjacent word
pairs, a number next to the counted noun for "bao nhiêu" questions, a date for "ngày nào", a
name for "ai", the period the unit names, and whether its document is the one the question
names (province, body, period, document number). ``strength`` (coverage, plus a bonus when
the unit holds the asked kind of fact) feeds the refusal rule.
"""

from __future__ import annotations

import math
import re

from assistant.metric_rows import find_words, metric_signal, row_signal
from assistant.numbers import Figure, extract_figures
from assistant.period_signals import (
    document_match,
    period_signal,
    qualified_signal,
)
from assistant.plan_words import plan_words
from assistant.question import QuestionView, folded_syllables, is_content
from assistant.totals import summed_signal
from assistant.units import RECIPIENTS, Unit, leading_items, units_of
from ingest.gazetteer import find_bodies
from ingest.text import fold

__all__ = [
    "Unit",
    "counted_numbers",
    "document_match",
    "leading_items",
    "score_units",
    "units_of",
]

_NAME = re.compile(r"(?<!\w)[A-ZĐ][a-zà-ỹđ]+(?: [A-ZĐ][a-zà-ỹđ]+){1,3}(?!\w)")
_NAME_CUE = re.compile(r"(?:đồng chí|Đồng chí|đ/c|ông|bà)\s+$|^\s*$")
_DOC_NUMBER = re.compile(r"\d+[-/][A-ZĐ]{2,}(?:/[A-ZĐ]+)?")
_BECAUSE = re.compile(r"\b(?:do|vi|boi|nen|nguyen nhan|ly do|dan den)\b")
STOCK = {"co", "voi", "gom", "so"}  # "có 112 TCCS", "với 7.846 đảng viên", "tổng số 8.104"
# Words before a figure that make it a target, not a result ("phấn đấu kết nạp 320").
# The place-and-date line of a document ("Tân An, ngày 15 tháng 12 năm 2023"), also in a table.
DATELINE = re.compile(r"(?:^|\|)[\s*_]*[^|\n,*_]{2,40}, ngày \d{1,2} tháng \d{1,2} năm (?:19|20)\d\d")
# Figures item by item: "khiển trách 2, cảnh cáo 1, khai trừ 1", "quý I 23; quý II 38".
BREAKDOWN = re.compile(r"(?:(?:[^\W\d]+ ){1,3}\d+[,;] )+(?:[^\W\d]+ ){1,3}\d+(?!\d)")
_SELF_DESCRIBED = {"summary", "issued", "sign", "recipients", "docnumber"}
# "phấn đấu tăng trưởng 8,5%; thu ngân sách 2.052 tỷ đồng; kết nạp 400 đảng viên": a target
# word governs the whole enumeration after it, so it is looked for far back.
_TARGET_REACH = 30
_DATE_REACH = 40  # characters either side of a date where the asked words make it the answer
# A passage stating what is left to do.
_REMAINS = re.compile(r"\bde hoan thanh\b|\bcon lai\b|\bcon phai\b|\bcon thieu\b|\bnua\b")
_PERIOD_AFTER = re.compile(r"\s*tháng(?:\s+(?:đầu|cuối)\s+năm|\s+năm\s+\d{4}|\s*/\s*\d{4})", re.I)
_TARGET = re.compile(r"\b(?:phan dau|chi tieu|ke hoach|muc tieu|du kien|it nhat|toi thieu)\b")


def wanted(unit: Unit, q: QuestionView) -> bool:
    """Lists are answers to list questions, signature blocks to "who signed" questions."""
    if unit.kind == "list":
        return bool({"list", "recipients"} & q.asks)
    if unit.kind == "sign":
        return bool({"person", "sign"} & q.asks)
    return True


def score_units(units: list[Unit], q: QuestionView) -> None:
    """Set ``score``, ``coverage`` and ``strength`` of the units for question ``q``; units of
    a kind the question does not want are dropped from ``units``."""
    units[:] = [u for u in units if wanted(u, q)]
    weights = _weights(units, q)
    # Who signed a report, its number, its recipients: the question's words describe the
    # document (its title), not the unit that holds the answer.
    title_share = 1.0 if q.asks & {"docnumber", "sign", "recipients", "issued"} else 0.3
    total = sum(weights.values()) or 1.0
    # "Tóm tắt báo cáo quý I/2024 của X", "Báo cáo ... của X ban hành ngày nào?": the names
    # and the kind of answer are the whole question; no content word can be missing.
    vacuous = not q.terms and bool(q.names_something or q.doc_numbers) and bool(q.asks & _SELF_DESCRIBED)
    docs: dict[str, float] = {}
    for unit in units:
        words = set(unit.syllables)
        section = set(folded_syllables(str(unit.hit.metadata.get("section") or "")))
        title = set(folded_syllables(str(unit.hit.metadata.get("title") or "")))
        words |= plan_words(unit, q, section)
        got = sum(w for t, w in weights.items() if t in words)
        lead = set(folded_syllables(_paragraph_lead(unit))) - words - section
        got += 0.5 * sum(w for t, w in weights.items() if t in (section | lead) - words)
        got += title_share * sum(w for t, w in weights.items() if t in title - section - words)
        unit.coverage = 1.0 if vacuous else got / total
        unit.strength = unit.coverage + _holds_asked(unit, q)
        pairs = set(zip(unit.syllables, unit.syllables[1:], strict=False))
        pair_share = len(q.bigrams & pairs) / len(q.bigrams) if q.bigrams else 0.0
        if unit.doc_id not in docs:
            docs[unit.doc_id] = document_match(unit.hit, q)
        unit.score = (
            unit.coverage
            + 0.3 * pair_share
            + docs[unit.doc_id]
            + period_signal(unit, q)
            + _kind_signal(unit, q)
            + _names_signal(unit, q)
            + qualified_signal(unit, q)
            + metric_signal(unit, q)
            + 0.1 / (1 + unit.rank)
            - 0.04 * math.log1p(len(unit.syllables) / 25)
        )


def _paragraph_lead(unit: Unit) -> str:
    """The sentences before a sentence unit in its paragraph: "Đại hội ... lần thứ VII được tổ
    chức ..." is what "Đại hội bầu ..." after it speaks of."""
    if unit.kind != "sentence":
        return ""
    text = unit.hit.text
    return text[text.rfind("\n", 0, unit.start) + 1 : unit.start]


def _weights(units: list[Unit], q: QuestionView) -> dict[str, float]:
    """IDF of each question term over the candidate units, times the term's own factor."""
    n = len(units) or 1
    df = dict.fromkeys(q.terms, 0)
    for unit in units:
        for term in set(unit.syllables) & df.keys():
            df[term] += 1
    return {t: q.weights.get(t, 1.0) * math.log(1 + n / (1 + df[t])) for t in q.terms}


def _names_signal(unit: Unit, q: QuestionView) -> float:
    """A unit about a sibling body or another province's body ("Đảng ủy Khối Doanh nghiệp
    tỉnh kết nạp 19" when the Khối các cơ quan is asked about) is probably not the answer.
    Superior bodies ("đề nghị Tỉnh ủy tặng Huy hiệu") and bare places say nothing."""
    if not (q.body_keys or q.provinces):
        return 0.0
    for body in find_bodies(unit.quote):
        if not body.key.startswith("khoi-"):
            continue
        if q.body_keys and body.key not in q.body_keys:
            return -0.3
        if q.provinces and body.province and body.province not in q.provinces:
            return -0.3
    return 0.0


# "tại Đảng bộ Công ty X", "ở xã Y": a place or a unit named after "tại" / "ở".
_PLACE = re.compile(r"(?<!\w)(?:tại|ở) (?:[a-zđ]+ ){0,3}[A-ZĐ]\w*")


def holds(unit: Unit, kind: str) -> bool:
    """True when the unit holds a fact of ``kind``: "date", "person", "docnumber",
    "recipients", "issued" (a place-and-date line), "remaining" (a figure left to do); False
    for other kinds."""
    checks = {
        "date": lambda: any(f.kind == "date" for f in extract_figures(unit.quote)),
        "person": lambda: _has_name(unit.quote) or unit.kind == "sign",
        "docnumber": lambda: bool(_DOC_NUMBER.search(unit.quote)),
        "recipients": lambda: unit.kind == "list" and bool(RECIPIENTS.match(unit.quote)),
        "issued": lambda: bool(DATELINE.search(unit.quote)),
        "place": lambda: bool(_PLACE.search(unit.quote)),
        "remaining": lambda: bool(counted_numbers(unit.quote) and _REMAINS.search(" ".join(unit.syllables))),
    }
    return kind in checks and checks[kind]()


def _holds_asked(unit: Unit, q: QuestionView) -> float:
    """0.25 when the unit holds the kind of fact asked (a date, a name, a document number,
    the recipients' list)."""
    return 0.25 if any(holds(unit, kind) for kind in q.asks) else 0.0


def counted_numbers(text: str) -> list[str]:
    """Numbers written in ``text`` that count something (not years, not "Bảng 1" labels)."""
    out = []
    for figure in extract_figures(text):
        if figure.kind != "number" or re.fullmatch(r"(?:19|20)\d\d", figure.text):
            continue
        before = text[max(0, figure.start - 12) : figure.start].lower()
        if re.search(r"(?:bảng|biểu|mục|phần|lần thứ|khóa|khoá|số)\s*$", before):
            continue
        if _PERIOD_AFTER.match(text, figure.start + len(figure.text)):
            continue  # "6 tháng đầu năm 2025" names a period, it counts nothing
        out.append(figure.text)
    return out


def _kind_signal(unit: Unit, q: QuestionView) -> float:
    value = 0.0
    if "number" in q.asks:
        value += 0.25 if counted_numbers(unit.quote) else -0.2
        value += _number_signal(unit, q)
    if "date" in q.asks:
        dates = [f for f in extract_figures(unit.quote) if f.kind == "date"]
        value += 0.3 + _date_near_terms(unit.quote, dates, q) if dates else -0.1
    if "issued" in q.asks and DATELINE.search(unit.quote):
        value += 0.6  # the date a document was issued is its place-and-date line
    if "person" in q.asks:
        value += 0.3 if unit.kind == "sign" or _has_name(unit.quote) else -0.1
    if "sign" in q.asks and "person" in q.asks:
        value += 0.6 if unit.kind == "sign" else -0.3
    if "docnumber" in q.asks:
        own = str(unit.hit.metadata.get("doc_number") or "")
        value += 0.8 if own and own in unit.quote else 0.3 if _DOC_NUMBER.search(unit.quote) else -0.3
    if "list" in q.asks and unit.kind == "list":
        value += 0.35 * unit.coverage
    if "place" in q.asks and holds(unit, "place"):
        value += 0.3  # "tổ chức ở đơn vị nào": "tại Đảng bộ Công ty ..." names it
    if "breakdown" in q.asks and BREAKDOWN.search(unit.quote):
        value += 0.3  # "khiển trách 2, cảnh cáo 1, khai trừ 1" answers "mỗi hình thức mấy người"
    value += _definition_signal(unit, q) + summed_signal(unit, q)
    if "reason" in q.asks:
        value += 0.2 if _BECAUSE.search(" ".join(unit.syllables)) else 0.0
    if "remaining" in q.asks and _REMAINS.search(" ".join(unit.syllables)):
        value += 0.3  # "phấn đấu kết nạp 105 đảng viên để hoàn thành kế hoạch"
    if "recipients" in q.asks:
        value += 0.6 if unit.kind == "list" and RECIPIENTS.match(unit.quote) else 0.0
    return value


def _date_near_terms(quote: str, dates: list[Figure], q: QuestionView) -> float:
    """Up to 0.2 when a date stands next to the asked words ("kết thúc hoạt động từ ngày
    1/2/2025"): the date of the asked event, not of the meeting that reported it."""
    if not q.terms:
        return 0.0
    best = 0.0
    for figure in dates:
        near = set(folded_syllables(quote[max(0, figure.start - _DATE_REACH) : figure.start]))
        near |= set(
            folded_syllables(
                quote[figure.start + len(figure.text) : figure.start + len(figure.text) + _DATE_REACH]
            )
        )
        best = max(best, sum(q.weights.get(t, 1.0) for t in q.terms if t in near) / len(q.terms))
    return 0.2 * min(best, 1.0)


def _definition_signal(unit: Unit, q: QuestionView) -> float:
    """0.3 when the unit states what the asked thing is: its words followed by "là", ":" or a
    quotation ("chủ đề năm 2023 là "…"", "chủ đề năm 2023: …"), for "what is X" questions;
    a sentence that only mentions X ("đề xuất chủ đề năm 2025.") does not."""
    if q.asks & {"number", "date", "person", "list", "summary", "sign", "recipients"} or not q.terms:
        return 0.0
    head = q.terms[:2] if tuple(q.terms[:2]) in q.bigrams else q.terms[:1]
    pattern = r"\b" + r"\W+".join(head) + r"\b[^\"“”:.;]{0,30}?(?:[\"“”:]|\sla\s)"
    return 0.3 if re.search(pattern, fold(unit.quote).lower()) else 0.0


def _number_signal(unit: Unit, q: QuestionView) -> float:
    """A number right before the counted noun ("47 đảng viên") helps, more when the words
    before it are the asked action ("kết nạp 47") or, for a stock ("có bao nhiêu"), "có" or
    "với". Content words before it that the question lacks ("kết nạp 47 đảng viên" asked as
    "có bao nhiêu đảng viên") and target words ("phấn đấu kết nạp 320") hurt."""
    if not q.unit:
        return 0.0
    if unit.kind == "row":
        return row_signal(unit, q)
    words, n, best = unit.syllables, len(q.unit), -1.0
    for i, word in enumerate(words):
        if not word[:1].isdigit() or not any(
            find_words(words[j : j + n], q.unit) == 0 for j in range(i + 1, i + 4)
        ):
            continue
        start = i
        while start > 0 and words[start - 1][:1].isdigit():
            start -= 1  # "7.846" is two syllables
        before = words[max(0, start - 3) : start]
        foreign = [w for w in before[-2:] if is_content(w) and w not in q.terms]
        value = 0.2 - 0.1 * len(foreign)
        if (q.stock and STOCK & set(before[-2:])) or (q.verb and find_words(before, q.verb) >= 0):
            value += 0.15
        if not q.plan and _TARGET.search(" ".join(words[max(0, start - _TARGET_REACH) : start])):
            value -= 0.4
        best = max(best, value)
    return best if best > -1 else 0.0


def _has_name(text: str) -> bool:
    for match in _NAME.finditer(text):
        before = text[max(0, match.start() - 12) : match.start()]
        if _NAME_CUE.search(before) or re.match(
            r"\s*[-–,]\s*(?:Bí thư|Phó Bí thư|Ủy viên)", text[match.end() :]
        ):
            return True
    return False
