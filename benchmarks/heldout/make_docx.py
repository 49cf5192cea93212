"""Build the held-out DOCX report (Long An, Khối Doanh nghiệp, year 2023) with python-docx.

The body comes from ht06_source.txt, one block per line: "p: ", "h1: ", "h2: ", "li: ",
"caption: " prefixes, and "| a | b" for table rows (consecutive rows form one Word table).
Run from the repository root: python benchmarks/heldout/make_docx.py
The output is committed, so this is only needed to regenerate it.
"""

from pathlib import Path
from typing import Any

HERE = Path(__file__).parent
SOURCE = HERE / "ht06_source.txt"
OUT = HERE / "docs" / "ht06_long-an_khoi-doanh-nghiep_2023-year.docx"

HEADER = [
    ("ĐẢNG BỘ TỈNH LONG AN", "ĐẢNG CỘNG SẢN VIỆT NAM"),
    ("ĐẢNG ỦY KHỐI DOANH NGHIỆP TỈNH", ""),
    ("*", "Tân An, ngày 15 tháng 12 năm 2023"),
    ("Số 205-BC/ĐUK", ""),
]
TITLE = "Tổng kết công tác xây dựng Đảng năm 2023, phương hướng, nhiệm vụ năm 2024"
RECIPIENTS = [
    "Thường trực Tỉnh ủy (b/c),",
    "Ban Tổ chức Tỉnh ủy,",
    "Ủy ban Kiểm tra Tỉnh ủy,",
    "Ban Dân vận Tỉnh ủy,",
    "Các tổ chức cơ sở đảng trực thuộc,",
    "Lưu Văn phòng Đảng ủy Khối.",
]
SIGN = ["T/M BAN THƯỜNG VỤ", "BÍ THƯ", "(đã ký)", "Phan Văn Thịnh"]


def read_blocks(path: Path = SOURCE) -> list[tuple[str, Any]]:
    """Parse the source file into (kind, value) blocks; a table's value is a list of rows."""
    blocks: list[tuple[str, Any]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        if line.startswith("|"):
            row = [cell.strip() for cell in line.strip("| ").split(" | ")]
            if blocks and blocks[-1][0] == "table":
                blocks[-1][1].append(row)
            else:
                blocks.append(("table", [row]))
            continue
        kind, _, text = line.partition(": ")
        blocks.append((kind, text))
    return blocks


def add_table(doc: Any, rows: list[list[str]], style: str | None = None) -> None:
    """Append a Word table holding rows."""
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    if style:
        table.style = style
    for row, cells in zip(table.rows, rows, strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text


def build(out: Path = OUT) -> Path:
    """Write the DOCX file and return its path."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    doc = Document()
    add_table(doc, [list(pair) for pair in HEADER])
    for text in ("BÁO CÁO", TITLE):
        para = doc.add_paragraph()
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        para.add_run(text).bold = True
    for kind, value in read_blocks():
        if kind in ("h1", "h2"):
            doc.add_heading(value, level=int(kind[1]))
        elif kind == "li":
            doc.add_paragraph(value, style="List Bullet")
        elif kind == "caption":
            doc.add_paragraph().add_run(value).bold = True
        elif kind == "table":
            add_table(doc, value, style="Table Grid")
        else:
            doc.add_paragraph(value)
    doc.add_paragraph().add_run("Nơi nhận:").italic = True
    for line in RECIPIENTS:
        doc.add_paragraph("- " + line)
    for line in SIGN:
        doc.add_paragraph(line).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.save(str(out))
    return out


if __name__ == "__main__":
    print(build())
