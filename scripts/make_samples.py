"""Build the binary sample reports (DOCX, PDF) in samples/reports/ from their sources in samples/src/.

Each ``samples/src/<name>.src`` file is a small line-based markup (see ``parse_source``) and
produces ``samples/reports/<name>.docx`` or ``samples/reports/<name>.pdf``. Output is deterministic: fixed
dates in the DOCX zip and core properties, reportlab's invariant mode for the PDF.

Usage: ``python scripts/make_samples.py`` (write), ``--check`` (rebuild in memory and fail if a
committed file differs) or ``--verify`` (every sample opens and every ``must_contain`` of
samples/questions.jsonl appears in the text of its documents).
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import sys
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SRC_DIR = SAMPLES / "src"
REPORTS = SAMPLES / "reports"


@dataclass
class Element:
    """One body element: heading, paragraph, list_item, table, caption or rule."""

    kind: str
    text: str = ""
    level: int = 0
    rows: list[list[str]] = field(default_factory=list)


@dataclass
class Report:
    """A formal report parsed from a source file."""

    meta: dict[str, str] = field(default_factory=dict)
    left: list[str] = field(default_factory=list)  # header, left column (issuing body, number)
    right: list[str] = field(default_factory=list)  # header, right column (motto, place, date)
    body: list[Element] = field(default_factory=list)
    recipients: list[str] = field(default_factory=list)
    sign: list[str] = field(default_factory=list)

    @property
    def title(self) -> str:
        titles = [e.text for e in self.body if e.kind == "subtitle"]
        return titles[0] if titles else ""


META_KEYS = {"output", "date", "author"}
LIST_KEYS = {"left", "right", "recipients", "sign"}


def parse_source(text: str) -> Report:
    """Parse the markup: ``::key value`` directives, ``#``-headings, ``|`` table rows,
    ``- `` list items, other non-blank lines are paragraphs."""
    report = Report()
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith("::"):
            key, _, value = line[2:].partition(" ")
            if key in META_KEYS:
                report.meta[key] = value
            elif key in LIST_KEYS:
                getattr(report, key).append(value)
            else:  # title, subtitle, caption, rule
                report.body.append(Element(kind=key, text=value))
        elif line.startswith("#"):
            marks, _, heading = line.partition(" ")
            report.body.append(Element("heading", heading, level=len(marks)))
        elif line.startswith("|"):
            cells = [c.strip() for c in line.strip("|").split("|")]
            if not report.body or report.body[-1].kind != "table":
                report.body.append(Element("table"))
            report.body[-1].rows.append(cells)
        elif line.startswith("- "):
            report.body.append(Element("list_item", line[2:]))
        else:
            report.body.append(Element("paragraph", line))
    return report


def fixed_datetime(report: Report) -> dt.datetime:
    """The report's signature date at 08:00 UTC, used for every timestamp we write."""
    day = dt.date.fromisoformat(report.meta["date"])
    return dt.datetime(day.year, day.month, day.day, 8, 0, 0, tzinfo=dt.UTC)


# --------------------------------------------------------------------------- DOCX


def _docx_fonts(document: Any) -> None:
    """Times New Roman everywhere, black headings (the default template uses theme fonts)."""
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    sizes = {"Normal": 13, "Heading 1": 13, "Heading 2": 13, "Heading 3": 13, "List Bullet": 13}
    for name, size in sizes.items():
        style = document.styles[name]
        style.font.name = "Times New Roman"
        style.font.size = Pt(size)
        rpr = style.element.get_or_add_rPr()
        fonts = rpr.find(qn("w:rFonts"))
        for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            fonts.attrib.pop(qn(attr), None)
        fonts.set(qn("w:eastAsia"), "Times New Roman")
        fonts.set(qn("w:cs"), "Times New Roman")
        if name.startswith("Heading"):
            style.font.color.rgb = RGBColor(0, 0, 0)
            style.font.italic = name == "Heading 3"


