"""The numbered source list of a brief: one entry per quoted sentence, numbered on first use."""

from __future__ import annotations

import re

from assistant.briefs.model import Brief, BriefSource
from assistant.facts.model import Fact

_MARKER = re.compile(r"\[(\d+)\]")


class SourceList:
    """Hands out [n] numbers: the same sentence of the same chunk always gets the same one."""

    def __init__(self) -> None:
        self.items: list[BriefSource] = []
        self._index: dict[tuple[str, str], int] = {}

    def cite(self, fact: Fact) -> int:
        return self.add(fact.source, fact.title, fact.date, fact.quote, fact.chunk_id)

    def add(self, source: str, title: str, date: str, quote: str, chunk_id: str = "") -> int:
        key = (chunk_id or source, quote.strip())
        if key not in self._index:
            n = len(self.items) + 1
            self.items.append(BriefSource(n, source, title, date, quote.strip(), chunk_id))
            self._index[key] = n
        return self._index[key]


def renumber(brief: Brief) -> None:
    """Keep only the sources the brief cites, numbered 1..m in order of first citation."""
    from assistant.briefs.model import SECTION_ORDER

    order: list[int] = [n for n in _cited(brief.theme)]
    for row in brief.rows:
        for figure in (row.current, row.previous, row.year_ago):
            if figure is not None and figure.n not in order:
                order.append(figure.n)
    for name in SECTION_ORDER:
        for line in brief.sections.get(name, []):
            order.extend(n for n in _cited(line) if n not in order)
    new = {old: i for i, old in enumerate(order, start=1)}
    by_n = {s.n: s for s in brief.sources}
    brief.sources = [BriefSource(new[o], *_fields(by_n[o])) for o in order if o in by_n]
    for figure in brief.figures:
        figure.n = new.get(figure.n, 0)
    brief.theme = _rewrite(brief.theme, new)
    brief.sections = {h: [_rewrite(line, new) for line in lines] for h, lines in brief.sections.items()}


def _fields(source: BriefSource) -> tuple[str, str, str, str, str]:
    return source.source, source.title, source.date, source.quote, source.chunk_id


def _cited(text: str) -> list[int]:
    return [int(n) for n in _MARKER.findall(text)]


def _rewrite(text: str, new: dict[int, int]) -> str:
    return _MARKER.sub(lambda m: f"[{new[int(m.group(1))]}]" if int(m.group(1)) in new else "", text)
