"""Reporting periods: the Period value and the recogniser (accented, old tones, folded)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ingest.period_model import Period, quarter_number, sort_keys
from ingest.periods import detect_report_periods, find_period_phrases, find_periods
from ingest.text import fold


def keys(text: str, default_year: int | None = None) -> list[str]:
    return [m.key for m in find_periods(text, default_year)]


# --- Period -----------------------------------------------------------------------------


def test_keys_and_months() -> None:
    assert Period(2022, "Q1").key == "2022-Q1"
    assert Period(2023).key == "2023"
    assert Period.month(2023, 3).key == "2023-M03"
    assert Period(2023, "H2").months() == (7, 12)
    assert Period(2023, "9M").months() == (1, 9)
    assert Period(2024, "Q1").end_date().isoformat() == "2024-03-31"
    assert Period(2024, "M02").end_date().isoformat() == "2024-02-29"


@pytest.mark.parametrize("bad", ["2023-Q5", "23-Q1", "2023-H3", "2023-M13", "2023Q1", "năm 2023", ""])
def test_parse_key_rejects(bad: str) -> None:
    with pytest.raises(ValueError):
        Period.parse_key(bad)


def test_invalid_kind_rejected() -> None:
    with pytest.raises(ValueError):
        Period(2023, "Q9")


@pytest.mark.parametrize(
    ("key", "previous"),
    [
        ("2023-Q1", "2022-Q4"),
        ("2023-Q3", "2023-Q2"),
        ("2023-H1", "2022-H2"),
        ("2023-H2", "2023-H1"),
        ("2023", "2022"),
        ("2023-9M", "2022-9M"),
        ("2023-M01", "2022-M12"),
    ],
)
def test_previous(key: str, previous: str) -> None:
    assert Period.parse_key(key).previous().key == previous


def test_contains_and_same_period_last_year() -> None:
    year = Period(2023)
    assert year.contains(Period(2023, "Q4"))
    assert Period(2023, "H1").contains(Period(2023, "Q2"))
    assert not Period(2023, "H1").contains(Period(2023, "Q3"))
    assert Period(2023, "9M").contains(Period(2023, "Q3"))
    assert not year.contains(Period(2022, "Q4"))
    assert Period(2023, "Q2").same_period_last_year() == Period(2022, "Q2")


def test_quarter_numbers_and_sorting() -> None:
    assert [quarter_number(t) for t in ("I", "ii", "III", "iv", "3")] == [1, 2, 3, 4, 3]
    assert sort_keys(["2023", "2023-Q2", "2022-H2", "2023-Q1", "2023-Q1"]) == [
        "2022-H2",
        "2023",
        "2023-Q1",
        "2023-Q2",
    ]


# --- recogniser: forms ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "key"),
    [
        ("quý I/2021", "2021-Q1"),
        ("quý 1/2022", "2022-Q1"),
        ("Quý IV năm 2021", "2021-Q4"),
        ("quý II, năm 2023", "2023-Q2"),
        ("QUÝ III/2023", "2023-Q3"),
        ("Q1 2022", "2022-Q1"),
        ("Q3/2022", "2022-Q3"),
        ("3 tháng đầu năm 2022", "2022-Q1"),
        ("6 tháng đầu năm 2023", "2023-H1"),
        ("sáu tháng đầu năm 2023", "2023-H1"),
        ("nửa đầu năm 2023", "2023-H1"),
        ("nửa đầu 2023", "2023-H1"),
        ("6 tháng cuối năm 2023", "2023-H2"),
        ("nửa cuối năm 2021", "2021-H2"),
        ("9 tháng 2024", "2024-9M"),
        ("9 tháng đầu năm 2023", "2023-9M"),
        ("9 tháng năm 2023", "2023-9M"),
        ("năm 2023", "2023"),
        ("cả năm 2022", "2022"),
        ("cuối năm 2022", "2022"),
        ("giữa năm 2023", "2023-H1"),
        ("tháng 3/2023", "2023-M03"),
        ("tháng 11 năm 2022", "2022-M11"),
        # folded, as staff type questions
        ("quy 1 nam 2022", "2022-Q1"),
        ("quy iii/2023", "2023-Q3"),
        ("6 thang dau nam 2023", "2023-H1"),
        ("nua dau 2023", "2023-H1"),
        ("9 thang nam 2023", "2023-9M"),
        ("ca nam 2022", "2022"),
    ],
)
def test_forms(phrase: str, key: str) -> None:
    assert keys(phrase) == [key]
    assert keys(f"Báo cáo {phrase} của Đảng ủy Khối.") == [key]


@pytest.mark.parametrize(
    "text",
    [
        "Đại hội Đảng bộ Khối nhiệm kỳ 2020-2025",
        "nhiệm kỳ 2020 - 2025",
        "kỷ niệm 92 năm Ngày thành lập Đảng (3/2/1930 - 3/2/2022)",
        "trao Huy hiệu 30 năm tuổi Đảng",
        "phát triển tỉnh đến năm 2030, tầm nhìn đến năm 2045",
        "khen thưởng 5 năm liền (từ năm 2017 – 2021)",
        "Buôn Ma Thuột, ngày 21 tháng 6 năm 2023",
        "quy hoạch tỉnh thời kỳ 2021 - 2030",
        "ủng hộ Quỹ I năm học",
        "Quỹ 1 hỗ trợ",
        "Báo Việt Nam 2023",
        "Trong vòng 6 tháng kể từ ngày ký",
        "sinh hoạt định kỳ 6 tháng/lần",
        "cháu bé 9 tháng tuổi",
        "ngày 9 tháng 5 năm 2024",
    ],
)
def test_not_periods(text: str) -> None:
    assert keys(text, default_year=2024) == []


def test_spans_point_into_the_text() -> None:
    text = "Ngày 5/4, Đảng uỷ Khối sơ kết công tác quý I, triển khai nhiệm vụ quý II/2022."
    for mention in find_periods(text):
        assert text[mention.start : mention.end] == mention.text
    assert [m.text for m in find_periods(text)] == ["quý I", "quý II/2022"]


def test_old_tone_placement_and_decomposed_input() -> None:
    import unicodedata

    text = "Đảng uỷ Khối tổng kết công tác năm 2021, triển khai nhiệm vụ năm 2022"
    assert keys(unicodedata.normalize("NFD", text)) == ["2021", "2022"]


# --- recogniser: years and roles --------------------------------------------------------


def test_year_chained_within_the_sentence() -> None:
    found = find_periods("Hội nghị sơ kết quý I, triển khai nhiệm vụ quý II/2022.")
    assert [(m.key, m.role, m.explicit_year) for m in found] == [
        ("2022-Q1", "report", False),
        ("2022-Q2", "next", True),
    ]


def test_last_quarter_belongs_to_the_year_before_the_next_quarter() -> None:
    assert keys("sơ kết công tác quý IV, triển khai nhiệm vụ quý I/2023") == ["2022-Q4", "2023-Q1"]
    assert keys("tổng kết 6 tháng cuối năm, triển khai 6 tháng đầu năm 2024") == ["2023-H2", "2024-H1"]


def test_year_target_does_not_shift_the_year() -> None:
    text = "Trong 6 tháng đầu năm, kết nạp 117 đảng viên, đạt 48,75% chỉ tiêu năm 2023."
    assert keys(text) == ["2023-H1", "2023"]


def test_year_from_default_then_nearest() -> None:
    assert keys("Trong quý III, các cấp ủy đã kiểm tra 21 cuộc.", default_year=2023) == ["2023-Q3"]
    text = "Năm 2021 là năm đầu nhiệm kỳ. Trong quý III, các cấp ủy đã kiểm tra 21 cuộc."
    assert keys(text) == ["2021", "2021-Q3"]
    assert keys("Trong quý III, các cấp ủy đã kiểm tra 21 cuộc.") == []


def test_relative_years_need_a_default() -> None:
    assert keys("kết quả quý 1 năm nay", default_year=2024) == ["2024-Q1"]
    assert keys("so với 6 tháng đầu năm ngoái", default_year=2024) == ["2023-H1"]
    assert keys("kết quả quý 1 năm nay") == []
    phrases = find_period_phrases("quý 1 năm nay")
    assert [(p.kind, p.year, p.relative) for p in phrases] == [("Q1", None, 0)]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Hội nghị tổng kết công tác năm 2022", "report"),
        ("Báo cáo kết quả 6 tháng đầu năm 2023", "report"),
        ("giao ban công tác quý II/2024", "report"),
        ("phương hướng, nhiệm vụ năm 2023", "next"),
        ("triển khai nhiệm vụ trọng tâm quý IV/2023", "next"),
        ("phấn đấu hoàn thành chỉ tiêu năm 2024", "next"),
        ("Kết quả thực hiện nhiệm vụ năm 2022", "report"),
        ("Trong quý III, các cấp ủy", "report"),
        ("Năm 2022, toàn Đảng bộ kết nạp 311 đảng viên", "other"),
    ],
)
def test_roles(text: str, role: str) -> None:
    assert [m.role for m in find_periods(text, default_year=2023)] == [role]


def test_joined_mention_shares_the_role() -> None:
    text = "họp đánh giá công tác quý II và 6 tháng đầu năm, triển khai nhiệm vụ quý III/2024"
    assert [(m.key, m.role) for m in find_periods(text)] == [
        ("2024-Q2", "report"),
        ("2024-H1", "report"),
        ("2024-Q3", "next"),
    ]


def test_weak_cue_only_right_before() -> None:
    text = "Các cấp ủy tổ chức học tập trong giai đoạn mới và Chuyên đề năm 2024 cho đảng viên"
    assert [m.role for m in find_periods(text)] == ["other"]


# --- detect_report_periods --------------------------------------------------------------

NEWS_Q3 = """Đảng ủy Khối Doanh nghiệp tỉnh triển khai nhiệm vụ quý IV/2023

