from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vectorstore.query import parse_question


@pytest.mark.parametrize(
    "question",
    [
        "Quý I/2022 Nghệ An kết nạp bao nhiêu đảng viên?",
        "quý 1/2022 Nghệ An kết nạp bao nhiêu đảng viên?",
        "Q1 2022 Nghệ An kết nạp bao nhiêu đảng viên?",
        "3 tháng đầu năm 2022 Nghệ An kết nạp bao nhiêu đảng viên?",
        "quy 1 nam 2022 nghe an ket nap bao nhieu dang vien",
    ],
)
def test_quarter_phrasings_give_one_period(question: str) -> None:
    intent = parse_question(question)
    assert intent.periods == ["2022-Q1"]
    assert intent.years == [2022]
    assert intent.provinces == ["Nghệ An"]
    assert intent.asks_number
    assert not intent.is_comparison


@pytest.mark.parametrize(
    "question",
    ["nửa đầu 2023 kết nạp", "6 tháng đầu năm 2023 kết nạp", "giữa năm 2023 có bao nhiêu đảng viên"],
)
def test_half_year_phrasings(question: str) -> None:
    assert parse_question(question).periods == ["2023-H1"]


def test_a_period_without_a_year_stays_open() -> None:
    intent = parse_question("6 tháng đầu năm Khối các cơ quan kết nạp bao nhiêu đảng viên?")
    assert intent.periods == [] and intent.years == []
    assert intent.open_periods == ["H1"]
    assert intent.names_period


def test_relative_years_use_today() -> None:
    intent = parse_question("Năm nay BTV ĐUK Nghệ An họp mấy lần?", today=date(2025, 3, 1))
    assert intent.periods == ["2025"]
    assert intent.body_keys == ["khoi"]
    assert "Ban Thường vụ" in intent.expanded


def test_folded_question_without_period_or_body() -> None:
    intent = parse_question("dak lak ket nap bao nhieu dang vien")
    assert intent.provinces == ["Đắk Lắk"]
    assert intent.periods == [] and intent.body_keys == []
    assert intent.asks_number
    assert "ket nap" in intent.search_text and "bao nhieu" not in intent.search_text


@pytest.mark.parametrize(
    ("question", "key"),
    [
        ("ĐU Khối DN tỉnh Nghệ An", "khoi-doanh-nghiep"),
        ("khoi cac co quan tinh thanh hoa", "khoi-co-quan"),
        ("ĐUK các cơ quan tỉnh Đắk Lắk", "khoi-co-quan"),
        ("Ủy viên BTV Tỉnh ủy, Bí thư ĐUK Doanh nghiệp tỉnh Gia Lai", "khoi-doanh-nghiep"),
        ("Tỉnh ủy Thái Bình", "tinh-uy"),
    ],
)
def test_bodies_are_detected_most_specific_first(question: str, key: str) -> None:
    assert parse_question(question).body_keys == [key]


def test_comparison_of_two_periods_has_one_side_per_period() -> None:
    intent = parse_question(
        "So sánh số đảng viên kết nạp năm 2022 và năm 2023 của Đảng ủy Khối các cơ quan tỉnh Nghệ An"
    )
    assert intent.is_comparison
    assert [s.periods for s in intent.sides] == [["2022"], ["2023"]]
    assert all(s.provinces == ["Nghệ An"] and s.body_keys == ["khoi-co-quan"] for s in intent.sides)
    assert all(not s.is_comparison for s in intent.sides)


def test_comparison_of_two_provinces() -> None:
    intent = parse_question("Thái Bình hay Gia Lai đông đảng viên hơn?")
    assert intent.is_comparison
    assert [s.provinces for s in intent.sides] == [["Thái Bình"], ["Gia Lai"]]


def test_sides_pair_values_in_the_order_they_are_written() -> None:
    intent = parse_question(
        "So sánh số đảng viên mới kết nạp trong quý I/2022 của Khối các cơ quan tỉnh Nghệ An "
        "với quý I/2024 của Khối các cơ quan tỉnh Thanh Hóa."
    )
    assert [(s.periods, s.provinces) for s in intent.sides] == [
        (["2022-Q1"], ["Nghệ An"]),
        (["2024-Q1"], ["Thanh Hóa"]),
    ]


