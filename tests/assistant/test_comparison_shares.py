"""Comparisons that ask for a percentage (a rate, a share of the estimate) and sides whose figure
comes from a news article that also gives the whole term's figures."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from assistant import Assistant
from assistant.comparison_shares import asks_rate, asks_share
from assistant.comparisons import answer_from_facts
from assistant.config import Settings

REPORTS = {
    "bac-kan-q2-2025.txt": (
        "Đảng ủy Khối các cơ quan tỉnh Bắc Kạn sơ kết công tác quý II/2025",
        "Quý II/2025, các cấp ủy đã tổ chức học tập, quán triệt nghị quyết của Trung ương cho 2.340 đảng "
        "viên, đạt 96,1%. Toàn Đảng bộ kết nạp 33 đảng viên, đạt 21,4% kế hoạch năm. Đảng bộ Khối có 52 tổ "
        "chức cơ sở đảng.",
    ),
    "bac-kan-q2-2024.txt": (
        "Đảng ủy Khối các cơ quan tỉnh Bắc Kạn sơ kết công tác quý II/2024",
        "Quý II/2024, các cấp ủy đã tổ chức học tập, quán triệt nghị quyết của Trung ương cho 2.210 đảng "
        "viên, đạt 94,6%.",
    ),
    "lai-chau-q2-2025.txt": (
        "Đảng ủy Khối các cơ quan tỉnh Lai Châu sơ kết công tác quý II/2025",
        "Quý II/2025, các cấp ủy tổ chức học tập, quán triệt nghị quyết của Trung ương cho 1.870 đảng "
        "viên, đạt 93,4%. Toàn Đảng bộ kết nạp 27 đảng viên. Đảng bộ Khối có 44 tổ chức cơ sở đảng.",
    ),
    "thanh-uy-bac-kan-2024.txt": (
        "Thành ủy Bắc Kạn tổng kết công tác năm 2024",
        "Năm 2024, kinh tế thành phố tăng trưởng khá; tổng thu ngân sách nhà nước trên địa bàn đạt "
        "1.520 tỷ đồng, bằng 108,2% dự toán tỉnh giao.",
    ),
    "thanh-uy-bac-kan-h1-2025.txt": (
        "Thành ủy Bắc Kạn sơ kết 6 tháng đầu năm 2025",
        "Sáu tháng đầu năm 2025, tổng thu ngân sách nhà nước trên địa bàn đạt 812 tỷ đồng, "
        "bằng 51,7% dự toán.",
    ),
    "bac-kan-2024.txt": (
        "Đảng ủy Khối các cơ quan tỉnh Bắc Kạn tổng kết công tác năm 2024",
        "Năm 2024, toàn Đảng bộ kết nạp 141 đảng viên, đạt 102,2% kế hoạch năm.",
    ),
    # A news article on a term-end conference: the term's figures come first, the year's after.
    "tin-lai-chau-tong-ket.txt": (
        "Đảng bộ Khối các cơ quan tỉnh Lai Châu tổng kết nhiệm kỳ",
        "Ngày 15/1/2025, Đảng ủy Khối các cơ quan tỉnh Lai Châu tổ chức hội nghị tổng kết công tác năm 2024."
        "\n\nQua 5 năm thực hiện nghị quyết đại hội, Đảng bộ Khối hoàn thành các chỉ tiêu chủ yếu: "
        "cả nhiệm kỳ kết nạp 610 đảng viên, đạt 101,7% chỉ tiêu.\n\n"
        "Riêng năm 2024, toàn Đảng bộ kết nạp 118 đảng viên, đạt 98,3% kế hoạch.",
    ),
}


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Assistant]:
    root = tmp_path_factory.mktemp("shares")
    for name, (title, body) in REPORTS.items():
        (root / name).write_text(f"{title}\n\n{body}\n", encoding="utf-8")
    settings = Settings.load({"data_dir": root / "data", "embedder": "hashing"}, environ={})
    with Assistant.open(settings=settings) as opened:
        opened.ingest([root / name for name in REPORTS])
        yield opened


def test_a_rate_question_shows_and_compares_the_rates(bot: Assistant) -> None:
    q = "ti le dang vien hoc tap nghi quyet quy 2 2025 o khoi co quan Bac Kan va Lai Chau"
    answer = answer_from_facts(q, None, bot)
    assert answer is not None
    assert "- Bắc Kạn (Đảng ủy Khối các cơ quan tỉnh): 2.340 đảng viên, đạt 96,1% [1]" in answer.text
    assert "- Lai Châu (Đảng ủy Khối các cơ quan tỉnh): 1.870 đảng viên, đạt 93,4% [2]" in answer.text
    assert "Bắc Kạn cao hơn Lai Châu 2,7 điểm phần trăm (96,1% so với 93,4%)." in answer.text
    assert "96,1%" in answer.citations[0].passage and "93,4%" in answer.citations[1].passage


def test_a_count_question_does_not_show_the_rates(bot: Assistant) -> None:
    q = "So sánh số đảng viên học tập nghị quyết quý II/2025 của Bắc Kạn và Lai Châu"
    answer = answer_from_facts(q, None, bot)
    assert answer is not None and "%" not in answer.text
    assert "Bắc Kạn nhiều hơn Lai Châu 470 đảng viên (2.340 so với 1.870)." in answer.text


def test_shares_of_the_estimate_keep_the_reports_words(bot: Assistant) -> None:
    q = "Thu ngân sách Thành ủy Bắc Kạn: cả năm 2024 và 6 tháng đầu năm 2025 đạt bao nhiêu % dự toán?"
    answer = answer_from_facts(q, None, bot)
    assert answer is not None
    assert "- Năm 2024: 1.520 tỷ đồng, bằng 108,2% dự toán tỉnh giao [1]" in answer.text
    assert "- 6 tháng đầu năm 2025: 812 tỷ đồng, bằng 51,7% dự toán [2]" in answer.text


def test_a_side_without_its_percentage_is_still_compared_by_count(bot: Assistant) -> None:
    q = "So sánh tỷ lệ kết nạp đảng viên quý II/2025 so với kế hoạch của Bắc Kạn và Lai Châu"
    answer = answer_from_facts(q, None, bot)
    assert answer is not None
    assert "33 đảng viên, đạt 21,4% kế hoạch năm [1]" in answer.text
    assert "- Lai Châu (Đảng ủy Khối các cơ quan tỉnh): 27 đảng viên [2]" in answer.text
    assert "Bắc Kạn nhiều hơn Lai Châu 6 đảng viên (33 so với 27)." in answer.text


def test_a_term_end_article_gives_its_year_figure_not_the_terms(bot: Assistant) -> None:
    q = "so sanh so dang vien moi ket nap nam 2024 cua khoi cac co quan Bac Kan va Lai Chau"
    answer = answer_from_facts(q, None, bot)
    assert answer is not None and "610" not in answer.text
    assert "Lai Châu (Đảng ủy Khối các cơ quan tỉnh): 118 đảng viên [2]" in answer.text
    assert "Bắc Kạn nhiều hơn Lai Châu 23 đảng viên (141 so với 118)." in answer.text


@pytest.mark.parametrize(
    ("question", "share", "rate"),
    [
        ("Tỷ lệ đảng viên học tập nghị quyết của hai tỉnh?", True, True),
        ("Kết nạp đạt bao nhiêu % kế hoạch?", True, True),
        ("So sánh thu ngân sách so với dự toán", True, False),
        ("So sánh số đảng viên kết nạp của hai tỉnh", False, False),
    ],
)
def test_questions_that_ask_for_a_percentage(question: str, share: bool, rate: bool) -> None:
    assert asks_share(question) is share and asks_rate(question) is rate


def test_a_rate_ranking_ranks_by_the_rates(bot: Assistant) -> None:
    answer = answer_from_facts(
        "Tỉnh nào có tỷ lệ đảng viên học tập nghị quyết thấp nhất quý II/2025?", None, bot
    )
    assert answer is not None
    lines = answer.text.splitlines()
    assert lines[0].endswith("Đảng ủy Khối các cơ quan tỉnh Lai Châu, đạt 93,4% [1].")
    assert lines[1:] == [
        "1. Đảng ủy Khối các cơ quan tỉnh Lai Châu: 1.870 đảng viên, đạt 93,4% [1]",
        "2. Đảng ủy Khối các cơ quan tỉnh Bắc Kạn: 2.340 đảng viên, đạt 96,1% [2]",
    ]
    counts = answer_from_facts("Tỉnh nào có số đảng viên học tập nghị quyết ít nhất quý II/2025?", None, bot)
    assert counts is not None and "%" not in counts.text and "Lai Châu, 1.870 đảng viên" in counts.text


def test_a_figure_stated_without_its_rate_is_listed_apart(bot: Assistant) -> None:
    answer = answer_from_facts(
        "Tỉnh nào kết nạp đảng viên đạt tỷ lệ kế hoạch cao nhất quý II/2025?", None, bot
    )
    assert answer is not None
    assert "1. Đảng ủy Khối các cơ quan tỉnh Bắc Kạn: 33 đảng viên, đạt 21,4% kế hoạch năm [1]" in answer.text
    assert (
        "- Đảng ủy Khối các cơ quan tỉnh Lai Châu: 27 đảng viên, câu báo cáo không kèm tỷ lệ [2]"
        in answer.text
    )
    assert "Chỉ có một báo cáo kỳ này nêu tỷ lệ này" in answer.text


def test_the_rates_of_two_periods_are_compared_in_points(bot: Assistant) -> None:
    q = "Tỷ lệ đảng viên học tập nghị quyết của Khối cơ quan Bắc Kạn quý II/2024 so với quý II/2025?"
    answer = answer_from_facts(q, None, bot)
    assert answer is not None
    assert "- Quý II/2024: 2.210 đảng viên, đạt 94,6% [" in answer.text
    assert answer.text.endswith("Quý II/2025 cao hơn quý II/2024 1,5 điểm phần trăm (96,1% so với 94,6%).")


def test_a_rate_that_no_fact_holds_is_left_to_the_text(bot: Assistant) -> None:
    asked = "So sánh tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ quý II/2025 của Bắc Kạn và Lai Châu"
    assert answer_from_facts(asked, None, bot) is None
    counts = answer_from_facts("So sánh số tổ chức cơ sở đảng quý II/2025 của Bắc Kạn và Lai Châu", None, bot)
    assert counts is not None and "Bắc Kạn nhiều hơn Lai Châu 8 tổ chức (52 so với 44)." in counts.text
