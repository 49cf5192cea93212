"""Quote mode: an answer made of exact sentences from the reports, each with its source.

No language model is used: the best evidence units (see ``assistant.evidence``) are quoted
verbatim after a one-line notice. A "bao nhiêu" question gets the sentence or table row that
holds the asked figure; a list question the list with its lead-in; a comparison the best
unit of each side, each cited to its own report; a summary a few key sentences (with
figures first) of the top report. Every citation's ``passage`` is exactly what was quoted.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from pathlib import PurePath

from assistant.evidence import counted_numbers, document_match, score_units
from assistant.numbers import format_date, format_period
from assistant.question import QuestionView, folded_syllables
from assistant.results import Answer, Citation
from assistant.units import Unit, leading_items
from vectorstore.catalog import chunk_id_for
from vectorstore.hits import Hit

NOTICE = "Chế độ trích dẫn (không dùng mô hình ngôn ngữ): các đoạn dưới đây được trích nguyên văn từ báo cáo."
_MAX_UNITS = 3
_SUMMARY_UNITS = 5
_MIN_GAIN = 0.2


def select(units: list[Unit], q: QuestionView, hits: Sequence[Hit] = ()) -> list[Unit]:
    """The units to quote for ``q`` (already scored), best first. ``hits`` are the candidate
    chunks, where a list cut by a chunk boundary is continued."""
    if not units:
        return []
    if q.sides:
        return _per_side(units, q)
    if "summary" in q.asks:
        return _summary(units, q)
    ranked = sorted(units, key=lambda u: -u.score)
    best = ranked[0]
    following = _continuation(best, hits) if best.kind == "list" or best.quote.endswith(":") else []
    if best.kind == "list" or following:
        return [best, *following]
    return _greedy(ranked, q)


def _continuation(unit: Unit, hits: Sequence[Hit]) -> list[Unit]:
    """The items of the next chunk when ``unit`` (a list or a lead-in ending in ":") ends
    its chunk: chunking may cut a list from its lead-in."""
    if hits and unit.end >= len(unit.hit.text.rstrip()):
        doc_id, _, index = unit.hit.chunk_id.rpartition(":")
        if index.isdigit():
            following = chunk_id_for(doc_id, int(index) + 1)
            for hit in hits:
                if hit.chunk_id == following:
                    items = leading_items(hit, unit.rank)
                    return [items] if items else []
    return []


def _greedy(ranked: list[Unit], q: QuestionView) -> list[Unit]:
    """The best unit, then units that add content the earlier ones lack, from good documents."""
    picked = [ranked[0]]
    covered = set(ranked[0].syllables)
    terms = set(q.terms)
    for unit in ranked[1:]:
        if len(picked) >= _MAX_UNITS or unit.score < ranked[0].score - 0.45:
            break
        if any(_overlaps(unit, p) for p in picked):
            continue
        if "number" in q.asks and not counted_numbers(unit.quote):
            continue  # a second figure for a two-part question, not context
        gain = len((terms & set(unit.syllables)) - covered) / (len(terms) or 1)
        if gain >= _MIN_GAIN:
            picked.append(unit)
            covered |= set(unit.syllables)
    return picked


def _overlaps(a: Unit, b: Unit) -> bool:
    return a.hit.chunk_id == b.hit.chunk_id and a.start < b.end and b.start < a.end


def _per_side(units: list[Unit], q: QuestionView) -> list[Unit]:
    """The best unit of each compared side, from documents fitting that side."""
    picked: list[Unit] = []
    for side in q.sides:
        fitting = [u for u in units if document_match(u.hit, side) > 0 or not side.names_something]
        side_units = [replace(u) for u in fitting]
        score_units(side_units, side)
        for unit in sorted(side_units, key=lambda u: -u.score):
            if not any(_overlaps(unit, p) for p in picked):
                picked.append(unit)
                break
    return picked


def _summary(units: list[Unit], q: QuestionView) -> list[Unit]:
    """Key sentences of the top document, in reading order: those of the section the question
    names ("các hạn chế" -> "II. HẠN CHẾ") when it names one, figures first."""
    top = max(units, key=lambda u: u.score)
    own = [u for u in units if u.doc_id == top.doc_id and u.kind == "sentence" and len(u.syllables) > 6]
    focus = _focus_section(own, q)
    if focus:
        own = [u for u in own if focus in _section_of(u)]
    ranked = sorted(own, key=lambda u: -(0.3 * u.score + 0.15 * min(len(counted_numbers(u.quote)), 3)))
    picked: list[Unit] = []
    for unit in ranked:
        if len(picked) >= _SUMMARY_UNITS:
            break
        if not any(_overlaps(unit, p) for p in picked):
            picked.append(unit)
    return sorted(picked, key=lambda u: (u.hit.chunk_id, u.start))


def _section_of(unit: Unit) -> str:
    return str(unit.hit.metadata.get("section") or "")


def _focus_section(units: list[Unit], q: QuestionView) -> str:
    """The heading (not the title) that names the question's head words ("hạn chế" in "Tóm
    tắt các hạn chế trong công tác ..."), with most of its other words; "" when none does."""
    if not q.terms:
        return ""
    head = q.terms[:2] if tuple(q.terms[:2]) in q.bigrams else q.terms[:1]
    titles = {str(u.hit.metadata.get("title") or "") for u in units}
    depth: dict[str, int] = {}
    for unit in units:
        for level, heading in enumerate(_section_of(unit).split(" > ")):
            if heading and heading not in titles:
                depth[heading] = min(level, depth.get(heading, level))
    best, best_key = "", (0, 0)
    for heading, level in depth.items():
        words = folded_syllables(heading)
        key = (len([t for t in q.terms if t in words]), -level)
        if _contains(words, head) and key > best_key:
            best, best_key = heading, key
    return best


