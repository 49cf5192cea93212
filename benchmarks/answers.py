"""Answer and refusal accuracy on a QA set, and the refusal threshold trade-off.

Usage:
    python benchmarks/answers.py QA.jsonl [QA2.jsonl ...] --docs DOCS_DIR [--data-dir DIR]
        [--threshold T] [--sweep] [--verbose] [--json OUT]

Each line of a QA file: {"id", "question", "must_contain": [...], "type", "doc_ids"}; type
"unanswerable" must be refused. The store is built in --data-dir (a temporary directory by
default) from --docs with the settings of the environment (no LLM unless configured).

Figures:
* answer accuracy: share of numeric, fact, date, list and table questions whose answer
  contains every must_contain string (``assistant.evaluation.contains``: same tone placement,
  case-insensitive, not inside a longer word or number); a refusal
  counts as wrong. multi_doc and summary are reported on their own lines.
* refusal accuracy: share of unanswerable questions refused; false refusals: share of
  answerable questions refused.
* latency: p50 and p95 of Answer.timings["total"].
With --sweep, the evidence threshold is varied and both figures reported for each value.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assistant.answering import Answerer  # noqa: E402
from assistant.api import Assistant  # noqa: E402
from assistant.evaluation import contains  # noqa: E402
from assistant.refusal import check_evidence  # noqa: E402

ACCURACY_TYPES = ("numeric", "fact", "date", "list", "table")
SWEEP = (0.0, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6)


def load(paths: list[str]) -> list[dict[str, Any]]:
    rows = []
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            rows += [json.loads(line) for line in handle if line.strip()]
    return rows


def contains_all(text: str, wanted: list[str]) -> bool:
    """Every string found as a whole word or number (the rule of ``baocao eval``)."""
    return all(contains(text, w) for w in wanted)


def run(bot: Assistant, rows: list[dict[str, Any]], threshold: float | None) -> list[dict[str, Any]]:
    answerer = Answerer.from_assistant(bot)
    if threshold is not None:
        answerer.threshold = threshold
    results = []
    for row in rows:
        answer = answerer.ask(row["question"])
        work = answerer._prepare(row["question"], None, None, None)  # evidence for the sweep
        results.append(
            {
                "id": row["id"],
                "type": row["type"],
                "question": row["question"],
                "must_contain": row.get("must_contain") or [],
                "refused": answer.refused,
                "ok": contains_all(answer.text, row.get("must_contain") or []) and not answer.refused,
                "seconds": answer.timings.get("total", 0.0),
                "text": answer.text,
                "coverage_refusal": work.final is not None and work.final.refused and not work.units,
                "settled": work.final is not None and not work.final.refused,  # answered from facts
                "view": work.view,
                "units": work.units,
                "answer_ok_if_kept": contains_all(answer.text, row.get("must_contain") or []),
            }
        )
    return results


def figures(results: list[dict[str, Any]], threshold: float | None = None) -> dict[str, Any]:
    """Accuracy figures; with ``threshold``, refusals recomputed for that evidence threshold."""

    def refused(r: dict[str, Any]) -> bool:
        if threshold is None:
            return bool(r["refused"])
        if r["coverage_refusal"] or r["settled"]:
            return bool(r["coverage_refusal"])
        return check_evidence(r["view"], r["units"], threshold).refuse

    answerable = [r for r in results if r["type"] != "unanswerable"]
    scored = [r for r in answerable if r["type"] in ACCURACY_TYPES]
    unanswerable = [r for r in results if r["type"] == "unanswerable"]

    def ok(r: dict[str, Any]) -> bool:
        return not refused(r) and (r["ok"] if threshold is None else r["answer_ok_if_kept"])

    out: dict[str, Any] = {
        "answer_accuracy": sum(ok(r) for r in scored) / max(1, len(scored)),
        "refusal_accuracy": sum(refused(r) for r in unanswerable) / max(1, len(unanswerable)),
        "false_refusals": sum(refused(r) for r in answerable) / max(1, len(answerable)),
    }
    for kind in sorted({r["type"] for r in answerable}):
        group = [r for r in answerable if r["type"] == kind]
        out[f"accuracy_{kind}"] = sum(ok(r) for r in group) / len(group)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("qa", nargs="+")
    parser.add_argument("--docs", required=True)
    parser.add_argument("--data-dir")
    parser.add_argument("--threshold", type=float)
    parser.add_argument("--sweep", action="store_true")
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--json")
    args = parser.parse_args(argv)
    rows = load(args.qa)
    data_dir = args.data_dir or tempfile.mkdtemp(prefix="baocao-answers-")
    with Assistant.open(data_dir=data_dir) as bot:
        bot.ingest([args.docs])
        results = run(bot, rows, args.threshold)
    main_figures = figures(results)
    seconds = sorted(r["seconds"] for r in results)
    main_figures["latency_p50_s"] = statistics.median(seconds)
    main_figures["latency_p95_s"] = seconds[int(0.95 * (len(seconds) - 1))]
    main_figures["questions"] = len(results)
    print(json.dumps(main_figures, ensure_ascii=False, indent=2))
    if args.sweep:
        print("threshold  answer_acc  refusal_acc  false_refusals")
        for t in SWEEP:
            f = figures(results, t)
            row = (f["answer_accuracy"], f["refusal_accuracy"], f["false_refusals"])
            print(f"{t:9.2f}  {row[0]:10.3f}  {row[1]:11.3f}  {row[2]:14.3f}")
    for r in results:
        wrong = (r["type"] == "unanswerable") != r["refused"] or (r["type"] != "unanswerable" and not r["ok"])
        if wrong or args.verbose:
            print(
                f"\n{'✗' if wrong else '✓'} {r['id']} [{r['type']}] {r['question']}  must={r['must_contain']}"
            )
            print("   " + r["text"].replace("\n", "\n   ")[:1500])
    if args.json:
        keep = ("id", "type", "refused", "ok", "seconds", "text")
        Path(args.json).write_text(
            json.dumps([{k: r[k] for k in keep} for r in results], ensure_ascii=False, indent=1), "utf-8"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
