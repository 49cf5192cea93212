"""Everything against a real Chroma server (``chroma run`` on 127.0.0.1): ingest, search, ask,
brief, remove, several processes on one data directory, a crashed writer, embedder checks."""

from __future__ import annotations

import multiprocessing as mp
import os
import shutil
import time
import uuid
from pathlib import Path
from typing import Any

import pytest

from assistant import Assistant
from assistant.config import Settings
from assistant.errors import EmbedderMismatchError, StoreError, StoreLockedError
from tests.support import Reply, ScriptedOpenAIServer
from tests.support.chroma_server import ChromaServer, chroma_server
from tests.vectorstore.reports import write_report

__all__ = ["chroma_server"]

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[2]
SAMPLES = REPO / "samples" / "reports"
DEMO_QUESTION = (REPO / "samples" / "DEMO_QUESTION.txt").read_text(encoding="utf-8").strip()
NEW_QUESTION = "Quý I/2024 Đảng bộ Khối các cơ quan tỉnh Gia Lai kết nạp bao nhiêu đảng viên?"
SPAWN = mp.get_context("spawn")


def server_settings(server: ChromaServer, data_dir: Path, **overrides: Any) -> Settings:
    """Settings for ``data_dir`` on the server, in a collection of this test's own."""
    values: dict[str, Any] = {
        "data_dir": data_dir,
        "embedder": "hashing",
        "chroma_url": server.url,
        "collection": f"t{uuid.uuid4().hex[:12]}",
        **overrides,
    }
    return Settings.load(values, environ={})


def samples(tmp_path: Path) -> Path:
    return Path(shutil.copytree(SAMPLES, tmp_path / "reports"))


def gia_lai_report(folder: Path) -> Path:
    return write_report(
        folder, "gia-lai-2024-q1.txt", "Gia Lai", "co-quan", 2024, "Q1", admitted=73, members=5120
    )


def assert_in_step(bot: Assistant) -> None:
    """Catalog, server vectors and lexical index hold the same chunks, of the same generation."""
    from vectorstore.lexical import LexicalIndex

    chunk_ids = bot.catalog.chunk_ids()
    assert bot.indexer.store.all_ids() == chunk_ids
    on_disk = LexicalIndex(bot.data_dir / "lexical")
    assert set(on_disk.chunk_ids) == chunk_ids
    assert on_disk.generation == bot.catalog.generation
    status = bot.status()
    assert status["vectors"] == status["chunks"] == len(chunk_ids)


def test_ingest_search_ask_brief_remove_reingest_on_a_server(
    chroma_server: ChromaServer, tmp_path: Path
) -> None:
    from vectorstore.store import make_client

    reports = samples(tmp_path)
    settings = server_settings(chroma_server, tmp_path / "data")
    with Assistant.open(settings=settings) as bot:
        report = bot.ingest([reports])
        assert report.ok and report.added == len(list(reports.iterdir()))
        status = bot.status()
        assert status["mode"] == "server" and status["chroma"] == chroma_server.url
        assert_in_step(bot)
        hits = bot.search("Lâm Đồng quý I/2024 kết nạp đảng viên", k=3)
        assert Path(hits[0].source).name == "lam-dong_khoi-co-quan_2024-q1.md"
        answer = bot.ask(DEMO_QUESTION)
        assert answer.mode == "quote" and "58" in answer.text
        assert Path(answer.citations[0].source).name == "lam-dong_khoi-co-quan_2024-q1.md"
        brief = bot.brief(province="Lâm Đồng", body="khoi-co-quan", period="2024-Q1")
        assert "Lâm Đồng" in brief.markdown and "58" in brief.markdown
        removed = bot.remove([reports / "lam-dong_khoi-co-quan_2024-q1.md"])
        assert [Path(r).name for r in removed] == ["lam-dong_khoi-co-quan_2024-q1.md"]
        assert_in_step(bot)
        assert all("2024-q1.md" not in h.source for h in bot.search("Lâm Đồng kết nạp", k=10))
        again = bot.ingest([reports])
        assert (again.added, again.unchanged) == (1, len(list(reports.iterdir())) - 1)
        assert_in_step(bot)
    assert not (tmp_path / "data" / "chroma").exists(), "vectors belong to the server"
    client = make_client(tmp_path, chroma_server.url)
    assert client.get_collection(settings.collection).count() == status["chunks"]


