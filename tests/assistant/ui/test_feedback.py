"""The feedback log: append-only JSONL, safe under concurrent writers."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest

from assistant.feedback import FeedbackLog


def test_records_hold_question_answer_rating_comment_and_sources(tmp_path: Path) -> None:
    log = FeedbackLog.for_data_dir(tmp_path)
    sources = [
        {"n": 1, "source": "/a/b.md", "title": "Báo cáo", "date": "2024-04-01", "passage": "58 đảng viên"}
    ]
    log.append(rating="up", question="Hỏi?", answer="Đáp [1]", sources=sources, comment=" tốt ", mode="quote")
    log.append(rating="", question="Hỏi 2?", answer="Đáp 2", comment="Thiếu nguồn")
    lines = (tmp_path / "feedback.jsonl").read_text(encoding="utf-8").splitlines()
    first, second = (json.loads(line) for line in lines)
    assert (first["rating"], first["comment"], first["question"], first["mode"]) == (
        "up",
        "tốt",
        "Hỏi?",
        "quote",
    )
    assert first["sources"][0]["source"] == "/a/b.md" and first["sources"][0]["passage"] == "58 đảng viên"
    assert second["rating"] == "" and second["sources"] == []
    assert "đảng viên" in lines[0]  # UTF-8, not \\u escapes


def test_unknown_rating_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        FeedbackLog.for_data_dir(tmp_path).append(rating="meh", question="q", answer="a")


def test_concurrent_appends_never_interleave(tmp_path: Path) -> None:
    log = FeedbackLog.for_data_dir(tmp_path)
    long_answer = "Đảng viên " * 2000  # longer than one buffer

    def write(worker: int) -> None:
        for i in range(25):
            log.append(rating="down", question=f"{worker}-{i}", answer=long_answer)

    threads = [threading.Thread(target=write, args=(w,)) for w in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    records = [json.loads(line) for line in log.path.read_text(encoding="utf-8").splitlines()]
    assert sorted(r["question"] for r in records) == sorted(f"{w}-{i}" for w in range(8) for i in range(25))
    assert all(r["answer"] == long_answer for r in records)
