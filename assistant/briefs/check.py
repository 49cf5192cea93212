"""Checks of a finished brief: every number matches its cited source; every change recomputes.

``check_numbers`` looks at each cited figure (table cells, the theme, the lines of the
sections) and asks whether each number written there is among the numbers of the source it
cites (``assistant.numbers``: "6.471" = "6471", "1,25 tỷ đồng" = 1 250 000 000). A line of the
comparison section cites its figures too; the change it states is computed, and is checked by
``check_changes`` (recomputed from the cited figures) instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.briefs.arith import change
from assistant.briefs.model import COMPARE, Brief
from assistant.facts.metrics import metric
from assistant.numbers import extract_figures, is_supported, support_keys

_MARKER = re.compile(r"\[(\d+)\]")


@dataclass
class NumberCheck:
    """How many numbers of the brief were checked against their cited sources, and which failed."""

    checked: int = 0
    matched: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def share(self) -> float:
        return self.matched / self.checked if self.checked else 1.0


def check_numbers(brief: Brief) -> NumberCheck:
    """Every number of every cited cell and line, against the quotes of the sources it cites."""
    result = NumberCheck()
    for figure in brief.figures:
        _check(result, figure.value, [figure.n], brief)
    lines = [brief.theme] if brief.theme else []
    for name, section in brief.sections.items():
        if name != COMPARE:
            lines.extend(section)
    for line in lines:
        cited = [int(n) for n in _MARKER.findall(line)]
        _check(result, _MARKER.sub(" ", line), cited, brief)
    return result


def _check(result: NumberCheck, text: str, cited: list[int], brief: Brief) -> None:
    keys: set[str] = set()
    for n in cited:
        source = brief.source(n)
        if source is not None:
            keys |= support_keys(source.quote)
    for figure in extract_figures(text):
        if figure.kind != "number":
            continue
        result.checked += 1
        if cited and is_supported(figure, keys):
            result.matched += 1
        else:
            result.problems.append(f"«{figure.text}» in «{text[:80]}» not in source {cited}")


def check_changes(brief: Brief) -> list[str]:
    """Problems with the computed changes of the table (empty when every one recomputes)."""
    problems = []
    for row in brief.rows:
        for old, text in ((row.previous, row.vs_previous), (row.year_ago, row.vs_year_ago)):
            if old is None or not text or row.current.number is None or old.number is None:
                continue
            money = metric(row.metric).kind == "money"
            expected = change(row.current.number, old.number, row.measure != "value").text(money=money)
            if expected != text:
                problems.append(f"{row.label}: {text} != {expected}")
    return problems
