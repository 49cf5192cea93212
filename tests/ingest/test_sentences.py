"""Tests of Vietnamese sentence and clause splitting (ingest.sentences)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ingest.sentences import clause_spans, clauses, sentence_spans, split_sentences

# --- Vietnamese-like text generation (shared with test_chunking) -----------------------

LOWER_WORDS = (
    "công tác đảng viên tổ chức cơ sở chi bộ kiểm tra giám sát kết nạp được triển khai "
    "thực hiện nghị quyết học tập quán triệt phát triển nâng cao chất lượng sinh hoạt "
    "cấp ủy lãnh đạo chỉ đạo hoàn thành nhiệm vụ tư tưởng chính trị đạt chỉ tiêu năm "
    "đồng chí quần chúng ưu tú huy hiệu thẩm định tiêu chuẩn kỷ luật khiển trách cảnh cáo "
    "đoàn thể dân vận khéo an sinh xã hội hộ nghèo ủng hộ tỷ đồng lượt trường hợp"
).split()
CAPITAL_WORDS = (
    "Công Đảng Ban Ủy Trong Các Qua Năm Hội Tỉnh Thực Việc Toàn Cán Đồng Phát Tuy Nhìn "
    "Ngoài Đến Sáng Chiều Thường Nghị Kết Cấp Hiện Đoàn"
).split()
# Tokens that contain dots, commas or slashes but never end a sentence by themselves.
SPECIAL_TOKENS = (
    "TP. Hồ Chí Minh",
    "Tp. Buôn Ma Thuột",
    "TS. Nguyễn Văn Hùng",
    "ThS. Lê Thị Mai",
    "PGS. TS. Trần Quốc Bảo",
    "GS. Phạm Minh",
    "Q. 1",
    "P. Bến Nghé",
    "tr. 25",
    "v.v. và",
    "T.Ư",
    "Nguyễn V. A.",
    "Số 126-BC/ĐUK",
    "Kết luận số 21-KL/TW",
    "Quy định 114-QĐ/TW",
    "3/2/1930 - 3/2/2022",
    "ngày 15/6/2023",
    "12,4 tỷ đồng",
    "96,4%",
    "(TCCS)",
    '"Dân vận khéo"',
    "tiếp tục... nhưng",
)
THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")
QUARTER = re.compile(r"quý [IVX]+/\d{4}")

thousands_numbers = st.builds(
    lambda head, groups: str(head) + "".join(f".{g:03d}" for g in groups),
    st.integers(1, 999),
    st.lists(st.integers(0, 999), min_size=1, max_size=3),
)
quarters = st.builds(
    lambda q, y: f"quý {q}/{y}", st.sampled_from(["I", "II", "III", "IV"]), st.integers(2019, 2026)
)
decimals = st.builds(lambda a, b: f"{a},{b}", st.integers(0, 999), st.integers(1, 99))
middle_tokens = st.one_of(
    st.sampled_from(LOWER_WORDS).map(str),
    st.sampled_from(LOWER_WORDS).map(lambda w: w + ","),
    st.sampled_from(LOWER_WORDS).map(lambda w: w + ";"),
    st.sampled_from(SPECIAL_TOKENS),
    thousands_numbers,
    quarters,
    decimals,
)


@st.composite
def vn_sentences(draw: st.DrawFn) -> str:
    """A sentence: capitalised first word, middle tokens, a lowercase last word, an end mark."""
    first = draw(st.sampled_from(CAPITAL_WORDS))
    middle = draw(st.lists(middle_tokens, min_size=1, max_size=25))
    last = draw(st.sampled_from(LOWER_WORDS))
    mark = draw(st.sampled_from([".", ".", ".", "!", "?", '."', "...", ".)"]))
    return " ".join([first, *middle, last]) + mark


vn_paragraphs = st.lists(vn_sentences(), min_size=1, max_size=8).map(" ".join)


# --- unit tests --------------------------------------------------------------------------


def test_splits_plain_sentences() -> None:
    text = (
        "Hiện Đảng bộ Khối có 112 tổ chức cơ sở đảng với 7.846 đảng viên. Ngay từ đầu năm, "
        "Đảng ủy Khối đã ban hành chương trình hành động! Kết quả ra sao? Rất tốt."
    )
    assert split_sentences(text) == [
        "Hiện Đảng bộ Khối có 112 tổ chức cơ sở đảng với 7.846 đảng viên.",
        "Ngay từ đầu năm, Đảng ủy Khối đã ban hành chương trình hành động!",
        "Kết quả ra sao?",
        "Rất tốt.",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Toàn Đảng bộ có 5.016 đảng viên, tăng 1.234.567 đồng so với cùng kỳ.",
        "Thu đảng phí đạt 12,4 tỷ đồng, bằng 96,4% kế hoạch.",
        "Hội nghị tổ chức tại TP. Hồ Chí Minh và Tp. Cần Thơ.",
        "Báo cáo viên là TS. Nguyễn Văn Hùng, ThS. Lê Thị Mai và PGS. TS. Trần Bảo.",
        "Đồng chí GS. Phạm Minh làm việc tại Q. 1, P. Bến Nghé.",
        "Nội dung xem tr. 25 của tài liệu.",
        "Ý kiến của đồng chí Nguyễn V. A. được ghi nhận.",
        "Các phong trào thi đua, v.v. đều được duy trì.",
        "Kết quả tiếp tục... nhưng chưa đạt yêu cầu.",
        "Thực hiện Kết luận số 21-KL/TW và Quy định 114-QĐ/TW của Bộ Chính trị.",
        "Căn cứ Báo cáo Số 126-BC/ĐUK ngày 21/6/2023 của T.Ư Đoàn.",
        "Trong quý I/2021 và quý IV/2022, kết quả khả quan.",
        "Kỷ niệm 92 năm Ngày thành lập Đảng (3/2/1930 - 3/2/2022) được tổ chức.",
    ],
)
def test_does_not_split_inside(sentence: str) -> None:
    text = f"Mở đầu báo cáo. {sentence} Kết thúc báo cáo."
    assert split_sentences(text) == ["Mở đầu báo cáo.", sentence, "Kết thúc báo cáo."]


def test_quote_and_bracket_stay_with_their_sentence() -> None:
    text = (
        'Chủ đề năm là "Đoàn kết, kỷ cương, tinh gọn, hiệu quả." Các cấp ủy đã triển khai '
        '(theo Kế hoạch số 12-KH/ĐUK.) "Dân vận khéo" được nhân rộng. Hỏi "vì sao?" là đúng.'
    )
    assert split_sentences(text) == [
        'Chủ đề năm là "Đoàn kết, kỷ cương, tinh gọn, hiệu quả."',
        "Các cấp ủy đã triển khai (theo Kế hoạch số 12-KH/ĐUK.)",
        '"Dân vận khéo" được nhân rộng.',
        'Hỏi "vì sao?" là đúng.',
    ]


def test_roman_numeral_ending_a_sentence_splits() -> None:
    text = "Kết quả đạt được trong quý I. Tuy nhiên vẫn còn hạn chế. Đại hội khóa XIII. Tốt."
    assert split_sentences(text) == [
        "Kết quả đạt được trong quý I.",
        "Tuy nhiên vẫn còn hạn chế.",
        "Đại hội khóa XIII.",
        "Tốt.",
    ]


def test_ellipsis_and_vv_end_a_sentence_before_uppercase() -> None:
    text = "Các phong trào thi đua, v.v. Các cấp ủy tiếp tục... Kết quả tốt."
    assert split_sentences(text) == [
        "Các phong trào thi đua, v.v.",
        "Các cấp ủy tiếp tục...",
        "Kết quả tốt.",
    ]


def test_lowercase_after_question_mark_does_not_split() -> None:
    assert split_sentences('Câu hỏi "làm gì?" được nêu. Ai? tại sao') == [
        'Câu hỏi "làm gì?" được nêu.',
        "Ai? tại sao",
    ]


def test_section_numbers_and_list_items_on_lines() -> None:
    text = (
        "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ\n1. Công tác chính trị, tư tưởng\n"
        "1.2. Công tác tổ chức\nNăm 2025 tập trung các nhiệm vụ:\n"
        "1. Thực hiện nghiêm túc Nghị quyết số 18-NQ/TW;\n2. Lãnh đạo tổ chức đại hội;\n"
        "a) Kết nạp 230 đảng viên mới.\n- Nâng cao chất lượng sinh hoạt chi bộ\n"
        "• Đẩy mạnh chuyển đổi số"
    )
    assert split_sentences(text) == text.split("\n")


def test_numbering_inline_and_captions_do_not_split() -> None:
    text = "Kết quả như sau: 1. Công tác tư tưởng tốt. 2. Công tác tổ chức tốt.\nBảng 1. Kết quả"
    assert split_sentences(text) == [
        "Kết quả như sau: 1. Công tác tư tưởng tốt.",
        "2. Công tác tổ chức tốt.",
        "Bảng 1. Kết quả",
    ]


def test_hard_wrapped_lines_are_joined() -> None:
    text = "Đảng ủy Khối đã kết nạp\nđảng viên mới, đạt\n96,4% kế hoạch.\nCác chi bộ duy trì."
    assert split_sentences(text) == [
        "Đảng ủy Khối đã kết nạp\nđảng viên mới, đạt\n96,4% kế hoạch.",
        "Các chi bộ duy trì.",
    ]


def test_blank_line_always_splits() -> None:
    assert split_sentences("Tiêu đề không dấu chấm\n\nvà đoạn tiếp theo") == [
        "Tiêu đề không dấu chấm",
        "và đoạn tiếp theo",
    ]


def test_spans_are_stripped_offsets() -> None:
    text = "  Câu một.   Câu hai!\n\n  Câu ba  "
    spans = sentence_spans(text)
    assert [text[a:b] for a, b in spans] == ["Câu một.", "Câu hai!", "Câu ba"]
    assert spans[0][0] == 2


def test_empty_and_blank_text() -> None:
    assert sentence_spans("") == []
    assert sentence_spans(" \n\t ") == []
    assert clauses("") == []


def test_clauses_split_after_semicolons() -> None:
    text = (
        "Hội nghị chỉ ra hạn chế: phát triển đảng viên còn khó khăn; một số chi bộ chưa đổi "
        "mới sinh hoạt; việc quản lý đảng viên còn bất cập. Kết nạp 5.016 đảng viên."
    )
    assert clauses(text) == [
        "Hội nghị chỉ ra hạn chế: phát triển đảng viên còn khó khăn;",
        "một số chi bộ chưa đổi mới sinh hoạt;",
        "việc quản lý đảng viên còn bất cập.",
        "Kết nạp 5.016 đảng viên.",
    ]
    assert all(text[a:b] == c for (a, b), c in zip(clause_spans(text), clauses(text), strict=True))


# --- properties --------------------------------------------------------------------------


def _assert_partition(text: str, spans: list[tuple[int, int]]) -> None:
    """Spans are ordered, disjoint, stripped and cover every non-whitespace character."""
    covered = [False] * len(text)
    prev_end = 0
    for start, end in spans:
        assert prev_end <= start < end <= len(text)
        assert text[start:end] == text[start:end].strip()
        covered[start:end] = [True] * (end - start)
        prev_end = end
    assert all(covered[i] for i, ch in enumerate(text) if not ch.isspace())


def _assert_not_cut(text: str, spans: list[tuple[int, int]], pattern: re.Pattern[str]) -> None:
    for match in pattern.finditer(text):
        assert any(a <= match.start() and match.end() <= b for a, b in spans), match.group()


separators = st.sampled_from([" ", "  ", "\n", "\n\n", " \n ", "\t"])


@st.composite
def vn_texts(draw: st.DrawFn) -> str:
    paragraphs = draw(st.lists(vn_paragraphs, min_size=1, max_size=5))
    seps = draw(st.lists(separators, min_size=len(paragraphs), max_size=len(paragraphs)))
    return "".join(p + s for p, s in zip(paragraphs, seps, strict=True))


@settings(max_examples=150, deadline=None)
@given(vn_texts())
def test_property_spans_cover_text_and_keep_numbers(text: str) -> None:
    spans = sentence_spans(text)
    _assert_partition(text, spans)
    _assert_not_cut(text, spans, THOUSANDS)
    _assert_not_cut(text, spans, QUARTER)
    _assert_partition(text, clause_spans(text))


@settings(max_examples=300, deadline=None)
@given(st.lists(vn_sentences(), min_size=1, max_size=10))
def test_property_generated_sentences_are_recovered(sentences: list[str]) -> None:
    assert split_sentences(" ".join(sentences)) == sentences


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list('aĐđ ổ.!?…;:\n"”(I1|-,5 '))))
def test_property_arbitrary_text_is_partitioned(text: str) -> None:
    _assert_partition(text, sentence_spans(text))
    _assert_partition(text, clause_spans(text))
