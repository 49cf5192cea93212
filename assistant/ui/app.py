"""The Gradio app: ``create_app`` builds the Blocks, ``launch`` serves them.

Interface text is Vietnamese. Named API endpoints (for ``gradio_client``): ``/chat``
(streaming, what the page uses), ``/ask``, ``/feedback``, ``/upload``, ``/documents``,
``/delete``, ``/reingest``, ``/brief``, ``/status``.
"""

from __future__ import annotations

import logging
from typing import Any

import gradio as gr

from assistant.ui.assets import CSS, JS
from assistant.ui.brief_tab import BriefParts, brief_choices, build_brief_tab
from assistant.ui.chat_tab import FilterBoxes, build_chat_tab
from assistant.ui.context import UIContext
from assistant.ui.i18n import gradio_i18n
from assistant.ui.library import document_rows
from assistant.ui.library_tab import LibraryParts, build_library_tab
from assistant.ui.status import status_data, status_html

log = logging.getLogger(__name__)

TITLE = "Trợ lý Báo cáo"
CHAT_CONCURRENCY = 16  # chats at once; ingest events have their own limit of one
# Gradio's login form keeps its English labels (Login, username, password): say what they mean.
AUTH_MESSAGE = (
    "Trợ lý Báo cáo — hãy đăng nhập: nhập tên đăng nhập (username) và mật khẩu (password), rồi bấm Login."
)


def create_app(bot: Any, settings: Any) -> gr.Blocks:
    """The whole app over one shared Assistant (not launched)."""
    ctx = UIContext.create(bot, settings)
    with gr.Blocks(title=TITLE, analytics_enabled=False, fill_width=True) as demo:
        gr.Markdown(f"## {TITLE}", elem_id="app-title")
        with gr.Tabs():
            with gr.Tab("Hỏi đáp", id="chat"):
                filters = build_chat_tab(ctx)
            with gr.Tab("Thư viện tài liệu", id="library"):
                library = build_library_tab(ctx)
            with gr.Tab("Bản tóm tắt", id="briefs"):
                brief = build_brief_tab(ctx)
            with gr.Tab("Trạng thái", id="status"):
                status = gr.HTML("", elem_id="status")  # filled on load
                refresh = gr.Button("Làm mới", size="sm", elem_id="status-refresh")
        _wire_refresh(ctx, demo, filters, library, brief, status, refresh)
    return demo


def _wire_refresh(
    ctx: UIContext,
    demo: gr.Blocks,
    filters: FilterBoxes,
    library: LibraryParts,
    brief: BriefParts,
    status: gr.HTML,
    refresh: gr.Button,
) -> None:
    """Fill every document-derived list on page load and after library changes.

    The page is built without them: Gradio serves the API description (with dropdown choices)
    even to visitors who have not logged in, so it must not list provinces or documents.
    """
    targets = [*filters.all(), library.document_pick, *brief.boxes(), library.documents, status]

    def current(on_load: bool) -> tuple[Any, ...]:
        choices = ctx.choices()
        keys = ["province", "body", "period", "period", "document"]
        boxes = [gr.Dropdown(choices=choices[k]) for k in keys]
        pick = gr.Dropdown(choices=choices["document"][1:], value=None)
        province, body, periods = brief_choices(choices)
        latest = periods[-1][1] if periods else None
        period = gr.Dropdown(choices=periods, value=latest) if on_load else gr.Dropdown(choices=periods)
        briefs = [gr.Dropdown(choices=province), gr.Dropdown(choices=body), period]
        rows = document_rows(ctx.bot.documents())
        return (*boxes, pick, *briefs, rows, status_html(status_data(ctx.bot, ctx.settings)))

    for event in library.changed:
        event.then(lambda: current(False), None, targets, api_visibility="private", show_progress="hidden")
    demo.load(lambda: current(True), None, targets, api_visibility="private", show_progress="hidden")

    def status_api() -> dict[str, Any]:
        """Documents, chunks, data directory and models of the running assistant."""
        return status_data(ctx.bot, ctx.settings)

    refresh.click(lambda: status_html(status_api()), None, [status], api_visibility="private")
    gr.api(status_api, api_name="status", concurrency_limit=None)


# System fonts with full Vietnamese coverage: nothing is fetched, every diacritic renders.
FONTS = ("Noto Sans", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif")
MONO_FONTS = ("Noto Sans Mono", "DejaVu Sans Mono", "Consolas", "monospace")


def theme() -> gr.themes.Base:
    return gr.themes.Soft(
        primary_hue="red", secondary_hue="amber", neutral_hue="slate", font=FONTS, font_mono=MONO_FONTS
    )


def launch(
    bot: Any,
    settings: Any,
    *,
    host: str | None = None,
    port: int | None = None,
    block: bool = True,
    quiet: bool = True,
) -> tuple[gr.Blocks, str]:
    """Serve the app on ``host:port`` (never shared publicly); returns the Blocks and the URL.

    With ``block=False`` the server runs in a background thread (tests, embedding).
    """
    demo = create_app(bot, settings)
    demo.queue(default_concurrency_limit=CHAT_CONCURRENCY)
    password = settings.ui_password.reveal() if settings.ui_password else ""
    upload_limit = float(settings.upload_max_mb)
    _, url, _ = demo.launch(
        server_name=host or settings.host,
        server_port=port or settings.port,
        share=False,
        auth=(settings.ui_user, password) if password else None,
        auth_message=AUTH_MESSAGE if password else None,
        prevent_thread_lock=True,
        quiet=quiet,
        show_error=False,
        # A hard cap well above the per-file limit: files between get a clear per-file result.
        max_file_size=f"{max(upload_limit * 2, upload_limit + 5):g}mb",
        footer_links=["api", "settings"],
        ssr_mode=False,
        mcp_server=False,
        pwa=False,
        enable_monitoring=False,
        theme=theme(),
        css=CSS,
        js=JS,
        i18n=gradio_i18n(),
    )
    if block:
        wait(demo)
    return demo, url


def wait(demo: gr.Blocks) -> None:
    """Block until the server stops or Ctrl+C."""
    import contextlib
    import io
    import time

    try:
        while demo.is_running:
            time.sleep(0.2)
    except KeyboardInterrupt:
        print("Đang dừng máy chủ…", flush=True)
    finally:
        with contextlib.redirect_stdout(io.StringIO()):  # Gradio's own English goodbye
            demo.close()
