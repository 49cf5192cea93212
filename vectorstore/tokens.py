"""Tokens for the lexical index: Vietnamese syllables, segmented words, accent-folded forms.

A chunk is indexed with its syllables in the index form (NFC, one tone-mark style, lowercase),
their folded forms ("đảng" -> "dang"), the multi-syllable words of the pyvi segmenter
("đảng_viên") in both forms, and the words of the expansions of the abbreviations it uses
("UBKT" -> "ủy ban kiểm tra"). A question with diacritics is matched on both forms (an exact
spelling scores twice); one typed without diacritics only on the folded forms.

Default tokenizers drop one-letter and Roman-numeral tokens ("quý I", "khóa XIII"); these are
kept here because periods and terms hinge on them. Numbers lose their thousands dots
("5.016" -> "5016") so that "5.016" and "5016" meet.
"""

from __future__ import annotations

import itertools
import re
import threading
import unicodedata
from functools import lru_cache

from ingest.text import fold, index_form
from vectorstore.terms import expansions

_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|\w+", re.UNICODE)
_THOUSANDS = re.compile(r"(?<=\d)\.(?=\d{3}(?!\d))")
_SENTENCE = re.compile(r"[^.;:!?\n]+[.;:!?]?")
_DIGITS = re.compile(r"\d")
# Abbreviations in documents are written in capitals ("UBKT", "T.Ư"); text without any run of
# two capitals (or dotted initials) needs no dictionary lookup.
_CAPITALS = re.compile(r"[A-ZĐƯ]{2}|[A-ZĐ]\.[A-ZĐƯ]")


def _normalise_number(token: str) -> str:
    return _THOUSANDS.sub("", token) if token[0].isdigit() else token


@lru_cache(maxsize=200_000)
def fold_token(token: str) -> str:
    """``fold`` of one token, cached: the vocabulary of a corpus is small."""
    return fold(token)


def ascii_fold(text: str) -> str:
    """Lowercase ``text`` without diacritics (other non-ASCII signs go too): fast, in C."""
    return unicodedata.normalize("NFD", text.lower().replace("đ", "d")).encode("ascii", "ignore").decode()


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


_SEGMENT_LOCK = threading.Lock()  # one CRF tagger is shared: searches and an ingest take turns


@lru_cache(maxsize=100_000)
def _segment(sentence: str) -> tuple[str, ...]:
    seg = _segmenter()
    if seg is None:
        return ()
    with _SEGMENT_LOCK:
        segmented: str = seg.tokenize(sentence)  # type: ignore[attr-defined]
    return tuple(w for w in segmented.split() if "_" in w)


def compounds(text: str) -> list[str]:
    """Multi-syllable words found by the pyvi segmenter ("đảng_viên", "kết_nạp").

    Sentences are segmented one at a time with their digits masked, and cached: reports of
    the genre repeat the same sentences with other numbers, and numbers never join words.
    """
    out: list[str] = []
    for sentence in _SENTENCE.findall(index_form(text)):
        masked = _DIGITS.sub("0", sentence.strip())
        if masked:
            out.extend(_segment(masked))
    return out


def document_tokens(text: str) -> list[str]:
    """Tokens indexed for a chunk: syllables, compounds, expansions, each also folded."""
    out: list[str] = []
    words = basic_tokens(text) + compounds(text)
    if _CAPITALS.search(text):
        for extra in expansions(text):
            words.extend(basic_tokens(extra))
    for token in words:
        out.append(token)
        folded = fold_token(token)
        if folded != token:
            out.append(folded)
    return out


def query_tokens(text: str, accented: bool | None = None) -> list[str]:
    """Tokens for a question (distinct). Without diacritics, only the folded forms can match.

    ``accented`` says which view to use when ``text`` has been rewritten (expansions add
    diacritics to a question typed without them); by default it is read from ``text``.
    """
    if accented is None:
        accented = fold(text) != index_form(text)
    base = basic_tokens(text)
    if accented:
        words = compounds(text)
        tokens = base + [fold_token(t) for t in base] + words + [fold_token(w) for w in words]
    else:
        tokens = [fold_token(t) for t in base] + _folded_pairs(base)
    return list(dict.fromkeys(tokens))


def _folded_pairs(tokens: list[str]) -> list[str]:
    """Folded syllable pairs stand in for compounds when the question has no diacritics."""
    folded = [fold_token(t) for t in tokens]
    return [a + "_" + b for a, b in itertools.pairwise(folded)]
