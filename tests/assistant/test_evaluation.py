from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from assistant.cli import main
from assistant.evaluation import (
    QAItem,
    answer_failures_json,
    contains,
    evaluate_answers,
    evaluate_retrieval,
    format_answer_failures,
    format_failures,
    format_retrieval,
    load_qa,
    percentile,
    qa_item,
    score_retrieval,
)
from assistant.results import Answer
from vectorstore.hits import Hit

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


@pytest.mark.parametrize(
    ("text", "needle", "found"),
    [
        ("toàn Đảng bộ kết nạp 47 đảng viên", "47", True),
        ("kết nạp 147 đảng viên", "47", False),
        ("đạt 47,5% kế hoạch", "47", False),
        ("có 7.846 đảng viên", "7.846", True),
        ("có 7846 đảng viên", "7.846", False),  # numbers are compared as written
        ("Đảng bộ Khối tỉnh Thanh Hoá", "Thanh Hóa", True),  # tone placement unified
        ("CHỦ ĐỀ: TINH GỌN, HIỆU QUẢ", "tinh gọn", True),
        ("ngày 5/4/2022", "5/4", True),
        ("tỷ lệ 96,34%", "96,34%", True),
    ],
)
def test_contains_normalises_text_but_not_numbers(text: str, needle: str, found: bool) -> None:
    assert contains(text, needle) is found


def _hit(name: str, text: str) -> Hit:
    return Hit(text=text, score=1.0, source=f"/docs/{name}", chunk_id=f"{name}:0")


def test_score_retrieval_counts_gold_documents_and_their_evidence() -> None:
    item = qa_item(
        {"id": "q", "question": "?", "must_contain": ["47", "18,8"], "doc_ids": ["a.txt"], "type": "numeric"}
    )
    hits = [_hit("b.txt", "kết nạp 47 và 18,8"), _hit("a.txt", "kết nạp 47"), _hit("a.txt", "đạt 18,8%")]
    score = score_retrieval(item, hits, k=5)
    assert score.doc_hit and score.evidence and score.rr == 0.5
    assert not score_retrieval(item, hits, k=2).evidence  # "18,8" only in a gold chunk at rank 3
    two = qa_item({"question": "?", "must_contain": [], "doc_ids": ["a.txt", "c.txt"], "type": "multi_doc"})
    assert not score_retrieval(two, hits).doc_hit


