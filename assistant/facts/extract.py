"""All the facts of one document, from its chunks and metadata (what the catalog stores).

Extraction reads only the chunks and the document metadata, so facts can be rebuilt from the
catalog alone (``store.refresh_facts``) and come out the same as at ingest. Facts are ordered
by chunk, then by position; ``ordinal`` numbers them within their chunk, so that (chunk_id,
ordinal) is a deterministic key. The same figure read twice (a news title and its body; a
sentence and a table) is kept once: at its first place, unless that place is the title.
"""

from __future__ import annotations

from typing import Any

from assistant.facts.context import DocContext, is_next_section
from assistant.facts.model import Fact
from assistant.facts.sentences import SentenceReader
from assistant.facts.tables import group_table_blocks, is_table_block, table_facts
from assistant.facts.texts import limit_facts, line_key, task_facts, task_lines, theme_facts
from ingest.model import Chunk
from ingest.sentences import sentence_spans
from ingest.text import fold

# Bump when extraction changes: stores then rebuild their facts from the catalog on open.
EXTRACTOR_VERSION = "5"


def chunk_id_for(doc_id: str, index: int) -> str:
    from vectorstore.catalog import chunk_id_for as catalog_chunk_id

    return catalog_chunk_id(doc_id, index)


def extract_document_facts(doc_id: str, metadata: dict[str, Any], chunks: list[Chunk]) -> list[Fact]:
    """Every fact of a document, each with its chunk id, ordinal and document fields."""
    doc = DocContext.from_metadata(doc_id, metadata)
    tasks = task_facts(chunks, doc)
    # Figures in the items of the next period's tasks are targets, not results ("- Kết nạp ít
    # nhất 42 đảng viên", "- thành lập tổ chức đảng ở doanh nghiệp có từ 3 đảng viên ...").
    planned = task_lines(tasks)
    located: list[tuple[int, Fact]] = []
    for index, chunk in enumerate(chunks):
        located.extend(
            (index, fact)
            for fact in _chunk_facts(chunk, doc)
            if fact.number is None or (index, line_key(fact.quote)) not in planned
        )
    located.extend(tasks)
    located.extend(limit_facts(chunks, doc))
    located = _without_repeats(located, doc.title)
    located.sort(key=lambda item: item[0])  # stable: keeps the reading order within a chunk
    return _numbered(located, doc)


def _chunk_facts(chunk: Chunk, doc: DocContext) -> list[Fact]:
    facts: list[Fact] = []
    numbers = not is_next_section(chunk.section)
    reader = SentenceReader(doc)
    blocks = group_table_blocks(chunk.text.split("\n\n"))
    whole_table = chunk.kind == "table"
    if whole_table and numbers:
        facts.extend(table_facts(chunk.text, chunk.section, doc))
    for k, block in enumerate(blocks):
        reader.new_paragraph()
        if whole_table and (is_table_block(block) or not numbers):
            continue  # read above with the whole chunk; the sentences around it are read below
        if is_table_block(block):
            caption = blocks[k - 1] if k and len(blocks[k - 1]) < 250 else ""
            if numbers:
                facts.extend(table_facts(f"{caption}\n{block}", chunk.section, doc))
            continue
        for start, end in sentence_spans(block):
            sentence = block[start:end]
            if numbers:
                facts.extend(reader.facts(sentence))
            facts.extend(theme_facts(sentence, doc))
    return facts


def _identity(fact: Fact) -> tuple[str, ...]:
    value = str(fact.number) if fact.number is not None else fold(fact.value)
    return (*fact.key, value)


def _without_repeats(located: list[tuple[int, Fact]], title: str) -> list[tuple[int, Fact]]:
    """One place per identical fact: the first, unless it is the title and another exists."""
    first: dict[tuple[str, ...], int] = {}
    keep: list[tuple[int, Fact] | None] = []
    title_key = fold(title)
    for item in located:
        identity = _identity(item[1])
        if identity not in first:
            first[identity] = len(keep)
            keep.append(item)
            continue
        earlier = keep[first[identity]]
        if earlier is not None and title_key and fold(earlier[1].quote) == title_key:
            keep[first[identity]] = None
            first[identity] = len(keep)
            keep.append(item)
    return [item for item in keep if item is not None]


def _numbered(located: list[tuple[int, Fact]], doc: DocContext) -> list[Fact]:
    facts = []
    counters: dict[int, int] = {}
    for index, fact in located:
        fact.ordinal = counters.get(index, 0)
        counters[index] = fact.ordinal + 1
        fact.chunk_id = chunk_id_for(doc.doc_id, index)
        fact.doc_id = doc.doc_id
        fact.province, fact.body_key, fact.body = doc.province, doc.body_key, doc.body
        facts.append(fact)
    return facts
