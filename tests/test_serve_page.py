"""The web page end to end in Debian's headless Chromium, driven by Playwright: type a request,
answer the clarification by clicking an option, see the image; the gallery lists the checkpoints."""

from __future__ import annotations

import base64
import shutil

import pytest

from serve_testdata import LiveServer, make_config, world  # noqa: F401 (fixture)

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="module")
def server(world):
    from personalq.serve.api import create_app

    with LiveServer(create_app(make_config(world, upload_dir=world["root"] / "up-page"))) as live:
        yield live


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def test_page_asks_then_draws(server, browser):
    page = browser.new_page()
    errors = []
    page.on("pageerror", lambda err: errors.append(str(err)))
    page.goto(server.url + "/")
    # The gallery shows the repository's checkpoints with trigger and kind.
    page.wait_for_selector("#gallery .card")
    cards = page.locator("#gallery .card")
    assert cards.count() == 4
    rufus = page.locator('#gallery .card[data-id="rufus"]')
    assert "<rufus-dog>" in rufus.inner_text() and "subject" in rufus.inner_text()
    assert "style" in page.locator('#gallery .card[data-id="inkwash"]').inner_text()

    page.fill("#request", "my dog on the beach")
    page.click("#submit")
    page.wait_for_selector("#question-box:not([hidden]) .option", timeout=60_000)
    assert "?" in page.inner_text("#question")
    option_ids = page.eval_on_selector_all(".option", "els => els.map(e => e.dataset.id)")
    assert {"rufus", "kiki"} <= set(option_ids)

    page.click('.option[data-id="kiki"]')
    page.wait_for_selector("#images img", timeout=60_000)
    src = page.get_attribute("#images img", "src")
    assert src.startswith("data:image/png;base64,")
    assert base64.b64decode(src.split(",", 1)[1])[:4] == b"\x89PNG"
    width = page.eval_on_selector("#images img", "img => img.naturalWidth")
    assert width == 32  # the tiny base's native size: the PNG really decoded in the browser
    assert "kiki" in page.inner_text("#used")
    assert "<kiki-dog>" in page.inner_text("#images figcaption")
    assert page.inner_text("#error") == ""
    assert errors == []


def test_page_shows_api_errors(server, browser):
    page = browser.new_page()
    page.goto(server.url + "/")
    page.fill("#request", "x" * 1000)
    page.evaluate("document.getElementById('request').value += 'yy'")  # past maxlength
    page.click("#submit")
    page.wait_for_function("document.getElementById('error').textContent.length > 0",
                           timeout=30_000)
    assert "prompt" in page.inner_text("#error")
