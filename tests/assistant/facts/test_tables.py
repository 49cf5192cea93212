"""Tables: columns that name a period or a year, plans, shares, changes, units, plain-text tables."""

# ruff: noqa: E501  (the test tables keep each row on one line)

from __future__ import annotations

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.briefs.arith import vn_number
from assistant.facts.context import DocContext
from assistant.facts.tables import group_table_blocks, header_period, is_table_block, table_facts
from ingest.period_model import Period
from tests.assistant.facts.conftest import Extract, table

YEAR_DOC = DocContext(
    "d", "Hà Giang", "khoi-doanh-nghiep", "Đảng ủy Khối Doanh nghiệp tỉnh", "", [Period(2024)]
)
HALF_DOC = DocContext("d", "Hà Giang", "huyen-uy", "Huyện ủy", "", [Period(2024, "H1")])


def _facts(text: str, doc: DocContext = YEAR_DOC) -> set[tuple[str, str, str, str]]:
    return {(f.metric, f.measure, f.period, f.value) for f in table_facts(text, "", doc) if not f.segment}


def test_a_year_on_year_table_gives_each_column_its_own_year() -> None:
    text = (
        "Phụ lục: Một số chỉ tiêu chủ yếu\n\n"
        "| Chỉ tiêu | Thực hiện 2023 | Thực hiện 2024 | KH 2024 | 2024 so KH (%) | So sánh 2024/2023 (%) |\n"
        "| Kết nạp đảng viên mới | 64 | 71 | 70 | 101,4 | 110,9 |\n"
        "| Tổng số đảng viên | 1.820 | 1.866 | - | - | 102,5 |"
    )
    assert _facts(text) == {
        ("ket_nap", "value", "2023", "64"),  # last year's column is last year's figure
        ("ket_nap", "value", "2024", "71"),
        ("ket_nap", "plan", "2024", "70"),  # "KH" is the plan
        ("ket_nap", "pct_plan", "2024", "101,4"),
        ("tong_dang_vien", "value", "2023", "1.820"),
        ("tong_dang_vien", "value", "2024", "1.866"),
    }  # the comparison column gives nothing


def test_a_plan_column_of_the_next_year_keeps_its_year() -> None:
    text = "| Chỉ tiêu | Thực hiện 2024 | KH 2025 |\n| Kết nạp đảng viên mới | 71 | 75 |"
    # Next year's plan is not this year's (and, like every figure of a later period, not kept).
    assert _facts(text) == {("ket_nap", "value", "2024", "71")}
    doc = DocContext("d", "Hà Giang", "khoi-co-quan", "", "", [Period(2025, "Q1")])
    assert _facts(text, doc) == {("ket_nap", "value", "2024", "71"), ("ket_nap", "plan", "2025", "75")}


def test_change_columns_and_a_share_without_a_plan_are_not_facts() -> None:
    text = (
        "| Chỉ tiêu | Năm 2023 | Năm 2024 | Tăng/giảm | Tỷ lệ (%) | So với cùng kỳ (%) |\n"
        "| Kết nạp đảng viên mới | 64 | 71 | 7 | 110,9 | 110,9 |\n"
        "| Đảng viên bị kỷ luật | 5 | 3 | 2 | 60,0 | 60,0 |"
    )
    assert _facts(text) == {
        ("ket_nap", "value", "2023", "64"),
        ("ket_nap", "value", "2024", "71"),
        ("ky_luat", "value", "2023", "5"),
        ("ky_luat", "value", "2024", "3"),
    }


def test_money_rows_take_their_unit_from_the_label_or_a_unit_column() -> None:
    text = (
        "| Chỉ tiêu | Đơn vị | Năm 2024 | So với dự toán, kế hoạch năm (%) | So với cùng kỳ (%) |\n"
        "| Thu ngân sách trên địa bàn | tỷ đồng | 512,4 | 96,7 | 104,2 |\n"
        "| Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ | tỷ đồng | 7.310 | 98,0 | 109,5 |\n"
        "| Lợi nhuận | triệu đồng | 86.250 | - | - |"
    )
    facts = {(f.metric, f.measure): f for f in table_facts(text, "", YEAR_DOC)}
    assert set(facts) == {("thu_ngan_sach", "value"), ("thu_ngan_sach", "pct_plan"), ("loi_nhuan", "value")}
    assert facts[("thu_ngan_sach", "value")].value == "512,4 tỷ đồng"
    assert facts[("thu_ngan_sach", "value")].number == Decimal("512400000000")
    assert facts[("thu_ngan_sach", "pct_plan")].number == Decimal("96.7")
    assert facts[("loi_nhuan", "value")].number == Decimal("86250000000")
    labelled = "| Chỉ tiêu | Năm 2023 | Năm 2024 |\n| Tổng doanh thu (tỷ đồng) | 2.105,5 | 2.312 |\n| Nộp ngân sách nhà nước (tỷ đồng) | 190 | 204,8 |"
    got = {(f.metric, f.period, f.value, f.number) for f in table_facts(labelled, "", YEAR_DOC)}
    assert got == {
        ("doanh_thu", "2023", "2.105,5 tỷ đồng", Decimal("2105500000000")),
        ("doanh_thu", "2024", "2.312 tỷ đồng", Decimal("2312000000000")),
        ("nop_ngan_sach", "2023", "190 tỷ đồng", Decimal("190000000000")),
        ("nop_ngan_sach", "2024", "204,8 tỷ đồng", Decimal("204800000000")),
    }


