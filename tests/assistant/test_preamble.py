"""The question inside a chatty message: greetings, context and request phrases removed."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.preamble import core_question
from assistant.question import analyze
from ingest.text import fold

QUESTIONS = [
    "Quý I/2024 Đảng bộ Khối các cơ quan tỉnh Kon Tum có bao nhiêu đảng viên?",
    "năm 2023 khối doanh nghiệp yên bái kỷ luật mấy đảng viên",
    "Ai ký báo cáo số 97-BC/ĐUK?",
    "Tóm tắt báo cáo 6 tháng đầu năm 2024 của Đảng ủy Khối các cơ quan tỉnh Kon Tum",
]
GREETINGS = ["", "Chào bạn, ", "Xin chào! ", "Bạn ơi, ", "chao ad, ", "Alo, "]
CONTEXTS = ["", "mình đang chuẩn bị tài liệu họp chi bộ, ", "em đang soạn bài phát biểu. "]
REQUESTS = ["", "cho mình hỏi là ", "cho tôi hỏi ", "nhờ bạn xem giúp ", "xin hỏi: ", "em muốn hỏi "]
TAILS = ["", " ạ", " nhé", " vậy", " với", " được không", " cảm ơn bạn"]


def _same(a: str, b: str) -> bool:
    return fold(a).lower().rstrip(" ?") == fold(b).lower().rstrip(" ?")


@pytest.mark.parametrize(
    ("message", "core"),
    [
        (
            "Chào bạn, mình đang chuẩn bị tài liệu họp chi bộ, cho mình hỏi là hết quý 1 năm 2024 thì "
            "Đảng bộ Khối các cơ quan tỉnh Kon Tum có tổng cộng bao nhiêu đảng viên vậy?",
            "Hết quý 1 năm 2024 thì Đảng bộ Khối các cơ quan tỉnh Kon Tum có tổng cộng bao nhiêu đảng viên?",
        ),
        (
            "chao ban, cho minh hoi quy 1 2024 kon tum ket nap bao nhieu dang vien",
            "Quy 1 2024 kon tum ket nap bao nhieu dang vien",
        ),
        (
            "Mình đang soạn báo cáo. Năm 2023 Yên Bái kỷ luật mấy đảng viên ạ?",
            "Năm 2023 Yên Bái kỷ luật mấy đảng viên?",
        ),
    ],
)
def test_greetings_context_requests_and_politeness_are_removed(message: str, core: str) -> None:
    assert core_question(message) == core


def test_a_request_after_the_names_keeps_what_comes_before_it() -> None:
    # "cho biết" after the period and body: they are the question, not a preamble.
    message = (
        "Báo cáo quý I/2024 của Đảng ủy Khối các cơ quan tỉnh Kon Tum cho biết kết nạp bao nhiêu đảng viên?"
    )
    core = core_question(message)
    assert core.startswith("Báo cáo quý I/2024 của Đảng ủy Khối các cơ quan tỉnh Kon Tum")
    assert "cho biết" not in core and core.endswith("kết nạp bao nhiêu đảng viên?")


@pytest.mark.parametrize(
    "message", ["Xin chào", "cho mình hỏi", "Giao cho các cấp ủy những nhiệm vụ gì?", *QUESTIONS]
)
def test_a_plain_question_or_a_bare_greeting_is_left_as_it_is(message: str) -> None:
    assert core_question(message) == message


def test_words_of_the_preamble_do_not_become_the_asked_body_or_metric() -> None:
    chatty = analyze(core_question("Chào bạn, mình đang chuẩn bị họp chi bộ, cho mình hỏi " + QUESTIONS[0]))
    plain = analyze(QUESTIONS[0])
    assert chatty.terms == plain.terms and chatty.asks == plain.asks
    assert chatty.body_keys == plain.body_keys and chatty.periods == plain.periods


@settings(max_examples=80, deadline=None)
@given(
    st.sampled_from(QUESTIONS),
    st.sampled_from(GREETINGS),
    st.sampled_from(CONTEXTS),
    st.sampled_from(REQUESTS),
    st.sampled_from(TAILS),
    st.booleans(),
)
def test_chatter_around_a_question_leaves_the_question(
    question: str, greeting: str, context: str, request: str, tail: str, folded: bool
) -> None:
    core = question.rstrip("?")
    message = f"{greeting}{context}{request}{core}{tail}?"
    if folded:
        message, question = fold(message), fold(question)
    assert _same(core_question(message), question)
    assert _same(core_question(core_question(message)), question)  # idempotent
