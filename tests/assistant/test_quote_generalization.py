"""Quote mode on hand-made chunks of reports unlike the development corpus: lead-ins and their
lists, lists of the asked period, themes of the asked year, dates of issue, figures of another
period, several kinds of fact in one question, and summaries."""

# ruff: noqa: E501  (report paragraphs stay on one line, as loaders produce them)

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.evidence import score_units
from assistant.question import analyze
from assistant.quote import quote_answer, select
from assistant.units import Unit, table_header_periods, units_of
from vectorstore.hits import Hit

KT_Q1 = {
    "title": "Báo cáo kết quả công tác xây dựng Đảng quý I, nhiệm vụ trọng tâm quý II năm 2024",
    "date": "2024-03-27",
    "periods": ["2024-Q1"],
    "mentioned_periods": ["2024-Q1", "2024-Q2", "2024"],
    "province": "Kon Tum",
    "body": "Đảng ủy Khối các cơ quan tỉnh",
    "body_key": "khoi-co-quan",
    "doc_id": "kt-q1",
}
KT_H1 = {
    **KT_Q1,
    "title": "Báo cáo sơ kết 6 tháng đầu năm, nhiệm vụ 6 tháng cuối năm 2024",
    "date": "2024-06-25",
    "periods": ["2024-H1"],
    "mentioned_periods": ["2024-H1", "2024-H2", "2025"],
    "doc_id": "kt-h1",
}
YB_YEAR = {
    **KT_Q1,
    "title": "Báo cáo tổng kết công tác xây dựng Đảng năm 2023",
    "date": "2023-12-18",
    "periods": ["2023"],
    "mentioned_periods": ["2023", "2024"],
    "province": "Yên Bái",
    "body": "Đảng ủy Khối Doanh nghiệp tỉnh",
    "body_key": "khoi-doanh-nghiep",
    "doc_id": "yb-2023",
}


def _hit(text: str, meta: Mapping[str, Any], chunk: str, section: str = "") -> Hit:
    metadata = {**meta, "section": section}
    return Hit(text=text, score=1.0, source=f"/r/{meta['doc_id']}.txt", chunk_id=chunk, metadata=metadata)


def _pick(question: str, hits: list[Hit]) -> list[Unit]:
    view = analyze(question)
    units = [u for rank, hit in enumerate(hits) for u in units_of(hit, rank)]
    score_units(units, view)
    return select(units, view, hits)


def _text(picked: list[Unit]) -> str:
    return quote_answer("q", picked).text


TASKS_Q1 = (
    "II. NHIỆM VỤ TRỌNG TÂM QUÝ II NĂM 2024\n\n"
    'Ban Thường vụ Đảng ủy Khối thống nhất chủ đề năm 2024 là "Năm nâng cao chất lượng sinh hoạt chi bộ". Trong quý II, tập trung các nhiệm vụ sau:\n'
    "- Tổ chức học tập chuyên đề năm 2024 cho 100% chi bộ;\n"
    "- Phấn đấu kết nạp ít nhất 40 đảng viên;\n"
    "- Chuẩn bị sơ kết 6 tháng đầu năm 2024."
)
TASKS_H1 = (
    "II. NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2024\n\n"
    "Các nhiệm vụ trọng tâm 6 tháng cuối năm 2024 của Đảng bộ Khối:\n"
    "- Kết nạp 79 đảng viên để hoàn thành chỉ tiêu năm;\n"
    "- Tổng kết công tác năm 2024 và đề xuất chủ đề năm 2025 với Ban Thường vụ."
)


def test_a_lead_in_ending_in_a_colon_is_quoted_with_the_items_after_it() -> None:
    hits = [_hit(TASKS_Q1, KT_Q1, "kt-q1:0005", "II. NHIỆM VỤ TRỌNG TÂM QUÝ II NĂM 2024")]
    picked = _pick("cac nhiem vu quy 2 nam 2024 cua dang uy khoi cac co quan tinh kon tum la gi", hits)
    assert picked[0].kind == "list"
    assert picked[0].quote.startswith("Trong quý II, tập trung các nhiệm vụ sau:")
    assert "40 đảng viên" in picked[0].quote and picked[0].quote in TASKS_Q1