def test_llm_mode_on_a_server(
    chroma_server: ChromaServer, openai_server: ScriptedOpenAIServer, tmp_path: Path
) -> None:
    settings = server_settings(
        chroma_server,
        tmp_path / "data",
        llm_base_url=openai_server.base_url,
        llm_model="scripted-model",
        llm_timeout=5.0,
    )
    reply = "Quý I/2024, Đảng bộ Khối các cơ quan tỉnh Lâm Đồng kết nạp 58 đảng viên mới [1]."
    openai_server.script(Reply(reply))
    with Assistant.open(settings=settings) as bot:
        bot.ingest([samples(tmp_path)])
        answer = bot.ask(DEMO_QUESTION)
    assert answer.mode == "llm", answer.text
    assert "58" in answer.text and answer.citations
    assert Path(answer.citations[0].source).name == "lam-dong_khoi-co-quan_2024-q1.md"
    assert "Lâm Đồng" in str(openai_server.chat_requests[0].messages)


def test_a_second_process_sees_what_the_first_ingested(chroma_server: ChromaServer, tmp_path: Path) -> None:
    settings = server_settings(chroma_server, tmp_path / "data")
    new_docs = tmp_path / "new"
    gia_lai_report(new_docs)
    with Assistant.open(settings=settings) as reader:
        reader.ingest([samples(tmp_path)])
        before = reader.search(NEW_QUESTION, k=5)
        assert all("gia-lai" not in h.source for h in before)
        builds = _count_builds(reader)
        proc = SPAWN.Process(target=_ingest_in_child, args=(settings, new_docs))
        proc.start()
        searches = 0
        while proc.is_alive():  # searches keep working while the other process writes
            assert reader.search("Lâm Đồng kết nạp", k=3)
            searches += 1
        assert proc.exitcode == 0
        hits = reader.search(NEW_QUESTION, k=3)
        assert Path(hits[0].source).name == "gia-lai-2024-q1.txt" and "73" in hits[0].text
        assert "73" in reader.ask(NEW_QUESTION).text
        assert builds == [], "a reader takes up the writer's index, it never builds one"
        assert reader.indexer.lexical.generation == reader.catalog.generation
        assert searches > 0
        assert_in_step(reader)


def test_writers_in_two_processes_take_turns(chroma_server: ChromaServer, tmp_path: Path) -> None:
    settings = server_settings(chroma_server, tmp_path / "data")
    provinces = ("Nghệ An", "Thanh Hóa", "Đắk Lắk", "Gia Lai")
    folders = []
    for n in range(2):
        folder = tmp_path / f"batch-{n}"
        for year in range(2019, 2024):
            for i, province in enumerate(provinces):
                write_report(
                    folder, f"{n}-{i}-{year}.txt", province, "co-quan" if n else "doanh-nghiep", year, "Q1",
                    admitted=10 + 7 * i + year % 100 + 50 * n, members=4000 + year,
                )  # fmt: skip
        folders.append(folder)
    procs = [SPAWN.Process(target=_ingest_in_child, args=(settings, f)) for f in folders]
    for proc in procs:
        proc.start()
    for proc in procs:
        proc.join(300)
        assert proc.exitcode == 0
    with Assistant.open(settings=settings) as bot:
        assert len(bot.documents()) == 2 * 5 * len(provinces)
        assert_in_step(bot)


def test_a_write_waits_for_the_writer_and_says_so_when_it_gives_up(
    chroma_server: ChromaServer, tmp_path: Path
) -> None:
    settings = server_settings(chroma_server, tmp_path / "data")
    docs = tmp_path / "new"
    gia_lai_report(docs)
    holding, release = SPAWN.Event(), SPAWN.Event()
    proc = SPAWN.Process(target=_hold_write_lock, args=(settings, holding, release))
    proc.start()
    try:
        assert holding.wait(120), "the other process never took the write lock"
        with Assistant.open(settings=settings) as bot:  # opening is never refused
            bot.access.wait = 0.5
            started = time.monotonic()
            with pytest.raises(StoreLockedError, match="đang được một tiến trình khác ghi") as caught:
                bot.ingest([docs])
            assert time.monotonic() - started >= 0.5
            assert f"PID {proc.pid}" in str(caught.value)
            assert bot.search("kết nạp") == [] and bot.documents() == []
            release.set()
            bot.access.wait = 60
            assert bot.ingest([docs]).added == 1  # waits for the lock, then writes
            assert_in_step(bot)
    finally:
        release.set()
        proc.join(60)
    assert proc.exitcode == 0


