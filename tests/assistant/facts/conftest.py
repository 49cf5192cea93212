"""Helpers for the facts tests: read a report written by the test exactly as ingest would."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from assistant.facts.extract import extract_document_facts
from assistant.facts.model import Fact
from ingest.pipeline import file_hash, prepare_file

Extract = Callable[..., list[Fact]]


def facts_of_file(path: Path) -> list[Fact]:
    content_hash, size = file_hash(path)
    prepared = prepare_file(path, content_hash=content_hash, size=size, max_bytes=10 << 20, chunk_chars=1200)
    return extract_document_facts(prepared.doc_id, prepared.metadata.to_dict(), prepared.chunks)


@pytest.fixture
def extract(tmp_path: Path) -> Extract:
    """Write ``text`` to ``tmp_path/name`` and return the facts ingest would store."""

    def run(text: str, name: str = "bao-cao.txt") -> list[Fact]:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return facts_of_file(path)

    return run


def table(facts: list[Fact]) -> set[tuple[str, str, str, str]]:
    """(metric, measure, period, value) of the whole-body figures."""
    return {(f.metric, f.measure, f.period, f.value) for f in facts if f.number is not None and not f.segment}
