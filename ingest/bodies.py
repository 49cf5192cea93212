"""Issuing bodies (Party committees) named in Vietnamese text, with staff abbreviations.

Canonical keys: "khoi-co-quan" (Đảng ủy Khối các cơ quan tỉnh/thành phố), "khoi-doanh-nghiep",
"khoi-co-quan-doanh-nghiep" (the 2025 merged Khối), "co-quan-dang" (Đảng ủy các cơ quan Đảng,
2025), "khoi" (a Khối whose kind the text does not say), "tinh-uy", "thanh-uy", "huyen-uy",
"quan-uy", "thi-uy", "dang-uy-xa", "dang-uy-phuong", "dang-uy-thi-tran".

"Đảng bộ" and "Đảng ủy" name the same organisation here (the Party organisation and its
executive committee). Recognised forms include "ĐUK các cơ quan", "ĐU Khối DN", "Khối DN",
"ĐUK Doanh nghiệp", "DUK", "Đảng ủy Các cơ quan tỉnh", "khoi co quan", "khoi doanh nghiep".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.matching import FoldedText, keep_longest, keywords_ok
from ingest.provinces import find_provinces, get_province
from ingest.text import fold

_PARTY = r"(?:dang\s+(?:uy|bo)|d\.?\s?u\.?)"  # "Đảng ủy", "Đảng bộ", "ĐU", "Đ.U"
_DUK = r"(?:d\.?\s?u\.?\s?k\.?)"  # "ĐUK", "DUK", "Đ.U.K"
_LEVEL = r"(?:\s+(?P<level>tinh|thanh\s+pho|tp\b\.?))?"
_CAC = r"(?:cac\s+)?"
_BODY_PATTERNS: list[tuple[str, str]] = [
    ("khoi-co-quan-doanh-nghiep", rf"(?:{_PARTY}\s+)?khoi\s+{_CAC}co\s+quan\s+va\s+doanh\s+nghiep"),
    ("co-quan-dang", rf"{_PARTY}\s+{_CAC}co\s+quan\s+dang"),
    ("khoi-co-quan", rf"(?:(?:{_PARTY}\s+)?khoi|{_DUK})\s+{_CAC}co\s+quan(?!\s+(?:dang|va)\b)"),
    ("khoi-co-quan", rf"{_PARTY}\s+cac\s+co\s+quan(?!\s+(?:dang|va)\b)"),
    ("khoi-doanh-nghiep", rf"(?:(?:{_PARTY}\s+)?khoi|{_DUK})\s+{_CAC}(?:doanh\s+nghiep|dn)"),
    ("khoi", rf"(?:{_PARTY}\s+khoi|{_DUK})"),
    ("tinh-uy", r"tinh\s+uy(?!\s+vien)"),
    ("thanh-uy", r"thanh\s+uy(?!\s+vien)"),
    ("huyen-uy", r"huyen\s+uy(?!\s+vien)"),
    ("quan-uy", r"quan\s+uy(?!\s+vien)"),
    ("thi-uy", r"thi\s+uy(?!\s+vien)"),
    ("dang-uy-xa", r"dang\s+(?:uy|bo)\s+xa"),
    ("dang-uy-phuong", r"dang\s+(?:uy|bo)\s+phuong"),
    ("dang-uy-thi-tran", r"dang\s+(?:uy|bo)\s+thi\s+tran"),
]
_LEVELED = ("khoi-co-quan", "khoi-doanh-nghiep", "khoi-co-quan-doanh-nghiep", "co-quan-dang")
# Not after "/" or "-": "ĐUK" in a document number ("126-BC/ĐUK") names no body.
_PATTERNS = [
    (key, re.compile(rf"(?<![\w/\-]){body}{_LEVEL if key in _LEVELED else ''}(?!\w)"))
    for key, body in _BODY_PATTERNS
]
# The one accented spelling each keyword may have ("quân ủy" is not "quận ủy").
_KEYWORDS = {
    "dang": "đảng",
    "uy": "ủy",
    "bo": "bộ",
    "khoi": "khối",
    "co": "cơ",
    "cac": "các",
    "nghiep": "nghiệp",
    "tinh": "tỉnh",
    "thanh": "thành",
    "pho": "phố",
    "huyen": "huyện",
    "quan": "quan|quận",
    "thi": "thị",
    "xa": "xã",
    "phuong": "phường",
    "tran": "trấn",
    "va": "và",
}
_DISPLAY = {
    "khoi-co-quan": "Đảng ủy Khối các cơ quan",
    "khoi-doanh-nghiep": "Đảng ủy Khối Doanh nghiệp",
    "khoi-co-quan-doanh-nghiep": "Đảng ủy Khối Cơ quan và Doanh nghiệp",
    "co-quan-dang": "Đảng ủy các cơ quan Đảng",
    "khoi": "Đảng ủy Khối",
    "tinh-uy": "Tỉnh ủy",
    "thanh-uy": "Thành ủy",
    "huyen-uy": "Huyện ủy",
    "quan-uy": "Quận ủy",
    "thi-uy": "Thị ủy",
    "dang-uy-xa": "Đảng ủy xã",
    "dang-uy-phuong": "Đảng ủy phường",
    "dang-uy-thi-tran": "Đảng ủy thị trấn",
}
_ROMAN_NUMERAL = re.compile(r"[IVXLC]+")
_NAMED = ("tinh-uy", "thanh-uy", "huyen-uy", "quan-uy", "thi-uy", "dang-uy-xa", "dang-uy-phuong")


@dataclass(frozen=True)
class BodyMention:
    """An issuing body named in a text.

    ``level``: "tinh", "thanh-pho" or "" when the text does not say. ``place``: the name after
    a committee ("Cần Thơ" in "Thành ủy Cần Thơ", "Đức Trọng" in "Huyện ủy Đức Trọng").
    ``province``: display name of a province named right after the body, else "".
    """

    key: str
    display: str
    start: int
    end: int
    text: str
    level: str = ""
    place: str = ""
    province: str = ""

    @property
    def specific(self) -> bool:
        """False for a bare "Đảng ủy Khối" whose kind is unknown."""
        return self.key != "khoi"


def body_display(key: str, level: str = "", place: str = "") -> str:
    """Display form: "Đảng ủy Khối các cơ quan tỉnh", "Thành ủy Cần Thơ", "Huyện ủy Đức Trọng"."""
    base = _DISPLAY.get(key, "")
    if key in _LEVELED:
        return f"{base} {'thành phố' if level == 'thanh-pho' else 'tỉnh'}"
    return f"{base} {place}".strip() if key in _NAMED else base


def find_bodies(text: str) -> list[BodyMention]:
    """Issuing bodies named in ``text``, in order, each with a canonical key and display form."""
    view = FoldedText.of(text)
    found: list[tuple[int, int, str, str]] = []
    for key, pattern in _PATTERNS:
        for match in pattern.finditer(view.folded):
            start, end = view.span(match.start(), match.end())
            if keywords_ok(text[start:end], _KEYWORDS):
                found.append((start, end, key, _level(match.groupdict().get("level"))))
    out = []
    for start, end, key, level in keep_longest(found):
        place, province, end = _place_after(text, end, key)
        if key in _LEVELED and not level and province:
            known = get_province(province)
            level = "thanh-pho" if known and known.is_city else "tinh"
        display = body_display(key, level, place)
        out.append(BodyMention(key, display, start, end, text[start:end], level, place, province))
    return out


def _level(token: str | None) -> str:
    if not token:
        return ""
    return "tinh" if token.startswith("tinh") else "thanh-pho"


def _place_after(text: str, end: int, key: str) -> tuple[str, str, int]:
    """(place, province, new end) for a name right after the body ("... tỉnh Nghệ An")."""
    tail = text[end : end + 60]
    found = find_provinces(tail)
    if found and not tail[: found[0].start].strip():
        first = found[0]
        place = first.name if key in _NAMED else ""
        return place, first.name, end + first.end
    if key in _NAMED and key != "tinh-uy":
        name, length = _capitalised_run(tail)
        if name:
            return title_case_place(name), "", end + length
    return "", "", end


def title_case_place(name: str) -> str:
    """A place name from an all-capitals letterhead in title case ("MỸ TÚ" -> "Mỹ Tú");
    names already in mixed case, numbers ("Quận 3") and short codes are kept as written."""
    letters = [c for c in name if c.isalpha()]
    if len(letters) < 3 or not all(c.isupper() for c in letters):
        return name
    return " ".join(_title_word(word) for word in name.split())


def _title_word(word: str) -> str:
    if len(word) < 2 or not word[0].isalpha() or _ROMAN_NUMERAL.fullmatch(word):
        return word  # "3", "II"
    return word[0] + word[1:].lower()  # "M'GAR" -> "M'gar"


def body_with_province(body: str, province: str) -> str:
    """A body and its province in one display string, without saying the province twice:
    "Đảng ủy Khối các cơ quan tỉnh Phú Thọ", "Thành ủy Quảng Ngãi" (not "... Quảng Ngãi Quảng
    Ngãi"), "Huyện ủy Mỹ Tú (Sóc Trăng)"."""
    body, province = " ".join(body.split()), " ".join(province.split())
    if not province or fold(province) in fold(body):
        return body or province
    if not body:
        return province
    if fold(body).endswith((" tinh", " thanh pho")):
        return f"{body} {province}"
    return f"{body} ({province})"


def _capitalised_run(tail: str, max_words: int = 4) -> tuple[str, int]:
    """The run of capitalised words (or numbers) at the start of ``tail``: a place name."""
    taken: list[str] = []
    pos = 0
    for match in re.finditer(r"[\w'\-]+|\S", tail):
        word, gap = match.group(0), tail[pos : match.start()]
        if len(taken) >= max_words or (taken and gap != " ") or (not taken and gap.strip()):
            break
        if not (word[0].isupper() or word.isdigit()) or not word[0].isalnum():
            break
        taken.append(word)
        pos = match.end()
    return " ".join(taken), pos
