"""Chunks that state a figure of what a number question asks about.

A question asking how many ("bao nhiêu", "nơi nào kết nạp nhiều đảng viên hơn") is answered
by a sentence with a figure beside the words it asks about ("kết nạp 17 đảng viên"). Among
the best candidates, the chunks where no figure stands near a content word of the question
(a heading full of names and dates, a shortcoming that uses the same words without a count)
weigh ``FIGURE_MISS``. Only the best ``depth`` rows are read: the work stays small.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache

import numpy as np

from vectorstore.ranking import top_rows
from vectorstore.tokens import fold_token

FIGURE_MISS = 0.85
FIGURE_DEPTH = 8  # the candidates read: enough for the top results, little work
FIGURE_REACH = 3  # a figure at most this many words before or after a content word
_TOKEN = re.compile(r"\w+")
_WINDOW = 60  # characters read on each side of a word for its ``reach`` neighbours
_FIGURE = re.compile(r"\d")


def content_words(tokens: list[str], weights: list[float]) -> frozenset[tuple[str, ...]]:
    """The words of full weight among the lexical query tokens, as folded syllables: only
    words of two syllables or more ("kết_nạp", "đảng_viên"), since one syllable ("đảng") is
    everywhere in the genre; names of provinces, bodies and periods weigh less and are left out."""
    return frozenset(
        tuple(fold_token(part) for part in t.split("_"))
        for t, w in zip(tokens, weights, strict=True)
        if w >= 1.0 and "_" in t
    )


def states_figure(text: str, words: frozenset[tuple[str, ...]], reach: int = FIGURE_REACH) -> bool:
    """True when a figure stands within ``reach`` words of one of ``words`` in ``text``."""
    if not words or _FIGURE.search(text) is None:
        return False
    folded = _ascii(text)
    for match in _pattern(words).finditer(folded):
        before = _TOKEN.findall(folded[max(0, match.start() - _WINDOW) : match.start()])[-reach:]
        after = _TOKEN.findall(folded[match.end() : match.end() + _WINDOW])[:reach]
        if any(t[0].isdigit() for t in before + after):
            return True
    return False


def _ascii(text: str) -> str:
    """Lowercase ``text`` without diacritics (other non-ASCII signs go too): fast, in C."""
    return unicodedata.normalize("NFD", text.lower().replace("đ", "d")).encode("ascii", "ignore").decode()


@lru_cache(maxsize=256)
def _pattern(words: frozenset[tuple[str, ...]]) -> re.Pattern[str]:
    """Any of ``words`` on folded lowercase text, as whole words."""
    alternatives = "|".join(r"\W+".join(map(re.escape, word)) for word in sorted(words))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")


def prefer_figures(
    scores: np.ndarray,
    texts: Callable[[list[int]], dict[int, str]],
    tokens: list[str],
    weights: list[float],
    depth: int = FIGURE_DEPTH,
) -> np.ndarray:
    """``scores`` with the best ``depth`` rows that state no figure near the content words of
    the lexical query (``tokens`` and their ``weights``) weighed ``FIGURE_MISS``; the rows
    below them too, so that none overtakes them. ``texts(rows)`` reads chunk rows' text."""
    words = content_words(tokens, weights)
    if not words:
        return scores
    rows = [r for r, _ in top_rows(scores, depth)]
    if not rows:
        return scores
    found = texts(rows)
    factor = np.array([1.0 if states_figure(found.get(r, ""), words) else FIGURE_MISS for r in rows])
    if factor.min() == 1.0 or factor.max() < 1.0:  # all alike: the order stays
        return scores
    out = scores * np.float32(FIGURE_MISS)
    out[rows] = scores[rows] * factor.astype(np.float32)
    return out
