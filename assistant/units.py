"""Evidence units: the quotable pieces of a retrieved chunk.

A unit is what quote mode may quote: a sentence (or, for a very long one, a clause), a table
row with its header row, a list with its lead-in, or a signature block. Quotes are exact
substrings of the chunk text (a table row and its header are two exact lines of it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.question import folded_syllables
from ingest.periods import find_periods
from ingest.sentences import clause_spans, sentence_spans
from ingest.text import fold
from vectorstore.hits import Hit

_LIST_ITEM = re.compile(r"^\s*(?:[-–•*+▪●]|\d{1,2}[.)]|[a-zđ]\))\s+")
_LONG_SENTENCE = 350
_PLAN_CELL = re.compile(
    r"\b(?:ke hoach|kh|chi tieu|du toan|muc tieu|so voi|so kh|ty le|ti le|tang giam)\b|%", re.I
)
RECIPIENTS = re.compile(r"\s*Nơi nhận\s*:", re.I)
_SIGN_CUE = re.compile(r"(?<!\w)(?:T/M|TM\.|KT\.)\s|^(?:BÍ THƯ|PHÓ BÍ THƯ)\b|\(đã ký\)", re.M)
_SIGNER = re.compile(r"(?<!\w)[A-ZĐ][a-zà-ỹđ]+(?: [A-ZĐ][a-zà-ỹđ]+){1,3}[ \t]*$", re.M)


@dataclass
class Unit:
    """One quotable piece of a hit."""

    hit: Hit
    rank: int
    kind: str  # "sentence", "row", "list", "sign"
    quote: str  # exact text; a row is "header line\nrow line"
    start: int  # span of the quote (of the row line for a row) in hit.text
    end: int
    syllables: list[str] = field(default_factory=list)
    score: float = 0.0
    coverage: float = 0.0  # IDF-weighted share of the question's content words held
    strength: float = 0.0  # coverage, plus a bonus when the unit holds the asked kind of fact
    periods: list[str] = field(default_factory=list)

    @property
    def doc_id(self) -> str:
        return self.hit.doc_id or self.hit.source


def units_of(hit: Hit, rank: int) -> list[Unit]:
    """Every unit of one hit: sentences/clauses, table rows, lists and signature blocks."""
    text = hit.text
    units = _table_rows(hit, rank) + _lists(hit, rank) + _signature(hit, rank)
    for start, end in sentence_spans(text):
        if text[start] == "|":
            continue
        spans = clause_spans(text[start:end]) if end - start > _LONG_SENTENCE else [(0, end - start)]
        for a, b in spans:
            units.append(Unit(hit, rank, "sentence", text[start + a : start + b], start + a, start + b))
    for unit in units:
        unit.syllables = folded_syllables(unit.quote)
    return units


def _lines(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            left = pos + len(line) - len(line.lstrip())
            spans.append((left, left + len(stripped)))
        pos += len(line) + 1
    return spans


def _table_rows(hit: Hit, rank: int) -> list[Unit]:
    """Rows with their header. When the first row holds only figures (a header lost in PDF
    extraction), the line before the table stands in as the header."""
    text, units, header = hit.text, [], ""
    previous = ""
    for start, end in _lines(text):
        line = text[start:end]
        if not line.startswith("|"):
            header, previous = "", line
            continue
        if not header:
            header = line
            if not (_figures_only(line) and previous):
                continue
            header = previous
        if not re.fullmatch(r"[|\s:\-]+", line):
            units.append(Unit(hit, rank, "row", f"{header}\n{line}", start, end))
    return units


def table_header_periods(text: str, year: int | None = None, *, plans: bool = False) -> set[str]:
    """Period keys named by the header rows of the tables in ``text``: "Quý II/2023", "6
    tháng", and a bare year in a header cell ("Thực hiện 2022") as that year. Columns of plans
    and ratios ("Kế hoạch 2024", "2023 so KH (%)") count only with ``plans``."""
    keys: set[str] = set()
    previous = ""
    for start, end in _lines(text):
        line = text[start:end]
        if line.startswith("|") and not previous.startswith("|"):
            for cell in line.strip("|").split("|"):
                if not plans and _PLAN_CELL.search(fold(cell)):
                    continue  # "Kế hoạch năm 2024", "KH 2023", "2023 so KH (%)": not results
                keys |= {m.key for m in find_periods(cell, year)}
                keys |= set(re.findall(r"(?<![\d/.,])(?:19|20)\d\d(?![\d/.,])", cell))
        previous = line
    return keys


def _figures_only(row: str) -> bool:
    """True for a table row whose cells after the first are all figures (not a header)."""
    cells = [c.strip() for c in row.strip("|").split("|")[1:]]
    if not cells or all(re.fullmatch(r"(?:19|20)\d\d", c) for c in cells):
        return False  # "| | 2023 | 2024 |" is a header
    return all(re.fullmatch(r"[\d.,%()+\-\s]*\w{0,8}[\d.,%()+\-\s]*", c) for c in cells)


def _lists(hit: Hit, rank: int) -> list[Unit]:
    """A run of list items with the line before it (the lead-in), as one exact span. A run
    at the very start of a chunk (a list continued from the previous chunk) is left out."""
    text, units = hit.text, []
    lines = _lines(text)
    i = 0
    while i < len(lines):
        j = _run_end(text, lines, i)
        if j == i or i == 0:
            i = max(j, i + 1)
            continue
        lead_line = lines[i - 1]
        lead_spans = sentence_spans(text[lead_line[0] : lead_line[1]])
        lead_start = lead_line[0] + lead_spans[-1][0] if lead_spans else lead_line[0]
        if not text[lead_line[0] : lead_line[1]].startswith("|"):
            end = lines[j - 1][1]
            units.append(Unit(hit, rank, "list", text[lead_start:end], lead_start, end))
        i = j
    return units


def _run_end(text: str, lines: list[tuple[int, int]], i: int) -> int:
    """Index after the run of list-item lines starting at line ``i`` (``i`` when none)."""
    j = i
    while j < len(lines) and _LIST_ITEM.match(text[lines[j][0] : lines[j][1]]):
        j += 1
    return j


def list_from(hit: Hit, rank: int, start: int) -> Unit | None:
    """The list whose lead-in begins at ``start`` ("Các chỉ tiêu chủ yếu:" and its items)."""
    for unit in _lists(hit, rank):
        if unit.start == start:
            unit.syllables = folded_syllables(unit.quote)
            return unit
    return None


def is_heading(unit: Unit) -> bool:
    """True for a sentence unit that is a whole short line without closing punctuation (a
    section heading such as "III. HẠN CHẾ"): it names what follows it."""
    text = unit.hit.text
    if unit.kind != "sentence" or len(unit.quote) > 160 or unit.quote.rstrip()[-1:] in ".;!?,":
        return False
    line_start = text.rfind("\n", 0, unit.start) + 1
    line_end = text.find("\n", unit.end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    return line.strip() == unit.quote.strip()


def led_list(unit: Unit) -> Unit | None:
    """The list that directly follows ``unit`` (a heading or lead-in) in its chunk, quoted
    from the start of ``unit``."""
    hit = unit.hit
    line_start = hit.text.rfind("\n", 0, unit.start) + 1
    for item in _lists(hit, unit.rank):
        lead_end = hit.text.find("\n", item.start)
        if line_start <= item.start <= unit.end and not hit.text[unit.end : lead_end].strip():
            start = min(unit.start, item.start)
            found = Unit(hit, unit.rank, "list", hit.text[start : item.end], start, item.end)
            found.syllables = folded_syllables(found.quote)
            return found
    return None


def leading_items(hit: Hit, rank: int) -> Unit | None:
    """The list items (or the table, with its caption line) that open a chunk: the rest of a
    list begun in the previous chunk."""
    lines = _lines(hit.text)
    j = _run_end(hit.text, lines, 0)
    if j == 0:
        j = _table_end(hit.text, lines)
    if j == 0:
        return None
    end = lines[j - 1][1]
    unit = Unit(hit, rank, "list", hit.text[lines[0][0] : end], lines[0][0], end)
    unit.syllables = folded_syllables(unit.quote)
    return unit


def _table_end(text: str, lines: list[tuple[int, int]]) -> int:
    """Index after the table that opens ``lines`` (after at most one caption line), else 0."""
    first = 1 if lines and not text[lines[0][0]].startswith("|") else 0
    j = first
    while j < len(lines) and text[lines[j][0]] == "|":
        j += 1
    return j if j - first >= 2 else 0


def _signature(hit: Hit, rank: int) -> list[Unit]:
    """The signing block ("T/M BAN THƯỜNG VỤ ... (đã ký) Name") through the signer's name,
    which ends a line; PDF text may interleave it with the "Nơi nhận" column."""
    cue = _SIGN_CUE.search(hit.text)
    if not cue:
        return []
    signed = hit.text.find("(đã ký)", cue.start())
    after = signed if 0 <= signed - cue.start() < 300 else cue.end()
    name = _SIGNER.search(hit.text, after, after + 300)
    if not name:
        return []
    return [Unit(hit, rank, "sign", hit.text[cue.start() : name.end()], cue.start(), name.end())]
