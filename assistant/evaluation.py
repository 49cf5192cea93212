"""Evaluation on QA files: retrieval metrics and, when answering exists, answer metrics.

QA format (one JSON object per line): ``id``, ``question``, ``answer``, ``must_contain`` (strings
a correct answer holds), ``doc_ids`` (file names of the gold documents; empty when the
question cannot be answered from the corpus) and ``type`` ("numeric", "fact", "date", "list",
"table", "multi_doc", "summary", "unanswerable").

Retrieval, over answerable questions:
* doc_hit@k: every gold document has a chunk in the top ``k`` hits;
* evidence@k: every must_contain string is found in the top ``k`` hits that come from gold
  documents;
* MRR@10: reciprocal rank of the first hit from a gold document.

Strings are compared in the index form (NFC, one tone-mark style, lowercase); numbers as
written, and never inside a longer number ("47" is not found in "147" or "47,5").
"""

from __future__ import annotations

import json
import math
import re
import statistics
import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ingest.text import index_form
from vectorstore.hits import Hit

ANSWER_TYPES = ("numeric", "fact", "date", "list", "table")
UNANSWERABLE = "unanswerable"


@dataclass(frozen=True)
class QAItem:
    """One question of a QA file."""

    id: str
    question: str
    answer: str
    must_contain: tuple[str, ...]
    doc_ids: tuple[str, ...]
    type: str

    @property
    def answerable(self) -> bool:
        return bool(self.doc_ids) and self.type != UNANSWERABLE


def qa_item(raw: dict[str, Any], default_id: str = "") -> QAItem:
    """One QA item from its JSON object (see the module docstring)."""
    return QAItem(
        id=str(raw.get("id") or default_id),
        question=str(raw["question"]),
        answer=str(raw.get("answer", "")),
        must_contain=tuple(str(s) for s in raw.get("must_contain") or ()),
        doc_ids=tuple(str(s) for s in raw.get("doc_ids") or ()),
        type=str(raw.get("type") or ("unanswerable" if not raw.get("doc_ids") else "other")),
    )


def load_qa(paths: Iterable[str | Path]) -> list[QAItem]:
    """Read QA files (JSON lines); blank lines are skipped."""
    items = []
    for path in paths:
        for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                items.append(qa_item(json.loads(line), f"{Path(path).stem}-{n}"))
            except (KeyError, TypeError, AttributeError, json.JSONDecodeError) as exc:
                raise ValueError(f"{path}:{n}: dòng không đúng định dạng QA ({exc})") from exc
    return items


def contains(text: str, needle: str) -> bool:
    """True when ``needle`` occurs in ``text`` (index forms), not inside a longer number/word."""
    hay, want = index_form(text), index_form(needle)
    if not want:
        return True
    for match in re.finditer(re.escape(want), hay):
        before, after = hay[: match.start()], hay[match.end() :]
        if want[0].isalnum() and before and before[-1].isalnum():
            continue
        if want[-1].isalnum() and after and after[0].isalnum():
            continue
        if want[-1].isdigit() and re.match(r"[.,]\d", after):
            continue  # "47" inside "47,5" or "47.846"
        if want[0].isdigit() and re.search(r"\d[.,]$", before):
            continue
        return True
    return False


def _doc_name(hit: Hit) -> str:
    return Path(hit.source).name


@dataclass
class RetrievalScore:
    """Retrieval metrics of one question."""

    item: QAItem
    doc_hit: bool
    evidence: bool
    rr: float
    top_docs: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)  # must_contain strings not found


def score_retrieval(item: QAItem, hits: list[Hit], k: int = 5, mrr_k: int = 10) -> RetrievalScore:
    """doc_hit@k, evidence@k and the reciprocal rank (within ``mrr_k``) for one question."""
    gold = set(item.doc_ids)
    top = hits[:k]
    found_docs = {_doc_name(h) for h in top}
    gold_text = "\n".join(h.text for h in top if _doc_name(h) in gold)
    missing = [s for s in item.must_contain if not contains(gold_text, s)]
    rr = next((1.0 / (i + 1) for i, h in enumerate(hits[:mrr_k]) if _doc_name(h) in gold), 0.0)
    return RetrievalScore(
        item=item,
        doc_hit=gold <= found_docs,
        evidence=gold <= found_docs and not missing,
        rr=rr,
        top_docs=[_doc_name(h) for h in hits[:mrr_k]],
        missing=missing,
    )


