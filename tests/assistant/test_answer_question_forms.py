"""Quote mode on question forms seen in real use: no diacritics, abbreviations ("DN"),
"mới" (new) versus "mỗi" (each), limitations and tasks asked with "những ... gì", section
headings and lead-ins whose items follow (in the chunk or the next one, as a list or a table),
targets listed after "phấn đấu", the date of the asked event, and totals a report never states.
All fixture text is fictional."""

# ruff: noqa: E501  (report paragraphs stay on one line, as loaders produce them)

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from assistant.asks import asks_of
from assistant.evidence import score_units
from assistant.question import analyze
from assistant.quote import quote_answer, select
from assistant.refusal import DEFAULT_THRESHOLD, check_evidence
from assistant.units import Unit, units_of
from vectorstore.hits import Hit

TV_Q1 = {
    "title": "Báo cáo công tác xây dựng Đảng quý I, nhiệm vụ quý II năm 2024",
    "date": "2024-04-08",
    "periods": ["2024-Q1"],
    "mentioned_periods": ["2024-Q1", "2024-Q2"],
    "province": "Trà Vinh",
    "body": "Đảng ủy Khối Doanh nghiệp tỉnh",
    "body_key": "khoi-doanh-nghiep",
    "doc_id": "tv-q1",
}
LS_H1 = {
    **TV_Q1,
    "title": "Báo cáo sơ kết 6 tháng đầu năm, phương hướng 6 tháng cuối năm 2024",
    "date": "2024-06-26",
    "periods": ["2024-H1"],
    "mentioned_periods": ["2024-H1", "2024-H2", "2025"],
    "province": "Lạng Sơn",
    "body": "Đảng ủy Khối các cơ quan tỉnh",
    "body_key": "khoi-co-quan",
    "doc_id": "ls-h1",
}
GL_YEAR = {
    **LS_H1,
    "title": "Báo cáo tổng kết công tác xây dựng Đảng năm 2023",
    "date": "2023-12-20",
    "periods": ["2023"],
    "mentioned_periods": ["2023", "2024"],
    "province": "Gia Lai",
    "doc_id": "gl-2023",
}


def _hit(text: str, meta: Mapping[str, Any], chunk: str, section: str = "") -> Hit:
    metadata = {**meta, "section": section}
    return Hit(text=text, score=1.0, source=f"/r/{meta['doc_id']}.txt", chunk_id=chunk, metadata=metadata)


def _scored(question: str, hits: list[Hit]) -> tuple[Any, list[Unit]]:
    view = analyze(question)
    units = [u for rank, hit in enumerate(hits) for u in units_of(hit, rank)]
    score_units(units, view)
    return view, units


def _answer(question: str, hits: list[Hit]) -> str:
    view, units = _scored(question, hits)
    return quote_answer(question, select(units, view, hits)).text


def test_doanh_thu_typed_without_diacritics_keeps_thu_as_a_content_word() -> None:
    question = "Q1/2024 cac DN khoi doanh nghiep Tra Vinh doanh thu bao nhieu"
    assert "thu" in analyze(question).terms
    text = (
        "Đảng bộ Khối hiện có 47 tổ chức cơ sở đảng với 1.830 đảng viên.\n\n"
        "Tổng doanh thu của các doanh nghiệp ước đạt 2.345 tỷ đồng, bằng 21,7% kế hoạch năm."
    )
    answer = _answer(question, [_hit(text, TV_Q1, "tv:0001")])
    assert "2.345" in answer and "1.830" not in answer


def test_moi_with_diacritics_is_new_not_each() -> None:
    assert "breakdown" not in asks_of("Năm 2023 Đảng ủy kết nạp được bao nhiêu đảng viên mới?")
    assert "breakdown" in asks_of("Năm 2023 mỗi hình thức kỷ luật có bao nhiêu đảng viên?")
    assert "breakdown" in asks_of("nam 2023 moi hinh thuc ky luat bao nhieu dang vien")


