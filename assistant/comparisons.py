"""Comparison and ranking questions answered from the stored facts, every figure cited.

"So sánh số đảng viên mới kết nạp của Nghệ An năm 2023 và năm 2022", "Quý I/2025 so với quý
I/2024, Lâm Đồng kết nạp nhiều hay ít hơn?", "Tỉnh nào kết nạp nhiều đảng viên nhất trong quý
I/2022?": the metric is read from the question, each side (a period, or a province) gets the
figure of its own report, and the difference and percentage are computed here (Decimal).
A side without a report is said plainly ("Chưa có báo cáo năm 2023 cho Nghệ An ..."), with
the periods that do have one. Anything else returns None and is left to retrieval.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from assistant.briefs.arith import change
from assistant.facts.context import months
from assistant.facts.metrics import metric as metric_info
from assistant.facts.model import Fact
from assistant.facts.store import best_fact, query_facts, refresh_facts
from assistant.results import Answer, Citation
from ingest.period_model import Period
from ingest.text import fold

# Question words -> metric, first match wins (specific before general).
_QUESTION_METRICS: tuple[tuple[str, str], ...] = (
    (r"\bky luat\b", "ky_luat"),
    (r"\bhuy hieu\b", "huy_hieu_dang"),
    (r"\bchinh thuc\b", "chuyen_chinh_thuc"),
    (r"\btham dinh\b", "tham_dinh_chinh_tri"),
    (r"\bket nap\b|dang vien moi", "ket_nap"),
    (r"\b(?:hoc tap|quan triet)\b", "hoc_tap_nghi_quyet"),
    (r"\b(?:an sinh|ung ho|dong gop)\b", "an_sinh"),
    (r"\bnha (?:tinh thuong|dai doan ket|tinh nghia)\b", "nha_tinh_thuong"),
    (r"\bcuoc giam sat\b|\bgiam sat\b", "cuoc_giam_sat"),
    (r"\bcuoc kiem tra\b|\bkiem tra\b", "cuoc_kiem_tra"),
    (r"\bto chuc co so dang\b|\btccs\b", "to_chuc_co_so_dang"),
    (r"\bdang vien\b", "tong_dang_vien"),
)
_RANKING = re.compile(
    r"\b(?:tinh|thanh pho|dia phuong|noi|don vi|dang bo|dang uy|khoi)\b[^?]*\bnao\b[^?]*"
    r"\b(?:nhieu|cao|lon|it|thap)\b(?:\s+\w+){0,3}?\s+nhat\b|\bxep hang\b|\bdung dau\b"
)
_FEWEST = re.compile(r"\b(?:it|thap)\b(?:\s+\w+){0,3}?\s+nhat\b")
_COMPARE = re.compile(
    r"\bso sanh\b|\bso voi\b|\b(?:nhieu|it|cao|thap)\s+hon\b|\bchenh lech\b|\btang\b|\bgiam\b"
)


@dataclass
class _Intent:
    """The parts of a question this module needs (a subset of ``vectorstore.query.QueryIntent``)."""

    periods: list[str] = field(default_factory=list)
    provinces: list[str] = field(default_factory=list)
    body_keys: list[str] = field(default_factory=list)
    is_comparison: bool = False


def question_metric(question: str) -> str | None:
    """The metric a question asks about, if the facts cover it."""
    folded = fold(question)
    return next((key for pattern, key in _QUESTION_METRICS if re.search(pattern, folded)), None)


def answer_from_facts(question: str, intent: Any, bot: Any) -> Answer | None:
    """An Answer (quote mode) for a comparison or ranking question the facts cover, else None."""
    key = question_metric(question)
    if key is None:
        return None
    parsed = _intent(question, intent)
    folded = fold(question)
    refresh_facts(bot.catalog)
    if _RANKING.search(folded) and len(parsed.periods) == 1:
        return _ranking(question, key, parsed, bot, fewest=bool(_FEWEST.search(folded)))
    if not (parsed.is_comparison or _COMPARE.search(folded)):
        return None
    if len(parsed.periods) >= 2 and len(parsed.provinces) <= 1:
        sides = [
            _Side(Period.parse_key(p), parsed.provinces[0] if parsed.provinces else "")
            for p in parsed.periods[:2]
        ]
    elif len(parsed.provinces) >= 2 and len(parsed.periods) == 1:
        period = Period.parse_key(parsed.periods[0])
        sides = [_Side(period, name) for name in parsed.provinces[:2]]
    else:
        return None
    return _compare(question, key, sides, parsed, bot)


def _intent(question: str, intent: Any) -> _Intent:
    """The sides of the question: from ``intent`` (``vectorstore.query.parse_question``),
    parsed here when the caller has none."""
    from ingest.gazetteer import find_bodies, find_provinces
    from ingest.periods import find_periods

    if intent is None:
        try:
            from vectorstore.query import parse_question
        except ImportError:  # pragma: no cover - retrieval is part of the package
            pass
        else:
            intent = parse_question(question)
    periods = list(getattr(intent, "periods", None) or [])
    sides = getattr(intent, "sides", None) or []
    written = [p for side in sides for p in (getattr(side, "periods", None) or [])[:1]]
    if sorted(set(written)) == sorted(set(periods)):
        periods = written  # the order the question names them in
    if not periods:
        periods = [str(y) for y in getattr(intent, "years", None) or []]
    if not periods:
        periods = [m.key for m in find_periods(question)]
    provinces = list(getattr(intent, "provinces", None) or [p.name for p in find_provinces(question)])
    bodies = getattr(intent, "body_keys", None)
    if bodies is None:
        bodies = [b.key for b in find_bodies(question)]
    bodies = [b for b in bodies if b != "khoi"]  # a "Khối" of unknown kind filters nothing
    return _Intent(
        periods=list(dict.fromkeys(periods)),
        provinces=list(dict.fromkeys(provinces)),
        body_keys=list(bodies),
        is_comparison=bool(getattr(intent, "is_comparison", False)),
    )


@dataclass
class _Side:
    period: Period
    province: str
    facts: list[Fact] = field(default_factory=list)  # one per body that reports the figure

    def who(self, body: str = "") -> str:
        return " ".join(x for x in (body, self.province) if x) or "các báo cáo đã nạp"


def _side_facts(bot: Any, key: str, side: _Side, body_keys: list[str]) -> list[Fact]:
    facts = query_facts(
        bot.catalog, metrics=[key], periods=[side.period.key], province=side.province or None, measure="value"
    )
    facts = [f for f in facts if not body_keys or f.body_key in body_keys]
    groups: dict[tuple[str, str], list[Fact]] = {}
    for fact in facts:
        groups.setdefault((fact.province, fact.body_key), []).append(fact)
    return [best_fact(group) for group in groups.values()]


class _Citer:
    def __init__(self, bot: Any) -> None:
        self.bot = bot
        self.citations: list[Citation] = []

    def __call__(self, fact: Fact) -> int:
        for c in self.citations:
            if c.chunk_id == fact.chunk_id and c.passage == fact.quote:
                return c.n
        rows = self.bot.catalog.query("SELECT text FROM chunks WHERE chunk_id = ?", (fact.chunk_id,))
        meta = {
            "province": fact.province,
            "body": fact.body,
            "periods": fact.doc_periods,
            "metric": fact.metric,
        }
        citation = Citation(
            n=len(self.citations) + 1,
            source=fact.source,
            title=fact.title,
            date=fact.date,
            passage=fact.quote,
            chunk_id=fact.chunk_id,
            chunk_text=str(rows[0]["text"]) if rows else fact.quote,
            metadata=meta,
        )
        self.citations.append(citation)
        return citation.n


def _compare(question: str, key: str, sides: list[_Side], parsed: _Intent, bot: Any) -> Answer:
    """One line per side (or a plain "Chưa có báo cáo ..."), then the computed change."""
    label = metric_info(key).label
    cite = _Citer(bot)
    by_period = sides[0].province == sides[1].province
    for side in sides:
        side.facts = _side_facts(bot, key, side, parsed.body_keys)
    bodies = {f.body for side in sides for f in side.facts}
    if by_period:
        body = f"{next(iter(bodies))} " if len(bodies) == 1 else ""
        lines = [f"{label} của {body}{sides[0].province}:".replace("  ", " ")]
    else:
        lines = [f"{label} {sides[0].period.label()}:"]
    for side in sides:
        name = _cap(side.period.label()) if by_period else side.province
        if not side.facts:
            lines.append(f"- {name}: {_missing(bot, key, side, parsed.body_keys)}")
        for fact in side.facts:
            extra = f" ({fact.body})" if len(bodies) > 1 or not by_period else ""
            lines.append(f"- {name}{extra}: {fact.display()} [{cite(fact)}]")
    lines.extend(_differences(sides, by_period))
    return Answer(text="\n".join(lines), citations=cite.citations, mode="quote", question=question)


def _differences(sides: list[_Side], by_period: bool) -> list[str]:
    """ "Quý I/2025 giảm 14 đảng viên so với quý I/2024 (44 so với 58, tức -24,1%)."."""
    a, b = sides[0], sides[1]
    if by_period and a.period.end_date() < b.period.end_date():
        a, b = b, a  # say how the later period changed from the earlier one
    out = []
    for new in a.facts:
        old = next((f for f in b.facts if not by_period or f.body_key == new.body_key), None)
        if old is None or new.number is None or old.number is None:
            continue
        if metric_info(new.metric).kind != "stock" and months(a.period) != months(b.period):
            out.append("Hai kỳ có độ dài khác nhau (kỳ dài gồm cả kỳ ngắn) nên không tính chênh lệch.")
            continue
        diff = change(new.number, old.number)
        first = _cap(a.period.label()) if by_period else a.province
        second = b.period.label() if by_period else b.province
        money = metric_info(new.metric).kind == "money"
        amount = diff.text(money=money).split(" (")[0].lstrip("+-")
        unit = "" if money or not new.unit else f" {new.unit}"
        pair = f"{new.value} so với {old.value}"
        if diff.difference == 0:
            out.append(f"{first} bằng {second} ({pair}).")
        elif by_period:
            pct = f", tức {_signed_pct(diff.percent)}" if diff.percent is not None else ""
            out.append(f"{first} {diff.direction} {amount}{unit} so với {second} ({pair}{pct}).")
        else:
            more = "nhiều hơn" if diff.difference > 0 else "ít hơn"
            out.append(f"{first} {more} {second} {amount}{unit} ({pair}).")
    return out


def _signed_pct(value: Any) -> str:
    from assistant.briefs.arith import vn_number

    text = vn_number(value, 1)
    return f"{text}%" if text.startswith("-") else f"+{text}%"


def _missing(bot: Any, key: str, side: _Side, body_keys: list[str]) -> str:
    """ "Chưa có báo cáo ... cho ..." or "Báo cáo ... không nêu ...", with the periods that exist."""
    docs = [r.metadata for r in bot.catalog.documents()]
    docs = [m for m in docs if not side.province or m.get("province") == side.province]
    docs = [m for m in docs if not body_keys or m.get("body_key") in body_keys]
    who = side.who()
    if any(side.period.key in (m.get("periods") or []) for m in docs):
        return f"Báo cáo {side.period.label()} của {who} không nêu số {metric_info(key).label.lower()}."
    keys = {p for m in docs for p in m.get("periods") or []}
    have = sorted(keys, key=lambda k: (Period.parse_key(k).end_date(), -months(Period.parse_key(k))))
    listed = ", ".join(Period.parse_key(k).label() for k in have)
    extra = f" (đã có báo cáo: {listed})" if listed else ""
    return f"Chưa có báo cáo {side.period.label()} cho {who}{extra}."


def _ranking(question: str, key: str, parsed: _Intent, bot: Any, *, fewest: bool) -> Answer:
    period = Period.parse_key(parsed.periods[0])
    side = _Side(period, "")
    facts = [f for f in _side_facts(bot, key, side, parsed.body_keys) if f.number is not None]
    label = metric_info(key).label.lower()
    if not facts:
        text = _missing(bot, key, side, parsed.body_keys)
        return Answer(text=text, mode="quote", question=question)
    facts.sort(key=lambda f: (f.number, f.province), reverse=not fewest)
    cite = _Citer(bot)
    top = facts[0]
    word = "ít nhất" if fewest else "nhiều nhất"
    lines = [
        f"{_cap(label)} {word} trong các báo cáo {period.label()} đã nạp: {top.body} {top.province}, "
        f"{top.display()} [{cite(top)}]."
    ]
    lines += [f"{i}. {f.body} {f.province}: {f.display()} [{cite(f)}]" for i, f in enumerate(facts, 1)]
    if len(facts) == 1:
        lines.append("Chỉ có một báo cáo kỳ này nêu số liệu này, nên chưa so sánh được.")
    return Answer(text="\n".join(lines), citations=cite.citations, mode="quote", question=question)


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]