def test_the_tasks_of_the_asked_period_come_from_the_report_that_sets_them() -> None:
    hits = [
        _hit(TASKS_H1, KT_H1, "kt-h1:0004", "II. NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2024"),
        _hit(TASKS_Q1, KT_Q1, "kt-q1:0005", "II. NHIỆM VỤ TRỌNG TÂM QUÝ II NĂM 2024"),
    ]
    picked = _pick(
        "Nhiệm vụ trọng tâm quý II/2024 của Đảng ủy Khối các cơ quan tỉnh Kon Tum gồm những gì?", hits
    )
    assert picked[0].kind == "list" and picked[0].doc_id == "kt-q1"
    assert "40 đảng viên" in _text(picked) and "79 đảng viên" not in _text(picked)


def test_a_list_nearly_as_good_as_a_sentence_naming_the_tasks_answers_a_list_question() -> None:
    lead = "Chiều 3/4, Đảng ủy Khối các cơ quan tỉnh Kon Tum sơ kết quý I, bàn nhiệm vụ trọng tâm quý II/2024.\n\n"
    hits = [_hit(lead + TASKS_Q1, KT_Q1, "kt-q1:0005")]
    picked = _pick(
        "Nhiệm vụ trọng tâm quý II/2024 của Đảng ủy Khối các cơ quan tỉnh Kon Tum gồm những gì?", hits
    )
    assert picked[0].kind == "list" and "Chuẩn bị sơ kết" in picked[0].quote


def test_the_theme_of_the_asked_year_beats_a_proposal_for_next_years_theme() -> None:
    hits = [
        _hit(TASKS_H1, KT_H1, "kt-h1:0004", "II. NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2024"),
        _hit(TASKS_Q1, KT_Q1, "kt-q1:0005", "II. NHIỆM VỤ TRỌNG TÂM QUÝ II NĂM 2024"),
    ]
    for question in (
        "chu de nam 2025 cua dang uy khoi cac co quan tinh kon tum",
        "Chủ đề năm 2024 của Đảng ủy Khối các cơ quan tỉnh Kon Tum là gì?",
    ):
        picked = _pick(question, hits)
        wanted = "2025" not in question
        assert ("Năm nâng cao chất lượng sinh hoạt chi bộ" in picked[0].quote) == wanted


HEAD = (
    "ĐẢNG BỘ TỈNH YÊN BÁI\n\nĐẢNG ỦY KHỐI DOANH NGHIỆP TỈNH\n\nSố 97-BC/ĐUK\n\n"
    "Yên Bái, ngày 18 tháng 12 năm 2023\n\nBÁO CÁO\n\nTổng kết công tác xây dựng Đảng năm 2023\n\n"
    "Ban Thường vụ Đảng ủy Khối Doanh nghiệp tỉnh Yên Bái báo cáo kết quả công tác xây dựng Đảng năm 2023 như sau:"
)
TABLE_HEAD = (
    "| | Đảng bộ | Ngày 18 tháng 12 năm 2023 |\n"
    "| Số 97-BC/ĐUK | | *Yên Bái, ngày 18 tháng 12 năm 2023* |\n\n"
    "Ban Thường vụ Đảng ủy Khối báo cáo kết quả công tác năm 2023 như sau:"
)


def test_the_date_of_issue_is_the_place_and_date_line_as_written() -> None:
    for text in (HEAD, TABLE_HEAD):
        picked = _pick(
            "Báo cáo tổng kết năm 2023 của Đảng ủy Khối Doanh nghiệp tỉnh Yên Bái ban hành ngày nào?",
            [_hit(text, YB_YEAR, "yb:0000")],
        )
        assert "Yên Bái, ngày 18 tháng 12 năm 2023" in picked[0].quote


