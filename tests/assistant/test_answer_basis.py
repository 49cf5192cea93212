"""The basis of a figure (``assistant.basis``): a plan of another report does not answer a
period no report covers, a growth over the same period is not a share of the plan; and the
question forms that name a document's number and issue date on two sides."""

# ruff: noqa: E501  (test questions stay on one line, as users type them)

from __future__ import annotations

from typing import Any

from assistant.asks import asks_of
from assistant.basis import check_basis, known_periods, ratio_metric
from assistant.evidence import score_units
from assistant.question import analyze
from assistant.refusal import DEFAULT_THRESHOLD
from assistant.units import Unit, units_of
from vectorstore.hits import Hit

_BODY = {"province": "Nam Định", "body_key": "khoi-co-quan", "body": "Đảng ủy Khối các cơ quan tỉnh"}
ND_YEAR = {
    **_BODY,
    "doc_id": "nd-2024",
    "periods": [],
    "title": "I. CÔNG TÁC CHÍNH TRỊ",
    "mentioned_periods": ["2024", "2025"],
}
ND_Q1 = {
    **_BODY,
    "doc_id": "nd-q1",
    "periods": ["2025-Q1"],
    "date": "2025-03-25",
    "title": "Báo cáo quý I năm 2025",
}
ND_H1 = {
    **_BODY,
    "doc_id": "nd-h1",
    "periods": ["2025-H1"],
    "date": "2025-06-20",
    "title": "Báo cáo 6 tháng đầu năm 2025",
}
TB_H1 = {
    "province": "Thái Bình",
    "body_key": "khoi-doanh-nghiep",
    "body": "Đảng ủy Khối Doanh nghiệp tỉnh",
    "doc_id": "tb-h1",
    "periods": ["2025-H1"],
    "date": "2025-06-26",
}

PLAN = "Nhiệm vụ năm 2025:\n- Kết nạp 140 đảng viên mới; 100% chi bộ sinh hoạt chuyên đề."
GROWTH = (
    "Sáu tháng qua, các doanh nghiệp trong Khối đạt tổng doanh thu ước 5.120 tỷ đồng, tăng 6,4% so với cùng kỳ. "
    "Đảng bộ Khối kết nạp 28 đảng viên, đạt 56% kế hoạch năm."
)


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


def _decide(question: str, chunks: list[tuple[str, dict[str, Any]]], documents: list[dict[str, Any]]) -> Any:
    view, units = _units(question, chunks)
    return check_basis(view, documents, units, DEFAULT_THRESHOLD)


def test_a_plan_does_not_answer_a_period_no_report_covers() -> None:
    documents = [ND_YEAR, ND_Q1, ND_H1]
    decision = _decide(
        "Quý III/2025 Đảng ủy Khối các cơ quan tỉnh Nam Định kết nạp bao nhiêu đảng viên?",
        [(PLAN, ND_YEAR)],
        documents,
    )
    assert decision.refuse and decision.rule == "period"
    assert "quý III/2025" in decision.reason and "6 tháng đầu năm 2025" in decision.reason


def test_a_covered_period_or_a_passage_naming_it_still_answers() -> None:
    documents = [ND_YEAR, ND_Q1, ND_H1]
    covered = "6 tháng đầu năm 2025 Đảng ủy Khối các cơ quan tỉnh Nam Định kết nạp bao nhiêu đảng viên?"
    assert not _decide(covered, [("Sáu tháng, Đảng bộ kết nạp 61 đảng viên.", ND_H1)], documents).refuse
    named = "Quý III/2025 Đảng ủy Khối các cơ quan tỉnh Nam Định kết nạp bao nhiêu đảng viên?"
    stated = "Riêng quý III/2025, Đảng bộ đã kết nạp 33 đảng viên."
    assert not _decide(named, [(stated, ND_YEAR)], documents).refuse


def test_a_target_question_still_gets_the_target() -> None:
    question = "Chỉ tiêu kết nạp đảng viên năm 2025 của Đảng ủy Khối các cơ quan tỉnh Nam Định là bao nhiêu?"
    assert not _decide(question, [(PLAN, ND_YEAR)], [ND_YEAR, ND_Q1, ND_H1]).refuse


def test_a_title_gives_the_period_of_a_report_without_metadata() -> None:
    assert [p.key for p in known_periods({"periods": [], "title": "Báo cáo tổng kết năm 2024"})] == ["2024"]
    assert known_periods({"periods": ["2025-Q1"], "title": "năm 2024"})[0].key == "2025-Q1"


