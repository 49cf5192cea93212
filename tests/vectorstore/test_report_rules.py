"""Retrieval rules on three reports of one Khối (tests/vectorstore/halfyear.py): an event's own
words over recency, a half-year named with its quarters, shorthand periods, summaries."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from assistant.api import Assistant
from tests.vectorstore.halfyear import write_halfyear
from tests.vectorstore.stores import ingested, names
from vectorstore.figures import count_figures
from vectorstore.query import parse_question
from vectorstore.scoring import without_parts


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Assistant]:
    yield from ingested(tmp_path_factory, "halfyear", write_halfyear)


@pytest.mark.parametrize(
    "question",
    [
        "Sinh hoạt chuyên đề điểm của Chi bộ Sở Xây dựng (Khối cơ quan Lạng Sơn) diễn ra ngày nào?",
        "sinh hoat chuyen de diem cua Chi bo So Xay dung (Khoi co quan Lang Son) dien ra ngay nao?",
    ],
)
def test_an_older_report_stating_the_event_word_for_word_beats_a_newer_one(
    bot: Assistant, question: str
) -> None:
    result = bot.retriever.retrieve(question, 5)
    assert names(result)[0] == "ls-kcq-2025-h1.txt"
    assert "12/5/2025" in result.hits[0].text


def test_without_the_event_words_the_newest_report_still_comes_first(bot: Assistant) -> None:
    result = bot.retriever.retrieve("Khối cơ quan Lạng Sơn kết nạp bao nhiêu đảng viên?", 5)
    assert names(result)[0] == "ls-kcq-2025-9t.txt"


def test_quarters_named_with_their_half_year_come_from_its_table(bot: Assistant) -> None:
    question = (
        "Trong 6 tháng đầu năm 2025, Đảng ủy Khối các cơ quan Lạng Sơn chuyển đảng chính thức quý I, "
        "quý II mỗi quý bao nhiêu?"
    )
    result = bot.retriever.retrieve(question, 5)
    assert names(result)[:2] == ["ls-kcq-2025-h1.txt"] * 2  # the quarter-I report holds one part
    assert "| 14 | 19 |" in result.hits[0].text


def test_a_container_named_with_two_of_its_parts_stands_for_them() -> None:
    assert without_parts(["2025-H1", "2025-Q1", "2025-Q2"]) == ["2025-H1"]
    assert without_parts(["2025", "2025-Q4"]) == ["2025", "2025-Q4"]  # one part: both asked
    assert without_parts(["2024-H1", "2025-Q1", "2025-Q2"]) == ["2024-H1", "2025-Q1", "2025-Q2"]


@pytest.mark.parametrize(
    ("question", "period"),
    [("bang 6T/2025 ket nap", "2025-H1"), ("Báo cáo 9T 2024 của Đảng ủy Khối", "2024-9M")],
)
def test_months_in_shorthand_name_a_period(question: str, period: str) -> None:
    intent = parse_question(question)
    assert intent.periods == [period]
    assert intent.text == question


def test_a_count_of_six_is_no_shorthand() -> None:
    assert parse_question("co 6 to chuc nam 2024").periods == ["2024"]


def test_figures_leave_out_dates_periods_numbers_of_documents_and_headings() -> None:
    header = "Số 77-BC/ĐUK\nLạng Sơn, ngày 25 tháng 6 năm 2025\nSơ kết 6 tháng đầu năm 2025\n2. Công tác"
    assert count_figures(header) == 0
    assert count_figures("A > 1. Kết nạp 26 đảng viên, đạt 52% kế hoạch; có 2.315 đảng viên") == 3


def test_a_half_year_in_shorthand_is_read_as_the_half_year(bot: Assistant) -> None:
    question = "Lang Son bang 6T/2025 khoi co quan: chuyen dang chinh thuc quy I, quy II moi quy bao nhieu?"
    result = bot.retriever.retrieve(question, 5)
    assert result.intent.periods[0] == "2025-H1"
    assert names(result)[0] == "ls-kcq-2025-h1.txt"


def test_a_summary_brings_the_chunks_with_the_key_figures(bot: Assistant) -> None:
    question = (
        "Tóm tắt nội dung chính báo cáo sơ kết 6 tháng năm 2025 của Đảng ủy Khối các cơ quan tỉnh Lạng Sơn"
    )
    result = bot.retriever.retrieve(question, 5)
    texts = " ".join(h.text for h in result.hits)
    assert set(names(result)) == {"ls-kcq-2025-h1.txt"}
    assert "2.315" in texts and "26 đảng viên" in texts
