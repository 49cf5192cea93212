"""Number, date and period normalisation used to verify answers."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from assistant.numbers import (
    derived_from,
    extract_figures,
    format_date,
    format_period,
    is_supported,
    normalize_number,
    number_readings,
    same_number,
    support_keys,
)


def _group(value: int, sep: str) -> str:
    return f"{value:,}".replace(",", sep)


def supported(answer: str, source: str) -> bool:
    figures = extract_figures(answer)
    assert figures, f"no figure found in {answer!r}"
    keys = support_keys(source)
    return all(is_supported(f, keys) for f in figures)


@given(st.integers(min_value=0, max_value=10**12))
def test_grouped_integers_normalise_to_one_value(value: int) -> None:
    spellings = [str(value), _group(value, "."), _group(value, " "), _group(value, "\u00a0")]
    assert {normalize_number(s) for s in spellings} == {Decimal(value)}
    for spelling in spellings:
        assert same_number(spelling, str(value))
        assert supported(f"có {spelling} người", f"tổng số {_group(value, '.')} người")


@given(st.integers(min_value=0, max_value=10**6), st.integers(min_value=1, max_value=99))
def test_vietnamese_and_english_decimals_agree(whole: int, fraction: int) -> None:
    vi = f"{_group(whole, '.')},{fraction:02d}"
    en = f"{_group(whole, ',')}.{fraction:02d}"
    expected = Decimal(f"{whole}.{fraction:02d}")
    assert expected in number_readings(vi) and expected in number_readings(en)
    assert supported(f"đạt {vi}%", f"đạt {en} %")


def test_ambiguous_separator_keeps_both_readings() -> None:
    assert number_readings("5.016") == {Decimal(5016), Decimal("5.016")}
    assert number_readings("96,4") == {Decimal("96.4")}
    assert number_readings("1.234.567") == {Decimal(1234567)}
    assert number_readings("1.234,5") == {Decimal("1234.5")}
    assert normalize_number("5.016") == Decimal(5016)  # Vietnamese reading first
    assert normalize_number("0") == Decimal(0)


@pytest.mark.parametrize(
    ("answer", "source"),
    [
        ("5.016 đảng viên", "có 5016 đảng viên"),
        ("5 016 đảng viên", "có 5.016 đảng viên"),
        ("96,4%", "đạt 96.4%"),
        ("12,4 tỷ đồng", "thu 12,4 tỷ đồng"),
        ("12,4 tỷ đồng", "thu 12.400.000.000 đồng"),
        ("12.400 triệu đồng", "thu 12,4 tỷ đồng"),
        ("ngày 5/4/2022", "ngày 05/04/2022"),
        ("ngày 05/04/2022", "ngày 5 tháng 4 năm 2022"),
        ("ngày 5 tháng 4", "ký ngày 05/04/2022"),
        ("ngày 5/4", "2022-04-05"),
        ("tháng 4/2022", "ngày 05/04/2022"),
        ("năm 2022", "ngày 05/04/2022"),
        ("quý II/2022", "Quý 2 năm 2022"),
        ("quý II/2022", "trong quý II, ... kế hoạch năm 2022"),
        ("quý 3/2023", "quý III/2023"),
        ("107,27%", "đạt 107,27 % chỉ tiêu"),
        ("ngày 28/12/2022", "Chiều 28/12, hội nghị tổng kết năm 2022"),
    ],
)
def test_equivalent_spellings_are_supported(answer: str, source: str) -> None:
    assert supported(answer, source)


@pytest.mark.parametrize(
    ("answer", "source"),
    [
        ("5.106 đảng viên", "có 5.016 đảng viên"),
        ("96,5%", "đạt 96,4%"),
        ("12,4 tỷ đồng", "thu 12,4 triệu đồng"),
        ("ngày 5/4/2023", "ngày 05/04/2022"),
        ("ngày 4/5", "ngày 05/04/2022"),
        ("quý II/2022", "quý I/2022"),
        ("quý II", "6 tháng đầu năm"),
        ("47", "kết nạp 470 đảng viên"),
    ],
)
def test_different_figures_are_not_supported(answer: str, source: str) -> None:
    assert not supported(answer, source)


def test_figures_are_found_whole_and_in_order() -> None:
    text = "Ngày 3/2/2022, có 7.846 đảng viên (96,4%), giai đoạn 2020-2025, Kết luận 21-KL/TW."
    assert [f.text for f in extract_figures(text)] == [
        "3/2/2022",
        "7.846",
        "96,4",
        "2020",
        "2025",
        "21",
    ]
    assert [f.kind for f in extract_figures("quý II/2022 và tháng 4 năm 2023")] == [
        "period",
        "month",
    ]


def test_numbers_glued_to_words_and_list_labels_are_not_figures() -> None:
    assert extract_figures("F0, H5N1") == []
    assert [f.text for f in extract_figures("1. Nhiệm vụ: (1) học tập; (2) kết nạp 15")] == ["15"]


def test_differences_and_sums_of_the_same_sentence_are_derived() -> None:
    figures = extract_figures("tăng từ 5.637 lên 5.904, tức tăng 267; tổng 11.541; sai 300")
    by_text = {f.text: f for f in figures}
    assert derived_from(by_text["267"], figures)
    assert derived_from(by_text["11.541"], figures)
    assert not derived_from(by_text["300"], figures)


def test_format_helpers() -> None:
    assert format_period("2022-Q1") == "quý I/2022"
    assert format_period("2023-H1") == "6 tháng đầu năm 2023"
    assert format_period("2024") == "năm 2024"
    assert format_period("khác") == "khác"
    assert format_date("2022-04-05") == "05/04/2022"
    assert format_date("") == ""
    assert supported(format_period("2022-Q4"), "quý IV năm 2022")
