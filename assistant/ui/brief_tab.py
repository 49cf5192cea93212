"""The "Bản tóm tắt" tab: pick province, body and period; see the brief and its chart; download."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

import gradio as gr

from assistant.errors import BaocaoError
from assistant.ui.briefs import make_brief_files
from assistant.ui.context import UIContext
from assistant.ui.filters import filter_choices

log = logging.getLogger(__name__)

UNSET = "(tự xác định theo kỳ)"
EMPTY_BRIEF = (
    '<div class="brief-empty">Chọn tỉnh/thành, cơ quan và kỳ báo cáo rồi bấm “Tạo bản tóm tắt”.</div>'
)


@dataclass
class BriefParts:
    province: gr.Dropdown
    body: gr.Dropdown
    period: gr.Dropdown

    def boxes(self) -> list[gr.Dropdown]:
        return [self.province, self.body, self.period]


def brief_choices(choices: dict[str, list[tuple[str, str]]]) -> list[list[tuple[str, str]]]:
    """Choices of the three brief dropdowns. A brief is on one body: an unset province or body
    is worked out from the period when only one report fits."""
    unset = [(UNSET, "")]
    return [unset + choices["province"][1:], unset + choices["body"][1:], choices["period"][1:]]


def generate(ctx: UIContext, province: str, body: str, period: str) -> tuple[Any, ...]:
    """The brief as HTML, its chart, and the two downloads."""
    try:
        files = make_brief_files(ctx.bot, province, body, period, ctx.export_dir)
    except BaocaoError as exc:
        # The brief module words its advice for the command line; say it the UI's way.
        message = str(exc).replace("--province", "tỉnh/thành").replace("--body", "cơ quan")
        raise gr.Error(message) from None
    except Exception:
        log.exception("brief failed")
        raise gr.Error("Không tạo được bản tóm tắt; chi tiết đã được ghi vào nhật ký máy chủ.") from None
    return (
        files.html,
        str(files.chart) if files.chart else None,
        gr.DownloadButton(value=str(files.docx), visible=True),
        gr.DownloadButton(value=str(files.md), visible=True),
    )


def build_brief_tab(ctx: UIContext) -> BriefParts:
    province_choices, body_choices, period_choices = brief_choices(filter_choices([]))  # filled on load
    with gr.Row():
        province = gr.Dropdown(
            province_choices, value="", label="Tỉnh/thành", elem_id="brief-province", allow_custom_value=True
        )
        body = gr.Dropdown(
            body_choices, value="", label="Cơ quan", elem_id="brief-body", allow_custom_value=True
        )
        period = gr.Dropdown(
            period_choices,
            allow_custom_value=True,
            value=None,
            label="Kỳ báo cáo",
            elem_id="brief-period",
        )
    make = gr.Button("Tạo bản tóm tắt", variant="primary", elem_id="brief-button")
    with gr.Row():
        docx = gr.DownloadButton("Tải về DOCX", visible=False, elem_id="brief-docx")
        md = gr.DownloadButton("Tải về Markdown", visible=False, elem_id="brief-md")
    with gr.Row(equal_height=False):
        view = gr.HTML(EMPTY_BRIEF, label="Bản tóm tắt", elem_id="brief-view")
        chart = gr.Image(
            label="Các chỉ tiêu chính qua các kỳ",
            show_label=False,  # the chart carries its own title
            type="filepath",
            interactive=False,
            buttons=["download"],
            elem_id="brief-chart",
        )

    def _generate(province: str, body: str, period: str) -> tuple[Any, ...]:
        return generate(ctx, province, body, period)

    make.click(_generate, [province, body, period], [view, chart, docx, md], api_name="brief")
    return BriefParts(province, body, period)