def _docx_line(document: Any, text: str, align: int, bold: bool = False) -> None:
    paragraph = document.add_paragraph()
    paragraph.alignment = align
    paragraph.add_run(text).bold = bold


def _docx_table(document: Any, rows: list[list[str]]) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm

    table = document.add_table(rows=len(rows), cols=len(rows[0]), style="Table Grid")
    widths = [Cm(5.0)] + [Cm(11.0 / (len(rows[0]) - 1))] * (len(rows[0]) - 1)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).width = widths[c]
            paragraph = table.cell(r, c).paragraphs[0]
            paragraph.add_run(value).bold = r == 0
            if c > 0:
                paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER


def _docx_body(document: Any, report: Report) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH as ALIGN
    from docx.shared import Cm

    for el in report.body:
        if el.kind == "heading":
            document.add_heading(el.text, level=el.level)
        elif el.kind in ("title", "subtitle", "caption"):
            _docx_line(document, el.text, ALIGN.CENTER, bold=True)
        elif el.kind == "rule":
            _docx_line(document, "-----", ALIGN.CENTER)
        elif el.kind == "table":
            _docx_table(document, el.rows)
        elif el.kind == "list_item":
            document.add_paragraph(el.text, style="List Bullet")
        else:
            paragraph = document.add_paragraph(el.text)
            paragraph.alignment = ALIGN.JUSTIFY
            paragraph.paragraph_format.first_line_indent = Cm(1)


