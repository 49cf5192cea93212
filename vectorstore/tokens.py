"""Tokens for the lexical index: Vietnamese syllables, segmented words, accent-folded forms.

Default tokenizers drop one-letter and Roman-numeral tokens ("quý I", "khóa XIII"); these are
kept here because periods and terms hinge on them.
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from ingest.text import fold, index_form

_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|\w+", re.UNICODE)
_THOUSANDS = re.compile(r"(?<=\d)\.(?=\d{3}(?!\d))")


def _normalise_number(token: str) -> str:
    return _THOUSANDS.sub("", token) if token[0].isdigit() else token


def basic_tokens(text: str) -> list[str]:
    """Syllables and numbers of the index form ("5.016" -> "5016"; "quý I" -> "quý", "i")."""
    return [_normalise_number(t) for t in _TOKEN.findall(index_form(text))]


@lru_cache(maxsize=1)
def _segmenter() -> object | None:
    try:
        from pyvi import ViTokenizer
    except ImportError:  # pragma: no cover - pyvi is a declared dependency
        return None
    return ViTokenizer


def compounds(text: str) -> list[str]:
    """Multi-syllable words found by the pyvi segmenter ("đảng_viên", "kết_nạp")."""
    seg = _segmenter()
    if seg is None:
        return []
    segmented: str = seg.tokenize(index_form(text))  # type: ignore[attr-defined]
    return [w for w in segmented.split() if "_" in w]


def document_tokens(text: str) -> list[str]:
    """Tokens indexed for a chunk: syllables, their folded forms, compounds and folded compounds."""
    out: list[str] = []
    for token in basic_tokens(text):
        out.append(token)
        folded = fold(token)
        if folded != token:
            out.append(folded)
    for word in compounds(text):
        out.append(word)
        out.append(fold(word))
    return out


def query_tokens(text: str) -> list[str]:
    """Tokens for a question. Without diacritics, only the folded forms can match."""
    accented = fold(text) != index_form(text)
    base = basic_tokens(text)
    words = compounds(text) if accented else []
    if accented:
        tokens = base + [fold(t) for t in base] + words + [fold(w) for w in words]
    else:
        tokens = [fold(t) for t in base] + _folded_pairs(base)
    return list(dict.fromkeys(tokens))


def _folded_pairs(tokens: list[str]) -> list[str]:
    """Folded syllable pairs stand in for compounds when the question has no diacritics."""
    folded = [fold(t) for t in tokens]
    return [a + "_" + b for a, b in itertools.pairwise(folded)]
