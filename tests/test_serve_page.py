"""The web page end to end in Debian's headless Chromium, driven by Playwright: type a request,
answer the clarification by clicking an option, watch the progress bar fed by the job's event
stream, see the image and the session's history strip with its decisions; the gallery shows a
preview per checkpoint (a sidecar image, else drawn once and cached on disk); the quantization
and size selectors, and the base's native size; "Not this one?" after a "none" corrects it."""

from __future__ import annotations

import base64
import io
import os
import shutil
from pathlib import Path

import pytest

from serve_testdata import LiveServer, make_config, world  # noqa: F401 (fixture)

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="module")
def server(world):
    from PIL import Image

    from personalq.serve.api import create_app

    sidecar = io.BytesIO()
    Image.new("RGB", (20, 20), (200, 30, 30)).save(sidecar, format="PNG")
    (world["repo"] / "inkwash.preview.png").write_bytes(sidecar.getvalue())  # A1111/Civitai style
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

    # Every checkpoint gets a preview: the sidecar for inkwash, drawn once for the others.
    page.wait_for_function("[...document.querySelectorAll('#gallery img.preview')]"
                           ".every(i => i.naturalWidth > 0)", timeout=120_000)
    sources = page.eval_on_selector_all("#gallery .card", "cs => Object.fromEntries(cs.map("
                                        "c => [c.dataset.id, c.querySelector('img').dataset.source]))")
    assert sources == {"inkwash": "sidecar", "rufus": "drawn", "kiki": "drawn", "mochi": "drawn"}
    assert page.eval_on_selector('.card[data-id="inkwash"] img', "i => i.naturalWidth") == 20
    drawn = sorted(p.name for p in (Path(os.environ["PERSONALQ_HOME"]) / "previews").glob("*.png"))
    assert [n.split("-")[0] for n in drawn] == ["kiki", "mochi", "rufus"]
    # What the base draws natively, and the selectors.
    assert "32x32 natively" in page.inner_text("#native")
    assert page.eval_on_selector("#size", "s => s.options[0].text") == "32x32 (native)"
    quant = page.eval_on_selector_all("#quant option", "os => os.map(o => o.value)")
    assert quant[:2] == ["", "none"] and "taq-w8a8" in quant
    page.select_option("#quant", "none")

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
    # The progress bar followed the event stream: queued, per-step progress, done.
    progress = page.evaluate("window.pqProgress")
    assert len(progress) >= 4 and progress[-1] == 1.0 and any(0 < p < 1 for p in progress)
    assert progress == sorted(progress)
    assert page.is_hidden("#progress-box")
    # The history strip keeps the image with its decision; a second request is added in front.
    entries = page.locator("#history .entry")
    assert entries.count() == 1 and "kiki" in entries.first.inner_text()
    assert "asked" in entries.first.inner_text() and "none" in entries.first.inner_text()
    page.fill("#request", "Rufus running in the snow")
    page.click("#submit")
    page.wait_for_function("document.querySelectorAll('#history .entry').length === 2",
                           timeout=60_000)
    assert "selected rufus" in entries.first.inner_text()
    assert page.inner_text("#error") == ""
    assert errors == []
    # A reload keeps the session's history and finds the previews cached on disk.
    page.reload()
    page.wait_for_function("[...document.querySelectorAll('#gallery img.preview')]"
                           ".every(i => i.naturalWidth > 0)", timeout=60_000)
    assert page.locator("#history .entry").count() == 2
    assert page.eval_on_selector('.card[data-id="rufus"] img', "i => i.dataset.source") == "cached"
    shot = Path(os.environ["PERSONALQ_HOME"]) / "page.png"
    page.screenshot(path=str(shot), full_page=True)
    assert shot.stat().st_size > 1000


def test_page_shows_api_errors(server, browser):
    page = browser.new_page()
    page.goto(server.url + "/")
    page.fill("#request", "x" * 1000)
    page.evaluate("document.getElementById('request').value += 'yy'")  # past maxlength
    page.click("#submit")
    page.wait_for_function("document.getElementById('error').textContent.length > 0",
                           timeout=30_000)
    assert "prompt" in page.inner_text("#error")


def test_page_shows_the_warning_of_a_lora_that_fits_in_part(server, browser, world):
    """A LoRA with keys for UNet modules the base lacks, registered by path: the page says what
    was left out under the image it drew."""
    import httpx

    from personalq.testing import make_tiny_lora

    make_tiny_lora(world["base"], world["roots"] / "shared" / "gizmo.safetensors", seed=19,
                   unknown_modules=("mid_block.attentions.0.transformer_blocks.0.attn9.to_k",),
                   metadata={"modelspec.trigger_phrase": "<gizmo-robot>"})
    res = httpx.post(server.url + "/v1/checkpoints", timeout=60,
                     json={"path": "shared/gizmo.safetensors", "name": "Gizmo",
                           "class_noun": "robot", "description": "Gizmo, a tin toy robot"})
    assert res.status_code == 201, res.text
    page = browser.new_page()
    page.goto(server.url + "/")
    page.fill("#request", "Gizmo the robot dancing")
    page.click("#submit")
    page.wait_for_selector("#images img", timeout=60_000)
    assert "gizmo" in page.inner_text("#used")
    warning = page.inner_text("#warnings")
    assert warning.startswith("warning: LoRA gizmo: 2 of ") and "left out" in warning
    page.fill("#request", "Rufus running in the snow")  # a LoRA that fits: no warning
    page.click("#submit")
    page.wait_for_function("document.querySelector('#used').textContent.includes('rufus')",
                           timeout=60_000)
    assert page.inner_text("#warnings") == ""


def test_page_corrects_a_none_with_the_checkpoint_meant(server, browser):
    """A request no card explains draws with the base; "Not this one?" offers the families, the
    owner picks one, the page says what was learned and draws with it; the word then selects it."""
    import httpx

    page = browser.new_page()
    errors = []
    page.on("pageerror", lambda err: errors.append(str(err)))
    page.goto(server.url + "/")
    page.wait_for_selector("#gallery .card")
    page.fill("#request", "wibbletop atop a haybale")
    page.click("#submit")
    page.wait_for_selector("#correct-box:not([hidden])", timeout=60_000)
    assert "base model" in page.inner_text("#used")
    assert page.is_hidden("#meant-box")
    page.click("#not-this")
    offered = page.eval_on_selector_all("#meant option", "os => os.map(o => o.value)")
    assert {"rufus", "kiki", "inkwash", "mochi"} <= set(offered)
    page.select_option("#meant", "rufus")
    page.click("#use-meant")
    page.wait_for_function("document.querySelector('#used').textContent.includes('rufus')",
                           timeout=60_000)
    assert "learned: “wibbletop” now names rufus" in page.inner_text("#learned")
    assert "<rufus-dog>" in page.inner_text("#images figcaption")
    assert "corrected → rufus" in page.locator("#history .entry").first.inner_text()
    assert page.is_hidden("#correct-box")  # a checkpoint the owner named is not Check-in's
    assert page.inner_text("#error") == "" and errors == []
    res = httpx.post(server.url + "/v1/select", json={"request": "wibbletop on a rowboat"},
                     timeout=60).json()
    assert res["action"] == "select" and res["checkpoints"] == ["rufus"]
