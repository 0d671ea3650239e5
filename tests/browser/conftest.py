"""Browser fixtures: a built site served over HTTP (at the root or under a sub-path, with GitHub
Pages' 404 behaviour) and Debian's Chromium driven by Playwright. No browser is ever downloaded.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from chromium import CHROMIUM, CHROMIUM_ARGS
from paths import ROOT
from serving import SiteServer

ARTIFACTS = ROOT / "test-artifacts"
SUBPATH = "/unionreader/"


@pytest.fixture(scope="session")
def server(site: Path) -> Iterator[SiteServer]:
    """The seeds' site (tests/conftest.py) served under a GitHub Pages project path."""
    served = SiteServer(site, SUBPATH)
    yield served
    served.close()


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    sync_api = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: apt-get install -y chromium (see .ci/run)")
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser: object, server: SiteServer) -> Iterator[object]:
    """A fresh page (own context: own storage and clipboard permissions), 1280 px wide."""
    context = browser.new_context(  # type: ignore[attr-defined]
        viewport={"width": 1280, "height": 900},
        permissions=["clipboard-read", "clipboard-write"],
        base_url=server.url,
    )
    opened = context.new_page()
    requests: list[str] = []
    opened.on("request", lambda request: requests.append(request.url))
    opened.requests = requests  # every URL the page asked for: tests check none leaves the site
    violations: list[str] = []
    opened.on(
        "console",
        lambda m: violations.append(m.text) if "Content Security Policy" in m.text else None,
    )
    opened.csp_violations = violations  # what the page's policy refused, as Chromium reports it
    yield opened
    context.close()
    assert not violations, f"the Content-Security-Policy refused: {violations}"


@pytest.fixture(scope="session")
def artifacts() -> Path:
    """Where screenshots are kept (test-artifacts/, ignored by git)."""
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
