"""Rankings from the stored facts: every report of a period ("Tỉnh nào kết nạp nhiều nhất quý
I/2022?"), or the quarters (months) of one body's longer period ("Năm 2022 quý nào ...?")."""

from __future__ import annotations

from typing import Any

from assistant import comparison_shares as shares
from assistant.comparison_cite import Citer
from assistant.comparison_sides import Side, cap, missing, place
from assistant.facts.metrics import metric as metric_info
from assistant.facts.model import Fact
from assistant.facts.select import reports_mention, side_facts, sub_period_facts
from assistant.results import Answer
from ingest.period_model import Period


def ranking(
    question: str, key: str, period_key: str, body_keys: list[str], bot: Any, *, fewest: bool
) -> Answer | None:
    """Every body's figure for one period, most (fewest) first; None when a report may state it."""
    period = Period.parse_key(period_key)
    side = Side(period, "", body_keys)
    facts = [f for f in side_facts(bot.catalog, key, period, "", body_keys) if f.number is not None]
    label = metric_info(key).label.lower()
    if not facts:
        if reports_mention(bot.catalog, period, "", body_keys):
            return None
        return Answer(text=missing(bot, side), mode="quote", question=question)
    if shares.asks_rate(question):
        return _rate_ranking(question, key, period, facts, bot, fewest=fewest)
    facts.sort(key=lambda f: (f.number, f.province), reverse=not fewest)
    cite = Citer(bot)
    top = facts[0]
    word = "ít nhất" if fewest else "nhiều nhất"
    lines = [
        f"{cap(label)} {word} trong các báo cáo {period.label()} đã nạp: {top.body} {top.province}, "
        f"{top.display()} [{cite(top)}]."
    ]
    lines += [f"{i}. {f.body} {f.province}: {f.display()} [{cite(f)}]" for i, f in enumerate(facts, 1)]
    if len(facts) == 1:
        lines.append("Chỉ có một báo cáo kỳ này nêu số liệu này, nên chưa so sánh được.")
    return Answer(text="\n".join(lines), citations=cite.citations, mode="quote", question=question)


def _rate_ranking(
    question: str, key: str, period: Period, facts: list[Fact], bot: Any, *, fewest: bool
) -> Answer | None:
    """ "Tỷ lệ ... cao nhất": ranked by the percentage each figure was stated with; the figures
    stated without one are listed after, as they are. None when no figure has one."""
    pairs = [(f, shares.share_of(bot.catalog, f)) for f in facts]
    rated = [(f, s) for f, s in pairs if s is not None and s.number is not None]
    if not rated or len({s.measure for _, s in rated}) > 1:
        return None
    rated.sort(key=lambda pair: (pair[1].number, pair[0].province), reverse=not fewest)
    cite = Citer(bot)
    top, top_share = rated[0]
    word = "thấp nhất" if fewest else "cao nhất"
    lines = [
        f"Tỷ lệ {metric_info(key).label.lower()} {word} trong các báo cáo {period.label()} đã nạp: "
        f"{top.body} {top.province}, {shares.share_text(top_share)} [{cite(top)}]."
    ]
    for i, (fact, share) in enumerate(rated, 1):
        lines.append(
            f"{i}. {fact.body} {fact.province}: {fact.display()}, {shares.share_text(share)} [{cite(fact)}]"
        )
    for fact in (f for f, s in pairs if s is None):
        lines.append(
            f"- {fact.body} {fact.province}: {fact.display()}, câu báo cáo không kèm tỷ lệ [{cite(fact)}]"
        )
    if len(rated) == 1:
        lines.append("Chỉ có một báo cáo kỳ này nêu tỷ lệ này, nên chưa so sánh được.")
    return Answer(text="\n".join(lines), citations=cite.citations, mode="quote", question=question)


def period_ranking(
    question: str,
    key: str,
    where: tuple[str, str, list[str]],
    bot: Any,
    unit: tuple[str, str],
    *,
    fewest: bool,
) -> Answer | None:
    """ "Năm 2022 quý nào kết nạp nhiều nhất?": the quarters of one body's year (a table of its
    year report, or its quarter reports), ranked; None unless one body has two or more."""
    period_key, province, body_keys = where
    within = Period.parse_key(period_key)
    groups = sub_period_facts(bot.catalog, key, within, unit[0], province, body_keys)
    groups = {b: [f for f in fs if f.number is not None] for b, fs in groups.items()}
    groups = {b: fs for b, fs in groups.items() if len(fs) >= 2}
    if len(groups) != 1:
        return None
    facts = next(iter(groups.values()))
    best = (min if fewest else max)(f.number for f in facts if f.number is not None)
    tops = [f for f in facts if f.number == best]
    cite = Citer(bot)
    label = metric_info(key).label
    word = "ít nhất" if fewest else "nhiều nhất"
    which = ", ".join(cap(Period.parse_key(f.period).label()) for f in tops)
    lines = [
        f"{label} theo {unit[1]} {within.label()} của {place(facts[0].body, facts[0].province)}: "
        f"{word} là {which} ({tops[0].display()}) [{cite(tops[0])}]."
    ]
    lines += [f"- {cap(Period.parse_key(f.period).label())}: {f.display()} [{cite(f)}]" for f in facts]
    return Answer(text="\n".join(lines), citations=cite.citations, mode="quote", question=question)