Ngày 9/10, Đảng ủy Khối Doanh nghiệp tỉnh Hà Tĩnh tổ chức hội nghị sơ kết công tác quý III, \
triển khai nhiệm vụ quý IV/2023. Đồng chí Lê Văn An chủ trì hội nghị.

Theo báo cáo, 9 tháng năm 2023, các doanh nghiệp trong Khối đạt tổng doanh thu 5.120 tỷ đồng, \
tăng 4,2% so với cùng kỳ; nộp ngân sách 610 tỷ đồng; kết nạp 88 đảng viên mới.

Đồng chí Lê Văn An đề nghị chuẩn bị tổng kết năm 2023, xây dựng chương trình công tác năm 2024."""


def test_quarter_report_with_cumulative_figures() -> None:
    periods, mentioned = detect_report_periods(
        NEWS_Q3, "Đảng ủy Khối Doanh nghiệp tỉnh triển khai nhiệm vụ quý IV/2023"
    )
    assert periods == ["2023-9M", "2023-Q3"]
    assert {"2023-Q4", "2024"} <= set(mentioned)


def test_year_end_report_and_next_year_in_mentioned() -> None:
    text = (
        "Sáng 27/12, Đảng ủy Khối các cơ quan tỉnh tổ chức hội nghị tổng kết công tác xây dựng "
        "Đảng năm 2022, triển khai nhiệm vụ năm 2023.\n\nNăm 2023, phấn đấu kết nạp 200 đảng viên."
    )
    periods, mentioned = detect_report_periods(text, "Tổng kết công tác xây dựng Đảng năm 2022")
    assert periods == ["2022"]
    assert mentioned == ["2022", "2023"]


def test_title_without_year_takes_it_from_the_text() -> None:
    title = "Đảng bộ Khối Doanh nghiệp tỉnh kết nạp 71 đảng viên trong 6 tháng đầu năm"
    text = "Chiều 10/7, hội nghị sơ kết 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2024."
    assert detect_report_periods(text, title)[0] == ["2024-H1"]


def test_no_period_named() -> None:
    assert detect_report_periods("Hội nghị Ban Chấp hành lần thứ 8 đã diễn ra.", "Hội nghị") == ([], [])


# --- properties -------------------------------------------------------------------------

_KINDS = st.sampled_from(
    ["Y", "Q1", "Q2", "Q3", "Q4", "H1", "H2", "9M", *[f"M{m:02d}" for m in range(1, 13)]]
)
_PERIODS = st.builds(Period, st.integers(2000, 2099), _KINDS)


@given(_PERIODS)
def test_key_round_trip(period: Period) -> None:
    assert Period.parse_key(period.key) == period


@given(_PERIODS)
def test_next_and_previous_are_inverse(period: Period) -> None:
    assert period.next().previous() == period
    assert period.previous().next() == period
    assert period.previous().sort_key() < period.sort_key()


@given(_PERIODS)
def test_label_is_recognised_back(period: Period) -> None:
    assert keys(period.label()) == [period.key]
    assert keys(fold(period.label())) == [period.key]


@given(_PERIODS)
def test_year_contains_every_period_of_it(period: Period) -> None:
    assert Period(period.year).contains(period)
    assert period.contains(period)


_ROMAN = ["I", "II", "III", "IV"]


@given(st.integers(2000, 2099), st.integers(1, 4), st.integers(0, 5))
def test_quarter_phrases_parse_back(year: int, quarter: int, form: int) -> None:
    phrase = [
        f"quý {_ROMAN[quarter - 1]}/{year}",
        f"quý {quarter}/{year}",
        f"Quý {_ROMAN[quarter - 1]} năm {year}",
        f"Q{quarter} {year}",
        f"quy {quarter} nam {year}",
        f"QUÝ {_ROMAN[quarter - 1]}, NĂM {year}",
    ][form]
    assert keys(f"Kết quả {phrase} của Đảng bộ") == [f"{year}-Q{quarter}"]
