"""File loaders: real files of every format and encoding, built in tmp_path."""

from __future__ import annotations

import os
import unicodedata
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.errors import LoadError
from ingest.loaders import SUPPORTED_EXTENSIONS, load_document
from ingest.model import Block, LoadedDocument
from tests.ingest.builders import (
    DocxBold,
    DocxBullet,
    DocxHeading,
    DocxItem,
    DocxTable,
    PdfColumns,
    PdfLine,
    PdfTable,
    shared_dir,
    truncate,
    wrap,
    write_docx,
    write_encoded,
    write_html,
    write_image_pdf,
    write_pdf,
    write_zip_bomb_docx,
)

SHARED = shared_dir()
SHARED_DOCS = SHARED / "corpus/dev/docs" if SHARED else Path("/nonexistent")

REPORT = """ĐẢNG BỘ TỈNH PHÚ YÊN
ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH
Số 45-BC/ĐUK

BÁO CÁO
Kết quả công tác xây dựng Đảng quý I năm 2024

I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ

1. Công tác chính trị, tư tưởng

Ban Thường vụ Đảng ủy Khối chỉ đạo các cấp ủy tổ chức học tập, quán triệt nghị quyết \
cho 4.215 lượt cán bộ, đảng viên, đạt 96,5%.

a) Về phát triển đảng viên
Trong quý, toàn Đảng bộ kết nạp 52 đảng viên mới; xét công nhận đảng viên chính thức cho 61 đồng chí.
- Tổ chức 2 lớp bồi dưỡng nhận thức về Đảng;
- Thẩm định tiêu chuẩn chính trị 74 trường hợp.

II. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ II
"""
REPORT_BLOCKS = [
    Block("ĐẢNG BỘ TỈNH PHÚ YÊN"),
    Block("ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH"),
    Block("Số 45-BC/ĐUK"),
    Block("BÁO CÁO"),
    Block("Kết quả công tác xây dựng Đảng quý I năm 2024"),
    Block("I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ", "heading", 1),
    Block("1. Công tác chính trị, tư tưởng", "heading", 2),
    Block(
        "Ban Thường vụ Đảng ủy Khối chỉ đạo các cấp ủy tổ chức học tập, quán triệt nghị quyết "
        "cho 4.215 lượt cán bộ, đảng viên, đạt 96,5%."
    ),
    Block("a) Về phát triển đảng viên", "heading", 3),
    Block(
        "Trong quý, toàn Đảng bộ kết nạp 52 đảng viên mới; xét công nhận đảng viên chính thức "
        "cho 61 đồng chí."
    ),
    Block("- Tổ chức 2 lớp bồi dưỡng nhận thức về Đảng;", "list_item"),
    Block("- Thẩm định tiêu chuẩn chính trị 74 trường hợp.", "list_item"),
    Block("II. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ II", "heading", 1),
]
LONG_PARAGRAPH = (
    "Năm 2023, các cấp ủy trong Đảng bộ Khối đã tập trung lãnh đạo thực hiện chủ đề công tác "
    "năm, đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; toàn Đảng "
    "bộ kết nạp 318 đảng viên, đạt 106% chỉ tiêu, trong đó 127 đảng viên trong doanh nghiệp "
    "ngoài nhà nước; xét chuyển đảng chính thức cho 287 đảng viên."
)


def _load(path: Path, **kwargs: int) -> LoadedDocument:
    return load_document(path, **kwargs)


def _reason(path: Path, **kwargs: int) -> str:
    with pytest.raises(LoadError) as info:
        load_document(path, **kwargs)
    message = str(info.value)
    assert path.name in message and "Hãy" in message  # says what is wrong and what to do
    return info.value.reason


# ------------------------------------------------------------------------------ TXT


@pytest.mark.parametrize(
    ("encoding", "bom", "reported"),
    [
        ("utf-8", False, "utf-8"),
        ("utf-8", True, "utf-8-sig"),
        ("utf-16-le", True, "utf-16"),
        ("utf-16-be", True, "utf-16"),
        ("utf-16-le", False, "utf-16"),
        ("cp1258", False, "cp1258"),
        ("tcvn3", False, "tcvn3"),
        ("vni", False, "vni"),
    ],
)
def test_txt_in_every_encoding(tmp_path: Path, encoding: str, bom: bool, reported: str) -> None:
    path = write_encoded(tmp_path / "bao-cao.txt", REPORT, encoding, bom=bom)
    document = _load(path)
    assert document.blocks == REPORT_BLOCKS
    assert document.encoding == reported
    assert document.format == "txt"


