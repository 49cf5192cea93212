"""Numbers, dates and periods written in Vietnamese text, reduced to comparable keys.

Used to check that every figure of an LLM answer is really written in its sources, and
reusable wherever two spellings of one figure must compare equal:

* numbers: "5.016" = "5016" = "5 016"; "96,4%" = "96.4%"; "12,4 tỷ" = "12.400.000.000";
* dates: "5/4/2022" = "05/04/2022" = "ngày 5 tháng 4 năm 2022" = "2022-04-05";
* periods: "quý II/2022" = "Quý 2 năm 2022".

A :class:`Figure` found in an answer has ``parts``, each a set of alternative readings
("5.016" may be five thousand sixteen or, written the English way, five point zero one six);
it is supported when every part has a reading among the keys a source *supports*
(:func:`support_keys`). The source side is deliberately more generous than the answer side:
a source date "05/04/2022" supports the answer's "5/4", "tháng 4/2022" and "năm 2022", but the
answer's "5/4/2023" is not supported by the source's "5/4/2022" alone. A date, month or
quarter with its year ("28/12/2022", "quý II/2022") is also supported by its parts written
apart ("Chiều 28/12" ... "năm 2022"), since articles often name the year only once.

List labels such as "(1)", "(2)" are not figures. ``derived_from`` accepts a number that is
the difference or sum of two other numbers of the same sentence ("tăng từ 5.637 lên 5.904,
tức tăng 267"), so comparisons can be checked too.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Literal

FigureKind = Literal["number", "date", "month", "period", "label"]

_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_SCALES = {"nghìn": 10**3, "ngàn": 10**3, "triệu": 10**6, "tỷ": 10**9, "tỉ": 10**9}
_SPACE = r"[ \u00a0\u202f\u2009]"
_B = r"(?<![\w/.,-])"  # a figure does not start inside a word or another figure
_E = r"(?![\w/]|[.,-]\d)"  # ... nor end inside one

_DAY_MONTH_YEAR_WORDS = re.compile(
    _B + r"(?:ngày\s+)?(\d{1,2})\s+tháng\s+(\d{1,2})\s*(?:năm|,|/)\s*(\d{4})" + _E, re.I
)
_DAY_MONTH_WORDS = re.compile(r"(?<!\w)ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})" + _E, re.I)
_MONTH_YEAR_WORDS = re.compile(r"(?<!\w)tháng\s+(\d{1,2})\s*(?:năm|/|-)\s*(\d{4})" + _E, re.I)
_DMY = re.compile(_B + r"(\d{1,2})([/.-])(\d{1,2})\2(\d{4})" + _E)
_ISO = re.compile(_B + r"(\d{4})-(\d{1,2})-(\d{1,2})" + _E)
_MY = re.compile(_B + r"(\d{1,2})/(\d{4})" + _E)
_DM = re.compile(_B + r"(\d{1,2})/(\d{1,2})" + _E)
_QUARTER = re.compile(r"(?<!\w)qu[ýí]\s+(iv|i{1,3}|[1-4])(?:\s*(?:/|năm|-)\s*(\d{4}))?(?![\w/])", re.I)
_LABEL = re.compile(r"\(\d{1,2}\)|^\s*\d{1,2}[.)](?=\s)")
_NUMBER = re.compile(
    r"(?<![\w.,])(\d{1,3}(?:(?:[.,]|" + _SPACE + r")\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)"
    r"(?![\w]|[.,]\d)"
    r"(?:\s*(nghìn|ngàn|triệu|tỷ|tỉ)(?!\w))?",
    re.I,
)


@dataclass(frozen=True)
class Figure:
    """A figure as written (``text``, at ``start``) with its possible readings (``keys``)."""

    text: str
    start: int
    kind: FigureKind
    parts: tuple[frozenset[str], ...]  # answer side: each part needs one supported reading
    support: frozenset[str]  # source side: every key this figure vouches for

    @property
    def keys(self) -> frozenset[str]:
        """Every reading of the figure (all parts together)."""
        return frozenset().union(*self.parts)


def number_readings(token: str) -> set[Decimal]:
    """Every value ``token`` can mean: "5.016" -> {5016, 5.016}; "96,4" -> {96.4}.

    Vietnamese writes "." (or a space) between thousands and "," before decimals; English
    the other way round. A separator followed by exactly three digits is ambiguous.
    """
    groups = re.split(r"[.,\s\u00a0\u202f\u2009]", token)
    seps = re.findall(r"[.,\s\u00a0\u202f\u2009]", token)
    values: set[Decimal] = set()
    for thousands, decimal in ((".", ","), (",", ".")):
        value = _read(groups, seps, thousands, decimal)
        if value is not None:
            values.add(value)
    return values


def _read(groups: list[str], seps: list[str], thousands: str, decimal: str) -> Decimal | None:
    integer, fraction = groups[0], ""
    for i, sep in enumerate(seps):
        group = groups[i + 1]
        if sep == decimal:
            if i != len(seps) - 1:
                return None
            fraction = group
        elif sep == thousands or sep.isspace():
            if len(group) != 3 or (i == 0 and len(groups[0]) > 3):
                return None
            integer += group
        else:
            return None
    try:
        return Decimal(f"{integer}.{fraction}" if fraction else integer)
    except InvalidOperation:
        return None


def normalize_number(token: str) -> Decimal | None:
    """The value of ``token`` read the Vietnamese way first ("5.016" -> 5016)."""
    groups = re.split(r"[.,\s\u00a0\u202f\u2009]", token.strip())
    seps = re.findall(r"[.,\s\u00a0\u202f\u2009]", token.strip())
    value = _read(groups, seps, ".", ",")
    return value if value is not None else _read(groups, seps, ",", ".")


def _key(prefix: str, value: Decimal) -> str:
    text = format(value.normalize(), "f")
    return f"{prefix}:{text}"


_Keys = tuple[tuple[frozenset[str], ...], set[str]]


def _date_keys(day: int, month: int, year: int | None) -> _Keys | None:
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return None
    dm = f"dm:{month:02d}-{day:02d}"
    if year is None:
        return (frozenset({dm}),), {dm}
    full = f"d:{year:04d}-{month:02d}-{day:02d}"
    parts, support = _with_year(full, dm, year)
    return parts, support | {f"m:{year:04d}-{month:02d}"}


def _with_year(key: str, alone: str, year: int) -> _Keys:
    """A date, month or quarter with its year: supported as such, or by its parts apart."""
    parts = (frozenset({key, alone}), frozenset({key, f"n:{year}"}))
    return parts, {key, alone, f"n:{year}", f"s:{year}"}


def _month_keys(month: int, year: int) -> _Keys | None:
    if not 1 <= month <= 12:
        return None
    return _with_year(f"m:{year:04d}-{month:02d}", f"n:{month}", year)


def _quarter_keys(q: str, year: str | None) -> _Keys:
    n = _ROMAN.get(q.lower()) or int(q)
    if year is None:
        return (frozenset({f"q:{n}"}),), {f"q:{n}"}
    return _with_year(f"qy:{int(year)}-Q{n}", f"q:{n}", int(year))


def _number_keys(token: str, scale_word: str | None) -> _Keys | None:
    readings = number_readings(token)
    if not readings:
        return None
    scale = _SCALES[scale_word.lower()] if scale_word else 1
    scaled = {_key("s", v * scale) for v in readings}
    plain = {_key("n", v) for v in readings}
    support = plain | scaled | {_key("s", v) for v in readings}
    # A space-grouped source number may also be two numbers side by side.
    for part in re.split(_SPACE, token) if re.search(_SPACE, token) else []:
        support |= {_key("n", v) for v in number_readings(part)}
    return (frozenset(scaled if scale_word else plain),), support


def extract_figures(text: str) -> list[Figure]:
    """Every number, date and quarter written in ``text``, in reading order, not overlapping."""
    text = unicodedata.normalize("NFC", text)
    found: list[Figure] = []

    def add(match: re.Match[str], kind: FigureKind, keys: _Keys | None) -> None:
        start, end = match.span()
        if keys is None or any(f.start < end and start < f.start + len(f.text) for f in found):
            return
        found.append(Figure(match.group(0), start, kind, keys[0], frozenset(keys[1])))

    for m in _LABEL.finditer(text):
        found.append(Figure(m.group(0), m.start(), "label", (), frozenset()))
    for m in _DAY_MONTH_YEAR_WORDS.finditer(text):
        add(m, "date", _date_keys(int(m[1]), int(m[2]), int(m[3])))
    for m in _DAY_MONTH_WORDS.finditer(text):
        add(m, "date", _date_keys(int(m[1]), int(m[2]), None))
    for m in _MONTH_YEAR_WORDS.finditer(text):
        add(m, "month", _month_keys(int(m[1]), int(m[2])))
    for m in _QUARTER.finditer(text):
        add(m, "period", _quarter_keys(m[1], m[2]))
    for m in _DMY.finditer(text):
        add(m, "date", _date_keys(int(m[1]), int(m[3]), int(m[4])))
    for m in _ISO.finditer(text):
        add(m, "date", _date_keys(int(m[3]), int(m[2]), int(m[1])))
    for m in _MY.finditer(text):
        add(m, "month", _month_keys(int(m[1]), int(m[2])))
    for m in _DM.finditer(text):
        add(m, "date", _date_keys(int(m[1]), int(m[2]), None))
    for m in _NUMBER.finditer(text):
        add(m, "number", _number_keys(m[1], m[2]))
    return sorted((f for f in found if f.kind != "label"), key=lambda f: f.start)


def support_keys(text: str) -> set[str]:
    """Every key the figures written in ``text`` vouch for (the source side of a check)."""
    keys: set[str] = set()
    for figure in extract_figures(text):
        keys |= figure.support
    return keys


def is_supported(figure: Figure, keys: set[str] | frozenset[str]) -> bool:
    """True when every part of ``figure`` has a reading among ``keys`` (:func:`support_keys`)."""
    return all(not part.isdisjoint(keys) for part in figure.parts)


def _values(figure: Figure) -> set[Decimal]:
    return {Decimal(k[2:]) for k in figure.keys if k.startswith("n:")}


def derived_from(figure: Figure, others: list[Figure]) -> bool:
    """True when ``figure`` is a plain number equal to a - b or a + b of two ``others``."""
    wanted = _values(figure)
    if figure.kind != "number" or not wanted:
        return False
    pool = sorted({v for other in others if other is not figure for v in _values(other)})
    for i, a in enumerate(pool):
        for b in pool[i + 1 :]:
            if {b - a, a + b} & wanted:
                return True
    return False


def same_number(a: str, b: str) -> bool:
    """True when the two written numbers can mean the same value ("5.016" vs "5 016")."""
    return not number_readings(a).isdisjoint(number_readings(b))


_PERIOD = re.compile(r"^(\d{4})(?:-(Q[1-4]|H[12]|M\d{2}|9M))?$", re.I)
_ROMAN_OUT = {1: "I", 2: "II", 3: "III", 4: "IV"}


def format_period(code: str) -> str:
    """Vietnamese wording of a period code: "2022-Q1" -> "quý I/2022"; unknown codes as is."""
    match = _PERIOD.match(code.strip())
    if not match:
        return code.strip()
    year, part = match[1], (match[2] or "").upper()
    if not part:
        return f"năm {year}"
    if part.startswith("Q"):
        return f"quý {_ROMAN_OUT[int(part[1])]}/{year}"
    if part == "H1":
        return f"6 tháng đầu năm {year}"
    if part == "H2":
        return f"6 tháng cuối năm {year}"
    if part == "9M":
        return f"9 tháng năm {year}"
    return f"tháng {int(part[1:])}/{year}"


def format_date(iso: str) -> str:
    """ "2022-04-05" -> "05/04/2022" (the Vietnamese order); anything else unchanged."""
    match = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", iso.strip())
    return f"{match[3]}/{match[2]}/{match[1]}" if match else iso.strip()
