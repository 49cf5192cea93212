"""Refusal rules for reports unlike the development corpus: a column of an earlier year, a
metric the reports never state, a figure that belongs to another period."""

# ruff: noqa: E501  (test questions stay on one line, as users type them)

from __future__ import annotations

from typing import Any

from assistant.evidence import score_units
from assistant.question import analyze
from assistant.refusal import DEFAULT_THRESHOLD, check_coverage, check_evidence
from assistant.units import Unit, units_of
from vectorstore.hits import Hit

YB_2023 = {
    "doc_id": "yb-2023",
    "province": "Yên Bái",
    "body_key": "khoi-doanh-nghiep",
    "body": "Đảng ủy Khối Doanh nghiệp tỉnh",
    "periods": ["2023"],
    "mentioned_periods": ["2023", "2024"],
    "date": "2023-12-18",
}
KT_Q1 = {
    "doc_id": "kt-q1",
    "province": "Kon Tum",
    "body_key": "khoi-co-quan",
    "body": "Đảng ủy Khối các cơ quan tỉnh",
    "periods": ["2024-Q1"],
    "mentioned_periods": ["2024-Q1", "2024-Q2"],
    "date": "2024-03-27",
}
KT_H1 = {
    **KT_Q1,
    "doc_id": "kt-h1",
    "periods": ["2024-H1"],
    "mentioned_periods": ["2024-H1"],
    "date": "2024-06-25",
}
TABLE = (
    "| Chỉ tiêu | Thực hiện 2022 | Thực hiện 2023 | Kế hoạch 2024 |\n"
    "| Nộp ngân sách nhà nước (tỷ đồng) | 612,4 | 655,0 | 680 |"
)


def _tabled(tables: dict[str, str]) -> Any:
    from assistant.units import table_header_periods

    return lambda doc: table_header_periods(tables.get(doc["doc_id"], ""), 2023)


def test_a_result_column_of_an_earlier_year_leaves_the_decision_to_the_evidence() -> None:
    view = analyze("Năm 2022 Đảng ủy Khối Doanh nghiệp tỉnh Yên Bái nộp ngân sách bao nhiêu tỷ đồng?")
    assert check_coverage(view, [YB_2023]).refuse  # no table known: nothing says 2022
    assert not check_coverage(view, [YB_2023], _tabled({"yb-2023": TABLE})).refuse


def test_a_plan_column_does_not_cover_the_year_it_plans() -> None:
    view = analyze("Năm 2024 Đảng ủy Khối Doanh nghiệp tỉnh Yên Bái nộp ngân sách bao nhiêu tỷ đồng?")
    decision = check_coverage(view, [YB_2023], _tabled({"yb-2023": TABLE}))
    assert decision.refuse and decision.rule == "coverage"


def _units(question: str, chunks: list[tuple[str, dict[str, Any]]]) -> tuple[Any, list[Unit]]:
    view = analyze(question)
    units: list[Unit] = []
    for rank, (text, meta) in enumerate(chunks):
        hit = Hit(
            text=text,
            score=1.0,
            source=f"/r/{meta['doc_id']}.txt",
            chunk_id=f"{meta['doc_id']}:{rank}",
            metadata=meta,
        )
        units += units_of(hit, rank)
    score_units(units, view)
    return view, units


KT_TEXT = (
    "Đảng bộ Khối hiện có 58 tổ chức cơ sở đảng với 3.164 đảng viên.\n\n"
    "Trong quý I, cán bộ, đảng viên trong Khối đóng góp 412 triệu đồng ủng hộ Quỹ Vì người nghèo của tỉnh."
)


def test_a_metric_the_reports_never_name_is_refused_and_named_in_the_explanation() -> None:
    # "thu" is there (another metric), "đảng phí" is not: a figure of another metric.
    text = (
        KT_TEXT
        + "\n\nTổng thu từ hoạt động dịch vụ của các đơn vị sự nghiệp trong Khối quý I đạt 8,6 tỷ đồng."
    )
    view, units = _units(
        "Quý I/2024 Đảng ủy Khối các cơ quan tỉnh Kon Tum thu đảng phí được bao nhiêu?", [(text, KT_Q1)]
    )
    decision = check_evidence(view, units, DEFAULT_THRESHOLD)
    assert decision.refuse and decision.rule == "metric"
    assert '"đảng phí"' in decision.reason


def test_a_metric_the_reports_name_is_answered() -> None:
    for question in (
        "Quý I/2024 cán bộ, đảng viên Khối các cơ quan tỉnh Kon Tum đóng góp được bao nhiêu?",
        "Quý I/2024 Đảng ủy Khối các cơ quan tỉnh Kon Tum có bao nhiêu đảng viên?",
    ):
        view, units = _units(question, [(KT_TEXT, KT_Q1)])
        assert not check_evidence(view, units, DEFAULT_THRESHOLD).refuse, question


def test_a_figure_only_of_another_period_is_refused_with_the_period_it_belongs_to() -> None:
    h1_text = "6 tháng đầu năm 2024, toàn Đảng bộ kết nạp 61 đảng viên, đạt 43,6% kế hoạch năm."
    view, units = _units(
        "6 tháng đầu năm 2024 cán bộ, đảng viên Khối các cơ quan tỉnh Kon Tum đóng góp ủng hộ Quỹ Vì người nghèo bao nhiêu?",
        [(KT_TEXT, KT_Q1), (h1_text, KT_H1)],
    )
    decision = check_evidence(view, units, DEFAULT_THRESHOLD)
    assert decision.refuse and decision.rule == "period"
    assert "6 tháng đầu năm 2024" in decision.reason and "quý I/2024" in decision.reason
    assert "Kon Tum Kon Tum" not in decision.reason


def test_the_same_figure_is_answered_when_a_report_of_the_asked_period_states_it() -> None:
    h1_text = "6 tháng đầu năm 2024, cán bộ, đảng viên đóng góp 1,05 tỷ đồng ủng hộ Quỹ Vì người nghèo."
    view, units = _units(
        "6 tháng đầu năm 2024 cán bộ, đảng viên Khối các cơ quan tỉnh Kon Tum đóng góp ủng hộ Quỹ Vì người nghèo bao nhiêu?",
        [(KT_TEXT, KT_Q1), (h1_text, KT_H1)],
    )
    assert not check_evidence(view, units, DEFAULT_THRESHOLD).refuse


def test_a_body_named_after_its_province_is_not_named_twice() -> None:
    city = {**KT_Q1, "body": "Thành ủy Kon Tum", "body_key": "thanh-uy", "doc_id": "tp-kt"}
    view = analyze("Quý I/2023 Thành ủy Kon Tum kết nạp bao nhiêu đảng viên?")
    reason = check_coverage(view, [city]).reason
    assert "Thành ủy Kon Tum" in reason and "Kon Tum Kon Tum" not in reason