def test_a_growth_is_not_a_share_of_the_plan() -> None:
    question = "Tổng doanh thu 6 tháng đầu năm 2025 của doanh nghiệp Khối DN tỉnh Thái Bình đạt bao nhiêu % kế hoạch năm?"
    assert ratio_metric(analyze(question)) == ["doanh", "thu"]
    decision = _decide(question, [(GROWTH, TB_H1)], [TB_H1])
    assert decision.refuse and decision.rule == "metric" and "doanh thu" in decision.reason
    stated = "Tổng doanh thu ước 5.120 tỷ đồng, đạt 51,2% kế hoạch năm."
    assert not _decide(question, [(stated, TB_H1)], [TB_H1]).refuse


def test_a_share_of_the_plan_in_a_table_row_answers() -> None:
    question = "Doanh thu 6 tháng đầu năm 2025 của Khối DN tỉnh Thái Bình đạt bao nhiêu phần trăm kế hoạch?"
    table = "| Chỉ tiêu | KH năm | TH 6 tháng | Tỷ lệ (%) |\n| Doanh thu (tỷ đồng) | 10.000 | 5.120 | 51,2 |"
    assert not _decide(question, [(table, TB_H1)], [TB_H1]).refuse
    assert not ratio_metric(
        analyze("Doanh thu 6 tháng đầu năm 2025 của Khối DN tỉnh Thái Bình tăng bao nhiêu %?")
    )


def test_number_and_issue_date_of_two_reports() -> None:
    question = "Hai báo cáo quý I/2025 của Đảng ủy Khối các cơ quan tỉnh Hà Nam và Bắc Ninh có số hiệu và ngày ban hành thế nào?"
    assert {"docnumber", "date", "issued"} <= asks_of(question)
    view = analyze(question)
    assert not {"hai", "hieu", "ban", "hanh"} & set(view.terms)


def test_each_side_gets_its_number_and_its_date() -> None:
    from assistant.quote_sides import per_side

    question = "Hai báo cáo quý I/2025 của Đảng ủy Khối các cơ quan tỉnh Hà Nam và Bắc Ninh có số hiệu và ngày ban hành thế nào?"
    common = {"body_key": "khoi-co-quan", "body": "Đảng ủy Khối các cơ quan tỉnh", "periods": ["2025-Q1"]}
    hn = {**common, "doc_id": "hn", "province": "Hà Nam", "doc_number": "12-BC/ĐUK"}
    bn = {**common, "doc_id": "bn", "province": "Bắc Ninh", "doc_number": "48-BC/ĐUK"}
    head = "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH\nSố {n}\n\n{place}, ngày {d} tháng 3 năm 2025\n\nBÁO CÁO kết quả công tác quý I năm 2025"
    view, units = _units(
        question,
        [
            (head.format(n="12-BC/ĐUK", place="Phủ Lý", d=24), hn),
            (head.format(n="48-BC/ĐUK", place="Từ Sơn", d=27), bn),
        ],
    )
    picked, _ = per_side(units, view)
    quoted = "\n".join(u.quote for u in picked)
    assert "12-BC/ĐUK" in quoted and "48-BC/ĐUK" in quoted
    assert "ngày 24 tháng 3" in quoted and "ngày 27 tháng 3" in quoted


def test_pilot_point_is_a_content_word_but_a_point_in_time_is_not() -> None:
    assert "diem" in analyze("dai hoi diem cua DUK co quan Nam Dinh chon don vi nao lam diem?").terms
    assert "diem" not in analyze("Tại thời điểm 30/6/2025 Đảng bộ Khối Hà Nam có bao nhiêu đảng viên?").terms


def test_a_period_phrase_counts_nothing() -> None:
    from assistant.evidence import counted_numbers

    assert counted_numbers("Biểu chỉ tiêu chủ yếu 6 tháng đầu năm 2025") == []
    assert counted_numbers("9 tháng năm 2024 thu 1.200 tỷ đồng") == ["1.200 tỷ"]
    assert counted_numbers("trong 3 tháng, kết nạp 5 đảng viên") == ["3", "5"]


def test_a_report_of_unknown_period_is_not_penalised_for_naming_none() -> None:
    from assistant.period_signals import period_signal

    question = "Bồi dưỡng kiến thức quốc phòng 6 tháng 2025 của Bộ Chỉ huy Quân sự tỉnh Hà Nam đạt bao nhiêu?"
    meta = {"doc_id": "hn-qs", "province": "Hà Nam", "periods": []}
    row = "| Chỉ tiêu | Kế hoạch năm | Thực hiện 6 tháng | Tỷ lệ |\n| Bồi dưỡng kiến thức quốc phòng (lượt) | 900 | 420 | 46,7% |"
    view, units = _units(question, [(row, meta)])
    assert [period_signal(u, view) for u in units if u.kind == "row"] == [0.0]


