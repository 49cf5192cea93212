"""Chunks that state a figure of what a number question asks about.

A question asking how many ("bao nhiêu", "nơi nào kết nạp nhiều đảng viên hơn") is answered
by a sentence with a figure beside the words it asks about ("kết nạp 17 đảng viên"). Among
the best candidates, the chunks where no figure stands near a content word of the question
(a heading full of names and dates, a shortcoming that uses the same words without a count)
weigh ``FIGURE_MISS``. Only the best ``depth`` rows are read: the work stays small.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

import numpy as np

from vectorstore.ranking import top_rows
from vectorstore.tokens import ascii_fold, fold_token

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
    folded = ascii_fold(text)
    for match in _pattern(words).finditer(folded):
        before = _TOKEN.findall(folded[max(0, match.start() - _WINDOW) : match.start()])[-reach:]
        after = _TOKEN.findall(folded[match.end() : match.end() + _WINDOW])[:reach]
        if any(t[0].isdigit() for t in before + after):
            return True
    return False


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


SUMMARY_MISS = 0.4  # a chunk with fewer than SUMMARY_FIGURES figures, for a summary question
SUMMARY_FIGURES = 2
SUMMARY_DEPTH = 12
# A number that is no figure of results: a year, a date or a period ("ngày 24", "tháng 6",
# "6 tháng", "quý 2", "nhiệm kỳ 2025"), a document number ("118-BC"), an item ("số 68", a
# heading's "2." or "b)" at the start of a line).
_NUMBER = re.compile(r"(?<![\w/])\d+(?:[.,]\d+)*(?:\s*%)?")
_NOT_FIGURE_BEFORE = re.compile(r"(?:ngay|thang|nam|quy|khoa|lan thu|so|ky|muc|dieu|khoan|\d\s*[/\-])\s*$")
_NOT_FIGURE_AFTER = re.compile(r"^(?:\s*(?:thang|nam|quy)(?!\w)|\s*[/\-]\s*\w)")
_YEAR_NUMBER = re.compile(r"(?:19|20)\d\d")
_LINE_START = re.compile(r"(?:^|\n|>)[\s\-•*]*$")  # a line, or a heading in a "A > 1. B" path


def count_figures(text: str) -> int:
    """Figures of results in ``text`` ("kết nạp 27 đảng viên", "1.652", "45%"), leaving out
    years, dates, periods, document numbers and item numbers."""
    folded = ascii_fold(text)
    count = 0
    for match in _NUMBER.finditer(folded):
        if _YEAR_NUMBER.fullmatch(match.group(0)):
            continue
        before = folded[max(0, match.start() - 10) : match.start()]
        after = folded[match.end() : match.end() + 6]
        if _NOT_FIGURE_BEFORE.search(before) or _NOT_FIGURE_AFTER.match(after):
            continue
        if after[:1] in (".", ")") and _LINE_START.search(before):
            continue
        count += 1
    return count


def prefer_key_figures(
    scores: np.ndarray,
    chunk_doc: np.ndarray,
    texts: Callable[[list[int]], dict[int, str]],
    depth: int = SUMMARY_DEPTH,
) -> np.ndarray:
    """For a summary of a report (the one of the best row): among the best ``depth`` rows,
    its rows that state its key figures (``SUMMARY_FIGURES`` or more: results, the size of the
    Đảng bộ, an indicator table) keep their score; its title block, tasks ahead, shortcomings
    and signature weigh ``SUMMARY_MISS``, and so do other reports' rows and the rows below.
    ``chunk_doc`` gives the document of each row."""
    rows = [r for r, _ in top_rows(scores, depth)]
    if not rows:
        return scores
    found = texts(rows)
    report = chunk_doc[rows[0]]  # a summary is of one report: the others' rows weigh less too
    keys = [chunk_doc[r] == report and count_figures(found.get(r, "")) >= SUMMARY_FIGURES for r in rows]
    factor = np.where(keys, 1.0, SUMMARY_MISS)
    if factor.min() == 1.0 or factor.max() < 1.0:  # all alike: the order stays
        return scores
    out = scores * np.float32(SUMMARY_MISS)
    out[rows] = scores[rows] * factor.astype(np.float32)
    return out
