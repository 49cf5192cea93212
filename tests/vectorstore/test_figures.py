"""Which chunks state a figure of what a number question asks about (vectorstore.figures)."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from vectorstore.figures import FIGURE_MISS, content_words, prefer_figures, states_figure
from vectorstore.query import parse_question
from vectorstore.ranking import search_tokens

ADMITTED = frozenset({("ket", "nap"), ("dang", "vien")})
QUERY = (["kết_nạp", "đảng_viên", "gia", "2024"], [1.0, 1.0, 0.3, 0.3])


@pytest.mark.parametrize(
    ("text", "states"),
    [
        ("Quý I, toàn Đảng bộ kết nạp 17 đảng viên mới.", True),
        ("Lũy kế 6 tháng kết nạp được 40 đảng viên.", True),
        ("Còn 8 tổ chức cơ sở đảng chưa có quần chúng ưu tú được xem xét kết nạp trong quý.", False),
        ("ĐẢNG BỘ TỈNH X\nSố 58-BC/ĐUK\nĐẢNG CỘNG SẢN VIỆT NAM, ngày 3 tháng 4 năm 2024", False),
        ("ket nap 12 dang vien", True),
    ],
)
def test_states_figure(text: str, states: bool) -> None:
    assert states_figure(text, ADMITTED) is states


@given(st.text(alphabet=st.characters(blacklist_categories=("Nd",)), max_size=200))
def test_a_text_without_digits_states_no_figure(text: str) -> None:
    assert not states_figure(text, ADMITTED)


def test_content_words_are_the_compounds_of_the_question_not_its_names() -> None:
    intent = parse_question("Quý I/2024, Khối các cơ quan tỉnh Gia Lai kết nạp bao nhiêu đảng viên?")
    words = content_words(*search_tokens(intent))
    assert ("ket", "nap") in words and ("dang", "vien") in words
    assert ("gia", "lai") not in words and all(len(w) > 1 for w in words)


def test_prefer_figures_weighs_down_the_candidates_without_a_figure() -> None:
    texts = {0: "Nơi nhận: lưu văn phòng", 1: "toàn Đảng bộ kết nạp 9 đảng viên", 2: "kết nạp đảng viên"}
    scores = np.array([3.0, 2.0, 1.5, 1.0], dtype=np.float32)
    out = prefer_figures(scores, lambda rows: {r: texts.get(r, "") for r in rows}, *QUERY, depth=3)
    assert out[1] == scores[1]
    assert out[0] == pytest.approx(3.0 * FIGURE_MISS) and out[3] == pytest.approx(1.0 * FIGURE_MISS)
    same = prefer_figures(scores, lambda rows: dict.fromkeys(rows, "không số"), *QUERY, depth=3)
    assert np.array_equal(same, scores)  # none states a figure: the order stays as it was


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("Năm 2024, tỉnh A hay tỉnh B kết nạp nhiều đảng viên hơn?", True),
        ("noi nao ket nap it dang vien hon", True),
        ("Đảng bộ nào có tỷ lệ cao nhất?", True),
        ("Báo cáo nêu những hạn chế nào hơn hết?", False),
        ("Ai ký báo cáo quý I/2024?", False),
    ],
)
def test_a_comparison_of_quantities_asks_a_number(question: str, asks: bool) -> None:
    assert parse_question(question).asks_number is asks
