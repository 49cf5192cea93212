"""Questions in parts: several periods of one body each asked for its figure, a table asked
row by row ("số lượng từng hình thức"), and shorthand in a question typed without accents."""

# ruff: noqa: E501  (report paragraphs stay on one line, as loaders produce them)

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from assistant.asks import asks_of
from assistant.evidence import score_units
from assistant.question import analyze
from assistant.quote import quote_answer, select
from assistant.refusal import DEFAULT_THRESHOLD, check_evidence
from assistant.shorthand import expand_shorthand
from assistant.units import Unit, units_of
from vectorstore.hits import Hit
from vectorstore.query import parse_question

HN_H1 = {
    "title": "Báo cáo sơ kết công tác xây dựng Đảng 6 tháng đầu năm 2026",
    "date": "2026-06-22",
    "periods": ["2026-H1"],
    "mentioned_periods": ["2026-H1", "2026-Q1", "2026-Q2"],
    "province": "Hà Nam",
    "body": "Đảng ủy Khối các cơ quan tỉnh",
    "body_key": "khoi-co-quan",
    "doc_id": "hn-h1",
}
HN_9M = {
    **HN_H1,
    "title": "Báo cáo công tác xây dựng Đảng 9 tháng năm 2026",
    "date": "2026-09-24",
    "periods": ["2026-9M"],
    "mentioned_periods": ["2026-9M", "2026-Q3"],
    "doc_id": "hn-9m",
}
BN_UBKT = {
    **HN_H1,
    "province": "Bắc Ninh",
    "body": "Ủy ban Kiểm tra Tỉnh ủy",
    "body_key": "",
    "doc_id": "bn-kt",
}

H1_TEXT = "Đến ngày 15/6/2026, Đảng bộ Khối có 3.905 đảng viên. 6 tháng kết nạp 77 đảng viên mới (quý I: 30, riêng quý II: 47). Thu đảng phí 6 tháng 1.204 triệu đồng."
NINE_TEXT = "| Chỉ tiêu | Riêng quý III | Lũy kế cộng dồn toàn khối 9 tháng | Kế hoạch năm |\n| Kết nạp đảng viên mới | 41 | 118 | 190 |\n| Thu đảng phí (triệu đồng) | 610 | 1.814 | 2.400 |"
FORMS_TEXT = "Thi hành kỷ luật 2 tổ chức đảng và 27 đảng viên:\n\n| Hình thức | Số đảng viên |\n| Khiển trách | 15 |\n| Cảnh cáo | 8 |\n| Cách chức | 1 |\n| Khai trừ | 3 |"


def _hit(text: str, meta: Mapping[str, Any], chunk: str) -> Hit:
    return Hit(
        text=text,
        score=1.0,
        source=f"/r/{meta['doc_id']}.txt",
        chunk_id=chunk,
        metadata={**meta, "section": ""},
    )


def _units(question: str, hits: list[Hit]) -> tuple[Any, list[Unit]]:
    view = analyze(question, parse_question(question))
    units = [u for rank, hit in enumerate(hits) for u in units_of(hit, rank)]
    score_units(units, view)
    return view, units


def test_each_asked_period_is_quoted_from_its_own_report() -> None:
    question = "Khối các cơ quan Hà Nam 6 tháng năm 2026 kết nạp bao nhiêu, đến hết 9 tháng năm 2026 lũy kế bao nhiêu?"
    view, units = _units(question, [_hit(NINE_TEXT, HN_9M, "hn-9m:0001"), _hit(H1_TEXT, HN_H1, "hn-h1:0001")])
    text = quote_answer(question, select(units, view)).text
    assert "118" in text
    assert "77 đảng viên mới" in text


def test_a_report_of_each_asked_period_holding_the_metric_is_not_refused() -> None:
    h1_table = "| Chỉ tiêu | Kế hoạch năm 2026 | Thực hiện 6 tháng |\n| Kết nạp đảng viên mới | 190 | 77 |\n| Thu đảng phí (triệu đồng) | 2.400 | 1.204 |"
    question = "DUK cac co quan Ha Nam: 6 thang nam 2026 ket nap bao nhieu, den het 9 thang nam 2026 thi luy ke cong don toan khoi bao nhieu?"
    view, units = _units(
        question, [_hit(NINE_TEXT, HN_9M, "hn-9m:0001"), _hit(h1_table, HN_H1, "hn-h1:0001")]
    )
    assert not check_evidence(view, units, DEFAULT_THRESHOLD).refuse


def test_a_figure_asked_item_by_item_quotes_every_row_of_its_table() -> None:
    question = (
        "Liệt kê các hình thức kỷ luật đảng viên ở Bắc Ninh 6 tháng năm 2026 và số lượng từng hình thức"
    )
    view, units = _units(question, [_hit(FORMS_TEXT, BN_UBKT, "bn-kt:0002")])
    text = quote_answer(question, select(units, view)).text
    for form, count in (("Khiển trách", 15), ("Cảnh cáo", 8), ("Cách chức", 1), ("Khai trừ", 3)):
        assert f"| {form} | {count} |" in text


def test_so_luong_asks_for_a_number() -> None:
    assert {"number", "breakdown"} <= asks_of("Liet ke cac hinh thuc va so luong tung hinh thuc")
    assert "number" in asks_of("Số lượng đảng viên mới của Bắc Ninh năm 2026?")


def test_shorthand_in_an_unaccented_question_stays_unaccented() -> None:
    question = expand_shorthand("Liet ke cac hinh thuc ky luat o HN 6T/2026 va so luong", ["Hà Nam"])
    assert question == "Liet ke cac hinh thuc ky luat o Ha Nam 6 thang nam 2026 va so luong"
    terms = analyze(question, parse_question(question)).terms
    assert not {"liet", "ke", "cac", "va", "luong"} & set(terms)
    assert expand_shorthand("Liệt kê ở HN 6T/2026", ["Hà Nam"]) == "Liệt kê ở Hà Nam 6 tháng năm 2026"
