"""What a question asks, for evidence selection and refusal (quote mode needs no model).

``analyze(question, intent)`` returns a :class:`QuestionView`: the places, bodies and periods it
names (from the retriever's ``QueryIntent`` when there is one, else from the ingest
recognisers), the content words that describe the asked metric or fact (accent-folded,
abbreviations expanded, stopwords and the named place/body/period removed), and what kind of
answer it wants (a number, a person, a date, a list, a summary...).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from itertools import pairwise
from typing import Any

from assistant.asks import asks_of, issue_words
from assistant.question_words import (
    AMBIGUOUS_FOLDED,
    FOLDED_STOP,
    REPORT_WORDS,
    STOPWORDS,
    local_places,
    main_points,
)
from assistant.until import until_periods
from ingest.gazetteer import find_bodies, find_provinces
from ingest.period_model import Period
from ingest.periods import find_period_phrases, find_periods
from ingest.text import fold, index_form
from vectorstore.terms import expand

_DOC_NUMBER = re.compile(r"\d+[-/][A-ZĐ]{2,}(?:/[A-ZĐ]+)?", re.I)
# "đạt bao nhiêu % kế hoạch" asks about a result, not a plan.
_ACHIEVED = re.compile(
    r"\bdat (?:duoc )?(?:bao nhieu|\d+)\s*(?:%|phan tram)?\s*(?:so voi )?(?:ke hoach|chi tieu)"
)
# Two periods of one body make sides only when the question compares or lists them.
_COMPARE = re.compile(
    r"\bso sanh\b|\bso voi\b|\bthay doi\b|\btu\b.*\bden\b|\bva\b|\bmoi\b|\bnoi nao\b"
    r"|\btang\b|\bgiam\b|\bhon\b|\bchenh lech\b"
)
_JOIN = re.compile(r"^\s*(?:va|voi|so voi|lan|hoac|cung|,? va|,? con)\s*$", re.I)
_UNIT_STOP = {"la", "phan", "tram", "trong", "cua", "va", "nam", "quy", "thang", "tai", "theo"}
_SYLLABLE = re.compile(r"\w+", re.UNICODE)
_PLAN = re.compile(
    r"\b(?:nhiem vu|phuong huong|ke hoach|chi tieu|chu de|muc tieu|phan dau|de ra|trong tam|chuong trinh)\b"
)

# Tasks asked in everyday words, with an obligation or a plan ("đề ra những việc gì", "cần
# làm gì", "phải làm những gì"); "đã làm được những việc gì" asks for results.
_LAY_TASKS = re.compile(r"\b(?:phai|can|se) lam\b|\bde ra (?:nhung )?(?:viec|gi)\b")


@dataclass
class QuestionView:
    """A question as quote mode and the refusal rules see it."""

    text: str
    terms: list[str]  # folded content syllables, in question order, unique
    bigrams: set[tuple[str, str]]
    weights: dict[str, float]  # per-term factor (relative-clause words count half)
    unit: list[str]  # the noun after "bao nhiêu"/"mấy" ("đảng viên"), folded syllables
    verb: list[str]  # content words right before "bao nhiêu" ("kết nạp"), folded
    stock: bool  # asks how many there are ("có bao nhiêu", "tổng số"), not how many were done
    periods: list[str]
    years: list[int]
    provinces: list[str]
    body_keys: list[str]
    asks: set[str]  # number, person, date, list, summary, reason, docnumber, sign, compare
    plan: bool  # about plans, themes or next-period tasks (a report names them in advance)
    doc_numbers: list[str]
    sides: list[QuestionView] = field(default_factory=list)
    dated: bool = False  # the period comes from an event's date, not from a period phrase
    total: bool = False  # asks for a stock's total ("có tổng cộng bao nhiêu đảng viên")
    summed: bool = False  # asks for the sum of a number over its period ("tổng cộng bao nhiêu")

    @property
    def names_something(self) -> bool:
        return bool(self.periods or self.provinces or self.body_keys)


def is_content(word: str) -> bool:
    """True for a folded syllable that is neither a stopword nor a number."""
    return not word[:1].isdigit() and word not in FOLDED_STOP


def folded_syllables(text: str) -> list[str]:
    """Accent-folded syllables of ``text`` after abbreviation expansion."""
    return _SYLLABLE.findall(fold(expand(text)))


def analyze(question: str, intent: Any = None) -> QuestionView:
    """The view of ``question``; ``intent`` (a QueryIntent) supplies names when given."""
    text = " ".join(question.split())
    folded = fold(expand(text))
    view = QuestionView(
        text=text,
        terms=[],
        bigrams=set(),
        weights={},
        unit=[],
        verb=[],
        stock=False,
        periods=_attr(intent, "periods") or [m.key for m in find_periods(text)],
        years=_attr(intent, "years") or _years(text),
        provinces=_attr(intent, "provinces") or _unique(p.name for p in find_provinces(text)),
        body_keys=_attr(intent, "body_keys") or _unique(b.key for b in find_bodies(text) if b.specific),
        asks=asks_of(text),
        plan=bool(_PLAN.search(_ACHIEVED.sub(" ", folded))),
        doc_numbers=_DOC_NUMBER.findall(text),
        dated=bool(getattr(intent, "dated", False)),
    )
    view.periods = until_periods(text, _singled_out(text, view.periods))
    view.terms, view.bigrams, view.weights = _content(text)
    if view.asks & {"issued", "sign"}:  # "ban hành", "ký": the document's act, not the unit's words
        _drop_terms(view, issue_words(text))
    if _LAY_TASKS.search(folded):  # "những việc gì phải làm": the tasks ("nhiệm vụ") set out
        view.plan = True
        _drop_terms(view, {"phai", "can", "de", "lam"})
        view.terms += [t for t in ("nhiem", "vu") if t not in view.terms]
        view.bigrams.add(("nhiem", "vu"))
        view.asks |= set() if "number" in view.asks else {"list"}
    if "docnumber" in view.asks:  # "số hiệu" names the asked fact, found in no passage's words
        _drop_terms(view, {w for m in re.findall(r"\b(?:so|ky) hieu\b", folded) for w in m.split()})
    # "Hai báo cáo ...": how many reports are asked about, not a word of the answer.
    _drop_terms(view, set(re.findall(r"\b(hai|ba|bon|nam)(?= (?:bao cao|van ban)\b)", folded)))
    if "summary" in view.asks:  # "Tóm tắt báo cáo tổng kết ...": the report, not a part of it
        _drop_terms(view, REPORT_WORDS | main_points(folded))
    view.unit = _unit(folded)
    view.verb, view.stock = _verb(fold(expand(_blank_names(text))), view)
    view.total = view.stock and not view.verb and bool(re.search(r"\btong (?:cong|so)\b", folded))
    view.summed = "number" in view.asks and bool(re.search(r"\btong cong\b|\bcong lai\b|\btat ca\b", folded))
    view.sides = _sides(text, view, intent)
    if len(view.sides) > 1:
        view.asks.add("compare")
    return view


def _attr(intent: Any, name: str) -> list[Any]:
    value = getattr(intent, name, None) if intent is not None else None
    return list(value) if value else []


def _unique(items: Any) -> list[Any]:
    return list(dict.fromkeys(items))


def _years(text: str) -> list[int]:
    return _unique(int(y) for y in re.findall(r"(?<!\d)(20\d\d|19\d\d)(?!\d)", text))


def _singled_out(text: str, periods: list[str]) -> list[str]:
    """Only the period after "riêng" / "trong đó" when the other named periods contain it
    ("bảng 6 tháng 2024, riêng quý II"): the longer period names the report, not the answer."""
    for mention in find_periods(text):
        key = mention.period.key
        if key not in periods or len(periods) < 2:
            continue
        if re.search(
            r"\b(?:rieng|trong do)\s*$", fold(text[max(0, mention.start - 12) : mention.start]).lower()
        ):
            others = [Period.parse_key(p) for p in periods if p != key]
            if all(o.contains(mention.period) for o in others):
                return [key]
    return periods


def _blank_names(text: str) -> str:
    """``text`` with the named provinces, bodies, periods and document numbers blanked."""
    spans = [(m.start, m.end) for m in find_provinces(text)]
    spans += [m.span() for m in _DOC_NUMBER.finditer(text)]
    spans += [(b.start, b.end) for b in find_bodies(text)]
    spans += [(p.start, p.end) for p in find_period_phrases(text)]
    spans += local_places(text)
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def _content(text: str) -> tuple[list[str], set[tuple[str, str]], dict[str, float]]:
    """Content syllables (folded), pairs of adjacent ones, and weights: words of a relative
    clause ("... mà Đảng ủy xác định tại hội nghị") describe the asked thing and count half."""
    accented = fold(text) != index_form(text)  # before expansion adds accented words
    blanked = expand(_blank_names(text))
    stop_folded = FOLDED_STOP - (set() if accented else AMBIGUOUS_FOLDED)
    terms: list[str] = []
    pairs: set[tuple[str, str]] = set()
    weights: dict[str, float] = {}
    previous, factor, before = "", 1.0, ""
    for raw in _SYLLABLE.findall(index_form(blanked)):
        word = fold(raw)
        if raw == "mà" or (not accented and word == "ma"):
            factor = 0.5
        stop = raw in STOPWORDS if accented else word in stop_folded
        # "điểm" carries no content in "thời điểm", but names a pilot in "làm điểm".
        stop, before = stop and not (word == "diem" and before != "thoi"), word
        if stop or (word.isdigit() and len(word) == 4 and word.startswith(("19", "20"))):
            previous = ""
            continue
        if previous:
            pairs.add((previous, word))
        previous = word
        if word not in terms:
            terms.append(word)
            # Typed without accents, "tai" may be "tại" (a stopword) or "tài": half a word.
            weights[word] = factor * (0.5 if not accented and word in AMBIGUOUS_FOLDED else 1.0)
    return terms, pairs, weights


def _drop_terms(view: QuestionView, words: set[str]) -> None:
    view.terms = [t for t in view.terms if t not in words]
    view.bigrams = {b for b in view.bigrams if not set(b) & words}
    view.weights = {t: w for t, w in view.weights.items() if t not in words}


def _unit(folded: str) -> list[str]:
    """The counted noun: two syllables after "bao nhiêu" / "mấy" ("đảng viên", "cuộc"), or
    after "số" / "tổng số" when the question ends in "là bao nhiêu"."""
    match = re.search(r"\b(?:bao nhieu|may|nhieu hay it|it hay nhieu)\s+(\w+)(?:\s+(\w+))?", folded)
    match = match or re.search(r"(?:^|\btong |\bso sanh )so\s+(?!hieu\b|tien\b)(\w+)(?:\s+(\w+))?", folded)
    if not match:
        return []
    words = [w for w in match.groups() if w]
    kept: list[str] = []
    for word in words:
        if word in _UNIT_STOP:
            break
        kept.append(word)
    return kept


def _verb(folded: str, view: QuestionView) -> tuple[list[str], bool]:
    """The action asked about (words right before "bao nhiêu") and whether it is a stock."""
    words = _SYLLABLE.findall(folded)  # "nhieu?" is "nhieu"
    for i, word in enumerate(words):
        if (word == "bao" and words[i + 1 : i + 2] == ["nhieu"]) or word == "may":
            if words[i - 1 : i] == ["la"]:
                break  # "tổng số đảng viên ... là bao nhiêu": a noun phrase, read below
            before = [w for w in words[max(0, i - 3) : i] if w not in ("tong", "cong", "hien")]
            if before[-1:] == ["co"]:
                return [], True
            # A folded stopword is content when accents say so ("doanh thu", not "thứ").
            verb = [w for w in before if is_content(w) or view.weights.get(w, 0) >= 1][-2:]
            if verb:
                return verb, False
    head = re.match(r"(?:tong )?so ((?:\w+ ){0,6})", folded)
    if head and set(view.terms) <= set(head.group(1).split()):
        return [], True
    return [], bool(re.search(r"\btong so\b", folded))


def _sides(text: str, view: QuestionView, intent: Any) -> list[QuestionView]:
    """One view per compared side: a province, body or period paired in the order written."""
    if intent is not None and hasattr(intent, "is_comparison"):
        given = _attr(intent, "sides") if intent.is_comparison else []
        if not given and _enumerated_periods(text, view):
            return [_side(view, view.provinces, view.body_keys, [p]) for p in view.periods]
        return [_side(view, _attr(s, "provinces"), _attr(s, "body_keys"), _attr(s, "periods")) for s in given]
    provinces, bodies, periods = view.provinces, view.body_keys, view.periods
    n = max(len(provinces), len(bodies), len(periods))
    if n < 2 or (max(len(provinces), len(bodies)) < 2 and not _COMPARE.search(fold(text))):
        return []
    return [_side(view, _pick(provinces, i, n), _pick(bodies, i, n), _pick(periods, i, n)) for i in range(n)]


def _enumerated_periods(text: str, view: QuestionView) -> bool:
    """True when two named periods are joined by "và", "với", "so với" ("lũy kế 9 tháng và cả
    năm 2023"): each is asked about, not one qualifying the other ("Năm 2023, quý III")."""
    phrases = find_period_phrases(text)
    if len(view.periods) < 2:
        return False
    return any(_JOIN.match(fold(text[a.end : b.start])) for a, b in pairwise(phrases))


def _pick(items: list[str], i: int, n: int) -> list[str]:
    """The i-th of ``n`` sides: its own item when each side names one, else all of them."""
    if len(items) == n:
        return [items[i]]
    return list(items)


def _side(view: QuestionView, provinces: list[str], bodies: list[str], periods: list[str]) -> QuestionView:
    asks = set(view.asks) - {"compare"}
    return replace(view, provinces=provinces, body_keys=bodies, periods=periods, asks=asks, sides=[])


def with_filters(view: QuestionView, filters: Mapping[str, Any] | None) -> QuestionView:
    """The view narrowed by the UI's filters (a filter stands for a name the question lacks)."""
    filters = filters or {}
    if filters.get("province") and not view.provinces:
        view.provinces = [str(filters["province"])]
    if filters.get("body_key") and not view.body_keys:
        view.body_keys = [str(filters["body_key"])]
    if filters.get("period") and not view.periods:
        view.periods = [str(filters["period"])]
    return view
