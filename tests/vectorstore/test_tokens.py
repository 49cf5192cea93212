from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from vectorstore.tokens import basic_tokens, compounds, document_tokens, fold_token, query_tokens


def test_tone_placement_and_case_are_unified() -> None:
    assert (
        basic_tokens("Thanh Hoá, UỶ BAN")
        == basic_tokens("thanh hóa, ủy ban")
        == ["thanh", "hóa", "ủy", "ban"]
    )


def test_numbers_lose_thousands_dots_but_keep_decimals() -> None:
    assert basic_tokens("7.846 đảng viên, đạt 18,8%") == ["7846", "đảng", "viên", "đạt", "18,8"]


def test_documents_are_indexed_with_the_expansions_of_their_abbreviations() -> None:
    tokens = set(document_tokens("UBKT các cấp kiểm tra 12 TCCS"))
    assert {"ubkt", "ủy", "ban", "kiểm", "tra", "tccs", "tổ", "chức", "cơ", "sở", "to", "chuc"} <= tokens


def test_compounds_do_not_depend_on_the_numbers_in_a_sentence() -> None:
    a = compounds("Quý I toàn Đảng bộ kết nạp 47 đảng viên mới.")
    b = compounds("Quý I toàn Đảng bộ kết nạp 1.203 đảng viên mới.")
    assert a == b and "kết_nạp" in a and "đảng_viên" in a


def test_a_rewritten_question_keeps_the_view_it_was_typed_in() -> None:
    folded = query_tokens("Đảng ủy Khối ket nap dang vien", accented=False)
    assert all(t == fold_token(t) for t in folded)
    accented = query_tokens("kết nạp đảng viên")
    assert "kết" in accented and "ket" in accented


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aăâđeêioôơuưy àáảãạ ĐQUÝ0123456789.,/")), max_size=60))
def test_every_query_token_of_a_folded_question_is_folded(text: str) -> None:
    for token in query_tokens(text, accented=False):
        assert token == fold_token(token)
