"""Search latency and memory at 10k and 100k chunks (synthetic reports, warm searches).

Usage: python benchmarks/latency.py [--chunks 10000 100000] [--queries 200]

For each size a store is built in a temporary folder: synthetic reports (benchmarks/synth.py)
are cut into paragraph chunks and written to the catalog directly (loading and chunking are not
what is measured), then the lexical index is built by ``LexicalIndex.refresh`` as an ingest
would. Searches run in a fresh process that opens the store as the Assistant does (offline
default: BM25 + metadata, no dense retrieval) and answers a mix of question styles after a
warm-up; it reports p50/p95 latency and its resident memory.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from synth import ReportSpec, _issued, _period_label, latency_questions, plan_reports, render  # noqa: E402

CHUNK_CHARS = 650  # the real chunker's chunks average about 400 characters


def _chunks(text: str, context: str) -> list[Any]:
    from ingest.model import Chunk

    out: list[Any] = []
    current, start = "", 0
    for para in (p.strip() for p in text.split("\n\n")):
        if not para or para.startswith("<"):
            continue
        if current and len(current) + len(para) > CHUNK_CHARS:
            out.append(Chunk(text=current, start=start, end=start + len(current), context=context))
            start += len(current)
            current = ""
        current = f"{current}\n\n{para}" if current else para
    if current:
        out.append(Chunk(text=current, start=start, end=start + len(current), context=context))
    return out


def _metadata(spec: ReportSpec) -> dict[str, Any]:
    import random

    from ingest.bodies import body_display

    key = str(spec.year) if spec.kind == "Y" else f"{spec.year}-{spec.kind}"
    periods = [key, f"{spec.year}-H1"] if spec.kind == "Q2" else [key]
    issued: date = _issued(spec, random.Random(spec.seed))
    verb = "Tổng kết" if spec.kind == "Y" else "Sơ kết"
    title = f"{verb} công tác xây dựng Đảng {_period_label(spec.kind, spec.year)}"
    return {
        "title": title,
        "date": issued.isoformat(),
        "periods": periods,
        "mentioned_periods": periods,
        "province": spec.province.name,
        "body": body_display(spec.body_key, "thanh-pho" if spec.province.is_city else "tinh"),
        "body_key": spec.body_key,
        "doc_type": "bao-cao" if spec.style == "formal" else "tin",
        "doc_number": "",
    }


def build_store(data_dir: Path, n_chunks: int) -> dict[str, float]:
    """Write synthetic reports until ``n_chunks`` chunks, then build the lexical index."""
    from vectorstore.catalog import Catalog, DocumentRecord
    from vectorstore.lexical import LexicalIndex

    catalog = Catalog(data_dir / "catalog.sqlite")
    specs = plan_reports(n_chunks // 2 + 50, None, seed=11, years=range(2000, 2026))
    started, total, used = time.perf_counter(), 0, []
    for spec in specs:
        meta = _metadata(spec)
        context = (
            f"{meta['title']} | {meta['date']} | {meta['body']} {spec.province.name} | {meta['periods'][0]}"
        )
        chunks = _chunks(render(spec), context)[: n_chunks - total]
        record = DocumentRecord(spec.name, f"/synthetic/{spec.name}", str(spec.seed), spec.fmt, 1, meta)
        catalog.put_document(record, chunks, "2025-01-01T00:00:00")
        used.append(spec)
        total += len(chunks)
        if total >= n_chunks:
            break
    written = time.perf_counter() - started
    started = time.perf_counter()
    LexicalIndex(data_dir / "lexical").refresh(catalog)
    indexed = time.perf_counter() - started
    (data_dir / "questions.json").write_text(
        json.dumps(latency_questions(used, 400), ensure_ascii=False), encoding="utf-8"
    )
    catalog.close()
    return {"chunks": float(total), "documents": float(len(used)), "write_s": written, "index_s": indexed}


def _rss_mb() -> tuple[float, float]:
    fields = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        key, _, value = line.partition(":")
        fields[key] = value.strip()
    as_mb = lambda key: float(fields.get(key, "0 kB").split()[0]) / 1024  # noqa: E731
    return as_mb("VmRSS"), as_mb("VmHWM")


def serve(data_dir: Path, n_queries: int) -> dict[str, float]:
    """Open the store like the Assistant (offline default) and time warm searches."""
    from vectorstore.catalog import Catalog
    from vectorstore.lexical import LexicalIndex
    from vectorstore.retriever import HybridRetriever

    started = time.perf_counter()
    catalog = Catalog(data_dir / "catalog.sqlite")
    lexical = LexicalIndex(data_dir / "lexical")
    retriever = HybridRetriever(catalog, None, lexical, None, dense=False)  # type: ignore[arg-type]
    opened = time.perf_counter() - started
    questions = json.loads((data_dir / "questions.json").read_text(encoding="utf-8"))
    for q in questions[:20]:  # warm-up: caches, first-touch pages
        retriever.retrieve(q, 10)
    times = []
    for q in (questions * (n_queries // len(questions) + 1))[:n_queries]:
        t = time.perf_counter()
        retriever.retrieve(q, 10)
        times.append(time.perf_counter() - t)
    times.sort()
    rss, peak = _rss_mb()
    return {
        "open_s": opened,
        "p50_ms": 1000 * times[len(times) // 2],
        "p95_ms": 1000 * times[min(len(times) - 1, int(0.95 * len(times)))],
        "rss_mb": rss,
        "peak_mb": peak,
        "queries": float(len(times)),
    }


def measure(n_chunks: int, n_queries: int, keep: Path | None = None) -> dict[str, float]:
    """Build a store of ``n_chunks`` and measure it in a fresh process."""
    with tempfile.TemporaryDirectory(prefix="baocao-lat-") as tmp:
        data_dir = keep or Path(tmp)
        data_dir.mkdir(parents=True, exist_ok=True)
        built = build_store(data_dir, n_chunks)
        cmd = [sys.executable, __file__, "--serve", str(data_dir), "--queries", str(n_queries)]
        out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
        return {**built, **json.loads(out.strip().splitlines()[-1])}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--chunks", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--serve", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.serve:
        print(json.dumps(serve(args.serve, args.queries)))
        return 0
    for n in args.chunks:
        print(json.dumps({"size": n, **measure(n, args.queries)}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
