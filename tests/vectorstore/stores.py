"""A store ingested from a generated corpus, shared by the retrieval test modules."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from assistant import Assistant
from vectorstore.retriever import Retrieval


def ingested(factory: pytest.TempPathFactory, name: str, write: Callable[[Path], Any]) -> Iterator[Assistant]:
    """Yield an Assistant (hashing embedder) over the reports ``write`` puts in a fresh folder."""
    root = factory.mktemp(name)
    write(root / "docs")
    with Assistant.open(data_dir=root / "data", embedder="hashing") as assistant:
        assistant.ingest([root / "docs"])
        yield assistant


def names(result: Retrieval) -> list[str]:
    """The file names of the hits, best first."""
    return [Path(h.source).name for h in result.hits]