def test_a_target_listed_after_phan_dau_is_not_the_years_result() -> None:
    text = (
        "Trong năm, toàn Đảng bộ kết nạp 268 đảng viên, đạt 104% kế hoạch; xét công nhận đảng viên chính thức cho 241 đồng chí.\n\n"
        'Năm 2024, Đảng ủy xác định chủ đề năm là "Năm kỷ cương", phấn đấu tăng trưởng kinh tế đạt 7% trở lên; thu ngân sách đạt 915 tỷ đồng; kết nạp 300 đảng viên mới.'
    )
    question = "Năm 2023 Đảng ủy Khối các cơ quan tỉnh Gia Lai kết nạp được bao nhiêu đảng viên mới?"
    view, units = _scored(question, [_hit(text, GL_YEAR, "gl:0002")])
    assert "268" in select(units, view)[0].quote


def test_nhung_han_che_gi_without_diacritics_quotes_the_section_list() -> None:
    question = "lang son khoi co quan 6 thang dau nam 2024 con nhung han che gi"
    assert "list" in asks_of(question)
    text = (
        "II. HẠN CHẾ\n\n"
        "- Một số chi bộ sinh hoạt chưa đều, nội dung còn chung chung.\n\n"
        "- Việc quản lý đảng viên đi làm ăn xa chưa chặt chẽ.\n\n"
        "- Còn 7 tổ chức cơ sở đảng chưa kết nạp được đảng viên."
    )
    answer = _answer(question, [_hit(text, LS_H1, "ls:0005", "II. HẠN CHẾ")])
    assert "làm ăn xa" in answer and "Còn 7 tổ chức" in answer


def test_a_heading_named_by_the_question_is_quoted_with_its_items() -> None:
    text = (
        "III. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024\n\n"
        "- Hoàn thành kiểm điểm, xếp loại tổ chức đảng, đảng viên năm 2024.\n\n"
        "- Phấn đấu kết nạp thêm 64 đảng viên để đạt chỉ tiêu năm."
    )
    question = "phuong huong nhiem vu 6 thang cuoi nam 2024 cua dang uy khoi co quan tinh lang son"
    hit = _hit(text, LS_H1, "ls:0008", "III. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024")
    view, units = _scored(question, [hit])
    picked = select(units, view, [hit])
    assert picked[0].kind == "list" and "64 đảng viên" in picked[0].quote
    assert all(u.quote in hit.text for u in picked)


def test_a_lead_in_ending_a_chunk_is_followed_by_the_table_of_the_next_chunk() -> None:
    first = _hit(
        'II. NHIỆM VỤ NĂM 2024\n\nChủ đề công tác năm 2024: "Kỷ cương, hiệu quả".\n\nCác chỉ tiêu chủ yếu năm 2024:',
        GL_YEAR,
        "gl:0007",
    )
    second = _hit(
        "Bảng 3. Chỉ tiêu chủ yếu năm 2024\n\n| Chỉ tiêu | Năm 2024 |\n| Kết nạp đảng viên mới | 275 đảng viên |\n| Chi bộ được kiểm tra | ít nhất 35% |",
        GL_YEAR,
        "gl:0008",
    )
    question = "Chỉ tiêu chủ yếu năm 2024 của Đảng ủy Khối các cơ quan tỉnh Gia Lai là những chỉ tiêu nào?"
    answer = _answer(question, [first, second])
    assert "275 đảng viên" in answer and "ít nhất 35%" in answer


TASKS = (
    "Kết luận hội nghị, đồng chí Bí thư Huyện ủy yêu cầu quý II tập trung các nhiệm vụ:\n\n"
    "1. Hoàn thành đại hội các chi bộ trực thuộc trong tháng 5/2025;\n\n"
    "2. Đẩy nhanh tiến độ xây dựng nhà văn hóa thôn Kon Plông."
)
HU_Q1 = {
    **TV_Q1,
    "periods": ["2025-Q1"],
    "mentioned_periods": ["2025-Q1", "2025-Q2"],
    "province": "",
    "body": "Huyện ủy",
    "body_key": "huyen-uy",
    "doc_id": "hu-q1",
}