def build_docx(report: Report) -> bytes:
    """Render a report as a DOCX with Heading styles and a real Word table."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH as ALIGN

    document = docx.Document()
    _docx_fonts(document)
    for i, line in enumerate(report.left):
        _docx_line(document, line, ALIGN.LEFT, bold=i == 1)
    for i, line in enumerate(report.right):
        _docx_line(document, line, ALIGN.RIGHT, bold=i == 0)
    _docx_body(document, report)
    for i, line in enumerate(report.recipients):
        _docx_line(document, line, ALIGN.LEFT, bold=i == 0)
    for line in report.sign:
        _docx_line(document, line, ALIGN.RIGHT, bold=not line.startswith("("))
    props = document.core_properties
    props.title, props.author = report.title, report.meta["author"]
    props.last_modified_by, props.language, props.revision = report.meta["author"], "vi-VN", 1
    props.created = props.modified = fixed_datetime(report).replace(tzinfo=None)
    buffer = io.BytesIO()
    document.save(buffer)
    return _normalize_zip(buffer.getvalue(), fixed_datetime(report))


def _normalize_zip(data: bytes, when: dt.datetime) -> bytes:
    """Rewrite a zip with fixed entry timestamps so that rebuilding gives identical bytes."""
    out = io.BytesIO()
    stamp = (when.year, when.month, when.day, when.hour, when.minute, when.second)
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, src.read(item.filename))
    return out.getvalue()


# --------------------------------------------------------------------------- PDF


def _register_pdf_fonts() -> None:
    """DejaVu Sans (shipped with matplotlib) covers every Vietnamese letter."""
    import matplotlib
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    font_dir = Path(matplotlib.__file__).parent / "mpl-data" / "fonts" / "ttf"
    files = {"DejaVu": "DejaVuSans.ttf", "DejaVu-Bold": "DejaVuSans-Bold.ttf"}
    files |= {"DejaVu-Oblique": "DejaVuSans-Oblique.ttf"}
    for name, file in files.items():
        pdfmetrics.registerFont(TTFont(name, str(font_dir / file)))
    addMapping("DejaVu", 0, 0, "DejaVu")
    addMapping("DejaVu", 1, 0, "DejaVu-Bold")
    addMapping("DejaVu", 0, 1, "DejaVu-Oblique")
    addMapping("DejaVu", 1, 1, "DejaVu-Bold")


def _pdf_styles() -> dict[str, Any]:
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
    from reportlab.lib.styles import ParagraphStyle

    base = ParagraphStyle("body", fontName="DejaVu", fontSize=11, leading=15.5)
    return {
        "body": ParagraphStyle("p", base, alignment=TA_JUSTIFY, firstLineIndent=28, spaceAfter=4),
        "center": ParagraphStyle("c", base, alignment=TA_CENTER),
        "center_bold": ParagraphStyle("cb", base, alignment=TA_CENTER, fontName="DejaVu-Bold"),
        "title": ParagraphStyle(
            "t",
            base,
            alignment=TA_CENTER,
            fontName="DejaVu-Bold",
            fontSize=14,
            leading=20,
            spaceBefore=10,
        ),
        "h1": ParagraphStyle("h1", base, fontName="DejaVu-Bold", spaceBefore=8, spaceAfter=4),
        "h2": ParagraphStyle("h2", base, fontName="DejaVu-Bold", spaceBefore=4, spaceAfter=3),
        "h3": ParagraphStyle("h3", base, fontName="DejaVu-Oblique", spaceBefore=3, spaceAfter=2),
        "item": ParagraphStyle("li", base, alignment=TA_JUSTIFY, leftIndent=28, spaceAfter=2),
        "cell": ParagraphStyle("td", base, fontSize=10, leading=13),
        "small": ParagraphStyle("s", base, fontSize=9.5, leading=12.5),
    }


def _pdf_grid(rows: list[list[str]], styles: dict[str, Any]) -> Any:
    from reportlab.lib import colors
    from reportlab.platypus import Paragraph, Table, TableStyle

    cells = [
        [Paragraph(v if r else f"<b>{v}</b>", styles["cell"]) for v in row] for r, row in enumerate(rows)
    ]
    first = 6.2 if len(rows[0]) <= 4 else 5.0
    widths = [first * 28.35] + [(16.0 - first) / (len(rows[0]) - 1) * 28.35] * (len(rows[0]) - 1)
    table = Table(cells, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")])
    )
    return table


def _pdf_columns(left: list[Any], right: list[Any]) -> Any:
    """Two borderless side-by-side columns (header block, recipients + signature)."""
    from reportlab.platypus import Table, TableStyle

    table = Table([[left, right]], colWidths=[8.0 * 28.35, 8.0 * 28.35])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return table


def _pdf_lines(lines: list[str], styles: dict[str, Any], *bold: int) -> list[Any]:
    """Centered lines, the ones at the ``bold`` indexes in bold."""
    from reportlab.platypus import Paragraph

    return [Paragraph(t, styles["center_bold" if i in bold else "center"]) for i, t in enumerate(lines)]


def _pdf_story(report: Report, styles: dict[str, Any]) -> list[Any]:
    from reportlab.platypus import Paragraph, Spacer

    story: list[Any] = [_pdf_columns(_pdf_lines(report.left, styles, 1), _pdf_lines(report.right, styles, 0))]
    kinds = {
        "title": "title",
        "subtitle": "center_bold",
        "caption": "center_bold",
        "list_item": "item",
        "paragraph": "body",
    }
    for el in report.body:
        if el.kind == "table":
            story += [_pdf_grid(el.rows, styles), Spacer(1, 6)]
        elif el.kind == "rule":
            story.append(Paragraph("-----", styles["center"]))
        elif el.kind == "heading":
            story.append(Paragraph(el.text, styles[f"h{el.level}"]))
        else:
            text = f"- {el.text}" if el.kind == "list_item" else el.text
            story.append(Paragraph(text, styles[kinds[el.kind]]))
    story.append(Spacer(1, 10))
    signature = [t for t in report.sign if not t.startswith("(")]
    story.append(
        _pdf_columns(
            [Paragraph(t, styles["small"]) for t in report.recipients],
            _pdf_lines(report.sign, styles, *[report.sign.index(t) for t in signature]),
        )
    )
    return story


def _pdf_page_number(canvas: Any, doc: Any) -> None:
    if doc.page > 1:  # Vietnamese administrative style: number at the top from page 2 on
        canvas.setFont("DejaVu", 10)
        canvas.drawCentredString(doc.pagesize[0] / 2, doc.pagesize[1] - 1.2 * 28.35, str(doc.page))


def build_pdf(report: Report) -> bytes:
    """Render a report as an A4 PDF with a text layer (DejaVu Sans, invariant mode)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.platypus import SimpleDocTemplate

    _register_pdf_fonts()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=3 * cm,
        rightMargin=2 * cm,
        topMargin=2 * cm,
        bottomMargin=2 * cm,
        title=report.title,
        author=report.meta["author"],
        subject="Báo cáo mẫu (hư cấu) của dự án baocao",
        creator="scripts/make_samples.py",
        invariant=1,
    )
    doc.build(
        _pdf_story(report, _pdf_styles()),
        onFirstPage=_pdf_page_number,
        onLaterPages=_pdf_page_number,
    )
    return buffer.getvalue()


