"""A real browser (Debian's Chromium through Playwright) uses the app like a person would.

Screenshots go to test-artifacts/ui/. Skipped only when /usr/bin/chromium is missing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.assistant.ui.browser import ARTIFACTS, needs_chromium, open_page
from tests.assistant.ui.server import DEMO_QUESTION, HOSTILE_QUESTION, RunningApp

pytestmark = [pytest.mark.browser, pytest.mark.slow, needs_chromium]

UPLOAD_REPORT = """ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH QUẢNG NGÃI
Quảng Ngãi, ngày 10 tháng 10 năm 2024

BÁO CÁO
Kết quả công tác xây dựng Đảng quý III năm 2024

Trong quý III/2024, Đảng bộ Khối các cơ quan tỉnh Quảng Ngãi kết nạp 36 đảng viên mới.
"""
OUTSIDE_REQUESTS: list[str] = []  # every request the page made to anything but the app
# Records whether an answer was shown while still streaming (before its final form).
WATCH_STREAMING = """
() => {
  window.__sawStreaming = false;
  new MutationObserver(() => {
    if (document.querySelector('#chatbot .answer.streaming')) { window.__sawStreaming = true; }
  }).observe(document.body, { childList: true, subtree: true });
  window.__alerts = 0;
  window.alert = () => { window.__alerts += 1; };
}
"""


@pytest.fixture(scope="module")
def page(writable_app: RunningApp) -> Iterator[Any]:
    with open_page(writable_app.url, OUTSIDE_REQUESTS) as page:
        page.wait_for_selector("#question textarea")
        page.evaluate(WATCH_STREAMING)
        yield page


def _choose(page: Any, elem_id: str, label: str) -> None:
    page.click(f"#{elem_id} input")
    page.get_by_role("option", name=label, exact=True).click()


def _ask(page: Any, question: str) -> Any:
    before = page.locator("#chatbot .answer:not(.streaming)").count()
    page.fill("#question textarea", question)
    page.click("#send")
    answer = page.locator("#chatbot .answer:not(.streaming)").nth(before)
    answer.wait_for()
    return answer


def test_ask_see_streamed_answer_and_open_its_source(page: Any) -> None:
    answer = _ask(page, DEMO_QUESTION)
    assert "58" in answer.inner_text()
    assert page.evaluate("window.__sawStreaming") is True
    cite = answer.locator("a.cite").first
    cite.wait_for()
    assert re.fullmatch(r"\[\d+\]", cite.inner_text())
    page.screenshot(path=str(ARTIFACTS / "01-answer.png"), full_page=True)

    cite.click()
    card = page.locator("#sources details.src-card.active")
    card.wait_for()
    assert card.get_attribute("open") is not None
    assert card.locator("mark").first.is_visible()
    assert "Lâm Đồng" in card.inner_text() and "lam-dong_khoi-co-quan_2024-q1.md" in card.inner_text()
    assert "58" in card.locator(".src-chunk").inner_text()
    page.screenshot(path=str(ARTIFACTS / "02-source-open.png"), full_page=True)


def test_copy_answer_and_give_feedback(page: Any, writable_app: RunningApp) -> None:
    from playwright.sync_api import expect

    from assistant.feedback import FeedbackLog

    page.click("#copy-answer")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert "58" in copied and "Nguồn:" in copied and "lam-dong_khoi-co-quan_2024-q1.md" in copied

    log = FeedbackLog.for_data_dir(writable_app.data_dir)
    before = len(log.read())
    page.locator("#chatbot").get_by_role("button", name="Chưa tốt").last.click()
    expect(page.locator("#feedback-note")).to_contain_text("Cảm ơn")
    page.fill("#feedback-comment textarea", "Cần thêm số liệu quý II")
    page.click("#feedback-send")
    expect(page.locator("#feedback-note")).to_contain_text("Đã ghi nhận góp ý")
    records = log.read()[before:]
    assert [(r["rating"], r["comment"]) for r in records] == [
        ("down", ""),
        ("down", "Cần thêm số liệu quý II"),
    ]
    assert all(r["question"] == DEMO_QUESTION and "58" in r["answer"] and r["sources"] for r in records)


def test_follow_up_and_new_conversation(page: Any) -> None:
    answer = _ask(page, "Còn quý I/2025 thì sao?")
    assert answer.inner_text().strip()
    assert page.locator("#chatbot .question").count() >= 2
    page.click("#new-chat")
    page.wait_for_function("document.querySelectorAll('#chatbot .question').length === 0")
    assert "Nguồn trích dẫn sẽ hiện ở đây" in page.locator("#sources").inner_text()


def test_markup_in_a_document_stays_text(page: Any) -> None:
    answer = _ask(page, HOSTILE_QUESTION)
    assert "19" in answer.inner_text()
    answer.locator("a.cite").first.click()
    page.locator("#sources details.src-card.active").wait_for()
    for area in ("#chatbot", "#sources"):
        assert page.locator(f"{area} script, {area} img, {area} iframe, {area} a:not(.cite)").count() == 0
    assert page.evaluate("window.__alerts") == 0
    page.screenshot(path=str(ARTIFACTS / "03-hostile-document.png"), full_page=True)


def test_filters_narrow_the_sources(page: Any) -> None:
    page.click("#new-chat")  # else the question reads as a follow-up of the previous one
    page.get_by_text("Bộ lọc tìm kiếm").click()
    _choose(page, "filter-province", "Bình Định")
    answer = _ask(page, "Kết nạp bao nhiêu đảng viên mới?")
    assert "Bộ lọc — Tỉnh/thành: Bình Định" in answer.locator("xpath=..").inner_text()
    answer.locator("a.cite").first.click()
    card = page.locator("#sources details.src-card.active")
    card.wait_for()
    assert "Bình Định" in card.inner_text()
    page.screenshot(path=str(ARTIFACTS / "04-filters.png"), full_page=True)
    _choose(page, "filter-province", "Tất cả")


def test_upload_a_file_and_see_it_in_the_library(page: Any, tmp_path: Path) -> None:
    report = tmp_path / "Báo cáo Quảng Ngãi quý III-2024.txt"
    report.write_text(UPLOAD_REPORT, encoding="utf-8")
    page.get_by_role("tab", name="Thư viện tài liệu").click()
    page.locator("#upload-files input[type=file]").set_input_files(str(report))
    from playwright.sync_api import expect

    expect(page.locator("#upload-files")).to_contain_text(report.name)
    page.click("#upload-button")

    results = page.locator("#upload-results")
    expect(results).to_contain_text("Đã thêm")
    expect(results).to_contain_text(report.name)
    expect(page.locator("#documents")).to_contain_text(report.name)
    expect(page.locator("#documents")).to_contain_text("Quảng Ngãi")
    page.screenshot(path=str(ARTIFACTS / "05-library-upload.png"), full_page=True)


def test_brief_with_chart_and_downloads(page: Any) -> None:
    from playwright.sync_api import expect

    page.get_by_role("tab", name="Bản tóm tắt").click()
    _choose(page, "brief-province", "Lâm Đồng")
    _choose(page, "brief-body", "Đảng ủy Khối các cơ quan tỉnh")
    _choose(page, "brief-period", "6 tháng đầu năm 2024")
    page.click("#brief-button")
    view = page.locator("#brief-view")
    expect(view).to_contain_text("Bản tin nhanh", timeout=60_000)
    expect(view.locator("table")).to_contain_text("6.471")
    page.locator("#brief-chart img").wait_for()
    expect(page.locator("#brief-docx")).to_be_visible()
    expect(page.locator("#brief-md")).to_be_visible()
    with page.expect_download() as download:
        page.click("#brief-docx")
    assert download.value.suggested_filename.endswith(".docx")
    page.screenshot(path=str(ARTIFACTS / "06-brief.png"), full_page=True)


def test_status_tab_and_no_request_left_the_machine(page: Any) -> None:
    page.get_by_role("tab", name="Trạng thái").click()
    status = page.locator("#status")
    status.get_by_text("Số tài liệu").wait_for()
    assert "từ vựng (BM25)" in status.inner_text()
    page.screenshot(path=str(ARTIFACTS / "07-status.png"), full_page=True)
    assert OUTSIDE_REQUESTS == [], "the app must work offline: nothing may be fetched from elsewhere"
