"""Retrieval over a store built from small reports that report the same metrics with
different numbers (tests/vectorstore/reports.py)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.api import Assistant
from tests.vectorstore.reports import write_corpus, write_report
from tests.vectorstore.stores import ingested, names
from vectorstore.retriever import rrf


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Assistant]:
    yield from ingested(tmp_path_factory, "retrieval", write_corpus)


@pytest.mark.parametrize(
    "question",
    [
        "Quý I/2022 Đảng ủy Khối các cơ quan tỉnh Nghệ An kết nạp bao nhiêu đảng viên?",
        "quý 1/2022 ĐUK các cơ quan Nghệ An kết nạp bao nhiêu đảng viên",
        "Q1 2022 Khối các cơ quan Nghệ An kết nạp bao nhiêu đảng viên?",
        "3 tháng đầu năm 2022, Đảng bộ Khối các cơ quan tỉnh Nghệ An kết nạp mấy đảng viên?",
        "quy 1 nam 2022 khoi cac co quan nghe an ket nap bao nhieu dang vien",
    ],
)
def test_the_report_of_the_named_province_body_and_period_ranks_first(bot: Assistant, question: str) -> None:
    result = bot.retriever.retrieve(question, 5)
    assert names(result)[0] == "na-kcq-2022-q1.txt"
    assert "47" in result.hits[0].text or any("47" in h.text for h in result.hits[:3])


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Quý I/2021 Khối các cơ quan Nghệ An kết nạp bao nhiêu đảng viên?", "na-kcq-2021-q1.txt"),
        ("Quý I/2022 Khối các cơ quan Thanh Hóa kết nạp bao nhiêu đảng viên?", "th-kcq-2022-q1.txt"),
        ("Quý I/2022 Khối Doanh nghiệp Nghệ An kết nạp bao nhiêu đảng viên?", "na-kdn-2022-q1.txt"),
        (
            "quy 1 nam 2022 dang uy khoi doanh nghiep nghe an ket nap bao nhieu dang vien",
            "na-kdn-2022-q1.txt",
        ),
    ],
)
def test_other_year_province_and_body_are_told_apart(bot: Assistant, question: str, expected: str) -> None:
    assert names(bot.retriever.retrieve(question, 3))[0] == expected


def test_a_named_province_filters_other_provinces_out(bot: Assistant) -> None:
    result = bot.retriever.retrieve("Thanh Hóa kết nạp bao nhiêu đảng viên?", 10)
    assert result.hits and all(h.metadata["province"] == "Thanh Hóa" for h in result.hits)


def test_a_quarter_is_found_in_the_half_year_report_that_contains_it(bot: Assistant) -> None:
    result = bot.retriever.retrieve(
        "Riêng quý II/2022, Khối các cơ quan Nghệ An kết nạp bao nhiêu đảng viên?", 5
    )
    assert names(result)[0] == "na-kcq-2022-h1.txt"
    assert result.notes == []


def test_without_a_period_the_latest_report_is_used_and_named(bot: Assistant) -> None:
    result = bot.retriever.retrieve("Đảng ủy Khối các cơ quan tỉnh Nghệ An có bao nhiêu đảng viên?", 5)
    assert names(result)[0] == "na-kcq-2023-y.txt"
    assert len(result.notes) == 1
    assert "không nêu kỳ báo cáo" in result.notes[0] and "năm 2023" in result.notes[0]


def test_a_missing_period_is_said(bot: Assistant) -> None:
    result = bot.retriever.retrieve("Quý III/2022 Khối các cơ quan Nghệ An kết nạp bao nhiêu đảng viên?", 5)
    assert any("Không có báo cáo nào đúng kỳ quý III/2022" in n for n in result.notes)


def test_a_province_absent_from_the_store_is_said(bot: Assistant) -> None:
    result = bot.retriever.retrieve("Gia Lai kết nạp bao nhiêu đảng viên quý I/2022?", 5)
    assert any("Kho chưa có báo cáo nào của Gia Lai" in n for n in result.notes)


@pytest.mark.parametrize(
    "question",
    [
        "So sánh số đảng viên kết nạp quý I/2022 của Khối các cơ quan tỉnh Nghệ An và Thanh Hóa",
        "Quý I/2022, Nghệ An hay Thanh Hóa kết nạp nhiều đảng viên hơn (Khối các cơ quan)?",
    ],
)
def test_a_comparison_brings_both_sides_from_their_own_reports(bot: Assistant, question: str) -> None:
    top = names(bot.retriever.retrieve(question, 4))
    assert {"na-kcq-2022-q1.txt", "th-kcq-2022-q1.txt"} <= set(top[:2])


def test_a_comparison_of_two_periods(bot: Assistant) -> None:
    question = "Khối các cơ quan tỉnh Nghệ An kết nạp bao nhiêu đảng viên quý I/2021 và quý I/2022?"
    top = names(bot.retriever.retrieve(question, 4))
    assert {"na-kcq-2021-q1.txt", "na-kcq-2022-q1.txt"} <= set(top[:2])


def test_plans_come_from_the_report_before_the_period(bot: Assistant) -> None:
    result = bot.retriever.retrieve("Nhiệm vụ trọng tâm quý II/2022 của Khối các cơ quan tỉnh Nghệ An?", 3)
    assert names(result)[0] == "na-kcq-2022-q1.txt"


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"province": "Thanh Hóa"}, {"th-kcq-2022-q1.txt"}),
        ({"province": "thanh hoa"}, {"th-kcq-2022-q1.txt"}),
        ({"body_key": "khoi-doanh-nghiep"}, {"na-kdn-2022-q1.txt"}),
        ({"period": "2021-Q1"}, {"na-kcq-2021-q1.txt"}),
        ({"period_from": "2022-Q2", "period_to": "2023"}, {"na-kcq-2023-y.txt"}),
        (
            {"period_from": "2022-H1", "period_to": "2022-H1"},
            {"na-kcq-2022-q1.txt", "na-kdn-2022-q1.txt", "th-kcq-2022-q1.txt", "na-kcq-2022-h1.txt"},
        ),
    ],
)
def test_filters_are_hard(bot: Assistant, filters: dict[str, str], expected: set[str]) -> None:
    hits = bot.search("kết nạp đảng viên", k=20, filters=filters)
    assert {Path(h.source).name for h in hits} == expected


def test_filters_take_lists_and_reject_malformed_periods(bot: Assistant) -> None:
    from assistant.errors import BaocaoError

    hits = bot.search("kết nạp", k=20, filters={"province": ["Thanh Hóa", "nghe an"], "period": ["2021-Q1"]})
    assert {Path(h.source).name for h in hits} == {"na-kcq-2021-q1.txt"}
    with pytest.raises(BaocaoError, match="2024-Q1"):
        bot.search("kết nạp", filters={"period": "quý một"})


def test_filters_by_source_and_doc_id(bot: Assistant) -> None:
    source = next(d["source"] for d in bot.documents() if d["source"].endswith("na-kdn-2022-q1.txt"))
    hits = bot.search("kết nạp", k=10, filters={"source": source})
    assert hits and {h.source for h in hits} == {source}
    doc_id = hits[0].doc_id
    assert {h.doc_id for h in bot.search("đảng viên", k=10, filters={"doc_id": doc_id})} == {doc_id}


def test_hits_carry_their_metadata(bot: Assistant) -> None:
    hit = bot.search("quý I/2022 Nghệ An Khối các cơ quan kết nạp", k=1)[0]
    for key in ("title", "date", "periods", "province", "body", "section", "doc_id"):
        assert key in hit.metadata
    assert hit.metadata["periods"] == ["2022-Q1"] and hit.chunk_id.startswith(hit.doc_id)


def test_rrf_rewards_agreement() -> None:
    fused = rrf([["a", "b", "c"], ["b", "a", "d"]])
    assert fused["a"] == fused["b"] > fused["c"] == fused["d"]


def test_lexical_index_follows_ingest_update_and_remove(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    write_report(docs, "a.txt", "Nghệ An", "co-quan", 2022, "Q1", admitted=47, members=7846)
    write_report(docs, "b.txt", "Thanh Hóa", "co-quan", 2022, "Q1", admitted=52, members=9015)
    with Assistant.open(data_dir=tmp_path / "data", embedder="hashing") as bot:
        lexical = bot.indexer.lexical

        def in_step() -> None:
            assert sorted(lexical.chunk_ids) == sorted(bot.catalog.chunk_ids())
            assert lexical.generation == bot.catalog.generation

        bot.ingest([docs])
        in_step()
        write_report(docs, "a.txt", "Nghệ An", "co-quan", 2022, "Q1", admitted=77, members=7846)
        bot.ingest([docs])
        in_step()
        assert any("77" in h.text for h in bot.search("quý I/2022 Nghệ An kết nạp", 3))
        bot.remove([docs / "b.txt"])
        in_step()
        assert bot.search("Thanh Hóa kết nạp", 5, filters={"province": "Thanh Hóa"}) == []
    with Assistant.open(data_dir=tmp_path / "data", embedder="hashing") as reopened:
        assert reopened.indexer.lexical.generation == reopened.catalog.generation
        assert sorted(reopened.indexer.lexical.chunk_ids) == sorted(reopened.catalog.chunk_ids())


def test_searches_run_while_an_ingest_refreshes_the_index(tmp_path: Path) -> None:
    docs, more = tmp_path / "docs", tmp_path / "more"
    write_report(docs, "a.txt", "Nghệ An", "co-quan", 2022, "Q1", admitted=47, members=7846)
    for year in range(2010, 2016):
        write_report(
            more, f"n{year}.txt", "Nghệ An", "co-quan", year, "Y", admitted=100 + year % 50, members=7000
        )
    errors: list[BaseException] = []
    with Assistant.open(data_dir=tmp_path / "data", embedder="hashing") as bot:
        bot.ingest([docs])
        done = threading.Event()

        def searcher() -> None:
            try:
                while not done.is_set():
                    result = bot.retriever.retrieve(
                        "Quý I/2022 Nghệ An Khối các cơ quan kết nạp bao nhiêu?", 5
                    )
                    assert result.hits and Path(result.hits[0].source).name == "a.txt"
                    assert all(h.text for h in result.hits)
            except BaseException as exc:  # collected and raised in the main thread
                errors.append(exc)

        threads = [threading.Thread(target=searcher) for _ in range(3)]
        for t in threads:
            t.start()
        try:
            for path in sorted(more.iterdir()):
                bot.ingest([path])
        finally:
            done.set()
            for t in threads:
                t.join(timeout=30)
        assert not errors, errors[0]
        assert bot.indexer.lexical.generation == bot.catalog.generation
        assert len(bot.documents()) == 7


@pytest.mark.shared
@pytest.mark.slow
def test_dev_corpus_meets_the_retrieval_goals(shared_dev_docs: Path, tmp_path: Path) -> None:
    from assistant.evaluation import evaluate_retrieval, load_qa

    items = load_qa(sorted(shared_dev_docs.parent.glob("qa_*.jsonl")))
    with Assistant.open(data_dir=tmp_path / "data", embedder="hashing") as bot:
        bot.ingest([shared_dev_docs])
        overall = evaluate_retrieval(lambda q, n: bot.search(q, n), items).summary()["overall"]
    assert overall["doc_hit"] >= 0.95 and overall["evidence"] >= 0.90 and overall["mrr"] >= 0.90


@pytest.mark.slow
def test_dense_rankings_are_fused_when_the_embedder_is_neural(tmp_path: Path) -> None:
    from tests.support.tiny_models import build_tiny_embedder

    model = build_tiny_embedder(tmp_path / "tiny-st")
    write_corpus(tmp_path / "docs")
    with Assistant.open(data_dir=tmp_path / "data", embedder=str(model)) as bot:
        assert bot.embedder.neural and bot.retriever.dense
        bot.ingest([tmp_path / "docs"])
        calls: list[str] = []
        query = bot.retriever.store.query

        def spy(*args: object, **kwargs: object) -> object:
            calls.append(str(kwargs.get("where")))
            return query(*args, **kwargs)  # type: ignore[arg-type]

        bot.retriever.store.query = spy  # type: ignore[method-assign,assignment]
        result = bot.retriever.retrieve(
            "Quý I/2022 Khối các cơ quan Thanh Hóa kết nạp bao nhiêu đảng viên?", 5
        )
        assert calls and "Thanh Hóa" in calls[0]
        assert names(result)[0] == "th-kcq-2022-q1.txt"
        assert {h.metadata["province"] for h in result.hits} == {"Thanh Hóa"}
