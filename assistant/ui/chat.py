"""Chat logic: streaming answers, the conversation state, and what the chat shows.

The conversation lives in a list of turns ``{"question": str, "answer": dict}`` (the answer as
``Answer.to_dict()``); the chat messages are rebuilt from it as safe HTML on every update, so
nothing a browser sends back as "history" is ever trusted or re-rendered.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Mapping, Sequence
from pathlib import PurePath
from typing import Any

from assistant.errors import BaocaoError
from assistant.results import Answer
from assistant.ui.render import escape, link_citations, markdown_html, strip_markup

log = logging.getLogger(__name__)

Turn = dict[str, Any]
QUOTE_MODE = "Chế độ trích dẫn (không dùng mô hình ngôn ngữ)"
MAX_QUESTION_CHARS = 2000
_ERROR_TEXT = "Xin lỗi, đã xảy ra lỗi khi trả lời câu hỏi này."


def answer_mode_label(answer: Mapping[str, Any], model_name: str) -> str:
    """How an answer was produced, in Vietnamese."""
    if answer.get("mode") == "llm":
        return f"Mô hình ngôn ngữ: {model_name}" if model_name else "Mô hình ngôn ngữ"
    return QUOTE_MODE


def user_html(question: str) -> str:
    return f'<div class="question">{escape(question)}</div>'


def answer_html(
    answer: Mapping[str, Any], turn: int, model_name: str = "", extra_notes: Sequence[str] = ()
) -> str:
    """The answer as safe HTML, its citations linked to the source cards of ``turn``."""
    numbers = [int(c.get("n") or 0) for c in answer.get("citations") or []]
    body = link_citations(markdown_html(str(answer.get("text") or "")), numbers, turn)
    notes = [answer_mode_label(answer, model_name), *extra_notes]
    notes += [str(n) for n in answer.get("notices") or []]
    meta = "".join(f"<li>{escape(strip_markup(n))}</li>" for n in notes if n)
    return f'<div class="answer">{body}</div><ul class="answer-meta">{meta}</ul>'


def pending_html(partial: str) -> str:
    """A streaming answer so far (no citation links until the checked answer arrives)."""
    body = markdown_html(partial) if partial.strip() else ""
    return f'<div class="answer streaming">{body}<span class="typing">Đang trả lời…</span></div>'


def chat_messages(turns: Sequence[Turn], model_name: str = "", pending: str | None = None) -> list[dict]:
    """Chatbot messages for the turns; ``pending`` is the partial text of the last answer."""
    messages: list[dict] = []
    for i, turn in enumerate(turns):
        messages.append({"role": "user", "content": user_html(str(turn.get("question", "")))})
        answer = turn.get("answer")
        if answer is not None:
            html = turn.get("html") or answer_html(answer, i, model_name)
            messages.append({"role": "assistant", "content": html})
        elif pending is not None:
            messages.append({"role": "assistant", "content": pending_html(pending)})
    return messages


def history_from(turns: Sequence[Turn]) -> list[dict[str, str]]:
    """The conversation so far as role/content pairs with the answers' plain text."""
    history: list[dict[str, str]] = []
    for turn in turns:
        answer = turn.get("answer") or {}
        if not answer.get("text"):
            continue
        history.append({"role": "user", "content": str(turn.get("question", ""))})
        history.append({"role": "assistant", "content": str(answer["text"])})
    return history


def copy_text(answer: Mapping[str, Any] | None) -> str:
    """Plain text of an answer and its sources, for the clipboard."""
    if not answer:
        return ""
    lines = [strip_markup(str(answer.get("text") or "")).strip()]
    citations = answer.get("citations") or []
    if citations:
        lines.append("\nNguồn:")
    for c in citations:
        name = PurePath(str(c.get("source") or "")).name
        date = f", {c['date']}" if c.get("date") else ""
        lines.append(f"[{c.get('n')}] {strip_markup(str(c.get('title') or ''))} ({name}{date})")
    return "\n".join(lines)


def error_answer(question: str, exc: BaseException) -> dict[str, Any]:
    """An answer-shaped dict for a failure; only BaocaoError messages reach the user."""
    if isinstance(exc, BaocaoError):
        text = f"{_ERROR_TEXT} {exc}"
    else:
        log.exception("answering failed")
        text = f"{_ERROR_TEXT} Chi tiết đã được ghi vào nhật ký máy chủ."
    return Answer(text=text, refused=True, question=question).to_dict()


def stream_answer(
    bot: Any, question: str, turns: Sequence[Turn], filters: dict[str, Any] | None
) -> Iterator[tuple[str, dict[str, Any] | None]]:
    """Yield ``(partial_text, None)`` while streaming, then ``(text, final_answer_dict)``."""
    partial = ""
    try:
        for item in bot.ask_stream(question, history=history_from(turns), filters=filters):
            if isinstance(item, str):
                partial += item
                yield partial, None
            else:
                final = item.to_dict() if hasattr(item, "to_dict") else dict(item)
                yield str(final.get("text") or ""), final
                return
    except Exception as exc:  # shown in the chat instead of breaking the session
        answer = error_answer(question, exc)
        yield answer["text"], answer
        return
    answer = error_answer(question, BaocaoError("Không nhận được câu trả lời hoàn chỉnh."))
    yield answer["text"], answer


def answer_payload(answer: Mapping[str, Any], model_name: str = "") -> dict[str, Any]:
    """What the ``/ask`` endpoint returns: plain text without markup, safe HTML, citations."""
    citations = [
        {
            "n": c.get("n"),
            "title": strip_markup(str(c.get("title") or "")),
            "source": str(c.get("source") or ""),
            "date": str(c.get("date") or ""),
            "province": strip_markup(str((c.get("metadata") or {}).get("province") or "")),
            "body": strip_markup(str((c.get("metadata") or {}).get("body") or "")),
            "periods": list((c.get("metadata") or {}).get("periods") or []),
            "section": strip_markup(str((c.get("metadata") or {}).get("section") or "")),
            "passage": strip_markup(str(c.get("passage") or "")),
            "chunk_text": strip_markup(str(c.get("chunk_text") or "")),
        }
        for c in answer.get("citations") or []
    ]
    return {
        "question": str(answer.get("question") or ""),
        "text": strip_markup(str(answer.get("text") or "")),
        "html": answer_html(answer, 0, model_name),
        "mode": answer.get("mode", "quote"),
        "mode_label": answer_mode_label(answer, model_name),
        "refused": bool(answer.get("refused")),
        "notices": [strip_markup(str(n)) for n in answer.get("notices") or []],
        "citations": citations,
    }
