"""Web chrome removal: every furniture line goes, every article sentence stays intact."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ingest.boilerplate import label_lines, line_label, metadata_lines, strip_boilerplate
from ingest.encodings import decode_bytes
from tests.ingest.builders import shared_dir

SHARED = shared_dir()
SEEDS = SHARED / "corpus/seeds" if SHARED else Path("/nonexistent")

TITLE = "Đảng ủy Khối Doanh nghiệp tỉnh Phú Yên sơ kết công tác quý III/2023"
ARTICLE = [
    "(PYO) - Sáng 9/10, Đảng ủy Khối Doanh nghiệp tỉnh Phú Yên tổ chức hội nghị sơ kết công "
    "tác xây dựng Đảng quý III, triển khai nhiệm vụ quý IV/2023.",
    "Trong quý III, toàn Đảng bộ kết nạp 29 đảng viên, nâng tổng số đảng viên kết nạp 9 tháng "
    "lên 87, đạt 62,1% kế hoạch năm; Ủy ban Kiểm tra các cấp đã kiểm tra 11 tổ chức đảng.",
    "Tại hội nghị, lãnh đạo các doanh nghiệp chia sẻ kinh nghiệm tạo nguồn phát triển đảng viên "
    "trong công nhân, đồng thời kiến nghị tăng cường tập huấn nghiệp vụ.",
    "Nhiều đại biểu cho rằng việc in bài, chia sẻ tài liệu học tập nghị quyết qua ứng dụng số đã "
    "giúp chi bộ sinh hoạt thuận tiện hơn, nhất là ở doanh nghiệp làm việc theo ca.",
    "Theo báo cáo, nhiệt độ trong các phân xưởng thường vượt 35°C nên các chi bộ bố trí sinh "
    "hoạt vào buổi sáng để bảo đảm sức khỏe cho đảng viên.",
    "Kết luận hội nghị, đồng chí Lê Văn Hòa yêu cầu các cấp ủy tập trung hoàn thành chỉ tiêu "
    "kết nạp 140 đảng viên năm 2023.",
]
HEAD_CHROME = [
    "CHÀO MỪNG ĐẾN VỚI CỔNG THÔNG TIN ĐẢNG BỘ KHỐI DOANH NGHIỆP",
    "Trang chủ › Tin tức › Xây dựng Đảng",
    "Trang chủ | Giới thiệu | Thời sự | Chính trị | Liên hệ",
    "Tuy Hòa: 26 - 31°C | Có mưa rào rải rác",
    "Cỡ chữ: A- A A+   |   In bài   |   Chia sẻ",
    "Lượt xem: 2.417",
]
DATE_LINES = ["Thứ Ba, 10/10/2023 | 08:15", "Cập nhật: 09:42 ngày 10/10/2023"]
CAPTION = "Quang cảnh hội nghị sơ kết quý III"
TAIL_CHROME = [
    "Chia sẻ   Zalo   Facebook   In bài",
    "Từ khóa: phát triển đảng viên, doanh nghiệp, sơ kết quý",
    "Tin liên quan",
    "› Đảng ủy Khối Doanh nghiệp tổ chức lớp bồi dưỡng cấp ủy viên",
    "› Doanh nghiệp Phú Yên chăm lo Tết cho người lao động",
    "Bài viết liên quan:",
    "- Hội thi Bí thư chi bộ giỏi năm 2023",
    "Thăm dò ý kiến",
    "Theo bạn, giải pháp nào giúp phát triển đảng viên trong doanh nghiệp tư nhân?",
    "○ Tuyên truyền   ○ Hỗ trợ kinh phí   ○ Ý kiến khác",
    "Biểu quyết   |   Xem kết quả",
    "Viết bình luận",
    "Chưa có bình luận nào. Hãy là người đầu tiên bình luận.",
    "Thời tiết",
    "Nhiều mây, có mưa rào và dông rải rác, gió đông bắc cấp 3.",
    "© 2023 Cổng thông tin Đảng bộ Khối Doanh nghiệp tỉnh. Ghi rõ nguồn khi phát hành lại.",
    "Giấy phép số 12/GP-STTTT do Sở Thông tin và Truyền thông cấp.",
]


def _page() -> list[str]:
    lines = [*HEAD_CHROME[:3], DATE_LINES[0], *HEAD_CHROME[3:], "", TITLE, "", DATE_LINES[1], ""]
    lines += [ARTICLE[0], "", "[Ảnh] Đồng chí Lê Văn Hòa phát biểu tại hội nghị. Ảnh: Minh Anh", ""]
    lines += [ARTICLE[1], "", CAPTION, CAPTION, "", *[x for a in ARTICLE[2:] for x in (a, "")]]
    lines += ["Minh Anh", "", "Nguồn: https://baophuyen.example.vn/xay-dung-dang/so-ket-quy-3.html", ""]
    return lines + [x for t in TAIL_CHROME for x in (t, "")][:-1]


def test_every_chrome_line_goes_and_every_sentence_stays() -> None:
    kept, removed = strip_boilerplate(_page())
    content = [line for line in kept if line.strip()]
    assert content == [TITLE, *ARTICLE]
    for chrome in [*HEAD_CHROME, *DATE_LINES, *TAIL_CHROME, CAPTION, "Minh Anh"]:
        assert chrome in removed
    assert removed.count(CAPTION) == 2  # a caption printed twice appears zero times


def test_date_lines_bylines_and_source_are_kept_as_metadata() -> None:
    lines = _page()
    labels = label_lines(lines)
    assert metadata_lines(lines, labels) == [
        *DATE_LINES,
        "Minh Anh",
        "Nguồn: https://baophuyen.example.vn/xay-dung-dang/so-ket-quy-3.html",
    ]


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("Thứ Ba, 05/04/2022 | 18:20", "date"),
        ("Cập nhật 08:30 | 15/01/2022", "date"),
        ("Chủ nhật, 14/07/2024", "date"),
        ("26/12/2024 - 20:15", "date"),
        ("Ngày 11/7", "date"),
        ("Thứ Tư, ngày 10 tháng 4 năm 2024", "date"),
        ("- Thứ Tư, 15/03/2023, 19:32 - Chia sẻ", "date"),
        ("15/07/2022 10:32 · Bình luận · Chia sẻ", "date"),
        ("Hôm nay: 15/07/2022", "clock"),
        ("Chia sẻ", "share"),
        ("Chia sẻ   |   Bình luận (0)", "share"),
        ("Lượt xem: 1.284", "counter"),
        ("Trang chủ » Chính trị » Xây dựng Đảng", "nav"),
        ("You are currently viewing Hội nghị Ban Chấp hành lần thứ 8", "nav"),
        ("Tin, ảnh: Thanh Lê", "byline"),
        ("Bài và ảnh: NGUYỄN HÀ", "byline"),
        ("Tags: đảng viên, kiểm tra", "tags"),
        ("Tin cùng chuyên mục", "related"),
        ("Xem thêm:", "related"),
        ("Copyright © 2024 Báo điện tử. All rights reserved.", "copyright"),
        ("Hà Nội 28°C, trời nắng", "weather"),
        ("[Ảnh] Các đại biểu dự hội nghị", "caption"),
        ("Toàn cảnh hội nghị. (Ảnh: TTXVN)", "caption"),
    ],
)
def test_single_line_labels(line: str, label: str) -> None:
    assert line_label(line) == label


@pytest.mark.parametrize(
    "line",
    [
        "Lãnh đạo chia sẻ kinh nghiệm xây dựng chi bộ vững mạnh.",
        "Buôn Ma Thuột, ngày 21 tháng 6 năm 2023",
        "Ngày 14/7, Đảng ủy Khối các cơ quan tỉnh tổ chức hội nghị sơ kết.",
        "Thời tiết khắc nghiệt khiến nhiều công trình chậm tiến độ trong quý II.",
        "Bình luận về kết quả này, đồng chí Bí thư nhấn mạnh vai trò của chi bộ.",
        "1. Công tác chính trị, tư tưởng",
        "Số 126-BC/ĐUK",
        "Năm 2023",
        "Kết quả",
        "Chủ đề: Nâng cao chất lượng sinh hoạt chi bộ",
        "Giấy phép xây dựng được cấp cho 120 công trình trong năm.",
        "Bản quyền tác giả của các tác phẩm dự thi được bảo hộ.",
        "Đại biểu dự Đại hội: 250 đồng chí",
        "Nhiệt độ trung bình trong các phân xưởng là 34°C.",
        "Thực hiện: các chi bộ trực thuộc",
    ],
)
def test_article_lines_are_not_chrome(line: str) -> None:
    assert line_label(line) is None


def test_signature_of_a_formal_report_is_not_a_byline() -> None:
    lines = [
        "Các cấp ủy tập trung thực hiện tốt các nhiệm vụ trọng tâm trong năm 2024 theo kế hoạch.",
        "",
        "T/M BAN THƯỜNG VỤ",
        "PHÓ BÍ THƯ",
        "(đã ký)",
        "Phạm Văn Lộc",
    ]
    kept, removed = strip_boilerplate(lines)
    assert removed == []
    assert kept == lines


def test_headings_after_a_see_also_line_survive() -> None:
    lines = [
        "Báo cáo kết quả công tác kiểm tra, giám sát của các cấp ủy trong năm 2023 như sau.",
        "Xem thêm:",
        "- Phụ lục số liệu chi tiết",
        "",
        "II. HẠN CHẾ, NGUYÊN NHÂN",
        "1. Hạn chế",
        "Một số chi bộ sinh hoạt chưa nền nếp, nội dung sinh hoạt còn đơn điệu, chưa thu hút.",
    ]
    kept, _ = strip_boilerplate(lines)
    assert lines[4:] == [line for line in kept if line][1:]


@given(st.lists(st.text(max_size=80), max_size=30))
def test_never_crashes_and_partitions_lines(lines: list[str]) -> None:
    kept, removed = strip_boilerplate(lines)
    assert sorted(kept + removed) == sorted(lines)


def _seed_lines(path: Path) -> list[str]:
    text, _ = decode_bytes(path.read_bytes())
    return text.split("\n")


@pytest.mark.shared
def test_real_scraped_articles() -> None:
    seeds = sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []
    if not seeds:
        pytest.skip("shared seeds not available")
    chrome_starts = ("CHÀO MỪNG", "You are currently viewing", "Viết bình luận", "thăm dò", "Theo bạn")
    for path in seeds:
        lines = _seed_lines(path)
        kept, _ = strip_boilerplate(lines)
        kept_set = {line.strip() for line in kept}
        for line in kept_set:
            assert not line.lower().startswith(tuple(s.lower() for s in chrome_starts)), (path, line)
        stripped = [line.strip() for line in lines if line.strip()]
        for a, b in itertools.pairwise(stripped):
            if a == b and len(a.split()) <= 40:
                assert a not in kept_set, (path, a)  # captions printed twice
        sentences = (".", "…", ";", ":", '"', "”")
        body = [
            line
            for line in stripped
            if len(line.split()) >= 20 and line.endswith(sentences) and "mưa" not in line
        ]
        assert body, path
        assert all(line in kept_set for line in body), path
