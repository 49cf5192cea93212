"""Verification of LLM answers in code: citation markers, figures, renumbering."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from assistant.citations import (
    cited_in,
    focus_passage,
    normalize_markers,
    parse_marker,
    renumber_citations,
    source_fields,
    split_sentences,
    verify_answer,
)
from assistant.numbers import extract_figures, is_supported, support_keys
from assistant.results import Citation


def _citation(n: int, text: str, **meta: object) -> Citation:
    return Citation(
        n=n,
        source=f"bao-cao-{n}.txt",
        title=f"Báo cáo số {n}",
        date="2023-07-10",
        passage=text,
        chunk_text=text,
        metadata=dict(meta),
    )


SOURCES = [
    _citation(1, "6 tháng đầu năm 2023, Đảng bộ Khối kết nạp 86 đảng viên, đạt 57,3% kế hoạch."),
    _citation(2, "Toàn Đảng bộ có 5.016 đảng viên sinh hoạt tại 112 tổ chức cơ sở đảng."),
    _citation(3, "Thu ngân sách đạt 12,4 tỷ đồng. Ngày 15/3/2024 tổ chức hội nghị."),
]


@pytest.mark.parametrize(
    ("body", "numbers"),
    [("1", [1]), ("1, 2", [1, 2]), ("1-3", [1, 2, 3]), ("2 – 4", [2, 3, 4]), ("1; 1 và 5", [1, 5])],
)
def test_parse_marker(body: str, numbers: list[int]) -> None:
    assert parse_marker(body) == numbers


def test_markers_are_normalised_and_unknown_ones_removed() -> None:
    text, invalid = normalize_markers("A [1, 2]. B [1-3]. C [Nguồn 2]. D [7]. E [2][9].", {1, 2, 3})
    assert text == "A [1][2]. B [1][2][3]. C [2]. D. E [2]."
    assert invalid == [7, 9]


def test_sentence_splitting_respects_numbers_dates_and_abbreviations() -> None:
    line = (
        "Đảng bộ có 5.016 đảng viên, đạt 96,4% [1]. Ngày 15/3/2024 tại TP. Hồ Chí Minh "
        "có hội nghị.[2] 112 tổ chức cơ sở đảng. Học tập, v.v. Còn lại"
    )
    assert split_sentences(line) == [
        "Đảng bộ có 5.016 đảng viên, đạt 96,4% [1].",
        "Ngày 15/3/2024 tại TP. Hồ Chí Minh có hội nghị.[2]",
        "112 tổ chức cơ sở đảng.",
        "Học tập, v.v. Còn lại",
    ]


def test_a_supported_answer_is_kept_intact() -> None:
    text = "6 tháng đầu năm 2023, Đảng bộ Khối kết nạp 86 đảng viên, đạt 57,3% kế hoạch [1]."
    result = verify_answer(text, SOURCES, "")
    assert result.text == text
    assert result.notices == [] and result.removed_sentences == []
    assert result.cited == [1]
    assert result.cited_numbers[1] == ["6", "2023", "86", "57,3"]


def test_unknown_citation_is_removed_with_a_notice() -> None:
    result = verify_answer("Đảng bộ có 5.016 đảng viên [7].", SOURCES, "")
    assert "[7]" not in result.text
    assert result.text == "Đảng bộ có 5.016 đảng viên."  # still supported by a given source
    assert result.invalid_citations == [7]
    assert any("[7]" in n and "không có nguồn" in n for n in result.notices)


def test_sentence_with_a_wrong_number_is_dropped_with_a_notice() -> None:
    text = "Đảng bộ kết nạp 86 đảng viên [1]. Toàn Đảng bộ có 5.106 đảng viên [2]."
    result = verify_answer(text, SOURCES, "")
    assert result.text == "Đảng bộ kết nạp 86 đảng viên [1]."
    assert result.removed_sentences == ["Toàn Đảng bộ có 5.106 đảng viên [2]."]
    (notice,) = result.notices
    assert "Đã bỏ câu" in notice and "5.106" in notice and "[2]" in notice


def test_figure_must_be_in_the_cited_source_not_just_any_source() -> None:
    result = verify_answer("Toàn Đảng bộ có 5.016 đảng viên [1].", SOURCES, "")
    assert result.text == "" and result.removed_sentences


def test_uncited_sentence_is_checked_against_all_sources() -> None:
    assert verify_answer("Có 112 tổ chức cơ sở đảng.", SOURCES, "").text
    assert not verify_answer("Có 113 tổ chức cơ sở đảng.", SOURCES, "").text


def test_equivalent_spellings_and_question_numbers_are_accepted() -> None:
    text = "Năm 2025 dự kiến: toàn Đảng bộ có 5016 đảng viên [2]; đạt 57.3% [1]."
    assert verify_answer(text, SOURCES, "").text == ""  # 2025 is neither in sources nor asked
    assert verify_answer(text, SOURCES, "Năm 2025 có bao nhiêu?").text == text


def test_a_comparison_may_state_the_difference_of_two_cited_figures() -> None:
    sources = [_citation(1, "Năm 2022 có 5.637 đảng viên."), _citation(2, "Nay có 5.904 đảng viên.")]
    good = "Số đảng viên tăng từ 5.637 [1] lên 5.904 [2], tức tăng 267."
    assert verify_answer(good, sources, "").text == good
    assert verify_answer(good.replace("267", "276"), sources, "").text == ""


def test_metadata_shown_to_the_model_counts_as_source_text() -> None:
    source = _citation(1, "Kết nạp 20 đảng viên.", periods=["2022-Q2"], province="Bình Định")
    assert ("period", "quý II/2022") in source_fields(source)
    text = "Quý II/2022, tỉnh Bình Định kết nạp 20 đảng viên theo báo cáo ngày 10/07/2023 [1]."
    assert verify_answer(text, [source], "").text == text


def test_bullet_lines_are_dropped_whole_and_structure_kept() -> None:
    text = "Kết quả:\n- Kết nạp 86 đảng viên [1].\n- Có 999 chi bộ [2].\n- Thu 12,4 tỷ đồng [3]."
    result = verify_answer(text, SOURCES, "")
    assert result.text == "Kết quả:\n- Kết nạp 86 đảng viên [1].\n- Thu 12,4 tỷ đồng [3]."


def test_renumbering_follows_first_citation_order() -> None:
    text, cited = renumber_citations("A [3]. B [1][3]. C [3][3].", SOURCES)
    assert text == "A [1]. B [2][1]. C [1]."
    assert [(c.n, c.source) for c in cited] == [(1, "bao-cao-3.txt"), (2, "bao-cao-1.txt")]
    assert [c.n for c in SOURCES] == [1, 2, 3]  # originals untouched


def test_focus_passage_picks_the_sentence_with_the_figure() -> None:
    assert focus_passage(SOURCES[2], ["15/3/2024"]) == "Ngày 15/3/2024 tổ chức hội nghị."
    assert focus_passage(SOURCES[2], []) == SOURCES[2].chunk_text


_words = st.sampled_from(["Đảng bộ", "kết nạp", "đảng viên", "chi bộ", "đạt", "có"])


@given(
    st.lists(
        st.tuples(
            st.lists(_words, min_size=1, max_size=4),
            st.one_of(st.sampled_from(["86", "5.016", "112", "12,4 tỷ"]), st.integers(0, 10**5)),
            st.lists(st.integers(0, 6), max_size=3),
        ),
        min_size=1,
        max_size=5,
    )
)
def test_every_kept_figure_is_supported_and_every_marker_valid(
    sentences: list[tuple[list[str], object, list[int]]],
) -> None:
    parts = []
    for words, figure, cites in sentences:
        markers = "".join(f"[{n}]" for n in cites)
        parts.append(f"{' '.join(words).capitalize()} {figure} người {markers}.")
    result = verify_answer(" ".join(parts), SOURCES, "")
    keys = {c.n: support_keys(c.chunk_text) | support_keys(c.title) for c in SOURCES}
    assert set(cited_in(result.text)) <= {1, 2, 3}
    for sentence in split_sentences(result.text):
        cited = cited_in(sentence) or [1, 2, 3]
        allowed = set().union(*(keys[n] for n in cited)) | support_keys("2023 10/07/2023")
        for figure in extract_figures(re.sub(r"\[\d+\]", " ", sentence)):
            assert is_supported(figure, allowed), (sentence, figure)
    assert len(result.removed_sentences) + len(split_sentences(result.text)) == len(parts)