def test_two_bodies_of_two_provinces() -> None:
    intent = parse_question(
        "6 tháng đầu năm 2024, ĐUK Doanh nghiệp tỉnh Hải Dương và ĐUK các cơ quan tỉnh Bình Dương "
        "mỗi nơi kết nạp bao nhiêu đảng viên?"
    )
    assert [(s.provinces, s.body_keys, s.periods) for s in intent.sides] == [
        (["Hải Dương"], ["khoi-doanh-nghiep"], ["2024-H1"]),
        (["Bình Dương"], ["khoi-co-quan"], ["2024-H1"]),
    ]


def test_nested_periods_of_one_report_are_not_a_comparison() -> None:
    intent = parse_question(
        "Quý II/2024 Khối các cơ quan Quảng Ninh kết nạp bao nhiêu, lũy kế 6 tháng là bao nhiêu?"
    )
    assert sorted(intent.periods) == ["2024-H1", "2024-Q2"]
    assert not intent.is_comparison


def test_a_span_of_periods_is_a_trend() -> None:
    intent = parse_question(
        "Số TCCS đảng của ĐUK các cơ quan Nghệ An thay đổi thế nào từ quý I/2022 đến cuối năm 2024?"
    )
    assert intent.is_comparison
    assert intent.period_range == ["2022-Q1", "2024"]
    assert "tổ chức cơ sở" in intent.search_text


def test_plans_name_the_period_they_are_for() -> None:
    intent = parse_question("Nhiệm vụ trọng tâm quý II/2022 của Đảng ủy Khối các cơ quan tỉnh Nghệ An là gì?")
    assert intent.next_periods == ["2022-Q2"] and intent.asks_plan
    results = parse_question("Quý II/2022 Khối các cơ quan Nghệ An đạt bao nhiêu % kế hoạch?")
    assert results.next_periods == [] and not results.asks_plan


def test_dates_and_bare_years() -> None:
    dated = parse_question(
        "Dịp 3/2/2024, Đảng ủy Khối các cơ quan tỉnh Thanh Hóa trao Huy hiệu Đảng cho bao nhiêu đồng chí?"
    )
    assert dated.periods == ["2024-M02"] and dated.years == [2024]
    bare = parse_question("Tổng số đảng viên của ĐUK DN Bạc Liêu tính đến năm 2020?")
    assert bare.periods == [] and bare.years == [2020]
    term = parse_question("Đại hội nhiệm kỳ 2020 - 2025 của Đảng bộ Khối")
    assert term.years == []


def test_report_numbers_and_document_type() -> None:
    intent = parse_question("Ai ký Báo cáo số 126-BC/ĐUK của Đảng ủy Khối các cơ quan tỉnh Đắk Lắk?")
    assert intent.doc_numbers == ["126-BC/ĐUK"]
    assert intent.doc_type == "bao-cao"
    assert not intent.names_period


def test_entities_leave_the_search_text_for_the_entity_text() -> None:
    intent = parse_question("Quý I/2022, Đảng ủy Khối các cơ quan tỉnh Nghệ An kết nạp bao nhiêu đảng viên?")
    assert "nghệ an" not in intent.search_text and "kết nạp" in intent.search_text
    assert "Nghệ An" in intent.entity_text and "quý I/2022" in intent.entity_text


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "quý I/2022",
                "Nghệ An",
                "và",
                "Thanh Hóa",
                "năm 2023",
                "6 tháng đầu năm",
                "ĐUK",
                "kết nạp",
                "so sánh",
                "?",
            ]
        ),
        max_size=8,
    )
)
def test_any_combination_parses_consistently(words: list[str]) -> None:
    intent = parse_question(" ".join(words), today=date(2025, 1, 1))
    assert set(intent.next_periods) <= set(intent.periods)
    if intent.is_comparison:
        assert len(intent.sides) >= 2
        for side in intent.sides:
            assert set(side.provinces) <= set(intent.provinces)
            assert set(side.periods) <= set(intent.periods)
    else:
        assert intent.sides == []


