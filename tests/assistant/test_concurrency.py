"""20 concurrent chats against ``baocao serve`` (a real subprocess on 127.0.0.1) while an
upload of 20 reports is ingested: every chat completes with a cited, correct answer, the
upload reports every file, and the store is consistent afterwards.

Two deployments: one embedded worker (the default), and two workers sharing one data
directory and a Chroma server (uploads go to one, chats to both; the other worker must
answer from the uploaded reports once the ingest is over). Timings are printed (``-s``).
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path, PurePath
from typing import Any

import pytest

from assistant import Assistant
from assistant.config import Settings
from tests.support.chroma_server import ChromaServer, chroma_server, free_port
from tests.vectorstore.reports import report_text

__all__ = ["chroma_server"]

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[2]
SAMPLES = REPO / "samples" / "reports"
N_CHATS = 20
START_DEADLINE_S = 180.0
CALL_TIMEOUT_S = 300.0
# Answerable questions about the samples, with what the answer must hold and where from.
QUESTIONS = [
    json.loads(line)
    for line in (REPO / "samples" / "questions.jsonl").read_text(encoding="utf-8").splitlines()
    if line.strip() and json.loads(line)["type"] in ("numeric", "table")
]
NEW_PROVINCES = ("Nghệ An", "Thanh Hóa", "Đắk Lắk", "Gia Lai")
NEW_YEARS = range(2019, 2024)
NEW_QUESTION = "Quý I/2021 Đảng bộ Khối các cơ quan tỉnh Gia Lai kết nạp bao nhiêu đảng viên?"


def admitted(province: str, year: int) -> int:
    return 20 + 9 * NEW_PROVINCES.index(province) + (year - 2000)


def upload_name(province: str, year: int) -> str:
    i = NEW_PROVINCES.index(province)
    return f"{i}-{year}-q1.{'md' if i % 2 else 'txt'}"


def write_uploads(folder: Path) -> list[Path]:
    """Twenty first-quarter reports of four provinces that are not in the samples."""
    folder.mkdir(parents=True)
    paths = []
    for year in NEW_YEARS:
        for i, province in enumerate(NEW_PROVINCES):
            text = report_text(
                province, "co-quan", year, "Q1", admitted=admitted(province, year), members=4000 + 37 * i
            )
            path = folder / upload_name(province, year)
            path.write_text(text, encoding="utf-8")
            paths.append(path)
    return paths


# -- the server processes ----------------------------------------------------------------------
@dataclass
class Worker:
    """One ``baocao serve`` process."""

    proc: subprocess.Popen[bytes]
    url: str
    log: Path

    def client(self) -> Any:
        from gradio_client import Client

        return Client(self.url, verbose=False)

    def stop(self, sig: int = signal.SIGINT) -> int:
        self.proc.send_signal(sig)
        try:
            return self.proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(timeout=30)
            raise AssertionError(f"serve did not stop on signal {sig}:\n{self.output()}") from None

    def output(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")[-4000:]


def start_worker(data_dir: Path, tmp: Path, **env: str) -> Worker:
    port = free_port()
    log = tmp / f"serve-{port}.log"
    environ = {k: v for k, v in os.environ.items() if not k.startswith(("BAOCAO_", "OPENAI_"))}
    environ.update(
        BAOCAO_EMBEDDER="hashing",
        GRADIO_ANALYTICS_ENABLED="False",
        GRADIO_TEMP_DIR=str(tmp / f"gradio-{port}"),
        HF_HUB_OFFLINE="1",
        PYTHONUNBUFFERED="1",
        **env,
    )
    cmd = [sys.executable, "-m", "assistant.cli", "--data-dir", str(data_dir), "serve", "--port", str(port)]
    with log.open("wb") as out:
        proc = subprocess.Popen(cmd, cwd=REPO, env=environ, stdout=out, stderr=subprocess.STDOUT)
    worker = Worker(proc, f"http://127.0.0.1:{port}/", log)
    deadline = time.monotonic() + START_DEADLINE_S
    while "đang chạy tại" not in worker.output():
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            raise AssertionError(f"baocao serve did not start:\n{worker.output()}")
        time.sleep(0.2)
    return worker


@contextlib.contextmanager
def logs_on_failure(*workers: Worker) -> Iterator[None]:
    """A failed check carries what the servers printed (a traceback of the failing event)."""
    try:
        yield
    except AssertionError as exc:
        logs = "\n".join(f"--- {w.url}\n{w.output()}" for w in workers)
        raise AssertionError(f"{exc}\n{logs}") from None


# -- chats ---------------------------------------------------------------------------------------
@dataclass
class Chat:
    question: dict[str, Any]
    endpoint: str
    started: float = 0.0
    ended: float = 0.0
    error: str = ""
    sources: list[str] = field(default_factory=list)


def ask(client: Any, chat: Chat) -> None:
    """One chat through ``/ask`` or the streaming ``/chat``; problems are recorded, not raised."""
    import re

    question = chat.question
    chat.started = time.monotonic()
    try:
        if chat.endpoint == "/ask":
            result = client.submit(question["question"], api_name="/ask").result(timeout=CALL_TIMEOUT_S)
            text, chat.sources = result["text"], [PurePath(c["source"]).name for c in result["citations"]]
        else:
            job = client.submit(question["question"], "", "", "", "", "", api_name="/chat")
            messages, panel, text, _ = job.result(timeout=CALL_TIMEOUT_S)
            chat.sources = re.findall(r"<dt>Tệp</dt><dd>([^<]*)</dd>", panel)
            if 'class="cite"' not in str(messages[-1]["content"]):
                chat.error = "the streamed answer links no citation"
        missing = [m for m in question["must_contain"] if m not in text]
        if missing or not re.search(r"\[\d+\]", text):
            chat.error = chat.error or f"answer without {missing or 'a citation mark'}: {text[:300]}"
        elif not chat.sources or chat.sources[0] != question["doc_ids"][0]:
            chat.error = f"first source {chat.sources[:1]}, expected {question['doc_ids'][0]}"
    except Exception as exc:  # every failure is reported with its chat
        chat.error = f"{type(exc).__name__}: {exc}"
    chat.ended = time.monotonic()


def chat_round(clients: list[Any]) -> tuple[float, list[Chat]]:
    """``len(clients)`` chats at once (a barrier starts them together); wall time and chats."""
    chats = [Chat(QUESTIONS[i % len(QUESTIONS)], "/chat" if i % 2 else "/ask") for i in range(len(clients))]
    barrier = threading.Barrier(len(clients))

    def run(i: int) -> None:
        barrier.wait(timeout=60)
        ask(clients[i], chats[i])

    started = time.monotonic()
    with ThreadPoolExecutor(max_workers=len(clients)) as pool:
        list(pool.map(run, range(len(clients))))
    return time.monotonic() - started, chats


def failures(chats: list[Chat]) -> list[str]:
    return [f"{c.endpoint} {c.question['id']}: {c.error}" for c in chats if c.error]


def upload(client: Any, paths: list[Path]) -> Callable[[], tuple[list[list[Any]], str]]:
    """Start uploading ``paths`` through ``/upload``; returns a function waiting for the result."""
    from gradio_client import handle_file

    job = client.submit([handle_file(str(p)) for p in paths], api_name="/upload")

    def result() -> tuple[list[list[Any]], str]:
        rows, summary = job.result(timeout=CALL_TIMEOUT_S)
        return (list(rows["data"]) if isinstance(rows, dict) else list(rows)), summary

    return result


# -- the scenario ------------------------------------------------------------------------------
def chats_during_an_upload(chat_clients: list[Any], upload_client: Any, paths: list[Path]) -> dict[str, Any]:
    """Time rounds of concurrent chats alone, then while the upload is ingested."""
    chat_round(chat_clients)  # warm-up: first requests load models, compile regexes...
    alone = []
    for _ in range(2):
        seconds, chats = chat_round(chat_clients)
        assert not failures(chats), failures(chats)
        alone.append(seconds)
    upload_started = time.monotonic()
    waiting = upload(upload_client, paths)
    done = threading.Event()
    outcome: dict[str, Any] = {}

    def wait_upload() -> None:
        try:
            outcome["rows"], outcome["summary"] = waiting()
        except Exception as exc:
            outcome["error"] = exc
        outcome["seconds"] = time.monotonic() - upload_started
        done.set()

    threading.Thread(target=wait_upload, daemon=True).start()
    during: list[float] = []
    chats_during: list[Chat] = []
    while not done.is_set() or not during:
        seconds, chats = chat_round(chat_clients)
        during.append(seconds)
        chats_during += chats
    assert "error" not in outcome, outcome.get("error")
    overlapping = [c for c in chats_during if c.ended < upload_started + outcome["seconds"]]
    return {
        "alone_s": alone,
        "during_s": during,
        "chats_during": chats_during,
        "overlapping": len(overlapping),
        "upload_s": outcome["seconds"],
        "rows": outcome["rows"],
        "summary": outcome["summary"],
    }


def check_run(run: dict[str, Any], paths: list[Path], label: str) -> None:
    assert not failures(run["chats_during"]), failures(run["chats_during"])
    assert run["overlapping"] >= N_CHATS // 2, "the chats should run while the upload is ingested"
    rows = {r[0]: r for r in run["rows"]}
    assert set(rows) == {p.name for p in paths}, run["rows"]
    assert all(r[1] == "Đã thêm" and r[2] >= 1 for r in rows.values()), run["rows"]
    print(
        f"\n[{label}] {N_CHATS} concurrent chats: alone {statistics.median(run['alone_s']):.2f} s "
        f"(rounds {', '.join(f'{s:.2f}' for s in run['alone_s'])}); during the upload of "
        f"{len(paths)} reports {statistics.median(run['during_s']):.2f} s (rounds "
        f"{', '.join(f'{s:.2f}' for s in run['during_s'])}); upload {run['upload_s']:.2f} s; "
        f"{len(run['chats_during'])} chats during it, {run['overlapping']} finished before it did"
    )


def ask_new(client: Any) -> dict[str, Any]:
    result: dict[str, Any] = client.submit(NEW_QUESTION, api_name="/ask").result(timeout=CALL_TIMEOUT_S)
    assert str(admitted("Gia Lai", 2021)) in result["text"], result["text"]
    assert PurePath(result["citations"][0]["source"]).name == upload_name("Gia Lai", 2021)
    return result


def test_chats_complete_while_an_upload_is_ingested(tmp_path: Path) -> None:
    from tests.support.store_dump import dump_store

    data_dir = tmp_path / "data"
    settings = Settings.load({"data_dir": data_dir, "embedder": "hashing"}, environ={})
    with Assistant.open(settings=settings) as bot:
        assert bot.ingest([SAMPLES]).ok
    paths = write_uploads(tmp_path / "uploads")
    worker = start_worker(data_dir, tmp_path)
    try:
        with logs_on_failure(worker):
            clients = [worker.client() for _ in range(N_CHATS + 1)]
            run = chats_during_an_upload(clients[:N_CHATS], clients[-1], paths)
            check_run(run, paths, "one embedded worker")
            ask_new(clients[0])
    finally:
        code = worker.stop()
    assert code == 0, worker.output()
    dump = dump_store(data_dir)
    assert len(dump["documents"]) == len(list(SAMPLES.iterdir())) + len(paths)
    assert set(dump["vectors"]) == set(dump["chunks"]) == set(dump["lexical_ids"])
    assert dump["lexical_in_step"]
    with Assistant.open(settings=settings) as bot:
        status = bot.status()
        assert status["vectors"] == status["chunks"] == len(dump["chunks"])


def test_two_workers_on_a_chroma_server_share_uploads(chroma_server: ChromaServer, tmp_path: Path) -> None:
    from vectorstore.lexical import LexicalIndex

    data_dir = tmp_path / "data"
    settings = Settings.load(
        {"data_dir": data_dir, "embedder": "hashing", "chroma_url": chroma_server.url}, environ={}
    )
    with Assistant.open(settings=settings) as bot:
        assert bot.ingest([SAMPLES]).ok
    paths = write_uploads(tmp_path / "uploads")
    workers = [start_worker(data_dir, tmp_path, BAOCAO_CHROMA_URL=chroma_server.url) for _ in range(2)]
    try:
        with logs_on_failure(*workers):
            clients = [workers[i % 2].client() for i in range(N_CHATS)]
            run = chats_during_an_upload(clients, workers[0].client(), paths)
            check_run(run, paths, "two workers on a Chroma server")
            statuses = []
            for worker in workers:  # the worker that did not ingest follows the one that did
                ask_new(worker.client())
                statuses.append(worker.client().submit(api_name="/status").result(timeout=CALL_TIMEOUT_S))
            n_docs = len(list(SAMPLES.iterdir())) + len(paths)
            assert statuses[0]["documents"] == statuses[1]["documents"] == n_docs
            assert statuses[0]["lexical_generation"] == statuses[1]["lexical_generation"]
    finally:  # a process manager stops workers with SIGTERM: as cleanly as Ctrl+C
        codes = [workers[0].stop(), workers[1].stop(signal.SIGTERM)]
    assert codes == [0, 0], [w.output() for w in workers]
    assert all("Đang dừng" in w.output() for w in workers)
    with Assistant.open(settings=settings) as bot:
        chunk_ids = bot.catalog.chunk_ids()
        assert len(bot.documents()) == n_docs
        assert bot.indexer.store.all_ids() == chunk_ids
        on_disk = LexicalIndex(data_dir / "lexical")
        assert set(on_disk.chunk_ids) == chunk_ids and on_disk.generation == bot.catalog.generation
        assert statuses[0]["lexical_generation"] == bot.catalog.generation


# -- the lexical index between processes -------------------------------------------------------
def test_a_reader_never_installs_a_half_written_lexical_index(tmp_path: Path) -> None:
    """Another process rebuilds the index on disk over and over while this one (a reader, as
    another worker) reloads it: every snapshot the reader installs is one the writer wrote
    whole (the chunk ids of its generation, a BM25 matrix with as many rows)."""
    import multiprocessing as mp

    from vectorstore.lexical import LexicalIndex

    writer = mp.get_context("spawn").Process(target=_rewrite_index, args=(tmp_path, 100))
    writer.start()
    reader = LexicalIndex(tmp_path / "lexical")
    seen: list[tuple[int, frozenset[str], int]] = []
    while writer.is_alive():
        if reader.reload():
            snap = reader.snapshot
            rows = snap.bm25.scores["num_docs"] if snap.bm25 is not None else 0
            seen.append((snap.generation, frozenset(snap.chunk_ids), rows))
    assert writer.exitcode == 0
    written = json.loads((tmp_path / "written.json").read_text(encoding="utf-8"))
    assert len(seen) >= 5, "the reader should have followed the writer several times"
    for generation, ids, rows in seen:
        assert set(written[str(generation)]) == ids and rows == len(ids)
    reader.reload()
    assert reader.generation == max(map(int, written))


def _rewrite_index(folder: Path, rounds: int) -> None:
    """Change the catalog and refresh the index ``rounds`` times; record each generation's ids."""
    from ingest.model import Chunk
    from vectorstore.catalog import Catalog, DocumentRecord
    from vectorstore.lexical import LexicalIndex

    catalog = Catalog(folder / "catalog.sqlite")
    index, written = LexicalIndex(folder / "lexical"), {}
    for n in range(rounds):
        text = f"Quý I/20{n:02d} toàn Đảng bộ kết nạp {n} đảng viên mới. " * (1 + n % 5)
        chunks = [Chunk(text=f"{text} đoạn {i}", start=0, end=len(text)) for i in range(1 + n % 7)]
        record = DocumentRecord(f"d{n % 3}", f"/d{n % 3}.txt", f"h{n}", "txt", 1, {})
        catalog.put_document(record, chunks, "t")
        assert index.refresh(catalog)
        written[index.generation] = index.chunk_ids
    (folder / "written.json").write_text(json.dumps(written), encoding="utf-8")
