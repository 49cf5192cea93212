"""The Assistant: the Python API behind the CLI and the UI.

from assistant import Assistant
with Assistant.open(data_dir="~/baocao-data") as bot:
    report = bot.ingest(["reports/"])
    hits = bot.search("Quý I/2022 Nghệ An kết nạp bao nhiêu đảng viên?")

Embedded (vectors in ``<data_dir>/chroma``) the store belongs to one process; with a Chroma
server (``settings.chroma_url``) processes on one host share the data directory, one writing
at a time (``vectorstore.locking.StoreAccess``) while the others keep searching.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from assistant.config import Settings
from assistant.llm import describe_model, display_url
from assistant.results import Answer
from ingest.pipeline import IngestReport, doc_id_for, source_key
from vectorstore.catalog import Catalog
from vectorstore.embeddings import EmbedderChoice, make_embedder
from vectorstore.hits import Hit
from vectorstore.indexer import Indexer, Progress
from vectorstore.lexical import LexicalIndex
from vectorstore.locking import StoreAccess
from vectorstore.retriever import Retrieval, make_retriever
from vectorstore.store import VectorStore, make_client

log = logging.getLogger(__name__)

CATALOG_FILE = "catalog.sqlite"
LEXICAL_DIR = "lexical"


def open_catalog(data_dir: Path) -> Catalog:
    """The catalog of a data directory, with the tables and writers of every extension."""
    from assistant.facts import catalog_extensions

    schema, writers = catalog_extensions()
    catalog = Catalog(data_dir / CATALOG_FILE, extra_schema=schema)
    catalog.writers.extend(writers)
    return catalog


class Assistant:
    """Ingest, search and answer over one data directory."""

    def __init__(self, settings: Settings, *, for_reindex: bool = False) -> None:
        self.settings = settings
        self._for_reindex = for_reindex
        self.data_dir = settings.data_dir.expanduser()
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.shared = bool(settings.chroma_url)  # server mode: other processes share the data dir
        self.notices: list[str] = []
        self._answerer: Any = None
        self.access = StoreAccess(self.data_dir, shared=self.shared, repair=self._repair)
        self.access.wait = settings.write_wait_s
        try:
            self._open_parts()
            if not for_reindex:
                self.access.repair_on_open()
        except BaseException:
            self.access.close()
            raise

    def _open_parts(self) -> None:
        s = self.settings
        self.catalog = open_catalog(self.data_dir)
        client = make_client(self.data_dir, s.chroma_url)
        recorded = None if self._for_reindex else VectorStore.recorded_embedder(client, s.collection)
        self.embedder: EmbedderChoice = make_embedder(s, recorded)
        if self.embedder.notice:
            self.notices.append(self.embedder.notice)
        store = VectorStore(client, s.collection, self.embedder.name, check=not self._for_reindex)
        lexical = LexicalIndex(self.data_dir / LEXICAL_DIR)
        self.indexer = Indexer(
            self.catalog,
            store,
            lexical,
            self.embedder.embeddings,
            max_bytes=s.max_file_bytes,
            chunk_chars=s.chunk_chars,
        )
        self.retriever = make_retriever(
            self.catalog,
            store,
            lexical,
            self.embedder.embeddings,
            dense=self.embedder.neural,
            reranker=s.reranker,
            hf_offline=s.hf_offline,
        )
        self.notices.extend(self.retriever.notices)

    def _repair(self) -> None:
        """Under the write lock: finish what a crashed write left, rebuild stale derived data."""
        from assistant.facts.store import refresh_facts

        if self.shared:  # another process may have replaced the collection (reindex)
            self.indexer.store.verify()
        actions = self.indexer.repair()
        # Facts of an older extractor are rebuilt here, under the lock, never beside a write.
        if refresh_facts(self.catalog):
            actions.append("facts rebuilt")
        if actions:
            log.info("store repaired: %s", "; ".join(actions))

    def _follow(self) -> None:
        """With a Chroma server, before reading: take up what another process wrote."""
        if self.shared:
            self.access.follow(self.indexer.lexical, self.catalog.generation)

    @classmethod
    def open(
        cls,
        data_dir: str | Path | None = None,
        settings: Settings | None = None,
        *,
        for_reindex: bool = False,
        **overrides: Any,
    ) -> Assistant:
        """Open (creating if needed) the store in ``data_dir`` or the configured one.

        ``for_reindex`` skips the embedder check so that ``reindex`` can replace the vectors.
        """
        if settings is None:
            settings = Settings.load({"data_dir": data_dir, **overrides})
        elif data_dir is not None or overrides:
            settings = settings.with_overrides(data_dir=data_dir, **overrides)
        return cls(settings, for_reindex=for_reindex)

    def close(self) -> None:
        self.catalog.close()
        self.access.close()

    def __enter__(self) -> Assistant:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- documents -----------------------------------------------------------------------
    def ingest(
        self,
        paths: Iterable[str | Path],
        *,
        sync: bool = False,
        force: bool = False,
        progress: Progress | None = None,
    ) -> IngestReport:
        """Ingest files and folders (recursive); unchanged files are skipped by content hash.

        ``sync`` drops documents whose files are gone; ``force`` re-reads unchanged files
        (a document is replaced only when its file is read successfully).
        """
        files = [Path(p) for p in paths]
        with self.access.writing():
            return self.indexer.ingest(files, sync=sync, force=force, progress=progress)

    def remove(self, sources: Iterable[str | Path]) -> list[str]:
        """Remove documents by source path (as ingested or as given); returns removed sources."""
        removed = []
        with self.access.writing():
            for source in sources:
                key = source_key(Path(source))
                if self.indexer.remove(doc_id_for(key)) or self.indexer.remove(doc_id_for(str(source))):
                    removed.append(key)
            self.indexer.lexical.refresh(self.catalog)
        return removed

    def reindex(self, progress: Progress | None = None) -> int:
        """Re-embed every chunk with the configured embedder (after changing models).

        With a Chroma server, restart the other processes afterwards: they hold the old
        collection and embedder (their writes are refused until then)."""
        with self.access.writing(repair=False):
            choice = make_embedder(self.settings, None)
            count = self.indexer.reindex(choice.embeddings, choice.name, progress)
            self.embedder = choice
            self.retriever.store = self.indexer.store
            self.retriever.embeddings, self.retriever.dense = choice.embeddings, choice.neural
            return count

    def documents(self) -> list[dict[str, Any]]:
        """One dict per document: source, title, date, periods, body, province, doc_number..."""
        return [r.public_dict() for r in self.catalog.documents()]

    def status(self) -> dict[str, Any]:
        self._follow()
        n_docs, n_chunks = self.catalog.counts()
        return {
            "data_dir": str(self.data_dir),
            "chroma": display_url(self.settings.chroma_url) if self.shared else str(self.data_dir / "chroma"),
            "mode": "server" if self.shared else "embedded",
            "documents": n_docs,
            "chunks": n_chunks,
            "vectors": self.indexer.store.count(),
            "embedder": self.embedder.name,
            "neural": self.embedder.neural,
            "lexical_generation": self.indexer.lexical.generation,
            "llm": describe_model(self.settings),
            "reranker": self._reranker_status(),
            "notices": list(self.notices),
        }

    def _reranker_status(self) -> str:
        reranker = getattr(self.retriever, "reranker", None)
        if reranker is None:
            return "không dùng"
        return reranker.name if reranker.available else f"{reranker.name} (chưa nạp được)"

    # -- retrieval -----------------------------------------------------------------------
    def search(self, query: str, k: int = 10, filters: dict[str, Any] | None = None) -> list[Hit]:
        """Hybrid search; returns the best ``k`` chunks as Hits."""
        self._follow()
        return self.retriever.search(query, k=k, filters=filters)

    def retrieve(self, query: str, k: int = 10, filters: dict[str, Any] | None = None) -> Retrieval:
        """Like ``search``, with the question's intent and retrieval notes (Vietnamese)."""
        self._follow()
        return self.retriever.retrieve(query, k=k, filters=filters)

    # -- answering -----------------------------------------------------------------------
    def answerer(self) -> Any:
        """The answering engine (LLM or quote mode), built on first use."""
        if self._answerer is None:
            from assistant.answering import Answerer

            self._answerer = Answerer.from_assistant(self)
        return self._answerer

    def ask(
        self,
        question: str,
        history: list[Any] | None = None,
        filters: dict[str, Any] | None = None,
        *,
        k: int | None = None,
    ) -> Answer:
        """Answer a Vietnamese question with numbered citations (LLM mode or quote mode)."""
        return self.answerer().ask(question, history=history, filters=filters, k=k)

    def ask_stream(
        self,
        question: str,
        history: list[Any] | None = None,
        filters: dict[str, Any] | None = None,
        *,
        k: int | None = None,
    ) -> Iterator[str | Answer]:
        """Like ``ask`` but yields text deltas first, then the final verified Answer."""
        return self.answerer().stream(question, history=history, filters=filters, k=k)

    # -- briefs --------------------------------------------------------------------------
    def brief(
        self, province: str | None = None, body: str | None = None, period: str = "", **options: Any
    ) -> Any:
        """A one-page brief (``.markdown``, ``.figures``) for a body and a period."""
        from assistant.briefs import make_brief

        return make_brief(self, province=province, body=body, period=period, **options)
