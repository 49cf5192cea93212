"""Vietnamese number formatting, changes computed in Decimal, chart labels."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from assistant.briefs.arith import change, vn_money, vn_number
from assistant.briefs.chart import short_label
from assistant.numbers import normalize_number
from ingest.period_model import Period


@pytest.mark.parametrize(
    ("value", "text"),
    [(Decimal(6524), "6.524"), (Decimal("12.5"), "12,5"), (Decimal(-2), "-2"),
     (Decimal(1234567), "1.234.567"), (Decimal("1740000000.00"), "1.740.000.000"), (Decimal(0), "0")],
)  # fmt: skip
def test_vn_number(value: Decimal, text: str) -> None:
    assert vn_number(value) == text


@given(st.decimals(min_value=-(10**9), max_value=10**9, places=2, allow_nan=False, allow_infinity=False))
def test_vn_number_reads_back_the_vietnamese_way(value: Decimal) -> None:
    assert normalize_number(vn_number(value).lstrip("-")) == abs(value)


def test_changes_are_exact_and_written_with_signs() -> None:
    assert change(Decimal(6471), Decimal(6418)).text() == "+53 (+0,8%)"
    assert change(Decimal(116), Decimal(118)).text() == "-2 (-1,7%)"
    assert change(Decimal(44), Decimal(58)).direction == "giảm"
    assert change(Decimal("53.5"), Decimal("22.3"), points=True).text() == "+31,2 điểm %"
    assert change(Decimal(5), Decimal(0)).text() == "+5"
    assert change(Decimal(7), Decimal(7)).text() == "0"
    assert change(Decimal("2870000000"), Decimal("1250000000")).text(money=True) == "+1,62 tỷ đồng (+129,6%)"
    assert vn_money(Decimal("862000000")) == "862 triệu đồng"


def test_short_period_labels() -> None:
    labels = [
        short_label(Period.parse_key(k))
        for k in ("2024-Q1", "2024-H1", "2024-H2", "2023-9M", "2024", "2024-M03")
    ]
    assert labels == ["Q1/24", "6T/24", "6T2/24", "9T/23", "Năm 24", "T3/24"]
