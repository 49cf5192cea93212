"""Provinces of Vietnam: the table in ``ingest/data/provinces.yaml``, a recogniser for their
names in accented, old-tone or folded text, and the web hosts that identify a province.

Matching is on the folded view; the longest name wins where names overlap ("Thừa Thiên Huế"
over "Huế", "Bà Rịa - Vũng Tàu" over "Vũng Tàu"), and a match must be accent-compatible with a
known spelling ("Dak Lak" and "Đắk Lắk" are Đắk Lắk; "Huệ" is not Huế). "Hồ Chí Minh" alone is
never the city: it is the President in "tư tưởng Hồ Chí Minh"; the city is "TP Hồ Chí Minh",
"TP.HCM", "Thành phố Hồ Chí Minh", "Sài Gòn".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any
from urllib.parse import urlsplit

import yaml

from ingest.matching import FoldedText, accent_compatible, is_title_case
from ingest.text import fold

_SEP = r"(?:\s*[\-–.]\s*|\s+)"
_HOST_NOISE = {"www", "vn", "com", "net", "org", "gov", "edu", "info", "dcs", "m", "amp"}


@dataclass(frozen=True)
class Province:
    """One province-level unit of 2021-2024."""

    name: str  # display: "Nghệ An"
    slug: str  # "nghe-an"
    kind: str  # "tinh" or "thanh-pho"
    capital: str
    merged_2025: str  # the unit it belongs to since the 1 July 2025 merger
    variants: tuple[str, ...]  # every spelling matched, the display name included
    cased: tuple[str, ...]  # spellings matched only when capitalised
    hosts: tuple[str, ...]  # compact forms that identify it in a host name

    @property
    def is_city(self) -> bool:
        return self.kind == "thanh-pho"


@dataclass(frozen=True)
class ProvinceMention:
    """A province named in a text: its display name, slug and span in that text."""

    name: str
    slug: str
    start: int
    end: int
    text: str


def _compact(name: str) -> str:
    return re.sub(r"\W+", "", fold(name))


def _slug(name: str) -> str:
    return re.sub(r"\W+", "-", fold(name)).strip("-")


def _province(entry: dict[str, Any]) -> Province:
    name = entry["name"]
    variants = (name, *entry.get("variants", []))
    cased = tuple(variants) if entry.get("cased") else tuple(entry.get("cased_variants", []))
    hosts = (_compact(name), *entry.get("hosts", []))
    slug = _slug(name.removeprefix("TP "))
    return Province(
        name=name,
        slug=slug,
        kind=entry.get("kind", "tinh"),
        capital=entry.get("capital", name),
        merged_2025=entry.get("merged_2025", name),
        variants=variants,
        cased=cased,
        hosts=tuple(dict.fromkeys(hosts)),
    )


@lru_cache(maxsize=1)
def provinces() -> tuple[Province, ...]:
    """The 63 provinces and centrally-run cities of 2021-2024."""
    raw = resources.files("ingest").joinpath("data/provinces.yaml").read_text(encoding="utf-8")
    return tuple(_province(entry) for entry in yaml.safe_load(raw))


def units_2025() -> list[str]:
    """The 34 province-level units since the 2025 merger."""
    return sorted({p.merged_2025 for p in provinces()})


@lru_cache(maxsize=1)
def _index() -> tuple[re.Pattern[str], dict[str, list[tuple[Province, str]]]]:
    by_compact: dict[str, list[tuple[Province, str]]] = {}
    forms: set[str] = set()
    for province in provinces():
        for variant in province.variants:
            syllables = re.findall(r"\w+", fold(variant))
            forms.add(_SEP.join(syllables))
            by_compact.setdefault("".join(syllables), []).append((province, variant))
    alternation = "|".join(sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternation})(?!\w)"), by_compact


def find_provinces(text: str) -> list[ProvinceMention]:
    """Provinces named in ``text``, in order (longest name where names overlap)."""
    pattern, by_compact = _index()
    view = FoldedText.of(text)
    lowercase_input = not any(ch.isupper() for ch in text)
    out = []
    for match in pattern.finditer(view.folded):
        start, end = view.span(match.start(), match.end())
        original = text[start:end]
        candidates = by_compact.get(re.sub(r"\W+", "", match.group(0)), [])
        for province, variant in candidates:
            if not accent_compatible(original, variant):
                continue
            if variant in province.cased and not (lowercase_input or is_title_case(original)):
                continue
            out.append(ProvinceMention(province.name, province.slug, start, end, original))
            break
    return out


def get_province(name: str) -> Province | None:
    """The province for a display name, slug or any known spelling; None if unknown."""
    wanted = _compact(name)
    for province in provinces():
        if wanted == province.slug.replace("-", "") or wanted in map(_compact, province.variants):
            return province
    return None


def province_from_url(url: str) -> str:
    """The province a news or party website belongs to, from its host name; "" if none.

    "baonghean.vn", "nghean.dcs.vn", "dangbokhoicoquan.nghean.gov.vn", "baocantho.com.vn" ->
    the province; a label that starts or ends with a province's compact name ("hanoimoi",
    "thanhhoangaynay") counts when that name has at least five letters.
    """
    host = (urlsplit(url if "//" in url else f"//{url}").hostname or "").lower()
    labels = [lb for lb in re.split(r"[.\-]", host) if lb and lb not in _HOST_NOISE]
    if not labels:
        return ""
    pairs = [(h, p) for p in provinces() for h in p.hosts]
    for label in labels:
        for host_form, province in pairs:
            if label in (host_form, f"bao{host_form}"):
                return province.name
    best, best_len = "", 4  # shorter compact names ("hue") only count as whole labels
    for label in labels:
        for host_form, province in pairs:
            fits = label.startswith(host_form) or label.endswith(host_form)
            if fits and len(host_form) > best_len:
                best, best_len = province.name, len(host_form)
    return best


def province_of_place(place: str) -> str:
    """The province whose seat (or own name) is ``place`` ("Buôn Ma Thuột" -> "Đắk Lắk")."""
    wanted = _compact(place.removeprefix("TP.").removeprefix("TP "))
    for province in provinces():
        if wanted in (_compact(province.capital), _compact(province.name)):
            return province.name
    return ""
