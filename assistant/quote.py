"""Quote mode: an answer made of exact sentences from the reports, each with its source.

No language model is used: the best evidence units (see ``assistant.evidence``) are quoted
verbatim after a one-line notice. A "bao nhiêu" question gets the sentence or table row that
holds the asked figure; a list question the list with its lead-in; a comparison the best
unit of each side, each cited to its own report; a summary a few key sentences (with
figures first) of the top report. Every citation's ``passage`` is exactly what was quoted.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import PurePath

from assistant.evidence import counted_numbers, holds
from assistant.numbers import format_date, format_period
from assistant.period_parts import with_each_period
from assistant.period_signals import states_period
from assistant.plan_share import with_plan_share
from assistant.question import QuestionView
from assistant.quote_sides import per_side
from assistant.results import Answer, Citation
from assistant.summary import summary_units
from assistant.table_rows import whole_tables
from assistant.units import Unit, is_heading, leading_items, led_list, list_from
from ingest.bodies import body_with_province
from vectorstore.catalog import chunk_id_for
from vectorstore.hits import Hit

NOTICE = "Chế độ trích dẫn (không dùng mô hình ngôn ngữ): các đoạn dưới đây được trích nguyên văn từ báo cáo."
_MAX_UNITS = 3
_MIN_GAIN = 0.2
_LIST_MARGIN = 0.4  # a list this close to the best unit answers a list question


def select(units: list[Unit], q: QuestionView, hits: Sequence[Hit] = ()) -> list[Unit]:
    """The units to quote for ``q`` (already scored), best first. ``hits`` are the candidate
    chunks, where a list cut by a chunk boundary is continued."""
    if not units:
        return []
    if whole_report(q):
        return summary_units(units, q)
    if q.sides:
        return per_side(units, q)[0]
    ranked = _of_period(sorted(units, key=lambda u: -u.score), q)
    best = _with_items(_best_list(ranked, q) or ranked[0], q)
    leads = best.kind == "list" or best.quote.endswith(":") or is_heading(best)
    following = _continuation(best, hits) if leads else []
    if best.kind == "list" or following:
        return [best, *following]
    picked = _greedy([best, *ranked[1:]] if best is not ranked[0] else ranked, q)
    picked = with_each_period(with_missing_kinds(picked, ranked, q), sorted(units, key=lambda u: -u.score), q)
    picked = with_plan_share(picked, ranked, q)
    return whole_tables(picked, units) if "breakdown" in q.asks else picked  # "từng hình thức"


def whole_report(q: QuestionView) -> bool:
    """True for a summary of one body's report: "Tóm tắt báo cáo quý II và 6 tháng đầu năm"
    names two periods of one report, not two reports to compare."""
    return "summary" in q.asks and len(q.provinces) <= 1 and len(q.body_keys) <= 1


def with_missing_kinds(picked: list[Unit], ranked: list[Unit], q: QuestionView) -> list[Unit]:
    """For a question asking several kinds of fact about one report ("ai ký, số hiệu là gì"),
    the best unit of that report for each asked kind no picked unit holds, however far its
    score is from the best: each part of the question gets its answer."""
    kinds = sorted(q.asks & {"date", "person", "docnumber"})
    if "remaining" in q.asks:  # "kế hoạch là bao nhiêu, còn phải ... thêm bao nhiêu nữa"
        kinds.append("remaining")
    elif len(kinds) < 2:
        return picked
    for kind in kinds:
        if any(_holds_own(p, kind) for p in picked):
            continue
        # What is left is stated by any fitting report (the latest), not only the first one's.
        own = [u for u in ranked if kind == "remaining" or u.doc_id == picked[0].doc_id]
        unit = next((u for u in own if _holds_own(u, kind)), None)
        if unit is not None and not any(_overlaps(unit, p) for p in picked):
            picked.append(unit)
    if "remaining" in q.asks and all(holds(p, "remaining") for p in picked):
        # What is left answers the second ask; the best other figure answers the first.
        other = (u for u in ranked if counted_numbers(u.quote) and not holds(u, "remaining"))
        first = next((u for u in other if not any(_overlaps(u, p) for p in picked)), None)
        picked += [first] if first is not None else []
    return picked


def _holds_own(unit: Unit, kind: str) -> bool:
    """``holds``, where a document number must be the report's own (not "Chỉ thị số 35-CT/TW")."""
    own = str(unit.hit.metadata.get("doc_number") or "")
    if kind == "docnumber" and own:
        return own in unit.quote
    return holds(unit, kind)


