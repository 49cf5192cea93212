"""The brief as a DOCX document (python-docx): A4, one page where the content allows.

Same content as the Markdown: title, main report, theme, the headline table (header row
shaded, figures right-aligned, each with its [n]), the chart, the sections as bullets and the
numbered sources in small type. Fonts: Times New Roman, which Word has and LibreOffice maps to
Liberation Serif; both cover Vietnamese.
"""

from __future__ import annotations

import io
from typing import Any

from assistant.briefs.markdown import grouped_sources, section_heading, table_cells, table_header
from assistant.briefs.model import SECTION_ORDER, Brief

FONT = "Times New Roman"
_HEADER_FILL = "D9E2F3"


def brief_docx(brief: Brief) -> bytes:
    """The DOCX file of ``brief`` as bytes."""
    from docx import Document
    from docx.shared import Cm, Pt

    doc = Document()
    _page(doc, Cm)
    _styles(doc, Pt)
    doc.add_heading(brief.title, level=1)
    if brief.main_report:
        _para(doc, f"Báo cáo chính: {brief.main_report}.", size=9, italic=True)
    if brief.theme:
        _para(doc, brief.theme, size=10.5, bold=True)
    doc.add_heading("Số liệu chính", level=2)
    if brief.rows:
        _table(doc, brief)
    else:
        _para(doc, "Báo cáo không nêu số liệu chính nào mà trợ lý nhận ra.", size=10)
    for note in [*brief.notes, "Tăng/giảm và tỷ lệ % do trợ lý tính từ các số liệu được trích dẫn."]:
        _para(doc, note, size=8.5, italic=True)
    if brief.chart_png:
        doc.add_picture(io.BytesIO(brief.chart_png), width=Cm(13))
    for name in SECTION_ORDER:
        lines = brief.sections.get(name) or []
        if lines:
            doc.add_heading(section_heading(brief, name), level=2)
            for line in lines:
                _para(doc, line, size=10, style="List Bullet")
    doc.add_heading("Nguồn", level=2)
    for title, where, sources in grouped_sources(brief):
        _para(doc, f"{title} — {where}", size=8, bold=True)
        for source in sources:
            _para(doc, f"[{source.n}] “{source.quote}”", size=7.5)
    for notice in brief.notices:
        _para(doc, notice, size=8, italic=True)
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def _page(doc: Any, cm: Any) -> None:
    section = doc.sections[0]
    section.page_width, section.page_height = cm(21), cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, cm(1.8))


def _styles(doc: Any, pt: Any) -> None:
    from docx.oxml.ns import qn

    for name, size in (("Normal", 10.5), ("Heading 1", 15), ("Heading 2", 12), ("List Bullet", 10)):
        style = doc.styles[name]
        style.font.name = FONT
        style.font.size = pt(size)
        fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
        for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            fonts.set(qn(attr), FONT)
        for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
            fonts.attrib.pop(qn(attr), None)  # a theme font would win over the one set above
        if name.startswith("Heading"):
            style.paragraph_format.space_before = pt(8 if name == "Heading 2" else 0)
            style.paragraph_format.space_after = pt(3)
        else:
            style.paragraph_format.space_after = pt(2)


def _para(
    doc: Any, text: str, *, size: float, italic: bool = False, bold: bool = False, style: str = ""
) -> Any:
    from docx.shared import Pt

    paragraph = doc.add_paragraph(style=style or None)
    run = paragraph.add_run(text)
    run.font.size = Pt(size)
    run.italic, run.bold = italic, bold
    return paragraph


def _table(doc: Any, brief: Brief) -> None:
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    header = table_header(brief)
    table = doc.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    label_width = 5.6 if len(header) > 2 else 9.0
    widths = [Cm(label_width)] + [Cm((17.2 - label_width) / (len(header) - 1))] * (len(header) - 1)
    for i, text in enumerate(header):
        _cell(table.rows[0].cells[i], text, Pt(9), bold=True, shade=True)
    for row in brief.rows:
        cells = table.add_row().cells
        for i, text in enumerate(table_cells(brief, row)):
            align = WD_ALIGN_PARAGRAPH.RIGHT if i else WD_ALIGN_PARAGRAPH.LEFT
            _cell(cells[i], text, Pt(9), align=align)
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width  # the grid LibreOffice reads
        for cell in column.cells:
            cell.width = width  # the cell widths Word reads


def _cell(
    cell: Any, text: str, size: Any, *, bold: bool = False, shade: bool = False, align: Any = None
) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    paragraph = cell.paragraphs[0]
    run = paragraph.add_run(text)
    run.font.size = size
    run.bold = bold
    if align is not None:
        paragraph.alignment = align
    if shade:
        fill = OxmlElement("w:shd")
        fill.set(qn("w:val"), "clear")
        fill.set(qn("w:color"), "auto")
        fill.set(qn("w:fill"), _HEADER_FILL)
        cell._tc.get_or_add_tcPr().append(fill)