@dataclass
class RetrievalReport:
    """Per-question scores with overall and per-type means."""

    scores: list[RetrievalScore]
    k: int = 5
    latencies: list[float] = field(default_factory=list)

    def summary(self) -> dict[str, dict[str, float]]:
        groups: dict[str, list[RetrievalScore]] = defaultdict(list)
        for s in self.scores:
            groups["overall"].append(s)
            groups[s.item.type].append(s)
        return {name: _means(group) for name, group in groups.items()}

    def failures(self) -> list[RetrievalScore]:
        return [s for s in self.scores if not (s.doc_hit and s.evidence and s.rr == 1.0)]


def _means(group: list[RetrievalScore]) -> dict[str, float]:
    n = len(group)
    return {
        "n": float(n),
        "doc_hit": sum(s.doc_hit for s in group) / n,
        "evidence": sum(s.evidence for s in group) / n,
        "mrr": sum(s.rr for s in group) / n,
    }


Search = Callable[[str, int], list[Hit]]


def evaluate_retrieval(search: Search, items: list[QAItem], k: int = 5, mrr_k: int = 10) -> RetrievalReport:
    """Run ``search(question, n)`` for every answerable question and score it."""
    report = RetrievalReport([], k=k)
    for item in items:
        if not item.answerable:
            continue
        started = time.perf_counter()
        hits = search(item.question, max(k, mrr_k))
        report.latencies.append(time.perf_counter() - started)
        report.scores.append(score_retrieval(item, hits, k, mrr_k))
    return report


@dataclass
class AnswerScore:
    """One answer: right or not, refused or not, and the must_contain strings it lacks."""

    item: QAItem
    correct: bool
    refused: bool
    seconds: float
    text: str = ""
    missing: list[str] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        """A wrong or refused answer to an answerable question, or an answer to an unanswerable one."""
        return not self.correct if self.item.answerable else not self.refused

    def reason(self) -> str:
        """Why it failed, in Vietnamese ("" when it did not)."""
        if not self.failed:
            return ""
        if not self.item.answerable:
            return "không từ chối câu không có đáp án"
        if self.refused:
            return "từ chối nhầm"
        return "thiếu: " + ", ".join(self.missing)

    def first_line(self, width: int = 120) -> str:
        """The first non-empty line of the answer, cut to ``width`` characters."""
        line = next((ln.strip() for ln in self.text.splitlines() if ln.strip()), "")
        return line if len(line) <= width else line[: width - 1] + "…"


@dataclass
class AnswerReport:
    """Answer accuracy, refusals and latency over a QA set."""

    scores: list[AnswerScore]

    def summary(self) -> dict[str, float]:
        answerable = [s for s in self.scores if s.item.answerable]
        typed = [s for s in answerable if s.item.type in ANSWER_TYPES]
        unanswerable = [s for s in self.scores if not s.item.answerable]
        seconds = sorted(s.seconds for s in self.scores)
        return {
            "accuracy": _share(typed, lambda s: s.correct),
            "accuracy_all": _share(answerable, lambda s: s.correct),
            "refusal_accuracy": _share(unanswerable, lambda s: s.refused),
            "false_refusal": _share(answerable, lambda s: s.refused),
            "p50_s": percentile(seconds, 50),
            "p95_s": percentile(seconds, 95),
            "n_typed": float(len(typed)),
            "n_answerable": float(len(answerable)),
            "n_unanswerable": float(len(unanswerable)),
        }

    def failures(self) -> list[AnswerScore]:
        return [s for s in self.scores if s.failed]


def _share(group: list[AnswerScore], test: Callable[[AnswerScore], bool]) -> float:
    return sum(1 for s in group if test(s)) / len(group) if group else float("nan")


