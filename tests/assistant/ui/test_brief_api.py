"""The brief endpoint (gradio_client): the brief, its chart and both downloads."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from typing import Any

import pytest

from tests.assistant.ui.server import RunningApp

pytestmark = pytest.mark.slow


def _path(value: Any) -> Path:
    """A file output as gradio_client returns it (a path, or a dict holding one)."""
    if isinstance(value, dict):
        value = value.get("value") or value.get("path")
    assert value, "expected a file"
    return Path(str(value))


def test_brief_shows_the_table_and_offers_chart_docx_and_markdown(ui_app: RunningApp) -> None:
    html, chart, docx, md = ui_app.client().predict("Lâm Đồng", "khoi-co-quan", "2024-H1", api_name="/brief")
    assert "Bản tin nhanh" in html and "<table>" in html
    assert "6.471" in html  # total membership at mid-2024 in the sample report
    assert not re.search(r"<img|<script|src=|href=", html)

    assert _path(chart).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    markdown = _path(md).read_text(encoding="utf-8")
    assert markdown.startswith("# Bản tin nhanh") and "6.471" in markdown
    assert _path(md).suffix == ".md" and _path(docx).suffix == ".docx"
    with zipfile.ZipFile(_path(docx)) as archive:
        document = archive.read("word/document.xml").decode("utf-8")
    assert "6.471" in document


def test_brief_that_cannot_be_made_explains_why(ui_app: RunningApp) -> None:
    with pytest.raises(Exception, match="tỉnh/thành") as info:
        ui_app.client().predict("", "", "2024-Q1", api_name="/brief")  # three bodies have 2024-Q1
    assert "--province" not in str(info.value)
