"""Commands that read the store: search."""

from __future__ import annotations

import argparse
import json
from typing import Any

from assistant.config import Settings


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("search", help="tìm các đoạn báo cáo liên quan đến câu hỏi")
    p.add_argument("query", metavar="CÂU_HỎI")
    p.add_argument("--k", type=int, default=10, help="số kết quả (mặc định 10)")
    p.add_argument("--json", action="store_true", help="in dạng JSON")
    p.set_defaults(handler=run_search)


def run_search(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.api import Assistant

    if args.k < 1:
        raise SystemExit("--k phải >= 1")
    with Assistant.open(settings=settings) as bot:
        hits = bot.search(args.query, k=args.k)
    if args.json:
        print(json.dumps([h.to_dict() for h in hits], ensure_ascii=False, indent=2))
        return 0
    if not hits:
        print("Không tìm thấy đoạn nào phù hợp. Kiểm tra đã nạp báo cáo chưa: baocao status --docs")
    for rank, hit in enumerate(hits, 1):
        print(format_hit(rank, hit.to_dict()))
    return 0


def format_hit(rank: int, hit: dict[str, Any]) -> str:
    meta = hit["metadata"]
    name = hit["source"].rsplit("/", 1)[-1]
    head = f"[{rank}] {meta.get('title', '')} ({name}"
    head += f", {meta['date']}" if meta.get("date") else ""
    head += f", mục: {meta['section']}" if meta.get("section") else ""
    text = " ".join(hit["text"].split())
    return f"{head})\n    {text[:400]}{'…' if len(text) > 400 else ''}"
