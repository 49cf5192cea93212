"""Shorthand in questions written in a hurry: "6T/2025" for "6 tháng năm 2025", "QN" for the
one ingested province whose initials are Q and N (unless the letters are a known
abbreviation: "DN" is "doanh nghiệp" even when Đồng Nai is ingested).

Expanding before retrieval lets the retriever and the question view see the period and the
province; a shorthand that could be several ingested provinces (or none) is left as typed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ingest.gazetteer import find_provinces
from ingest.text import fold, has_diacritics
from vectorstore.terms import expand

# "6T/2025", "9T 2024", "6T đầu năm": a number of months written with a capital T.
_MONTHS = re.compile(r"(?<![\w/])(\d{1,2})T(?:/((?:19|20)\d\d))?(?![\w/])")
# A word of two or three capitals (Đ included), standing alone.
_INITIALS = re.compile(r"(?<![\w/-])[A-ZĐ]{2,3}(?![\w/-])")


def expand_shorthand(text: str, provinces: Iterable[str] = ()) -> str:
    """``text`` with month counts ("6T/2025") written out and, when it names no province,
    a province's initials ("QN") replaced by the only one of ``provinces`` they fit."""
    plain = not has_diacritics(text)
    text = _MONTHS.sub(lambda m: _like(_months(m), plain), text)
    if find_provinces(text):
        return text
    by_initials: dict[str, set[str]] = {}
    for name in provinces:
        by_initials.setdefault(initials(name), set()).add(name)
    for match in _INITIALS.finditer(text):
        if expand(match.group(0)) != match.group(0):
            continue  # a known abbreviation ("DN" is "doanh nghiệp"), not a province
        names = by_initials.get(fold(match.group(0)).upper(), set())
        if len(names) == 1:
            return text[: match.start()] + _like(names.pop(), plain) + text[match.end() :]
    return text


def initials(name: str) -> str:
    """ "QN" for "Quảng Ngãi" (first letters of the syllables, accents folded)."""
    return "".join(fold(word)[:1].upper() for word in name.split())


def _like(words: str, plain: bool) -> str:
    """``words`` without accents in a question typed without them: an accented insertion
    would make the question read as accented, and its unaccented question words as content."""
    if not plain:
        return words
    return " ".join(fold(w).capitalize() if w[:1].isupper() else fold(w) for w in words.split())


def _months(match: re.Match[str]) -> str:
    year = match.group(2)
    return f"{match.group(1)} tháng năm {year}" if year else f"{match.group(1)} tháng"
