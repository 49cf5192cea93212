"""HTML loader: main content by trafilatura, completed with the page title and lead paragraph.

trafilatura keeps the article body (headings, lists, tables) but sometimes drops the title
and the bold lead ("sapo") that sit outside the body container; both are recovered from the
page. Scripts, styles and images are never kept and nothing is fetched over the network.
The extracted lines then go through ``strip_boilerplate``.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from pathlib import Path
from typing import Any

from assistant.errors import LoadError
from ingest.boilerplate import label_lines, metadata_lines
from ingest.encodings import decode_bytes
from ingest.layout_tables import is_layout_table, layout_lines
from ingest.loaders.common import decode_named, error, make_block
from ingest.loaders.html_page import (
    clock_dates,
    page_header_lines,
    page_heading,
    page_hints,
    page_lead,
    parse_page,
    plain_blocks,
)
from ingest.model import Block, BlockKind, LoadedDocument
from ingest.structure import classify_line, numbering_level, reads_like_heading, render_table

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
RawBlock = tuple[BlockKind, int, str]


# Old Vietnamese sites served TCVN3/VNI pages declared as Western: detect those first.
_WESTERN = frozenset({"cp1252", "latin_1", "iso8859-1", "ascii"})


def decode_html(data: bytes) -> tuple[str, str]:
    """Text of an HTML file: BOM, then the declared charset, then Vietnamese detection."""
    declared = _CHARSET.search(data[:8192])
    if not declared or data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return decode_bytes(data)
    try:
        codec = codecs.lookup(declared.group(1).decode("ascii", "replace").lower()).name
    except LookupError:
        return decode_bytes(data)  # an unknown charset name: detect instead
    if codec in _WESTERN:
        try:
            return decode_bytes(data)
        except LoadError:
            pass  # really Western text: trust the declaration
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return decode_bytes(data)  # a wrong declaration
    return unicodedata.normalize("NFC", text), "utf-8" if codec == "utf-8" else codec


def _text(element: Any) -> str:
    return " ".join("".join(element.itertext()).split())


def _lines(element: Any) -> list[str]:
    """Text of a paragraph split at its <lb/> line breaks."""
    parts: list[str] = [element.text or ""]
    for child in element:
        if child.tag == "lb":
            parts.append(child.tail or "")
        else:
            parts[-1] += "".join(child.itertext()) + (child.tail or "")
    return [" ".join(p.split()) for p in parts if p.strip()]


def _all_bold(element: Any) -> bool:
    children = [c for c in element if c.tag != "lb"]
    bare = (element.text or "").strip() or any((c.tail or "").strip() for c in children)
    return bool(children) and not bare and all(c.get("rend") == "#b" for c in children)


def _heading_or_paragraph(text: str, level: int) -> RawBlock:
    if reads_like_heading(text):
        return "heading", numbering_level(text) or level, text
    return "paragraph", 0, text


def _cell_lines(cell: Any) -> list[str]:
    """Lines of a table cell: its line breaks and inner paragraphs start new lines."""
    parts: list[str] = [cell.text or ""]
    for child in cell:
        if child.tag == "lb":
            parts.append(child.tail or "")
        elif child.tag in ("p", "head", "item", "list"):
            parts += ["".join(child.itertext()), child.tail or ""]
        else:
            parts[-1] += "".join(child.itertext()) + (child.tail or "")
    return [" ".join(p.split()) for p in parts if p.strip()]


def _table(element: Any) -> list[RawBlock]:
    grid = [[_cell_lines(cell) for cell in row.iter("cell")] for row in element.iter("row")]
    rows = [[" ".join(lines) for lines in row] for row in grid]
    if is_layout_table(rows):  # a letterhead or signature block: its lines, column by column
        return [_line_block(line) for line in layout_lines(grid)]
    return [("table", 0, render_table(rows))]


def _line_block(line: str) -> RawBlock:
    kind, level = classify_line(line)
    return ("paragraph" if kind == "table" else kind, level, line)


def _list(element: Any) -> list[RawBlock]:
    ordered = element.get("rend") == "ol"
    items = [item for item in element if item.tag == "item"]
    prefix = [f"{n}. " if ordered else "- " for n in range(1, len(items) + 1)]
    return [("list_item", 0, mark + _text(item)) for mark, item in zip(prefix, items, strict=True)]


def _paragraph(element: Any) -> list[RawBlock]:
    lines = _lines(element)
    if _all_bold(element) and len(lines) == 1:
        return [_heading_or_paragraph(lines[0], 4)]
    out: list[RawBlock] = []
    for line in lines:
        kind, level = classify_line(line)
        out.append((kind if kind != "table" else "paragraph", level, line))
    return out


def _xml_blocks(root: Any) -> list[RawBlock]:
    out: list[RawBlock] = []
    for element in root:
        if element.tag == "head":
            level = int((element.get("rend") or "h2").lstrip("h") or 2)
            out.append(_heading_or_paragraph(_text(element), level))
        elif element.tag in ("p", "code"):
            out.extend(_paragraph(element))
        elif element.tag == "list":
            out.extend(_list(element))
        elif element.tag == "table":
            out.extend(_table(element))
        elif element.tag in ("quote", "div", "main", "body"):
            out.extend(_xml_blocks(element))
    return [block for block in out if block[2]]


def _extract(html: str) -> list[RawBlock]:
    import trafilatura
    from lxml import etree

    xml = trafilatura.extract(
        html,
        output_format="xml",
        include_tables=True,
        include_formatting=True,
        include_comments=False,
        include_images=False,
        include_links=False,
        favor_recall=True,
        deduplicate=False,
    )
    if not xml:
        return []
    root = etree.fromstring(xml.encode("utf-8"), etree.XMLParser(resolve_entities=False))
    main = root.find("main")
    return _xml_blocks(main if main is not None else root)


def _complete(blocks: list[RawBlock], title: str, lead: list[str]) -> list[RawBlock]:
    """Put the page title first and the recovered lead paragraphs right after it."""
    seen = {text for _, _, text in blocks}
    extra: list[RawBlock] = [("paragraph", 0, text) for text in lead if text not in seen]
    if title and not any(kind == "heading" and text == title for kind, _, text in blocks[:3]):
        return [("heading", 1, title), *extra, *blocks]
    head = 1 if blocks and blocks[0][0] == "heading" else 0
    return [*blocks[:head], *extra, *blocks[head:]]


_DMY = re.compile(r"\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b")


def _date_hint(header: list[str]) -> dict[str, str]:
    """ISO date of the first full day/month/year in the page's date lines."""
    for line in header:
        match = _DMY.search(line)
        if match:
            day, month, year = (int(g) for g in match.groups())
            if 1 <= day <= 31 and 1 <= month <= 12:
                return {"date": f"{year:04d}-{month:02d}-{day:02d}"}
    return {}


