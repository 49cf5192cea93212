from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.api import Assistant
from tests.vectorstore.reports import write_corpus
from tests.vectorstore.stores import ingested
from vectorstore.rerank import CrossEncoderReranker, make_reranker
from vectorstore.retriever import HybridRetriever, make_retriever


class _Scripted(CrossEncoderReranker):
    """A reranker whose relevance is scripted: passages holding ``favourite`` score high."""

    def __init__(self, favourite: str) -> None:
        super().__init__("scripted", "scripted")
        self.favourite = favourite
        self.calls = 0

    def scores(self, query: str, passages: list[str]) -> list[float] | None:
        self.calls += 1
        return [0.9 if self.favourite in p else 0.1 for p in passages]


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Assistant]:
    yield from ingested(tmp_path_factory, "rerank", write_corpus)


def _retriever(bot: Assistant, reranker: CrossEncoderReranker | None) -> HybridRetriever:
    return HybridRetriever(
        bot.catalog,
        bot.indexer.store,
        bot.indexer.lexical,
        bot.embedder.embeddings,
        dense=False,
        reranker=reranker,
    )


def test_no_model_means_no_reranker_and_no_notice() -> None:
    assert make_reranker("") == (None, "")


def test_a_model_that_is_not_on_this_machine_is_announced_not_downloaded(tmp_path: Path) -> None:
    model, notice = make_reranker("someone/not-cached-cross-encoder")
    assert model is None
    assert "không được tải qua mạng" in notice and "BAOCAO_RERANKER" in notice


def test_make_retriever_reports_the_notice(bot: Assistant) -> None:
    retriever = make_retriever(
        bot.catalog,
        bot.indexer.store,
        bot.indexer.lexical,
        bot.embedder.embeddings,
        dense=False,
        reranker="someone/not-cached-cross-encoder",
    )
    assert retriever.reranker is None and len(retriever.notices) == 1


def test_reranking_reorders_within_the_metadata_constraints(bot: Assistant) -> None:
    question = "Quý I/2022 Khối các cơ quan Nghệ An: UBKT kiểm tra bao nhiêu đảng viên?"
    plain = _retriever(bot, None).retrieve(question, 5)
    scripted = _Scripted("Nơi nhận")
    reranked = _retriever(bot, scripted).retrieve(question, 5)
    assert scripted.calls == 1
    assert "Nơi nhận" in reranked.hits[0].text and "Nơi nhận" not in plain.hits[0].text
    # the reranker never brings in another province or body
    assert {h.metadata["province"] for h in reranked.hits} == {"Nghệ An"}
    assert {h.metadata["body_key"] for h in reranked.hits} == {"khoi-co-quan"}
    assert all(0 < h.score <= 1 for h in reranked.hits)


@pytest.mark.slow  # imports sentence-transformers
def test_a_reranker_that_fails_to_load_leaves_the_ranking_and_says_why(
    bot: Assistant, tmp_path: Path
) -> None:
    broken = tmp_path / "broken-model"
    broken.mkdir()
    model, notice = make_reranker(str(broken))
    assert model is not None and notice == ""
    retriever = _retriever(bot, model)
    question = "Quý I/2022 Khối các cơ quan Nghệ An kết nạp bao nhiêu đảng viên?"
    hits = retriever.search(question, 5)
    assert [h.chunk_id for h in hits] == [h.chunk_id for h in _retriever(bot, None).search(question, 5)]
    assert not model.available and any("Không nạp được bộ xếp hạng lại" in n for n in retriever.notices)


@pytest.mark.slow
def test_the_tiny_cross_encoder_loads_offline_and_reranks(bot: Assistant, tmp_path: Path) -> None:
    from tests.support.tiny_models import build_tiny_cross_encoder

    path = build_tiny_cross_encoder(tmp_path / "tiny-ce")
    model, notice = make_reranker(str(path))
    assert model is not None and notice == ""
    retriever = _retriever(bot, model)
    question = "Quý I/2022 Khối các cơ quan Nghệ An kết nạp bao nhiêu đảng viên?"
    hits = retriever.search(question, 5)
    assert model.available and len(hits) == 5
    assert all(0 < h.score <= 1 for h in hits)
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
    assert {h.metadata["province"] for h in hits} == {"Nghệ An"}
