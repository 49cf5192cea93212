"""Precision and recall on the bundled samples against the hand-checked facts (fixture)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.facts.evaluate import checked_key, score, scored_facts, value_key
from tests.assistant.facts.conftest import facts_of_file

ROOT = Path(__file__).resolve().parents[3]
FIXTURE = json.loads((ROOT / "tests" / "fixtures" / "facts" / "samples_checked.json").read_text("utf-8"))
SAMPLES = ROOT / "samples" / "reports"


@pytest.fixture(scope="module")
def extracted() -> dict[str, list]:
    return {name: facts_of_file(SAMPLES / name) for name in sorted({c["file"] for c in FIXTURE["facts"]})}


def test_precision_and_recall_on_the_samples(extracted: dict[str, list]) -> None:
    # The metrics the fixture checks (as benchmarks/facts.py scores them): business figures, added
    # to the vocabulary later, are tested on reports written in test_phrasings.py.
    metrics = {str(c["metric"]).partition(":")[0] for c in FIXTURE["facts"]}
    found = [key for name, facts in extracted.items() for key in scored_facts(name, facts, metrics)]
    result = score(found, [checked_key(c) for c in FIXTURE["facts"]])
    print(result.summary())
    assert result.precision >= 0.97, sorted(result.extra)
    assert result.recall >= 0.97, sorted(result.missed)


def test_tasks_and_limitations_of_each_sample(extracted: dict[str, list]) -> None:
    for name, lists in FIXTURE["lists"].items():
        for metric, want in lists.items():
            items = [f for f in extracted[name] if f.metric == metric]
            assert len(items) == want["count"], (name, metric, [f.value for f in items])
            assert any(want["contains"] in f.value for f in items), (name, metric)
            if "period" in want:
                assert {f.period for f in items} == {want["period"]}, (name, metric)


@pytest.mark.parametrize(
    ("written", "key"),
    [("6.418", "6418"), ("22,3%", "22.3"), ("1,25 tỷ đồng", "1250000000"), ("Một", "1"), ("02", "2"),
     ("hơn 1,3 tỷ đồng", "1300000000"), ("862 triệu đồng", "862000000")],
)  # fmt: skip
def test_checked_values_compare_by_number(written: str, key: str) -> None:
    assert value_key(written) == key
