"""Heading, list and table detection for the lines of TXT, Markdown and PDF reports."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ingest.structure import (
    classify_line,
    heading_text,
    is_rule,
    is_table_row,
    is_table_separator,
    numbering_level,
    render_table,
    split_table_row,
    strip_inline_markdown,
)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2023", ("heading", 1)),
        ("II. Hạn chế, nguyên nhân", ("heading", 1)),
        ("IV) PHƯƠNG HƯỚNG NHIỆM VỤ", ("heading", 1)),
        ("A. PHẦN MỞ ĐẦU", ("heading", 1)),
        ("Phần II. NHIỆM VỤ TRỌNG TÂM", ("heading", 1)),
        ("1. Công tác chính trị, tư tưởng", ("heading", 2)),
        ("2. Nguyên nhân", ("heading", 2)),
        ("1.1. Công tác phát triển đảng viên", ("heading", 3)),
        ("2.3 Kết quả kiểm tra", ("heading", 3)),
        ("1.2.1. Kiểm tra tổ chức đảng", ("heading", 4)),
        ("a) Về công tác tổ chức", ("heading", 3)),
        ("1. Hạn chế.", ("heading", 2)),
        ("# Báo cáo tổng kết", ("heading", 1)),
        ("### Tình hình chung", ("heading", 3)),
        ("## I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ", ("heading", 1)),
        ("### 1. Công tác chính trị, tư tưởng", ("heading", 2)),
        ("#### a) Kết quả", ("heading", 3)),
        ("**BÁO CÁO**", ("heading", 4)),
        ("**II. HẠN CHẾ**", ("heading", 1)),
        ("__Bảng 1. Kết quả công tác đảng viên__", ("paragraph", 0)),  # a caption
        ("| Nội dung | Quý I | Quý II |", ("table", 0)),
        ("- Kết nạp 180 đảng viên mới.", ("list_item", 0)),
        ("• Tổ chức học tập nghị quyết", ("list_item", 0)),
        ("* Nâng cao chất lượng sinh hoạt chi bộ", ("list_item", 0)),
        (
            "1. Thực hiện nghiêm túc việc tổng kết Nghị quyết số 18-NQ/TW, sắp xếp, kiện toàn "
            "tổ chức đảng phù hợp với phương án hợp nhất các sở, ngành;",
            ("list_item", 0),
        ),
        ("3. Phấn đấu kết nạp 230 đảng viên mới;", ("list_item", 0)),
        ("2. Hoàn thành kế hoạch. Chuẩn bị tổng kết năm.", ("list_item", 0)),
        ("a) Kiểm tra 14 tổ chức đảng, giám sát 18 tổ chức đảng trong năm 2024.", ("list_item", 0)),
        ("Năm 2023, toàn Đảng bộ kết nạp 318 đảng viên.", ("paragraph", 0)),
        ("5.083 đảng viên tham gia học tập nghị quyết", ("paragraph", 0)),
        ("2022. Tổng cộng, toàn Đảng bộ đã kiểm tra 78 tổ chức đảng", ("paragraph", 0)),
        ("Phần lớn các chi bộ duy trì sinh hoạt định kỳ.", ("paragraph", 0)),
        ("**Sáng 12/7, Đảng ủy Khối tổ chức hội nghị sơ kết công tác 6 tháng đầu năm.**", ("paragraph", 0)),
    ],
)
def test_classify_line(line: str, expected: tuple[str, int]) -> None:
    assert classify_line(line) == expected


def test_long_numbered_line_is_never_a_heading() -> None:
    line = "1. " + "Công tác xây dựng Đảng trong khối doanh nghiệp " * 5
    assert len(line) > 150
    assert classify_line(line)[0] == "list_item"


@pytest.mark.parametrize(
    ("text", "level"),
    [("III. X", 1), ("VII) X", 1), ("C. X", 1), ("12. X", 2), ("3.2. X", 3), ("b) X", 3), ("Chương 2 X", 1)],
)
def test_numbering_level(text: str, level: int) -> None:
    assert numbering_level(text) == level


@pytest.mark.parametrize("text", ["2024. Năm", "Bảng 1 X", "Thứ Ba", "TP. Vinh", "1.284 lượt"])
def test_no_numbering(text: str) -> None:
    assert numbering_level(text) is None


@pytest.mark.parametrize("line", ["-----", "*", "* * *", "___", "#", "=====", "…"])
def test_rules(line: str) -> None:
    assert is_rule(line)


@pytest.mark.parametrize("line", ["- a", "|---|---|", "1.", "Số 126-BC/ĐUK", ""])
def test_not_rules(line: str) -> None:
    assert not is_rule(line)


def test_markdown_table_helpers() -> None:
    assert is_table_row("| a | **b** |")
    assert not is_table_row("a | b")
    assert is_table_separator("|---|:---:|---:|")
    assert is_table_separator("| --- | --- |")
    assert not is_table_separator("| 1 | 2 |")
    assert split_table_row("| | **Tổng cộng** | **52** |") == ["", "Tổng cộng", "52"]
    assert split_table_row("| a \\| b | c |") == ["a | b", "c"]
    rows = [["Nội dung", "Quý I"], ["", ""], ["Kết  nạp", "46"]]
    assert render_table(rows) == "| Nội dung | Quý I |\n| Kết nạp | 46 |"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("**Đậm** và *nghiêng* và _nghiêng_ và __đậm__", "Đậm và nghiêng và nghiêng và đậm"),
        ("Xem [Nghị quyết 18](https://example.vn/nq18) và [Kết luận][kl]", "Xem Nghị quyết 18 và Kết luận"),
        ("Ảnh ![Hội nghị](http://example.vn/a.jpg) đây", "Ảnh  đây"),
        ("Mã `NQ-18` và ~~bỏ~~", "Mã NQ-18 và bỏ"),
        ("Tỷ lệ 5 * 3 và tên_tệp_a", "Tỷ lệ 5 * 3 và tên_tệp_a"),
        ("\\*không đậm\\*", "*không đậm*"),
        ("<b>HTML</b> bỏ thẻ", "HTML  bỏ thẻ"),
    ],
)
def test_strip_inline_markdown(text: str, expected: str) -> None:
    assert strip_inline_markdown(text) == expected


def test_heading_text_keeps_numbering() -> None:
    assert heading_text("## I. KẾT QUẢ ##") == "I. KẾT QUẢ"
    assert heading_text("**BÁO CÁO**") == "BÁO CÁO"


@given(st.text(max_size=200))
def test_classify_never_crashes(line: str) -> None:
    kind, level = classify_line(line)
    assert kind in ("heading", "paragraph", "table", "list_item")
    assert (1 <= level <= 6) if kind == "heading" else level == 0
