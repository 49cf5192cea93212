"""Quote mode on hand-made chunks: the evidence picked, and that every quote is exact."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.evidence import score_units
from assistant.question import analyze
from assistant.quote import NOTICE, quote_answer, render, select
from assistant.units import Unit, units_of
from vectorstore.hits import Hit

Q1_META = {
    "title": "Báo cáo quý I năm 2023",
    "date": "2023-03-28",
    "periods": ["2023-Q1"],
    "mentioned_periods": ["2023-Q1", "2023-Q2"],
    "province": "Quảng Trị",
    "body": "Đảng ủy Khối các cơ quan tỉnh",
    "body_key": "khoi-co-quan",
    "doc_id": "qt-q1",
}
H1_META = {**Q1_META, "periods": ["2023-H1"], "doc_id": "qt-h1", "title": "Báo cáo 6 tháng đầu năm 2023"}

Q1_TEXT = (
    "Hiện Đảng bộ Khối có 84 tổ chức cơ sở đảng với 4.215 đảng viên.\n\n"
    "Trong quý I, toàn Đảng bộ kết nạp 37 đảng viên mới, đạt 19,5% kế hoạch năm; xét công nhận "
    "đảng viên chính thức cho 31 đồng chí.\n\n"
    "Chiều 6/4, Đảng ủy Khối tổ chức hội nghị sơ kết công tác quý I.\n\n"
    "Ban Thường vụ đề ra các nhiệm vụ trọng tâm quý II/2023:\n"
    "- Tổ chức học tập Nghị quyết Trung ương 7 khóa XIII;\n"
    "- Phấn đấu kết nạp ít nhất 45 đảng viên trong quý II."
)
H1_TABLE = (
    "Bảng 1. Kết quả công tác đảng viên 6 tháng đầu năm 2023\n\n"
    "| Nội dung | Quý I/2023 | Quý II/2023 | Cộng 6 tháng |\n"
    "| Kết nạp đảng viên mới | 37 | 45 | 82 |\n"
    "| Chuyển đảng chính thức | 31 | 40 | 71 |"
)


def _hit(text: str, meta: Mapping[str, Any], chunk_id: str) -> Hit:
    return Hit(
        text=text, score=1.0, source=f"/r/{meta['doc_id']}.txt", chunk_id=chunk_id, metadata=dict(meta)
    )


def _pick(question: str, hits: list[Hit]) -> list[Unit]:
    view = analyze(question)
    units = [u for rank, hit in enumerate(hits) for u in units_of(hit, rank)]
    score_units(units, view)
    return select(units, view, hits)


def test_how_many_question_quotes_the_sentence_with_the_figure_and_cites_it() -> None:
    hits = [_hit(Q1_TEXT, Q1_META, "qt-q1:0000")]
    picked = _pick("Quý I/2023 Đảng bộ Khối các cơ quan tỉnh Quảng Trị kết nạp bao nhiêu đảng viên?", hits)
    answer = quote_answer("q", picked)
    assert "37 đảng viên mới" in picked[0].quote
    assert answer.text.startswith(NOTICE)
    assert answer.mode == "quote" and not answer.refused
    assert answer.citations[0].passage == picked[0].quote
    assert answer.citations[0].passage in answer.citations[0].chunk_text
    assert f"«{picked[0].quote}» [1]" in answer.text


def test_stock_question_prefers_the_total_over_a_count_of_admissions() -> None:
    hits = [_hit(Q1_TEXT, Q1_META, "qt-q1:0000")]
    picked = _pick("Quý I/2023 Đảng bộ Khối các cơ quan tỉnh Quảng Trị có bao nhiêu đảng viên?", hits)
    assert "4.215" in picked[0].quote


def test_quarter_of_a_half_year_report_is_answered_from_the_table_row_with_its_header() -> None:
    hits = [_hit(H1_TABLE, H1_META, "qt-h1:0001")]
    picked = _pick(
        "Riêng quý II/2023, Đảng ủy Khối các cơ quan tỉnh Quảng Trị kết nạp bao nhiêu đảng viên?", hits
    )
    assert picked[0].kind == "row"
    header, row = picked[0].quote.split("\n")
    assert "Quý II/2023" in header and row.startswith("| Kết nạp đảng viên mới | 37 | 45")
    assert header in H1_TABLE and row in H1_TABLE
    assert "|---|---|---|---|" in render(picked[0], 1)


def test_date_question_picks_the_sentence_with_a_date() -> None:
    hits = [_hit(Q1_TEXT, Q1_META, "qt-q1:0000")]
    picked = _pick(
        "Hội nghị sơ kết quý I/2023 của Đảng ủy Khối các cơ quan tỉnh Quảng Trị diễn ra ngày nào?", hits
    )
    assert "6/4" in picked[0].quote


def test_list_question_quotes_the_lead_in_and_every_item() -> None:
    hits = [_hit(Q1_TEXT, Q1_META, "qt-q1:0000")]
    picked = _pick(
        "Nêu các nhiệm vụ trọng tâm quý II/2023 của Đảng ủy Khối các cơ quan tỉnh Quảng Trị.", hits
    )
    assert picked[0].kind == "list"
    assert picked[0].quote.startswith("Ban Thường vụ đề ra")
    assert "khóa XIII" in picked[0].quote and "45 đảng viên" in picked[0].quote
    assert picked[0].quote in Q1_TEXT


def test_a_list_cut_by_a_chunk_boundary_is_continued_from_the_next_chunk() -> None:
    lead = "Phát biểu kết luận, đồng chí Bí thư đề nghị tập trung các nhiệm vụ trọng tâm quý II/2023:"
    items = "- Kết nạp ít nhất 45 đảng viên;\n- Hoàn thành sơ kết giữa nhiệm kỳ."
    hits = [_hit(f"Mở đầu báo cáo.\n\n{lead}", Q1_META, "qt-q1:0003"), _hit(items, Q1_META, "qt-q1:0004")]
    picked = _pick(
        "Nêu các nhiệm vụ trọng tâm quý II/2023 của Đảng ủy Khối các cơ quan tỉnh Quảng Trị.", hits
    )
    assert [u.hit.chunk_id for u in picked] == ["qt-q1:0003", "qt-q1:0004"]
    answer = quote_answer("q", picked)
    assert "45 đảng viên" in answer.text and "giữa nhiệm kỳ" in answer.text
    assert [c.n for c in answer.citations] == [1, 2]


def test_comparison_quotes_each_side_from_its_own_report() -> None:
    other = {**Q1_META, "province": "Phú Yên", "doc_id": "py-q1"}
    hits = [
        _hit(Q1_TEXT, Q1_META, "qt-q1:0000"),
        _hit("Trong quý I, toàn Đảng bộ kết nạp 29 đảng viên mới, đạt 16,1% kế hoạch năm.", other, "py:0000"),
    ]
    question = (
        "So sánh số đảng viên kết nạp quý I/2023 của Đảng bộ Khối các cơ quan tỉnh Quảng Trị và Phú Yên."
    )
    picked = _pick(question, hits)
    answer = quote_answer(question, picked)
    assert len(answer.citations) == 2
    assert {c.source for c in answer.citations} == {"/r/qt-q1.txt", "/r/py-q1.txt"}
    assert "37" in answer.text and "29" in answer.text


def test_summary_takes_sentences_of_the_section_the_question_names() -> None:
    meta = {**Q1_META, "section": "II. HẠN CHẾ, NGUYÊN NHÂN"}
    results = {**Q1_META, "section": "I. KẾT QUẢ"}
    hits = [
        _hit(Q1_TEXT, results, "qt-q1:0000"),
        _hit(
            "- Một số chi bộ sinh hoạt chưa đều đặn, nội dung sinh hoạt còn đơn điệu.\n"
            "- Còn 9 tổ chức cơ sở đảng không kết nạp được đảng viên trong quý.",
            meta,
            "qt-q1:0001",
        ),
    ]
    picked = _pick("Tóm tắt các hạn chế trong quý I/2023 của Đảng ủy Khối các cơ quan tỉnh Quảng Trị", hits)
    assert picked and all(u.hit.chunk_id == "qt-q1:0001" for u in picked)


def test_another_provinces_report_loses_to_the_asked_one() -> None:
    other = {**Q1_META, "province": "Phú Yên", "doc_id": "py-q1"}
    hits = [
        _hit("Trong quý I, toàn Đảng bộ kết nạp 29 đảng viên mới.", other, "py:0000"),
        _hit(Q1_TEXT, Q1_META, "qt-q1:0000"),
    ]
    picked = _pick("Quý I/2023 Đảng bộ Khối các cơ quan tỉnh Quảng Trị kết nạp bao nhiêu đảng viên?", hits)
    assert "37" in picked[0].quote


_WORDS = st.sampled_from(
    ["Đảng", "viên", "kết", "nạp", "37", "4.215", "quý", "I", "năm", "2023", "tổ", "chức"]
)
_SENTENCE = st.lists(_WORDS, min_size=1, max_size=12).map(lambda w: " ".join(w) + ".")
_LINE = st.one_of(
    _SENTENCE,
    _SENTENCE.map(lambda s: "- " + s),
    st.lists(_WORDS, min_size=2, max_size=4).map(lambda c: "| " + " | ".join(c) + " |"),
)


@settings(max_examples=60, deadline=None)
@given(st.lists(_LINE, min_size=1, max_size=10), st.sampled_from(["\n", "\n\n"]))
def test_every_quoted_line_is_an_exact_substring_of_its_chunk(lines: list[str], sep: str) -> None:
    text = sep.join(lines)
    hit = _hit(text, Q1_META, "x:0000")
    for unit in units_of(hit, 0):
        for line in unit.quote.split("\n"):
            assert line in text
        if unit.kind != "row":
            assert text[unit.start : unit.end] == unit.quote
    answer = quote_answer("q", units_of(hit, 0)[:3])
    for citation in answer.citations:
        assert all(line in citation.chunk_text for line in citation.passage.split("\n"))
        assert re.search(rf"\[{citation.n}\]", answer.text)
