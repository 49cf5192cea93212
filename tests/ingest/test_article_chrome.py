"""News articles: the article's own date over the site's clock, and the page furniture around
a closing task list (site banner, byline, share bar, links to other news). Fictional texts."""

from __future__ import annotations

from pathlib import Path

from ingest.chunking import chunk_document
from ingest.line_labels import line_label
from ingest.loaders import load_document
from ingest.metadata import extract_metadata
from tests.ingest.builders import write_encoded, write_html

LEAD = (
    "(BBC) - Ngày 16/3, Đảng ủy Khối các cơ quan tỉnh Bình Phước tổ chức hội nghị giao ban công tác "
    "xây dựng Đảng quý I năm 2024, triển khai nhiệm vụ trọng tâm quý II."
)
BODY = (
    "Trong quý, toàn Đảng bộ Khối kết nạp 39 đảng viên, đạt 21,7% kế hoạch năm; xét công nhận đảng "
    "viên chính thức cho 44 đồng chí; các cấp ủy kiểm tra 14 tổ chức đảng và 26 đảng viên."
)
CLOSING = "Phát biểu kết luận, đồng chí Phó Bí thư Thường trực đề nghị các cấp ủy tập trung:"
TASKS = [
    "- Tổ chức các hoạt động kỷ niệm 134 năm Ngày sinh Chủ tịch Hồ Chí Minh;",
    "- Phấn đấu hết quý II kết nạp đạt trên 50% kế hoạch năm;",
    "- Hoàn thành đại hội điểm chi bộ trực thuộc đảng ủy cơ sở.",
]


def _article_page(top_bar: str, article_date: str, meta: dict[str, str] | None = None) -> str:
    body = "".join(f"<p>{p}</p>" for p in (LEAD, BODY))
    return (
        f'<div id="topbar"><span class="date">{top_bar}</span></div>'
        '<nav><a href="/">Trang chủ</a></nav>'
        "<article><h1>Đảng ủy Khối các cơ quan tỉnh giao ban quý I/2024</h1>"
        f'<div class="meta"><span class="time">{article_date}</span></div>{body}</article>'
    )


def test_article_date_line_wins_over_the_sites_clock(tmp_path: Path) -> None:
    page = _article_page("Chủ nhật, 17/03/2024", "Thứ Bảy, 16/03/2024 - 17:45")
    document = load_document(write_html(tmp_path / "a.html", page))
    assert document.hints["date"] == "2024-03-16"
    assert extract_metadata(document).date == "2024-03-16"


def test_page_metadata_wins_over_both(tmp_path: Path) -> None:
    page = _article_page("Chủ nhật, 17/03/2024", "Thứ Bảy, 16/03/2024 - 17:45")
    meta = {"article:published_time": "2024-03-15T21:00:00+07:00"}
    document = load_document(write_html(tmp_path / "b.html", page, meta=meta))
    assert extract_metadata(document).date == "2024-03-15"


def test_the_clock_is_weaker_than_a_day_named_in_the_lead(tmp_path: Path) -> None:
    page = _article_page("Thứ Ba, 19/03/2024", "")  # no date line: the lead's "Ngày 16/3" dates it
    document = load_document(write_html(tmp_path / "c.html", page))
    assert extract_metadata(document).date == "2024-03-16"


SCRAPED = "\n".join(
    [
        "BÁO BÌNH PHƯỚC ĐIỆN TỬ",
        "Trang chủ | Thời sự | Xây dựng Đảng",
        "",
        "Thứ Bảy, 16/03/2024 - 17:45",
        "",
        "Đảng ủy Khối các cơ quan tỉnh giao ban quý I/2024",
        "",
        LEAD,
        "",
        BODY,
        "",
        CLOSING,
        *TASKS,
        "",
        "Minh Khôi",
        "",
        "Chia sẻ: Facebook | Zalo | In bài",
        "",
        "Tin khác:",
        '- Chi bộ Sở Nội vụ sinh hoạt chuyên đề "Nêu gương, trách nhiệm của người đứng đầu"',
        "- Trao Huy hiệu Đảng đợt 3/2 cho đảng viên trong Khối các cơ quan tỉnh",
    ]
)


def test_closing_task_list_is_not_glued_to_byline_or_share_bar(tmp_path: Path) -> None:
    document = load_document(write_encoded(tmp_path / "tin.txt", SCRAPED, "utf-8"))
    for chrome in ("BÁO BÌNH PHƯỚC", "Chia sẻ", "Facebook", "Tin khác", "Sở Nội vụ", "Huy hiệu Đảng đợt"):
        assert chrome not in document.text
    assert document.blocks[0].kind == "heading"
    assert document.blocks[0].text == "Đảng ủy Khối các cơ quan tỉnh giao ban quý I/2024"
    assert "Minh Khôi" in document.header_lines and "Minh Khôi" not in document.text
    meta = extract_metadata(document)
    assert meta.author == "Minh Khôi" and meta.date == "2024-03-16"
    chunks = chunk_document(document, meta, max_chars=400, target_chars=240)
    (tasks,) = [c for c in chunks if TASKS[0] in c.text]
    assert tasks.text == "\n\n".join([CLOSING, *TASKS])


def test_site_banners_are_chrome_only_above_the_article() -> None:
    assert line_label("Cổng thông tin điện tử Đảng bộ tỉnh Bình Phước", "head") == "banner"
    assert line_label("BÁO BÌNH PHƯỚC ĐIỆN TỬ", "head") == "banner"
    assert line_label("BÁO CÁO", "head") is None  # a formal report's heading
    assert line_label("Cổng thông tin điện tử của tỉnh đăng tải toàn văn nghị quyết.", "body") is None
    assert line_label("Chia sẻ: Facebook | Zalo | In bài") == "share"