def test_what_is_left_to_do_is_quoted_with_the_plan() -> None:
    from assistant.quote import select

    question = "Kế hoạch kết nạp đảng viên năm 2025 của Đảng ủy Khối các cơ quan tỉnh Nam Định là bao nhiêu, hết 6 tháng còn phải kết nạp thêm bao nhiêu nữa?"
    assert "remaining" in asks_of(question)
    assert "remaining" not in asks_of("Đảng ủy Khối các cơ quan tỉnh Nam Định có bao nhiêu đảng viên?")
    h1 = (
        "Sáu tháng đầu năm 2025 kết nạp 64 đảng viên, đạt 40% kế hoạch năm (kế hoạch năm 2025 là 160 đảng viên). "
        "Công tác kiểm tra được tăng cường.\n\nNhiệm vụ 6 tháng cuối năm:\n\n2. Phấn đấu kết nạp 96 đảng viên để hoàn thành kế hoạch năm."
    )
    view, units = _units(question, [(h1, ND_H1)])
    quoted = [u.quote for u in select(units, view)]
    assert any("160 đảng viên" in q for q in quoted) and any("96 đảng viên" in q for q in quoted)


def test_a_summary_of_two_periods_of_one_report_is_one_summary() -> None:
    from assistant.quote import select, whole_report

    question = "Tóm tắt báo cáo quý II và 6 tháng đầu năm 2025 của Thành ủy Bắc Ninh."
    meta = {
        "doc_id": "bn-tu",
        "province": "Bắc Ninh",
        "body_key": "thanh-uy",
        "periods": ["2025-H1", "2025-Q2"],
        "section": "I. KINH TẾ",
    }
    text = (
        "Tổng thu ngân sách trên địa bàn 6 tháng ước đạt 2.310 tỷ đồng, bằng 55,2% dự toán. "
        "Giá trị sản xuất công nghiệp tăng 8,1% so với cùng kỳ. "
        "Giải ngân vốn đầu tư công mới đạt 41,5% kế hoạch, thấp hơn cùng kỳ năm trước."
    )
    view, units = _units(question, [(text, meta)])
    view.sides = [view, view]  # the retriever reads "quý II và 6 tháng" as two sides
    assert whole_report(view)
    quoted = " ".join(u.quote for u in select(units, view))
    assert "2.310 tỷ đồng" in quoted and "41,5%" in quoted


def test_an_earlier_period_is_left_to_the_evidence() -> None:
    # A report may give an earlier period in a comparison column; never a later one.
    question = "Năm 2024 Đảng ủy Khối các cơ quan tỉnh Nam Định kết nạp bao nhiêu đảng viên?"
    row = "| Chỉ tiêu | Thực hiện 2024 | Kế hoạch 2025 |\n| Kết nạp đảng viên | 152 | 160 |"
    assert not _decide(question, [(row, ND_H1)], [ND_Q1, ND_H1]).refuse


def test_a_glued_pdf_header_still_names_the_plan() -> None:
    question = (
        "Theo bảng chỉ tiêu 6 tháng, doanh thu các DN Khối Thái Bình đạt bao nhiêu % kế hoạch năm 2025?"
    )
    table = "Chỉ tiêu Kế hoạch năm 2025Thực hiện 6 thángTỷ lệ so kế hoạch\n| Doanh thu (tỷ đồng) | 10.000 | 5.120 | 51,2% |"
    assert not _decide(question, [(table, TB_H1)], [TB_H1]).refuse


def test_a_report_within_the_asked_year_covers_its_plan_and_its_events_not_its_figures() -> None:
    from assistant.refusal import check_coverage

    documents = [ND_H1]
    plan = "Kế hoạch kết nạp đảng viên năm 2025 của Đảng ủy Khối các cơ quan tỉnh Nam Định là bao nhiêu?"
    event = "Đảng ủy Khối các cơ quan tỉnh Nam Định tổ chức hội nghị điển hình tiên tiến ở đâu năm 2025?"
    figure = "Năm 2025 Đảng ủy Khối các cơ quan tỉnh Nam Định kết nạp bao nhiêu đảng viên?"
    issued = "Báo cáo năm 2025 của Đảng ủy Khối các cơ quan tỉnh Nam Định ban hành ngày nào?"
    assert not check_coverage(analyze(plan), documents).refuse
    assert not check_coverage(analyze(event), documents).refuse
    assert check_coverage(analyze(figure), documents).refuse
    assert check_coverage(analyze(issued), documents).refuse
