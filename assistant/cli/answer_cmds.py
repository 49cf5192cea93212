"""The ``ask`` command: a Vietnamese question answered with numbered, verified sources."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from pathlib import PurePath
from typing import Any

from assistant.config import Settings
from assistant.numbers import format_date
from assistant.results import Answer

_PASSAGE_CHARS = 500


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("ask", help="hỏi một câu, nhận câu trả lời có trích dẫn nguồn")
    p.add_argument("question", metavar="CÂU_HỎI")
    p.add_argument("--json", action="store_true", help="in câu trả lời dạng JSON")
    p.add_argument("--k", type=int, default=None, help="số đoạn truy xuất (mặc định BAOCAO_TOP_K)")
    p.set_defaults(handler=run_ask)


def run_ask(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.api import Assistant
    from assistant.llm import describe_model

    if args.k is not None and args.k < 1:
        raise SystemExit("--k phải >= 1")
    with Assistant.open(settings=settings) as bot:
        for notice in bot.notices:
            print(f"Lưu ý: {notice}", file=sys.stderr)
        answer = bot.ask(args.question, k=args.k)
    if args.json:
        print(json.dumps(answer.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(format_answer(answer, describe_model(settings)))
    return 0


def format_answer(answer: Answer, model: str = "") -> str:
    """The answer, its numbered sources, notices, mode and time, as printed by ``baocao ask``."""
    lines = [answer.text.strip()]
    if answer.citations:
        lines += ["", "Nguồn:"]
        lines += [format_citation(asdict(c)) for c in answer.citations]
    if answer.notices:
        lines += [""] + [f"Lưu ý: {n}" for n in answer.notices]
    if answer.mode == "llm":
        mode = f"mô hình ngôn ngữ ({model})" if model else "mô hình ngôn ngữ"
    else:
        mode = "trích dẫn nguyên văn (không dùng mô hình ngôn ngữ)"
    if answer.refused:
        mode += ", từ chối trả lời"
    seconds = f"{answer.timings.get('total', 0.0):.2f}".replace(".", ",")
    lines += ["", f"Chế độ: {mode}. Thời gian: {seconds} giây."]
    return "\n".join(lines)


def format_citation(citation: dict[str, Any]) -> str:
    """ "[n] title — file, date, mục section: «passage»"."""
    meta = citation.get("metadata") or {}
    where = [PurePath(str(citation["source"])).name]
    if citation.get("date"):
        where.append(format_date(str(citation["date"])))
    if meta.get("section"):
        where.append(f"mục {meta['section']}")
    passage = " ".join(str(citation.get("passage") or "").split())
    if len(passage) > _PASSAGE_CHARS:
        passage = passage[: _PASSAGE_CHARS - 1].rstrip() + "…"
    return f"[{citation['n']}] {citation.get('title', '')} — {', '.join(where)}: «{passage}»"
