"""Output safety: what leaves the assistant is inert text that holds no secret.

Documents are untrusted, and so is a language model that has read them: a report may carry
instructions, markup or remote addresses, and a model may obey them. The prompt keeps
sources delimited as data (``prompts``); this module is the second line, applied to every
``Answer`` (both modes, by ``assistant.answering``), to streamed deltas (secrets only) and to
the sections a model writes for a brief:

* markup is made inert: HTML tags go (script/style blocks with their content), markdown
  images and links keep only their label ("[n]" citation markers stay), link reference
  definitions and control characters (terminal escapes, bidi overrides) go;
* a plain URL stays, as text (the UI never turns it into a link), only when a source holds
  it; one the model made up is dropped, since an address is how a compromised model would
  send data out ("http://x.example/?k=<secret>");
* the configured secrets (API key, UI password) and anything shaped like a key are masked;
* a sentence that repeats the system prompt (8 words in a row of its rules, not found in
  the sources or the question) is dropped.

Every function is idempotent: sanitising twice changes nothing the second time.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any

from assistant.results import Answer, Citation
from assistant.safety.echo import drop_prompt_echoes, echoes_prompt, ngrams, prompt_ngrams
from assistant.safety.text import (
    MASK,
    MIN_SECRET,
    Cleaned,
    StreamGuard,
    clean_text,
    drop_foreign_urls,
    mask_secrets,
    strip_unsafe_markup,
)

__all__ = [
    "MASK",
    "Cleaned",
    "StreamGuard",
    "clean_text",
    "drop_foreign_urls",
    "drop_prompt_echoes",
    "echoes_prompt",
    "mask_secrets",
    "ngrams",
    "prompt_ngrams",
    "removal_notice",
    "renumbered",
    "sanitize_answer",
    "sanitize_citation",
    "sanitize_notice",
    "sanitize_sections",
    "sanitized",
    "settings_secrets",
    "strip_unsafe_markup",
    "usable",
]

_REMOVED = {
    "image": "hình ảnh",
    "link": "liên kết ra ngoài",
    "html": "mã HTML",
    "secret": "thông tin bí mật (khóa, mật khẩu)",
    "prompt": "nội dung lời nhắc hệ thống",
    "control": "ký tự điều khiển",
}


def removal_notice(kinds: Iterable[str], where: str = "câu trả lời") -> str:
    """The Vietnamese notice listing what was removed (from an answer, or ``where``)."""
    names = [label for key, label in _REMOVED.items() if key in set(kinds)]
    return f"Đã loại khỏi {where} nội dung không an toàn: " + ", ".join(names) + "."


def settings_secrets(settings: Any) -> list[str]:
    """The secrets of ``settings`` (API key, UI password) as plain strings; empty ones left out."""
    out = []
    for name in ("llm_api_key", "ui_password"):
        value = getattr(settings, name, "")
        reveal = getattr(value, "reveal", None)
        text = reveal() if callable(reveal) else str(value or "")
        if text and len(text) >= MIN_SECRET:
            out.append(text)
    return out


def source_texts(citations: Sequence[Citation]) -> list[str]:
    """The texts of the sources an answer may quote from."""
    return [t for c in citations for t in (c.chunk_text, c.passage, c.title) if t]


def sanitize_answer(answer: Answer, secrets: Sequence[str] = (), question: str = "") -> Answer:
    """A copy of ``answer`` whose text, notices, citations and questions are inert and secret-free.

    A notice says what was removed from the text. Sources keep their plain URLs; the answer
    text keeps only those a source holds.
    """
    return sanitized(answer, secrets, question)[0]


def sanitized(answer: Answer, secrets: Sequence[str] = (), question: str = "") -> tuple[Answer, set[str]]:
    """``sanitize_answer`` and the kinds of content removed from the text."""
    sources = source_texts(answer.citations)
    cleaned = clean_text(answer.text, secrets, sources)
    allowed: set[tuple[str, ...]] = set()
    if any(ngrams(t) & prompt_ngrams() for t in [cleaned.text, *answer.notices]):  # rare: then look
        allowed = set().union(*(ngrams(s) for s in [*sources, question, answer.question]))
    echo = drop_prompt_echoes(cleaned.text, allowed)
    removed = cleaned.removed | echo.removed
    notices = [sanitize_notice(n, secrets, allowed) for n in answer.notices]
    if removed:
        notices.append(removal_notice(removed))
    safe = replace(
        answer,
        text=echo.text,
        citations=[sanitize_citation(c, secrets) for c in answer.citations],
        notices=list(dict.fromkeys(notices)),
        question=mask_secrets(answer.question, secrets).text,
        standalone_question=clean_text(answer.standalone_question, secrets).text,
    )
    return safe, removed


def usable(answer: Answer, removed: set[str]) -> bool:
    """Whether a model's answer is still an answer after sanitising: it has words, and when it
    repeated the system prompt, what is left cites a source."""
    from assistant.citations import cited_in

    if not re.search(r"\w", re.sub(r"\[\d+\]", "", answer.text)):
        return False
    return "prompt" not in removed or bool(cited_in(answer.text))


def renumbered(answer: Answer) -> Answer:
    """After sentences were removed: only the cited sources kept, numbered 1..m again."""
    from assistant.citations import cited_in, renumber_citations

    if not cited_in(answer.text):
        return answer
    text, cited = renumber_citations(answer.text, answer.citations)
    return replace(answer, text=text, citations=cited) if cited else answer


def sanitize_citation(citation: Citation, secrets: Sequence[str] = ()) -> Citation:
    """A citation whose shown texts are inert and secret-free (its plain URLs kept)."""
    return replace(
        citation,
        title=clean_text(citation.title, secrets).text,
        passage=clean_text(citation.passage, secrets).text,
        chunk_text=clean_text(citation.chunk_text, secrets).text,
    )


def sanitize_notice(
    notice: str, secrets: Sequence[str] = (), allowed: set[tuple[str, ...]] | None = None
) -> str:
    """A notice without markup or secrets; one quoting the system prompt is replaced.

    Plain URLs stay (as text): notices name the model's endpoint."""
    text = clean_text(notice, secrets).text
    if echoes_prompt(text, allowed or set()):
        return "Đã bỏ một câu của mô hình lặp lại lời nhắc hệ thống."
    return text


def sanitize_sections(
    sections: dict[str, list[str]], notices: list[str], settings: Any, sources: Sequence[Any]
) -> tuple[dict[str, list[str]], list[str]]:
    """The lines a model wrote for a brief, and its notices, made inert and secret-free."""
    secrets = settings_secrets(settings)
    texts = [str(getattr(s, "quote", "")) for s in sources]
    allowed = set().union(*(ngrams(t) for t in texts))
    out: dict[str, list[str]] = {}
    removed: set[str] = set()
    for name, lines in sections.items():
        kept = []
        for line in lines:
            cleaned = clean_text(line, secrets, texts)
            echo = drop_prompt_echoes(cleaned.text, allowed)
            removed |= cleaned.removed | echo.removed
            if echo.text.strip():
                kept.append(echo.text)
        if kept:
            out[name] = kept
    notes = [sanitize_notice(n, secrets, allowed) for n in notices]
    return out, notes + ([removal_notice(removed, "bản tin")] if removed else [])
