"""The greedy packer behind ``ingest.chunking.chunk_document`` (rules in that module)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Literal

from ingest.chunk_split import cut_point, header_end, split_span, split_table, strip_span, table_rows
from ingest.model import Chunk
from ingest.sentences import sentence_spans

CAPTION_MAX_CHARS = 250  # a paragraph this short just before a table joins the table
LEAD_IN_MAX_CHARS = 200  # the lead-in sentence repeated above the later pieces of a long list

UnitKind = Literal["heading", "text", "piece"]


@dataclass
class Unit:
    """A span of the document text that the packer places as a whole."""

    start: int
    end: int
    kind: UnitKind
    section: str
    page: int | None


@dataclass
class Packer:
    """Greedy packer of units into chunks (state of one ``chunk_document`` call)."""

    text: str
    max_chars: int
    target_chars: int
    context: str
    chunks: list[Chunk] = field(default_factory=list)
    units: list[Unit] = field(default_factory=list)  # the chunk being built
    pending: list[Unit] = field(default_factory=list)  # minor headings awaiting content
    repeat: tuple[str, int] | None = None  # (lead-in, its end) for the pieces of a long list

    def add_heading(self, unit: Unit, *, hard: bool) -> None:
        if self._heading_only() or not self.units:
            if self.units and unit.end - self.units[0].start > self.max_chars:
                self.flush()
            self.units.append(unit)
        elif hard:
            self.flush()
            self.units.append(unit)
        elif self.pending and unit.end - self.pending[0].start > self.max_chars:
            self.flush()
            self.units, self.pending = self.pending, []
            self.add_heading(unit, hard=hard)
        else:
            self.pending.append(unit)

    def add_text(self, unit: Unit) -> None:
        self._place_pending(unit.end)
        size = unit.end - unit.start
        if not self.units:
            if size <= self.max_chars:
                self.units.append(unit)
                return
        elif self._fits(unit.end, self.target_chars):
            self.units.append(unit)
            return
        elif self._heading_only():
            if self._fits(unit.end, self.max_chars):
                self.units.append(unit)
                return
        elif size <= self.max_chars:
            self.flush()
            self.units.append(unit)
            return
        else:
            self.flush()
        for start, end in self._sentence_atoms(unit.start, unit.end):
            self._add_piece(Unit(start, end, "piece", unit.section, unit.page))

    def add_list(self, lead: Unit, items: list[Unit]) -> None:
        """A lead-in line ("Nhiệm vụ trọng tâm quý II:") and its items: one unit when they fit
        in a chunk; else the lead-in stays with the first item and each later piece of the
        list repeats the lead-in sentence above its text (outside its span)."""
        end = items[-1].end
        if end - lead.start <= self.max_chars:
            self.add_text(Unit(lead.start, end, "text", lead.section, lead.page))
            return
        rest = items[1:]
        if items[0].end - lead.start <= self.max_chars:
            self.add_text(Unit(lead.start, items[0].end, "text", lead.section, lead.page))
        else:  # the first item goes in a later piece, so it too repeats the lead-in (within limits)
            self.add_text(lead)
            self.flush()
            rest = items
        context = self._lead_in(lead)
        limits = (self.max_chars, self.target_chars)
        if context:
            self.repeat = (context, lead.end)
            self.max_chars -= len(context) + 1
            self.target_chars = min(self.target_chars, self.max_chars)
        for item in rest:
            self.add_text(item)
        self.flush()
        self.repeat = None
        self.max_chars, self.target_chars = limits

    def _lead_in(self, lead: Unit) -> str:
        """The last sentence of the lead-in, when short enough to repeat."""
        spans = sentence_spans(self.text[lead.start : lead.end])
        if not spans:
            return ""
        start, end = spans[-1]
        sentence = self.text[lead.start + start : lead.start + end].strip()
        limit = min(LEAD_IN_MAX_CHARS, self.max_chars // 2 - 1)
        return sentence if len(sentence) <= limit and "\n" not in sentence else ""

    def add_table(self, table: Unit) -> None:
        rows = table_rows(self.text, table.start, table.end)
        if not rows:
            return
        head_end = header_end(self.text, rows)
        first_end = rows[min(len(rows) - 1, 2 if head_end != rows[0][1] else 1)][1]
        lead = self._take_lead(first_end)
        header = self.text[rows[0][0] : head_end] + "\n"
        if len(header) > self.max_chars // 2:
            header = ""
        start = lead[0].start if lead else rows[0][0]
        page = lead[0].page if lead else table.page
        for piece, (s, e) in split_table(self.text, rows, start, header, self.max_chars):
            self._emit(piece, s, e, table.section, "table", page)

    def finish(self) -> None:
        self.flush()

    def flush(self) -> None:
        """Emit the chunk being built; pending headings join it if they fit, else follow."""
        groups = [self.units, self.pending]
        if self.units and self.pending and self._fits(self.pending[-1].end, self.max_chars):
            groups = [self.units + self.pending]
        for group in groups:
            if group:
                start, end = group[0].start, group[-1].end
                content = [u for u in group if u.kind != "heading"]
                section = (content[0] if content else group[-1]).section
                text = self.text[start:end]
                if self.repeat and start >= self.repeat[1]:
                    text = f"{self.repeat[0]}\n{text}"
                self._emit(text, start, end, section, "text", group[0].page)
        self.units, self.pending = [], []

    def _add_piece(self, unit: Unit) -> None:
        if (
            not self.units
            or self._fits(unit.end, self.target_chars)
            or (self._heading_only() and self._fits(unit.end, self.max_chars))
        ):
            self.units.append(unit)
        elif self._heading_only():
            room = self.max_chars - (unit.start - self.units[0].start)
            cut = cut_point(self.text, unit.start, unit.end, room, word_cut=False)
            head = strip_span(self.text, unit.start, cut)
            self.units.extend(Unit(s, e, "piece", unit.section, unit.page) for s, e in head)
            self.flush()
            for start, end in strip_span(self.text, cut, unit.end):
                self.units.append(Unit(start, end, "piece", unit.section, unit.page))
        else:
            self.flush()
            self.units.append(unit)

    def _place_pending(self, next_end: int) -> None:
        """Minor headings join a chunk still half empty if their content fits, else open one."""
        if not self.pending:
            return
        filled = self.units[-1].end - self.units[0].start >= self.target_chars // 2
        if filled or not self._fits(next_end, self.target_chars):
            pending, self.pending = self.pending, []
            self.flush()
            self.pending = pending
        self.units.extend(self.pending)
        self.pending = []

    def _take_lead(self, first_end: int) -> list[Unit]:
        """Detach the headings/caption just before a table if they fit with its first rows."""
        from_pending = bool(self.pending)
        if from_pending:
            lead, self.pending = self.pending, []
        else:
            cut = len(self.units)
            last = self.units[-1] if self.units else None
            if last and last.kind == "text" and last.end - last.start <= CAPTION_MAX_CHARS:
                cut -= 1
            while cut and self.units[cut - 1].kind == "heading":
                cut -= 1
            lead, self.units = self.units[cut:], self.units[:cut]
        if lead and first_end - lead[0].start > self.max_chars:
            if from_pending:
                self.pending = lead
            else:
                self.units.extend(lead)
            lead = []
        self.flush()
        return lead

    def _emit(
        self,
        text: str,
        start: int,
        end: int,
        section: str,
        kind: Literal["text", "table"],
        page: int | None,
    ) -> None:
        self.chunks.append(Chunk(text, start, end, section, kind, page, self.context))

    def _sentence_atoms(self, start: int, end: int) -> Iterator[tuple[int, int]]:
        for s, e in sentence_spans(self.text[start:end]):
            yield from split_span(self.text, start + s, start + e, self.max_chars)

    def _fits(self, end: int, limit: int) -> bool:
        return not self.units or end - self.units[0].start <= limit

    def _heading_only(self) -> bool:
        return bool(self.units) and all(u.kind == "heading" for u in self.units)