def test_quarter_columns_and_a_whole_year_column() -> None:
    text = (
        "Bảng 2. Kết quả theo quý năm 2024\n\n"
        "| Nội dung | Quý I | Quý II | Quý III | Quý IV | Cả năm |\n"
        "| Kết nạp đảng viên mới | 9 | 14 | 11 | 20 | 54 |"
    )
    assert _facts(text) == {
        ("ket_nap", "value", "2024-Q1", "9"),
        ("ket_nap", "value", "2024-Q2", "14"),
        ("ket_nap", "value", "2024-Q3", "11"),
        ("ket_nap", "value", "2024-Q4", "20"),
        ("ket_nap", "value", "2024", "54"),  # "Cả năm": the table's year, not a part named "Cả năm"
    }


def test_a_table_chunk_with_its_header_first_and_no_separator() -> None:
    text = (
        "| Nội dung | Quý I | Quý II | 6 tháng |\n"
        "| Kết nạp đảng viên | 18 | 27 | 45 |\n"
        "| Kiểm tra đảng viên | 7 | 12 | 19 |\n"
        "| Đảng viên bị thi hành kỷ luật | 0 | 2 | 2 |"
    )
    assert _facts(text, HALF_DOC) == {
        ("ket_nap", "value", "2024-Q1", "18"),
        ("ket_nap", "value", "2024-Q2", "27"),
        ("ket_nap", "value", "2024-H1", "45"),
        ("dang_vien_kiem_tra", "value", "2024-Q1", "7"),
        ("dang_vien_kiem_tra", "value", "2024-Q2", "12"),
        ("dang_vien_kiem_tra", "value", "2024-H1", "19"),
        ("ky_luat", "value", "2024-Q1", "0"),
        ("ky_luat", "value", "2024-Q2", "2"),
        ("ky_luat", "value", "2024-H1", "2"),
    }


def test_a_plain_text_table_with_frames_and_rows_without_outer_pipes() -> None:
    text = (
        "Bảng: Kết quả công tác đảng viên 6 tháng đầu năm 2024\n"
        "+-----------------------------+-------+--------+---------+\n"
        "Nội dung                      | Quý I | Quý II | 6 tháng\n"
        "+-----------------------------+-------+--------+---------+\n"
        "Kết nạp đảng viên             |  18   |   27   |   45\n"
        "Xét chuyển đảng chính thức    |  20   |   16   |   36\n"
        "+-----------------------------+-------+--------+---------+"
    )
    assert is_table_block(text)
    assert _facts(text, HALF_DOC) == {
        ("ket_nap", "value", "2024-Q1", "18"),
        ("ket_nap", "value", "2024-Q2", "27"),
        ("ket_nap", "value", "2024-H1", "45"),
        ("chuyen_chinh_thuc", "value", "2024-Q1", "20"),
        ("chuyen_chinh_thuc", "value", "2024-Q2", "16"),
        ("chuyen_chinh_thuc", "value", "2024-H1", "36"),
    }


def test_rows_that_reach_us_as_paragraphs_are_read_as_one_table() -> None:
    blocks = [
        "Bảng: kết quả",
        "Nội dung | Quý I | Quý II",
        "-----------",
        "Kết nạp đảng viên | 18 | 27",
        "Trong quý ...",
    ]
    grouped = group_table_blocks(blocks)
    assert grouped == [
        "Bảng: kết quả",
        "Nội dung | Quý I | Quý II\n-----------\nKết nạp đảng viên | 18 | 27",
        "Trong quý ...",
    ]
    assert is_table_block(grouped[1]) and not is_table_block("Trang chủ | Tin tức")


