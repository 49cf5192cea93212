"""When to refuse instead of answering, and the explanation that goes with a refusal.

Two rules, both general:

1. Coverage: the question names a province, body or period that no ingested report covers.
   A report covers an asked period when one of its reporting periods contains it ("quý II" is
   in a 6-month report); questions about plans and themes ("nhiệm vụ quý II", "chủ đề công tác
   năm 2024") are also covered by a report that names the period in advance; a report that
   names an earlier period (a comparison table) leaves the decision to the evidence. A document
   without province, body or period metadata is never used to refuse.
2. Evidence: the best evidence unit holds too little of the question's content
   (``strength``: IDF-weighted coverage, plus a bonus when it holds the asked kind of fact,
   below the threshold), or a figure is asked for a period finer than the report
   (quý III in a year report) and no evidence names that period.

The threshold is calibrated on the development set (see README, "Refusal").
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from assistant.chain import refusal_text
from assistant.numbers import format_date, format_period
from assistant.period_signals import doc_periods, states_period
from assistant.question import QuestionView, folded_syllables, is_content
from assistant.results import Answer, AnswerMode
from assistant.stock import counts_stock, names_match
from assistant.units import Unit
from ingest.bodies import body_display, body_with_province
from ingest.period_model import Period
from ingest.text import fold

_ASKING = {"bao", "nhieu", "may", "co", "la", "duoc", "da", "cac", "nhung", "tong", "so"}
# Asked of a whole period (its figures) or of its own report (its date, number, signer...).
_WHOLE_PERIOD = {"number", "date", "issued", "docnumber", "sign", "person", "summary", "recipients", "list"}
# Calibrated on ../shared/corpus/dev (90 questions, quote mode): see benchmarks/answers.py.
DEFAULT_THRESHOLD = 0.35


@dataclass
class Decision:
    """``refuse`` with a Vietnamese ``reason`` (what the corpus has), or answer."""

    refuse: bool
    reason: str = ""
    rule: str = ""  # "coverage", "period", "evidence"


def _periods(keys: Iterable[Any]) -> list[Period]:
    out = []
    for key in keys:
        try:
            out.append(Period.parse_key(str(key)))
        except ValueError:
            continue
    return out


def fits(doc: Mapping[str, Any], q: QuestionView, *, periods: bool = True) -> bool:
    """True when the document can answer what ``q`` names (province, body, period)."""
    province, body = str(doc.get("province") or ""), str(doc.get("body_key") or "")
    if q.provinces and province and province not in q.provinces:
        return False
    if q.body_keys and body and body not in q.body_keys:
        return False
    return not periods or period_fits(doc, q)


def period_fits(doc: Mapping[str, Any], q: QuestionView) -> bool:
    """True when the document reports on (or, for plans, names) every asked period."""
    asked = _periods(q.periods)
    reported = _periods(doc.get("periods") or [])
    if not asked or not reported:
        return True
    mentioned = {str(k) for k in doc.get("mentioned_periods") or []}
    first = min(reported, key=Period.sort_key)
    for period in asked:
        if any(r.contains(period) for r in reported):
            continue
        if period.key in mentioned and (q.plan or period.end_date() < first.start_date()):
            continue
        if any(period.contains(r) for r in reported) and (q.plan or not q.asks & _WHOLE_PERIOD):
            continue  # a 6-month report tells a plan or an event of its year, not the year's figures
        return False
    return True


def check_coverage(
    q: QuestionView,
    documents: Sequence[Mapping[str, Any]],
    tabled: Callable[[Mapping[str, Any]], set[str]] | None = None,
) -> Decision:
    """Refuse when some side of the question is covered by no ingested document. A report
    whose tables have a column for the asked period ("Thực hiện 2022" in a 2023 report;
    ``tabled(doc)`` gives those period keys) leaves the decision to the evidence."""
    if not documents:
        return Decision(
            True, "Chưa nạp báo cáo nào: hãy nạp báo cáo trước (baocao ingest THƯ_MỤC).", "coverage"
        )
    for side in q.sides or [q]:
        if any(fits(doc, side) for doc in documents):
            continue
        same = [d for d in documents if fits(d, side, periods=False)]
        if tabled is not None and side.periods and any(set(side.periods) <= tabled(d) for d in same):
            continue
        return Decision(True, explain_corpus(side, documents), "coverage")
    return Decision(False)


def explain_corpus(q: QuestionView, documents: Sequence[Mapping[str, Any]]) -> str:
    """What the corpus holds for the named province and body: "Các báo cáo đã nạp về ...: ..."."""
    same = [d for d in documents if fits(d, q, periods=False)]
    asked = ", ".join(format_period(p) for p in q.periods)
    if same and (q.provinces or q.body_keys):
        return f"Các báo cáo đã nạp về {_who(q, same)}: {_period_list(same)}."
    if same:
        return f"Không có báo cáo nào cho {asked}; các kỳ đã nạp: {_period_list(same)}."
    wanted = _wanted(q)
    by_province = [d for d in documents if q.provinces and d.get("province") in q.provinces]
    if by_province:
        bodies = "; ".join(
            f"{_who(q, [d for d in by_province if d.get('body_key') == key])}: "
            f"{_period_list([d for d in by_province if d.get('body_key') == key])}"
            for key in dict.fromkeys(str(d.get("body_key") or "") for d in by_province)
        )
        return f"Chưa nạp báo cáo nào của {wanted}. Các báo cáo đã nạp về {q.provinces[0]}: {bodies}."
    return f"Chưa nạp báo cáo nào của {wanted}."


def _who(q: QuestionView, docs: list[Mapping[str, Any]]) -> str:
    doc = docs[0]
    return body_with_province(str(doc.get("body") or ""), str(doc.get("province") or "")) or _wanted(q)


def _wanted(q: QuestionView) -> str:
    body = body_display(q.body_keys[0]) if q.body_keys else ""
    return body_with_province(body, ", ".join(q.provinces)) or "nội dung được hỏi"


def _period_list(docs: list[Mapping[str, Any]]) -> str:
    labels: dict[tuple[int, int, int], str] = {}
    for doc in docs:
        periods = sorted(_periods(doc.get("periods") or []), key=Period.sort_key)
        if periods:
            labels.setdefault(periods[0].sort_key(), " – ".join(format_period(p.key) for p in periods))
        elif doc.get("date"):
            labels.setdefault((0, 0, 0), f"báo cáo ngày {format_date(str(doc['date']))}")
    return ", ".join(label for _, label in sorted(labels.items())) or "không rõ kỳ báo cáo"


def check_evidence(q: QuestionView, units: list[Unit], threshold: float) -> Decision:
    """Refuse when the figures found are all of another period, when the asked metric is
    named nowhere in the fitting reports, when the best evidence is too weak, or when it
    misses a finer asked period. The most specific explanation comes first."""
    counted = "number" in q.asks and not q.plan
    other = _other_period_only(q, units, threshold) if counted else ""
    if other:
        return Decision(True, other, "period")
    if "number" in q.asks and _metric_absent(q, units):
        return Decision(True, f"Các báo cáo phù hợp không nêu {_metric_label(q)}.", "metric")
    if _total_absent(q, units, threshold):
        return Decision(
            True, f"Các báo cáo phù hợp không nêu con số tổng được hỏi ({_metric_label(q)}).", "metric"
        )
    best = max(units, key=lambda u: u.score, default=None)
    if best is None or best.strength < threshold:
        return Decision(
            True, "Không tìm thấy đoạn nào trong các báo cáo phù hợp nói về nội dung này.", "evidence"
        )
    missing = _finer_period_missing(q, units, threshold) if counted else ""
    return Decision(True, missing, "period") if missing else Decision(False)


def _metric(q: QuestionView) -> list[str]:
    """The words naming what is counted: the action before "bao nhiêu" and the counted noun."""
    return [w for w in dict.fromkeys(q.verb + q.unit) if w.isalpha() and is_content(w)]


def _metric_absent(q: QuestionView, units: list[Unit]) -> bool:
    """True when no word of the asked metric ("đảng phí" in "thu đảng phí được bao nhiêu")
    occurs anywhere in the reports that fit the question: a figure of another metric ("thu
    ngân sách") is not the answer."""
    metric = _metric(q)
    fitting = [u for u in units if fits(u.hit.metadata, q)] if q.names_something else []
    if not metric or not fitting:
        return False
    words = {w for u in fitting for w in u.syllables}
    words |= {w for u in fitting for w in folded_syllables(str(u.hit.metadata.get("section") or ""))}
    return not words & set(metric)


def _total_absent(q: QuestionView, units: list[Unit], threshold: float) -> bool:
    """True when a total is asked ("có tổng cộng bao nhiêu đảng viên") and no relevant unit of
    a fitting report states how many there are: a count of what was done ("kết nạp 21 đảng
    viên", "kiểm tra 96 đảng viên") is not the total."""
    if not q.total or not q.unit or q.sides:
        return False
    relevant = [u for u in units if u.strength >= threshold and fits(u.hit.metadata, q)]
    named = [u for u in relevant if names_match(u.hit.metadata, q)]
    return bool(relevant) and not any(counts_stock(u, q) for u in named or relevant)


def _metric_label(q: QuestionView) -> str:
    """ "số liệu về "đảng phí"": the question's words naming the metric, with the function
    word before them ("đảng" of "đảng phí", "số" of "số lượt")."""
    words = q.text.split()
    metric = set(_metric(q))
    at = [i for i, w in enumerate(words) if fold(w).strip("?,.:;").lower() in metric]
    if not at:
        return "số liệu được hỏi"
    before = fold(words[at[0] - 1]).lower() if at[0] else ""
    start = at[0] - 1 if before and not is_content(before) and before not in _ASKING else at[0]
    phrase = " ".join(words[start : at[-1] + 1]).strip("?,.:;")
    return f'số liệu về "{phrase}"'


def _other_period_only(q: QuestionView, units: list[Unit], threshold: float) -> str:
    """Explanation when the figures found are all of another period than the asked one (a
    quý I row when 6 tháng is asked): such a figure is not the answer."""
    if q.dated or q.sides or not q.periods:
        return ""
    strong = [u for u in units if u.strength >= threshold]
    if not strong or any(states_period(u, q) for u in strong):
        return ""
    best = max(strong, key=lambda u: u.score)
    asked = ", ".join(format_period(p) for p in q.periods)
    asked_periods = _periods(q.periods)
    own = ", ".join(
        format_period(p.key)
        for p in _periods(dict.fromkeys(best.periods))
        if not any(p == a or p.contains(a) for a in asked_periods)
    ) or _report_label(best.hit.metadata)
    return (
        f"Các báo cáo đã nạp không có số liệu này cho {asked}; số liệu tìm thấy "
        f"(báo cáo {_report_label(best.hit.metadata)}) là của {own}."
    )


def _finer_period_missing(q: QuestionView, units: list[Unit], threshold: float) -> str:
    """Explanation when every fitting report is longer than the asked period and none names it."""
    asked = _periods(q.periods)
    fitting = [u for u in units if fits(u.hit.metadata, q, periods=False) and u.strength >= threshold]
    if q.dated or not asked or not fitting:  # an event on a date is not a monthly figure
        return ""
    reports = {u.doc_id: doc_periods(u.hit) for u in fitting}
    for period in asked:
        if any(period in periods for periods in reports.values()):
            continue
        if not any(any(r.contains(period) for r in rs) for rs in reports.values()):
            continue
        if any(period.key in u.periods for u in fitting) or _own_report_counts(q, units, period):
            continue
        holders = [u for u in fitting if any(r.contains(period) for r in doc_periods(u.hit))]
        names = ", ".join(dict.fromkeys(_report_label(u.hit.metadata) for u in holders))
        return f"Báo cáo {names} không có số liệu riêng cho {format_period(period.key)}."
    return ""


def _own_report_counts(q: QuestionView, units: list[Unit], period: Period) -> bool:
    """True when a question naming several periods ("6 tháng ... bao nhiêu, 9 tháng lũy kế bao
    nhiêu") has, for ``period``, a report of exactly that period whose unit holds the asked
    metric: each part of the question is answered by its own report."""
    metric = set(_metric(q))
    if len(q.periods) < 2 or not metric:
        return False
    own = [u for u in units if period in doc_periods(u.hit) and fits(u.hit.metadata, q, periods=False)]
    return any(metric <= set(u.syllables) and any(c.isdigit() for c in u.quote) for u in own)


def _report_label(meta: Mapping[str, Any]) -> str:
    periods = sorted(_periods(meta.get("periods") or []), key=Period.sort_key)
    label = format_period(periods[-1].key) if periods else format_date(str(meta.get("date") or ""))
    who = body_with_province(str(meta.get("body") or ""), str(meta.get("province") or ""))
    return f"{label} của {who}" if who else label


def refusal(question: str, reason: str, mode: AnswerMode, notices: list[str] | None = None) -> Answer:
    """The refusal Answer: the fixed sentence, then what the corpus has."""
    text = refusal_text() + (f" {reason}" if reason else "")
    return Answer(text=text, mode=mode, refused=True, notices=list(notices or []), question=question)


def allowed(doc: Mapping[str, Any], filters: Mapping[str, Any] | None) -> bool:
    """True when the document passes the filters (province, body_key, period(s), doc_id, source)."""
    filters = filters or {}
    for key in ("province", "body_key", "doc_id", "source"):
        if filters.get(key) and doc.get(key) != filters[key]:
            return False
    periods = [str(p) for p in doc.get("periods") or []]
    if filters.get("period") and filters["period"] not in periods:
        return False
    low, high = filters.get("period_from"), filters.get("period_to")
    if (low or high) and periods:
        keys = [_order(p) for p in periods]
        if low and max(keys) < _order(str(low)):
            return False
        if high and min(keys) > _order(str(high)):
            return False
    return True


def _order(key: str) -> tuple[int, int, int]:
    try:
        return Period.parse_key(key).sort_key()
    except ValueError:
        return (0, 0, 0)
