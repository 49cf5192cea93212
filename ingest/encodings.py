"""Decoding of Vietnamese text files: Unicode, Windows-1258 and the legacy TCVN3 / VNI fonts.

Detection order: byte-order marks, UTF-16 without BOM (NUL pattern), strict UTF-8, then every
candidate 8-bit decoding (CP1258, TCVN3, VNI) is scored by the share of its non-ASCII words that
are valid Vietnamese syllables, and the best one wins. Results are always NFC.

TCVN3 (ABC, TCVN 5712 VN3) has no upper-case letters with tone marks: legacy documents used a
separate upper-case font. Encoding writes them with the lower-case code; decoding restores the
case of words written entirely in capitals ("§¶NG" -> "ĐẢNG").
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from assistant.errors import LoadError
from ingest.legacy_tables import TCVN3_BYTES, TCVN3_DECODE, VNI_ENCODE, VNI_LOOKUP, VNI_PATTERN
from ingest.spelling import is_vietnamese_syllable, split_tones, vietnamese_score

__all__ = [
    "ENCODINGS",
    "decode_bytes",
    "decode_cp1258",
    "decode_tcvn3",
    "decode_vni",
    "encode_text",
    "is_vietnamese_syllable",
    "vietnamese_score",
]

ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "cp1258", "tcvn3", "vni")

_CP1252_HIGH = {
    i: bytes([i]).decode("cp1252") for i in range(0x80, 0xA0) if i not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)
}


def _decode_cp1252(data: bytes) -> str:
    """Windows-1252, the five undefined bytes read as Latin-1 (never fails)."""
    return data.decode("latin-1").translate(_CP1252_HIGH)


# Toned lower-case vowels: TCVN3 has no capitals for them, so capitals were written with them.
_LOWER_ONLY = frozenset(ch for ch in TCVN3_DECODE.values() if ch not in "ăâêôơưđ" and ch.islower())
_WORD = re.compile(r"\w+")


def _caps_evidence(word: str) -> int:
    """Capitals in a word that also holds a lower-only vowel; -1 when it has other lower case."""
    if not any(c in _LOWER_ONLY for c in word):
        return -1
    others = [c for c in word if c.isalpha() and c not in _LOWER_ONLY]
    return len(others) if others and all(c.isupper() for c in others) else -1


# Decoded TCVN3 text has only these capitals; a line without a word holding two of them has
# nothing to restore (checked first: it is much cheaper than looking at every word).
_TWO_CAPS = re.compile(r"[A-ZĂÂÊÔƠƯĐ]\w*?[A-ZĂÂÊÔƠƯĐ]")


def _restore_line_caps(line: str) -> str:
    if not _TWO_CAPS.search(line):
        return line
    words = list(_WORD.finditer(line))
    counts = [_caps_evidence(m.group(0)) for m in words]
    parts, last = [], 0
    for i, m in enumerate(words):
        near = [counts[j] for j in (i - 1, i + 1) if 0 <= j < len(counts)]
        strong = counts[i] >= 2 or (counts[i] == 1 and any(n >= 2 for n in near))
        if strong:
            parts += [line[last : m.start()], m.group(0).upper()]
            last = m.end()
    return "".join([*parts, line[last:]])


# A toned lower-case vowel opening a sentence (start of text, or after . ! ? and a line
# break or space): written lower-case only because TCVN3 had no capital for it.
_SENTENCE_START = re.compile(r"(?:\A|(?<=[.!?]\s)|(?<=[.!?]\n\n)|(?<=\n\n))(\w)")


def _capitalize_start(match: re.Match[str]) -> str:
    char = match.group(1)
    return char.upper() if char in _LOWER_ONLY else char


def decode_tcvn3(data: bytes) -> str:
    """Decode TCVN3 (ABC) bytes; bytes outside the table read as Windows-1252."""
    text = _decode_cp1252(data).translate(TCVN3_DECODE)
    text = "\n".join(_restore_line_caps(line) for line in text.split("\n"))
    return _SENTENCE_START.sub(_capitalize_start, text)


def decode_vni(data: bytes) -> str:
    """Decode VNI-Windows bytes (base letter followed by mark bytes)."""
    text = _decode_cp1252(data)
    return VNI_PATTERN.sub(lambda m: VNI_LOOKUP[m.group(0)], text)


def decode_cp1258(data: bytes) -> str:
    """Decode Windows-1258 (combining tone marks) and compose to NFC."""
    return unicodedata.normalize("NFC", data.decode("cp1258", errors="replace"))


_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_DECODERS = {"cp1258": decode_cp1258, "tcvn3": decode_tcvn3, "vni": decode_vni}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_MIN_SCORE = 0.5  # below this share of valid syllables, no 8-bit reading is Vietnamese


def _undecodable(detail: str) -> LoadError:
    return LoadError(
        "Không đọc được nội dung tệp văn bản: " + detail + " Hãy mở tệp bằng trình soạn thảo, "
        "lưu lại với bảng mã Unicode (UTF-8) rồi nạp lại.",
        "encoding",
    )


def _utf16_without_bom(data: bytes) -> str | None:
    """Byte order of BOM-less UTF-16, told by where the NUL bytes of ASCII characters sit."""
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    if odd > 0.3 * half and even < 0.05 * half:
        return "utf-16-le"
    if even > 0.3 * half and odd < 0.05 * half:
        return "utf-16-be"
    return None


def _check_text(text: str) -> str:
    """``text`` in NFC; binary data (NUL bytes, many control characters) is refused."""
    if "\x00" in text or len(_CONTROL.findall(text)) > max(2, len(text) // 200):
        raise _undecodable("tệp có vẻ là dữ liệu nhị phân, không phải văn bản.")
    return unicodedata.normalize("NFC", text)


_SAMPLE_BYTES = 256 * 1024  # scoring a large file on its beginning is enough and much faster


def _best_8bit(data: bytes) -> tuple[str, str]:
    sample = data[:_SAMPLE_BYTES]
    scored = []
    for order, (name, decoder) in enumerate(_DECODERS.items()):
        share, count = vietnamese_score(decoder(sample))
        scored.append((share, -order, name, count))
    share, _, name, count = max(scored)
    if count >= 5 and share < _MIN_SCORE:
        raise _undecodable("không nhận ra bảng mã tiếng Việt (đã thử Unicode, CP1258, TCVN3, VNI).")
    return _DECODERS[name](data), name


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode a Vietnamese text file; return (NFC text, encoding name from ``ENCODINGS``).

    Raises ``LoadError(reason="encoding")`` for binary data or text in no known encoding.
    """
    for bom, name in _BOMS:
        if data.startswith(bom):
            codec = "utf-8-sig" if name == "utf-8-sig" else "utf-16"
            text = data.decode(codec, errors="replace")
            return _check_text(text), name
    utf16 = _utf16_without_bom(data)
    if utf16:
        text = data.decode(utf16, errors="replace")
        return _check_text(text), "utf-16"
    if b"\x00" in data:
        raise _undecodable("tệp có vẻ là dữ liệu nhị phân, không phải văn bản.")
    try:
        return _check_text(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass
    lenient = data.decode("utf-8", errors="replace")
    if lenient.count("\ufffd") <= max(1, len(lenient) // 1000):  # a few damaged bytes only
        return _check_text(lenient), "utf-8"
    text, name = _best_8bit(data)
    return _check_text(text), name


def _encode_legacy(text: str, table: dict[str, bytes], name: str) -> bytes:
    out = bytearray()
    for char in unicodedata.normalize("NFC", text):
        if char in table:
            out += table[char]
        elif char.isascii():
            out += char.encode("ascii")
        else:
            try:
                out += char.encode("cp1252")
            except UnicodeEncodeError as err:
                raise ValueError(f"{char!r} cannot be written in {name}") from err
    return bytes(out)


def _encode_cp1258(text: str) -> bytes:
    out = bytearray()
    for char in unicodedata.normalize("NFC", text):
        try:
            out += char.encode("cp1258")
        except UnicodeEncodeError:
            base, tones = split_tones(char)
            out += (base + tones).encode("cp1258")
    return bytes(out)


def encode_text(text: str, encoding: str) -> bytes:
    """Encode text in one of ``ENCODINGS`` the way legacy Vietnamese software wrote it.

    TCVN3 has no toned capitals: they are written with the lower-case code (as the ABC fonts
    did). Raises ``ValueError`` for a character the encoding cannot represent.
    """
    if encoding == "tcvn3":
        return _encode_legacy(text, TCVN3_BYTES, encoding)
    if encoding == "vni":
        return _encode_legacy(text, VNI_ENCODE, encoding)
    if encoding == "cp1258":
        return _encode_cp1258(text)
    if encoding in ("utf-8", "utf-8-sig", "utf-16"):
        return text.encode(encoding)
    raise ValueError(f"unknown encoding {encoding!r}")
