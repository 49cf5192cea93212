"""Ranking helpers: which chunks state the theme of a year, and period tiers of documents."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from ingest.period_model import Period
from vectorstore.doctable import DocTable
from vectorstore.ranking import THEME_MISS, stated_theme_years, theme_factor
from vectorstore.scoring import TIERS, period_tiers, planning_rows


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ('Các chi bộ thực hiện chủ đề năm 2024 "Đoàn kết, đổi mới".', {2024}),
        ("Chủ đề công tác năm 2025 được Đảng ủy Khối lựa chọn là “Tinh gọn, hiệu quả”.", {2025}),
        ('Ban Thường vụ thống nhất chủ đề năm 2025: "Tinh gọn, hiệu quả".', {2025}),
        ("chu de nam 2023: Nam ky cuong", {2023}),
        ("Các cấp ủy lấy chủ đề công tác năm «Kỷ cương» làm trọng tâm.", {2022}),  # the report's own year
        ("Chuẩn bị tổng kết năm và đề xuất chủ đề năm 2025.", set()),
        ('Đề xuất chủ đề năm 2025: "Tinh gọn".', set()),  # proposed, not yet the theme
        ("Sinh hoạt chuyên đề theo chủ đề năm; sơ kết chủ đề công tác năm.", set()),
    ],
)
def test_stated_theme_years(text: str, years: set[int]) -> None:
    assert stated_theme_years(text, {2022}) == years


def test_theme_factor_keeps_chunks_that_state_the_asked_year() -> None:
    texts = {0: 'chủ đề năm 2024 "A"', 1: 'chủ đề năm 2025 "B"', 2: "đề xuất chủ đề năm 2024"}
    own = [{2024}, {2024}, {2024}]
    assert list(theme_factor([0, 1, 2], texts, own, [2024])) == [1.0, THEME_MISS, THEME_MISS]
    assert list(theme_factor([0, 1, 2], texts, own, [])) == [1.0, 1.0, THEME_MISS]


def _table(periods: list[list[str]]) -> DocTable:
    return DocTable.build([{"doc_id": str(i), "periods": p} for i, p in enumerate(periods)])


def test_a_running_total_beside_another_quarter_ranks_below_a_true_container() -> None:
    docs = _table([["2024-H1"], ["2024-9M", "2024-Q3"], ["2024"], ["2024-H1", "2024-Q2"], ["2024-Q1"]])
    tiers = period_tiers(docs, Period.parse_key("2024-Q2"))
    assert tiers[3] == TIERS["exact"]
    assert tiers[0] > tiers[2] > tiers[1] == TIERS["running"]  # half-year > year > 9 months beside Q3
    assert tiers[4] == TIERS["year"]


@given(st.sampled_from(["Q1", "Q2", "Q3", "Q4", "H1", "H2", "9M"]))
def test_a_container_never_ranks_below_its_running_total(kind: str) -> None:
    period = Period(2024, kind)
    docs = _table(
        [[p.key] for p in _containers(period)]
        + [[p.key, o] for p in _containers(period) for o in _others(period)]
    )
    tiers = period_tiers(docs, period)
    n = len(_containers(period))
    assert np.all(tiers[:n] > TIERS["running"])
    assert np.all(tiers[n:] == np.float32(TIERS["running"]))


def _containers(period: Period) -> list[Period]:
    return [p for k in ("H1", "H2", "9M", "Y") if (p := Period(2024, k)).contains(period) and p != period]


def _others(period: Period) -> list[str]:
    keys = [Period(2024, k) for k in ("Q1", "Q2", "Q3", "Q4")]
    return [p.key for p in keys if not (p.contains(period) or period.contains(p))]


def test_plans_rank_the_report_that_sets_them_above_the_reports_of_the_period() -> None:
    docs = DocTable.build(
        [
            {"doc_id": "q1", "periods": ["2024-Q1"], "mentioned_periods": ["2024-Q2"], "date": "2024-04-03"},
            {"doc_id": "h1", "periods": ["2024-H1"], "mentioned_periods": ["2024-Q2", "2024-H2"]},
            {"doc_id": "q2", "periods": ["2024-Q2"], "mentioned_periods": ["2024-Q3"]},
        ]
    )
    tiers = period_tiers(docs, Period.parse_key("2024-Q2"), plan=True)
    assert tiers[0] == TIERS["plan"] > tiers[2] == TIERS["contains"] > tiers[1] == TIERS["mentioned"]


def test_the_tasks_of_a_period_are_set_by_a_report_naming_it_or_a_period_it_begins() -> None:
    docs = DocTable.build(
        [
            {"doc_id": "h1", "periods": ["2024-H1"], "mentioned_periods": ["2024-H2"]},
            {"doc_id": "y", "periods": ["2023"], "mentioned_periods": ["2024"]},
            {"doc_id": "q2", "periods": ["2024-Q2"], "mentioned_periods": ["2024-Q3"]},
            {"doc_id": "old", "periods": ["2021"], "mentioned_periods": ["2024"]},
        ]
    )
    rows = {
        k: sorted(planning_rows(docs, Period.parse_key(k)).tolist())
        for k in ("2024-Q3", "2024-Q1", "2024-Q4")
    }
    assert rows == {"2024-Q3": [0, 2], "2024-Q1": [1], "2024-Q4": []}  # H2 begins with Q3; 2021 is too far


def test_a_container_that_goes_on_after_the_quarter_weighs_well_below_one_that_ends_with_it() -> None:
    docs = _table([["2024-H1"], ["2024-9M"], ["2024"], ["2024-9M", "2024-Q3"]])
    tiers = period_tiers(docs, Period.parse_key("2024-Q2"))
    # a 9-month news item holds quý II only inside its running total: its words must not win
    assert tiers[0] >= 1.5 * tiers[1]
    assert tiers[1] > tiers[2] > tiers[3] == TIERS["running"]


def test_a_month_stays_inside_its_quarter_report() -> None:
    docs = _table([["2024-Q2"], ["2024-H1"], ["2024-Q3"]])
    tiers = period_tiers(docs, Period.parse_key("2024-M05"))
    assert tiers[0] > tiers[1] >= TIERS["within"] > tiers[2]
