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

ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "cp1258", "tcvn3", "vni")

_VOWELS = "aăâeêioôơuưy"
# Tone marks in the order of the legacy tables: none, huyền, hỏi, ngã, sắc, nặng.
_TONE_MARKS = ("", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323")
_TONE_SET = frozenset(_TONE_MARKS[1:])

# TCVN3 byte of each lower-case vowel for each tone (order of _TONE_MARKS); 0 = ASCII letter.
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
    return unicodedata.normalize("NFC", base + _TONE_MARKS[tone])


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


_TCVN3_ENCODE, _TCVN3_DECODE = _build_tcvn3()
_VNI_ENCODE = _build_vni()
# Longest sequences first, so that "ôø" (ờ) wins over "ô" (ơ).
_VNI_DECODE = sorted(
    ((seq.decode("latin-1"), char) for char, seq in _VNI_ENCODE.items() if not seq.isascii()),
    key=lambda pair: -len(pair[0]),
)
_VNI_PATTERN = re.compile("|".join(re.escape(seq) for seq, _ in _VNI_DECODE))
_VNI_LOOKUP = dict(_VNI_DECODE)

_ONSETS = "ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x"
_RIMES = (
    "a ac ach ai am an ang anh ao ap at au ay ăc ăm ăn ăng ăp ăt âc âm ân âng âp ât âu ây "
    "e ec em en eng eo ep et ê êch êm ên ênh êp êt êu i ia ich iêc iêm iên iêng iêp iêt iêu "
    "im in inh ip it iu o oa oac oach oai oam oan oang oanh oao oap oat oay oăc oăm oăn oăng "
    "oăt oc oe oen oeo oet oi om on ong ooc oong op ot ô ôc ôi ôm ôn ông ôp ôt ơ ơi ơm ơn ơp ơt "
    "u ua uân uâng uât uây uc uê uêch uênh ui um un ung uơ uôc uôi uôm uôn uông uôt up ut uy "
    "uya uych uyên uyêt uynh uyt uyu ư ưa ưc ưi ưm ưn ưng ươc ươi ươm ươn ương ươp ươt ươu ưt "
    "ưu y yêm yên yêng yêt yêu"
).split()
_SYLLABLE = re.compile(f"(?:{_ONSETS})?(?:{'|'.join(sorted(_RIMES, key=len, reverse=True))})", re.IGNORECASE)
_EDGE_PUNCT = "\"'()[]{}<>.,;:!?“”‘’«»…–—-/\\|*#"


def is_vietnamese_syllable(word: str) -> bool:
    """True when ``word`` spells one Vietnamese syllable (at most one tone mark)."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    if sum(ch in _TONE_SET for ch in decomposed) > 1:
        return False
    bare = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONE_SET))
    return _SYLLABLE.fullmatch(bare) is not None


def vietnamese_score(text: str) -> tuple[float, int]:
    """Share of non-ASCII words that are valid syllables, and how many such words there are."""
    words = [w.strip(_EDGE_PUNCT) for w in text.split()]
    candidates = [w for w in words if w and not w.isascii()]
    if not candidates:
        return 0.0, 0
    valid = sum(1 for w in candidates if is_vietnamese_syllable(w))
    return valid / len(candidates), len(candidates)


_CP1252_HIGH = {
    i: bytes([i]).decode("cp1252") for i in range(0x80, 0xA0) if i not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)
}


def _decode_cp1252(data: bytes) -> str:
    """Windows-1252, the five undefined bytes read as Latin-1 (never fails)."""
    return data.decode("latin-1").translate(_CP1252_HIGH)


_TCVN3_TABLE = {code: char for code, char in _TCVN3_DECODE.items()}
# Toned lower-case vowels: TCVN3 has no capitals for them, so capitals were written with them.
_LOWER_ONLY = frozenset(ch for ch in _TCVN3_DECODE.values() if ch not in "ăâêôơưđ" and ch.islower())
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
    text = _decode_cp1252(data).translate(_TCVN3_TABLE)
    text = "\n".join(_restore_line_caps(line) for line in text.split("\n"))
    return _SENTENCE_START.sub(_capitalize_start, text)


def decode_vni(data: bytes) -> str:
    """Decode VNI-Windows bytes (base letter followed by mark bytes)."""
    text = _decode_cp1252(data)
    return _VNI_PATTERN.sub(lambda m: _VNI_LOOKUP[m.group(0)], text)


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
    if "\x00" in text or len(_CONTROL.findall(text)) > max(2, len(text) // 200):
        raise _undecodable("tệp có vẻ là dữ liệu nhị phân, không phải văn bản.")
    return text


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
            return unicodedata.normalize("NFC", _check_text(text)), name
    utf16 = _utf16_without_bom(data)
    if utf16:
        text = data.decode(utf16, errors="replace")
        return unicodedata.normalize("NFC", _check_text(text)), "utf-16"
    if b"\x00" in data:
        raise _undecodable("tệp có vẻ là dữ liệu nhị phân, không phải văn bản.")
    try:
        return unicodedata.normalize("NFC", _check_text(data.decode("utf-8"))), "utf-8"
    except UnicodeDecodeError:
        pass
    lenient = data.decode("utf-8", errors="replace")
    if lenient.count("\ufffd") <= max(1, len(lenient) // 1000):  # a few damaged bytes only
        return unicodedata.normalize("NFC", _check_text(lenient)), "utf-8"
    text, name = _best_8bit(data)
    return unicodedata.normalize("NFC", _check_text(text)), name


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
            parts = unicodedata.normalize("NFD", char)
            tones = "".join(c for c in parts if c in _TONE_SET)
            base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONE_SET))
            out += (base + tones).encode("cp1258")
    return bytes(out)


_TCVN3_BYTES = {char: bytes([code]) for char, code in _TCVN3_ENCODE.items() if code >= 0x80}


def encode_text(text: str, encoding: str) -> bytes:
    """Encode text in one of ``ENCODINGS`` the way legacy Vietnamese software wrote it.

    TCVN3 has no toned capitals: they are written with the lower-case code (as the ABC fonts
    did). Raises ``ValueError`` for a character the encoding cannot represent.
    """
    if encoding == "tcvn3":
        return _encode_legacy(text, _TCVN3_BYTES, encoding)
    if encoding == "vni":
        return _encode_legacy(text, _VNI_ENCODE, encoding)
    if encoding == "cp1258":
        return _encode_cp1258(text)
    if encoding in ("utf-8", "utf-8-sig", "utf-16"):
        return text.encode(encoding)
    raise ValueError(f"unknown encoding {encoding!r}")
