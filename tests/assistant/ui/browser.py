"""Debian's Chromium driven by Playwright (its own browser download does not work here)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from tests.assistant.ui.server import REPO

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = REPO / "test-artifacts" / "ui"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--headless=new",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
needs_chromium = pytest.mark.skipif(
    not CHROMIUM.exists(),
    reason="Debian's Chromium is not installed at /usr/bin/chromium (apt-get install chromium)",
)


@contextmanager
def open_page(url: str, outside: list[str] | None = None) -> Iterator[Any]:
    """A page of a fresh headless Chromium at ``url``; requests elsewhere go to ``outside``."""
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    base = url.rstrip("/")
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="vi-VN")
        context.grant_permissions(["clipboard-read", "clipboard-write"], origin=base)
        page = context.new_page()
        page.set_default_timeout(30_000)

        def record(request: Any) -> None:
            if outside is not None and not request.url.startswith((base, "data:", "blob:")):
                outside.append(request.url)

        page.on("request", record)
        try:
            page.goto(url)
            yield page
        finally:
            context.close()
            browser.close()
