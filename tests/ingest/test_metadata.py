"""Document metadata from fixture documents written for these tests (formal reports, news)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ingest.metadata import doc_number, extract_metadata
from ingest.model import Block, LoadedDocument


def make_doc(
    text: str,
    fmt: str = "txt",
    hints: dict[str, str] | None = None,
    header_lines: list[str] | None = None,
) -> LoadedDocument:
    """A loaded document whose blocks are the text's blank-line separated parts."""
    blocks = [Block(part.strip()) for part in text.strip().split("\n\n") if part.strip()]
    return LoadedDocument(
        source=f"fixture.{fmt}",
        format=fmt,
        blocks=blocks,
        hints=hints or {},
        header_lines=header_lines or [],
    )


FORMAL = """
ĐẢNG BỘ TỈNH HÀ TĨNH
ĐẢNG ỦY KHỐI DOANH NGHIỆP
*
Số 54-BC/ĐUK

ĐẢNG CỘNG SẢN VIỆT NAM
Hà Tĩnh, ngày 12 tháng 7 năm 2024

**BÁO CÁO**

**Sơ kết công tác xây dựng Đảng 6 tháng đầu năm và phương hướng, nhiệm vụ 6 tháng cuối năm 2024**

-----

Thực hiện Chương trình công tác năm 2024, Ban Thường vụ Đảng ủy Khối báo cáo kết quả công tác \
xây dựng Đảng 6 tháng đầu năm như sau:

## I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ

Trong 6 tháng đầu năm, toàn Đảng bộ kết nạp 64 đảng viên, đạt 53,3% chỉ tiêu năm 2024 (120 đảng \
viên); xét chuyển đảng chính thức cho 58 đảng viên.

## II. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024

1. Phấn đấu kết nạp ít nhất 56 đảng viên để hoàn thành chỉ tiêu năm.

Nơi nhận:
- Thường trực Tỉnh ủy (b/c),
- Lưu Văn phòng Đảng ủy Khối.

T/M BAN THƯỜNG VỤ
BÍ THƯ
(đã ký)
Nguyễn Văn Khoa
"""


def test_formal_report() -> None:
    # A PDF's creation date (a file property) must not override the signature line.
    meta = extract_metadata(make_doc(FORMAL, "pdf", hints={"date": "2026-11-23"}))
    assert meta.title == (
        "Báo cáo sơ kết công tác xây dựng Đảng 6 tháng đầu năm và phương hướng, nhiệm vụ "
        "6 tháng cuối năm 2024"
    )
    assert meta.date == "2024-07-12"
    assert meta.periods == ["2024-H1"]
    assert meta.mentioned_periods == ["2024", "2024-H1", "2024-H2"]
    assert (meta.body, meta.body_key) == ("Đảng ủy Khối Doanh nghiệp tỉnh", "khoi-doanh-nghiep")
    assert meta.province == "Hà Tĩnh"
    assert meta.doc_number == "54-BC/ĐUK"
    assert meta.doc_type == "bao-cao"
    assert meta.author == "Nguyễn Văn Khoa"
    assert meta.source_url == ""


NEWS = """
Trang chủ › Chính trị › Xây dựng Đảng
Thứ Năm, 04/04/2024 | 18:20
Cỡ chữ: A- A A+ | In bài | Chia sẻ

Đảng uỷ Khối các cơ quan tỉnh triển khai nhiệm vụ trọng tâm quý II/2024

(Baoquangbinh.vn) - Chiều 3/4, Ban Chấp hành Đảng bộ Khối các cơ quan tỉnh tổ chức hội nghị sơ \
kết công tác xây dựng Đảng quý I, triển khai nhiệm vụ quý II/2024. Đồng chí Hoàng Thị Mai - Bí \
thư Đảng uỷ Khối chủ trì hội nghị.

Quý I/2024, các cấp uỷ trong Đảng bộ Khối đã tổ chức học tập, quán triệt nghị quyết cho 4.210 \
lượt cán bộ, đảng viên; kết nạp 31 đảng viên mới, đạt 20,6% kế hoạch năm.

Kết luận hội nghị, đồng chí Hoàng Thị Mai đề nghị các cấp uỷ tập trung thực hiện tốt các nhiệm \
vụ trọng tâm quý II/2024, phấn đấu 6 tháng đầu năm kết nạp trên 50% kế hoạch.

Thanh Bình

Chia sẻ | Bình luận (0)
Tin liên quan
› Đảng uỷ Khối Doanh nghiệp tỉnh trao Huy hiệu Đảng dịp 3/2
"""


