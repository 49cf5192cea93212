"""Build the binary and legacy-encoded documents of the second held-out set from src/.

Sources (UTF-8):
  src/<name>.src       -> docs/<name>.docx or docs/<name>.pdf (see TARGETS)
  src/<name>.utf8.txt  -> docs/<name>.txt encoded in Windows-1258 (tone marks as combining characters)

Markup of a .src file, one element per line:
  ::letterhead L1|L2|... || R1|R2|...   two-column header (issuing body | national motto, place and date)
  ::title TEXT / ::subtitle TEXT         centred title lines
  # TEXT / ## TEXT                       headings
  ::caption TEXT                         caption of the table that follows
  | a | b | c                            table row (the first row of a block is the header)
  - TEXT                                 list item
  ::recipients A|B|...                   "Nơi nhận:" block
  ::sign A|B|...                         signature block
  anything else                          a paragraph
Run: python benchmarks/heldout2/make_docs.py
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
DOCS = HERE / "docs"
TARGETS = {"ninh-binh_tong-ket-2024": "docx", "BC-96-DUKDN-6thang": "pdf"}
TONE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


@dataclass
class Element:
    """One element of a source document."""

    kind: str
    text: str = ""
    items: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)


def parse(text: str) -> list[Element]:
    """Parse the line-based markup into elements (consecutive table rows form one table)."""
    out: list[Element] = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith("|"):
            cells = [c.strip() for c in line.strip("|").split("|")]
            if out and out[-1].kind == "table":
                out[-1].rows.append(cells)
            else:
                out.append(Element("table", rows=[cells]))
        elif line.startswith("::"):
            key, _, rest = line[2:].partition(" ")
            out.append(Element(key, text=rest, items=rest.split("|")))
        elif line.startswith("## "):
            out.append(Element("h2", line[3:]))
        elif line.startswith("# "):
            out.append(Element("h1", line[2:]))
        elif line.startswith("- "):
            out.append(Element("li", line[2:]))
        else:
            out.append(Element("p", line))
    return out


def split_letterhead(el: Element) -> tuple[list[str], list[str]]:
    """Left and right columns of a letterhead element."""
    left, _, right = el.text.partition("||")
    return [s.strip() for s in left.split("|")], [s.strip() for s in right.split("|")]


def build_docx(elements: list[Element], dest: Path) -> None:
    """Write a DOCX with a letterhead table, Heading styles and Word tables."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    doc = Document()
    doc.styles["Normal"].font.name = "Times New Roman"
    doc.styles["Normal"].font.size = Pt(13)
    center = WD_ALIGN_PARAGRAPH.CENTER
    for el in elements:
        if el.kind == "letterhead":
            left, right = split_letterhead(el)
            table = doc.add_table(rows=1, cols=2)
            table.cell(0, 0).text = "\n".join(left)
            table.cell(0, 1).text = "\n".join(right)
            for cell in table.rows[0].cells:
                for par in cell.paragraphs:
                    par.alignment = center
        elif el.kind in ("title", "subtitle", "caption"):
            par = doc.add_paragraph()
            par.alignment = center
            run = par.add_run(el.text)
            run.bold = el.kind != "caption"
            run.italic = el.kind == "caption"
        elif el.kind in ("h1", "h2"):
            doc.add_heading(el.text, level=1 if el.kind == "h1" else 2)
        elif el.kind == "li":
            doc.add_paragraph(el.text, style="List Bullet")
        elif el.kind == "p":
            doc.add_paragraph(el.text)
        elif el.kind == "table":
            add_docx_table(doc, el.rows)
        elif el.kind in ("recipients", "sign"):
            add_docx_closing(doc, el)
    doc.core_properties.author = "Văn phòng Đảng ủy Khối"
    doc.core_properties.created = dt.datetime(2024, 12, 16, 8, 0, 0)
    doc.core_properties.modified = dt.datetime(2024, 12, 16, 8, 0, 0)
    doc.save(str(dest))


def add_docx_table(doc: object, rows: list[list[str]]) -> None:
    """A bordered Word table with a bold header row."""
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))  # type: ignore[attr-defined]
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            cell = table.cell(r, c)
            cell.text = value
            if r == 0:
                for run in cell.paragraphs[0].runs:
                    run.bold = True


