"""Commands that change or describe the store: ingest, remove, status, reindex."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import Any

from assistant.config import Settings
from assistant.errors import StoreLockedError
from ingest.bodies import body_with_province

EXIT_OK, EXIT_PARTIAL = 0, 3

STATUS_VI = {
    "added": "mới",
    "updated": "cập nhật",
    "unchanged": "không đổi",
    "skipped": "bỏ qua",
    "removed": "đã xóa",
}


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("ingest", help="nạp tệp hoặc thư mục báo cáo (đệ quy)")
    p.add_argument("paths", nargs="+", metavar="ĐƯỜNG_DẪN")
    p.add_argument("--sync", action="store_true", help="xóa khỏi kho các tài liệu mà tệp đã mất")
    p.add_argument("--json", action="store_true", help="in tóm tắt dạng JSON")
    p.add_argument("--no-progress", action="store_true", help="không hiện thanh tiến trình")
    p.set_defaults(handler=run_ingest)

    p = subparsers.add_parser("remove", help="xóa tài liệu khỏi kho theo đường dẫn tệp")
    p.add_argument("sources", nargs="+", metavar="ĐƯỜNG_DẪN")
    p.set_defaults(handler=run_remove)

    p = subparsers.add_parser("status", help="trạng thái kho dữ liệu")
    p.add_argument("--docs", action="store_true", help="liệt kê tài liệu với siêu dữ liệu")
    p.add_argument("--json", action="store_true", help="in dạng JSON")
    p.set_defaults(handler=run_status)

    p = subparsers.add_parser("reindex", help="tạo lại vector bằng bộ nhúng đang cấu hình")
    p.set_defaults(handler=run_reindex)


def _progress_bar(
    enabled: bool,
) -> tuple[Callable[[int, int, str], None] | None, Callable[[], None]]:
    if not enabled:
        return None, lambda: None
    from tqdm import tqdm

    bar: Any = None

    def update(done: int, total: int, path: str) -> None:
        nonlocal bar
        if bar is None:
            bar = tqdm(total=total, unit="tệp", desc="Đang nạp", file=sys.stderr)
        bar.n = done
        bar.set_postfix_str(path.rsplit("/", 1)[-1][:40], refresh=True)

    return update, lambda: bar.close() if bar is not None else None


def run_ingest(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.api import Assistant

    show = not args.no_progress and not args.json and sys.stderr.isatty()
    progress, close = _progress_bar(show)
    with Assistant.open(settings=settings) as bot:
        for notice in bot.notices:
            print(f"Lưu ý: {notice}", file=sys.stderr)
        report = bot.ingest(args.paths, sync=args.sync, progress=progress)
    close()
    if args.json:
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(format_report(report.to_dict()))
    return EXIT_OK if report.ok else EXIT_PARTIAL


def format_report(summary: dict[str, Any]) -> str:
    """The Vietnamese summary printed after an ingest."""
    seconds = f"{summary['seconds']:.1f}".replace(".", ",")
    lines = [
        f"Kết quả nạp: {summary['added']} mới, {summary['updated']} cập nhật, "
        f"{summary['unchanged']} không đổi, {summary['skipped']} bỏ qua"
        + (f", {summary['removed']} đã xóa" if summary["removed"] else "")
        + f"; {summary['chunks']} đoạn mới; {seconds} giây."
    ]
    skipped = [f for f in summary["files"] if f["status"] == "skipped"]
    if skipped:
        lines.append("Các tệp bị bỏ qua:")
        lines.extend(f"  - {f['source']}: {f['message']}" for f in skipped)
    return "\n".join(lines)


def run_remove(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.api import Assistant

    with Assistant.open(settings=settings) as bot:
        removed = bot.remove(args.sources)
    for source in removed:
        print(f"Đã xóa: {source}")
    missing = len(args.sources) - len(removed)
    if missing:
        print(f"{missing} đường dẫn không có trong kho (xem `baocao status --docs`).", file=sys.stderr)
    return EXIT_OK if not missing else 1


def run_status(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.api import Assistant, open_catalog

    try:
        with Assistant.open(settings=settings) as bot:
            status, docs = bot.status(), bot.documents()
    except StoreLockedError as exc:
        # Another process (the UI) holds the store: the catalog alone still answers.
        catalog = open_catalog(settings.data_dir.expanduser())
        n_docs, n_chunks = catalog.counts()
        docs = [r.public_dict() for r in catalog.documents()]
        status = {
            "data_dir": str(settings.data_dir),
            "documents": n_docs,
            "chunks": n_chunks,
            "notices": [str(exc)],
        }
        catalog.close()
    if args.json:
        print(json.dumps({**status, **({"docs": docs} if args.docs else {})}, ensure_ascii=False, indent=2))
        return EXIT_OK
    print(format_status(status))
    if args.docs:
        print(format_docs(docs))
    return EXIT_OK


def format_status(status: dict[str, Any]) -> str:
    lines = [
        f"Thư mục dữ liệu: {status['data_dir']}",
        f"Tài liệu: {status['documents']}   Đoạn: {status['chunks']}",
    ]
    if "embedder" in status:
        kind = "ngữ nghĩa" if status["neural"] else "ngoại tuyến, vector băm từ vựng"
        lines.append(f"Bộ nhúng: {status['embedder']} ({kind})")
        lines.append(f"Kho vector: {status['chroma']} ({status['vectors']} vector)")
    for key, label in (("llm", "Mô hình ngôn ngữ"), ("reranker", "Bộ xếp hạng lại")):
        if key in status:
            lines.append(f"{label}: {status[key]}")
    lines.extend(f"Lưu ý: {n}" for n in status.get("notices", []))
    return "\n".join(lines)


def format_docs(docs: list[dict[str, Any]]) -> str:
    if not docs:
        return "Chưa có tài liệu nào. Nạp bằng: baocao ingest <thư mục>"
    lines = []
    for d in docs:
        name = d["source"].rsplit("/", 1)[-1]
        periods = ", ".join(d.get("periods") or []) or "-"
        where = body_with_province(d.get("body") or "", d.get("province") or "") or "-"
        number = f" | Số {d['doc_number']}" if d.get("doc_number") else ""
        lines.append(
            f"{name} | {d.get('date') or '-'} | {periods} | {where}{number}\n    {d.get('title', '')}"
        )
    return "\n".join(lines)


def run_reindex(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.api import Assistant

    progress, close = _progress_bar(sys.stderr.isatty())
    with Assistant.open(settings=settings, for_reindex=True) as bot:
        count = bot.reindex(progress)
        name = bot.embedder.name
    close()
    print(f"Đã tạo lại {count} vector bằng bộ nhúng {name}.")
    return EXIT_OK
