"""Assemble a brief: select the reports, build the table, write the sections, draw, render.

Without a language model (or with ``with_llm=False``) every section is extractive: cited
sentences of the report, unchanged. With one, the prose sections are written by the model
from the figures and those same cited sentences, then checked by
``assistant.citations.verify_answer`` like a chat answer; a failure falls back to the
extractive text with a notice. The table, the comparisons and every difference or
percentage are computed here, never by the model.
"""

from __future__ import annotations

from time import perf_counter
from typing import Any

from assistant.briefs.model import COMPARE, LIMITS, RESULTS, TASKS, Brief
from assistant.briefs.select import Selection, select
from assistant.briefs.sources import SourceList, renumber
from assistant.briefs.table import Comparison, build_rows, choose_periods
from assistant.facts.model import Fact
from assistant.facts.store import query_facts, refresh_facts
from assistant.facts.tables import is_table_quote

MAX_RESULTS, MAX_LIMITS, MAX_TASKS, MAX_COMPARE = 4, 3, 5, 4


def make_brief(
    bot: Any,
    *,
    province: str | None = None,
    body: str | None = None,
    period: str,
    with_llm: bool | None = None,
    chart: bool = True,
) -> Brief:
    """A one-page brief on one body and period (``Brief.markdown``, ``.figures``, ``.docx_bytes()``)."""
    started = perf_counter()
    catalog = bot.catalog
    refresh_facts(catalog)
    sel = select(catalog, province, body, period)
    sources = SourceList()
    comp = choose_periods(catalog, sel)
    brief = _skeleton(sel, comp)
    brief.rows = build_rows(catalog, sel, comp, sources.cite)
    brief.figures = [f for r in brief.rows for f in (r.current, r.previous, r.year_ago) if f is not None]
    brief.theme = _theme(catalog, sel, sources)
    brief.sections = extractive_sections(catalog, sel, sources)
    brief.next_period = _next_period(catalog, sel)
    brief.sections[COMPARE] = comparison_lines(brief, comp)
    brief.sources = sources.items
    renumber(brief)  # the numbering the reader (and the model) sees
    if with_llm is not False:
        _with_llm(bot, brief, sel)
        renumber(brief)
    if chart:
        _chart(catalog, sel, brief)
    from assistant.briefs.markdown import render_markdown

    brief.markdown = render_markdown(brief)
    brief.timings["total"] = perf_counter() - started
    return brief


def _skeleton(sel: Selection, comp: Comparison) -> Brief:
    from assistant.numbers import format_date
    from ingest.text import fold

    slug = "-".join(fold(sel.province).split())
    main = sel.reports[0]
    name = main.source.replace("\\", "/").rsplit("/", 1)[-1]
    date = f", {format_date(main.date)}" if main.date else ""
    return Brief(
        main_report=f"{main.title} ({name}{date})",
        province=sel.province,
        body=sel.body,
        body_key=sel.body_key,
        period=sel.period.key,
        period_label=sel.period.label(),
        title=f"Bản tin nhanh: {sel.body} {sel.province} – {sel.period.label()}".replace("  ", " "),
        previous_period=comp.previous.key if comp.previous else "",
        year_ago_period=comp.year_ago.key if comp.year_ago else "",
        notes=list(comp.notes),
        chart_name=f"ban-tin-{slug}-{sel.body_key}-{sel.period.key}.png".lower(),
    )


def _next_period(catalog: Any, sel: Selection) -> str:
    tasks = _own_facts(catalog, sel, ["nhiem_vu"])
    return tasks[0].period if tasks else sel.period.next().key


def _own_facts(catalog: Any, sel: Selection, metrics: list[str]) -> list[Fact]:
    """Facts of the reports on the selected period, in document order (main report first)."""
    facts: list[Fact] = []
    for report in sel.reports:
        facts.extend(query_facts(catalog, metrics=metrics, doc_id=report.doc_id, segment=None))
    return facts


def _theme(catalog: Any, sel: Selection, sources: SourceList) -> str:
    year = str(sel.period.year)
    facts = [f for f in _own_facts(catalog, sel, ["chu_de_nam"]) if f.period == year]
    if not facts:
        facts = query_facts(
            catalog, metrics=["chu_de_nam"], periods=[year], province=sel.province, body_key=sel.body_key
        )
    if not facts:
        return ""
    return f"Chủ đề công tác năm {year}: “{facts[0].value}” [{sources.cite(facts[0])}]"


def extractive_sections(catalog: Any, sel: Selection, sources: SourceList) -> dict[str, list[str]]:
    """Results, limitations and tasks as cited sentences of the report itself."""
    from assistant.facts.metrics import HEADLINE

    headline = [m.key for m in HEADLINE]
    results: list[str] = []
    seen: set[str] = set()
    for fact in _own_facts(catalog, sel, headline):
        if fact.period != sel.period.key or is_table_quote(fact.quote) or fact.quote in seen:
            continue
        seen.add(fact.quote)
        results.append(f"{fact.quote} [{sources.cite(fact)}]")
    limits = [f"{f.value} [{sources.cite(f)}]" for f in _own_facts(catalog, sel, ["han_che"])]
    tasks = [f"{f.value} [{sources.cite(f)}]" for f in _own_facts(catalog, sel, ["nhiem_vu"])]
    return {
        RESULTS: results[:MAX_RESULTS],
        LIMITS: _unique(limits)[:MAX_LIMITS],
        TASKS: _unique(tasks)[:MAX_TASKS],
    }


def _unique(lines: list[str]) -> list[str]:
    return list(dict.fromkeys(lines))


def comparison_lines(brief: Brief, comp: Comparison) -> list[str]:
    """Sentences stating the computed changes, each figure cited: "..., tăng 53 (+0,8%) so với ..."."""
    lines = []
    for row in brief.rows:
        if row.measure != "value":
            continue
        parts = []
        for old, text, period in (
            (row.previous, row.vs_previous, comp.previous),
            (row.year_ago, row.vs_year_ago, comp.year_ago),
        ):
            if old is not None and text and period is not None:
                parts.append(f"{_verb(text)} so với {period.label()} ({old.value} [{old.n}])")
        if parts:
            lines.append(f"{row.label}: {row.current.value} [{row.current.n}], {'; '.join(parts)}.")
    return lines[:MAX_COMPARE]


def _verb(change_text: str) -> str:
    if change_text == "0":
        return "không đổi"
    sign, rest = change_text[0], change_text[1:]
    return f"tăng {rest}" if sign == "+" else f"giảm {rest}" if sign == "-" else change_text


def _with_llm(bot: Any, brief: Brief, sel: Selection) -> None:
    from assistant.briefs.llm import write_sections
    from assistant.llm import make_chat_model
    from assistant.safety import sanitize_sections

    model = make_chat_model(bot.settings)
    if model is None:
        return
    started = perf_counter()
    written, notices = write_sections(model, brief, brief.sources, sel)
    written, notices = sanitize_sections(written, notices, bot.settings, brief.sources)
    brief.timings["llm"] = perf_counter() - started
    brief.notices.extend(notices)
    if written:
        brief.sections.update(written)
        brief.mode = "llm"


def _chart(catalog: Any, sel: Selection, brief: Brief) -> None:
    from assistant.briefs.chart import brief_chart

    started = perf_counter()
    brief.chart_png = brief_chart(catalog, sel)
    if brief.chart_png is None:
        brief.chart_name = ""
    brief.timings["chart"] = perf_counter() - started
