"""Start the app on 127.0.0.1 (a free port, background thread) over a store built in a temp dir."""

from __future__ import annotations

import shutil
import socket
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant.config import Settings

REPO = Path(__file__).resolve().parents[3]
SAMPLES = REPO / "samples" / "reports"
DEMO_QUESTION = (REPO / "samples" / "DEMO_QUESTION.txt").read_text(encoding="utf-8").strip()

# A report whose text carries markup that must never reach a browser as markup.
HOSTILE_REPORT = """ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH KHÁNH HÒA
Số 77-BC/ĐUK                                   Khánh Hòa, ngày 05 tháng 7 năm 2024

BÁO CÁO
Kết quả công tác xây dựng Đảng quý II năm 2024

Trong quý II/2024, Đảng bộ Khối các cơ quan tỉnh Khánh Hòa kết nạp 19 đảng viên mới \
<script>alert('xss')</script> và tổ chức 12 lớp bồi dưỡng \
<img src="http://evil.example/pixel.png" onerror="alert(1)">.
Thông tin thêm ![ảnh](http://evil.example/x.png) tại [trang tin](http://evil.example/page) và \
<a href="javascript:alert(2)">liên kết</a>.
"""
HOSTILE_QUESTION = "Quý II/2024 Khối các cơ quan tỉnh Khánh Hòa kết nạp bao nhiêu đảng viên?"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class RunningApp:
    url: str
    bot: Any
    demo: Any
    settings: Settings
    docs_dir: Path

    @property
    def data_dir(self) -> Path:
        return Path(self.bot.data_dir)

    def client(self, **kwargs: Any) -> Any:
        from gradio_client import Client

        return Client(self.url, verbose=False, **kwargs)

    def close(self) -> None:
        self.demo.close()
        self.bot.close()


def build_docs(root: Path) -> Path:
    """The bundled sample reports plus the hostile report, copied under ``root``."""
    docs = root / "docs"
    shutil.copytree(SAMPLES, docs)
    (docs / "khanh-hoa_khoi-co-quan_2024-q2.txt").write_text(HOSTILE_REPORT, encoding="utf-8")
    return docs


def start_app(root: Path, **overrides: Any) -> RunningApp:
    """Ingest the documents and serve the app in a background thread."""
    from assistant.api import Assistant
    from assistant.ui.app import launch

    values: dict[str, Any] = {"data_dir": root / "data", "embedder": "hashing", **overrides}
    settings = Settings.load(values, environ={})
    docs = build_docs(root)
    bot = Assistant.open(settings=settings)
    report = bot.ingest([docs])
    assert report.ok, report.to_dict()
    try:
        demo, url = launch(bot, settings, host="127.0.0.1", port=free_port(), block=False)
    except BaseException:
        bot.close()
        raise
    return RunningApp(url=url, bot=bot, demo=demo, settings=settings, docs_dir=docs)