def test_txt_nfd_comes_out_composed(tmp_path: Path) -> None:
    path = tmp_path / "nfd.txt"
    path.write_bytes(unicodedata.normalize("NFD", REPORT).encode("utf-8"))
    document = _load(path)
    assert document.blocks == REPORT_BLOCKS
    assert unicodedata.is_normalized("NFC", document.text)


def test_txt_keeps_the_authors_tone_placement(tmp_path: Path) -> None:
    path = write_encoded(tmp_path / "a.txt", "Đảng uỷ Khối tổ chức hoà giải, thuỷ lợi.", "utf-8")
    assert _load(path).text == "Đảng uỷ Khối tổ chức hoà giải, thuỷ lợi."


def test_txt_joins_hard_wrapped_lines(tmp_path: Path) -> None:
    text = "\n".join(wrap(LONG_PARAGRAPH, 72)) + "\n\n" + "\n".join(wrap(LONG_PARAGRAPH, 60))
    document = _load(write_encoded(tmp_path / "wrapped.txt", text, "utf-8"))
    assert document.blocks == [Block(LONG_PARAGRAPH), Block(LONG_PARAGRAPH)]


def test_txt_single_newlines_between_long_paragraphs_split_them(tmp_path: Path) -> None:
    second = "Công tác kiểm tra, giám sát được tăng cường, đúng chương trình đề ra trong năm."
    text = f"{LONG_PARAGRAPH}\n{second}\n"
    document = _load(write_encoded(tmp_path / "p.txt", text, "utf-8"))
    assert [b.text for b in document.blocks] == [LONG_PARAGRAPH, second]


def test_txt_table_rows_become_one_table(tmp_path: Path) -> None:
    text = "Bảng 1. Kết quả\n| Nội dung | Quý I |\n|---|---|\n| Kết nạp | 46 |\n"
    document = _load(write_encoded(tmp_path / "t.txt", text, "utf-8"))
    assert document.blocks[-1] == Block("| Nội dung | Quý I |\n| Kết nạp | 46 |", "table")


SCRAPED = """Trang chủ › Chính trị › Xây dựng Đảng
Thứ Ba, 12/03/2024 | 18:20
Cỡ chữ: A- A A+   |   In bài   |   Chia sẻ

Đảng ủy Khối các cơ quan tỉnh Phú Yên giao ban công tác quý I/2024

(PYO) - Chiều 12/3, Đảng ủy Khối các cơ quan tỉnh Phú Yên tổ chức hội nghị giao ban công tác \
xây dựng Đảng quý I, triển khai nhiệm vụ quý II năm 2024.

[Ảnh] Quang cảnh hội nghị. Ảnh: Thu Hà

Quý I, toàn Đảng bộ kết nạp 41 đảng viên, đạt 21,6% kế hoạch năm; các chi bộ chia sẻ kinh \
nghiệm sinh hoạt chuyên đề.

Thu Hà

Chia sẻ   |   Bình luận (0)

Tin liên quan
› Trao Huy hiệu Đảng đợt 3/2 cho đảng viên Khối các cơ quan tỉnh
› Hội nghị quán triệt nghị quyết tại điểm cầu Tuy Hòa

Nguồn: https://baophuyen.example.vn/giao-ban-quy-i-2024.html
"""


def test_txt_scraped_article(tmp_path: Path) -> None:
    document = _load(write_encoded(tmp_path / "tin.txt", SCRAPED, "utf-8"))
    title = "Đảng ủy Khối các cơ quan tỉnh Phú Yên giao ban công tác quý I/2024"
    assert [b.kind for b in document.blocks] == ["heading", "paragraph", "paragraph"]
    assert document.blocks[0] == Block(title, "heading", 1)
    assert document.blocks[2].text.endswith("các chi bộ chia sẻ kinh nghiệm sinh hoạt chuyên đề.")
    for chrome in ("Trang chủ", "Cỡ chữ", "Bình luận", "Tin liên quan", "Huy hiệu", "Ảnh:", "Nguồn"):
        assert chrome not in document.text
    assert document.header_lines == [
        "Thứ Ba, 12/03/2024 | 18:20",
        "Thu Hà",
        "Nguồn: https://baophuyen.example.vn/giao-ban-quy-i-2024.html",
    ]
    assert document.hints == {"title": title, "url": "https://baophuyen.example.vn/giao-ban-quy-i-2024.html"}


