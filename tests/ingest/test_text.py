"""Normalisation: the display, index and folded views of Vietnamese text."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from ingest.text import clean_text, fold, has_diacritics, index_form, syllables, unify_tones

VIETNAMESE = "aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
ALPHABET = VIETNAMESE + VIETNAMESE.upper() + " \n\t.,;:!?/-0123456789\u00a0\u200b\ufeff\r"
texts = st.text(alphabet=ALPHABET, max_size=200) | st.text(max_size=80)


def test_old_and_new_tone_placement_share_one_index_form() -> None:
    pairs = [("Đảng uỷ", "Đảng ủy"), ("Khánh Hoà", "Khánh Hòa"), ("khoá XIII", "khóa XIII"), ("thuỷ", "thủy")]
    for old, new in pairs:
        assert index_form(old) == index_form(new)
    # Only open oa/oe/uy syllables move; "qu" + y keeps its tone; closed syllables are untouched.
    assert unify_tones("quý hoàn thuế Huệ khuya") == "quý hoàn thuế Huệ khuya"


def test_display_text_keeps_the_authors_tone_placement() -> None:
    assert clean_text("Đảng uỷ  Khối\u00a0các cơ quan\u200b") == "Đảng uỷ Khối các cơ quan"


def test_decomposed_input_is_composed() -> None:
    nfd = unicodedata.normalize("NFD", "Đảng ủy Khối các cơ quan tỉnh Nghệ An")
    assert clean_text(nfd) == "Đảng ủy Khối các cơ quan tỉnh Nghệ An"


def test_fold_removes_every_diacritic() -> None:
    assert fold("Đảng ủy Khối Doanh nghiệp tỉnh Đắk Lắk") == "dang uy khoi doanh nghiep tinh dak lak"
    assert has_diacritics("kết nạp") and not has_diacritics("ket nap")
    assert syllables(index_form("Quý I/2022, 5.016 đảng viên")) == [
        "quý",
        "i",
        "2022",
        "5",
        "016",
        "đảng",
        "viên",
    ]


@given(texts)
def test_every_view_is_idempotent(text: str) -> None:
    for view in (clean_text, unify_tones, index_form, fold):
        once = view(text)
        assert view(once) == once


@given(texts)
def test_outputs_are_nfc(text: str) -> None:
    for view in (clean_text, unify_tones, index_form, fold):
        out = view(text)
        assert unicodedata.is_normalized("NFC", out)


@given(texts)
def test_folded_text_is_plain_ascii_for_vietnamese_letters(text: str) -> None:
    folded = fold("".join(ch for ch in text if ch in ALPHABET))
    assert all(ord(ch) < 128 for ch in folded)


@given(texts)
def test_index_form_only_changes_case_and_tone_placement(text: str) -> None:
    # Folding the index form equals folding the display text: unifying tones loses nothing.
    assert fold(index_form(text)) == fold(clean_text(text))
    assert len(index_form(text)) == len(clean_text(text).lower())
