"""Comparison and ranking questions answered from the stored facts, every figure cited.

"So sánh số đảng viên mới kết nạp của Nghệ An năm 2023 và năm 2022", "Quý I/2025 so với quý
I/2024, Lâm Đồng kết nạp nhiều hay ít hơn?", "Tỉnh nào kết nạp nhiều đảng viên nhất trong quý
I/2022?", "Huyện ủy ... và Đảng ủy Khối ..., bên nào kết nạp nhiều hơn?", "Năm 2022 quý nào kết
nạp nhiều đảng viên nhất?" (the quarters of one body's year, from a table of its year report):
the metric is read from the question, each side (a period, a province or a body) gets the figure
of its own report, quoted in the report's own words (the clause that states it), and the
difference and percentage are computed here (Decimal).

Nothing negative is said that a report's text could contradict: when the facts lack a side and
some report of that province and body reports or names an overlapping period, None is returned
and the question is left to retrieval, which reads the text. Only a side that no stored report
covers or names is said to be missing ("Chưa có báo cáo năm 2023 cho Nghệ An ..."), with the
periods that do have one. Anything else returns None.

A question that asks for a percentage ("tỷ lệ", "bao nhiêu % dự toán") gets each figure with the
percentage its sentence states (``comparison_shares``), and a rate is compared in points; a rate
that no fact holds is left to retrieval. Rankings are in ``comparison_rankings``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from assistant import comparison_shares as shares
from assistant.briefs.arith import change
from assistant.comparison_cite import Citer, stated
from assistant.comparison_dates import dated_periods
from assistant.comparison_rankings import period_ranking, ranking
from assistant.comparison_sides import Side, cap, missing, place
from assistant.facts.context import months
from assistant.facts.metrics import metric as metric_info
from assistant.facts.model import Fact
from assistant.facts.select import reports_mention, side_facts
from assistant.facts.store import refresh_facts
from assistant.results import Answer
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
    (r"\bdoanh thu\b", "doanh_thu"),
    (r"\bloi nhuan\b", "loi_nhuan"),
    (r"\bnop ngan sach\b", "nop_ngan_sach"),
    (r"\bthu ngan sach\b", "thu_ngan_sach"),
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
_MOST = re.compile(r"\b(?:nhieu|cao|lon|it|thap)\b(?:\s+\w+){0,6}?\s+(?:nhat|hon)\b")
_FEWEST = re.compile(r"\b(?:it|thap)\b(?:\s+\w+){0,6}?\s+(?:nhat|hon)\b")
# "quý nào", "tháng nào": the quarters (months) of one body's longer period.
_SUB_RANKING = re.compile(r"\b(quy|thang)\s+nao\b")
_SUB_UNITS = {"quy": ("Q", "quý"), "thang": ("M", "tháng")}
_COMPARE = re.compile(
    r"\bso sanh\b|\bso voi\b|\b(?:nhieu|it|cao|thap)\s+hon\b|\bchenh lech\b|\btang\b|\bgiam\b"
)


@dataclass
class _Intent:
    """The parts of a question this module needs (a subset of ``vectorstore.query.QueryIntent``)."""

    periods: list[str] = field(default_factory=list)
    provinces: list[str] = field(default_factory=list)
    body_keys: list[str] = field(default_factory=list)
    side_bodies: list[list[str]] = field(default_factory=list)  # the bodies of each compared side
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
    if len(parsed.periods) < 2 and metric_info(key).kind == "stock":
        parsed.periods = dated_periods(question, parsed.periods)
    folded = fold(question)
    refresh_facts(bot.catalog)
    sub = _SUB_RANKING.search(folded)
    if sub and len(parsed.periods) == 1 and len(parsed.provinces) <= 1:
        if not _MOST.search(folded):
            return None
        unit = _SUB_UNITS[sub.group(1)]
        where = (parsed.periods[0], parsed.provinces[0] if parsed.provinces else "", parsed.body_keys)
        return period_ranking(question, key, where, bot, unit, fewest=bool(_FEWEST.search(folded)))
    if _RANKING.search(folded) and len(parsed.periods) == 1:
        fewest = bool(_FEWEST.search(folded))
        return ranking(question, key, parsed.periods[0], parsed.body_keys, bot, fewest=fewest)
    if not (parsed.is_comparison or _COMPARE.search(folded)):
        return None
    sides = _sides(parsed)
    return _compare(question, key, sides, bot) if sides else None


def _sides(parsed: _Intent) -> list[Side]:
    """Two periods of one place, two provinces in one period, or two bodies of one province."""
    province = parsed.provinces[0] if parsed.provinces else ""
    if len(parsed.periods) >= 2 and len(parsed.provinces) <= 1:
        return [Side(Period.parse_key(p), province, parsed.body_keys) for p in parsed.periods[:2]]
    if len(parsed.periods) != 1:
        return []
    period = Period.parse_key(parsed.periods[0])
    if len(parsed.provinces) >= 2:
        return [Side(period, name, parsed.body_keys) for name in parsed.provinces[:2]]
    bodies = [b for b in parsed.side_bodies if b]
    if len(bodies) >= 2 and all(len(b) == 1 for b in bodies[:2]) and bodies[0] != bodies[1]:
        return [Side(period, province, b, by_body=True) for b in bodies[:2]]
    return []


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
    named = [m.key for m in find_periods(question)]
    for order in (written, named):  # the order the question names them in ("từ quý I đến ...")
        if sorted(set(order)) == sorted(set(periods)):
            periods = order
            break
    if not periods:
        periods = [str(y) for y in getattr(intent, "years", None) or []]
    if not periods:
        periods = named
    provinces = list(getattr(intent, "provinces", None) or [p.name for p in find_provinces(question)])
    bodies = getattr(intent, "body_keys", None)
    if bodies is None:
        bodies = [b.key for b in find_bodies(question)]
    return _Intent(
        periods=list(dict.fromkeys(periods)),
        provinces=list(dict.fromkeys(provinces)),
        body_keys=_known(bodies),
        side_bodies=[_known(getattr(side, "body_keys", None) or []) for side in sides],
        is_comparison=bool(getattr(intent, "is_comparison", False)),
    )


def _known(bodies: list[str]) -> list[str]:
    return [b for b in bodies if b != "khoi"]  # a "Khối" of unknown kind filters nothing


def _compare(question: str, key: str, sides: list[Side], bot: Any) -> Answer | None:
    """One line per side (or a plain "Chưa có báo cáo ..."), then the computed change; None when
    a side lacks a figure that a stored report may state."""
    label = metric_info(key).label
    for side in sides:
        side.facts = side_facts(bot.catalog, key, side.period, side.province, side.body_keys)
        if not side.facts and reports_mention(bot.catalog, side.period, side.province, side.body_keys):
            return None  # the text may say it: leave the question to retrieval
    if not _find_shares(question, sides, bot):
        return None  # a rate is asked and the facts hold only counts: the text may state it
    cite = Citer(bot)
    by_period = sides[0].period != sides[1].period
    bodies = {f.body for side in sides for f in side.facts}
    if by_period:
        body = next(iter(bodies)) if len(bodies) == 1 else ""
        lines = [f"{label} của {place(body, sides[0].province) or 'các báo cáo đã nạp'}:"]
    else:
        where = f" ({sides[0].province})" if sides[0].by_body and sides[0].province else ""
        lines = [f"{label} {sides[0].period.label()}{where}:"]
    for side in sides:
        name = _side_name(side, by_period, bot)
        if not side.facts:
            lines.append(f"- {name}: {missing(bot, side)}")
        for fact, share in zip(side.facts, side.shares, strict=True):
            extra = f" ({fact.body})" if (len(bodies) > 1 or not by_period) and not side.by_body else ""
            said = f", {shares.share_text(share)}" if share else ""
            words = stated(fact)
            words = f": “{words}”" if words else ""
            lines.append(f"- {name}{extra}: {fact.display()}{said}{_dated(fact, side)} [{cite(fact)}]{words}")
    if shares.asks_rate(question):
        lines.extend(_rate_differences(sides, by_period, bot))
    else:
        lines.extend(_differences(sides, by_period, bot))
    return Answer(text="\n".join(lines), citations=cite.citations, mode="quote", question=question)


def _find_shares(question: str, sides: list[Side], bot: Any) -> bool:
    """Each fact's percentage when the question asks for one; False when it asks for a rate
    ("tỷ lệ", "%") and no fact of either side was stated with one."""
    wanted = shares.asks_share(question)
    for side in sides:
        side.shares = [shares.share_of(bot.catalog, f) if wanted else None for f in side.facts]
    return not shares.asks_rate(question) or any(s for side in sides for s in side.shares)


def _side_name(side: Side, by_period: bool, bot: Any) -> str:
    return cap(side.period.label()) if by_period else side.who(bot) if side.by_body else side.province


def _rate_differences(sides: list[Side], by_period: bool, bot: Any) -> list[str]:
    """The percentages compared (in points) when the question asks for a rate: of two places,
    or of two periods of the same length (the later first); else the counts compared."""
    a, b = sides
    if by_period and a.period.end_date() < b.period.end_date():
        a, b = b, a
    same_length = not by_period or months(a.period) == months(b.period)
    if same_length and len(a.shares) == len(b.shares) == 1 and a.shares[0] and b.shares[0]:
        second = b.period.label() if by_period else _side_name(b, False, bot)
        line = shares.point_change(_side_name(a, by_period, bot), second, a.shares[0], b.shares[0])
        if line:
            return [line]
    return _differences(sides, by_period, bot)


def _dated(fact: Fact, side: Side) -> str:
    """ "(số liệu quý IV/2023)" for a count taken from a report on a period ending the same day."""
    return "" if fact.period == side.period.key else f" (số liệu {Period.parse_key(fact.period).label()})"


def _differences(sides: list[Side], by_period: bool, bot: Any) -> list[str]:
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
        first = cap(a.period.label()) if by_period else a.who(bot) if a.by_body else a.province
        second = b.period.label() if by_period else b.who(bot) if b.by_body else b.province
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