def _contains(words: list[str], part: list[str]) -> bool:
    return any(words[i : i + len(part)] == part for i in range(len(words) - len(part) + 1))


def quote_answer(question: str, units: list[Unit]) -> Answer:
    """The quote-mode Answer for the picked ``units`` (notice first, then cited quotes)."""
    citations: list[Citation] = []
    by_chunk: dict[str, Citation] = {}
    lines = [NOTICE]
    current_doc = ""
    for unit in units:
        citation = by_chunk.get(unit.hit.chunk_id)
        if citation is None:
            citation = _citation(len(citations) + 1, unit)
            by_chunk[unit.hit.chunk_id] = citation
            citations.append(citation)
        elif unit.quote not in citation.passage:
            citation.passage += "\n" + unit.quote
        if unit.doc_id != current_doc:
            lines.append("")
            lines.append(f"Theo {report_label(unit.hit.metadata, unit.hit.source)}:")
            current_doc = unit.doc_id
        lines.append(render(unit, citation.n))
    return Answer(text="\n".join(lines), citations=citations, mode="quote", question=question)


def _citation(n: int, unit: Unit) -> Citation:
    meta = dict(unit.hit.metadata)
    return Citation(
        n=n,
        source=unit.hit.source,
        title=str(meta.get("title") or PurePath(unit.hit.source).stem),
        date=str(meta.get("date") or ""),
        passage=unit.quote,
        chunk_id=unit.hit.chunk_id,
        chunk_text=unit.hit.text,
        metadata={**meta, "score": unit.hit.score, "evidence_score": round(unit.score, 3)},
    )


def render(unit: Unit, n: int) -> str:
    """One quoted unit as answer text, its marker [n] after it."""
    if unit.kind == "row":
        header, row = unit.quote.split("\n", 1)
        if not header.startswith("|"):
            return f"{header}\n{row} [{n}]"
        columns = header.count("|") - 1
        return f"{header}\n{'|---' * columns}|\n{row}\n[{n}]"
    if unit.kind in ("list", "sign"):
        return f"{unit.quote} [{n}]"
    return f"«{unit.quote}» [{n}]"


def report_label(meta: Mapping[str, object], source: str) -> str:
    """ "Đảng ủy Khối các cơ quan tỉnh Nghệ An, quý I/2022 (05/04/2022)" for a document."""
    who = " ".join(str(meta.get(k) or "") for k in ("body", "province")).strip()
    periods = [format_period(str(p)) for p in meta.get("periods") or []]  # type: ignore[attr-defined]
    date = format_date(str(meta.get("date") or ""))
    parts = [p for p in (who, " – ".join(periods)) if p]
    label = ", ".join(parts) or str(meta.get("title") or PurePath(source).name)
    return f"{label} ({date})" if date else label
