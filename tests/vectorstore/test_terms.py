from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vectorstore.terms import (
    abbreviations,
    concept_words,
    expand,
    expansions,
    find_abbreviations,
    stopwords,
    strip_question_words,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("BTV Đảng ủy Khối họp", "Ban Thường vụ Đảng ủy Khối họp"),
        ("BCH Đảng bộ", "Ban Chấp hành Đảng bộ"),
        ("UBKT các cấp", "Ủy ban Kiểm tra các cấp"),
        ("ĐUK các cơ quan", "Đảng ủy Khối các cơ quan"),
        ("số TCCS đảng", "số tổ chức cơ sở đảng"),
        ("ĐBQH tiếp xúc cử tri", "đại biểu Quốc hội tiếp xúc cử tri"),
        ("HĐND tỉnh", "Hội đồng nhân dân tỉnh"),
        ("MTTQ tỉnh", "Mặt trận Tổ quốc tỉnh"),
        ("NQ T.Ư 4 khóa XIII", "Nghị quyết Trung ương 4 khóa XIII"),
        ("Tổ Thông tin của BCĐ 35", "Tổ Thông tin của Ban Chỉ đạo 35"),
        ("ĐU Khối DN", "Đảng ủy Khối doanh nghiệp"),
    ],
)
def test_abbreviations_expand_to_their_party_meaning(text: str, expected: str) -> None:
    assert expand(text) == expected


def test_btv_is_ban_thuong_vu_not_bien_tap_vien() -> None:
    assert expansions("BTV") == ["Ban Thường vụ"]
    assert all("biên tập" not in a.expansion for a in abbreviations())


def test_questions_typed_in_lowercase_or_without_diacritics_are_expanded() -> None:
    assert expansions("btv duk cac co quan, ubkt, tccs dang") == [
        "Ban Thường vụ",
        "Đảng ủy Khối",
        "Ủy ban Kiểm tra",
        "tổ chức cơ sở",
    ]


def test_document_numbers_keep_their_codes() -> None:
    text = "Báo cáo số 126-BC/ĐUK; quán triệt Kết luận 21-KL/TW và Chỉ thị 35-CT/TW"
    assert expand(text) == text


def test_exact_forms_do_not_match_ordinary_syllables() -> None:
    assert expand("Ban Thường vụ TU") == "Ban Thường vụ Tỉnh ủy"
    assert expand("tu bổ di tích, du lịch") == "tu bổ di tích, du lịch"
    assert expand("Hội nghị TƯ 8") == "Hội nghị Trung ương 8"


def test_question_words_are_stripped_in_the_view_the_question_was_typed_in() -> None:
    assert strip_question_words("Quý I kết nạp bao nhiêu đảng viên?") == "quý i kết nạp đảng viên?"
    assert strip_question_words("quy 1 ket nap bao nhieu dang vien") == "quy 1 ket nap dang vien"
    # "máy" (machine) is not the question word "mấy"
    assert "máy" in strip_question_words("Có mấy máy tính?")
    assert "mấy" not in strip_question_words("Có mấy máy tính?")


def test_concepts_add_the_words_reports_use() -> None:
    assert "nơi nhận" in concept_words("Báo cáo gửi tới những nơi nào?")
    assert "đã ký" in concept_words("ai ky bao cao so 126")
    assert concept_words("Quý I kết nạp bao nhiêu đảng viên?") == ""


def test_stopwords_keep_content_words_of_folded_questions() -> None:
    accented, folded = stopwords()
    assert "của" in accented and "cua" in folded
    assert "co" not in folded and "de" not in folded  # "cơ quan", "đề ra"


@settings(max_examples=80, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ABCĐUKTƯVW.-/ 0123456789hđạ")), max_size=40))
def test_mentions_are_ordered_disjoint_spans_of_known_expansions(text: str) -> None:
    known = {a.expansion for a in abbreviations()}
    mentions = find_abbreviations(text)
    for m in mentions:
        assert text[m.start : m.end] == m.text
        assert m.expansion in known
    for a, b in itertools.pairwise(mentions):
        assert a.end <= b.start
    if not mentions:
        assert expand(text) == text