def add_docx_closing(doc: object, el: Element) -> None:
    """Recipients go in the left cell and the signature in the right cell of a borderless table."""
    if el.kind == "recipients":
        table = doc.add_table(rows=1, cols=2)  # type: ignore[attr-defined]
        table.cell(0, 0).text = "Nơi nhận:\n" + "\n".join(f"- {item}," for item in el.items)
        return
    table = doc.tables[-1]  # type: ignore[attr-defined]
    table.cell(0, 1).text = "\n".join(el.items)


def build_pdf(elements: list[Element], dest: Path) -> None:
    """Write a PDF with a real text layer (DejaVu Sans, so Vietnamese extracts correctly)."""
    import matplotlib
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    fonts = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    pdfmetrics.registerFont(TTFont("DejaVu", str(fonts / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVu-Bold", str(fonts / "DejaVuSans-Bold.ttf")))
    base = ParagraphStyle("base", fontName="DejaVu", fontSize=11, leading=15, spaceAfter=6)
    bold = ParagraphStyle("bold", parent=base, fontName="DejaVu-Bold")
    centre = ParagraphStyle("centre", parent=bold, alignment=1)
    small = ParagraphStyle("small", parent=base, fontSize=10, leading=13, spaceAfter=0)
    story: list[object] = []
    grid = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")])
    for el in elements:
        if el.kind == "letterhead":
            left, right = split_letterhead(el)
            cells = [[Paragraph("<br/>".join(left), centre), Paragraph("<br/>".join(right), centre)]]
            story += [Table(cells, colWidths=[240, 240]), Spacer(1, 12)]
        elif el.kind in ("title", "subtitle", "caption"):
            story.append(Paragraph(el.text, centre))
        elif el.kind in ("h1", "h2"):
            story.append(Paragraph(el.text, bold))
        elif el.kind == "li":
            story.append(Paragraph("- " + el.text, base))
        elif el.kind == "p":
            story.append(Paragraph(el.text, base))
        elif el.kind == "table":
            data = [[Paragraph(v, small) for v in row] for row in el.rows]
            widths = [170] + [(480 - 170) / (len(el.rows[0]) - 1)] * (len(el.rows[0]) - 1)
            story += [Table(data, colWidths=widths, style=grid, repeatRows=1), Spacer(1, 8)]
        elif el.kind == "recipients":
            story.append(Paragraph("Nơi nhận:<br/>" + "<br/>".join(f"- {i}," for i in el.items), small))
        elif el.kind == "sign":
            story.append(Paragraph("<br/>".join(el.items), centre))
    pdf = SimpleDocTemplate(str(dest), pagesize=A4, title="Báo cáo", author="Đảng ủy Khối", invariant=1)
    pdf.build(story)


def to_cp1258(text: str) -> bytes:
    """Encode text as Windows-1258: base letters precomposed, tone marks as combining characters."""
    out: list[str] = []
    for ch in unicodedata.normalize("NFD", text):
        if unicodedata.combining(ch) and out:
            if ch in TONE_MARKS:
                out.append(ch)
                continue
            # Re-attach a circumflex, breve or horn to its letter (it may sit behind a tone mark).
            tones: list[str] = []
            while out and out[-1] in TONE_MARKS:
                tones.insert(0, out.pop())
            out[-1] = unicodedata.normalize("NFC", out[-1] + ch)
            out.extend(tones)
        else:
            out.append(ch)
    return "".join(out).encode("cp1258")


def main() -> None:
    """Build every target and print what was written."""
    for name, kind in TARGETS.items():
        elements = parse((SRC / f"{name}.src").read_text(encoding="utf-8"))
        dest = DOCS / f"{name}.{kind}"
        (build_docx if kind == "docx" else build_pdf)(elements, dest)
        print("wrote", dest.relative_to(HERE))
    for src in sorted(SRC.glob("*.utf8.txt")):
        dest = DOCS / src.name.replace(".utf8.txt", ".txt")
        text = src.read_text(encoding="utf-8").replace("\n", "\r\n")
        dest.write_bytes(to_cp1258(text))
        print("wrote", dest.relative_to(HERE), "(cp1258)")


if __name__ == "__main__":
    main()