def test_a_conference_date_question_quotes_the_dated_sentence() -> None:
    text = (
        "Đảng bộ Khối kết nạp 61 đảng viên trong 6 tháng\n\n"
        "Ngày 9/7, Đảng ủy Khối các cơ quan tỉnh Kon Tum tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2024. "
        "Đồng chí Trần Quang Hiếu, Bí thư Đảng ủy Khối chủ trì hội nghị."
    )
    hits = [_hit(text, KT_H1, "kt-h1:0000")]
    picked = _pick("khoi cac co quan kon tum so ket 6 thang dau nam 2024 ngay may", hits)
    assert "Ngày 9/7" in picked[0].quote
    both = _pick(
        "hoi nghi so ket 6 thang dau nam 2024 cua khoi cac co quan kon tum dien ra ngay nao, do ai chu tri?",
        hits,
    )
    assert "Ngày 9/7" in _text(both) and "Trần Quang Hiếu" in _text(both)


YEAR_TABLE = (
    "Phụ lục: Một số chỉ tiêu chủ yếu\n\n"
    "| Chỉ tiêu | Thực hiện 2022 | Thực hiện 2023 | Kế hoạch 2024 | 2023 so 2022 (%) |\n"
    "| Nộp ngân sách nhà nước (tỷ đồng) | 612,4 | 655,0 | 680 | 107,0 |\n"
    "| Kết nạp đảng viên mới | 74 | 81 | 85 | 109,5 |"
)


def test_table_header_periods_count_result_columns_not_plans_or_ratios() -> None:
    assert table_header_periods(YEAR_TABLE, 2023) == {"2022", "2023"}
    assert table_header_periods("| Nội dung | Quý I | Quý II | 6 tháng |", 2024) == {
        "2024-Q1",
        "2024-Q2",
        "2024-H1",
    }
    assert table_header_periods("Năm 2022 là năm đầu tiên.", 2023) == set()


def test_last_years_column_answers_a_question_about_last_year() -> None:
    text = "Năm 2023, các doanh nghiệp nộp ngân sách nhà nước 655,0 tỷ đồng, vượt 2,3% kế hoạch."
    hits = [_hit(text, YB_YEAR, "yb:0001"), _hit(YEAR_TABLE, YB_YEAR, "yb:0002")]
    picked = _pick(
        "Năm 2022 các doanh nghiệp thuộc Đảng ủy Khối Doanh nghiệp tỉnh Yên Bái nộp ngân sách bao nhiêu?",
        hits,
    )
    assert picked[0].kind == "row" and "612,4" in picked[0].quote
    assert all("655,0 tỷ đồng, vượt" not in u.quote for u in picked)


def test_a_figure_of_another_period_is_not_quoted_when_one_of_the_asked_period_exists() -> None:
    q1 = "Trong quý I, cán bộ, đảng viên trong Khối đóng góp 412 triệu đồng ủng hộ Quỹ Vì người nghèo."
    h1 = "6 tháng đầu năm 2024, cán bộ, đảng viên đóng góp 1,05 tỷ đồng cho các hoạt động an sinh xã hội."
    hits = [_hit(q1, KT_Q1, "kt-q1:0003"), _hit(h1, KT_H1, "kt-h1:0002")]
    picked = _pick(
        "6 tháng đầu năm 2024 cán bộ, đảng viên Khối các cơ quan Kon Tum đóng góp ủng hộ Quỹ Vì người nghèo bao nhiêu?",
        hits,
    )
    assert [u.doc_id for u in picked] == ["kt-h1"]


def test_two_periods_joined_by_and_are_each_answered_from_their_report() -> None:
    q1 = "Trong quý I, toàn Đảng bộ kết nạp 23 đảng viên, đạt 16,4% kế hoạch năm."
    h1 = "6 tháng đầu năm 2024, toàn Đảng bộ Khối các cơ quan tỉnh Kon Tum kết nạp 61 đảng viên, đạt 43,6% kế hoạch năm."
    hits = [_hit(h1, KT_H1, "kt-h1:0001"), _hit(q1, KT_Q1, "kt-q1:0001")]
    question = "Đảng ủy Khối các cơ quan tỉnh Kon Tum kết nạp bao nhiêu đảng viên trong quý I và 6 tháng đầu năm 2024?"
    assert len(analyze(question).sides) == 2
    text = _text(_pick(question, hits))
    assert "23 đảng viên" in text and "61 đảng viên" in text