def test_txt_errors(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert _reason(empty) == "empty"
    blank = write_encoded(tmp_path / "blank.txt", " \n\t\n\u200b\n", "utf-8")
    assert _reason(blank) == "empty"
    chrome = write_encoded(tmp_path / "chrome.txt", "Trang chủ › Chính trị\nChia sẻ\nIn bài\n", "utf-8")
    assert _reason(chrome) == "empty"
    garbage = tmp_path / "garbage.txt"
    garbage.write_bytes(bytes((i * 7919 + 13) % 256 for i in range(5000)))
    assert _reason(garbage) == "encoding"


# ------------------------------------------------------------------------------ Markdown

MARKDOWN = """---
title: Báo cáo sơ kết quý I
date: 2024-03-25
---
**BÁO CÁO**

# Sơ kết công tác quý I năm 2024

-----

## I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ

### 1. Công tác tổ chức

Toàn Đảng bộ kết nạp **52** đảng viên, đạt *20,8%* chỉ tiêu; xem [Phụ lục 1](phu-luc-1.md).

![Ảnh hội nghị](https://example.vn/anh.jpg)

**Bảng 1. Kết quả kết nạp đảng viên**

| Tổ chức cơ sở đảng | Số kết nạp |
|---|---:|
| Đảng bộ Sở Y tế | 11 |
| **Tổng cộng** | **52** |

#### Ghi chú

* Số liệu tính đến ngày 15/3/2024.
*
"""


def test_markdown_structure(tmp_path: Path) -> None:
    document = _load(write_encoded(tmp_path / "bc.md", MARKDOWN, "utf-8"))
    assert document.format == "md"
    assert document.blocks == [
        Block("BÁO CÁO", "heading", 4),
        Block("Sơ kết công tác quý I năm 2024", "heading", 1),
        Block("I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ", "heading", 1),
        Block("1. Công tác tổ chức", "heading", 2),
        Block("Toàn Đảng bộ kết nạp 52 đảng viên, đạt 20,8% chỉ tiêu; xem Phụ lục 1."),
        Block("Bảng 1. Kết quả kết nạp đảng viên"),  # a caption, not a heading
        Block("| Tổ chức cơ sở đảng | Số kết nạp |\n| Đảng bộ Sở Y tế | 11 |\n| Tổng cộng | 52 |", "table"),
        Block("Ghi chú", "heading", 4),
        Block("- Số liệu tính đến ngày 15/3/2024.", "list_item"),
    ]
    assert document.hints == {"title": "Báo cáo sơ kết quý I", "date": "2024-03-25"}
    assert "http" not in document.text and "**" not in document.text


def test_markdown_extension_variants(tmp_path: Path) -> None:
    path = write_encoded(tmp_path / "a.markdown", "# Tiêu đề\n\nNội dung báo cáo.\n", "utf-8")
    assert _load(path).blocks == [Block("Tiêu đề", "heading", 1), Block("Nội dung báo cáo.")]


# ------------------------------------------------------------------------------ HTML

LEAD = (
    "Sáng 10/3, Đảng ủy Khối các cơ quan tỉnh Phú Yên tổ chức hội nghị giao ban công tác xây "
    "dựng Đảng quý I, triển khai nhiệm vụ quý II năm 2024."
)
PARAGRAPHS = [
    "Quý I/2024, các cấp ủy trong Đảng bộ Khối đã tổ chức học tập, quán triệt nghị quyết của "
    "Trung ương cho 5.204 lượt cán bộ, đảng viên, đạt 97,2%; duy trì nền nếp sinh hoạt chi bộ.",
    "Toàn Đảng bộ kết nạp 41 đảng viên, đạt 21,6% kế hoạch năm; xét công nhận đảng viên chính "
    "thức cho 37 đồng chí; trao Huy hiệu Đảng cho 26 đồng chí nhân dịp kỷ niệm ngày thành lập Đảng.",
    "Cấp ủy, Ủy ban Kiểm tra các cấp đã thực hiện đúng chương trình kiểm tra, giám sát; không "
    "có tổ chức đảng, đảng viên vi phạm phải thi hành kỷ luật trong quý.",
    "Kết luận hội nghị, đồng chí Bí thư Đảng ủy Khối yêu cầu các cấp ủy tập trung thực hiện các "
    "nhiệm vụ trọng tâm sau:",
]
ITEMS = ["Phấn đấu 6 tháng đầu năm kết nạp trên 50% chỉ tiêu;", "Chuẩn bị tốt hội nghị sơ kết."]
ARTICLE_HTML = f"""
<header class="site-header"><div class="top-bar"><span class="today">Thứ Hai, 11/03/2024</span>
<a href="/lien-he">Liên hệ</a></div>
<nav><ul><li><a href="/">Trang chủ</a></li><li><a href="/chinh-tri">Chính trị</a></li>
<li><a href="/kinh-te">Kinh tế</a></li></ul></nav></header>
<script>var tracking = "Viết bình luận ngay";</script>
<style>.x {{ color: red }}</style>
<main><div class="breadcrumb"><a href="/">Trang chủ</a> › <a href="/chinh-tri">Chính trị</a></div>
<article>
<h1>Đảng ủy Khối các cơ quan tỉnh Phú Yên giao ban quý I/2024</h1>
<div class="meta"><span class="date">Thứ Hai, 11/03/2024 - 09:30</span>
<span class="views">Lượt xem: 845</span></div>
<div class="share">Chia sẻ: <a href="#">Facebook</a> <a href="#">Zalo</a></div>
<p class="lead"><b>{LEAD}</b></p>
<div class="article-body">
<p>{PARAGRAPHS[0]}</p>
<figure><img src="https://cdn.example.vn/anh.jpg" alt="Hội nghị">
<figcaption>Quang cảnh hội nghị giao ban. Ảnh: Thu Hà</figcaption></figure>
<p>{PARAGRAPHS[1]}</p>
<h2>Kết quả kiểm tra, giám sát</h2>
<p>{PARAGRAPHS[2]}</p>
<table><tr><th>Nội dung</th><th>Quý I</th></tr><tr><td>Kiểm tra tổ chức đảng</td><td>12</td></tr>
<tr><td>Giám sát đảng viên</td><td>31</td></tr></table>
<p>{PARAGRAPHS[3]}</p>
<ul><li>{ITEMS[0]}</li><li>{ITEMS[1]}</li></ul>
<p class="author">Tin, ảnh: Thu Hà</p>
</div>
<div class="tags">Từ khóa: <a href="#">giao ban</a> <a href="#">Phú Yên</a></div>
<section class="comments"><h3>Viết bình luận</h3><textarea></textarea>
<p>Chưa có bình luận nào.</p></section>
<section class="related"><h3>Tin liên quan</h3><ul><li><a href="#">Hội thi Bí thư chi bộ giỏi</a></li>
<li><a href="#">Trao Huy hiệu Đảng đợt 3/2</a></li></ul></section>
</article>
<aside><div class="weather"><h4>Thời tiết</h4><p>Tuy Hòa 29°C</p></div>
<div class="poll"><h4>Thăm dò ý kiến</h4><p>Theo bạn, nên đổi mới sinh hoạt chi bộ thế nào?</p>
<label><input type="radio"> Sinh hoạt chuyên đề</label><button>Biểu quyết</button></div></aside>
</main>
<footer><p>© 2024 Báo Phú Yên Điện tử. Giấy phép số 45/GP-BTTTT.</p></footer>
"""
ARTICLE_META = {
    "og:title": "Đảng ủy Khối các cơ quan tỉnh Phú Yên giao ban quý I/2024",
    "article:published_time": "2024-03-11T09:30:00+07:00",
    "og:site_name": "Báo Phú Yên Điện tử",
}
CANONICAL = '<link rel="canonical" href="https://baophuyen.example.vn/giao-ban-quy-i.html">'


def test_html_article(tmp_path: Path) -> None:
    path = write_html(
        tmp_path / "tin.html",
        ARTICLE_HTML,
        title="Giao ban quý I | Báo Phú Yên",
        meta=ARTICLE_META,
        head_extra=CANONICAL,
    )
    document = _load(path)
    table = "| Nội dung | Quý I |\n| Kiểm tra tổ chức đảng | 12 |\n| Giám sát đảng viên | 31 |"
    assert document.blocks == [
        Block(ARTICLE_META["og:title"], "heading", 1),
        Block(LEAD),
        Block(PARAGRAPHS[0]),
        Block(PARAGRAPHS[1]),
        Block("Kết quả kiểm tra, giám sát", "heading", 2),
        Block(PARAGRAPHS[2]),
        Block(table, "table"),
        Block(PARAGRAPHS[3]),
        Block("- " + ITEMS[0], "list_item"),
        Block("- " + ITEMS[1], "list_item"),
    ]
    for chrome in (
        "Trang chủ",
        "Chia sẻ",
        "Lượt xem",
        "bình luận",
        "Tin liên quan",
        "Hội thi",
        "Thời tiết",
        "Theo bạn",
        "©",
        "Quang cảnh",
        "tracking",
        "color",
        "Từ khóa",
        "Ảnh",
    ):
        assert chrome not in document.text
    assert document.hints["title"] == ARTICLE_META["og:title"]
    assert document.hints["date"] == "2024-03-11"
    assert document.hints["url"] == "https://baophuyen.example.vn/giao-ban-quy-i.html"
    assert document.hints["site_name"] == "Báo Phú Yên Điện tử"
    assert "Thứ Hai, 11/03/2024 - 09:30" in document.header_lines
    assert "Thứ Hai, 11/03/2024" not in document.header_lines  # the site's clock, not a date line
    assert "Tin, ảnh: Thu Hà" in document.header_lines
    assert document.format == "html" and document.encoding == "utf-8"


def test_html_declared_legacy_charset(tmp_path: Path) -> None:
    body = f"<article><h1>Báo cáo quý I</h1><p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p></article>"
    path = write_html(tmp_path / "cp.htm", body, encoding="cp1258")
    document = _load(path)
    assert document.blocks[1:] == [Block(PARAGRAPHS[0]), Block(PARAGRAPHS[1])]
    assert document.encoding == "cp1258"


def test_html_undeclared_vni_is_detected(tmp_path: Path) -> None:
    page = f"<html><body><article><p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p></article></body></html>"
    path = write_encoded(tmp_path / "vni.html", page, "vni")
    document = _load(path)
    assert document.encoding == "vni"
    assert [b.text for b in document.blocks] == PARAGRAPHS[:2]


def test_html_date_hint_comes_from_the_date_line_not_a_guess(tmp_path: Path) -> None:
    article = f"<article><h1>Giao ban quý I</h1><p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p></article>"
    dated = f'<span class="time">Thứ Tư, 10/04/2024 08:05 (GMT+7)</span>{article}'
    assert _load(write_html(tmp_path / "a.html", dated)).hints["date"] == "2024-04-10"
    assert "date" not in _load(write_html(tmp_path / "b.html", article)).hints


def test_html_declared_western_but_really_tcvn3(tmp_path: Path) -> None:
    body = f"<article><p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p></article>"
    page = f'<html><head><meta charset="iso-8859-1"></head><body>{body}</body></html>'
    document = _load(write_encoded(tmp_path / "old.html", page, "tcvn3"))
    assert document.encoding == "tcvn3"
    assert [b.text for b in document.blocks] == PARAGRAPHS[:2]


def test_html_page_without_article_is_empty(tmp_path: Path) -> None:
    body = '<nav><a href="/">Trang chủ</a> | <a href="/lien-he">Liên hệ</a></nav><p>Chia sẻ</p>'
    assert _reason(write_html(tmp_path / "nav.html", body)) == "empty"


def test_deeply_nested_html_is_refused(tmp_path: Path) -> None:
    depth = 100_000
    body = "<div>" * depth + f"<p>{PARAGRAPHS[0]}</p>" + "</div>" * depth
    assert _reason(write_html(tmp_path / "deep.html", body)) == "corrupt"


# ------------------------------------------------------------------------------ DOCX


def test_docx_body_order_headings_and_tables(tmp_path: Path) -> None:
    rows = [
        ["Chỉ tiêu", "Quý I", "Quý II"],
        ["Kết nạp đảng viên", "58", "83"],
        ["Chuyển chính thức", "64", "71"],
    ]
    items: list[DocxItem] = [
        "ĐẢNG ỦY KHỐI DOANH NGHIỆP",
        DocxBold("BÁO CÁO"),
        "-----",
        DocxHeading("I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ", 2),
        DocxHeading("Tình hình chung", 3),
        "Năm 2023, toàn Đảng bộ kết nạp 318 đảng viên, đạt 106% chỉ tiêu.",
        DocxTable(rows),
        "1. Công tác kiểm tra, giám sát",
        DocxBullet("Kiểm tra 12 tổ chức đảng"),
        "- Giám sát 24 tổ chức đảng.",
    ]
    document = _load(write_docx(tmp_path / "bc.docx", items))
    table = "| Chỉ tiêu | Quý I | Quý II |\n| Kết nạp đảng viên | 58 | 83 |\n| Chuyển chính thức | 64 | 71 |"
    assert document.blocks == [
        Block("ĐẢNG ỦY KHỐI DOANH NGHIỆP"),
        Block("BÁO CÁO", "heading", 4),
        Block("I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ", "heading", 1),
        Block("Tình hình chung", "heading", 3),
        Block("Năm 2023, toàn Đảng bộ kết nạp 318 đảng viên, đạt 106% chỉ tiêu."),
        Block(table, "table"),
        Block("1. Công tác kiểm tra, giám sát", "heading", 2),
        Block("- Kiểm tra 12 tổ chức đảng", "list_item"),
        Block("- Giám sát 24 tổ chức đảng.", "list_item"),
    ]
    assert document.format == "docx" and document.encoding is None


def test_docx_merged_cells_appear_once(tmp_path: Path) -> None:
    rows = [["Nội dung", "Năm 2023", ""], ["", "Quý I", "Quý II"], ["Kết nạp", "58", "83"]]
    path = write_docx(tmp_path / "m.docx", [DocxTable(rows, merges=[(0, 1, 2)])])
    (block,) = _load(path).blocks
    assert block.text.split("\n")[0] == "| Nội dung | Năm 2023 |"
    assert block.text.split("\n")[2] == "| Kết nạp | 58 | 83 |"


def test_docx_tables_keyword_and_headings_keyword(tmp_path: Path) -> None:
    path = write_docx(
        tmp_path / "k.docx",
        ["Mở đầu báo cáo.", "Kết quả", "Số liệu chi tiết ở bảng trên."],
        tables={2: [["Chỉ tiêu", "Kết quả"], ["Kết nạp", "52"]]},
        headings={1: 2},
    )
    kinds = [(b.kind, b.level) for b in _load(path).blocks]
    assert kinds == [("paragraph", 0), ("heading", 2), ("table", 0), ("paragraph", 0)]


def test_docx_layout_box_is_kept_as_text(tmp_path: Path) -> None:
    path = write_docx(
        tmp_path / "box.docx", [DocxTable([["ĐẢNG BỘ TỈNH PHÚ YÊN", "ĐẢNG CỘNG SẢN VIỆT NAM"]])]
    )
    assert [b.text for b in _load(path).blocks] == ["ĐẢNG BỘ TỈNH PHÚ YÊN", "ĐẢNG CỘNG SẢN VIỆT NAM"]


def test_docx_core_properties_become_hints(tmp_path: Path) -> None:
    created = datetime(2023, 12, 22, 8, 0, tzinfo=UTC)
    path = write_docx(
        tmp_path / "p.docx", ["Nội dung."], title="Báo cáo tổng kết 2023", author="Văn phòng", created=created
    )
    assert _load(path).hints == {
        "title": "Báo cáo tổng kết 2023",
        "author": "Văn phòng",
        "date": "2023-12-22",
    }


def test_docx_library_template_defaults_are_not_hints(tmp_path: Path) -> None:
    assert _load(write_docx(tmp_path / "d.docx", ["Nội dung."])).hints == {}


def test_docx_errors(tmp_path: Path) -> None:
    valid = write_docx(tmp_path / "ok.docx", ["Nội dung báo cáo."] * 50)
    assert _reason(truncate(valid, 0.6)) == "corrupt"
    fake = tmp_path / "fake.docx"
    fake.write_text("Đây không phải tệp Word", encoding="utf-8")
    assert _reason(fake) == "corrupt"
    other_zip = tmp_path / "other.docx"
    with zipfile.ZipFile(other_zip, "w") as archive:
        archive.writestr("readme.txt", "không có word/document.xml")
    assert _reason(other_zip) == "corrupt"
    empty = write_docx(tmp_path / "empty.docx", ["", "   "])
    assert _reason(empty) == "empty"


def test_docx_zip_bomb_is_refused(tmp_path: Path) -> None:
    small = write_zip_bomb_docx(tmp_path / "small-bomb.docx", 16 * 2**20)
    assert small.stat().st_size < 100_000
    assert _reason(small, max_unzipped_bytes=4 * 2**20) == "too_large"
    big = write_zip_bomb_docx(tmp_path / "bomb.docx", 210 * 2**20)
    assert big.stat().st_size < 1_000_000
    assert _reason(big) == "too_large"  # default limit: 200 MB


# ------------------------------------------------------------------------------ PDF


def _report_pdf(path: Path) -> Path:
    first = wrap(LONG_PARAGRAPH, 80)
    crossing = wrap(LONG_PARAGRAPH.replace("Năm 2023", "Trong năm"), 80)
    table = PdfTable(
        [["Cấp thực hiện", "Kiểm tra", "Giám sát"], ["Cấp ủy cơ sở", "46", "58"], ["Tổng cộng", "78", "110"]],
        columns=[0, 160, 300],
    )
    page1: list[PdfLine] = [
        "BÁO CÁO",
        "",
        "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ",
        "",
        "1. Công tác tổ chức",
        "",
        *first,
        "",
        *crossing[:2],
    ]
    page2: list[PdfLine] = [
        *crossing[2:],
        "",
        "Bảng 1. Kết quả kiểm tra, giám sát",
        "",
        table,
        "",
        "- Kết nạp 180 đảng viên mới.",
    ]
    return write_pdf(
        path,
        [page1, page2],
        header="Đảng ủy Khối Doanh nghiệp",
        footer="Trang {page}",
        title="Báo cáo năm 2023",
        author="Văn phòng Đảng ủy",
    )


def test_pdf_report(tmp_path: Path) -> None:
    document = _load(_report_pdf(tmp_path / "bc.pdf"))
    crossing = LONG_PARAGRAPH.replace("Năm 2023", "Trong năm")
    table = "| Cấp thực hiện | Kiểm tra | Giám sát |\n| Cấp ủy cơ sở | 46 | 58 |\n| Tổng cộng | 78 | 110 |"
    assert document.blocks == [
        Block("BÁO CÁO", page=1),
        Block("I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ", "heading", 1, page=1),
        Block("1. Công tác tổ chức", "heading", 2, page=1),
        Block(LONG_PARAGRAPH, page=1),
        Block(crossing, page=1),
        Block("Bảng 1. Kết quả kiểm tra, giám sát", page=2),
        Block(table, "table", page=2),
        Block("- Kết nạp 180 đảng viên mới.", "list_item", page=2),
    ]
    assert "Trang" not in document.text and "Doanh nghiệp" not in document.text
    assert document.hints == {"title": "Báo cáo năm 2023", "author": "Văn phòng Đảng ủy"}
    assert document.format == "pdf"


def test_pdf_bare_page_numbers_are_dropped(tmp_path: Path) -> None:
    pages = [[f"Phần {n}: nội dung của trang này được giữ nguyên."] for n in range(1, 4)]
    document = _load(write_pdf(tmp_path / "n.pdf", pages, footer="- {page} -"))
    assert [(b.text, b.page) for b in document.blocks] == [
        (f"Phần {n}: nội dung của trang này được giữ nguyên.", n) for n in range(1, 4)
    ]


def test_pdf_two_columns_are_read_column_by_column(tmp_path: Path) -> None:
    left = wrap(LONG_PARAGRAPH, 40)
    right = wrap(LONG_PARAGRAPH.replace("Năm 2023", "Trong năm"), 40)
    path = write_pdf(tmp_path / "cot.pdf", [[PdfColumns(left, right)]], font_size=9)
    texts = [b.text for b in _load(path).blocks]
    assert " ".join(texts) == LONG_PARAGRAPH + " " + LONG_PARAGRAPH.replace("Năm 2023", "Trong năm")


def test_pdf_without_text_layer_needs_ocr(tmp_path: Path) -> None:
    path = write_image_pdf(tmp_path / "scan.pdf", pages=2)
    assert _reason(path) == "no_text"
    with pytest.raises(LoadError, match="OCR"):
        load_document(path)


def test_pdf_errors(tmp_path: Path) -> None:
    pages = [[*wrap(LONG_PARAGRAPH, 80)] * 3] * 3
    assert _reason(truncate(write_pdf(tmp_path / "cut.pdf", pages), 0.7)) == "corrupt"
    fake = tmp_path / "fake.pdf"
    fake.write_bytes(b"%PDF-1.4\n" + os.urandom(2000) + b"\n%%EOF\n")
    assert _reason(fake) in ("corrupt", "no_text")
    not_pdf = tmp_path / "text.pdf"
    not_pdf.write_text("Báo cáo", encoding="utf-8")
    assert _reason(not_pdf) == "corrupt"


# ------------------------------------------------------------------------------ general


def test_supported_extensions() -> None:
    assert frozenset({".txt", ".md", ".markdown", ".html", ".htm", ".docx", ".pdf"}) == SUPPORTED_EXTENSIONS


def test_unsupported_extension(tmp_path: Path) -> None:
    path = tmp_path / "bang.xlsx"
    path.write_bytes(b"PK\x03\x04")
    assert _reason(path) == "unsupported"


def test_upper_case_extension_is_supported(tmp_path: Path) -> None:
    path = write_encoded(tmp_path / "BAO-CAO.TXT", "Báo cáo tổng kết năm.", "utf-8")
    assert _load(path).text == "Báo cáo tổng kết năm."


def test_size_is_checked_before_reading(tmp_path: Path) -> None:
    path = write_encoded(tmp_path / "lon.txt", LONG_PARAGRAPH * 50, "utf-8")
    assert _reason(path, max_bytes=1000) == "too_large"
    assert _load(path, max_bytes=10**6).blocks


def test_missing_file_and_directory(tmp_path: Path) -> None:
    assert _reason(tmp_path / "khong-co.txt") == "unreadable"
    folder = tmp_path / "thu-muc.txt"
    folder.mkdir()
    assert _reason(folder) == "unreadable"


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads everything")
def test_permission_denied(tmp_path: Path) -> None:
    path = write_encoded(tmp_path / "khoa.txt", "Báo cáo.", "utf-8")
    path.chmod(0)
    try:
        assert _reason(path) == "unreadable"
    finally:
        path.chmod(0o600)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=2000), suffix=st.sampled_from(sorted(SUPPORTED_EXTENSIONS)))
