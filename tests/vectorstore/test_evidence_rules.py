"""Which chunks of the right report come first (tests/vectorstore/evidence.py): a quarter's
figure from a half-year table rather than a later running total, the header for a document
number, the key results for a summary, the figure of each compared side."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.api import Assistant
from tests.vectorstore.evidence import write_evidence_corpus
from tests.vectorstore.stores import ingested
from vectorstore.retriever import Retrieval


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Assistant]:
    yield from ingested(tmp_path_factory, "evidence", write_evidence_corpus)


def _texts(result: Retrieval, k: int = 5) -> list[str]:
    return [h.text for h in result.hits[:k]]


@pytest.mark.parametrize(
    "question",
    [
        "Sơn La, Khối Doanh nghiệp: quý II/2025 kết nạp được bao nhiêu đảng viên?",
        "khoi doanh nghiep son la quy 2 nam 2025 ket nap bao nhieu dang vien",
    ],
)
def test_a_quarter_comes_from_the_half_year_table_before_a_later_running_total(
    bot: Assistant, question: str
) -> None:
    result = bot.retriever.retrieve(question, 5)
    assert Path(result.hits[0].source).name == "sl-kdn-2025-h1.txt"
    assert "| 23 |" in result.hits[0].text


@pytest.mark.parametrize(
    "question",
    [
        "Báo cáo quý I năm 2025 của Đảng ủy Khối các cơ quan tỉnh Lào Cai có số hiệu là gì, ai ký?",
        "so hieu van ban bao cao quy 1 2025 khoi co quan lao cai la gi, do ai ky",
    ],
)
def test_a_document_number_question_brings_the_header_and_the_signature(
    bot: Assistant, question: str
) -> None:
    texts = _texts(bot.retriever.retrieve(question, 5), 2)  # the header before any result
    assert any("142-BC/ĐUK" in t for t in texts)
    assert any("Lê Minh Khoa" in t for t in texts)


@pytest.mark.parametrize(
    "question",
    [
        "Tóm tắt báo cáo quý I/2025 của Đảng ủy Khối các cơ quan tỉnh Cà Mau",
        "tom tat bao cao quy 1 2025 dang uy khoi cac co quan tinh ca mau",
    ],
)
def test_a_summary_brings_the_key_results(bot: Assistant, question: str) -> None:
    texts = _texts(bot.retriever.retrieve(question, 5))
    assert any("kết nạp 48 đảng viên" in t for t in texts)


def test_each_compared_side_brings_its_figure_first(bot: Assistant) -> None:
    result = bot.retriever.retrieve(
        "Quý I/2025, Khối các cơ quan tỉnh Lào Cai và Khối các cơ quan tỉnh Cà Mau, "
        "nơi nào kết nạp nhiều đảng viên hơn?",
        5,
    )
    assert result.intent.is_comparison and result.intent.asks_number
    firsts = _texts(result, 2)
    assert any("kết nạp 33 đảng viên" in t for t in firsts)
    assert any("kết nạp 48 đảng viên" in t for t in firsts)
