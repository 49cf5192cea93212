"""Builders of real test files (TXT in any encoding, HTML, DOCX, PDF) for the ingest tests.

Every builder writes a genuine file with the library a user's software would use (python-docx,
reportlab with the DejaVuSans font so Vietnamese lands in the PDF text layer) and returns the
path, so other test suites can reuse them.
"""

from __future__ import annotations

import codecs
import io
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from ingest.encodings import encode_text

_FONT_NAME = "DejaVuSans"


def shared_dir() -> Path | None:
    """The shared development corpus (../shared next to the repository), if present."""
    for candidate in (Path(__file__).resolve().parents[3] / "shared", Path("/work/shared")):
        if (candidate / "corpus").is_dir():
            return candidate
    return None


# ----------------------------------------------------------------------------- text files


def write_encoded(path: Path, text: str, encoding: str, *, bom: bool = False) -> Path:
    """Write ``text`` in ``encoding``.

    Encodings: "utf-8", "utf-8-sig", "utf-16-le", "utf-16-be" (``bom`` adds the byte-order
    mark), "cp1258", "tcvn3", "vni" (legacy Vietnamese, via ``ingest.encodings.encode_text``).
    """
    if encoding in ("utf-16-le", "utf-16-be"):
        mark = codecs.BOM_UTF16_LE if encoding.endswith("le") else codecs.BOM_UTF16_BE
        data = (mark if bom else b"") + text.encode(encoding)
    elif encoding in ("utf-8", "utf-8-sig"):
        data = (codecs.BOM_UTF8 if bom else b"") + text.encode(encoding)
    else:
        data = encode_text(text, encoding)
    path.write_bytes(data)
    return path


# ----------------------------------------------------------------------------- HTML


def write_html(
    path: Path,
    body: str,
    *,
    title: str = "",
    meta: Mapping[str, str] | None = None,
    head_extra: str = "",
    encoding: str = "utf-8",
    declare_charset: bool = True,
) -> Path:
    """Write a complete HTML page around ``body`` (raw HTML of the <body> element)."""
    charset = {"cp1258": "windows-1258"}.get(encoding, encoding)
    tags = [f'<meta charset="{charset}">'] if declare_charset else []
    for key, value in (meta or {}).items():
        attr = "property" if key.startswith(("og:", "article:")) else "name"
        tags.append(f'<meta {attr}="{key}" content="{value}">')
    head = "\n".join([*tags, f"<title>{title}</title>" if title else "", head_extra])
    page = f'<!DOCTYPE html>\n<html lang="vi">\n<head>\n{head}\n</head>\n<body>\n{body}\n</body>\n</html>\n'
    legacy = encoding in ("cp1258", "tcvn3", "vni")
    path.write_bytes(encode_text(page, encoding) if legacy else page.encode(encoding))
    return path


# ----------------------------------------------------------------------------- DOCX


@dataclass(frozen=True)
class DocxHeading:
    text: str
    level: int = 1


@dataclass(frozen=True)
class DocxBullet:
    text: str


@dataclass(frozen=True)
class DocxBold:
    """A Normal-style paragraph whose runs are all bold."""

    text: str


@dataclass(frozen=True)
class DocxTable:
    rows: list[list[str]]
    # (row, first column, last column) cells to merge horizontally.
    merges: list[tuple[int, int, int]] = field(default_factory=list)


DocxItem = str | DocxHeading | DocxBullet | DocxBold | DocxTable


