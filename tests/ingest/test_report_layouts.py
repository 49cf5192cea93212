"""One formal report typed in every format: the same metadata, title and end-matter section.

The report is fictional and written for these tests. Its letterhead is laid out in two columns
(spaces in TXT, a table in Markdown, DOCX and HTML) and it closes with the recipients and the
signature block, which must become a section of their own ("Nơi nhận") in every format.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ingest.bodies import body_with_province, find_bodies
from ingest.chunking import chunk_document, context_header
from ingest.doc_lines import formal_title
from ingest.end_matter import end_matter_start, mark_end_matter
from ingest.loaders import load_document
from ingest.loaders.columns import unfold_columns
from ingest.metadata import doc_number, extract_metadata
from ingest.model import Block, DocMetadata
from tests.ingest.builders import (
    DocxBold,
    DocxBullet,
    DocxHeading,
    DocxItem,
    DocxTable,
    write_docx,
    write_encoded,
    write_html,
)

LEFT = ["ĐẢNG BỘ TỈNH HẬU GIANG", "HUYỆN ỦY PHỤNG HIỆP", "*", "Số 318-BC/HU"]
RIGHT = ["ĐẢNG CỘNG SẢN VIỆT NAM", "", "Phụng Hiệp, ngày 27 tháng 9 năm 2024", ""]
SUBJECT = "kết quả công tác quý III và nhiệm vụ trọng tâm quý IV năm 2024"
INTRO = (
    "Thực hiện chương trình công tác năm 2024, Ban Thường vụ Huyện ủy báo cáo kết quả lãnh đạo "
    "thực hiện nhiệm vụ quý III và nhiệm vụ trọng tâm quý IV năm 2024 như sau:"
)
RESULTS = (
    "Quý III, toàn Đảng bộ huyện kết nạp 42 đảng viên, nâng tổng số kết nạp 9 tháng lên 97 đảng "
    "viên, đạt 74,6% chỉ tiêu năm; xét công nhận đảng viên chính thức cho 35 đồng chí."
)
LIMITS = "Tiến độ giải ngân vốn đầu tư công còn chậm, mới đạt 51,2% kế hoạch."
LEAD_IN = "Nhiệm vụ trọng tâm quý IV:"
TASKS = [
    "Kết nạp ít nhất 33 đảng viên để hoàn thành chỉ tiêu năm 2024.",
    "Tổ chức tổng kết công tác xây dựng Đảng năm 2024 trước ngày 20/12.",
    "Chuẩn bị đại hội chi bộ trực thuộc đảng ủy cơ sở nhiệm kỳ 2025 - 2027.",
]
RECIPIENTS = ["Thường trực Tỉnh ủy (b/c),", "Các đồng chí Huyện ủy viên,", "Lưu Văn phòng Huyện ủy."]
SIGNATURE = ["T/M BAN THƯỜNG VỤ", "BÍ THƯ", "(Đã ký)", "Lâm Quốc Khải"]
TITLE = "Báo cáo " + SUBJECT


def _txt() -> str:
    head = [f"{left:<40}{right}".rstrip() for left, right in zip(LEFT, RIGHT, strict=True)]
    body = [
        "",
        "BÁO CÁO".center(70).rstrip(),
        SUBJECT.center(70).rstrip(),
        "",
        INTRO,
        "",
        "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ QUÝ III",
        "",
        RESULTS,
        "",
        "II. HẠN CHẾ",
        "",
        LIMITS,
        "",
        "III. NHIỆM VỤ TRỌNG TÂM QUÝ IV",
        "",
        LEAD_IN,
        *[f"- {task}" for task in TASKS],
        "",
        "Nơi nhận:",
        *[f"- {r}" for r in RECIPIENTS],
        "",
        *[line.rjust(60) for line in SIGNATURE],
    ]
    return "\n".join([*head, *body]) + "\n"


def _md() -> str:
    rows = ["| " + " | ".join(pair) + " |" for pair in zip(LEFT, RIGHT, strict=True)]
    lines = [
        rows[0],
        "|---|---|",
        *rows[1:],
        "",
        "# BÁO CÁO",
        "",
        f"**{SUBJECT[0].upper() + SUBJECT[1:]}**",
        "",
        INTRO,
        "",
        "## I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ QUÝ III",
        "",
        RESULTS,
        "",
        "## II. HẠN CHẾ",
        "",
        LIMITS,
        "",
        "## III. NHIỆM VỤ TRỌNG TÂM QUÝ IV",
        "",
        LEAD_IN,
        *[f"- {task}" for task in TASKS],
        "",
        "**Nơi nhận:**",
        *[f"- {r}" for r in RECIPIENTS],
        "",
        *[f"**{line}**  " for line in SIGNATURE],
    ]
    return "\n".join(lines) + "\n"


def _docx_items(end_table: bool) -> list[DocxItem]:
    items: list[DocxItem] = [
        DocxTable([[left, right] for left, right in zip(LEFT, RIGHT, strict=True)]),
        DocxBold("BÁO CÁO"),
        DocxBold(SUBJECT[0].upper() + SUBJECT[1:]),
        INTRO,
        DocxHeading("I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ QUÝ III", 1),
        RESULTS,
        DocxHeading("II. HẠN CHẾ", 1),
        LIMITS,
        DocxHeading("III. NHIỆM VỤ TRỌNG TÂM QUÝ IV", 1),
        LEAD_IN,
        *[DocxBullet(task) for task in TASKS],
    ]
    if end_table:  # recipients in the left cell, the signature in the right one
        left = "\n".join(["Nơi nhận:", *[f"- {r}" for r in RECIPIENTS]])
        return [*items, DocxTable([[left, "\n".join(SIGNATURE)]])]
    return [*items, "Nơi nhận:", *[f"- {r}" for r in RECIPIENTS], *SIGNATURE]


def _html() -> str:
    cells = ["<br>".join(x for x in column if x) for column in (LEFT, RIGHT)]
    tasks = "".join(f"<li>{task}</li>" for task in TASKS)
    recipients = "".join(f"<li>{r}</li>" for r in RECIPIENTS)
    signature = "".join(f"<p>{line}</p>" for line in SIGNATURE)
    return (
        f"<article><table><tr><td>{cells[0]}</td><td>{cells[1]}</td></tr></table>"
        f"<p><b>BÁO CÁO</b></p><p><b>{SUBJECT[0].upper() + SUBJECT[1:]}</b></p><p>{INTRO}</p>"
        f"<h2>I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ QUÝ III</h2><p>{RESULTS}</p><h2>II. HẠN CHẾ</h2><p>{LIMITS}</p>"
        f"<h2>III. NHIỆM VỤ TRỌNG TÂM QUÝ IV</h2><p>{LEAD_IN}</p><ul>{tasks}</ul>"
        f"<p>Nơi nhận:</p><ul>{recipients}</ul>{signature}</article>"
    )


def _write(tmp_path: Path, kind: str) -> Path:
    if kind == "txt":
        return write_encoded(tmp_path / "bc.txt", _txt(), "utf-8")
    if kind == "md":
        return write_encoded(tmp_path / "bc.md", _md(), "utf-8")
    if kind == "html":
        return write_html(tmp_path / "bc.html", _html())
    return write_docx(tmp_path / "bc.docx", _docx_items(end_table=kind == "docx-table-end"))


KINDS = ["txt", "md", "docx", "docx-table-end", "html"]


@pytest.mark.parametrize("kind", KINDS)
def test_metadata_is_read_from_the_letterhead_in_every_layout(tmp_path: Path, kind: str) -> None:
    meta = extract_metadata(load_document(_write(tmp_path, kind)))
    assert meta.doc_number == "318-BC/HU"
    assert meta.date == "2024-09-27"
    assert (meta.body, meta.body_key, meta.province) == ("Huyện ủy Phụng Hiệp", "huyen-uy", "Hậu Giang")
    assert meta.title == TITLE
    assert meta.doc_type == "bao-cao" and meta.author == "Lâm Quốc Khải"


@pytest.mark.parametrize("kind", KINDS)
def test_end_matter_is_a_section_of_its_own(tmp_path: Path, kind: str) -> None:
    document = load_document(_write(tmp_path, kind))
    chunks = chunk_document(document, extract_metadata(document))
    (end,) = [c for c in chunks if c.section == "Nơi nhận"]
    assert end.text.startswith("Nơi nhận:")
    for line in [*RECIPIENTS, *SIGNATURE]:
        assert line in end.text
    others = [c for c in chunks if c is not end]
    assert not any(r in c.text for c in others for r in RECIPIENTS)
    tasks = next(c for c in others if TASKS[0] in c.text)
    assert tasks.section.startswith("III.") and LEAD_IN in tasks.text and TASKS[-1] in tasks.text


def test_letterhead_columns_typed_with_spaces_are_read_column_by_column(tmp_path: Path) -> None:
    document = load_document(_write(tmp_path, "txt"))
    head = [b.text for b in document.blocks[:5]]
    assert head == [LEFT[0], LEFT[1], LEFT[3], RIGHT[0], RIGHT[2]]
    assert document.blocks[5].text == "BÁO CÁO" and document.blocks[6].text == SUBJECT


def test_document_number_forms() -> None:
    for line, number in [
        ("Số 318-BC/HU", "318-BC/HU"),
        ("Số: 07-BC/BTGTU", "07-BC/BTGTU"),
        ("| Số 44-BC/ĐU | |", "44-BC/ĐU"),
        ("Số 12-BC/ĐUK Vị Thanh, ngày 2 tháng 4 năm 2024", "12-BC/ĐUK"),
        ("**Số 9-BC/QU**", "9-BC/QU"),
    ]:
        assert doc_number([line]) == number
    assert doc_number(["Số 12/2023 đảng viên được kết nạp"]) == ""


def test_place_names_from_a_capitalised_letterhead_are_title_cased() -> None:
    assert [b.display for b in find_bodies("HUYỆN ỦY PHỤNG HIỆP")] == ["Huyện ủy Phụng Hiệp"]
    assert [b.display for b in find_bodies("THỊ ỦY NGÃ BẢY")] == ["Thị ủy Ngã Bảy"]
    assert [b.display for b in find_bodies("ĐẢNG ỦY PHƯỜNG III")] == ["Đảng ủy phường III"]
    assert [b.display for b in find_bodies("Huyện ủy Phụng Hiệp")] == ["Huyện ủy Phụng Hiệp"]


def test_body_and_province_are_joined_without_repeating_the_province() -> None:
    assert body_with_province("Thành ủy Cần Thơ", "Cần Thơ") == "Thành ủy Cần Thơ"
    assert body_with_province("Đảng ủy Khối các cơ quan tỉnh", "Hậu Giang") == (
        "Đảng ủy Khối các cơ quan tỉnh Hậu Giang"
    )
    assert body_with_province("Huyện ủy Phụng Hiệp", "Hậu Giang") == "Huyện ủy Phụng Hiệp (Hậu Giang)"
    assert body_with_province("", "Hậu Giang") == "Hậu Giang"
    header = context_header(DocMetadata(title="Báo cáo", body="Thành ủy Cần Thơ", province="Cần Thơ"))
    assert header.count("Cần Thơ") == 1


def test_signature_first_end_matter_and_run_in_recipients() -> None:
    body = [Block("III. NHIỆM VỤ", "heading", 1), Block("- Kết nạp 20 đảng viên.", "list_item")]
    signature_first = [
        *body,
        Block("TM. BAN THƯỜNG VỤ"),
        Block("(Đã ký)"),
        Block("Nơi nhận: - Như trên; - Lưu."),
    ]
    marked = mark_end_matter(signature_first)
    assert marked[2] == Block("TM. BAN THƯỜNG VỤ", "heading", 1)
    assert [b.kind for b in marked[3:]] == ["paragraph", "paragraph"]
    run_in = mark_end_matter([*body, Block("Nơi nhận: - Như trên; - Lưu VP.")])
    assert run_in[2:] == [Block("Nơi nhận:", "heading", 1), Block("- Như trên; - Lưu VP.", "list_item")]
    assert mark_end_matter(body) == body  # no end matter: nothing changes


def test_title_is_the_same_sentence_case_line_however_the_heading_is_typed() -> None:
    expected = "Báo cáo sơ kết công tác 9 tháng năm 2024"
    assert formal_title(["HUYỆN ỦY A", "BÁO CÁO sơ kết công tác 9 tháng năm 2024", "Nội dung."]) == expected
    assert formal_title(["BÁO CÁO", "SƠ KẾT CÔNG TÁC 9 THÁNG NĂM 2024", "", "Nội dung."]) == expected
    assert formal_title(["BÁO CÁO", "Sơ kết công tác 9 tháng", "năm 2024", "", "Nội dung."]) == expected
    # The whole title on one capitalised line, followed by capitalised section headings.
    one_line = ["BÁO CÁO SƠ KẾT CÔNG TÁC 9 THÁNG NĂM 2024", "", "I. KẾT QUẢ ĐẠT ĐƯỢC", "Nội dung."]
    assert formal_title(one_line) == expected


def test_context_header_names_the_report_number() -> None:
    meta = DocMetadata(title=TITLE, date="2024-09-27", body="Huyện ủy Phụng Hiệp", doc_number="318-BC/HU")
    assert context_header(meta).endswith("| Số 318-BC/HU")
    assert "Số" not in context_header(DocMetadata(title="Tin ngắn"))


def test_recipients_beside_the_signature_are_read_column_by_column(tmp_path: Path) -> None:
    left = ["Nơi nhận:", *[f"- {r}" for r in RECIPIENTS]]
    tail = [f"{a:<44}{b}".rstrip() for a, b in zip(left + [""] * 4, SIGNATURE + [""] * 4, strict=False)]
    text = _txt().split("Nơi nhận:")[0] + "\n".join(tail) + "\n"
    document = load_document(write_encoded(tmp_path / "side.txt", text, "utf-8"))
    tail_blocks = [b.text for b in document.blocks[-len(left + SIGNATURE) :]]
    assert tail_blocks == [*left, *SIGNATURE]
    assert extract_metadata(document).author == "Lâm Quốc Khải"


def test_a_padded_markdown_letterhead_table_keeps_its_cells(tmp_path: Path) -> None:
    rows = [f"| {left:<30} | {right:<40} |" for left, right in zip(LEFT, RIGHT, strict=True)]
    text = _md().replace("\n".join(_md().splitlines()[:5]), "\n".join([rows[0], "|---|---|", *rows[1:]]))
    document = load_document(write_encoded(tmp_path / "pad.md", text, "utf-8"))
    assert [b.text for b in document.blocks[:5]] == [LEFT[0], LEFT[1], LEFT[3], RIGHT[0], RIGHT[2]]
    meta = extract_metadata(document)
    assert (meta.doc_number, meta.date, meta.body) == ("318-BC/HU", "2024-09-27", "Huyện ủy Phụng Hiệp")


_LINES = st.sampled_from(
    [
        "Nơi nhận:",
        "- Lưu VP.",
        "T/M BAN THƯỜNG VỤ",
        "BÍ THƯ",
        "(Đã ký)",
        "Lâm Quốc Khải",
        "Năm 2024 toàn Đảng bộ kết nạp 97 đảng viên.",
        "Nơi nhận: - Như trên; - Lưu.",
    ]
)
_KINDS = st.sampled_from(["paragraph", "list_item", "heading"])


@settings(max_examples=80, deadline=None)
@given(st.lists(st.tuples(_LINES, _KINDS), max_size=12))
def test_marking_the_end_matter_keeps_every_word_in_order(pairs: list[tuple[str, str]]) -> None:
    blocks = [Block(text, kind, 2 if kind == "heading" else 0) for text, kind in pairs]  # type: ignore[arg-type]
    marked = mark_end_matter(blocks)
    assert "".join("".join(b.text.split()) for b in marked) == "".join(
        "".join(b.text.split()) for b in blocks
    )
    start = end_matter_start(blocks)
    if start is not None:
        opening = next(i for i, b in enumerate(marked) if i >= start and b.kind == "heading")
        assert opening == start and marked[opening].level == 1
        assert all(b.kind != "heading" for b in marked[opening + 1 :])


@settings(max_examples=80, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from([*LEFT, "Số 5-BC/HU", ""]), st.sampled_from(RIGHT), st.integers(2, 30))
    )
)
def test_unfolding_columns_keeps_every_word(rows: list[tuple[str, str, int]]) -> None:
    lines = [f"{left}{' ' * gap}{right}".rstrip() for left, right, gap in rows] + ["BÁO CÁO", "Nội dung."]
    unfolded = unfold_columns(lines)
    assert sorted(" ".join(unfolded).split()) == sorted(" ".join(lines).split())
    assert unfolded[-2:] == ["BÁO CÁO", "Nội dung."]


def test_an_appendix_after_the_signature_is_not_end_matter() -> None:
    table = Block("| Chỉ tiêu | Kết quả |\n| Kết nạp | 97 |", "table")
    blocks = [
        Block("III. NHIỆM VỤ", "heading", 1),
        Block("- Kết nạp 20 đảng viên.", "list_item"),
        Block("Nơi nhận:"),
        Block("- Lưu VP."),
        Block("T/M BAN THƯỜNG VỤ"),
        Block("Lâm Quốc Khải"),
        Block("PHỤ LỤC"),
        Block("Kết quả một số chỉ tiêu năm 2024"),
        table,
    ]
    marked = mark_end_matter(blocks)
    assert [(b.kind, b.level) for b in marked[2:7]] == [
        ("heading", 1),
        ("paragraph", 0),
        ("paragraph", 0),
        ("paragraph", 0),
        ("heading", 1),
    ]
    assert marked[-1] == table
