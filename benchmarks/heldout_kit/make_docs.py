"""Build a held-out set's docs/ from its src/ (shared by benchmarks/heldout3..7).

  src/<name>.src       -> docs/<name>.docx or docs/<name>.pdf (the set's targets)
  src/<name>.utf8.txt  -> docs/<name>.txt encoded in Windows-1258 (tone marks as combining characters), CRLF
Documents that need no building (UTF-8 TXT, Markdown, HTML) live in docs/ only.

Markup of a .src file, one element per line:
  ::title TEXT        centred bold line
  ::caption TEXT      caption of the table that follows
  ::sign A|B|C        signature block (right aligned)
  # TEXT / ## TEXT    headings
  | a | b | c         table row (the first row of a block is the header)
  - TEXT              list item
  anything else       a paragraph
Run through a set's own make_docs.py.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

TONE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
FONT_DIRS = [Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu")]

Element = tuple[str, object]


def parse(text: str) -> list[Element]:
    """Line-based markup to (kind, payload) elements; consecutive table rows form one table."""
    out: list[Element] = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith("|"):
            cells = [c.strip() for c in line.strip("|").split("|")]
            if out and out[-1][0] == "table":
                out[-1][1].append(cells)  # type: ignore[attr-defined]
            else:
                out.append(("table", [cells]))
        elif line.startswith("::"):
            key, _, rest = line[2:].partition(" ")
            out.append((key, rest.split("|") if key == "sign" else rest))
        elif line.startswith("## "):
            out.append(("h2", line[3:]))
        elif line.startswith("# "):
            out.append(("h1", line[2:]))
        elif line.startswith("- "):
            out.append(("li", line[2:]))
        else:
            out.append(("p", line))
    return out


def build_docx(elements: list[Element], dest: Path) -> None:
    """Write a DOCX with headings, paragraphs and a Word table."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    doc = Document()
    for kind, payload in elements:
        if kind == "title":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.add_run(str(payload)).bold = True
        elif kind == "caption":
            p = doc.add_paragraph()
            p.add_run(str(payload)).italic = True
        elif kind in ("h1", "h2"):
            doc.add_heading(str(payload), level=1 if kind == "h1" else 2)
        elif kind == "li":
            doc.add_paragraph(str(payload), style="List Bullet")
        elif kind == "table":
            rows: list[list[str]] = payload  # type: ignore[assignment]
            table = doc.add_table(rows=len(rows), cols=len(rows[0]))
            table.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, cell in enumerate(row):
                    table.cell(r, c).text = cell
                    if r == 0:
                        table.cell(r, c).paragraphs[0].runs[0].bold = True
        elif kind == "sign":
            for i, line in enumerate(payload):  # type: ignore[arg-type]
                p = doc.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                p.add_run(line).bold = i != 1
        else:
            doc.add_paragraph(str(payload))
    doc.save(str(dest))


def find_font(name: str) -> Path:
    """A DejaVu TTF from the system, or matplotlib's bundled copy."""
    for d in FONT_DIRS:
        if (d / name).exists():
            return d / name
    import matplotlib

    return Path(matplotlib.get_data_path()) / "fonts" / "ttf" / name


def build_pdf(elements: list[Element], dest: Path, widths: tuple[float, ...] = (7.0, 3.0, 3.5, 2.5)) -> None:
    """Write an A4 PDF with a real text layer in DejaVu Sans."""
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    pdfmetrics.registerFont(TTFont("DejaVu", str(find_font("DejaVuSans.ttf"))))
    pdfmetrics.registerFont(TTFont("DejaVu-Bold", str(find_font("DejaVuSans-Bold.ttf"))))
    base = ParagraphStyle("base", fontName="DejaVu", fontSize=10.5, leading=14, spaceAfter=5)
    bold = ParagraphStyle("bold", parent=base, fontName="DejaVu-Bold")
    styles = {
        "p": base,
        "li": ParagraphStyle("li", parent=base, leftIndent=14),
        "h1": ParagraphStyle("h1", parent=bold, fontSize=11.5, spaceBefore=6),
        "h2": ParagraphStyle("h2", parent=bold, fontSize=10.5),
        "title": ParagraphStyle("title", parent=bold, alignment=TA_CENTER, fontSize=12),
        "caption": ParagraphStyle("caption", parent=base, alignment=TA_CENTER),
        "sign": ParagraphStyle("sign", parent=bold, alignment=TA_RIGHT),
    }
    story: list = []
    for kind, payload in elements:
        if kind == "table":
            rows: list[list[str]] = payload  # type: ignore[assignment]
            table = Table(rows, colWidths=[w * cm for w in widths])
            table.setStyle(
                TableStyle(
                    [
                        ("FONTNAME", (0, 0), (-1, -1), "DejaVu"),
                        ("FONTNAME", (0, 0), (-1, 0), "DejaVu-Bold"),
                        ("FONTSIZE", (0, 0), (-1, -1), 9),
                        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                    ]
                )
            )
            story += [table, Spacer(1, 8)]
        elif kind == "sign":
            story += [Paragraph(line, styles["sign"]) for line in payload]  # type: ignore[union-attr]
        else:
            text = "• " + str(payload) if kind == "li" else str(payload)
            story.append(Paragraph(text, styles[kind]))
    SimpleDocTemplate(str(dest), pagesize=A4, title=dest.stem).build(story)


def to_cp1258(text: str) -> bytes:
    """Encode in Windows-1258: precomposed where the code page has it, else base letter + tone mark."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", ch)
            marks = "".join(m for m in parts if m in TONE_MARKS)
            base_ch = unicodedata.normalize("NFC", "".join(m for m in parts if m not in TONE_MARKS))
            out += (base_ch + marks).encode("cp1258")
    return bytes(out)


def main(here: Path, targets: dict[str, str], widths: tuple[float, ...] = (7.0, 3.0, 3.5, 2.5)) -> None:
    """Rebuild every document of ``here``/docs from ``here``/src (``targets``: stem -> docx/pdf;
    ``widths``: the PDF table's column widths in cm)."""
    docs = here / "docs"
    docs.mkdir(exist_ok=True)
    for src in sorted((here / "src").iterdir()):
        if src.suffix == ".src":
            kind = targets[src.stem]
            dest = docs / f"{src.stem}.{kind}"
            elements = parse(src.read_text(encoding="utf-8"))
            if kind == "docx":
                build_docx(elements, dest)
            else:
                build_pdf(elements, dest, widths)
        elif src.name.endswith(".utf8.txt"):
            text = src.read_text(encoding="utf-8").replace("\n", "\r\n")
            dest = docs / src.name.replace(".utf8.txt", ".txt")
            data = to_cp1258(text)
            assert unicodedata.normalize("NFC", data.decode("cp1258")) == unicodedata.normalize("NFC", text)
            dest.write_bytes(data)
        else:
            raise ValueError(f"{src.name}: a source is a .src or a .utf8.txt file")
        print(dest.relative_to(here))
