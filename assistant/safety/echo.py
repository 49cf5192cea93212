"""Sentences that repeat the system prompt (see ``assistant.safety``)."""

from __future__ import annotations

import functools
import re

from assistant.safety.text import Cleaned

_ECHO_WORDS = 8


def _words(text: str) -> list[str]:
    from ingest.text import fold

    return re.findall(r"\w+", fold(text))


def ngrams(text: str, n: int = _ECHO_WORDS) -> set[tuple[str, ...]]:
    """The runs of ``n`` consecutive (folded) words of ``text``."""
    words = _words(text)
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


@functools.cache
def prompt_ngrams() -> frozenset[tuple[str, ...]]:
    """Word runs of the system prompts' rules (examples, quotes and template fields left out)."""
    import prompts

    grams: set[tuple[str, ...]] = set()
    for name in prompts.available():
        text = re.sub(r"\{\{.*?\}\}|\{%.*?%\}", " ", prompts.load(name).system)
        text = re.split(r"(?m)^\s*Ví dụ\b", text)[0]
        text = re.sub(r"\([^()]*\)|\"[^\"]*\"|“[^”]*”", " ", text)
        grams |= ngrams(text)
    return frozenset(grams)


def echoes_prompt(text: str, allowed: set[tuple[str, ...]]) -> bool:
    """True when ``text`` repeats a run of the system prompt that ``allowed`` does not hold."""
    return bool((ngrams(text) & prompt_ngrams()) - allowed)


def drop_prompt_echoes(text: str, allowed: set[tuple[str, ...]]) -> Cleaned:
    """``text`` without the sentences that repeat the system prompt."""
    from assistant.citations import split_sentences

    if not echoes_prompt(text, allowed):
        return Cleaned(text)
    lines = []
    for line in text.split("\n"):
        if echoes_prompt(line, allowed):
            kept = [s for s in split_sentences(line) if not echoes_prompt(s, allowed)]
            line = " ".join(s for s in kept if re.search(r"[^\W\d_]", s))  # no bare "2." left
        lines.append(line)
    return Cleaned(re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip(), {"prompt"})
