"""Brief generation time (without and with an LLM) and the share of brief numbers that match
their cited source.

Usage: python benchmarks/briefs.py [--docs DIR] [--no-chart]

Builds a temporary store (hashing embedder) from the bundled samples and, when present, the
development corpus (../shared/corpus/dev/docs), then makes one brief per report (its province,
body and own period) twice: extractive, and with the LLM path against the scripted
OpenAI-compatible server of tests/support (its reply is the extractive prose plus one sentence
with an invented figure, so the verification has something to remove). The LLM timing thus
covers prompt building, the HTTP round trip and verification, not a real model's thinking.
Every brief is checked with assistant.briefs.check: cited numbers against their quotes (must
be 100%) and computed changes against a recomputation.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SAMPLES = ROOT / "samples" / "reports"
DEFAULT_DOCS = (ROOT.parent / "shared" / "corpus" / "dev" / "docs", Path("/work/shared/corpus/dev/docs"))


def subjects(bot: Any) -> list[tuple[str, str, str]]:
    """(province, body key, period) of every report, its shortest own period."""
    from ingest.period_model import Period

    out = set()
    for doc in bot.documents():
        periods = [Period.parse_key(p) for p in doc.get("periods") or []]
        if doc.get("province") and doc.get("body_key") and periods:
            shortest = min(periods, key=lambda p: p.months()[1] - p.months()[0])
            out.add((doc["province"], doc["body_key"], shortest.key))
    return sorted(out)


def scripted_reply(brief: Any) -> str:
    """What a well-behaved model might write: the extractive lines, plus one invented figure."""
    from assistant.briefs.model import LIMITS, RESULTS, TASKS

    parts = []
    for name in (RESULTS, LIMITS, TASKS):
        lines = brief.sections.get(name) or []
        parts.append(f"## {name}")
        parts.extend(f"- {line}" for line in lines[:3])
    first = next((s.n for s in brief.sources), 1)
    parts.insert(1, f"- Toàn Đảng bộ kết nạp 9.999 đảng viên [{first}].")
    return "\n".join(parts)


def run(data: Path, chart: bool) -> None:
    from assistant import Assistant
    from assistant.briefs.check import check_changes, check_numbers
    from assistant.config import Settings
    from tests.support.openai_server import Reply, ScriptedOpenAIServer

    quote_times, llm_times, checked, matched, change_problems, dropped = [], [], 0, 0, 0, 0
    with ScriptedOpenAIServer() as server:
        base = {"data_dir": data, "embedder": "hashing"}
        llm = {**base, "llm_base_url": server.base_url, "llm_model": "scripted", "llm_max_retries": 0}
        with Assistant.open(settings=Settings.load(base, environ={})) as bot:
            todo = subjects(bot)
            briefs = {}
            for province, body, period in todo:
                started = time.perf_counter()
                brief = bot.brief(province=province, body=body, period=period, chart=chart)
                quote_times.append(time.perf_counter() - started)
                briefs[(province, body, period)] = brief
        with Assistant.open(settings=Settings.load(llm, environ={})) as bot:
            for key, extractive in briefs.items():
                server.script(Reply(scripted_reply(extractive)))
                started = time.perf_counter()
                brief = bot.brief(province=key[0], body=key[1], period=key[2], chart=chart)
                llm_times.append(time.perf_counter() - started)
                for made in (extractive, brief):
                    result = check_numbers(made)
                    checked, matched = checked + result.checked, matched + result.matched
                    change_problems += len(check_changes(made))
                    for problem in result.problems:
                        print("  mismatch:", problem)
                dropped += sum("9.999" in n for n in brief.notices)
    print(f"{len(quote_times)} briefs (chart={'yes' if chart else 'no'})")
    print(f"  extractive: median {statistics.median(quote_times):.3f} s, max {max(quote_times):.3f} s")
    llm_median, llm_max = statistics.median(llm_times), max(llm_times)
    print(f"  with LLM (scripted server): median {llm_median:.3f} s, max {llm_max:.3f} s")
    print(f"  cited numbers matching their source: {matched}/{checked} ({matched / max(checked, 1):.1%})")
    print(f"  computed changes not recomputing: {change_problems}")
    print(f"  invented LLM figures removed by verification: {dropped}/{len(llm_times)}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=Path, help="the dev documents (default ../shared/corpus/dev/docs)")
    parser.add_argument("--no-chart", action="store_true", help="time briefs without their chart")
    args = parser.parse_args()
    from assistant import Assistant
    from assistant.config import Settings

    docs = args.docs or next((d for d in DEFAULT_DOCS if d.is_dir()), None)
    folders = [SAMPLES] + ([docs] if docs and docs.is_dir() else [])
    if len(folders) == 1:
        print("dev corpus not found (../shared/corpus/dev/docs): samples only")
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        with Assistant.open(
            settings=Settings.load({"data_dir": data, "embedder": "hashing"}, environ={})
        ) as bot:
            report = bot.ingest(folders)
            print(f"ingested {report.added} documents in {report.seconds:.1f} s")
        run(data, chart=not args.no_chart)
    return 0


if __name__ == "__main__":
    sys.exit(main())
