"""Invariants of fact extraction (hypothesis): values as written, never an invented number."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.briefs.arith import vn_number
from assistant.facts.context import DocContext
from assistant.facts.sentences import SentenceReader
from assistant.numbers import extract_figures, is_supported, support_keys
from ingest.period_model import Period

DOC = DocContext("d", "Phú Yên", "khoi-co-quan", "Đảng ủy Khối các cơ quan tỉnh", "", [Period(2024, "Q1")])
PHRASES = [
    "toàn Đảng bộ kết nạp",
    "đảng viên",
    "xét công nhận đảng viên chính thức cho",
    "đồng chí",
    "cuộc kiểm tra",
    "cuộc giám sát",
    "thi hành kỷ luật",
    "có",
    "tổ chức cơ sở đảng",
    "với",
    "lượt cán bộ, đảng viên",
    "quán triệt",
    "đạt",
    "kế hoạch năm",
    "trong đó",
    "riêng",
    "quý I",
    "quý II/2024",
    "năm 2023",
    "6 tháng đầu năm",
    "phấn đấu",
    "còn",
    "chưa",
    "tỷ đồng",
    "triệu đồng",
    "ủng hộ",
    "nhà tình thương",
    "mỗi căn",
    "Nghị quyết số",
    "-NQ/TW",
    ",",
    ";",
    "(",
    ")",
    "%",
]


@given(st.integers(min_value=1, max_value=99_999), st.sampled_from(["kết nạp {n} đảng viên",
       "thi hành kỷ luật {n} đảng viên", "có {n} tổ chức cơ sở đảng"]))  # fmt: skip
def test_a_written_count_is_read_back_exactly(n: int, template: str) -> None:
    written = vn_number(Decimal(n))
    sentence = "Quý I/2024, toàn Đảng bộ " + template.format(n=written) + "."
    facts = SentenceReader(DOC).facts(sentence)
    assert len(facts) == 1
    assert facts[0].value == written and facts[0].number == n and facts[0].period == "2024-Q1"


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(st.sampled_from(PHRASES), st.integers(0, 20_000).map(lambda n: vn_number(Decimal(n)))),
        max_size=25,
    )
)
def test_every_fact_is_written_in_its_quote(words: list[str]) -> None:
    sentence = " ".join(words)
    for fact in SentenceReader(DOC).facts(sentence):
        assert fact.quote == sentence
        if fact.number is None:
            continue
        keys = support_keys(sentence)
        figures = [f for f in extract_figures(fact.value) if f.kind == "number"]
        assert all(is_supported(f, keys) for f in figures) or fact.value.lower() in sentence.lower()
        assert fact.period and Period.parse_key(fact.period)