def _of_period(ranked: list[Unit], q: QuestionView) -> list[Unit]:
    """For a figure of a named period, only the units whose figure can be of that period
    (their report covers it, or they name it), when there are some: a quý I figure is not the
    answer to a question about 6 tháng, nor context for it, even when its words fit better."""
    if "number" not in q.asks or q.plan or q.dated or not q.periods:
        return ranked
    return [u for u in ranked if states_period(u, q)] or ranked


def _best_list(ranked: list[Unit], q: QuestionView) -> Unit | None:
    """For a list question, the best list (or lead-in ending in ":") when it is nearly as good
    as the best unit: the answer to "gồm những gì" is a list, not the sentence that names it."""
    if not {"list", "recipients"} & q.asks or "number" in q.asks:
        return None  # "mỗi hình thức bao nhiêu người" wants the figures, wherever they are
    for unit in ranked:
        if unit.score < ranked[0].score - _LIST_MARGIN:
            return None
        if unit.kind == "list" or (unit.kind == "sentence" and unit.quote.endswith(":")):
            return unit
    return None


def _with_items(unit: Unit, q: QuestionView) -> Unit:
    """A lead-in sentence ending in ":" ("Các chỉ tiêu chủ yếu:") or a section heading ("III.
    HẠN CHẾ") with the items that follow it in its chunk: the lead-in alone answers nothing."""
    heading = "number" not in q.asks and is_heading(unit)
    if unit.kind == "sentence" and (unit.quote.rstrip().endswith(":") or heading):
        items = list_from(unit.hit, unit.rank, unit.start) or led_list(unit)
        if items is not None:
            items.score, items.coverage, items.strength = unit.score, unit.coverage, unit.strength
            return items
    return unit


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
        if _holds_missing_kind(unit, picked, q):
            picked.append(unit)  # "ngày nào, do ai chủ trì": the date, then the person
            continue
        if "number" in q.asks and not counted_numbers(unit.quote):
            continue  # a second figure for a two-part question, not context
        gain = len((terms & set(unit.syllables)) - covered) / (len(terms) or 1)
        if gain >= _MIN_GAIN:
            picked.append(unit)
            covered |= set(unit.syllables)
    return picked


def _holds_missing_kind(unit: Unit, picked: list[Unit], q: QuestionView) -> bool:
    """True when the question asks several kinds of fact (a date and a person) and the unit
    holds one that no picked unit holds."""
    kinds = q.asks & {"date", "person"}
    if len(kinds) < 2:
        return False
    return any(holds(unit, k) and not any(holds(p, k) for p in picked) for k in kinds)


def _overlaps(a: Unit, b: Unit) -> bool:
    return a.hit.chunk_id == b.hit.chunk_id and a.start < b.end and b.start < a.end


def quote_answer(question: str, units: list[Unit], gaps: Sequence[str] = ()) -> Answer:
    """The quote-mode Answer for the picked ``units`` (notice first, then cited quotes, then
    ``gaps``: lines saying what a compared side's report does not state)."""
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
    if gaps:
        lines += ["", *gaps]
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
    who = body_with_province(str(meta.get("body") or ""), str(meta.get("province") or ""))
    periods = [format_period(str(p)) for p in meta.get("periods") or []]  # type: ignore[attr-defined]
    date = format_date(str(meta.get("date") or ""))
    parts = [p for p in (who, " – ".join(periods)) if p]
    label = ", ".join(parts) or str(meta.get("title") or PurePath(source).name)
    return f"{label} ({date})" if date else label
