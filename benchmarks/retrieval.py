"""Retrieval benchmark: dev metrics, with 500+ distractors, baselines, latency and memory.

Usage: python benchmarks/retrieval.py [--quick] [--distractors 520] [--json OUT]

1. ../shared/corpus/dev: ingest docs/ into a temporary store (offline default: BM25 +
   metadata, hashing vectors), run every qa_*.jsonl: doc_hit@5, evidence@5, MRR@10 over the
   answerable questions, overall and by type.
2. The same after adding generated distractor reports (benchmarks/synth.py: other provinces,
   and the dev provinces in years no dev question asks about), ingested through the real
   pipeline.
3. Over the same documents: the naive LangChain recipe and bm25s with its default tokenizer;
   also the product with the hashing vectors fused by RRF (to show whether they help).
4. Search latency p50/p95 and resident memory at 10k and 100k chunks (--quick: 10k only).

Without ../shared the dev parts are skipped with a message; latency still runs.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

from baselines import bm25s_default, langchain_naive  # noqa: E402
from latency import measure  # noqa: E402
from synth import plan_reports, synth_questions, write_corpus  # noqa: E402

from assistant.evaluation import (  # noqa: E402
    QAItem,
    RetrievalReport,
    evaluate_retrieval,
    format_failures,
    format_retrieval,
    load_qa,
    qa_item,
)

SYNTH_QUESTIONS = 200
SHARED = next((p for p in (ROOT.parent / "shared", Path("/work/shared")) if (p / "corpus").is_dir()), None)


def _row(name: str, report: RetrievalReport) -> dict[str, Any]:
    m = report.summary()["overall"]
    lat = sorted(report.latencies)
    return {
        "name": name,
        "n": int(m["n"]),
        "doc_hit@5": m["doc_hit"],
        "evidence@5": m["evidence"],
        "mrr@10": m["mrr"],
        "p50_ms": 1000 * lat[len(lat) // 2] if lat else float("nan"),
    }


def _table(rows: list[dict[str, Any]]) -> str:
    lines = [f"{'cấu hình':<52} {'câu':>4} {'doc_hit@5':>9} {'evid@5':>7} {'MRR@10':>7} {'p50 ms':>7}"]
    for r in rows:
        lines.append(
            f"{r['name']:<52} {r['n']:>4} {r['doc_hit@5']:>9.3f} {r['evidence@5']:>7.3f} "
            f"{r['mrr@10']:>7.3f} {r['p50_ms']:>7.1f}"
        )
    return "\n".join(lines)


def _chunks(bot: Any) -> list[tuple[str, str, str]]:
    return [(str(r["chunk_id"]), str(r["source"]), str(r["text"])) for r in bot.catalog.chunk_rows()]


def _files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file())


def run_corpus(
    bot: Any, items: list[QAItem], label: str, paths: list[Path], rows: list[dict[str, Any]]
) -> None:
    """The product, its hashing-fusion variant and both baselines over the store's documents."""
    report = evaluate_retrieval(lambda q, n: bot.search(q, n), items)
    print(format_retrieval(report, f"\n== {label}: sản phẩm (mặc định ngoại tuyến) =="))
    failures = format_failures(report)
    print("Câu chưa đạt:\n" + failures if failures else "Không có câu nào chưa đạt.")
    rows.append(_row(f"{label}: sản phẩm (BM25 + siêu dữ liệu)", report))
    bot.retriever.dense = True  # hashing vectors fused by RRF, to show whether they help
    try:
        rows.append(
            _row(
                f"{label}: sản phẩm + vector băm (RRF)",
                evaluate_retrieval(lambda q, n: bot.search(q, n), items),
            )
        )
    finally:
        bot.retriever.dense = bot.embedder.neural
    rows.append(
        _row(f"{label}: bm25s, bộ tách từ mặc định", evaluate_retrieval(bm25s_default(_chunks(bot)), items))
    )
    started = time.perf_counter()
    search, cleanup = langchain_naive(paths, bot.embedder.embeddings)
    try:
        rows.append(_row(f"{label}: LangChain RCTS(1000,200)+Chroma", evaluate_retrieval(search, items)))
    finally:
        cleanup()
    print(f"(baseline LangChain: {time.perf_counter() - started:.0f} s)")


