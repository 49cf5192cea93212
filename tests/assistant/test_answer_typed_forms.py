"""Question forms that were refused or half answered: a running total with its share of the
plan, "số hiệu bao nhiêu" typed without accents, "đến tháng 9", "đảng viên mới" without accents."""

from __future__ import annotations

from typing import Any

from assistant.asks import asks_of
from assistant.basis import check_basis, ratio_metric
from assistant.evidence import score_units
from assistant.question import analyze
from assistant.quote import select
from assistant.refusal import DEFAULT_THRESHOLD
from assistant.units import Unit, units_of
from vectorstore.hits import Hit

_COMMUNE = {
    "province": "Hà Tĩnh",
    "body_key": "dang-uy-xa",
    "body": "Đảng ủy xã Yên Hòa",
    "doc_id": "yh-9m",
    "periods": ["2025-Q3", "2025-9M"],
    "date": "2025-09-24",
}
_SHARE = (
    "Thu ngân sách trên địa bàn xã 9 tháng đạt 3,17 tỷ đồng, đạt 71,4% kế hoạch năm; "
    "riêng quý III thu 0,92 tỷ đồng."
)
_ROW = (
    "| Chỉ tiêu | Riêng quý III/2025 | Lũy kế 9 tháng 2025 | Kế hoạch năm 2025 |\n"
    "| Thu ngân sách xã (tỷ đồng) | 0,92 | 3,17 | 4,44 |"
)
_RUNNING = "Lũy kế 9 tháng năm 2025 xã Yên Hòa thu ngân sách được bao nhiêu, đạt bao nhiêu % kế hoạch?"


def _units(question: str, texts: list[str]) -> tuple[Any, list[Unit]]:
    view = analyze(question)
    units: list[Unit] = []
    for rank, text in enumerate(texts):
        hit = Hit(text=text, score=1.0, source="/r/yh.txt", chunk_id=f"yh-9m:{rank}", metadata=_COMMUNE)
        units += units_of(hit, rank)
    score_units(units, view)
    return view, units


def test_a_running_total_names_no_metric() -> None:
    plain = "Lũy kế 9 tháng năm 2025 thu ngân sách xã Yên Hòa đạt bao nhiêu % kế hoạch?"
    assert ratio_metric(analyze(plain)) == ["thu", "ngan"]
    view, units = _units(_RUNNING, [_SHARE])
    assert not check_basis(view, [_COMMUNE], units, DEFAULT_THRESHOLD).refuse


def test_the_share_of_the_plan_joins_a_row_without_it() -> None:
    view, units = _units(_RUNNING, [_ROW, _SHARE])
    quoted = " ".join(u.quote for u in select(units, view))
    assert "3,17" in quoted and "71,4%" in quoted


def test_so_hieu_typed_without_accents_asks_the_document_number() -> None:
    question = "Bao cao quy I/2025 cua Dang uy Khoi cac co quan tinh Bac Ninh so hieu bao nhieu, ai ky?"
    asks = asks_of(question)
    assert "docnumber" in asks and "number" not in asks
    assert "docnumber" in asks_of("Báo cáo này có ký hiệu là gì?")


def test_up_to_a_month_asks_the_running_period() -> None:
    assert analyze("Xa Yen Hoa den thang 9/2025 dat bao nhieu tieu chi nong thon moi?").periods == ["2025-9M"]
    assert analyze("Tính đến hết tháng 6/2025 toàn Đảng bộ có bao nhiêu đảng viên?").periods == ["2025-H1"]
    assert analyze("Tháng 9/2025 xã Yên Hòa thu ngân sách bao nhiêu?").periods == ["2025-M09"]


def test_moi_after_a_member_noun_is_new_not_each() -> None:
    view = analyze("DUK Doanh nghiep tinh Ha Nam nam 2025 ket nap bao nhieu dang vien moi vay?")
    assert "breakdown" not in view.asks and "moi" in view.terms
    assert "breakdown" in asks_of("moi hinh thuc ky luat bao nhieu dang vien?")


_BUSINESS = {
    "province": "Thái Bình",
    "body_key": "khoi-doanh-nghiep",
    "body": "Đảng ủy Khối Doanh nghiệp tỉnh",
    "doc_id": "tb-2025",
    "periods": ["2025"],
    "date": "2025-12-18",
}
_TABLES = [
    "| Nội dung | Kế hoạch năm 2025 | Kết quả năm 2025 |\n"
    "| Thành lập tổ chức đảng trong doanh nghiệp tư nhân | 4 | 5 |",
    "| Chỉ tiêu | Kế hoạch năm 2025 | Thực hiện năm 2025 | Tỷ lệ so với KH |\n"
    "| Tổng doanh thu (tỷ đồng) | 21.300 | 22.410 | 105,2% |",
]
_TURNOVER = (
    "Năm 2025 các doanh nghiệp thuộc Đảng ủy Khối Doanh nghiệp tỉnh Thái Bình đạt tổng doanh thu "
    "bao nhiêu, so với kế hoạch thì đạt mấy %?"
)