def _add_table(document: object, item: DocxTable) -> None:
    width = max(len(row) for row in item.rows)
    table = document.add_table(rows=len(item.rows), cols=width)  # type: ignore[attr-defined]
    for r, row in enumerate(item.rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    for r, first, last in item.merges:
        merged = table.cell(r, first).merge(table.cell(r, last))
        merged.text = item.rows[r][first]


def write_docx(
    path: Path,
    paragraphs: Sequence[DocxItem],
    *,
    tables: Mapping[int, list[list[str]]] | None = None,
    headings: Mapping[int, int] | None = None,
    title: str | None = None,
    author: str | None = None,
    created: datetime | None = None,
) -> Path:
    """Write a Word document.

    ``paragraphs`` are plain strings (Normal style) or ``DocxHeading``/``DocxBullet``/
    ``DocxBold``/``DocxTable`` items, in body order. ``headings`` maps the index of a plain
    string to a heading level; ``tables`` maps an index to a table inserted before that item.
    """
    import docx

    document = docx.Document()
    for index, item in enumerate([*paragraphs, None]):
        if tables and index in tables:
            _add_table(document, DocxTable(tables[index]))
        if item is None:
            break
        if isinstance(item, str) and headings and index in headings:
            item = DocxHeading(item, headings[index])
        if isinstance(item, DocxHeading):
            document.add_heading(item.text, level=item.level)
        elif isinstance(item, DocxBullet):
            document.add_paragraph(item.text, style="List Bullet")
        elif isinstance(item, DocxBold):
            document.add_paragraph().add_run(item.text).bold = True
        elif isinstance(item, DocxTable):
            _add_table(document, item)
        else:
            document.add_paragraph(item)
    props = document.core_properties
    if title is not None:
        props.title = title
    if author is not None:
        props.author = author
    if created is not None:
        props.created = created
    document.save(str(path))
    return path


def write_zip_bomb_docx(path: Path, expanded_bytes: int) -> Path:
    """A DOCX whose word/document.xml expands to ``expanded_bytes`` from a tiny archive."""
    source = io.BytesIO()
    write_docx(path, ["Nội dung"])
    with zipfile.ZipFile(path) as original, zipfile.ZipFile(source, "w", zipfile.ZIP_DEFLATED) as out:
        for info in original.infolist():
            if info.filename != "word/document.xml":
                out.writestr(info.filename, original.read(info.filename))
        with out.open("word/document.xml", "w", force_zip64=True) as member:
            member.write(b'<?xml version="1.0" encoding="UTF-8"?>\n')
            chunk = b" " * 2**20
            for _ in range(expanded_bytes // len(chunk) + 1):
                member.write(chunk)
    path.write_bytes(source.getvalue())
    return path


# ----------------------------------------------------------------------------- PDF


@dataclass(frozen=True)
class PdfTable:
    """A table drawn as text at fixed column positions (points from the left margin)."""

    rows: list[list[str]]
    columns: list[float]


@dataclass(frozen=True)
class PdfColumns:
    """Two columns of lines side by side, drawn column after column like a newspaper page."""

    left: list[str]
    right: list[str]
    gap: float = 250


PdfLine = str | PdfTable | PdfColumns


def _font() -> str:
    import os

    import matplotlib
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if _FONT_NAME not in pdfmetrics.getRegisteredFontNames():
        font = os.path.join(os.path.dirname(matplotlib.__file__), "mpl-data/fonts/ttf/DejaVuSans.ttf")
        pdfmetrics.registerFont(TTFont(_FONT_NAME, font))
    return _FONT_NAME


def write_pdf(
    path: Path,
    pages: Sequence[Sequence[PdfLine]],
    *,
    font_size: float = 11,
    header: str | None = None,
    footer: str | None = None,
    title: str | None = None,
    author: str | None = None,
) -> Path:
    """Write a PDF with a real text layer: each page is a list of lines drawn top to bottom.

    An empty string leaves a blank line (a paragraph gap). ``header``/``footer`` are drawn on
    every page; "{page}" in them becomes the page number.
    """
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    font = _font()
    pdf = canvas.Canvas(str(path), pagesize=A4)
    if title:
        pdf.setTitle(title)
    if author:
        pdf.setAuthor(author)
    width, height = A4
    leading = font_size * 1.4
    for number, lines in enumerate(pages, start=1):
        pdf.setFont(font, font_size)
        if header:
            pdf.drawString(60, height - 40, header.format(page=number))
        y = height - 80
        for line in lines:
            if isinstance(line, PdfColumns):
                for x, column in ((60, line.left), (60 + line.gap, line.right)):
                    for n, text in enumerate(column):
                        pdf.drawString(x, y - n * leading, text)
                y -= leading * max(len(line.left), len(line.right))
            elif isinstance(line, PdfTable):
                for row in line.rows:
                    for x, cell in zip(line.columns, row, strict=False):
                        pdf.drawString(60 + x, y, cell)
                    y -= leading * 1.6
            else:
                if line:
                    pdf.drawString(60, y, line)
                y -= leading
        if footer:
            pdf.drawString(width / 2 - 20, 30, footer.format(page=number))
        pdf.showPage()
    pdf.save()
    return path


def write_image_pdf(path: Path, pages: int = 1) -> Path:
    """A PDF whose pages hold only drawings (like a scan): no text layer."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), pagesize=A4)
    for _ in range(pages):
        pdf.rect(100, 100, 300, 500, fill=1)
        pdf.circle(250, 600, 50)
        pdf.showPage()
    pdf.save()
    return path


def truncate(path: Path, fraction: float = 0.5) -> Path:
    """Cut a file to ``fraction`` of its length (a broken download)."""
    data = path.read_bytes()
    path.write_bytes(data[: int(len(data) * fraction)])
    return path


def wrap(text: str, width: int = 80) -> list[str]:
    """Hard-wrap a paragraph the way a PDF or a plain-text editor lays it out."""
    import textwrap

    return textwrap.wrap(text, width=width)
