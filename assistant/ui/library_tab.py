"""The "Thư viện tài liệu" tab: upload with per-file results, document list, delete, re-ingest."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePath
from typing import Any

import gradio as gr

from assistant.ui.context import UIContext
from assistant.ui.library import (
    DOC_HEADERS,
    RESULT_HEADERS,
    allowed_extensions,
    delete_document,
    ingest_uploads,
    public_document,
    reingest_document,
    result_rows,
    summary_text,
)


@dataclass
class LibraryParts:
    """Components other tabs refresh, and the events after which they must."""

    documents: gr.Dataframe
    document_pick: gr.Dropdown
    changed: list[Any]  # event dependencies after which the document list changed


def upload(ctx: UIContext, files: list[str] | None, progress: gr.Progress) -> tuple[list[list[Any]], str]:
    """Store and ingest the uploaded files; a result row per file and a summary."""
    paths = [str(f) for f in files or []]
    if not paths:
        return [], "Chưa chọn tệp nào."

    def report(done: int, total: int, current: str) -> None:
        name = PurePath(current).name if current else ""
        progress((done, total), desc=f"Đang nạp {name}" if name else "Hoàn tất", unit="tệp")

    progress(0, desc="Đang kiểm tra tệp…")
    results = ingest_uploads(ctx.bot, paths, ctx.max_upload_bytes, progress=report)
    return result_rows(results), summary_text(results)


def build_library_tab(ctx: UIContext) -> LibraryParts:
    exts = ", ".join(allowed_extensions())
    gr.Markdown(
        f"Định dạng nhận: **{exts}**. Dung lượng tối đa mỗi tệp: **{ctx.settings.upload_max_mb:g} MB**. "
        "Tệp trùng tên với tệp đã tải lên sẽ được cập nhật."
    )
    files = gr.File(label="Chọn tệp báo cáo", file_count="multiple", type="filepath", elem_id="upload-files")
    upload_btn = gr.Button("Nạp tệp", variant="primary", elem_id="upload-button")
    summary = gr.Markdown("", label="Tóm tắt kết quả", elem_id="upload-summary")
    results = gr.Dataframe(
        headers=RESULT_HEADERS,
        datatype=["str", "str", "number", "str"],
        type="array",
        interactive=False,
        label="Kết quả nạp từng tệp",
        elem_id="upload-results",
    )
    gr.Markdown("### Tài liệu đã nạp")
    documents = gr.Dataframe(
        value=[],  # filled on page load
        headers=DOC_HEADERS,
        datatype=["str", "str", "str", "str", "str", "str", "number", "str", "str"],
        type="array",
        interactive=False,
        wrap=True,
        column_widths=["24%", "9%", "14%", "10%", "8%", "9%", "5%", "12%", "9%"],
        label="Danh sách tài liệu",
        elem_id="documents",
    )
    with gr.Row():
        pick = gr.Dropdown(
            choices=[],  # filled on page load
            label="Chọn tài liệu",
            scale=4,
            elem_id="document-pick",
            allow_custom_value=True,  # documents added since the page was built
        )
        delete_btn = gr.Button("Xóa tài liệu", variant="stop", scale=1, elem_id="delete-button")
        reingest_btn = gr.Button("Nạp lại", scale=1, elem_id="reingest-button")
    action_note = gr.Markdown("", label="Thông báo", elem_id="library-note")

    def _upload(files: list[str] | None, progress: gr.Progress = gr.Progress()) -> tuple[Any, ...]:  # noqa: B008
        return upload(ctx, files, progress)

    def _delete(doc_id: str | None) -> str:
        return delete_document(ctx.bot, doc_id) if doc_id else "Hãy chọn một tài liệu."

    def _reingest(doc_id: str | None) -> tuple[list[list[Any]], str]:
        if not doc_id:
            return [], "Hãy chọn một tài liệu."
        found = reingest_document(ctx.bot, doc_id)
        return result_rows(found), summary_text(found)

    uploaded = upload_btn.click(
        _upload,
        [files],
        [results, summary],
        api_name="upload",
        concurrency_limit=1,
        concurrency_id="write",
    )
    uploaded.then(lambda: None, None, [files], api_visibility="private")  # ready for the next files
    changed = [
        uploaded,
        delete_btn.click(_delete, [pick], [action_note], api_name="delete", concurrency_id="write"),
        reingest_btn.click(
            _reingest, [pick], [results, summary], api_name="reingest", concurrency_id="write"
        ),
    ]

    def documents_api() -> list[dict[str, Any]]:
        """Every document in the store with its metadata (markup removed from text values)."""
        return [public_document(d) for d in ctx.bot.documents()]

    gr.api(documents_api, api_name="documents", concurrency_limit=None)
    return LibraryParts(documents=documents, document_pick=pick, changed=changed)
