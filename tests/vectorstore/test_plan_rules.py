"""A year's plan and how far it is met: the report that sets the target (the year before, in its
tasks part) is searched as a side of its own, next to the report of the period asked about
(tests/vectorstore/plans.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.api import Assistant
from tests.vectorstore.plans import write_plans
from tests.vectorstore.stores import ingested
from vectorstore.query import parse_question


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Assistant]:
    yield from ingested(tmp_path_factory, "plans", write_plans)


QUESTIONS = [
    "Kế hoạch kết nạp đảng viên năm 2025 của Đảng ủy Khối các cơ quan tỉnh Thái Bình là bao nhiêu, "
    "hết 6 tháng còn phải kết nạp thêm bao nhiêu?",
    "chi tieu ket nap dang vien nam 2025 cua khoi co quan thai binh, 6 thang dau nam da ket nap bao nhieu",
]


@pytest.mark.parametrize("question", QUESTIONS)
def test_a_plan_and_its_results_are_two_sides_not_a_comparison(question: str) -> None:
    intent = parse_question(question)
    assert not intent.is_comparison
    assert [side.periods for side in intent.sides] == [["2025"], ["2025-H1"]]
    assert intent.sides[0].next_periods == ["2025"]
    assert intent.sides[1].next_periods == []


@pytest.mark.parametrize(
    "question",
    [
        "Nhiệm vụ 6 tháng cuối năm 2025 của Đảng ủy Khối các cơ quan tỉnh Thái Bình là gì?",
        "6 tháng đầu năm 2025 Khối các cơ quan Thái Bình kết nạp bao nhiêu đảng viên?",
        "Quý II/2025 và 6 tháng đầu năm 2025 Khối các cơ quan Thái Bình kết nạp bao nhiêu đảng viên?",
    ],
)
def test_one_plan_or_no_plan_makes_no_sides(question: str) -> None:
    assert parse_question(question).sides == []


@pytest.mark.parametrize("question", QUESTIONS)
def test_the_report_that_sets_the_target_is_found_with_the_half_year_report(
    bot: Assistant, question: str
) -> None:
    hits = bot.retriever.retrieve(question, 5).hits
    names = {Path(h.source).name for h in hits}
    assert {"tb-kcq-2024-nam.txt", "tb-kcq-2025-h1.txt"} <= names
    assert any("Kết nạp 150 đảng viên mới" in h.text for h in hits)  # the target, in the tasks part
