"""Fact extraction precision and recall on the bundled samples, the development corpus (../shared)
and the held-out set (benchmarks/heldout/docs).

Usage: python benchmarks/facts.py [--docs DIR] [--show] [--only samples,dev,heldout]

The checked facts are tests/fixtures/facts/samples_checked.json (the bundled fictional samples),
benchmarks/fixtures/dev_facts_checked.json (12 of the 24 dev documents, checked by hand: file
name, metric, period, value as written; no text of the documents) and
benchmarks/fixtures/heldout_facts_checked.json (the 12 held-out documents, checked the same
way). Each listed file is loaded, chunked and read exactly as ingest does; only whole-body
figures are scored (see assistant/facts/evaluate.py). For a fixture that checks business
figures too (revenue, budget), the Party metrics alone are scored on a second line. ``--show``
lists the facts extracted but not checked and the checked facts missed (metric, period, value
only). Skips the dev part when ../shared is absent.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DEV_FIXTURE = ROOT / "benchmarks" / "fixtures" / "dev_facts_checked.json"
HELDOUT_FIXTURE = ROOT / "benchmarks" / "fixtures" / "heldout_facts_checked.json"
HELDOUT = ROOT / "benchmarks" / "heldout" / "docs"
SAMPLES_FIXTURE = ROOT / "tests" / "fixtures" / "facts" / "samples_checked.json"
SAMPLES = ROOT / "samples" / "reports"
DEFAULT_DOCS = (ROOT.parent / "shared" / "corpus" / "dev" / "docs", Path("/work/shared/corpus/dev/docs"))
PARTS = ("samples", "dev", "heldout")


def extract(path: Path) -> list[object]:
    """The facts of one file, as ingest would store them."""
    from assistant.facts.extract import extract_document_facts
    from ingest.pipeline import file_hash, prepare_file

    content_hash, size = file_hash(path)
    prepared = prepare_file(path, content_hash=content_hash, size=size, max_bytes=50 << 20, chunk_chars=1200)
    return list(extract_document_facts(prepared.doc_id, prepared.metadata.to_dict(), prepared.chunks))


def evaluate(folder: Path, fixture: Path, show: bool) -> tuple[float, float, float]:
    """Print and return (precision, recall, seconds) of the documents ``fixture`` checks."""
    from assistant.facts.evaluate import checked_key, score, scored_facts
    from assistant.facts.metrics import BUSINESS_METRICS

    checked = json.loads(fixture.read_text(encoding="utf-8"))["facts"]
    files = sorted({c["file"] for c in checked})
    metrics = {str(c["metric"]).partition(":")[0] for c in checked}
    started = time.perf_counter()
    extracted = []
    for name in files:
        extracted.extend(scored_facts(name, extract(folder / name), metrics))  # type: ignore[arg-type]
    seconds = time.perf_counter() - started
    wanted = [checked_key(c) for c in checked]
    result = score(extracted, wanted)
    print(f"{fixture.name}: {len(files)} documents, {result.summary()}, extraction {seconds:.2f} s")
    business = {m.key for m in BUSINESS_METRICS}
    if metrics & business:
        party = score(
            [k for k in extracted if k[1] not in business], [k for k in wanted if k[1] not in business]
        )
        print(f"  Party metrics only: {party.summary()}")
    if show:
        for label, keys in (("extracted, not checked", result.extra), ("checked, missed", result.missed)):
            for key in sorted(keys):
                print(f"  {label}: {key[0]} {key[1]}:{key[2]} {key[3]} = {key[4]}")
    return result.precision, result.recall, seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=Path, help="the dev documents (default ../shared/corpus/dev/docs)")
    parser.add_argument("--show", action="store_true", help="list extra and missed facts")
    parser.add_argument("--only", default=",".join(PARTS), help="which sets to score (comma-separated)")
    args = parser.parse_args()
    parts = {p.strip() for p in args.only.split(",") if p.strip()}
    if "samples" in parts:
        evaluate(SAMPLES, SAMPLES_FIXTURE, args.show)
    if "dev" in parts:
        docs = args.docs or next((d for d in DEFAULT_DOCS if d.is_dir()), None)
        if docs is None or not docs.is_dir():
            print("dev corpus not found (../shared/corpus/dev/docs): skipped")
        else:
            evaluate(docs, DEV_FIXTURE, args.show)
    if "heldout" in parts:
        evaluate(HELDOUT, HELDOUT_FIXTURE, args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
