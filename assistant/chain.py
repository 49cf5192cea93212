"""The LangChain answer chain: numbered sources -> prompt | chat model | text -> checked Answer.

Retrieval happens before (``list[Hit]`` in); quote mode is elsewhere. Every reply goes
through ``assistant.citations.verify_answer``; then only the sources the answer cites are
kept, renumbered 1..m in the order they are first cited, and the markers in the text are
rewritten to match (so "[1]" in the text is always ``citations[0]``). Each kept citation's
``passage`` is narrowed to the source sentences that hold the figures the answer took from
it (the whole chunk when there are none); ``chunk_text`` keeps the whole chunk.

Any failure of the model (connection, timeout, HTTP error after retries, malformed or empty
reply) raises ``LLMError``; callers fall back to quote mode.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import replace
from pathlib import PurePath
from time import perf_counter
from typing import Any

import prompts
from assistant.citations import (
    cited_in,
    focus_passage,
    renumber_citations,
    source_fields,
    verify_answer,
)
from assistant.errors import LLMError
from assistant.llm import display_url, model_endpoint, scrub, to_llm_error
from assistant.results import Answer, Citation
from vectorstore.hits import Hit

log = logging.getLogger(__name__)

HistoryItem = tuple[str, str] | Mapping[str, Any]
_ROLES = {"user": "Người dùng", "human": "Người dùng", "assistant": "Trợ lý", "ai": "Trợ lý"}
_ROLES |= {"bot": "Trợ lý", "Người dùng": "Người dùng", "Trợ lý": "Trợ lý"}
_HISTORY_MESSAGES = 6
_HISTORY_CHARS = 500
_THINK = re.compile(r"<think>.*?(</think>|$)", re.S | re.I)
_LABEL = re.compile(r"^\s*(?:\**\s*)?(?:câu hỏi (?:độc lập|viết lại)|câu hỏi)\s*:\s*", re.I)


def refusal_text() -> str:
    """The exact sentence of a refusal (shared with the answer prompt)."""
    return prompts.load("answer").defaults["refusal"]


def number_sources(hits: Sequence[Hit]) -> list[Citation]:
    """Citations 1..k for the hits, in order; a chunk retrieved twice is numbered once."""
    citations: list[Citation] = []
    seen: set[str] = set()
    for hit in hits:
        key = hit.chunk_id or f"{hit.source}\x00{hit.text}"
        if key in seen:
            continue
        seen.add(key)
        meta = dict(hit.metadata)
        citations.append(
            Citation(
                n=len(citations) + 1,
                source=hit.source,
                title=str(meta.get("title") or PurePath(hit.source).stem),
                date=str(meta.get("date") or ""),
                passage=hit.text,
                chunk_id=hit.chunk_id,
                chunk_text=hit.text,
                metadata={**meta, "score": hit.score},
            )
        )
    return citations


def normalize_history(history: Sequence[HistoryItem] | None) -> list[dict[str, str]]:
    """The last turns as ``{"role": "Người dùng"|"Trợ lý", "text": ...}``, trimmed."""
    turns: list[dict[str, str]] = []
    for item in history or []:
        if isinstance(item, Mapping):
            role, content = str(item.get("role", "")), item.get("content", "")
        else:
            role, content = item
        label = _ROLES.get(role.strip().lower()) or _ROLES.get(role.strip())
        text = re.sub(r"[ \t]*\[\d+\]", "", _content_text(content)).strip()
        if label and text:
            turns.append({"role": label, "text": _trim(text)})
    return turns[-_HISTORY_MESSAGES:]


def _content_text(content: Any) -> str:
    """Text of a message content: a string, or a list of parts (Gradio, OpenAI style)."""
    if isinstance(content, str):
        return content
    if isinstance(content, Sequence):
        parts = [p.get("text", "") if isinstance(p, Mapping) else str(p) for p in content]
        return " ".join(p for p in parts if isinstance(p, str))
    return str(content or "")


def _trim(text: str) -> str:
    return text if len(text) <= _HISTORY_CHARS else text[: _HISTORY_CHARS - 1].rstrip() + "…"


def _answer_values(question: str, citations: list[Citation], history: Any) -> dict[str, Any]:
    sources = [{"id": c.n, "attrs": source_fields(c), "text": c.chunk_text or c.passage} for c in citations]
    return {"question": question, "sources": sources, "history": normalize_history(history)}


def _chain(prompt_name: str, model: Any) -> Any:
    """``prompt | model | text`` as a LangChain runnable."""
    from langchain_core.output_parsers import StrOutputParser
    from langchain_core.runnables import RunnableLambda

    if model is None:
        raise LLMError("Chưa cấu hình mô hình ngôn ngữ (BAOCAO_LLM_MODEL, BAOCAO_LLM_BASE_URL).")
    template = prompts.load(prompt_name)
    render: Any = RunnableLambda(lambda values: template.messages(**values), name=prompt_name)
    return render | model | StrOutputParser()


def _wrap(exc: BaseException, model: Any) -> LLMError:
    if isinstance(exc, LLMError):
        return exc
    base_url, secrets, timeout = model_endpoint(model)
    return to_llm_error(exc, base_url=base_url, secrets=secrets, timeout=timeout)


def _empty_reply(model: Any) -> LLMError:
    url = display_url(model_endpoint(model)[0])
    return LLMError(f"Mô hình ngôn ngữ tại {url} trả về câu trả lời rỗng.")


def answer_with_llm(
    question: str, hits: Sequence[Hit], model: Any, *, history: Sequence[HistoryItem] | None = None
) -> Answer:
    """Answer ``question`` from ``hits`` with the chat model; the text is verified."""
    citations = number_sources(hits)
    if not citations:
        return _refusal(question, [], {})
    start = perf_counter()
    try:
        raw = _chain("answer", model).invoke(_answer_values(question, citations, history))
    except Exception as exc:
        raise _wrap(exc, model) from None
    timings = {"llm": perf_counter() - start}
    return _finish(question, raw, citations, history, timings, model)


def stream_with_llm(
    question: str, hits: Sequence[Hit], model: Any, *, history: Sequence[HistoryItem] | None = None
) -> Iterator[str | Answer]:
    """Yield the reply's text deltas as they arrive, then the verified ``Answer``.

    The deltas are the model's raw words; the final ``Answer.text`` (verified, renumbered)
    is what should stay on screen.
    """
    citations = number_sources(hits)
    if not citations:
        yield _refusal(question, [], {})
        return
    start = perf_counter()
    parts: list[str] = []
    values = _answer_values(question, citations, history)
    try:
        for delta in _without_thinking(_chain("answer", model).stream(values)):
            parts.append(delta)
            yield delta
    except Exception as exc:
        raise _wrap(exc, model) from None
    timings = {"llm": perf_counter() - start}
    yield _finish(question, "".join(parts), citations, history, timings, model)


def _without_thinking(deltas: Iterator[str]) -> Iterator[str]:
    """Pass deltas through, holding back a leading "<think>...</think>" block."""
    buffer = ""
    passing = False
    for delta in deltas:
        if passing:
            if delta:
                yield delta
            continue
        buffer += delta
        stripped = buffer.lstrip()
        if stripped.lower().startswith("<think>") or "<think>".startswith(stripped.lower()):
            if "</think>" not in buffer.lower():
                continue
            buffer = _THINK.sub("", buffer, count=1).lstrip()
        passing = True
        if buffer:
            yield buffer
    if not passing and buffer and not buffer.lstrip().lower().startswith("<think>"):
        yield buffer


def _finish(
    question: str,
    raw: str,
    citations: list[Citation],
    history: Any,
    timings: dict[str, float],
    model: Any,
) -> Answer:
    raw = _THINK.sub("", raw).strip()
    if not raw:
        raise _empty_reply(model)
    start = perf_counter()
    asked = " ".join([question, *(t["text"] for t in normalize_history(history) if _is_user(t))])
    result = verify_answer(raw, citations, asked)
    timings["verify"] = perf_counter() - start
    log.info(
        "LLM answer: %.2fs, %d sources, cited %s, %d sentences removed",
        timings["llm"],
        len(citations),
        result.cited,
        len(result.removed_sentences),
    )
    if not result.text or is_refusal(result.text):
        notices = list(result.notices)
        if not result.text:
            notices.append("Mọi câu trong trả lời của mô hình đều bị loại vì số liệu không khớp.")
        return _refusal(question, notices, timings)
    focused = [replace(c, passage=focus_passage(c, result.cited_numbers.get(c.n, []))) for c in citations]
    text, cited = renumber_citations(result.text, focused)
    if not cited:
        result.notices.append("Câu trả lời không ghi nguồn [n]; hãy đối chiếu với các nguồn dưới đây.")
        cited = focused
    return Answer(
        text=text,
        citations=cited,
        mode="llm",
        notices=result.notices,
        timings=timings,
        question=question,
    )


def _is_user(turn: Mapping[str, str]) -> bool:
    return turn["role"] == "Người dùng"


def _words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def is_refusal(text: str) -> bool:
    """True when ``text`` holds the refusal sentence and cites no source."""
    return _words(refusal_text()) in _words(text) and not cited_in(text)


def _refusal(question: str, notices: list[str], timings: dict[str, float]) -> Answer:
    return Answer(
        text=refusal_text(),
        mode="llm",
        refused=True,
        notices=notices,
        timings=timings,
        question=question,
    )


def condense_question(question: str, history: Sequence[HistoryItem] | None, model: Any) -> str:
    """Rewrite a follow-up into one standalone question; unchanged (no call) without history."""
    turns = normalize_history(history)
    if not turns:
        return question
    try:
        raw = _chain("condense", model).invoke({"question": question, "history": turns})
    except Exception as exc:
        raise _wrap(exc, model) from None
    return _clean_condensed(raw, question, model_endpoint(model)[1])


def _clean_condensed(raw: str, question: str, secrets: Sequence[str] = ()) -> str:
    """The first line of the reply without labels or quotes; the question if it looks wrong."""
    lines = [line for line in _THINK.sub("", raw).splitlines() if line.strip()]
    text = _LABEL.sub("", lines[0]).strip().strip("*\"'“”«» ") if lines else ""
    if not text or len(text) > max(300, 3 * len(question)) or cited_in(text):
        # The reply is the model's: it may echo the key.
        log.info("Condensed question rejected, keeping the original: %r", scrub(raw[:200], secrets))
        return question
    return text
