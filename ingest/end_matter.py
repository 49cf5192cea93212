"""The end matter of a formal report as a section of its own, in every format.

A report closes with its recipients ("Nơi nhận:" and a list) and the signature block
("T/M BAN THƯỜNG VỤ", "BÍ THƯ", "(Đã ký)", the signer's name), in either order. Without a
heading of its own this text runs on in the last section's chunk, so that the list of
recipients reads like the last tasks of the report. ``mark_end_matter`` makes the first line of
the end matter a top-level heading ("Nơi nhận:" when the recipients come first) and the rest
plain paragraphs and list items; the chunker then gives it its own chunk and section.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ingest.model import Block
from ingest.structure import classify_line, numbering_level
from ingest.text import fold

_RECIPIENTS = re.compile(r"^\W*noi nhan\s*(?::|$)")
_SIGNATURE = re.compile(r"^\W*(?:t/m|tm\.|k/t|kt\.|thay mat)\s*\S")
_SIGNER_TITLE = re.compile(r"^\W*(?:pho )?bi thu\b|^\W*truong ban\b|^\W*chu nhiem\b")
_SIGNED = re.compile(r"^\W*\(?\s*(?:da ky|ky ten|ky, ghi ro ho ten)")
_APPENDIX = re.compile(r"^\W*phu luc\b.{0,100}$")
_TAIL_BLOCKS = 40
_MAX_END_CHARS = 300  # end matter is made of short lines; a long paragraph is report text
END_MATTER_LEVEL = 1


def _starts_end_matter(blocks: list[Block], index: int) -> bool:
    folded = fold(blocks[index].text)
    if _RECIPIENTS.match(folded) or _SIGNATURE.match(folded):
        return True
    # "BÍ THƯ" / "(Đã ký)" without a "T/M" line: a capitalised title just above the signature.
    text = blocks[index].text
    if not (_SIGNER_TITLE.match(folded) and text.isupper() and len(text) <= 60):
        return False
    return any(_SIGNED.match(fold(b.text)) for b in blocks[index + 1 : index + 3])


def _is_appendix(block: Block) -> bool:
    """The heading of an appendix after the signature ("PHỤ LỤC", "Phụ lục 1: ...")."""
    return bool(_APPENDIX.match(fold(block.text)))


def _is_end_line(block: Block) -> bool:
    if len(block.text) > _MAX_END_CHARS or block.kind == "table":
        return False
    return not (block.kind == "heading" and numbering_level(block.text) is not None)


def end_matter_span(blocks: list[Block]) -> tuple[int, int] | None:
    """[start, end) of the end matter among the last blocks, or None when there is none.

    It runs from the first recipients/signature line of the last run of short lines that holds
    one, to the first block that is no end line (an appendix after the signature, say)."""
    low = max(0, len(blocks) - _TAIL_BLOCKS)
    markers = [
        i for i in range(low, len(blocks)) if _is_end_line(blocks[i]) and _starts_end_matter(blocks, i)
    ]
    if not markers:
        return None
    start = markers[-1]
    for index in range(markers[-1] - 1, low - 1, -1):
        if not _is_end_line(blocks[index]):
            break
        if index in markers:
            start = index
    after = range(markers[-1] + 1, len(blocks))
    end = next((i for i in after if not _is_end_line(blocks[i]) or _is_appendix(blocks[i])), len(blocks))
    return start, end


def end_matter_start(blocks: list[Block]) -> int | None:
    """Index of the block that opens the end matter, or None when there is none."""
    span = end_matter_span(blocks)
    return span[0] if span else None


def _split_recipients(block: Block) -> list[Block]:
    """ "Nơi nhận: - Như trên; - Lưu VP." -> a "Nơi nhận:" heading and the rest after it."""
    head, colon, rest = block.text.partition(":")
    heading = Block((head + colon).strip(), "heading", END_MATTER_LEVEL, block.page)
    if not colon or not rest.strip():
        return [replace(block, kind="heading", level=END_MATTER_LEVEL)]
    kind, _ = classify_line(rest.strip())
    tail = Block(rest.strip(), "list_item" if kind == "list_item" else "paragraph", 0, block.page)
    return [heading, tail]


def mark_end_matter(blocks: list[Block]) -> list[Block]:
    """``blocks`` with the end matter opened by a top-level heading and no heading inside it."""
    span = end_matter_span(blocks)
    if span is None:
        return blocks
    start, end = span
    first = blocks[start]
    if _RECIPIENTS.match(fold(first.text)):
        opening = _split_recipients(first)
    else:
        opening = [replace(first, kind="heading", level=END_MATTER_LEVEL)]
    inside = [
        replace(b, kind="paragraph", level=0) if b.kind == "heading" else b for b in blocks[start + 1 : end]
    ]
    after = blocks[end:]
    if after and after[0].kind == "paragraph" and _is_appendix(after[0]):
        after = [replace(after[0], kind="heading", level=END_MATTER_LEVEL), *after[1:]]  # "PHỤ LỤC"
    return [*blocks[:start], *opening, *inside, *after]
