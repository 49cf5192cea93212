"""SIGKILL an ingest at random points, re-run it, and compare with an uninterrupted run."""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from tests.support.store_dump import dump_store

SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "reports"
ROUNDS, KILLS_PER_ROUND = 4, 5  # 20 kills in all


def _corpus(folder: Path, copies: int = 4) -> Path:
    """Sample reports, text ones copied with a distinct note so that no two files are identical."""
    folder.mkdir()
    for src in sorted(p for p in SAMPLES.iterdir() if p.is_file()):
        for n in range(copies if src.suffix in {".txt", ".md"} else 1):
            target = folder / f"{n:02d}-{src.name}"
            shutil.copy(src, target)
            if src.suffix in {".txt", ".md"}:
                with target.open("a", encoding="utf-8") as fh:
                    fh.write(f"\n\nGhi chú bản sao số {n}.\n")
    return folder


def _cmd(folder: Path, data_dir: Path) -> list[str]:
    return [sys.executable, "-m", "assistant.cli", "--data-dir", str(data_dir), "ingest", str(folder)]


def _env() -> dict[str, str]:
    return {**os.environ, "BAOCAO_EMBEDDER": "hashing", "HF_HUB_OFFLINE": "1"}


def _run(folder: Path, data_dir: Path) -> None:
    subprocess.run(_cmd(folder, data_dir), env=_env(), check=True, capture_output=True, timeout=600)


def _documents_stored(data_dir: Path) -> int:
    try:
        conn = sqlite3.connect(f"file:{data_dir / 'catalog.sqlite'}?mode=ro", uri=True, timeout=0.1)
        try:
            return int(conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def _run_killed(folder: Path, data_dir: Path, target: int, delay: float) -> bool:
    """Start an ingest; once ``target`` documents are stored, wait ``delay`` s and SIGKILL it.

    The delay lands the kill inside the next document's work: parsing, embedding, the Chroma
    upsert or the catalog commit. Returns True when the process was really killed mid-way.
    """
    proc = subprocess.Popen(
        _cmd(folder, data_dir), env=_env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    deadline = time.monotonic() + 120
    while proc.poll() is None and time.monotonic() < deadline:
        if _documents_stored(data_dir) >= target:
            time.sleep(delay)
            break
        time.sleep(0.005)
    if proc.poll() is not None:
        return False
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    return True


@pytest.mark.slow
def test_killed_ingests_converge_to_the_uninterrupted_store(tmp_path: Path) -> None:
    folder = _corpus(tmp_path / "reports")
    n_docs = len(list(folder.iterdir()))
    _run(folder, tmp_path / "reference")
    reference = _comparable(dump_store(tmp_path / "reference"))
    assert len(reference["documents"]) == n_docs

    rng = random.Random(20261123)
    killed = 0
    for round_no in range(ROUNDS):
        data_dir = tmp_path / f"crashy-{round_no}"
        targets = sorted(rng.randrange(n_docs) for _ in range(KILLS_PER_ROUND))
        for target in targets:
            killed += _run_killed(folder, data_dir, target, rng.uniform(0.0, 0.15))
        _run(folder, data_dir)
        assert _comparable(dump_store(data_dir)) == reference, f"round {round_no} diverged"
    assert killed >= ROUNDS * KILLS_PER_ROUND * 3 // 4, f"only {killed} runs were killed mid-way"


def _comparable(dump: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in dump.items() if k != "generation"}