def test_news_article() -> None:
    meta = extract_metadata(make_doc(NEWS))
    assert meta.title == "Đảng uỷ Khối các cơ quan tỉnh triển khai nhiệm vụ trọng tâm quý II/2024"
    assert meta.date == "2024-04-04"
    assert meta.periods == ["2024-Q1"]
    assert "2024-Q2" in meta.mentioned_periods
    assert (meta.body, meta.body_key) == ("Đảng ủy Khối các cơ quan tỉnh", "khoi-co-quan")
    assert meta.province == "Quảng Bình"  # from the agency tag "(Baoquangbinh.vn)"
    assert meta.doc_type == "tin"
    assert meta.doc_number == ""
    assert meta.author == "Thanh Bình"


def test_news_with_header_lines_and_source_url() -> None:
    body = NEWS.replace("Thứ Năm, 04/04/2024 | 18:20\n", "").replace("(Baoquangbinh.vn) - ", "")
    doc = make_doc(
        body + "\n\nNguồn: https://baoquangbinh.vn/chinh-tri/so-ket-quy-i-2024-a1234.html",
        header_lines=["Thứ Năm, 04/04/2024 | 18:20", "Thanh Bình"],
    )
    meta = extract_metadata(doc)
    assert meta.date == "2024-04-04"
    assert meta.source_url == "https://baoquangbinh.vn/chinh-tri/so-ket-quy-i-2024-a1234.html"
    assert meta.province == "Quảng Bình"  # from the source URL's host


NO_PROVINCE = """
Xây dựng Đảng

Đảng bộ Khối Doanh nghiệp tỉnh kết nạp 48 đảng viên trong 6 tháng đầu năm

Ngày 11/7
PHẠM HÙNG

Chiều 10/7, Đảng ủy Khối Doanh nghiệp tỉnh tổ chức hội nghị sơ kết công tác xây dựng Đảng 6 \
tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2023. Đồng chí Trịnh Văn Lâm, Bí thư Đảng \
ủy Khối chủ trì hội nghị.

Toàn Đảng bộ kết nạp 48 đảng viên, đạt 45,7% chỉ tiêu năm; chuyển đảng chính thức cho 51 đảng \
viên; thi hành kỷ luật 2 đảng viên. Các doanh nghiệp trong Khối ủng hộ đồng bào vùng lũ 1,2 tỷ \
đồng.

PHẠM HÙNG
"""


def test_never_guess_a_province_and_date_without_year() -> None:
    meta = extract_metadata(make_doc(NO_PROVINCE))
    assert meta.province == ""
    assert meta.source_url == ""
    assert meta.periods == ["2023-H1"]
    assert meta.date == "2023-07-11"  # "Ngày 11/7" placed by the reported period
    assert meta.body_key == "khoi-doanh-nghiep"
    assert meta.author == "Phạm Hùng"


def test_year_end_report_published_in_january() -> None:
    text = """Thứ Hai, 08/01/2024 | 09:00

Đảng ủy Khối các cơ quan thành phố tổng kết công tác năm 2023

Chiều 5/1, Đảng ủy Khối các cơ quan thành phố Hải Phòng tổ chức hội nghị tổng kết công tác xây \
dựng Đảng năm 2023, triển khai nhiệm vụ năm 2024. Trong quý IV, các cấp ủy đã kiểm tra 12 tổ \
chức đảng.
"""
    meta = extract_metadata(make_doc(text))
    assert meta.date == "2024-01-08"
    assert meta.periods == ["2023"]
    assert meta.mentioned_periods == ["2023", "2023-Q4", "2024"]
    assert meta.body == "Đảng ủy Khối các cơ quan thành phố"
    assert meta.province == "Hải Phòng"


def test_html_hints() -> None:
    text = """Đảng ủy Khối các cơ quan tỉnh giao ban quý III/2023

Sáng 4/10, Đảng ủy Khối các cơ quan tỉnh họp giao ban công tác quý III, triển khai nhiệm vụ quý \
IV/2023. Trong quý, các cấp ủy đã kết nạp 22 đảng viên, nâng tổng số kết nạp 9 tháng lên 70 \
đồng chí."""
    hints = {
        "title": "Đảng ủy Khối các cơ quan tỉnh giao ban quý III/2023 | Báo Ninh Bình điện tử",
        "date": "2023-10-05T08:00:00+07:00",
        "url": "https://baoninhbinh.org.vn/dang-uy-khoi-giao-ban-quy-iii-2023-d1234.html",
        "author": "Thu Hà",
    }
    meta = extract_metadata(make_doc(text, "html", hints=hints))
    assert meta.title == "Đảng ủy Khối các cơ quan tỉnh giao ban quý III/2023"
    assert meta.date == "2023-10-05"
    assert meta.periods == ["2023-9M", "2023-Q3"]
    assert meta.province == "Ninh Bình"
    assert meta.source_url == hints["url"]
    assert meta.author == "Thu Hà"


