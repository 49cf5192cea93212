"""The ``baocao`` command line. Heavy libraries are imported only by the command that runs.

Exit status: 0 success, 1 error, 2 usage error, 3 some input files could not be ingested.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence

from assistant.config import Settings
from assistant.errors import BaocaoError

# Each module defines ``register(subparsers)`` and sets ``handler(args, settings) -> int``.
COMMAND_MODULES = (
    "assistant.cli.store_cmds",
    "assistant.cli.query_cmds",
    "assistant.cli.answer_cmds",
    "assistant.cli.eval_cmds",
    "assistant.cli.brief_cmds",
    "assistant.cli.serve_cmds",
    "assistant.cli.config_cmds",
)

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_PARTIAL = 0, 1, 2, 3


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="baocao",
        description="Trợ lý Báo cáo: hỏi đáp có trích dẫn về các báo cáo công tác Đảng, chạy ngoại tuyến.",
    )
    parser.add_argument(
        "--data-dir", help="thư mục dữ liệu (mặc định: BAOCAO_DATA_DIR hoặc ~/.local/share/baocao)"
    )
    parser.add_argument("--config", help="tệp cấu hình TOML (mặc định: BAOCAO_CONFIG)")
    parser.add_argument("-v", "--verbose", action="store_true", help="in nhật ký chi tiết")
    subparsers = parser.add_subparsers(dest="command", metavar="LỆNH")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help()
        return EXIT_USAGE
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    for noisy in ("bm25s", "chromadb", "httpx", "sentence_transformers", "urllib3"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    # Our ingest report already explains each unreadable file in Vietnamese.
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    try:
        settings = getattr(args, "load_settings", Settings.load)(
            {"data_dir": args.data_dir, "config_file": args.config}
        )
        return int(args.handler(args, settings))
    except BaocaoError as exc:
        print(f"Lỗi: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print(
            "Đã dừng theo yêu cầu. Chạy lại lệnh để tiếp tục: phần đã nạp được giữ nguyên.",
            file=sys.stderr,
        )
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
