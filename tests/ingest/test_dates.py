"""Date lines of Vietnamese news and reports, event days, year resolution."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ingest.dates import (
    classify_line,
    find_dates,
    find_event_dates,
    find_published_date,
    nearest_year,
    parse_iso,
    to_date,
)


@pytest.mark.parametrize(
    ("line", "iso", "kind"),
    [
        ("Thứ bảy 10/04/2021 19:55", "2021-04-10", "stamp"),
        ("Chủ nhật,  17/01/2021", "2021-01-17", "line"),
        ("Thứ Năm, 28/12/2023 | 17:00", "2023-12-28", "stamp"),
        ("- Thứ Tư, 15/03/2023, 19:32 - Chia sẻ", "2023-03-15", "stamp"),
        ("Cập nhật 08:30 | 15/01/2022", "2022-01-15", "stamp"),
        ("Cập nhật: 10:15 ngày 05/10/2023", "2023-10-05", "stamp"),
        ("Thứ Tư, 12/07/2023 - 14:05", "2023-07-12", "stamp"),
        ("Thứ Hai, 09/09/2024 07:15 (GMT+7)", "2024-09-09", "stamp"),
        ("18/11/2022 - 20:15", "2022-11-18", "stamp"),
        ("02/03/2021 10:32  ·  Bình luận  ·  Chia sẻ", "2021-03-02", "stamp"),
        ("ngày 25 tháng 6 năm 2023", "2023-06-25", "line"),
        ("Thứ Sáu, ngày 3 tháng 11 năm 2023", "2023-11-03", "line"),
        ("Buôn Ma Thuột, ngày 21 tháng 6 năm 2023", "2023-06-21", "formal"),
        ("*Vinh, ngày 05 tháng 01 năm 2024*", "2024-01-05", "formal"),
        ("Hôm nay: 15/07/2022", "2022-07-15", "today"),
        ("THU BAY 10/04/2021 19:55", "2021-04-10", "stamp"),
    ],
)
def test_date_lines(line: str, iso: str, kind: str) -> None:
    found = classify_line(line)
    assert found is not None
    assert found.kind == kind
    assert found.mention.iso() == iso


def test_formal_line_keeps_the_place() -> None:
    found = classify_line("Thủ Dầu Một, ngày 28 tháng 6 năm 2022")
    assert found is not None and found.place == "Thủ Dầu Một"


@pytest.mark.parametrize(
    "line",
    [
        "Tính đến ngày 30/11/2024, Đảng bộ Khối có 109 TCCS đảng với 7.593 đảng viên.",
        "Trần Văn T. 10/04/2024 09:41",
        "Ngọc Anh 10/04/2024 11:02",
        "Hội nghị giữa nhiệm kỳ Đảng bộ Khối (08/06/2022)",
        "31/02/2023",
        "Ngày 31/2",
        "Thứ Tư, 30/02/2023 - 14:05",
        "hoàn thành 6/6 nhiệm vụ",
        "",
    ],
)
def test_not_date_lines(line: str) -> None:
    assert classify_line(line) is None


def test_day_without_year() -> None:
    found = classify_line("Ngày 11/7")
    assert found is not None and found.kind == "partial"
    assert found.mention.year is None
    assert found.mention.iso() == ""
    assert found.mention.iso(2024) == "2024-07-11"
    assert find_published_date("Ngày 11/7", default_year=2023) == "2023-07-11"


def test_published_date_prefers_the_article_stamp() -> None:
    page = [
        "Thứ Năm, 13/07/2023",  # the site's "today" bar
        "Xây dựng Đảng",
        "Đảng ủy Khối Doanh nghiệp tỉnh sơ kết 6 tháng đầu năm",
        "Thứ Tư, 12/07/2023 - 14:05",
        "Sáng 12/7, Đảng ủy Khối Doanh nghiệp tỉnh tổ chức hội nghị sơ kết.",
        "Nguyễn Văn B. 14/07/2023 08:00",
    ]
    assert find_published_date(page) == "2023-07-12"
    assert find_published_date("\n".join(page)) == "2023-07-12"


def test_formal_line_beats_everything() -> None:
    lines = [
        "ĐẢNG BỘ TỈNH HÀ TĨNH",
        "Số 45-BC/ĐUK",
        "Hà Tĩnh, ngày 20 tháng 12 năm 2022",
        "Cập nhật 08:30 | 15/01/2023",
    ]
    assert find_published_date(lines) == "2022-12-20"


def test_no_date() -> None:
    assert find_published_date("Đảng ủy Khối các cơ quan tỉnh\nHội nghị sơ kết") == ""
    assert find_published_date([]) == ""


def test_find_dates_forms_and_spans() -> None:
    text = "Kết luận số 01-KL/TW ngày 18/5/2021, Đề án ngày 30.3.2021 và ngày 7 tháng 5 năm 2024; 2022-07-15."
    found = find_dates(text)
    assert [d.iso() for d in found] == ["2021-05-18", "2021-03-30", "2024-05-07", "2022-07-15"]
    for d in found:
        assert text[d.start : d.end] == d.text


def test_event_dates_take_the_nearest_year() -> None:
    text = "LSO-Chiều nay (28/12), Đảng ủy Khối tổ chức hội nghị; sáng 5/1 họp tiếp."
    found = find_event_dates(text, anchor=date(2021, 1, 17))
    assert [d.iso() for d in found] == ["2020-12-28", "2021-01-05"]
    assert [d.iso() for d in find_event_dates("Ngày 9/4, hội nghị", year=2021)] == ["2021-04-09"]
    assert find_event_dates("hoàn thành 6/6 nhiệm vụ", year=2021) == []


def test_parse_iso() -> None:
    assert parse_iso("2022-07-15T10:32:00+07:00") == date(2022, 7, 15)
    assert parse_iso("15/07/2022") == date(2022, 7, 15)
    assert parse_iso("2022-02-30") is None
    assert parse_iso("") is None


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 31)), st.integers(-150, 150))
def test_nearest_year_lands_near_the_anchor(anchor: date, offset: int) -> None:
    day = anchor + timedelta(days=offset)
    year = nearest_year(day.day, day.month, anchor)
    assert year is not None
    resolved = to_date(day.day, day.month, year)
    assert resolved is not None and abs((resolved - anchor).days) <= 183
    if not (day.month == 2 and day.day == 29):
        assert resolved == day


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 31)))
def test_numeric_date_lines_round_trip(day: date) -> None:
    line = f"Thứ Hai, {day.day:02d}/{day.month:02d}/{day.year} | 08:00"
    assert find_published_date([line]) == day.isoformat()
    assert (
        find_published_date([f"Hà Nội, ngày {day.day} tháng {day.month} năm {day.year}"]) == day.isoformat()
    )
