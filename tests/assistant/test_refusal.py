"""The refusal rules: coverage of what the question names, and the strength of the evidence."""

from __future__ import annotations

from typing import Any

import pytest

from assistant.chain import refusal_text
from assistant.evidence import score_units
from assistant.question import analyze
from assistant.refusal import DEFAULT_THRESHOLD, check_coverage, check_evidence, fits, refusal
from assistant.units import units_of
from vectorstore.hits import Hit


def _doc(
    province: str, body_key: str, periods: list[str], mentioned: list[str] | None = None
) -> dict[str, Any]:
    body = {
        "khoi-co-quan": "Đảng ủy Khối các cơ quan tỉnh",
        "khoi-doanh-nghiep": "Đảng ủy Khối Doanh nghiệp tỉnh",
    }
    return {
        "doc_id": f"{province}-{body_key}-{'-'.join(periods)}",
        "province": province,
        "body_key": body_key,
        "body": body[body_key],
        "periods": periods,
        "mentioned_periods": mentioned or periods,
        "date": "",
    }


DOCS = [
    _doc("Nghệ An", "khoi-co-quan", ["2022-Q1"], ["2022-Q1", "2022-Q2"]),
    _doc("Nghệ An", "khoi-co-quan", ["2024"], ["2023", "2024", "2025"]),
    _doc("Nghệ An", "khoi-doanh-nghiep", ["2023-H1"]),
]


def test_a_period_no_report_covers_is_refused_with_the_periods_that_exist() -> None:
    view = analyze("Quý II/2023 Đảng ủy Khối các cơ quan tỉnh Nghệ An kết nạp bao nhiêu đảng viên?")
    decision = check_coverage(view, DOCS)
    assert decision.refuse and decision.rule == "coverage"
    assert decision.reason == (
        "Các báo cáo đã nạp về Đảng ủy Khối các cơ quan tỉnh Nghệ An: quý I/2022, năm 2024."
    )


def test_a_quarter_inside_a_reported_half_year_is_covered() -> None:
    view = analyze("Quý II/2023 Đảng ủy Khối Doanh nghiệp tỉnh Nghệ An kết nạp bao nhiêu đảng viên?")
    assert not check_coverage(view, DOCS).refuse


def test_a_whole_year_is_not_covered_by_a_half_year_report() -> None:
    view = analyze("Năm 2023 Đảng ủy Khối Doanh nghiệp tỉnh Nghệ An kết nạp bao nhiêu đảng viên?")
    assert check_coverage(view, DOCS).refuse


def test_plans_for_the_next_period_are_covered_by_the_report_that_sets_them() -> None:
    plan = analyze("Nhiệm vụ trọng tâm quý II/2022 của Đảng ủy Khối các cơ quan tỉnh Nghệ An là gì?")
    result = analyze("Quý II/2022 Đảng ủy Khối các cơ quan tỉnh Nghệ An kết nạp bao nhiêu đảng viên?")
    assert not check_coverage(plan, DOCS).refuse
    assert check_coverage(result, DOCS).refuse


def test_an_earlier_year_named_in_a_report_leaves_the_decision_to_the_evidence() -> None:
    view = analyze("Năm 2023 Đảng ủy Khối các cơ quan tỉnh Nghệ An kết nạp bao nhiêu đảng viên?")
    assert not check_coverage(view, DOCS).refuse


def test_a_body_without_any_report_is_named_in_the_explanation() -> None:
    view = analyze("Đảng ủy Khối Doanh nghiệp tỉnh Thanh Hóa có bao nhiêu đảng viên?")
    decision = check_coverage(view, DOCS)
    assert decision.refuse
    assert "Chưa nạp báo cáo nào của Đảng ủy Khối Doanh nghiệp tỉnh Thanh Hóa" in decision.reason


def test_each_compared_side_must_be_covered() -> None:
    view = analyze(
        "So sánh số đảng viên kết nạp quý I/2022 và quý I/2023 của Đảng ủy Khối các cơ quan tỉnh Nghệ An"
    )
    assert len(view.sides) == 2
    assert check_coverage(view, DOCS).refuse


def test_a_document_without_metadata_is_never_a_reason_to_refuse() -> None:
    bare = {"doc_id": "x", "province": "", "body_key": "", "periods": []}
    view = analyze("Quý III/2030 Đảng ủy Khối các cơ quan tỉnh Nghệ An kết nạp bao nhiêu đảng viên?")
    assert fits(bare, view)
    assert not check_coverage(view, [bare]).refuse


def test_an_empty_store_is_refused_with_how_to_ingest() -> None:
    decision = check_coverage(analyze("Có bao nhiêu đảng viên?"), [])
    assert decision.refuse and "baocao ingest" in decision.reason


def _units(question: str, text: str, meta: dict[str, Any]) -> tuple[Any, list[Any]]:
    view = analyze(question)
    hit = Hit(text=text, score=1.0, source="/r/a.txt", chunk_id="a:0000", metadata={"doc_id": "a", **meta})
    units = units_of(hit, 0)
    score_units(units, view)
    return view, units


NA_2022_Q1 = {"province": "Nghệ An", "body_key": "khoi-co-quan", "periods": ["2022-Q1"]}
TEXT = "Trong quý I, toàn Đảng bộ kết nạp 47 đảng viên mới.\n\nHiện Đảng bộ Khối có 112 tổ chức cơ sở đảng."


def test_evidence_that_misses_the_asked_subject_is_refused() -> None:
    view, units = _units(
        "Quý I/2022 Đảng ủy Khối các cơ quan tỉnh Nghệ An thi hành kỷ luật bao nhiêu đảng viên?",
        TEXT,
        NA_2022_Q1,
    )
    decision = check_evidence(view, units, DEFAULT_THRESHOLD)
    assert decision.refuse and decision.rule == "evidence"


def test_matching_evidence_is_answered_even_when_the_question_names_nothing() -> None:
    view, units = _units("Kết nạp bao nhiêu đảng viên mới?", TEXT, NA_2022_Q1)
    assert not view.names_something
    assert not check_evidence(view, units, DEFAULT_THRESHOLD).refuse


def test_a_quarter_figure_asked_of_a_year_report_that_never_names_it_is_refused() -> None:
    meta = {"province": "Nghệ An", "body_key": "khoi-co-quan", "periods": ["2024"], "body": "Đảng ủy Khối"}
    text = "Năm 2024, toàn Đảng bộ kết nạp 236 đảng viên, đạt 104,9% kế hoạch."
    view, units = _units(
        "Quý III/2024 Đảng ủy Khối các cơ quan tỉnh Nghệ An kết nạp bao nhiêu đảng viên?", text, meta
    )
    decision = check_evidence(view, units, DEFAULT_THRESHOLD)
    assert decision.refuse and decision.rule == "period"
    assert "quý III/2024" in decision.reason


@pytest.mark.parametrize("threshold", [0.0, DEFAULT_THRESHOLD])
def test_the_threshold_decides_weak_evidence(threshold: float) -> None:
    view, units = _units(
        "Đảng ủy Khối các cơ quan tỉnh Nghệ An thi hành kỷ luật bao nhiêu đảng viên?", TEXT, NA_2022_Q1
    )
    assert check_evidence(view, units, threshold).refuse == (threshold > 0)


def test_a_refusal_answer_starts_with_the_refusal_sentence() -> None:
    answer = refusal("q", "Các báo cáo đã nạp về X: năm 2024.", "quote")
    assert answer.refused and answer.mode == "quote" and not answer.citations
    assert answer.text.startswith(refusal_text()) and answer.text.endswith("năm 2024.")
