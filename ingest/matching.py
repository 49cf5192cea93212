"""Offset-keeping folded view of a text, for recognisers that must report spans.

``ingest.text.fold`` also tidies whitespace, so positions in its output do not point back into
the original. The recognisers (periods, dates, provinces, bodies) match on a folded view made
character by character here, then map each match back to the original text.

Folding is the one of ``ingest.text.fold`` (lowercase, then ``ingest.text.strip_diacritics``:
diacritics removed, "đ" -> "d"), so the old tone placement ("uỷ", "hoà") and text typed without
diacritics both match one pattern.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, TypeVar

from ingest.text import fold, has_diacritics, index_form, strip_diacritics

# True when a word carries any Vietnamese diacritic (including "đ"): the recognisers' name.
has_marks = has_diacritics

_WORD = re.compile(r"\w+")
_Span = TypeVar("_Span", bound=tuple[Any, ...])


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    # Not recomposed (unlike ``fold``): every output character must map back to ``ch``.
    return strip_diacritics(ch.lower())


@dataclass(frozen=True)
class FoldedText:
    """``folded`` is the text without diacritics, lowercase; ``origin[i]`` is where its
    character ``i`` came from in ``original`` (one extra entry: the end of the text)."""

    original: str
    folded: str
    origin: tuple[int, ...]

    @classmethod
    def of(cls, text: str) -> FoldedText:
        parts: list[str] = []
        origin: list[int] = []
        for i, ch in enumerate(text):
            for out in _fold_char(ch):
                parts.append(out)
                origin.append(i)
        origin.append(len(text))
        return cls(text, "".join(parts), tuple(origin))

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of ``folded`` to the span of ``original`` it covers."""
        if end <= start:
            pos = self.origin[start]
            return pos, pos
        return self.origin[start], self.origin[end - 1] + 1

    def original_of(self, start: int, end: int) -> str:
        a, b = self.span(start, end)
        return self.original[a:b]

    def folded_index(self, pos: int) -> int:
        """Index in ``folded`` of the first character coming from ``original[pos:]``."""
        return bisect_left(self.origin, pos)


def accent_compatible(found: str, expected: str) -> bool:
    """True when ``found`` can be a spelling of ``expected``.

    Syllable by syllable: a syllable typed without diacritics matches any accented one; a
    syllable with diacritics must be the expected one (tone placement unified). So "quy"
    and "quý" match "quý", but "quỹ" (fund) does not; "Dak Lak" matches "Đắk Lắk".
    """
    got = _WORD.findall(index_form(found))
    want = _WORD.findall(index_form(expected))
    if len(got) != len(want):
        return False
    for g, w in zip(got, want, strict=True):
        if g == w:
            continue
        if has_diacritics(g) or g != fold(w):
            return False
    return True


def is_title_case(words: str) -> bool:
    """True when every word starts with a capital letter (or a digit)."""
    found = _WORD.findall(words)
    return bool(found) and all(w[0].isupper() or w[0].isdigit() for w in found)


def keep_longest(found: list[_Span]) -> list[_Span]:
    """Where candidates ``(start, end, ...)`` overlap keep the longest; return them in order."""
    kept: list[_Span] = []
    for cand in sorted(found, key=lambda c: (c[0] - c[1], c[0])):
        if all(cand[1] <= k[0] or cand[0] >= k[1] for k in kept):
            kept.append(cand)
    return sorted(kept, key=lambda c: c[0])


def keywords_ok(original: str, spellings: dict[str, str], strict_case: bool = False) -> bool:
    """True when every keyword of a match is spelt as expected or typed without diacritics.

    ``spellings`` maps a folded keyword to the accented forms it may take, separated by "|"
    ("quy" -> "quý": "quỹ" is rejected). With ``strict_case`` a capitalised keyword typed
    without diacritics is rejected too ("Nam" in accented text is a name, not "năm").
    """
    for word in _WORD.findall(original):
        expected = spellings.get(fold(word))
        if expected is None:
            continue
        if has_diacritics(word):
            if index_form(word) not in expected.split("|"):
                return False
        elif strict_case and word[0].isupper() and not word.isupper():
            return False
    return True
