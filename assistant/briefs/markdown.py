"""The brief as Markdown: title, theme, cited headline table, chart, sections, numbered sources.

The chart is a relative image link (``Brief.chart_name``); ``Brief.write_markdown`` writes
the PNG beside the .md file, so the pair can be opened, mailed or converted together. (A
data URI would make the text ~70 KB longer and unreadable in a plain editor.)
"""

from __future__ import annotations

from assistant.briefs.model import SECTION_ORDER, TASKS, Brief, BriefFigure, BriefRow, BriefSource
from assistant.numbers import format_date
from ingest.period_model import Period


def table_header(brief: Brief) -> list[str]:
    """Column titles of the headline table (the comparison columns only when they have data)."""
    columns = ["Chỉ tiêu", _cap(brief.period_label)]
    if brief.previous_period:
        columns += [f"{_cap(_label(brief.previous_period))} (kỳ trước)", "Tăng/giảm"]
    if brief.year_ago_period:
        columns += [f"{_cap(_label(brief.year_ago_period))} (cùng kỳ)", "Tăng/giảm"]
    return columns


def table_cells(brief: Brief, row: BriefRow) -> list[str]:
    cells = [row.label, cell(row.current)]
    if brief.previous_period:
        cells += [cell(row.previous), row.vs_previous or "–"]
    if brief.year_ago_period:
        cells += [cell(row.year_ago), row.vs_year_ago or "–"]
    return cells


def cell(figure: BriefFigure | None) -> str:
    return f"{figure.value} [{figure.n}]" if figure is not None else "–"


def section_heading(brief: Brief, name: str) -> str:
    if name == TASKS and brief.next_period:
        return f"{name} ({_label(brief.next_period)})"
    return name


def grouped_sources(brief: Brief) -> list[tuple[str, str, list[BriefSource]]]:
    """(title, "file, date", sources) per report, reports in order of first citation."""
    groups: dict[str, tuple[str, str, list[BriefSource]]] = {}
    for source in brief.sources:
        if source.source not in groups:
            date = f", {format_date(source.date)}" if source.date else ""
            groups[source.source] = (source.title, f"{source.file_name}{date}", [])
        groups[source.source][2].append(source)
    return list(groups.values())


def render_markdown(brief: Brief) -> str:
    out = [f"# {brief.title}", ""]
    if brief.main_report:
        out += [f"*Báo cáo chính: {brief.main_report}.*", ""]
    if brief.theme:
        out += [brief.theme, ""]
    out += _table(brief)
    if brief.chart_png and brief.chart_name:
        out += [f"![Số liệu các kỳ của {brief.body} {brief.province}]({brief.chart_name})", ""]
    for name in SECTION_ORDER:
        lines = brief.sections.get(name) or []
        if lines:
            out += [f"## {section_heading(brief, name)}", "", *(f"- {line}" for line in lines), ""]
    out += ["## Nguồn", ""]
    for title, where, sources in grouped_sources(brief):
        out += [f"**{title}** — {where}", "", *(f"- [{s.n}] “{s.quote}”" for s in sources), ""]
    if brief.notices:
        out += ["", *(f"> {notice}" for notice in brief.notices)]
    return "\n".join(out).rstrip() + "\n"


def _table(brief: Brief) -> list[str]:
    out = ["## Số liệu chính", ""]
    if not brief.rows:
        return [*out, "Báo cáo không nêu số liệu chính nào mà trợ lý nhận ra.", ""]
    header = table_header(brief)
    out.append("| " + " | ".join(header) + " |")
    out.append("|" + "---|" + "---:|" * (len(header) - 1))
    out += ["| " + " | ".join(table_cells(brief, row)) + " |" for row in brief.rows]
    out.append("")
    out += [f"*{note}*" for note in brief.notes]
    if brief.notes:
        out.append("")
    out += ["*Tăng/giảm và tỷ lệ % do trợ lý tính từ các số liệu được trích dẫn.*", ""]
    return out


def _label(key: str) -> str:
    return Period.parse_key(key).label()


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]
