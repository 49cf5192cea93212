"""The prose sections of a brief written by the language model, then verified like chat answers.

The model gets the headline figures and the brief's numbered sources (the sentences the
extractive brief would quote) and writes three sections under fixed headings
(``prompts/brief.yaml``). Each section goes through ``assistant.citations.verify_answer``:
citations to unknown sources are removed, and a sentence with a figure its cited source does
not hold is dropped. Lines left without a citation are dropped too. A section that ends up
empty keeps its extractive text; a model that fails (``LLMError``) or replies off-format
leaves the whole brief extractive, with a notice.
"""

from __future__ import annotations

import re
from typing import Any

from assistant.briefs.model import LIMITS, RESULTS, TASKS, Brief, BriefSource
from assistant.briefs.select import Selection
from assistant.citations import cited_in, source_fields, verify_answer
from assistant.errors import LLMError
from assistant.numbers import format_period
from assistant.results import Citation

_HEADINGS = {RESULTS: r"ket qua", LIMITS: r"han che|ton tai", TASKS: r"nhiem vu"}
_THINK = re.compile(r"<think>.*?(</think>|$)", re.S | re.I)
_BULLET = re.compile(r"^\s*(?:[-*•+]|\d{1,2}[.)])\s+")
_NOTHING = re.compile(r"bao cao khong neu")


def write_sections(
    model: Any, brief: Brief, sources: list[BriefSource], sel: Selection
) -> tuple[dict[str, list[str]], list[str]]:
    """(section name -> verified lines with [n], notices); empty sections dict on failure."""
    citations = [_citation(s) for s in sources]
    values = {
        "subject": f"{sel.body} {sel.province}".strip(),
        "period": sel.period.label(),
        "facts": [
            {"label": f.label, "value": f.value, "period": format_period(f.period), "n": f.n}
            for f in brief.figures
        ],
        "sources": [{"id": c.n, "attrs": source_fields(c), "text": c.passage} for c in citations],
    }
    try:
        raw = _invoke(model, values)
    except LLMError as exc:
        return {}, [f"Không dùng được mô hình ngôn ngữ ({exc}); phần lời của bản tin được trích nguyên văn."]
    sections = parse_sections(raw)
    if not sections:
        return {}, ["Mô hình ngôn ngữ trả lời sai khuôn dạng; phần lời của bản tin được trích nguyên văn."]
    written: dict[str, list[str]] = {}
    notices: list[str] = []
    for name, text in sections.items():
        result = verify_answer(text, citations)
        notices.extend(result.notices)
        lines = [_BULLET.sub("", line).strip() for line in result.text.splitlines()]
        kept = [line for line in lines if line and cited_in(line)]
        if len(kept) < len([line for line in lines if line]):
            notices.append(f"Đã bỏ các dòng không ghi nguồn trong mục «{name}».")
        if kept:
            written[name] = kept
    return written, notices


def _citation(source: BriefSource) -> Citation:
    return Citation(
        n=source.n,
        source=source.source,
        title=source.title,
        date=source.date,
        passage=source.quote,
        chunk_id=source.chunk_id,
        chunk_text=source.quote,
    )


def _invoke(model: Any, values: dict[str, Any]) -> str:
    import prompts
    from assistant.llm import display_url, model_endpoint, to_llm_error

    messages = prompts.load("brief").messages(**values)
    try:
        reply = model.invoke(messages)
    except Exception as exc:
        base_url, secrets, timeout = model_endpoint(model)
        raise to_llm_error(exc, base_url=base_url, secrets=secrets, timeout=timeout) from None
    content = getattr(reply, "content", reply)
    text = _THINK.sub("", content if isinstance(content, str) else str(content)).strip()
    if not text:
        raise LLMError(
            f"Mô hình ngôn ngữ tại {display_url(model_endpoint(model)[0])} trả về câu trả lời rỗng."
        )
    return text


def parse_sections(raw: str) -> dict[str, str]:
    """Section name -> its text, read from "## <heading>" lines; "Báo cáo không nêu." left out."""
    from ingest.text import fold

    sections: dict[str, list[str]] = {}
    current: str | None = None
    for line in raw.splitlines():
        heading = re.match(r"^\s*#{1,4}\s*(.+?)\s*$", line) or re.match(r"^\s*\*\*(.+?)\*\*\s*:?\s*$", line)
        if heading:
            folded = fold(heading.group(1))
            current = next((n for n, p in _HEADINGS.items() if re.search(p, folded)), None)
            continue
        if current and line.strip() and not _NOTHING.search(fold(line)):
            sections.setdefault(current, []).append(line)
    return {name: "\n".join(lines) for name, lines in sections.items()}
