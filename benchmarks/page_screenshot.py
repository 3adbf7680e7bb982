"""docs/page.png: the web page on the shipped world, in headless Chromium (Playwright), with
every checkpoint's preview, a session history of two drawn requests and a third request's
progress bar mid-way. Previews are drawn afresh (a new PERSONALQ_HOME), so the picture shows
the world as it is now (e.g. after a VAE decoder change).

    python benchmarks/page_screenshot.py [docs/page.png]

Starts `personalq serve` on a free loopback port and stops it when done (~1-3 min on 2 cores)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"]
DRAWN = ["Kiko in the forest", "Zib v3 in the snow"]  # the history strip
RUNNING = "Pomzu in the forest"  # shown with its progress bar mid-way


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _serve(home: str, port: int) -> subprocess.Popen:
    env = dict(os.environ, PERSONALQ_HOME=home, PERSONALQ_API_KEY="")
    proc = subprocess.Popen([sys.executable, "-m", "personalq.cli", "serve", "--port", str(port)],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(240):
        try:
            if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=2).status_code == 200:
                return proc
        except httpx.HTTPError:
            time.sleep(0.5)
    proc.terminate()
    raise SystemExit("personalq serve did not come up within 2 minutes")


def _draw(page, request: str, n_before: int) -> None:
    """Submit `request`; answer a clarification with its first option; wait for the history."""
    page.fill("#request", request)
    page.click("#submit")
    page.wait_for_function(f"document.querySelectorAll('#history .entry').length > {n_before} "
                           "|| !document.getElementById('question-box').hidden", timeout=180_000)
    if page.is_visible("#question-box"):
        page.click("#options .option >> nth=0")
        page.wait_for_function(f"document.querySelectorAll('#history .entry').length > {n_before}",
                               timeout=180_000)


def shoot(out: Path) -> None:
    from playwright.sync_api import sync_playwright

    port = _free_port()
    with tempfile.TemporaryDirectory() as home:
        server = _serve(home, port)
        try:
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
                page = browser.new_page(viewport={"width": 800, "height": 900})
                page.goto(f"http://127.0.0.1:{port}/")
                page.wait_for_function("document.querySelectorAll('#gallery img.preview').length > 0"
                                       " && [...document.querySelectorAll('#gallery img.preview')]"
                                       ".every(i => i.naturalWidth > 0)", timeout=600_000)
                for i, request in enumerate(DRAWN):
                    _draw(page, request, i)
                page.evaluate("window.pqProgress = []")  # this request's progress only
                page.fill("#request", RUNNING)
                page.click("#submit")
                page.wait_for_function("(window.pqProgress || []).some(p => p > 0.3 && p < 1)",
                                       timeout=180_000)
                page.screenshot(path=str(out), full_page=True)
                browser.close()
        finally:
            server.terminate()
            server.wait(timeout=30)
    print(f"wrote {out}")


if __name__ == "__main__":
    shoot(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/page.png"))