def test_chatty_tasks_question_is_answered_with_the_task_list() -> None:
    question = "Huyện ủy đề ra những việc gì phải làm trong quý 2/2025 vậy?"
    hit = _hit("Quý I/2025, toàn huyện gieo trồng 950 ha lúa.\n\n" + TASKS, HU_Q1, "hu:0004", "Sơ kết quý I")
    view, units = _scored(question, [hit])
    assert view.plan and {"nhiem", "vu"} <= set(view.terms) and "list" in view.asks
    assert not check_evidence(view, units, DEFAULT_THRESHOLD).refuse
    answer = quote_answer(question, select(units, view, [hit])).text
    assert "tháng 5/2025" in answer and "Kon Plông" in answer


def test_a_date_question_quotes_the_date_of_the_asked_event() -> None:
    text = (
        "Chiều 20/1, Đảng ủy Khối các cơ quan tỉnh Lạng Sơn tổ chức hội nghị tổng kết và công bố quyết định về việc kết thúc hoạt động của Đảng bộ Khối.\n\n"
        "Thực hiện chủ trương sắp xếp tổ chức bộ máy, Đảng bộ Khối các cơ quan tỉnh kết thúc hoạt động từ ngày 15/2/2025; các tổ chức cơ sở đảng được chuyển về đảng bộ mới."
    )
    meta = {**LS_H1, "periods": ["2024"], "date": "2025-01-20"}
    question = "dang bo khoi cac co quan tinh lang son ket thuc hoat dong tu ngay nao"
    view, units = _scored(question, [_hit(text, meta, "ls:0001")])
    assert "15/2/2025" in select(units, view)[0].quote


STOCKLESS = (
    "Quý I, toàn Đảng bộ kết nạp 19 đảng viên; kiểm tra 12 tổ chức đảng và 40 đảng viên.\n\n"
    "Đảng bộ hiện có 31 tổ chức cơ sở đảng (18 đảng bộ cơ sở, 13 chi bộ cơ sở)."
)


def test_a_total_the_report_never_states_is_refused() -> None:
    question = "Đảng ủy Khối Doanh nghiệp tỉnh Trà Vinh có tổng cộng bao nhiêu đảng viên?"
    view, units = _scored(question, [_hit(STOCKLESS, TV_Q1, "tv:0002")])
    assert view.total
    decision = check_evidence(view, units, DEFAULT_THRESHOLD)
    assert decision.refuse and decision.rule == "metric"


def test_a_stated_total_is_answered() -> None:
    text = STOCKLESS + "\n\nTính đến 31/3/2024, Đảng bộ Khối có 31 tổ chức cơ sở đảng với 2.075 đảng viên."
    question = "dang uy khoi doanh nghiep tinh tra vinh co tong cong bao nhieu dang vien"
    view, units = _scored(question, [_hit(text, TV_Q1, "tv:0002")])
    assert not check_evidence(view, units, DEFAULT_THRESHOLD).refuse
    assert "2.075" in quote_answer(question, select(units, view)).text


def test_rieng_singles_out_the_quarter_inside_the_reported_half_year() -> None:
    view = analyze(
        "Theo bảng 6 tháng 2024 của Đảng ủy Khối các cơ quan tỉnh Lạng Sơn, riêng quý II kết nạp bao nhiêu đảng viên?"
    )
    assert view.periods == ["2024-Q2"]
    both = analyze(
        "6 tháng 2024 và quý II Đảng ủy Khối các cơ quan tỉnh Lạng Sơn kết nạp bao nhiêu đảng viên?"
    )
    assert len(both.periods) == 2


