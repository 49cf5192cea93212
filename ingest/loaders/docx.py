"""DOCX loader: paragraphs and tables in body order, heading styles, core properties.

The archive is checked before python-docx opens it: a zip whose members would expand beyond
``max_unzipped`` bytes (a zip bomb) is refused, and so is anything that is not a Word package.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ingest.layout_tables import is_layout_table, layout_lines
from ingest.loaders.common import error, make_block
from ingest.model import Block, LoadedDocument
from ingest.structure import classify_line, is_rule, numbering_level, reads_like_heading, render_table

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_HEADING_STYLE = re.compile(r"(?:heading|tiêu đề|titre|überschrift)\s*(\d)", re.IGNORECASE)
_MAX_MEMBERS = 5000
# Values python-docx's own template leaves in core properties: not the author's metadata.
_TEMPLATE_AUTHOR = "python-docx"
_TEMPLATE_CREATED = "2013-12-23T23:15:00"


def check_archive(path: Path, data: bytes, max_unzipped: int) -> None:
    """Refuse non-zip files, zip bombs and zips that are not Word documents."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
            names = {info.filename for info in members}
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError) as err:
        raise error("corrupt", path, "không phải tệp nén DOCX hợp lệ, có thể bị cắt cụt") from err
    total = sum(info.file_size for info in members)
    if total > max_unzipped or len(members) > _MAX_MEMBERS:
        detail = (
            f"nội dung giải nén {total / 2**20:.0f} MB, vượt giới hạn {max_unzipped / 2**20:.0f} MB"
            " — có thể là tệp nén độc hại"
        )
        raise error("too_large", path, detail)
    if "word/document.xml" not in names:
        raise error("corrupt", path, "thiếu phần nội dung word/document.xml, không phải tệp Word")


def _body_elements(body: Any) -> Iterator[Any]:
    """Paragraphs and tables of the body in order, looking inside content controls."""
    for child in body.iterchildren():
        if child.tag in (_W + "p", _W + "tbl"):
            yield child
        elif child.tag in (_W + "sdt", _W + "customXml"):
            content = child.find(_W + "sdtContent")
            yield from _body_elements(content if content is not None else child)


def _style_level(paragraph: Any) -> int | None:
    name = paragraph.style.name if paragraph.style is not None else ""
    if name.lower() == "title":
        return 1
    match = _HEADING_STYLE.search(name or "")
    if match:
        return int(match.group(1))
    outline = paragraph._p.find(f"{_W}pPr/{_W}outlineLvl")
    if outline is not None and (outline.get(_W + "val") or "").isdigit():
        level = int(outline.get(_W + "val")) + 1
        return level if level <= 6 else None
    return None


def _all_bold(paragraph: Any) -> bool:
    runs = [run for run in paragraph.runs if run.text.strip()]
    return bool(runs) and all(run.bold for run in runs)


def _paragraph_block(paragraph: Any) -> Block | None:
    text = paragraph.text.replace("\t", " ").strip()
    if not text or is_rule(text):
        return None
    level = _style_level(paragraph)
    if level is not None and len(text) <= 300:
        return make_block(text, "heading", numbering_level(text) or level)
    style = (paragraph.style.name if paragraph.style is not None else "").lower()
    if "list" in style or paragraph._p.find(f"{_W}pPr/{_W}numPr") is not None:
        prefix = "- " if "bullet" in style and not text.startswith(("-", "•")) else ""
        return make_block(prefix + text, "list_item")
    if _all_bold(paragraph) and "\n" not in text and reads_like_heading(text):
        return make_block(text, "heading", numbering_level(text) or 4)
    kind, level = classify_line(text) if "\n" not in text else ("paragraph", 0)
    return make_block(text, "paragraph" if kind == "table" else kind, level)


def _paragraph_text(p: Any) -> str:
    """Text of a <w:p>, its line breaks kept as newlines."""
    marks = {_W + "br": "\n", _W + "cr": "\n", _W + "tab": " "}
    return "".join(marks.get(node.tag, node.text or "") for node in p.iter(_W + "t", *marks))


def _cell_lines(cell: Any) -> list[str]:
    """The lines of a table cell: one per paragraph and per line break."""
    lines = (line for p in cell._tc.iter(_W + "p") for line in _paragraph_text(p).split("\n"))
    return [" ".join(text.split()) for text in lines if text.strip()]


def _line_block(text: str) -> Block | None:
    kind, level = classify_line(text)
    return make_block(text, "paragraph" if kind == "table" else kind, level)


def _table_blocks(table: Any) -> list[Block]:
    grid: list[list[list[str]]] = []
    for row in table.rows:
        cells, previous = [], None
        for cell in row.cells:
            if previous is not None and cell._tc is previous:
                continue  # a merged cell spans several grid columns: keep it once
            previous = cell._tc
            cells.append(_cell_lines(cell))
        grid.append(cells)
    rows = [[" ".join(lines) for lines in row] for row in grid]
    if is_layout_table(rows):  # a letterhead or signature block: its lines, column by column
        return [b for b in (_line_block(t) for t in layout_lines(grid)) if b is not None]
    width = max((len(r) for r in rows), default=0)
    if len(rows) <= 1 or width <= 1:  # a layout box, not a data table: keep its text
        texts = [text for row in rows for text in row if text]
        return [b for b in (make_block(t) for t in texts) if b is not None]
    block = make_block(render_table(rows), "table")
    return [block] if block is not None else []


def _hints(document: Any) -> dict[str, str]:
    props = document.core_properties
    hints: dict[str, str] = {}
    if (props.title or "").strip():
        hints["title"] = props.title.strip()
    if (props.author or "").strip() and props.author.strip() != _TEMPLATE_AUTHOR:
        hints["author"] = props.author.strip()
    created = props.created
    if created and not created.replace(tzinfo=None).isoformat().startswith(_TEMPLATE_CREATED):
        hints["date"] = created.date().isoformat()
    return hints


def load_docx(path: Path, data: bytes, *, max_unzipped: int) -> LoadedDocument:
    """Load a Word document (.docx)."""
    check_archive(path, data, max_unzipped)
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as err:  # python-docx raises many types for a damaged package
        raise error("corrupt", path, f"không mở được nội dung Word ({type(err).__name__})") from err
    blocks: list[Block] = []
    for element in _body_elements(document.element.body):
        if element.tag == _W + "tbl":
            blocks.extend(_table_blocks(Table(element, document)))
        else:
            block = _paragraph_block(Paragraph(element, document))
            if block is not None:
                blocks.append(block)
    return LoadedDocument(source=str(path), format="docx", blocks=blocks, hints=_hints(document))
