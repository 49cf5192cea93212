"""Vietnamese text normalisation shared by ingest and the query side.

Three views of the same text:

* ``clean_text``: what users see. NFC, invisible characters removed, whitespace tidied;
  the author's tone-mark placement is kept.
* ``index_form``: what the indexes compare. ``clean_text`` + one tone-mark style
  ("hoà" -> "hòa", "uỷ" -> "ủy", "khoá" -> "khóa") + lowercase.
* ``fold``: ``index_form`` without any diacritics ("đảng viên" -> "dang vien"), so that
  questions typed without accents still match.
"""

from __future__ import annotations

import re
import unicodedata

# Combining tone marks (the five Vietnamese tones other than "ngang").
_TONES = "\u0300\u0301\u0303\u0309\u0323"
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_MANY_BLANK_LINES = re.compile(r"\n{3,}")

# A syllable that ends in "oa", "oe" or "uy" (nothing after it) with the tone on the
# second vowel is the old placement; the unified placement puts it on the first vowel.
# "qu" + "y" is excluded: there "u" is part of the consonant ("quý" stays "quý").
_OLD_PLACEMENT = re.compile(
    r"(?<![\w])(\w*?)(?<![qQ])([oOuU])([aAeEyY])([" + _TONES + r"])(?![\w\u0300-\u036f])",
)
_PAIRS = {"o": "ae", "u": "y"}


def clean_text(text: str) -> str:
    """Return display text: NFC, no invisible characters, tidy whitespace, tones untouched."""
    text = unicodedata.normalize("NFC", text).translate(_INVISIBLE)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return _MANY_BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


def _move_tone(match: re.Match[str]) -> str:
    head, first, second, tone = match.groups()
    if second.lower() not in _PAIRS[first.lower()]:
        return match.group(0)
    return head + first + tone + second


def unify_tones(text: str) -> str:
    """Put tone marks of open "oa", "oe", "uy" syllables on the first vowel (NFC in, NFC out)."""
    decomposed = unicodedata.normalize("NFD", text)
    moved = _OLD_PLACEMENT.sub(_move_tone, decomposed)
    return unicodedata.normalize("NFC", moved)


def index_form(text: str) -> str:
    """Return the form used for matching: NFC, unified tone placement, lowercase."""
    return unify_tones(clean_text(text)).lower()


def fold(text: str) -> str:
    """Strip every diacritic ("Đảng ủy" -> "dang uy"); lowercase."""
    decomposed = unicodedata.normalize("NFD", index_form(text))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    # Scripts without Vietnamese marks (Hangul...) must come back composed too.
    return unicodedata.normalize("NFC", stripped.replace("đ", "d").replace("Đ", "d"))


def has_diacritics(text: str) -> bool:
    """True when the text carries any Vietnamese diacritic (used to pick the query view)."""
    return fold(text) != index_form(text)


_WORD = re.compile(r"\w+", re.UNICODE)


def syllables(text: str) -> list[str]:
    """Split already-normalised text into word tokens (Vietnamese syllables, numbers, codes)."""
    return _WORD.findall(text)
