"""Comparison and ranking questions answered from the facts of reports written here."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest

from assistant import Assistant
from assistant.comparison_cite import stated
from assistant.comparison_dates import dated_periods
from assistant.comparisons import _intent, answer_from_facts, question_metric
from assistant.config import Settings
from assistant.facts.model import Fact

REPORTS = {
    "phu-yen-q1-2024.txt": (
        "Đảng ủy Khối các cơ quan tỉnh Phú Yên sơ kết công tác quý I/2024",
        "Quý I/2024, Đảng bộ Khối có 80 tổ chức cơ sở đảng với 4.400 đảng viên. Toàn Đảng bộ kết nạp "
        "44 đảng viên, đạt 18,3% kế hoạch năm; thi hành kỷ luật 1 đảng viên.",
    ),
    "phu-yen-q1-2023.txt": (
        "Đảng ủy Khối các cơ quan tỉnh Phú Yên sơ kết công tác quý I/2023",
        "Quý I/2023, Đảng bộ Khối có 82 tổ chức cơ sở đảng với 4.300 đảng viên. Toàn Đảng bộ kết nạp "
        "58 đảng viên, đạt 24,2% kế hoạch năm.",
    ),
    "phu-yen-h1-2024.txt": (
        "Đảng ủy Khối các cơ quan tỉnh Phú Yên sơ kết 6 tháng đầu năm 2024",
        "Sáu tháng đầu năm 2024, toàn Đảng bộ kết nạp 90 đảng viên, đạt 37,5% kế hoạch năm.",
    ),
    "quang-binh-q1-2024.txt": (
        "Đảng ủy Khối các cơ quan tỉnh Quảng Bình sơ kết công tác quý I/2024",
        "Quý I/2024, Đảng bộ Khối có 70 tổ chức cơ sở đảng với 3.900 đảng viên. Toàn Đảng bộ kết nạp "
        "37 đảng viên.",
    ),
    "quang-binh-dn-q1-2024.txt": (
        "Đảng ủy Khối Doanh nghiệp tỉnh Quảng Bình sơ kết công tác quý I/2024",
        "Quý I/2024, Đảng bộ Khối kết nạp 12 đảng viên. Tổng doanh thu của các doanh nghiệp đạt 1.240 tỷ "
        "đồng, bằng 23,5% kế hoạch năm.",
    ),
    # A year report with its quarters in a table, and the next year's fourth-quarter report that
    # gives the count of organisations at the end of that year (no year report for it).
    "kon-tum-2022.md": (
        "Đảng ủy Khối Doanh nghiệp tỉnh Kon Tum tổng kết công tác năm 2022",
        "Tính đến ngày 30/11/2022, Đảng bộ Khối có 41 tổ chức cơ sở đảng với 1.930 đảng viên. Năm 2022, "
        "toàn Đảng bộ kết nạp 75 đảng viên.\n\nBảng 1. Kết nạp đảng viên theo quý năm 2022\n\n"
        "| Nội dung | Quý I | Quý II | Quý III | Quý IV | Cả năm |\n|---|---|---|---|---|---|\n"
        "| Kết nạp đảng viên mới | 12 | 25 | 17 | 21 | 75 |\n| Đảng viên bị kỷ luật | 1 | 0 | 2 | 1 | 4 |",
    ),
    "kon-tum-q4-2023.txt": (
        "Đảng ủy Khối Doanh nghiệp tỉnh Kon Tum báo cáo kết quả công tác quý IV năm 2023",
        "Sau khi sắp xếp, giải thể 3 chi bộ cơ sở ở doanh nghiệp cổ phần hóa, Đảng bộ Khối còn 38 tổ chức cơ "
        "sở đảng với 1.902 đảng viên. Quý IV, toàn Đảng bộ kết nạp 19 đảng viên.",
    ),
}


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Assistant]:
    root = tmp_path_factory.mktemp("comparisons")
    for name, (title, body) in REPORTS.items():
        (root / name).write_text(f"{title}\n\n{body}\n", encoding="utf-8")
    settings = Settings.load({"data_dir": root / "data", "embedder": "hashing"}, environ={})
    with Assistant.open(settings=settings) as opened:
        opened.ingest([root / name for name in REPORTS])
        yield opened


def _passage_holds(answer: object, n: int, figure: str) -> bool:
    citation = answer.citations[n - 1]  # type: ignore[attr-defined]
    return figure in citation.passage and citation.chunk_id and citation.source


def test_two_periods_of_one_body(bot: Assistant) -> None:
    q = "Quý I/2024 so với quý I/2023, Phú Yên kết nạp nhiều hay ít đảng viên hơn?"
    answer = answer_from_facts(q, None, bot)
    assert answer is not None and answer.mode == "quote" and not answer.refused
    assert "- Quý I/2024: 44 đảng viên [1]" in answer.text and "- Quý I/2023: 58 đảng viên [2]" in answer.text
    assert "Quý I/2024 giảm 14 đảng viên so với quý I/2023 (44 so với 58, tức -24,1%)." in answer.text
    assert _passage_holds(answer, 1, "44") and _passage_holds(answer, 2, "58")


def test_two_provinces_in_one_period(bot: Assistant) -> None:
    q = "So sánh tổng số đảng viên quý I/2024 của Phú Yên và Quảng Bình"
    answer = answer_from_facts(q, None, bot)
    assert answer is not None
    assert "Phú Yên (Đảng ủy Khối các cơ quan tỉnh): 4.400 đảng viên [1]" in answer.text
    assert "Phú Yên nhiều hơn Quảng Bình 500 đảng viên (4.400 so với 3.900)." in answer.text
    assert _passage_holds(answer, 2, "3.900")


def test_ranking_of_every_report_of_the_period(bot: Assistant) -> None:
    answer = answer_from_facts("Tỉnh nào kết nạp nhiều đảng viên nhất trong quý I/2024?", None, bot)
    assert answer is not None
    lines = answer.text.splitlines()
    assert lines[0].startswith("Kết nạp đảng viên mới nhiều nhất trong các báo cáo quý I/2024 đã nạp: ")
    assert "Phú Yên, 44 đảng viên [1]" in lines[0]
    assert [line.split(": ")[1] for line in lines[1:]] == [
        "44 đảng viên [1]",
        "37 đảng viên [2]",
        "12 đảng viên [3]",
    ]
    fewest = answer_from_facts("Đơn vị nào kết nạp ít đảng viên nhất quý I/2024?", None, bot)
    assert fewest is not None and "Đảng ủy Khối Doanh nghiệp tỉnh Quảng Bình, 12 đảng viên" in fewest.text


def test_a_missing_side_is_said_plainly_with_what_exists(bot: Assistant) -> None:
    q = "So sánh số đảng viên mới kết nạp của Phú Yên năm 2022 và năm 2021"
    answer = answer_from_facts(q, None, bot)
    assert answer is not None and not answer.citations
    assert (
        "Chưa có báo cáo năm 2022 cho Phú Yên (đã có báo cáo: quý I/2023, quý I/2024, 6 tháng đầu năm 2024)"
        in answer.text
    )
    assert "Chưa có báo cáo năm 2021 cho Phú Yên" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        # The 2023 reports of Phú Yên exist (quý I/2023) and name the year: no negative is said.
        "So sánh số đảng viên mới kết nạp của Phú Yên năm 2023 và năm 2022",
        # Reports of both quarters exist but no fact of this metric: the text may still state it.
        "So sánh số lượt học tập nghị quyết của Phú Yên quý I/2024 và quý I/2023",
        "So sánh doanh thu của Phú Yên quý I/2024 và quý I/2023",
    ],
)
def test_a_side_that_a_stored_report_may_state_is_left_to_retrieval(bot: Assistant, question: str) -> None:
    assert answer_from_facts(question, None, bot) is None


def test_a_count_at_the_end_of_a_year_comes_from_the_fourth_quarter_report(bot: Assistant) -> None:
    q = "Từ cuối năm 2022 đến cuối năm 2023, số TCCS đảng của Khối Doanh nghiệp tỉnh Kon Tum thay đổi ra sao?"
    answer = answer_from_facts(q, None, bot)
    assert answer is not None and "không nêu" not in answer.text
    assert "- Năm 2022: 41 tổ chức [1]" in answer.text
    assert "- Năm 2023: 38 tổ chức (số liệu quý IV/2023) [2]" in answer.text
    assert "Năm 2023 giảm 3 tổ chức so với năm 2022 (38 so với 41, tức -7,3%)." in answer.text
    assert _passage_holds(answer, 2, "còn 38 tổ chức")
    # A flow is not a count at a date: the fourth quarter's admissions are not the year's.
    assert answer_from_facts("So sánh kết nạp đảng viên của Kon Tum năm 2023 và năm 2022", None, bot) is None


def test_the_quarters_of_one_year_report_are_ranked_within_the_report(bot: Assistant) -> None:
    answer = answer_from_facts(
        "Năm 2022 Khối Doanh nghiệp Kon Tum quý nào kết nạp nhiều đảng viên nhất?", None, bot
    )
    assert answer is not None
    lines = answer.text.splitlines()
    assert lines[0] == (
        "Kết nạp đảng viên mới theo quý năm 2022 của Đảng ủy Khối Doanh nghiệp tỉnh Kon Tum: "
        "nhiều nhất là Quý II/2022 (25 đảng viên) [1]."
    )
    assert lines[1:] == [
        f"- Quý {q}/2022: {n} đảng viên [1]" for q, n in (("I", 12), ("II", 25), ("III", 17), ("IV", 21))
    ]
    assert _passage_holds(answer, 1, "| 25 |")
    fewest = answer_from_facts("Kon Tum năm 2022 quý nào có ít đảng viên bị kỷ luật nhất?", None, bot)
    assert fewest is not None and "ít nhất là Quý II/2022 (0 đảng viên)" in fewest.text
    # Not a ranking across provinces: no other body's report of 2022 is listed.
    assert "Phú Yên" not in answer.text and "Quảng Bình" not in answer.text


def test_two_bodies_of_one_province_in_one_period(bot: Assistant) -> None:
    q = (
        "Quý I/2024 ở Quảng Bình, Đảng ủy Khối các cơ quan tỉnh và Đảng ủy Khối Doanh nghiệp tỉnh, "
        "bên nào kết nạp nhiều đảng viên hơn?"
    )
    answer = answer_from_facts(q, None, bot)
    assert answer is not None
    assert answer.text.splitlines() == [
        "Kết nạp đảng viên mới quý I/2024 (Quảng Bình):",
        "- Đảng ủy Khối các cơ quan tỉnh: 37 đảng viên [1]: “Toàn Đảng bộ kết nạp 37 đảng viên”",
        "- Đảng ủy Khối Doanh nghiệp tỉnh: 12 đảng viên [2]: “Quý I/2024, Đảng bộ Khối kết nạp 12 đảng viên”",
        "Đảng ủy Khối các cơ quan tỉnh nhiều hơn Đảng ủy Khối Doanh nghiệp tỉnh 25 đảng viên (37 so với 12).",
    ]


def test_business_figures_are_compared_as_money(bot: Assistant) -> None:
    q = "So sánh doanh thu quý I/2024 của Khối Doanh nghiệp Quảng Bình và Phú Yên"
    answer = answer_from_facts(q, None, bot)
    assert answer is not None and answer.text.splitlines() == [
        "Doanh thu quý I/2024:",
        "- Quảng Bình (Đảng ủy Khối Doanh nghiệp tỉnh): 1.240 tỷ đồng [1]: "
        "“Tổng doanh thu của các doanh nghiệp đạt 1.240 tỷ đồng, bằng 23,5% kế hoạch năm”",
        # Sure: no report of this body of Phú Yên is stored (its Khối các cơ quan has one).
        "- Phú Yên: Chưa có báo cáo quý I/2024 cho Đảng ủy Khối Doanh nghiệp tỉnh Phú Yên.",
    ]
    assert question_metric("Nộp ngân sách nhà nước 9 tháng") == "nop_ngan_sach"
    assert question_metric("thu ngân sách trên địa bàn quý I") == "thu_ngan_sach"


def test_one_side_missing_keeps_the_other_cited(bot: Assistant) -> None:
    answer = answer_from_facts("So sánh kết nạp đảng viên quý I/2024 và quý I/2022 của Quảng Bình", None, bot)
    assert answer is not None
    assert "- Quý I/2024 (Đảng ủy Khối các cơ quan tỉnh): 37 đảng viên [" in answer.text
    assert "- Quý I/2024 (Đảng ủy Khối Doanh nghiệp tỉnh): 12 đảng viên [" in answer.text
    assert "- Quý I/2022: Chưa có báo cáo quý I/2022 cho Quảng Bình" in answer.text
    assert "so với" not in answer.text.split("Chưa có")[-1]


def test_periods_of_different_length_are_not_subtracted(bot: Assistant) -> None:
    q = "So sánh kết nạp đảng viên 6 tháng đầu năm 2024 và quý I/2024 của Phú Yên"
    answer = answer_from_facts(q, None, bot)
    assert answer is not None and "90 đảng viên" in answer.text and "44 đảng viên" in answer.text
    assert "độ dài khác nhau" in answer.text and "46" not in answer.text


@dataclass
class _Intent:  # what vectorstore.query.parse_question returns, as far as comparisons use it
    periods: list[str] = field(default_factory=list)
    years: list[int] = field(default_factory=list)
    provinces: list[str] = field(default_factory=list)
    body_keys: list[str] = field(default_factory=list)
    is_comparison: bool = False


def test_the_question_intent_is_used_when_given(bot: Assistant) -> None:
    intent = _Intent(periods=["2024-Q1"], provinces=["Phú Yên", "Quảng Bình"], body_keys=["khoi-co-quan"],
                     is_comparison=True)  # fmt: skip
    answer = answer_from_facts("Bên nào kết nạp nhiều đảng viên hơn?", intent, bot)
    assert answer is not None and "Phú Yên nhiều hơn Quảng Bình 7 đảng viên (44 so với 37)." in answer.text
    assert "12 đảng viên" not in answer.text  # the Khối Doanh nghiệp is not asked about


@pytest.mark.parametrize(
    "question",
    [
        "Quý I/2024 Phú Yên kết nạp bao nhiêu đảng viên?",  # a plain question: retrieval answers it
        "So sánh giá trị sản xuất công nghiệp của Phú Yên quý I/2024 và quý I/2023",  # not covered
        "So sánh kết nạp đảng viên của Phú Yên",  # nothing to compare
    ],
)
def test_other_questions_are_left_to_retrieval(bot: Assistant, question: str) -> None:
    assert answer_from_facts(question, None, bot) is None


def test_question_metrics() -> None:
    assert question_metric("Tỉnh nào kết nạp nhiều đảng viên nhất?") == "ket_nap"
    assert question_metric("so sanh so dang vien bi ky luat") == "ky_luat"
    assert question_metric("Tổng số đảng viên của hai tỉnh") == "tong_dang_vien"
    assert question_metric("Giá trị sản xuất công nghiệp quý I") is None
    assert question_metric("Doanh thu quý I") == "doanh_thu"


# Reports whose figures sit inside long sentences, and a year's count of members given after
# the size of a newly elected committee.
WORDED = {
    "ha-nam-q1-2025.txt": (
        "Đảng ủy Khối các cơ quan tỉnh Hà Nam báo cáo kết quả công tác quý I năm 2025",
        "Đến ngày 24/3/2025, Đảng bộ Khối có 38 tổ chức cơ sở đảng (gồm 20 đảng bộ cơ sở và 18 chi bộ "
        "cơ sở), giảm 2 tổ chức so với đầu năm; tổng số đảng viên là 2.714 đồng chí. Trong quý I, toàn "
        "Đảng bộ kết nạp 33 đảng viên mới, đạt 18,3% kế hoạch năm (kế hoạch năm 2025 là 180 đảng viên); "
        "xét công nhận đảng viên chính thức cho 27 đồng chí.",
    ),
    "nam-dinh-q1-2025.txt": (
        "Đảng ủy Khối các cơ quan tỉnh Nam Định báo cáo kết quả công tác quý I năm 2025",
        "a) Kết nạp 26 đảng viên mới, đạt 13% kế hoạch năm (kế hoạch 200 đảng viên); xét chuyển đảng chính "
        "thức cho 30 đảng viên.",
    ),
    "ha-nam-9-thang-2025.txt": (
        "Đảng ủy Khối các cơ quan tỉnh Hà Nam báo cáo kết quả công tác 9 tháng năm 2025",
        "Đại hội đại biểu Đảng bộ Khối lần thứ VI bầu Ban Chấp hành Đảng bộ Khối gồm 25 đồng chí; Ban Chấp "
        "hành bầu Ban Thường vụ gồm 7 đồng chí. Đến ngày 19/9/2025, Đảng bộ Khối có 38 tổ chức cơ sở đảng "
        "với tổng số 2.790 đảng viên.",
    ),
}


@pytest.fixture(scope="module")
def worded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Assistant]:
    root = tmp_path_factory.mktemp("worded")
    for name, (title, body) in WORDED.items():
        (root / name).write_text(f"{title}\n\n{body}\n", encoding="utf-8")
    settings = Settings.load({"data_dir": root / "data", "embedder": "hashing"}, environ={})
    with Assistant.open(settings=settings) as opened:
        opened.ingest([root / name for name in WORDED])
        yield opened


def test_each_figure_is_quoted_in_the_words_of_its_report(worded: Assistant) -> None:
    q = "So sánh số đảng viên kết nạp quý I/2025 của Đảng ủy Khối các cơ quan tỉnh Hà Nam và Nam Định"
    answer = answer_from_facts(q, None, worded)
    assert answer is not None
    lines = answer.text.splitlines()
    assert lines[1] == (
        "- Hà Nam (Đảng ủy Khối các cơ quan tỉnh): 33 đảng viên [1]: "
        "“Trong quý I, toàn Đảng bộ kết nạp 33 đảng viên mới, đạt 18,3% kế hoạch năm (kế hoạch năm 2025 là "
        "180 đảng viên)”"
    )
    assert lines[2] == (
        "- Nam Định (Đảng ủy Khối các cơ quan tỉnh): 26 đảng viên [2]: "
        "“a) Kết nạp 26 đảng viên mới, đạt 13% kế hoạch năm (kế hoạch 200 đảng viên)”"
    )
    assert lines[3] == "Hà Nam nhiều hơn Nam Định 7 đảng viên (33 so với 26)."
    for n, line in enumerate(lines[1:3], start=1):  # the quoted words are the cited passage's own
        words = line.split("“")[1].rstrip("”").strip("…")
        assert words in answer.citations[n - 1].passage


def test_a_count_of_members_between_two_periods(worded: Assistant) -> None:
    q = "Tong so dang vien Khoi co quan Ha Nam thay doi the nao tu quy I den 9 thang 2025?"
    answer = answer_from_facts(q, None, worded)
    assert answer is not None
    assert "- Quý I/2025: 2.714 đảng viên [1]: “tổng số đảng viên là 2.714 đồng chí”" in answer.text
    assert (
        "- 9 tháng năm 2025: 2.790 đảng viên [2]: "
        "“Đến ngày 19/9/2025, Đảng bộ Khối có 38 tổ chức cơ sở đảng với tổng số 2.790 đảng viên”"
    ) in answer.text
    assert (
        "9 tháng năm 2025 tăng 76 đảng viên so với quý I/2025 (2.790 so với 2.714, tức +2,8%)." in answer.text
    )
    assert "25 đảng viên" not in answer.text  # the elected committee is not the party


def test_the_stated_words_of_a_figure() -> None:
    twice = Fact("ket_nap", "12", "2025-Q1", "Đảng bộ có 12 chi bộ; kết nạp 12 đảng viên.", unit="đảng viên")
    assert stated(twice) == "kết nạp 12 đảng viên"
    row = Fact("ket_nap", "12", "2025-Q1", "Bảng 1 — Nội dung | Quý I — Kết nạp đảng viên | 12")
    assert stated(row) == ""
    long = "Trong quý, " + "các chi bộ tổ chức sinh hoạt chuyên đề, " * 5 + "kết nạp 9 đảng viên, xét 7 hồ sơ"
    words = stated(Fact("ket_nap", "9", "2025-Q1", long, unit="đảng viên"))
    assert words.startswith("…") and words.endswith("kết nạp 9 đảng viên…") and len(words) <= 162


def test_the_stated_words_keep_the_share_of_the_plan_the_figure_reached() -> None:
    quote = (
        "Quý I kết nạp 21 đảng viên mới, đạt 14,2% kế hoạch năm (kế hoạch 148 đảng viên), xét 5 hồ sơ; "
        "trao 3 huy hiệu."
    )
    words = stated(Fact("ket_nap", "21", "2025-Q1", quote, unit="đảng viên"))
    assert words == "Quý I kết nạp 21 đảng viên mới, đạt 14,2% kế hoạch năm (kế hoạch 148 đảng viên)…"


def test_the_periods_of_a_change_are_listed_as_the_question_names_them(worded: Assistant) -> None:
    q = "Từ quý I đến 9 tháng năm 2025, tổng số đảng viên Khối các cơ quan tỉnh Hà Nam tăng bao nhiêu?"
    answer = answer_from_facts(q, None, worded)
    assert answer is not None
    lines = answer.text.splitlines()
    assert lines[1].startswith("- Quý I/2025: 2.714 đảng viên [1]")
    assert lines[2].startswith("- 9 tháng năm 2025: 2.790 đảng viên [2]")
    assert lines[3].startswith("9 tháng năm 2025 tăng 76 đảng viên so với quý I/2025")


def test_a_count_at_a_quarter_end_date_is_the_count_of_the_report_up_to_it(worded: Assistant) -> None:
    q = "Tính đến ngày 30/9/2025, tổng số đảng viên Khối các cơ quan tỉnh Hà Nam tăng bao nhiêu so với quý I?"
    answer = answer_from_facts(q, None, worded)
    assert answer is not None
    assert "- 9 tháng năm 2025: 2.790 đảng viên [1]" in answer.text
    assert "- Quý I/2025: 2.714 đảng viên [2]" in answer.text
    assert "9 tháng năm 2025 tăng 76 đảng viên so với quý I/2025" in answer.text


def test_dates_name_periods_only_at_a_quarter_end() -> None:
    assert dated_periods("đến 31/3/2024 và đến ngày 31/12/2024", []) == ["2024-Q1", "2024"]
    assert dated_periods("quý II so với đến 30/6/2024", []) == ["2024-Q2", "2024-H1"]
    assert dated_periods("quý I so với đến 15/9/2024", ["x"]) == ["x"]  # not a quarter's end
    assert dated_periods("quý I so với ngày ký 30/9/2024", ["x"]) == ["x"]  # not "đến" a date


def test_the_first_months_named_without_the_word_year() -> None:
    q = "So sanh ket nap dang vien 6 thang dau 2024 cua Khoi co quan Thai Binh va Bac Ninh"
    assert _intent(q, None).periods == ["2024-H1"]