# --------------------------------------------------------------------------- verify


def extract_text(path: Path) -> str:
    """Plain text of a sample file, whatever its format (tags stripped from HTML)."""
    import html
    import re

    if path.suffix == ".docx":
        import docx

        document = docx.Document(str(path))
        cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
        return "\n".join([p.text for p in document.paragraphs] + cells)
    if path.suffix == ".pdf":
        import pypdf

        return "\n".join(page.extract_text() for page in pypdf.PdfReader(path).pages)
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".html":
        text = re.sub(r"(?s)<(script|style)\b.*?</\1>", " ", text)
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    return text


def verify() -> list[str]:
    """Check that every sample opens and every must_contain of questions.jsonl is in its documents."""
    import json

    docs = {p.name: extract_text(p) for p in sorted(REPORTS.iterdir()) if p.is_file()}
    problems = [f"{name}: empty text" for name, text in docs.items() if len(text.split()) < 100]
    lines = (SAMPLES / "questions.jsonl").read_text(encoding="utf-8").splitlines()
    for item in map(json.loads, lines):
        missing = [d for d in item["doc_ids"] if d not in docs]
        problems += [f"{item['id']}: unknown document {d}" for d in missing]
        texts = [docs[d] for d in item["doc_ids"] if d in docs]
        for needle in item["must_contain"]:
            if not any(needle in text for text in texts):
                problems.append(f"{item['id']}: {needle!r} not found in {item['doc_ids']}")
    return problems


# --------------------------------------------------------------------------- main

BUILDERS = {"docx": build_docx, "pdf": build_pdf}


def build_all() -> dict[Path, bytes]:
    """Build every source in samples/src/; returns output path -> bytes."""
    outputs: dict[Path, bytes] = {}
    for source in sorted(SRC_DIR.glob("*.src")):
        report = parse_source(source.read_text(encoding="utf-8"))
        fmt = report.meta["output"]
        outputs[REPORTS / f"{source.stem}.{fmt}"] = BUILDERS[fmt](report)
    return outputs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the DOCX/PDF sample reports.")
    parser.add_argument("--check", action="store_true", help="fail if committed files differ")
    parser.add_argument("--verify", action="store_true", help="check samples against questions.jsonl")
    args = parser.parse_args(argv)
    if args.verify:
        problems = verify()
        print("\n".join(problems) or "all samples open; every must_contain found")
        return 1 if problems else 0
    stale = []
    for path, data in build_all().items():
        rel = path.relative_to(ROOT)
        if args.check:
            if not path.exists() or path.read_bytes() != data:
                stale.append(str(rel))
            continue
        path.write_bytes(data)
        print(f"wrote {rel} ({len(data):,} bytes)")
    if stale:
        print("out of date: " + ", ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