def percentile(values: list[float], pct: float) -> float:
    """The ``pct`` percentile (nearest rank) of sorted ``values``; NaN when empty."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, math.ceil(pct / 100 * len(ordered)) - 1))
    return ordered[rank]


def evaluate_answers(ask: Callable[[str], Any], items: list[QAItem]) -> AnswerReport:
    """Ask every question; an answer is correct when it holds every must_contain string."""
    scores = []
    for item in items:
        started = time.perf_counter()
        answer = ask(item.question)
        seconds = time.perf_counter() - started
        refused = bool(getattr(answer, "refused", False))
        text = str(getattr(answer, "text", ""))
        missing = [s for s in item.must_contain if not contains(text, s)]
        correct = item.answerable and not refused and not missing
        scores.append(AnswerScore(item, correct, refused, seconds, text, missing))
    return AnswerReport(scores)


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


_TYPE_ORDER = ("numeric", "fact", "date", "list", "table", "multi_doc", "summary")


def format_retrieval(report: RetrievalReport, title: str = "") -> str:
    """A table: doc_hit@k, evidence@k, MRR@10 overall and by question type."""
    summary = report.summary()
    k = report.k
    lines = [title] if title else []
    lines.append(
        f"{'loại câu hỏi':<14} {'số câu':>6} {f'doc_hit@{k}':>10} {f'evidence@{k}':>11} {'MRR@10':>7}"
    )
    names = [
        "overall",
        *[t for t in _TYPE_ORDER if t in summary],
        *sorted(set(summary) - {"overall", *_TYPE_ORDER}),
    ]
    for name in names:
        m = summary.get(name)
        if m is None:
            continue
        label = "tất cả" if name == "overall" else name
        lines.append(
            f"{label:<14} {int(m['n']):>6} {m['doc_hit']:>10.3f} {m['evidence']:>11.3f} {m['mrr']:>7.3f}"
        )
    return "\n".join(lines)


def format_failures(report: RetrievalReport) -> str:
    """One line per question that missed a gold document, evidence, or rank 1."""
    lines = []
    for s in report.failures():
        why = []
        if not s.doc_hit:
            why.append("thiếu tài liệu đúng")
        if s.missing:
            why.append("thiếu: " + ", ".join(s.missing))
        if s.rr < 1.0:
            why.append(f"RR={s.rr:.2f}")
        lines.append(f"  {s.item.id} [{s.item.type}] {'; '.join(why)} | top: {', '.join(s.top_docs[:3])}")
    return "\n".join(lines)


def format_answer_failures(report: AnswerReport) -> str:
    """One line per failed answer: id, type, why, and the answer's first line."""
    return "\n".join(
        f"  {s.item.id} [{s.item.type}] {s.reason()} | {s.first_line() or '(trống)'}"
        for s in report.failures()
    )


def answer_failures_json(report: AnswerReport) -> list[dict[str, Any]]:
    """The failed answers as JSON objects (id, type, reason, refused, missing, answer)."""
    return [
        {
            "id": s.item.id,
            "type": s.item.type,
            "reason": s.reason(),
            "refused": s.refused,
            "missing": s.missing if s.item.answerable and not s.refused else [],
            "answer": s.first_line(),
        }
        for s in report.failures()
    ]


def format_answers(report: AnswerReport) -> str:
    m = report.summary()
    return "\n".join(
        [
            "Độ chính xác câu trả lời (số, sự kiện, ngày, liệt kê, bảng; "
            f"{int(m['n_typed'])} câu): {m['accuracy']:.3f}",
            f"Độ chính xác trên mọi câu có đáp án ({int(m['n_answerable'])} câu): {m['accuracy_all']:.3f}",
            f"Từ chối đúng câu không có đáp án ({int(m['n_unanswerable'])} câu): {m['refusal_accuracy']:.3f}",
            f"Từ chối nhầm câu có đáp án: {m['false_refusal']:.3f}",
            f"Thời gian trả lời p50 {m['p50_s'] * 1000:.0f} ms, p95 {m['p95_s'] * 1000:.0f} ms",
        ]
    )