def test_a_plain_text_table_in_a_file_is_read_through_ingest(extract: Extract) -> None:
    text = (
        "ĐẢNG BỘ TỈNH HÀ GIANG\nHUYỆN ỦY BẮC MÊ\n\nBÁO CÁO\nsơ kết công tác 6 tháng đầu năm 2024\n\n"
        "1. Công tác đảng viên\n\n"
        "Sáu tháng đầu năm 2024, toàn Đảng bộ kết nạp 45 đảng viên.\n\n"
        "Bảng: Kết quả công tác đảng viên 6 tháng đầu năm 2024\n"
        "-------------------------------------------------\n"
        "Nội dung                      | Quý I | Quý II | 6 tháng\n"
        "-------------------------------------------------\n"
        "Kết nạp đảng viên             |  18   |   27   |   45\n"
        "Xét chuyển đảng chính thức    |  20   |   16   |   36\n"
        "-------------------------------------------------\n\n"
        "Trong 6 tháng, thi hành kỷ luật 2 đảng viên.\n"
    )
    got = table(extract(text, "bac-me.txt"))
    assert {
        ("ket_nap", "value", "2024-Q1", "18"),
        ("ket_nap", "value", "2024-Q2", "27"),
        ("ket_nap", "value", "2024-H1", "45"),
        ("chuyen_chinh_thuc", "value", "2024-Q1", "20"),
        ("chuyen_chinh_thuc", "value", "2024-Q2", "16"),
        ("chuyen_chinh_thuc", "value", "2024-H1", "36"),
        ("ky_luat", "value", "2024-H1", "2"),
    } <= got


def test_header_periods() -> None:
    assert header_period("Thực hiện 2022", 2023) == Period(2022)
    assert header_period("Năm 2022", 2023) == Period(2022)
    assert header_period("Cả năm", 2023) == Period(2023)
    assert header_period("Quý II (tính đến 20/6)", 2023) == Period(2023, "Q2")
    assert header_period("2023/2022", 2023) is None
    assert header_period("Doanh nghiệp thành lập sau 2015", 2023) is None  # a part, not a year
    assert header_period("Đơn vị", 2023) is None


@settings(max_examples=60, deadline=None)
@given(
    st.integers(min_value=2001, max_value=2040),
    st.lists(st.integers(min_value=0, max_value=99_999), min_size=4, max_size=4),
    st.sampled_from(["Thực hiện {y}", "Năm {y}", "{y}", "TH {y}"]),
)
def test_every_year_column_keeps_its_year(year: int, numbers: list[int], form: str) -> None:
    written = [vn_number(Decimal(n)) for n in numbers]
    text = (
        f"| Chỉ tiêu | {form.format(y=year - 1)} | {form.format(y=year)} | Tăng, giảm |\n"
        f"| Kết nạp đảng viên mới | {written[0]} | {written[1]} | {written[2]} |\n"
        f"| Tổng số đảng viên | {written[2]} | {written[3]} | {written[0]} |"
    )
    doc = DocContext("d", "Hà Giang", "khoi-co-quan", "", "", [Period(year)])
    assert _facts(text, doc) == {
        ("ket_nap", "value", str(year - 1), written[0]),
        ("ket_nap", "value", str(year), written[1]),
        ("tong_dang_vien", "value", str(year - 1), written[2]),
        ("tong_dang_vien", "value", str(year), written[3]),
    }


def test_a_column_of_plain_figures_is_the_whole_body_figure_of_the_report() -> None:
    # "Số lượng", "Thực hiện": no part of the body and no period of their own; remarks are read not.
    counts = (
        "Biểu 1. Tổ chức đảng, đảng viên (số liệu đến ngày 30/11/2024)\n\n"
        "| Nội dung | Số lượng | Ghi chú |\n"
        "| Tổ chức cơ sở đảng | 58 | 25 đảng bộ cơ sở, 33 chi bộ cơ sở |\n"
        "| Tổng số đảng viên | 3.764 | 1.512 |"
    )
    assert _facts(counts) == {
        ("to_chuc_co_so_dang", "value", "2024", "58"),
        ("tong_dang_vien", "value", "2024", "3.764"),
    }
    assert not [f for f in table_facts(counts, "", YEAR_DOC) if f.segment]  # "Ghi chú" is no part
    targets = "| Chỉ tiêu | Kế hoạch | Thực hiện | Tỷ lệ |\n| Kết nạp đảng viên mới | 150 | 158 | 105,3% |"
    assert ("ket_nap", "value", "2024", "158") in _facts(targets)
    assert ("ket_nap", "plan", "2024", "150") in _facts(targets)
