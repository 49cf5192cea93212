"""Citations of the facts a comparison answer quotes: one per (chunk, sentence), numbered in order,
and the words of the report that state each figure."""

from __future__ import annotations

import itertools
import re
from typing import Any

from assistant.facts.model import Fact
from assistant.results import Citation
from ingest.sentences import clause_spans
from ingest.text import fold

# "đạt 17,6% kế hoạch năm", "bằng 104% so với cùng kỳ": the share of a plan (or of an earlier
# figure) that the figure before it is; a bare rate ("đạt 96,1%": of those who should) is not.
_SHARE_PART = re.compile(
    r"(?:dat|bang|vuot)\s+(?:\w+\s+)?\d[\d.,]*\s*%\s*(?:so voi\s+)?"
    r"(?:ke hoach|chi tieu|du toan|nghi quyet|cung ky)\b"
)


class Citer:
    """Call with a fact: the number of its citation (added on first use)."""

    def __init__(self, bot: Any) -> None:
        self.bot = bot
        self.citations: list[Citation] = []

    def __call__(self, fact: Fact) -> int:
        for c in self.citations:
            if c.chunk_id == fact.chunk_id and c.passage == fact.quote:
                return c.n
        rows = self.bot.catalog.query("SELECT text FROM chunks WHERE chunk_id = ?", (fact.chunk_id,))
        meta = {
            "province": fact.province,
            "body": fact.body,
            "periods": fact.doc_periods,
            "metric": fact.metric,
        }
        citation = Citation(
            n=len(self.citations) + 1,
            source=fact.source,
            title=fact.title,
            date=fact.date,
            passage=fact.quote,
            chunk_id=fact.chunk_id,
            chunk_text=str(rows[0]["text"]) if rows else fact.quote,
            metadata=meta,
        )
        self.citations.append(citation)
        return citation.n


def stated(fact: Fact, limit: int = 160) -> str:
    """The words of the report that state ``fact``: the clause of its sentence holding the figure,
    verbatim, up to the figure's part (cuts marked "…"); "" for a table row or a figure not found."""
    quote = fact.quote
    if not quote or " | " in quote or not fact.value:
        return ""
    figure = re.compile(r"(?<![\d.,])" + re.escape(fact.value) + r"(?![\d]|[.,]\d)")
    found: list[tuple[str, re.Match[str]]] = []
    for start, end in clause_spans(quote):
        clause = quote[start:end].rstrip(" ;.")
        found.extend((clause, m) for m in figure.finditer(clause))
    # The figure followed by the fact's noun ("44 đảng viên", not "44 tổ chức") when it is written twice.
    unit = fold(fact.unit)
    named = [(c, m) for c, m in found if unit and fold(c[m.end() :]).strip().startswith(unit)]
    if not found:
        return ""
    clause, match = (named or found)[0]
    return _shorten(clause, match.start(), match.end(), limit)


def _shorten(clause: str, start: int, end: int, limit: int) -> str:
    """The comma-separated part of ``clause`` holding ``clause[start:end]``, the parts right after
    it that give its share of a plan ("đạt 17,6% kế hoạch năm": the figure's own), and those
    before it while they fit ``limit``; what else follows is another figure."""
    cuts = [0, *_commas(clause), len(clause)]
    parts = list(itertools.pairwise(cuts))
    own = next(i for i, (a, b) in enumerate(parts) if a <= start and end <= b)
    last = own
    while last + 1 < len(parts) and _SHARE_PART.match(fold(clause[slice(*parts[last + 1])]).strip()):
        last += 1
    lo = own
    while lo > 0 and parts[last][1] - parts[lo - 1][0] <= limit:
        lo -= 1
    text = clause[parts[lo][0] : parts[last][1]].strip(" ,")
    return ("…" if lo > 0 else "") + text + ("…" if last + 1 < len(parts) else "")


def _commas(clause: str) -> list[int]:
    """Positions just after the commas of ``clause`` outside brackets ("18,3%" has none)."""
    out: list[int] = []
    depth = 0
    for i, char in enumerate(clause):
        depth += (char == "(") - (char == ")")
        if char == "," and depth <= 0 and clause[i + 1 : i + 2] == " ":
            out.append(i + 1)
    return out
