"""Code tables of the legacy Vietnamese 8-bit encodings TCVN3 (ABC) and VNI-Windows.

TCVN3 gives every lower-case letter one byte and has no upper-case letters with tone marks:
its capitals are written with the lower-case codes. VNI writes a base letter followed by a
mark byte (a few letters are single bytes); its upper-case bytes are the lower-case ones
minus 0x20. The tables are built from the published code charts below; ``ingest.encodings``
decodes and encodes with them.
"""

from __future__ import annotations

import re
import unicodedata

from ingest.text import TONE_MARKS

_VOWELS = "aăâeêioôơuưy"
_TONES = ("", *TONE_MARKS)  # index 0: no tone mark ("ngang")

# TCVN3 byte of each lower-case vowel for each tone (order of _TONES); 0 = ASCII letter.
_TCVN3_VOWELS = {
    "a": (0x61, 0xB5, 0xB6, 0xB7, 0xB8, 0xB9),
    "ă": (0xA8, 0xBB, 0xBC, 0xBD, 0xBE, 0xC6),
    "â": (0xA9, 0xC7, 0xC8, 0xC9, 0xCA, 0xCB),
    "e": (0x65, 0xCC, 0xCE, 0xCF, 0xD0, 0xD1),
    "ê": (0xAA, 0xD2, 0xD3, 0xD4, 0xD5, 0xD6),
    "i": (0x69, 0xD7, 0xD8, 0xDC, 0xDD, 0xDE),
    "o": (0x6F, 0xDF, 0xE1, 0xE2, 0xE3, 0xE4),
    "ô": (0xAB, 0xE5, 0xE6, 0xE7, 0xE8, 0xE9),
    "ơ": (0xAC, 0xEA, 0xEB, 0xEC, 0xED, 0xEE),
    "u": (0x75, 0xEF, 0xF1, 0xF2, 0xF3, 0xF4),
    "ư": (0xAD, 0xF5, 0xF6, 0xF7, 0xF8, 0xF9),
    "y": (0x79, 0xFA, 0xFB, 0xFC, 0xFD, 0xFE),
}
_TCVN3_OTHERS = {"Ă": 0xA1, "Â": 0xA2, "Ê": 0xA3, "Ô": 0xA4, "Ơ": 0xA5, "Ư": 0xA6, "Đ": 0xA7, "đ": 0xAE}

# VNI-Windows: a base letter followed by a mark byte. Lower-case bytes; upper-case = byte - 0x20.
_VNI_TONE = (None, 0xF8, 0xFB, 0xF5, 0xF9, 0xEF)  # ø û õ ù ï
_VNI_CIRCUMFLEX = (0xE2, 0xE0, 0xE5, 0xE3, 0xE1, 0xE4)  # â à å ã á ä  (â, ê, ô + tone)
_VNI_BREVE = (0xEA, 0xE8, 0xFA, 0xFC, 0xE9, 0xEB)  # ê è ú ü é ë  (ă + tone)
# Letters VNI writes as one byte: ơ, ư, đ, i with a tone, ỵ.
_VNI_SINGLE = {"ơ": 0xF4, "ư": 0xF6, "đ": 0xF1, "ì": 0xEC, "ỉ": 0xE6, "ĩ": 0xF3, "í": 0xED}
_VNI_SINGLE |= {"ị": 0xF2, "ỵ": 0xEE}


def _compose(base: str, tone: int) -> str:
    return unicodedata.normalize("NFC", base + _TONES[tone])


def _build_tcvn3() -> tuple[dict[str, int], dict[int, str]]:
    encode: dict[str, int] = dict(_TCVN3_OTHERS)
    for vowel, codes in _TCVN3_VOWELS.items():
        for tone, code in enumerate(codes):
            encode.setdefault(_compose(vowel, tone), code)
    decode = {code: char for char, code in encode.items() if code >= 0x80}
    for char, code in list(encode.items()):  # TCVN3 writes capitals with lower-case codes
        encode.setdefault(char.upper(), code)
    return encode, decode


def _vni_sequence(vowel: str, tone: int) -> bytes | None:
    """VNI bytes of a lower-case vowel with a tone, or None when it is a single byte."""
    letter = _compose(vowel, tone)
    if letter in _VNI_SINGLE or (vowel == "i" and tone):
        return None
    base = {"ă": "a", "â": "a", "ê": "e", "ô": "o"}.get(vowel, vowel)
    if vowel in "âêô":
        return bytes([ord(base), _VNI_CIRCUMFLEX[tone]])
    if vowel == "ă":
        return bytes([ord(base), _VNI_BREVE[tone]])
    head = bytes([_VNI_SINGLE[vowel]]) if vowel in "ơư" else base.encode()
    mark = _VNI_TONE[tone]
    return head + (bytes([mark]) if mark else b"")


def _build_vni() -> dict[str, bytes]:
    encode = {char: bytes([code]) for char, code in _VNI_SINGLE.items()}
    for vowel in _VOWELS:
        for tone in range(6):
            seq = _vni_sequence(vowel, tone)
            if seq is not None:
                encode[_compose(vowel, tone)] = seq
    upper = {}
    for char, seq in encode.items():
        big = bytes(b - 0x20 if b >= 0xE0 else ord(chr(b).upper()) for b in seq)
        upper[char.upper()] = big
    return encode | upper


_TCVN3_ENCODE, TCVN3_DECODE = _build_tcvn3()
# Byte of each character TCVN3 writes outside ASCII (capitals share the lower-case codes).
TCVN3_BYTES = {char: bytes([code]) for char, code in _TCVN3_ENCODE.items() if code >= 0x80}
VNI_ENCODE = _build_vni()
# Longest sequences first, so that "ôø" (ờ) wins over "ô" (ơ).
_VNI_DECODE = sorted(
    ((seq.decode("latin-1"), char) for char, seq in VNI_ENCODE.items() if not seq.isascii()),
    key=lambda pair: -len(pair[0]),
)
VNI_PATTERN = re.compile("|".join(re.escape(seq) for seq, _ in _VNI_DECODE))
VNI_LOOKUP = dict(_VNI_DECODE)