def test_site_name_suffix_removed() -> None:
    hints = {"title": "Hội nghị sơ kết quý I/2022 - Tây Nguyên Online", "site_name": "Tây Nguyên Online"}
    meta = extract_metadata(make_doc("Sáng 7/4, hội nghị sơ kết quý I/2022 đã diễn ra.", "html", hints=hints))
    assert meta.title == "Hội nghị sơ kết quý I/2022"


def test_doc_number_forms() -> None:
    assert doc_number(["ĐẢNG ỦY KHỐI", "Số: 12-BC/ĐUK"]) == "12-BC/ĐUK"
    assert doc_number(["Số 231 - BC/ĐUK"]) == "231-BC/ĐUK"
    assert doc_number(["Số liệu năm 2023"]) == ""


def test_empty_document() -> None:
    meta = extract_metadata(LoadedDocument(source="x.txt", format="txt", blocks=[]))
    assert meta.title == "" and meta.date == "" and meta.periods == [] and meta.province == ""


# --- the development corpus (../shared), when present --------------------------------

_SHARED = next(
    (p for p in (Path(__file__).resolve().parents[3] / "shared", Path("/work/shared")) if p.is_dir()),
    None,
)


@pytest.mark.shared
@pytest.mark.skipif(_SHARED is None, reason="../shared is not present")
def test_dev_corpus_province_and_period() -> None:
    """File names carry the truth: "w1_01_nghe-an_2022-q1.txt" ("full"/"year" = whole year)."""
    from assistant.errors import LoadError
    from ingest.provinces import get_province

    try:
        from ingest.loaders import load_document
    except ImportError:
        pytest.skip("ingest.loaders is not available")
    assert _SHARED is not None
    checked = 0
    for path in sorted((_SHARED / "corpus/dev/docs").iterdir()):
        match = re.match(r"w\d_\d\d_([a-z\-]+)_(\d{4})-(\w+)\.", path.name)
        if not match:
            continue
        try:
            doc = load_document(path)
        except (LoadError, ImportError):
            continue  # a loader still missing: not this module's concern
        slug, year, kind = match.groups()
        province = get_province(slug)
        period = year if kind in ("full", "year") else f"{year}-{kind.upper()}"
        meta = extract_metadata(doc)
        assert province is not None and meta.province == province.name, path.name
        assert period in meta.periods, (path.name, meta.periods)
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", meta.date), (path.name, meta.date)
        assert meta.body_key.startswith("khoi-"), (path.name, meta.body_key)
        checked += 1
    if checked == 0:
        pytest.skip("no development document could be loaded")


@pytest.mark.parametrize(
    ("superior", "issuer", "body"),
    [
        ("THÀNH ỦY CẦN THƠ", "QUẬN ỦY NINH KIỀU", "Quận ủy Ninh Kiều"),
        ("HUYỆN ỦY THỚI LAI", "ĐẢNG ỦY XÃ TRƯỜNG THẮNG", "Đảng ủy xã Trường Thắng"),
        ("THÀNH ỦY CẦN THƠ", "ĐẢNG ỦY KHỐI CÁC CƠ QUAN THÀNH PHỐ", "Đảng ủy Khối các cơ quan thành phố"),
    ],
)
def test_the_issuing_body_is_the_lower_committee_of_the_letterhead(
    superior: str, issuer: str, body: str
) -> None:
    text = f"""{superior}
{issuer}
Số 77-BC/QU
ĐẢNG CỘNG SẢN VIỆT NAM
Cần Thơ, ngày 20 tháng 6 năm 2024

BÁO CÁO
Sơ kết công tác 6 tháng đầu năm 2024

Trong 6 tháng đầu năm, toàn Đảng bộ kết nạp 31 đảng viên mới.
"""
    meta = extract_metadata(make_doc(text))
    assert meta.body == body
    assert meta.periods == ["2024-H1"]