def test_load_qa_reads_the_dev_format_and_rejects_broken_lines(tmp_path: Path) -> None:
    qa = tmp_path / "qa.jsonl"
    qa.write_text(
        json.dumps({"id": "x", "question": "Q?", "must_contain": ["1"], "doc_ids": ["a.txt"], "type": "fact"})
        + "\n\n"
        + json.dumps({"question": "Không có?", "doc_ids": [], "type": "unanswerable"})
        + "\n",
        encoding="utf-8",
    )
    items = load_qa([qa])
    assert [i.answerable for i in items] == [True, False]
    assert items[1].id == "qa-3"
    qa.write_text('{"question": "no closing brace"\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"qa\.jsonl:1"):
        load_qa([qa])


def test_evaluate_retrieval_skips_unanswerable_and_reports_by_type() -> None:
    items = [
        QAItem("1", "a", "", ("47",), ("a.txt",), "numeric"),
        QAItem("2", "b", "", ("x",), ("a.txt",), "fact"),
        QAItem("3", "c", "", (), (), "unanswerable"),
    ]
    report = evaluate_retrieval(lambda q, n: [_hit("a.txt", "kết nạp 47")], items)
    summary = report.summary()
    assert summary["overall"]["n"] == 2
    assert summary["numeric"]["evidence"] == 1.0 and summary["fact"]["evidence"] == 0.0
    assert summary["overall"]["mrr"] == 1.0
    assert "numeric" in format_retrieval(report) and "thiếu: x" in format_failures(report)


def test_evaluate_answers_counts_accuracy_refusals_and_latency() -> None:
    items = [
        QAItem("1", "số?", "", ("47",), ("a.txt",), "numeric"),
        QAItem("2", "ai?", "", ("Lê Văn A",), ("a.txt",), "fact"),
        QAItem("3", "tóm tắt?", "", ("47",), ("a.txt",), "summary"),
        QAItem("4", "không có?", "", (), (), "unanswerable"),
    ]
    replies = {
        "số?": Answer(text="Kết nạp 47 đảng viên [1]."),
        "ai?": Answer(text="Không tìm thấy.", refused=True),
        "tóm tắt?": Answer(text="Kết nạp 47."),
        "không có?": Answer(text="Không tìm thấy.", refused=True),
    }
    summary = evaluate_answers(lambda q: replies[q], items).summary()
    assert summary["accuracy"] == 0.5  # numeric right, fact refused
    assert summary["accuracy_all"] == pytest.approx(2 / 3)
    assert summary["refusal_accuracy"] == 1.0
    assert summary["false_refusal"] == pytest.approx(1 / 3)
    assert summary["p50_s"] >= 0


def test_failed_answers_are_listed_with_why_and_the_first_line() -> None:
    items = [
        QAItem("n1", "số?", "", ("47", "18,8%"), ("a.txt",), "numeric"),
        QAItem("f1", "ai?", "", ("Lê Văn A",), ("a.txt",), "fact"),
        QAItem("ok", "đúng?", "", ("5",), ("a.txt",), "numeric"),
        QAItem("u1", "không có?", "", (), (), "unanswerable"),
        QAItem("u2", "cũng không có?", "", (), (), "unanswerable"),
    ]
    replies = {
        "số?": Answer(text="\nKết nạp 47 đảng viên [1].\nNguồn: a.txt"),
        "ai?": Answer(text="Không tìm thấy thông tin.", refused=True),
        "đúng?": Answer(text="Có 5 chi bộ."),
        "không có?": Answer(text="Quý II kết nạp " + "rất nhiều " * 30 + "đảng viên."),
        "cũng không có?": Answer(text="Không có thông tin.", refused=True),
    }
    report = evaluate_answers(lambda q: replies[q], items)
    assert [s.item.id for s in report.failures()] == ["n1", "f1", "u1"]
    lines = format_answer_failures(report).splitlines()
    assert lines[0] == "  n1 [numeric] thiếu: 18,8% | Kết nạp 47 đảng viên [1]."
    assert lines[1].startswith("  f1 [fact] từ chối nhầm | Không tìm thấy")
    assert "u1 [unanswerable] không từ chối" in lines[2] and lines[2].endswith("…")
    rows = answer_failures_json(report)
    assert rows[0] == {
        "id": "n1",
        "type": "numeric",
        "reason": "thiếu: 18,8%",
        "refused": False,
        "missing": ["18,8%"],
        "answer": "Kết nạp 47 đảng viên [1].",
    }
    assert rows[1]["refused"] and rows[1]["missing"] == []


def test_percentile_uses_nearest_rank() -> None:
    values = [float(v) for v in range(1, 101)]
    assert percentile(values, 50) == 50 and percentile(values, 95) == 95
    assert percentile([3.0], 95) == 3.0


def _tiny_qa(tmp_path: Path) -> Path:
    lines = [
        line
        for line in (SAMPLES / "questions.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    picked = [json.loads(line) for line in lines[:3]]
    picked.append(
        {
            "id": "none",
            "question": "Quý II/2019 Tỉnh ủy Cà Mau họp mấy lần?",
            "doc_ids": [],
            "type": "unanswerable",
        }
    )
    qa = tmp_path / "tiny.jsonl"
    qa.write_text("\n".join(json.dumps(p, ensure_ascii=False) for p in picked) + "\n", encoding="utf-8")
    return qa


@pytest.mark.slow
def test_baocao_eval_on_the_samples(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: Any
) -> None:
    monkeypatch.setenv("BAOCAO_EMBEDDER", "hashing")
    qa = _tiny_qa(tmp_path)
    data = str(tmp_path / "data")
    assert main(["--data-dir", data, "eval", str(qa), "--docs", str(SAMPLES / "reports"), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["retrieval"]["overall"]["n"] == 3
    assert out["retrieval"]["overall"]["doc_hit"] == 1.0
    from assistant.api import Assistant

    monkeypatch.setattr(
        Assistant, "answerer", lambda self: (_ for _ in ()).throw(ImportError("no answering"))
    )
    assert main(["--data-dir", data, "eval", str(qa), "--answers"]) == 0
    text = capsys.readouterr().out
    assert "doc_hit@5" in text and "Chưa đánh giá được câu trả lời" in text
    monkeypatch.setattr(Assistant, "answerer", lambda self: object())
    monkeypatch.setattr(
        Assistant, "ask", lambda self, q, **kw: Answer(text="Không có thông tin.", refused=True)
    )
    assert main(["--data-dir", data, "eval", str(qa), "--answers", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    answers = out["answers"]
    assert answers["refusal_accuracy"] == 1.0 and answers["false_refusal"] == 1.0
    assert [f["reason"] for f in out["answer_failures"]] == ["từ chối nhầm"] * 3
    assert main(["--data-dir", data, "eval", str(qa), "--answers"]) == 0
    text = capsys.readouterr().out
    assert "Câu trả lời chưa đạt:" in text and "từ chối nhầm | Không có thông tin." in text


def test_eval_reports_a_missing_qa_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", str(tmp_path), "eval", str(tmp_path / "missing.jsonl")]) == 1
    assert "Không tìm thấy tệp QA" in capsys.readouterr().err