def test_the_metric_before_bao_nhieu_picks_its_table_row() -> None:
    view = analyze(_TURNOVER)
    assert view.verb == ["doanh", "thu"]  # "thu" with accents is content, not "thứ"
    assert ratio_metric(view) == ["doanh", "thu"]
    units: list[Unit] = []
    for rank, text in enumerate(_TABLES):
        hit = Hit(text=text, score=1.0, source="/r/tb.txt", chunk_id=f"tb-2025:{rank}", metadata=_BUSINESS)
        units += units_of(hit, rank)
    score_units(units, view)
    quoted = select(units, view)[0].quote
    assert "22.410" in quoted and "105,2%" in quoted


def test_moi_noi_still_asks_each_place() -> None:
    view = analyze("Ky luat dang vien: Khoi co quan Ha Nam va Nam Dinh 2025, moi noi bao nhieu?")
    assert "breakdown" in view.asks and "moi" not in view.verb


_SECTIONS = [
    (
        "I. KẾT QUẢ > 1. Kinh tế - xã hội",
        "Toàn xã gieo cấy 508 ha lúa, năng suất bình quân đạt 61,2 tạ/ha. "
        "Thu ngân sách trên địa bàn xã 9 tháng đạt 3,17 tỷ đồng, đạt 71,4% kế hoạch năm. "
        "Xây dựng nông thôn mới kiểu mẫu: xã đạt 13/19 tiêu chí; phấn đấu đạt chuẩn vào năm 2026. "
        "Trong 9 tháng, xã hỗ trợ 27 hộ thoát nghèo, riêng quý III có 11 hộ.\n\n"
        "Chỉ tiêu | Riêng quý III/2025 | Lũy kế 9 tháng 2025 | Kế hoạch năm 2025\n"
        "Nhà ở cho hộ nghèo được xây mới | 4 | 9 | 12",
    ),
    (
        "I. KẾT QUẢ > 2. Công tác xây dựng Đảng",
        "Đảng bộ xã có 21 chi bộ trực thuộc với 436 đảng viên. "
        "9 tháng năm 2025 kết nạp 8 đảng viên mới, đạt 80% kế hoạch năm.",
    ),
    ("II. HẠN CHẾ", "Tiến độ xây dựng nhà ở cho hộ nghèo còn chậm so với kế hoạch đề ra trong năm."),
    ("III. NHIỆM VỤ QUÝ IV", "Hoàn thành 3 căn nhà cho hộ nghèo còn lại trước ngày 20 tháng 12 năm 2025."),
]


def test_a_commune_summary_names_its_new_rural_criteria() -> None:
    view = analyze("Tom tat bao cao 9T/2025 cua Dang uy xa Yen Hoa")
    units: list[Unit] = []
    for rank, (section, text) in enumerate(_SECTIONS):
        meta = {**_COMMUNE, "section": section}
        hit = Hit(text=text, score=1.0, source="/r/yh.txt", chunk_id=f"yh-9m:{rank}", metadata=meta)
        units += units_of(hit, rank)
    score_units(units, view)
    quoted = " ".join(u.quote for u in select(units, view))
    assert "13/19 tiêu chí" in quoted and "3,17 tỷ đồng" in quoted


def test_each_side_gets_its_result_and_its_target() -> None:
    from assistant.quote_sides import per_side
    from vectorstore.query import parse_question

    question = (
        "Năm 2025 Đảng ủy Khối Doanh nghiệp tỉnh Hà Nam và Nam Định mỗi nơi kết nạp bao nhiêu "
        "đảng viên mới, và năm 2026 đặt chỉ tiêu bao nhiêu?"
    )
    view = analyze(question, parse_question(question))
    common = {"body_key": "khoi-doanh-nghiep", "body": "Đảng ủy Khối Doanh nghiệp tỉnh", "periods": ["2025"]}
    texts = {
        "hn": "| Nội dung | Kế hoạch năm 2025 | Kết quả năm 2025 | Chỉ tiêu năm 2026 |\n"
        "| Kết nạp đảng viên mới | 150 | 163 | 170 |",
        "nd": "Trong năm 2025, toàn Đảng bộ kết nạp 97 đảng viên mới, cao hơn năm trước 6 đảng viên. "
        "Năm 2026, Đảng ủy Khối phấn đấu kết nạp 105 đảng viên mới, 100% chi bộ sinh hoạt chuyên đề.",
    }
    units: list[Unit] = []
    for rank, (doc, province) in enumerate((("hn", "Hà Nam"), ("nd", "Nam Định"))):
        meta = {**common, "doc_id": doc, "province": province}
        hit = Hit(text=texts[doc], score=1.0, source=f"/r/{doc}.txt", chunk_id=f"{doc}:0", metadata=meta)
        units += units_of(hit, rank)
    score_units(units, view)
    picked, gaps = per_side(units, view)
    quoted = " ".join(u.quote for u in picked)
    assert not gaps and "163" in quoted and "97 đảng viên mới" in quoted and "105 đảng viên mới" in quoted
