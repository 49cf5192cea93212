"""The ``eval`` command: retrieval (and answer) metrics on QA files."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from assistant.config import Settings

EXIT_OK, EXIT_ERROR = 0, 1


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "eval",
        help="đánh giá tìm kiếm (và câu trả lời) trên tệp câu hỏi QA (JSONL)",
        description=(
            "Đo doc_hit@k, evidence@k và MRR@10 trên các câu hỏi có đáp án, theo từng loại câu hỏi. "
            "Mỗi dòng QA: question, must_contain, doc_ids (tên tệp tài liệu đúng), type."
        ),
    )
    p.add_argument("qa_files", nargs="+", metavar="QA.jsonl")
    p.add_argument("--docs", metavar="THƯ_MỤC", help="nạp thư mục tài liệu vào kho trước khi đánh giá")
    p.add_argument("--answers", action="store_true", help="đánh giá cả câu trả lời (Assistant.ask)")
    p.add_argument("--k", type=int, default=5, help="số đoạn đầu được xét (mặc định 5)")
    p.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
    p.set_defaults(handler=run_eval)


def run_eval(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.api import Assistant
    from assistant.evaluation import evaluate_retrieval, load_qa

    if args.k < 1:
        raise SystemExit("--k phải >= 1")
    missing = [f for f in args.qa_files if not Path(f).is_file()]
    if missing:
        print(f"Không tìm thấy tệp QA: {', '.join(missing)}", file=sys.stderr)
        return EXIT_ERROR
    try:
        items = load_qa(args.qa_files)
    except ValueError as exc:
        print(f"Lỗi: {exc}", file=sys.stderr)
        return EXIT_ERROR
    with Assistant.open(settings=settings) as bot:
        if args.docs:
            report = bot.ingest([args.docs])
            if not args.json:
                counts = f"{report.added} mới, {report.updated} cập nhật, {report.unchanged} không đổi"
                print(f"Đã nạp {args.docs}: {counts}.")
        retrieval = evaluate_retrieval(lambda q, n: bot.search(q, n), items, k=args.k)
        answers = _answers(bot, items) if args.answers else None
    _print(args, retrieval, answers)
    return EXIT_OK


def _answers(bot: Any, items: list[Any]) -> Any:
    """Answer metrics, or a Vietnamese message when answering is not available yet."""
    from assistant.evaluation import evaluate_answers

    try:
        bot.answerer()
    except (ImportError, AttributeError, NotImplementedError) as exc:
        return f"Chưa đánh giá được câu trả lời: phần trả lời (assistant.answering) chưa sẵn sàng ({exc})."
    return evaluate_answers(lambda q: bot.ask(q), items)


def _print(args: argparse.Namespace, retrieval: Any, answers: Any) -> None:
    from assistant.evaluation import (
        answer_failures_json,
        format_answer_failures,
        format_answers,
        format_failures,
        format_retrieval,
    )

    if args.json:
        out: dict[str, Any] = {"k": args.k, "retrieval": retrieval.summary()}
        out["failures"] = [
            {"id": s.item.id, "type": s.item.type, "doc_hit": s.doc_hit, "missing": s.missing, "rr": s.rr}
            for s in retrieval.failures()
        ]
        if isinstance(answers, str):
            out["answers_error"] = answers
        elif answers is not None:
            out["answers"] = answers.summary()
            out["answer_failures"] = answer_failures_json(answers)
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return
    print(format_retrieval(retrieval, f"Tìm kiếm ({len(retrieval.scores)} câu có đáp án):"))
    failures = format_failures(retrieval)
    if failures:
        print("Câu chưa đạt:\n" + failures)
    if isinstance(answers, str):
        print(answers)
    elif answers is not None:
        print("\nCâu trả lời:\n" + format_answers(answers))
        failed = format_answer_failures(answers)
        if failed:
            print("Câu trả lời chưa đạt:\n" + failed)
