"""Quote mode on hurried and chatty question forms: shorthand ("HN", "6T/2024"), "ai ký"
without a date, "số mấy" for a document's number, "tổng cộng" for a flow over a period,
chatty summary requests of any kind of report, the sentence before the answer in its
paragraph, and comparisons where one side's report says nothing of the asked figure.
All fixture text is fictional."""

# ruff: noqa: E501  (report paragraphs stay on one line, as loaders produce them)

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pytest

from assistant.asks import asks_of
from assistant.evidence import score_units
from assistant.question import analyze
from assistant.quote import quote_answer, select
from assistant.quote_sides import per_side
from assistant.refusal import DEFAULT_THRESHOLD, check_evidence
from assistant.shorthand import expand_shorthand, initials
from assistant.summary import summary_units
from assistant.units import Unit, units_of
from vectorstore.hits import Hit

HN_H1 = {
    "title": "Báo cáo sơ kết công tác xây dựng Đảng 6 tháng đầu năm 2024",
    "date": "2024-06-24",
    "periods": ["2024-H1"],
    "mentioned_periods": ["2024-H1", "2024-H2"],
    "province": "Hà Nam",
    "body": "Đảng ủy Khối các cơ quan tỉnh",
    "body_key": "khoi-co-quan",
    "doc_id": "hn-h1",
    "doc_number": "131-BC/ĐUK",
}
ND_Q1 = {
    **HN_H1,
    "periods": ["2024-Q1"],
    "province": "Nam Định",
    "doc_id": "nd-q1",
    "doc_number": "77-BC/ĐUK",
}
HN_Q1 = {**HN_H1, "periods": ["2024-Q1"], "doc_id": "hn-q1", "doc_number": "70-BC/ĐUK"}


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
    assert not check_evidence(view, units, DEFAULT_THRESHOLD).refuse
    return quote_answer(question, select(units, view, hits)).text


# -- shorthand -----------------------------------------------------------------------------
def test_month_counts_and_province_initials_are_written_out() -> None:
    text = expand_shorthand(
        "HN bang 6T/2024 khoi co quan: ket nap moi quy bao nhieu?", ["Hà Nam", "Nam Định"]
    )
    assert text.startswith("Ha Nam bang 6 thang nam 2024")  # typed without accents, kept so
    assert initials("Đắk Nông") == "DN"


@pytest.mark.parametrize(
    ("text", "provinces"),
    [
        ("HN bang 6 tháng 2024: ket nap bao nhieu?", ["Hà Nam", "Hà Nội"]),  # two provinces fit
        ("HN bang quy I: ket nap bao nhieu?", ["Nam Định"]),  # none fits
        ("Quảng Nam: HN ket nap bao nhieu?", ["Hà Nam"]),  # a province is already named
        ("Khoi DN 6 tháng 2024: ket nap bao nhieu?", ["Đồng Nai"]),  # "doanh nghiệp"
    ],
)
def test_initials_that_are_not_one_ingested_province_stay(text: str, provinces: list[str]) -> None:
    assert expand_shorthand(text, provinces) == text


# -- who signed, the document's number -----------------------------------------------------
SIGNED = [
    _hit("II. HẠN CHẾ\nViệc sử dụng chữ ký số ở một số chi bộ còn chậm.", HN_Q1, "hn-q1:0004", "II. HẠN CHẾ"),
    _hit("T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ THƯỜNG TRỰC\n\nĐinh Thị Lan Hương", HN_Q1, "hn-q1:0005", "Nơi nhận"),
]


def test_who_signed_without_a_date_quotes_the_signature_block() -> None:
    question = "Ai ký báo cáo quý I/2024 của ĐUK các cơ quan tỉnh Hà Nam?"
    assert analyze(question).terms == []  # "ký" is the document's act, not a word to find
    assert "Đinh Thị Lan Hương" in _answer(question, SIGNED)


DATED = [
    _hit("Số 131-BC/ĐUK\nPhủ Lý, ngày 24 tháng 6 năm 2024", HN_H1, "hn-h1:0000"),
    _hit("Kết nạp 61 đảng viên, đạt 30,5% kế hoạch năm.", HN_H1, "hn-h1:0003", "I. KẾT QUẢ"),
]


def test_so_may_asks_for_the_document_number_with_the_date() -> None:
    question = "Báo cáo 6 tháng 2024 của ĐUK các cơ quan tỉnh Hà Nam ban hành ngày nào, số mấy?"
    assert {"docnumber", "date"} <= asks_of(question) and "number" not in asks_of(question)
    answer = _answer(question, DATED)
    assert "131-BC/ĐUK" in answer and "ngày 24 tháng 6 năm 2024" in answer


def test_tong_so_bao_nhieu_is_still_a_number() -> None:
    assert "docnumber" not in asks_of("Báo cáo nêu có bao nhiêu chi bộ, tổng số bao nhiêu?")


# -- a total over the period ----------------------------------------------------------------
BADGES = [
    _hit("d) Nhân dịp 19/5, trao Huy hiệu Đảng đợt 2 cho 21 đảng viên.", HN_H1, "hn-h1:0002", "I. KẾT QUẢ"),
    _hit(
        "Bảng 1. Chỉ tiêu\n| Chỉ tiêu | Quý I | Quý II | 6 tháng |\n|---|---|---|---|\n| Kết nạp đảng viên | 25 | 36 | 61 |\n| Huy hiệu Đảng trao tặng | 30 | 21 | 51 |",
        HN_H1,
        "hn-h1:0006",
        "Phụ lục",
    ),
]


