"""The ``brief`` command: a one-page brief on one body and period, as Markdown or DOCX."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from assistant.config import Settings


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "brief",
        help="bản tin một trang trước cuộc họp: số liệu chính, so sánh, hạn chế, nhiệm vụ",
        description=(
            "Soạn bản tin một trang về một cơ quan và một kỳ báo cáo: bảng số liệu chính có trích "
            "dẫn, so sánh với kỳ trước và cùng kỳ năm trước, kết quả, hạn chế, nhiệm vụ kỳ tới."
        ),
    )
    p.add_argument("--province", help='tỉnh, thành phố, ví dụ "Lâm Đồng"')
    p.add_argument("--body", help='cơ quan, ví dụ "Khối các cơ quan" hoặc khoi-doanh-nghiep')
    p.add_argument("--period", required=True, help='kỳ báo cáo: 2024-Q1, 2024-H1, 2024 hoặc "quý I/2024"')
    p.add_argument("--format", choices=("md", "docx"), default="md", help="định dạng (mặc định md)")
    p.add_argument("--out", help="tệp kết quả (md: in ra màn hình nếu không nêu; docx: bắt buộc)")
    p.add_argument("--no-llm", action="store_true", help="không dùng mô hình ngôn ngữ (chỉ trích dẫn)")
    p.add_argument("--no-chart", action="store_true", help="không vẽ biểu đồ")
    p.set_defaults(handler=run_brief)


def run_brief(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.api import Assistant

    if args.format == "docx" and not args.out:
        print("Lỗi: --format docx cần --out TỆP.docx", file=sys.stderr)
        return 2
    with Assistant.open(settings=settings) as bot:
        brief = bot.brief(
            province=args.province,
            body=args.body,
            period=args.period,
            with_llm=False if args.no_llm else None,
            chart=not args.no_chart,
        )
    for notice in brief.notices:
        print(f"Lưu ý: {notice}", file=sys.stderr)
    if not args.out:
        print(brief.markdown, end="")
        if brief.chart_png:
            print("(Biểu đồ chỉ được ghi khi có --out.)", file=sys.stderr)
        return 0
    out = Path(args.out)
    written = brief.to_docx(out) if args.format == "docx" else brief.write_markdown(out)
    print(f"Đã ghi bản tin: {written}")
    if args.format == "md" and brief.chart_png:
        print(f"Biểu đồ: {written.parent / brief.chart_name}")
    return 0
