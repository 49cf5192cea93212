"""Password authentication from settings; the password never appears in what is served."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.assistant.ui.browser import ARTIFACTS, needs_chromium, open_page
from tests.assistant.ui.server import RunningApp, start_app

pytestmark = pytest.mark.slow

PASSWORD = "mật-khẩu-Thử-8421"


@pytest.fixture(scope="module")
def locked_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningApp]:
    app = start_app(tmp_path_factory.mktemp("ui-auth"), ui_user="lanhdao", ui_password=PASSWORD)
    yield app
    app.close()


def test_api_needs_the_password(locked_app: RunningApp) -> None:
    with pytest.raises(Exception):  # noqa: B017 - gradio_client raises different types per version
        locked_app.client().predict(api_name="/status")
    with pytest.raises(Exception):  # noqa: B017
        locked_app.client(auth=("lanhdao", "sai-mat-khau")).predict(api_name="/status")
    status = locked_app.client(auth=("lanhdao", PASSWORD)).predict(api_name="/status")
    assert status["auth"] is True and status["documents"] > 0


def test_password_is_never_served(locked_app: RunningApp, tmp_path: Path) -> None:
    with httpx.Client(base_url=locked_app.url, timeout=10) as http:
        assert http.get("/config").status_code in (401, 403)
        page = http.get("/").text
        assert PASSWORD not in page
        # Nothing about the store is shown before logging in (Gradio embeds the API schema).
        for doc in locked_app.bot.documents():
            for value in (doc["doc_id"], doc["title"], doc["province"], Path(doc["source"]).name):
                assert value not in page, value
        login = http.post("/login", data={"username": "lanhdao", "password": PASSWORD})
        assert login.status_code == 200
        config = http.get("/config")
        assert config.status_code == 200
        assert PASSWORD not in config.text and PASSWORD not in http.get("/").text


@pytest.mark.browser
@needs_chromium
def test_login_page_in_the_browser(locked_app: RunningApp) -> None:
    from playwright.sync_api import expect

    with open_page(locked_app.url) as page:
        page.get_by_text("hãy đăng nhập").wait_for()
        page.screenshot(path=str(ARTIFACTS / "00-login.png"))
        page.locator("input[type=text]").first.fill("lanhdao")
        page.locator("input[type=password]").fill(PASSWORD)
        page.get_by_role("button", name="Login").click()
        expect(page.locator("#question textarea")).to_be_visible()
        page.get_by_role("tab", name="Trạng thái").click()
        expect(page.locator("#status")).to_contain_text("Đăng nhập bằng mật khẩu")