def test_a_total_of_what_was_done_is_the_table_total_not_one_batch() -> None:
    question = "Nửa đầu năm 2024 Đảng ủy Khối các cơ quan tỉnh Hà Nam trao Huy hiệu Đảng tổng cộng bao nhiêu đảng viên?"
    assert analyze(question).summed
    assert "51" in _answer(question, BADGES)


# -- summaries ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "Tóm tắt giúp em báo cáo tổng kết năm 2024 của Thành ủy Phủ Lý",
        "tom tat tinh hinh quy 1 nam 2025 cua xa Thanh Son",
        "Tóm tắt nội dung chính báo cáo sơ kết 6 tháng năm 2024 của Đảng ủy Khối DN tỉnh Nam Định",
    ],
)
def test_a_chatty_summary_request_asks_for_the_whole_report(question: str) -> None:
    view = analyze(question)
    assert "summary" in view.asks and view.terms == []


COMMUNE = {**HN_Q1, "body": "Đảng ủy xã", "body_key": "", "province": "", "doc_id": "xa-q1"}


def test_a_commune_summary_keeps_a_result_measured_against_its_plan() -> None:
    text = (
        "- Tổng diện tích chè toàn xã là 410 ha, trong đó chè cho thu hoạch 380 ha; sản lượng ước 2.900 tấn.\n"
        "- Trồng mới 42 ha rừng sản xuất, đạt 60,5% kế hoạch năm.\n"
        "- Duy trì 2 sản phẩm OCOP 4 sao và 3 sản phẩm OCOP 3 sao.\n"
        "- Thu ngân sách trên địa bàn quý I được 1,2 tỷ đồng."
    )
    hits = [
        _hit(text, COMMUNE, "xa-q1:0001", "I. KẾT QUẢ > 1. Kinh tế"),
        _hit(
            "- Đảng bộ xã có 12 chi bộ trực thuộc với 240 đảng viên.\n- Kết nạp 3 đảng viên mới; chuyển chính thức cho 2 đảng viên.",
            COMMUNE,
            "xa-q1:0002",
            "I. KẾT QUẢ > 2. Xây dựng Đảng",
        ),
        _hit(
            "- Giao 6 thanh niên nhập ngũ, bảo đảm 100% chỉ tiêu giao quân.",
            COMMUNE,
            "xa-q1:0003",
            "I. KẾT QUẢ > 3. Quốc phòng",
        ),
    ]
    view, units = _scored("tom tat tinh hinh quy 1 nam 2024 cua xa Thanh Son", hits)
    picked = summary_units(units, view)
    assert any("42 ha" in u.quote for u in picked)


# -- the paragraph around the answer -----------------------------------------------------------
CONGRESS = [
    _hit(
        "Đại hội đại biểu Đảng bộ Khối các cơ quan tỉnh lần thứ V được tổ chức trong hai ngày 10 và 11 tháng 7 năm 2025. Đại hội bầu Ban Chấp hành Đảng bộ Khối gồm 25 đồng chí; đồng chí Phạm Thu Hà được bầu giữ chức Bí thư Đảng ủy Khối.",
        {**HN_H1, "periods": ["2025-9M"], "doc_id": "hn-9m"},
        "hn-9m:0002",
        "I. KẾT QUẢ > 2. Tổ chức",
    ),
    _hit(
        "b) Đại hội điểm: Đảng bộ Sở Tài nguyên tổ chức đại hội ngày 12/5/2025; đại hội bầu Ban Chấp hành 7 đồng chí, đồng chí Vũ Văn Nam được bầu làm Bí thư Đảng ủy.",
        HN_H1,
        "hn-h1:0004",
        "I. KẾT QUẢ > 2. Tổ chức",
    ),
]


def test_the_sentence_before_in_its_paragraph_says_which_congress() -> None:
    question = "Ai duoc bau lam Bi thu Dang uy Khoi cac co quan tinh Ha Nam tai Dai hoi lan thu V?"
    assert "Phạm Thu Hà" in _answer(question, CONGRESS)


# -- comparisons: a side whose report has no such figure -------------------------------------
SIDES = [
    _hit(
        "Trong quý I, toàn Đảng bộ kết nạp 25 đảng viên mới, đạt 12% kế hoạch năm.",
        HN_Q1,
        "hn-q1:0002",
        "I. KẾT QUẢ",
    ),
    _hit(
        "Ủy ban Kiểm tra kiểm tra 4 tổ chức đảng và giám sát 6 đảng viên.", ND_Q1, "nd-q1:0002", "I. KẾT QUẢ"
    ),
]


def test_a_side_without_the_figure_is_said_plainly() -> None:
    question = "So sánh số đảng viên kết nạp quý I/2024 của Đảng ủy Khối các cơ quan tỉnh Hà Nam và Nam Định"
    view, units = _scored(question, SIDES)
    assert len(view.sides) == 2
    picked, gaps = per_side(units, view)
    assert [u.doc_id for u in picked] == ["hn-q1"]
    assert len(gaps) == 1 and "Nam Định" in gaps[0] and "không nêu số liệu" in gaps[0]
    text = quote_answer(question, picked, gaps).text
    assert "Ủy ban Kiểm tra" not in text and "25 đảng viên" in text


@pytest.mark.parametrize(
    ("question", "word"),
    [("Ha Nam co bao nhieu chi bo truc thuoc?", "chi"), ("Bao nhieu tap the duoc tang bang khen?", "bang")],
)
def test_polite_words_typed_without_accents_may_still_be_content(question: str, word: str) -> None:
    view = analyze(question)
    assert word in view.terms and view.weights[word] < 1.0  # "chị"/"chi bộ", "bảng"/"bằng khen"
