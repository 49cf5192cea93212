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

# Combining tone marks of the five Vietnamese tones other than "ngang", in the order of the
# legacy code tables (``ingest.legacy_tables``): huyền, hỏi, ngã, sắc, nặng.
TONE_MARKS = ("\u0300", "\u0309", "\u0303", "\u0301", "\u0323")
_TONES = "".join(TONE_MARKS)
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


def strip_invisible(text: str) -> str:
    """NFC text without zero-width characters and soft hyphens (whitespace untouched)."""
    return unicodedata.normalize("NFC", text).translate(_INVISIBLE)


def clean_text(text: str) -> str:
    """Return display text: NFC, no invisible characters, tidy whitespace, tones untouched."""
    text = strip_invisible(text)
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


def strip_diacritics(text: str) -> str:
    """``text`` decomposed (NFD) without its combining marks, "đ"/"Đ" -> "d"; case untouched.

    The result is not recomposed: callers that need NFC (``fold``) compose it themselves, while
    ``ingest.matching`` folds one character at a time and keeps the decomposed letters.
    """
    decomposed = unicodedata.normalize("NFD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.replace("đ", "d").replace("Đ", "d")


def fold(text: str) -> str:
    """Strip every diacritic ("Đảng ủy" -> "dang uy"); lowercase."""
    # Scripts without Vietnamese marks (Hangul...) must come back composed too.
    return unicodedata.normalize("NFC", strip_diacritics(index_form(text)))


def has_diacritics(text: str) -> bool:
    """True when the text carries any Vietnamese diacritic (used to pick the query view)."""
    return fold(text) != index_form(text)


_WORD = re.compile(r"\w+", re.UNICODE)


def syllables(text: str) -> list[str]:
    """Split already-normalised text into word tokens (Vietnamese syllables, numbers, codes)."""
    return _WORD.findall(text)