@pytest.mark.parametrize(
    ("question", "number"),
    [
        ("ai ky bao cao so 117-BC/DUK", "117-BC/DUK"),
        ("Báo cáo số 117-BC/ĐUK do ai ký?", "117-BC/ĐUK"),
        ("so 205 bc duk gui nhung noi nao", "205-BC/DUK"),
        ("văn bản số 205 BC ĐUK", "205-BC/DUK"),
        ("báo cáo 117 bc/đuk", "117-BC/DUK"),
        ("Kế hoạch 08.KH/BTGTU", "08-KH/BTGTU"),
    ],
)
def test_document_numbers_typed_loosely(question: str, number: str) -> None:
    from vectorstore.doctable import number_keys

    intent = parse_question(question)
    assert len(intent.doc_numbers) == 1
    assert number_keys(intent.doc_numbers[0]) == number_keys(number)
    assert intent.body_keys == []  # "đuk" inside a number names no body


@pytest.mark.parametrize(
    "question", ["đạt 105% KH năm 2023", "kết nạp 47 kh", "so voi 2022 tang 5 bc", "quý 2 năm 2023 bao nhiêu"]
)
def test_numbers_and_codes_that_are_no_document_number(question: str) -> None:
    assert parse_question(question).doc_numbers == []


def test_document_number_keys_ignore_case_marks_separators_and_leading_zeros() -> None:
    from vectorstore.doctable import number_keys

    assert number_keys("117-BC/ĐUK") == number_keys("117 bc duk") == ("117BCDUK", "117BC")
    assert number_keys("08-KH/BTGTU") == number_keys("8-KH/BTGTU")
    assert number_keys("123/BC-UBND")[0] == "123BCUBND"
    assert number_keys("không số") == ()


def test_results_of_tasks_are_not_a_plan_question() -> None:
    results = parse_question("Kết quả thực hiện nhiệm vụ trọng tâm quý II/2024 của Khối các cơ quan Nghệ An?")
    assert not results.asks_plan and results.next_periods == []
    plan = parse_question("Nhiệm vụ trọng tâm quý II/2024 của Khối các cơ quan Nghệ An?")
    assert plan.asks_plan and plan.next_periods == ["2024-Q2"]
    assert "nhiệm vụ trọng tâm" not in plan.search_text  # the plan flag of chunks matches it


@pytest.mark.parametrize(
    ("question", "theme"),
    [
        ("Chủ đề công tác năm của ĐUK các cơ quan Nghệ An là gì?", True),
        ("chu de nam 2023 cua dang uy khoi", True),
        ("Chủ đề hội thi tìm hiểu lịch sử Đảng là gì?", False),
    ],
)
def test_theme_questions(question: str, theme: bool) -> None:
    assert parse_question(question).asks_theme is theme


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # Places written together share every period: each place is asked of each period.
        (
            "Năm 2024 Đảng ủy Khối Doanh nghiệp tỉnh Hà Nam và Thái Bình mỗi nơi kết nạp bao nhiêu "
            "đảng viên, và năm 2025 đặt chỉ tiêu bao nhiêu?",
            [
                (["Hà Nam"], ["2024"]),
                (["Hà Nam"], ["2025"]),
                (["Thái Bình"], ["2024"]),
                (["Thái Bình"], ["2025"]),
            ],
        ),
        # Places and periods written in turn: each period goes with its place.
        (
            "Hà Nam năm 2023 và Thái Bình năm 2024 kết nạp bao nhiêu đảng viên?",
            [(["Hà Nam"], ["2023"]), (["Thái Bình"], ["2024"])],
        ),
        (
            "Năm 2023 Hà Nam và năm 2024 Thái Bình kết nạp bao nhiêu đảng viên?",
            [(["Hà Nam"], ["2023"]), (["Thái Bình"], ["2024"])],
        ),
    ],
)
def test_periods_pair_with_places_only_when_written_in_turn(
    question: str, expected: list[tuple[list[str], list[str]]]
) -> None:
    intent = parse_question(question)
    assert [(s.provinces, s.periods) for s in intent.sides] == expected
