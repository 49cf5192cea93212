"""Precision and recall of fact extraction against hand-checked facts.

A checked fact is (file name, metric, period, value as written), the metric optionally
followed by ":<measure>" ("ket_nap:pct_plan"; plain "ket_nap" is the value itself). An
extracted fact matches when file, metric, measure and period agree and the values read the
same: numbers by value ("1,25 tỷ đồng" = 1 250 000 000, "22,3%" = 22,3, "Một" = 1), texts
(the theme of the year) by their folded words. Only whole-body facts are scored: figures of
a breakdown table's rows (``segment``) are left out of both sides.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from assistant.facts.model import Fact
from assistant.facts.spans import NUMBER_WORDS
from assistant.numbers import normalize_number
from ingest.text import fold

_SCALES = {"nghin": 10**3, "ngan": 10**3, "trieu": 10**6, "ty": 10**9, "ti": 10**9}
_FIGURE = re.compile(r"(\d[\d.,]*)\s*(nghin|ngan|trieu|ty|ti)?")

Key = tuple[str, str, str, str, str]  # file, metric, measure, period, value key


def value_key(value: str, measure: str = "value") -> str:
    """A comparable form of a written value: its number, or its folded words for a text."""
    if measure == "text":
        return " ".join(re.findall(r"\w+", fold(value)))
    folded = fold(value)
    if folded.strip() in NUMBER_WORDS:
        return str(Decimal(NUMBER_WORDS[folded.strip()]))
    match = _FIGURE.search(folded)
    if not match:
        return folded.strip()
    number = normalize_number(match.group(1))
    if number is None:
        return folded.strip()
    if match.group(2):
        number *= _SCALES[match.group(2)]
    return format(number.normalize(), "f")


def checked_key(item: dict[str, Any]) -> Key:
    metric, _, measure = str(item["metric"]).partition(":")
    measure = str(item.get("measure") or measure or "value")
    return item["file"], metric, measure, str(item["period"]), value_key(str(item["value"]), measure)


def fact_key(file: str, fact: Fact) -> Key:
    return file, fact.metric, fact.measure, fact.period, value_key(fact.value, fact.measure)


@dataclass
class Score:
    """Matches, extra facts (false positives) and missed facts (false negatives)."""

    matched: set[Key] = field(default_factory=set)
    extra: set[Key] = field(default_factory=set)
    missed: set[Key] = field(default_factory=set)

    @property
    def precision(self) -> float:
        found = len(self.matched) + len(self.extra)
        return len(self.matched) / found if found else 1.0

    @property
    def recall(self) -> float:
        wanted = len(self.matched) + len(self.missed)
        return len(self.matched) / wanted if wanted else 1.0

    def summary(self) -> str:
        return (
            f"precision {self.precision:.3f} ({len(self.matched)}/{len(self.matched) + len(self.extra)}), "
            f"recall {self.recall:.3f} ({len(self.matched)}/{len(self.matched) + len(self.missed)})"
        )


def score(extracted: Iterable[Key], checked: Iterable[Key]) -> Score:
    found, wanted = set(extracted), set(checked)
    return Score(matched=found & wanted, extra=found - wanted, missed=wanted - found)


def scored_facts(file: str, facts: Iterable[Fact], metrics: set[str] | None = None) -> list[Key]:
    """Keys of the whole-body facts that take part in scoring (tasks and limitations do not)."""
    keys = []
    for fact in facts:
        if fact.segment or fact.metric in ("nhiem_vu", "han_che"):
            continue
        if metrics is not None and fact.metric not in metrics:
            continue
        keys.append(fact_key(file, fact))
    return keys
