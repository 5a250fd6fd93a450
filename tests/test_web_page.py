"""The chat page end to end: the real server on loopback, headless Chromium driven by playwright.

Needs Debian's ``chromium`` (``make test`` installs it where apt is available; by hand:
``sudo apt-get install -y chromium``) and the ``playwright`` package, which connects to that
browser and downloads none. Without either, the browser test skips and says which is missing.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from kgchat.chat import ChatBot
from kgchat.chat.backends import TemplateBackend
from kgchat.data import GRAPHS_DIR
from kgchat.graph import KnowledgeGraph

GRAPHS = GRAPHS_DIR


def _chromium() -> str | None:
    for name in (os.environ.get("KGCHAT_CHROMIUM", ""), "chromium", "chromium-browser"):
        path = shutil.which(name) if name else None
        if path:
            return path
    return None


@pytest.fixture(scope="module")
def service() -> object:
    pytest.importorskip("fastapi", reason="the server's packages (fastapi, uvicorn) are absent")
    from kgchat.serve import ChatService

    kg = KnowledgeGraph.load(GRAPHS / "medicine.ttl")
    return ChatService.from_chatbot(ChatBot(kg, backend=TemplateBackend()), name="medicine")


@pytest.fixture(scope="module")
def base_url(service: object) -> Iterator[str]:
    from kgchat.serve import create_app, running

    with running(create_app(service)) as url:  # type: ignore[arg-type]
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    chromium = _chromium()
    if chromium is None:
        pytest.skip(
            "Chromium is absent: install Debian's package (sudo apt-get install -y chromium, "
            "which make test does where apt is available) or set KGCHAT_CHROMIUM"
        )
    sync_api = pytest.importorskip(
        "playwright.sync_api", reason="playwright is absent: pip install -e '.[test]'"
    )
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=chromium, headless=True, args=["--no-sandbox"])
        try:
            yield b
        finally:
            b.close()


def test_page_and_static_files_are_served(base_url: str) -> None:
    import urllib.request

    page = urllib.request.urlopen(base_url + "/").read().decode()
    assert 'data-model="kgchat:medicine:template"' in page and "{{model}}" not in page
    for name in ("app.js", "style.css"):
        with urllib.request.urlopen(f"{base_url}/static/{name}") as r:
            assert r.status == 200 and len(r.read()) > 1000


def test_ask_on_the_medicine_graph_in_chromium(
    base_url: str, browser: object, tmp_path: Path
) -> None:
    page = browser.new_page(viewport={"width": 1100, "height": 760})  # type: ignore[attr-defined]
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(base_url + "/")
    page.fill("#question", "What is the mechanism of action of the drug class of atorvastatin?")
    page.press("#question", "Enter")
    turn = page.locator("article.turn.assistant").first
    turn.and_(page.locator("[data-done]")).wait_for(timeout=15_000)

    text = turn.locator(".reply").inner_text()
    assert text.startswith("HMG-CoA reductase inhibition")
    assert "[1]" in text and "[2]" in text
    cards = turn.locator(".fact")
    assert cards.count() == 2
    assert "atorvastatin — is a member of drug class → statins" in cards.nth(0).inner_text()
    assert turn.locator(".badge.abstained").count() == 0

    # the evidence graph: the topic, the hop and the answer drawn, the walked path marked
    svg = turn.locator("figure.graph svg")

    def drawn(role: str) -> str:  # a node's label, on one or two lines
        return " ".join(svg.locator(f".node.{role} tspan").all_text_contents())

    assert drawn("topic") == "atorvastatin"
    assert drawn("path") == "statins"
    assert drawn("answer") == "HMG-CoA reductase inhibition"
    assert svg.locator(".node").count() >= 5  # the other given facts around the path
    assert svg.locator(".edge.on-path").count() == 2

    # hovering [2] lights card 2 and its edge in the graph
    turn.locator('.cite[data-n="2"]').first.hover()
    assert "lit" in (cards.nth(1).get_attribute("class") or "")
    assert svg.locator(".edge.on-path.lit").count() == 1

    # a follow-up travels with the conversation; a question off the graph shows the abstention
    page.fill("#question", "What is the capital of France?")
    page.press("#question", "Enter")
    second = page.locator("article.turn.assistant").nth(1)
    second.and_(page.locator("[data-done]")).wait_for(timeout=15_000)
    assert "no fact" in second.locator(".reply").inner_text()
    assert second.locator(".badge.abstained").count() == 1
    page.screenshot(path=str(tmp_path / "web-page.png"), full_page=True)

    page.click("#reset")
    assert page.locator("article.turn").count() == 0
    assert errors == []
    page.close()


def test_the_page_asks_for_the_api_key_and_shows_errors(service: object, browser: object) -> None:
    from kgchat.serve import create_app, running

    with running(create_app(service, api_key="s3cret")) as url:  # type: ignore[arg-type]
        page = browser.new_page()  # type: ignore[attr-defined]
        page.goto(url + "/")  # the page itself needs no key
        assert page.locator("#keyform").is_hidden()
        page.fill("#question", "What does metformin treat?")
        page.press("#question", "Enter")
        refused = page.locator("article.turn.assistant[data-done]").first
        refused.wait_for(timeout=15_000)
        assert "API key" in refused.locator(".reply").inner_text()
        assert refused.locator(".reply").get_attribute("role") == "alert"
        assert page.locator("#keyform").is_visible()

        page.fill("#apikey", "s3cret")
        page.press("#apikey", "Enter")
        assert page.locator("#keyform").is_hidden()
        page.fill("#question", "What does metformin treat?")
        page.press("#question", "Enter")
        answered = page.locator("article.turn.assistant[data-done]").nth(1)
        answered.wait_for(timeout=15_000)
        assert answered.locator(".reply").inner_text().startswith("type 2 diabetes")
        assert answered.locator(".fact").count() >= 1
        page.close()
