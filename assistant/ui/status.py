"""The status panel and the mode line: what the assistant runs on."""

from __future__ import annotations

from typing import Any

from assistant.ui.chat import QUOTE_MODE
from assistant.ui.render import escape


def llm_label(settings: Any) -> str:
    """The language model in use ("model @ host"), or quote mode."""
    if not settings.llm_configured:
        return QUOTE_MODE
    from assistant.llm import describe_model

    return describe_model(settings)


def retrieval_label(bot: Any) -> str:
    return "ngữ nghĩa" if bot.embedder.neural else "từ vựng (BM25)"


def mode_html(bot: Any, settings: Any) -> str:
    """One line above the chat: the answering mode and the retrieval mode."""
    return (
        '<div class="mode-line">'
        f'<span class="mode-item">Trả lời: <b>{escape(llm_label(settings))}</b></span>'
        f'<span class="mode-item">Tìm kiếm: <b>{escape(retrieval_label(bot))}</b></span>'
        "</div>"
    )


def status_data(bot: Any, settings: Any) -> dict[str, Any]:
    """The status as the ``/status`` endpoint returns it (no secrets)."""
    status = dict(bot.status())
    status["llm"] = llm_label(settings)
    status["llm_configured"] = bool(settings.llm_configured)
    status["retrieval"] = retrieval_label(bot)
    status["reranker"] = settings.reranker or ""
    status["auth"] = bool(settings.ui_password)
    return status


def status_html(data: dict[str, Any]) -> str:
    """The status panel as an HTML table."""
    rows = [
        ("Số tài liệu", data.get("documents", 0)),
        ("Số đoạn văn bản", data.get("chunks", 0)),
        ("Số véc-tơ", data.get("vectors", 0)),
        ("Thư mục dữ liệu", data.get("data_dir", "")),
        ("Kho véc-tơ", data.get("chroma", "")),
        ("Mô hình nhúng", data.get("embedder", "")),
        ("Kiểu tìm kiếm", data.get("retrieval", "")),
        ("Mô hình xếp hạng lại", data.get("reranker") or "không dùng"),
        ("Mô hình ngôn ngữ", data.get("llm", "")),
        ("Đăng nhập bằng mật khẩu", "có" if data.get("auth") else "không"),
    ]
    body = "".join(f"<tr><th>{escape(k)}</th><td>{escape(v)}</td></tr>" for k, v in rows)
    notices = "".join(f"<li>{escape(n)}</li>" for n in data.get("notices") or [])
    extra = f'<p class="notice-title">Lưu ý:</p><ul class="notices">{notices}</ul>' if notices else ""
    return f'<table class="status-table">{body}</table>{extra}'