def test_two_figures_the_evidence_cannot_separate_are_both_quoted() -> None:
    text = (
        "| Chỉ tiêu | Năm 2022 | Năm 2023 |\n| Đảng viên bị kỷ luật | 3 | 5 |\n\n"
        "Trong năm, thi hành kỷ luật 5 đảng viên (khiển trách 3, cảnh cáo 1, cách chức 1)."
    )
    picked = _pick(
        "Năm 2023 Đảng ủy Khối Doanh nghiệp tỉnh Yên Bái kỷ luật đảng viên theo những hình thức nào, mỗi hình thức mấy người?",
        [_hit(text, YB_YEAR, "yb:0003")],
    )
    assert "cảnh cáo 1" in _text(picked)


SUMMARY_CHUNKS = [
    (HEAD, ""),
    (
        "Đảng bộ Khối hiện có 46 tổ chức cơ sở đảng với 1.982 đảng viên. Năm 2023, toàn Đảng bộ kết nạp 81 đảng viên, đạt 101% kế hoạch; xét công nhận đảng viên chính thức cho 70 đồng chí.",
        "I. KẾT QUẢ > 1. Công tác tổ chức, đảng viên",
    ),
    (
        "Cấp ủy, Ủy ban Kiểm tra các cấp đã kiểm tra 14 tổ chức đảng và 37 đảng viên. Trong năm, thi hành kỷ luật 2 đảng viên bằng hình thức khiển trách.",
        "I. KẾT QUẢ > 2. Kiểm tra, giám sát",
    ),
    (YEAR_TABLE, "I. KẾT QUẢ > 2. Kiểm tra, giám sát"),
    (
        "- Còn 6 tổ chức cơ sở đảng không kết nạp được đảng viên trong năm.\n- Sinh hoạt chi bộ ở một số doanh nghiệp chưa đều đặn.",
        "II. HẠN CHẾ",
    ),
]


def _summary_hits() -> list[Hit]:
    return [_hit(text, YB_YEAR, f"yb:{i:04d}", section) for i, (text, section) in enumerate(SUMMARY_CHUNKS)]


def test_a_summary_quotes_key_results_of_each_part_not_the_frame_of_the_report() -> None:
    picked = _pick(
        "Tóm tắt báo cáo tổng kết năm 2023 của Đảng ủy Khối Doanh nghiệp tỉnh Yên Bái", _summary_hits()
    )
    text = _text(picked)
    assert "1.982 đảng viên" in text and "kết nạp 81" in text and "kỷ luật 2" in text
    assert "như sau:" not in text and "ngày 18 tháng 12" not in text
    assert "Còn 6 tổ chức cơ sở đảng" in text  # the shortcomings are a part of the report too
    assert text.count("kết nạp 81") + text.count("| Kết nạp đảng viên mới |") == 1  # said once
    assert [u.hit.chunk_id for u in picked] == sorted(u.hit.chunk_id for u in picked)


def test_a_summary_of_a_named_part_stays_in_that_part() -> None:
    picked = _pick("Tóm tắt các hạn chế năm 2023 của Đảng ủy Khối Doanh nghiệp tỉnh Yên Bái", _summary_hits())
    assert picked and {u.hit.metadata["section"] for u in picked} == {"II. HẠN CHẾ"}


@settings(max_examples=40, deadline=None)
@given(st.permutations(range(len(SUMMARY_CHUNKS))))
def test_a_summary_does_not_depend_on_the_order_of_the_hits(order: list[int]) -> None:
    hits = _summary_hits()
    shuffled = [hits[i] for i in order]
    question = "Tóm tắt báo cáo tổng kết năm 2023 của Đảng ủy Khối Doanh nghiệp tỉnh Yên Bái"
    for unit in _pick(question, shuffled):
        assert unit.quote in unit.hit.text or unit.kind == "row"
    assert "kết nạp 81" in _text(_pick(question, shuffled))