def test_no_library_exception_escapes(tmp_path: Path, data: bytes, suffix: str) -> None:
    path = tmp_path / f"random{suffix}"
    path.write_bytes(data)
    try:
        document = load_document(path)
    except LoadError as err:
        assert err.reason in ("empty", "corrupt", "no_text", "encoding", "too_large")
    else:
        assert document.blocks and all(b.text == b.text.strip() for b in document.blocks)


# ------------------------------------------------------------------------------ shared corpus

CHROME_WORDS = (
    "Viết bình luận",
    "Tin liên quan",
    "Bình luận",
    "Chia sẻ",
    "Trang chủ",
    "Xem kết quả",
    "Theo bạn",
    "°C",
    "Lượt xem",
    "Cỡ chữ",
    "©",
    "Nguồn:",
)


@pytest.mark.shared
def test_every_dev_document_loads() -> None:
    files = sorted(SHARED_DOCS.iterdir()) if SHARED_DOCS.is_dir() else []
    if not files:
        pytest.skip("shared corpus not available")
    for path in files:
        document = load_document(path)
        assert len(document.blocks) >= 5, path.name
        assert sum(b.kind == "paragraph" for b in document.blocks) >= 3, path.name
        for word in CHROME_WORDS:
            assert word not in document.text, (path.name, word)
        assert unicodedata.is_normalized("NFC", document.text)