def dev_benchmark(n_distractors: int) -> list[dict[str, Any]]:
    from assistant.api import Assistant

    assert SHARED is not None
    dev = SHARED / "corpus" / "dev"
    qa_files = sorted(dev.glob("qa_*.jsonl"))
    items = load_qa(qa_files)
    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="baocao-bench-") as tmp:
        data, synth_dir = Path(tmp) / "data", Path(tmp) / "distractors"
        with Assistant.open(data_dir=data, embedder="auto", hf_offline=True) as bot:
            started = time.perf_counter()
            bot.ingest([dev / "docs"])
            took = time.perf_counter() - started
            print(f"Kho: {bot.embedder.name}; nạp {len(bot.documents())} tài liệu dev trong {took:.1f} s")
            run_corpus(bot, items, "dev", _files(dev / "docs"), rows)
            specs = plan_reports(n_distractors, qa_files)
            write_corpus(synth_dir, specs)
            started = time.perf_counter()
            report = bot.ingest([synth_dir])
            n_docs, n_chunks = bot.catalog.counts()
            took = time.perf_counter() - started
            same = sum(s.province.name in _dev_provinces(items) for s in specs)
            print(
                f"\nThêm {report.added} báo cáo gây nhiễu ({same} của các tỉnh trong bộ dev, ở năm không có "
                f"câu hỏi): {n_docs} tài liệu, {n_chunks} đoạn; nạp {took:.0f} s"
            )
            run_corpus(
                bot, items, f"dev+{report.added} nhiễu", _files(dev / "docs") + _files(synth_dir), rows
            )
            rows.append(synthetic_questions(bot, specs))
    return rows


def synthetic_questions(bot: Any, specs: list[Any]) -> dict[str, Any]:
    """Questions generated about the distractors, in wordings the dev set does not use."""
    items = [qa_item(q) for q in synth_questions(specs, SYNTH_QUESTIONS)]
    report = evaluate_retrieval(lambda q, n: bot.search(q, n), items)
    title = f"\n== {len(items)} câu hỏi sinh tự động về báo cáo nhiễu (cách hỏi khác bộ dev) =="
    print(format_retrieval(report, title))
    failures = format_failures(report)
    print("Câu chưa đạt:\n" + failures if failures else "Không có câu nào chưa đạt.")
    return _row("câu hỏi sinh tự động (cùng kho)", report)


def _dev_provinces(items: list[QAItem]) -> set[str]:
    from vectorstore.query import parse_question

    return {p for item in items for p in parse_question(item.question).provinces}


def latency_benchmark(sizes: list[int], queries: int) -> list[dict[str, Any]]:
    results = []
    for n in sizes:
        started = time.perf_counter()
        r = measure(n, queries)
        results.append(r)
        print(
            f"{int(r['chunks']):>7} đoạn ({int(r['documents'])} tài liệu): p50 {r['p50_ms']:.1f} ms, "
            f"p95 {r['p95_ms']:.1f} ms, RSS {r['rss_mb']:.0f} MB (đỉnh {r['peak_mb']:.0f} MB); "
            f"dựng chỉ mục {r['index_s']:.0f} s; mở kho {r['open_s']:.2f} s "
            f"[{time.perf_counter() - started:.0f} s]"
        )
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="latency at 10k chunks only")
    parser.add_argument("--distractors", type=int, default=520, help="generated distractor reports (>= 500)")
    parser.add_argument("--queries", type=int, default=200, help="timed searches per latency size")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON")
    args = parser.parse_args(argv)
    out: dict[str, Any] = {"cpus": os.cpu_count()}
    if SHARED is None:
        print("Bỏ qua phần dev: không thấy ../shared/corpus (bộ dữ liệu phát triển).")
    else:
        rows = dev_benchmark(args.distractors)
        print("\n== Tổng hợp (câu có đáp án) ==\n" + _table(rows))
        out["retrieval"] = rows
    print(f"\n== Độ trễ tìm kiếm (ấm, {os.cpu_count()} CPU) ==")
    out["latency"] = latency_benchmark([10_000] if args.quick else [10_000, 100_000], args.queries)
    if args.json:
        args.json.write_text(json.dumps(out, ensure_ascii=False, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
