"""Relative years ("năm nay", "năm ngoái") read against the reports held."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from assistant.relative_periods import anchor_relative

_DOCS = [
    {"province": "Hà Nam", "body_key": "khoi-co-quan", "periods": ["2023-Q1", "2023-H1"]},
    {"province": "Nam Định", "body_key": "khoi-co-quan", "periods": ["2021"]},
]
_TODAY = date(2027, 5, 1)


def test_this_year_is_the_latest_report_year_of_the_named_province() -> None:
    q = "Quý 1 năm nay Đảng ủy Khối các cơ quan tỉnh Hà Nam kết nạp mấy đảng viên?"
    out, notes = anchor_relative(q, _DOCS, _TODAY)
    assert out == "Quý 1 năm 2023 Đảng ủy Khối các cơ quan tỉnh Hà Nam kết nạp mấy đảng viên?"
    assert len(notes) == 1 and "2023" in notes[0] and "«năm nay»" in notes[0]


def test_last_year_without_accents_counts_back_from_the_anchor() -> None:
    out, notes = anchor_relative("nam ngoai Nam Dinh ket nap bao nhieu dang vien", _DOCS, _TODAY)
    assert out.startswith("nam 2020 Nam Dinh")  # typed without accents, kept so
    assert notes and "2020" in notes[0]


def test_clock_year_with_reports_keeps_the_question() -> None:
    q = "6 tháng đầu năm nay Hà Nam kết nạp bao nhiêu đảng viên?"
    assert anchor_relative(q, _DOCS, date(2023, 9, 1)) == (q, [])


def test_a_comparison_within_a_report_is_not_a_period() -> None:
    q = "Hà Nam kết nạp tăng bao nhiêu so với cùng kỳ năm trước?"
    assert anchor_relative(q, _DOCS, _TODAY) == (q, [])


def test_no_report_of_the_named_province_keeps_the_question() -> None:
    q = "Năm nay Thái Bình kết nạp bao nhiêu đảng viên?"
    assert anchor_relative(q, _DOCS, _TODAY) == (q, [])


@given(st.integers(min_value=2000, max_value=2040))
def test_named_years_are_never_changed(year: int) -> None:
    q = f"Quý 2 năm {year} Hà Nam kết nạp bao nhiêu đảng viên?"
    assert anchor_relative(q, _DOCS, _TODAY) == (q, [])


def test_this_quarter_is_the_quarter_of_the_latest_report() -> None:
    q = "Quý này Đảng ủy Khối các cơ quan tỉnh Hà Nam kết nạp mấy đảng viên?"
    out, notes = anchor_relative(q, _DOCS, _TODAY)
    assert out.startswith("Quý 2 năm 2023 Đảng ủy Khối")  # the latest report is of 6 tháng 2023
    assert notes and "quý II/2023" in notes[0]


def test_last_quarter_without_accents_and_a_comparison_to_it() -> None:
    out, _ = anchor_relative("quy truoc Nam Dinh ket nap bao nhieu", _DOCS, _TODAY)
    assert out.startswith("quy 3 nam 2021 Nam Dinh")  # a year report ends in quý 4
    q = "Quý 1/2023 Hà Nam kết nạp tăng bao nhiêu so với quý trước?"
    assert anchor_relative(q, _DOCS, _TODAY) == (q, [])
