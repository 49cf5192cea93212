"""The sources panel: one card per citation, the quoted passage highlighted in its chunk.

Cards carry the id ``nguon-<turn>-<n>`` that the citation links of answer ``turn`` point to;
the page script opens and scrolls to the card when a citation is clicked.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import PurePath
from typing import Any

from assistant.numbers import format_date, format_period
from assistant.ui.render import escape, highlight, strip_markup

EMPTY_PANEL = (
    '<div class="src-empty">Nguồn trích dẫn sẽ hiện ở đây. '
    "Bấm vào số trích dẫn [n] trong câu trả lời để mở đoạn văn gốc.</div>"
)


def periods_text(metadata: Mapping[str, Any]) -> str:
    """The reporting periods of a document in Vietnamese ("quý I/2024, năm 2024")."""
    periods = metadata.get("periods") or []
    if isinstance(periods, str):
        periods = [p for p in periods.replace(";", ",").split(",") if p.strip()]
    return ", ".join(format_period(str(p)) for p in periods)


def citation_facts(citation: Mapping[str, Any]) -> list[tuple[str, str]]:
    """(label, value) pairs describing where a citation comes from; empty values dropped."""
    meta = citation.get("metadata") or {}
    page = meta.get("page")
    pairs = [
        ("Cơ quan", str(meta.get("body") or "")),
        ("Tỉnh/thành", str(meta.get("province") or "")),
        ("Kỳ báo cáo", periods_text(meta)),
        ("Ngày", format_date(str(citation.get("date") or meta.get("date") or ""))),
        ("Số hiệu", str(meta.get("doc_number") or "")),
        ("Mục", str(meta.get("section") or "")),
        ("Trang", str(page) if page not in (None, "") else ""),
        ("Tệp", PurePath(str(citation.get("source") or "")).name),
    ]
    title = str(citation.get("title") or "").strip()
    return [
        (label, strip_markup(value).strip())
        for label, value in pairs
        if value and value.strip() and not (label == "Mục" and value.strip() == title)
    ]


def source_card(citation: Mapping[str, Any], turn: int, open_: bool = False) -> str:
    """One collapsible card for citation ``n`` of answer ``turn``."""
    n = int(citation.get("n") or 0)
    title = strip_markup(str(citation.get("title") or "")) or "(không có tiêu đề)"
    facts = citation_facts(citation)
    brief = " · ".join(v for k, v in facts if k in ("Tỉnh/thành", "Kỳ báo cáo", "Ngày"))
    rows = "".join(f"<dt>{escape(k)}</dt><dd>{escape(v)}</dd>" for k, v in facts)
    chunk = str(citation.get("chunk_text") or citation.get("passage") or "")
    quoted = highlight(chunk, str(citation.get("passage") or ""))
    return (
        f'<details class="src-card" id="nguon-{turn}-{n}"{" open" if open_ else ""}>'
        f'<summary><span class="src-n">[{n}]</span> <span class="src-title">{escape(title)}</span>'
        f'<span class="src-brief">{escape(brief)}</span></summary>'
        f'<dl class="src-meta">{rows}</dl>'
        f'<div class="src-chunk">{quoted}</div></details>'
    )


def turn_block(turn: int, question: str, citations: Sequence[Mapping[str, Any]], latest: bool) -> str:
    """The cards of one answer, under its question; older answers start collapsed."""
    cards = "".join(source_card(c, turn) for c in citations)
    if not cards:
        cards = '<div class="src-none">Câu trả lời này không có nguồn trích dẫn.</div>'
    label = escape(strip_markup(question))
    return (
        f'<details class="src-turn" id="luot-{turn}"{" open" if latest else ""}>'
        f"<summary>Câu hỏi {turn + 1}: {label}</summary>{cards}</details>"
    )


def sources_panel(turns: Sequence[Mapping[str, Any]]) -> str:
    """The whole panel for a conversation: the latest answer's sources first."""
    blocks = [
        turn_block(
            i, str(t.get("question", "")), (t.get("answer") or {}).get("citations") or [], i == len(turns) - 1
        )
        for i, t in enumerate(turns)
    ]
    if not blocks:
        return EMPTY_PANEL
    return '<div class="src-panel">' + "".join(reversed(blocks)) + "</div>"