def test_rieng_quarter_question_quotes_the_rows_of_that_column() -> None:
    text = (
        "Tổng doanh thu 6 tháng ước đạt 3.180 tỷ đồng; nộp ngân sách nhà nước 402,6 tỷ đồng.\n\n"
        "| Chỉ tiêu | Quý I | Quý II | 6 tháng |\n"
        "| Doanh thu (tỷ đồng) | 1.470 | 1.710 | 3.180 |\n"
        "| Nộp ngân sách (tỷ đồng) | 190,2 | 212,4 | 402,6 |"
    )
    meta = {**TV_Q1, "periods": ["2024-H1"], "mentioned_periods": ["2024-H1", "2024-H2"]}
    question = "Theo bảng chỉ tiêu 6 tháng 2024 của Khối DN Trà Vinh, riêng Q2 doanh thu và nộp ngân sách là bao nhiêu?"
    hit = _hit(text, meta, "tv:0003")
    view, units = _scored(question, [hit])
    picked = select(units, view, [hit])
    assert all(u.kind == "row" for u in picked)  # not the 6-month sentence
    answer = quote_answer(question, picked).text
    assert "1.710" in answer and "212,4" in answer


ARTICLE = (
    "Chiều 9/7, Ban Chấp hành Đảng bộ thị xã An Khê tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2024.\n\n"
    "Sáu tháng đầu năm, tốc độ tăng trưởng kinh tế ước đạt 6,9%; tổng thu ngân sách đạt 214 tỷ đồng, bằng 51,2% dự toán.\n\n"
    "Tỷ lệ hồ sơ thủ tục hành chính được giải quyết trực tuyến đạt 81,4%; hoàn thành 6 công trình giao thông nông thôn.\n\n"
    "Đảng bộ thị xã hiện có 39 tổ chức cơ sở đảng với 2.640 đảng viên.\n\n"
    "Kết luận hội nghị, đồng chí Bí thư yêu cầu 6 tháng cuối năm phấn đấu kết nạp vượt chỉ tiêu 90 đảng viên; giải ngân vốn đầu tư công đạt 95% kế hoạch.\n\n"
    "Sáu tháng, toàn Đảng bộ kết nạp 43 đảng viên, đạt 47,8% kế hoạch năm."
)


def test_a_one_section_article_is_summarised_beyond_three_sentences_with_results_not_only_targets() -> None:
    meta = {**GL_YEAR, "periods": ["2024-H1"], "mentioned_periods": ["2024-H1", "2024-H2"], "doc_id": "ak-h1"}
    title = "Thị xã An Khê sơ kết 6 tháng đầu năm 2024"
    hits = [_hit(ARTICLE, {**meta, "title": title}, "ak:0000", title)]
    answer = _answer("Tóm tắt hội nghị sơ kết 6 tháng đầu năm 2024 của Đảng bộ thị xã An Khê", hits)
    assert "2.640" in answer and "81,4%" in answer and "214 tỷ" in answer
    assert "kết nạp 43" in answer  # a target on admissions does not stand for the result


def test_who_signed_and_which_number_gets_both_the_signature_and_the_own_number() -> None:
    meta = {**TV_Q1, "doc_number": "57-BC/ĐUK"}
    head = _hit(
        "ĐẢNG ỦY KHỐI DOANH NGHIỆP TỈNH\n\nSố 57-BC/ĐUK\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\nTrà Vinh, ngày 8 tháng 4 năm 2024",
        meta,
        "tv:0000",
    )
    body = _hit(
        "Ban Thường vụ Đảng ủy Khối chỉ đạo các cấp ủy quán triệt Chỉ thị số 12-CT/TW của Ban Bí thư đến 100% chi bộ.",
        meta,
        "tv:0004",
    )
    sign = _hit("T/M BAN THƯỜNG VỤ\n\nPHÓ BÍ THƯ\n\n(đã ký)\n\nThạch Thị Sa Ly", meta, "tv:0009", "Nơi nhận")
    question = "bao cao quy 1 2024 khoi doanh nghiep tra vinh do ai ky thay mat BTV, so hieu van ban la gi"
    answer = _answer(question, [head, body, sign])
    assert "Thạch Thị Sa Ly" in answer and "57-BC/ĐUK" in answer


def test_work_already_done_is_not_read_as_tasks() -> None:
    assert not analyze("Quý I/2025 Huyện ủy đã làm được những việc gì?").plan
    assert analyze("Quý II/2025 Huyện ủy cần làm gì?").plan