def test_a_writer_killed_mid_way_is_repaired_by_the_next_reader(
    chroma_server: ChromaServer, tmp_path: Path
) -> None:
    settings = server_settings(chroma_server, tmp_path / "data")
    docs = tmp_path / "new"
    gia_lai_report(docs)
    with Assistant.open(settings=settings) as reader:
        reader.ingest([samples(tmp_path)])
        generation = reader.catalog.generation
        proc = SPAWN.Process(target=_ingest_then_die, args=(settings, docs))
        proc.start()
        proc.join(120)
        assert proc.exitcode == 9, "the writer should have died before writing the lexical index"
        assert reader.catalog.generation == generation + 1  # the catalog has the document...
        assert reader.indexer.lexical.generation == generation  # ...the index on disk does not
        hits = reader.search(NEW_QUESTION, k=3)  # the lock is free: this reader repairs
        assert Path(hits[0].source).name == "gia-lai-2024-q1.txt"
        assert_in_step(reader)


def test_embedder_mismatch_reindex_and_stale_workers_on_a_server(
    chroma_server: ChromaServer, tmp_path: Path
) -> None:
    from tests.support.tiny_models import build_tiny_embedder

    model = build_tiny_embedder(tmp_path / "tiny-embedder")
    settings = server_settings(chroma_server, tmp_path / "data")
    neural = settings.with_overrides(embedder=str(model))
    with Assistant.open(settings=settings) as old_worker:
        old_worker.ingest([samples(tmp_path)])
        with pytest.raises(EmbedderMismatchError, match="baocao reindex"):
            Assistant.open(settings=neural)
        with Assistant.open(settings=neural, for_reindex=True) as bot:
            assert bot.reindex() == bot.status()["chunks"]
        with Assistant.open(settings=neural) as bot:
            assert bot.embedder.neural and bot.status()["vectors"] == bot.status()["chunks"]
            hits = bot.search(DEMO_QUESTION, k=3)  # lexical + dense from the server, fused
            assert Path(hits[0].source).name == "lam-dong_khoi-co-quan_2024-q1.md"
        docs = tmp_path / "new"
        gia_lai_report(docs)
        with pytest.raises(EmbedderMismatchError, match="Khởi động lại"):
            old_worker.ingest([docs])  # its collection was replaced: it must not write into it
        assert old_worker.search(DEMO_QUESTION, k=3)  # searching goes on (lexical)
        with pytest.raises(StoreError, match="Khởi động lại"):
            old_worker.status()
    with Assistant.open(settings=neural) as bot:
        assert_in_step(bot)


def test_an_unreachable_server_is_a_clear_error(tmp_path: Path) -> None:
    from tests.support.chroma_server import free_port

    settings = Settings.load(
        {"data_dir": tmp_path, "embedder": "hashing", "chroma_url": f"http://127.0.0.1:{free_port()}"},
        environ={},
    )
    with pytest.raises(StoreError, match="Không kết nối được máy chủ Chroma"):
        Assistant.open(settings=settings)


def test_a_server_lost_mid_way_is_a_clear_error(tmp_path: Path) -> None:
    docs = tmp_path / "new"
    gia_lai_report(docs)
    server = ChromaServer(tmp_path / "chroma").start()
    try:
        bot = Assistant.open(settings=server_settings(server, tmp_path / "data"))
    finally:
        server.stop()
    with bot, pytest.raises(StoreError, match="Mất kết nối tới máy chủ Chroma"):
        bot.ingest([docs])


# -- child processes -------------------------------------------------------------------------
def _count_builds(bot: Assistant) -> list[int]:
    """Record every lexical index build of ``bot`` (there should be none in a reader)."""
    builds: list[int] = []
    lexical = bot.indexer.lexical
    original = lexical.build

    def build(*args: Any, **kwargs: Any) -> None:
        builds.append(1)
        original(*args, **kwargs)

    lexical.build = build  # type: ignore[method-assign]
    return builds


def _ingest_in_child(settings: Settings, folder: Path) -> None:
    with Assistant.open(settings=settings) as bot:
        report = bot.ingest([folder])
    if not report.ok:
        raise SystemExit(f"ingest failed: {report.to_dict()}")


def _hold_write_lock(settings: Settings, holding: Any, release: Any) -> None:
    with Assistant.open(settings=settings) as bot, bot.access.writing():
        holding.set()
        release.wait(120)


def _ingest_then_die(settings: Settings, folder: Path) -> None:
    """Ingest, and die (like SIGKILL) after the catalog commit, before the lexical index."""
    from vectorstore.lexical import LexicalIndex

    def die(self: LexicalIndex, catalog: Any) -> bool:
        if catalog.generation > self.generation:
            os._exit(9)
        return False

    with Assistant.open(settings=settings) as bot:
        LexicalIndex.refresh = die  # type: ignore[method-assign]
        bot.ingest([folder])
