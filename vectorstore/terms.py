"""Party-work abbreviations and question words, kept in ``vectorstore/data``.

``abbreviations.yaml`` maps the abbreviations of the genre to what they mean here (BTV is Ban
Thường vụ, UBKT is Ủy ban Kiểm tra, TCCS is tổ chức cơ sở, T.Ư is Trung ương...). Questions
are expanded before they are understood and searched, and documents are indexed with the
expansions of the abbreviations they use, so "UBKT" and "Ủy ban Kiểm tra" find each other.
``question_words.yaml`` lists the phrases that only make a sentence a question ("bao nhiêu",
"là gì"); lexical queries leave them out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from ingest.matching import FoldedText, keep_longest
from ingest.text import clean_text, fold, has_diacritics, index_form

# Not inside a document number ("126-BC/ĐUK", "21-KL/TW") or a dotted code.
_BEFORE = r"(?<![\w/\-.])"
_AFTER = r"(?![\w/])"


@dataclass(frozen=True)
class Abbreviation:
    """One entry of the dictionary: its expansion and the spellings that stand for it."""

    expansion: str
    forms: tuple[str, ...]  # matched in any case, with or without diacritics
    exact: tuple[str, ...]  # matched only as written


@dataclass(frozen=True)
class AbbreviationMention:
    """An abbreviation found in a text, with its span there and its expansion."""

    start: int
    end: int
    text: str
    expansion: str


def _load_yaml(name: str) -> Any:
    raw = resources.files("vectorstore").joinpath(f"data/{name}").read_text(encoding="utf-8")
    return yaml.safe_load(raw)


@lru_cache(maxsize=1)
def abbreviations() -> tuple[Abbreviation, ...]:
    """The dictionary of ``vectorstore/data/abbreviations.yaml``."""
    return tuple(
        Abbreviation(
            expansion=str(entry["expansion"]),
            forms=tuple(str(f) for f in entry.get("forms") or ()),
            exact=tuple(str(f) for f in entry.get("exact") or ()),
        )
        for entry in _load_yaml("abbreviations.yaml")
    )


def _alternation(forms: dict[str, str]) -> re.Pattern[str] | None:
    if not forms:
        return None
    parts = [re.escape(f).replace(r"\ ", r"\s*") for f in sorted(forms, key=len, reverse=True)]
    return re.compile(_BEFORE + "(?:" + "|".join(parts) + ")" + _AFTER)


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str] | None, dict[str, str], re.Pattern[str] | None, dict[str, str]]:
    folded: dict[str, str] = {}
    exact: dict[str, str] = {}
    for entry in abbreviations():
        for form in entry.forms:
            folded.setdefault(_squash(fold(form)), entry.expansion)
        for form in entry.exact:
            exact.setdefault(form, entry.expansion)
    return _alternation(folded), folded, _alternation(exact), exact


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text.strip())


def find_abbreviations(text: str) -> list[AbbreviationMention]:
    """Abbreviations named in ``text``, in order (the longest where spellings overlap)."""
    folded_re, folded_map, exact_re, exact_map = _patterns()
    text = clean_text(text) if "\r" in text else text
    found: list[tuple[int, int, str]] = []
    if folded_re is not None:
        view = FoldedText.of(text)
        for match in folded_re.finditer(view.folded):
            start, end = view.span(match.start(), match.end())
            expansion = folded_map.get(_squash(match.group(0)))
            if expansion:
                found.append((start, end, expansion))
    if exact_re is not None:
        for match in exact_re.finditer(text):
            found.append((match.start(), match.end(), exact_map[match.group(0)]))
    return [AbbreviationMention(s, e, text[s:e], x) for s, e, x in keep_longest(found)]


def expand(text: str) -> str:
    """``text`` with each abbreviation replaced by its expansion ("NQ T.Ư 4" -> "Nghị quyết
    Trung ương 4")."""
    out, pos = [], 0
    for mention in find_abbreviations(text):
        out.append(text[pos : mention.start])
        out.append(mention.expansion)
        pos = mention.end
    out.append(text[pos:])
    return "".join(out)


def expansions(text: str) -> list[str]:
    """The distinct expansions of the abbreviations ``text`` uses, in order."""
    return list(dict.fromkeys(m.expansion for m in find_abbreviations(text)))


@lru_cache(maxsize=1)
def _question_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    phrases = [index_form(str(p)) for p in _load_yaml("question_words.yaml")]

    def build(forms: list[str]) -> re.Pattern[str]:
        parts = [re.escape(f).replace(r"\ ", r"\s+") for f in sorted(set(forms), key=len, reverse=True)]
        return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)")

    return build(phrases), build([fold(p) for p in phrases])


@lru_cache(maxsize=1)
def stopwords() -> tuple[frozenset[str], frozenset[str]]:
    """(accented, folded) function words left out of lexical queries (``stopwords.yaml``)."""
    raw = _load_yaml("stopwords.yaml")
    accented = frozenset(index_form(str(w)) for w in raw.get("accented") or ())
    folded = frozenset(fold(str(w)) for w in raw.get("folded") or ())
    return accented, folded


def strip_question_words(text: str) -> str:
    """The index form of ``text`` without question phrases ("bao nhiêu", "là gì", "nào").

    A question typed with diacritics loses the accented phrases only ("máy" is not "mấy"); one
    typed without loses their folded forms.
    """
    accented, folded = _question_patterns()
    if has_diacritics(text):
        return _squash(accented.sub(" ", index_form(text)))
    return _squash(folded.sub(" ", fold(text)))


@lru_cache(maxsize=1)
def _concepts() -> tuple[tuple[re.Pattern[str], str], ...]:
    rules = []
    for entry in _load_yaml("concepts.yaml"):
        asks = [re.escape(fold(str(a))).replace(r"\ ", r"\s+") for a in entry["ask"]]
        rules.append((re.compile(r"(?<!\w)(?:" + "|".join(asks) + r")(?!\w)"), str(entry["find"])))
    return tuple(rules)


def concept_words(text: str) -> str:
    """Words reports use for what the question asks ("gửi tới những nơi nào" -> "nơi nhận...")."""
    folded = fold(text)
    return " ".join(find for pattern, find in _concepts() if pattern.search(folded))
