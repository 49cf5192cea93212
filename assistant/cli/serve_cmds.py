"""``baocao serve``: the web interface for staff and leaders (Gradio, local by default).

With ``BAOCAO_CHROMA_URL`` set, several ``baocao serve`` workers may run over one data
directory (README, "Deployment for many users"); without it, one process owns the store.
"""

from __future__ import annotations

import argparse
import logging
import os
import signal
import sys
import threading
from typing import Any

from assistant.config import Settings
from assistant.llm import display_url

log = logging.getLogger(__name__)
LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1")


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("serve", help="mở giao diện web (hỏi đáp, thư viện tài liệu, bản tóm tắt)")
    p.add_argument("--host", help="địa chỉ lắng nghe (mặc định 127.0.0.1, chỉ máy này truy cập được)")
    p.add_argument("--port", type=int, help="cổng (mặc định 7860)")
    p.set_defaults(handler=run_serve)


def run_serve(args: argparse.Namespace, settings: Settings) -> int:
    settings = settings.with_overrides(host=args.host, port=args.port)
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")  # offline: no telemetry calls
    from assistant.api import Assistant
    from assistant.ui.app import launch, wait

    if settings.host not in LOCAL_HOSTS and not settings.ui_password:
        print(
            f"Cảnh báo: giao diện mở trên {settings.host} mà không có mật khẩu. "
            "Đặt BAOCAO_UI_PASSWORD (và BAOCAO_UI_USER) để yêu cầu đăng nhập.",
            file=sys.stderr,
        )
    _stop_on_sigterm()
    with Assistant.open(settings=settings) as bot:
        for notice in bot.notices:
            print(f"Lưu ý: {notice}", file=sys.stderr)
        if bot.shared:
            print(
                f"Kho vector: máy chủ Chroma {display_url(settings.chroma_url)}; "
                f"thư mục dữ liệu {bot.data_dir} "
                "dùng chung với các tiến trình khác (mỗi lúc một tiến trình ghi).",
                file=sys.stderr,
            )
        try:
            demo, url = launch(bot, settings, block=False)
        except OSError as exc:
            log.debug("launch failed: %s", exc)
            print(
                f"Lỗi: không mở được cổng {settings.port} trên {settings.host} (cổng đang bận hoặc "
                "địa chỉ không hợp lệ). Chọn cổng khác bằng --port hoặc BAOCAO_PORT.",
                file=sys.stderr,
            )
            return 1
        print(f"Trợ lý Báo cáo đang chạy tại {url}", flush=True)
        print("Nhấn Ctrl+C để dừng.", flush=True)
        wait(demo)
    return 0


def _stop_on_sigterm() -> None:
    """Stop on SIGTERM (systemd, a process manager) as on Ctrl+C: the server closes cleanly."""

    def stop(signum: int, frame: Any) -> None:
        raise KeyboardInterrupt

    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, stop)