def load_html(path: Path, data: bytes) -> LoadedDocument:
    """Load an HTML page: the article's blocks, page hints and header lines."""
    html, encoding = decode_named(path, data, decode_html)
    tree = parse_page(html, path)
    hints, guessed_date = page_hints(tree, html)
    raw = _extract(html) or plain_blocks(tree)
    first_text = next((text for kind, _, text in raw if kind != "heading"), "")
    title = page_heading(tree) or hints.get("title", "")
    raw = _complete(raw, title, page_lead(tree, first_text))
    texts = [text for _, _, text in raw]
    protected = {i for i, (kind, _, _) in enumerate(raw) if kind == "table"}
    labels = label_lines(texts, protected)
    blocks: list[Block] = []
    for (kind, level, text), label in zip(raw, labels, strict=True):
        block = make_block(text, kind, level) if label is None else None
        if block is not None:
            blocks.append(block)
    if not blocks:
        raise error("empty", path, "không tìm thấy nội dung bài viết trong trang")
    header = page_header_lines(tree) + metadata_lines(texts, labels)
    if "date" not in hints:  # page metadata, else the article's date line, else the guess
        clock = guessed_date[:10] in clock_dates(tree)  # the site's "today" bar: no evidence
        hints |= _date_hint(header) or ({"date": guessed_date} if guessed_date and not clock else {})
    return LoadedDocument(
        source=str(path),
        format="html",
        blocks=blocks,
        encoding=encoding,
        hints=hints,
        header_lines=list(dict.fromkeys(header)),
    )
