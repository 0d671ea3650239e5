"""The Content-Security-Policy in a real browser: every page type does all it does under it (the
`page` fixture fails any test during which Chromium reports a refusal), and it refuses what it
should: an inline script or style that is not the site's own."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import expect
from serving import SiteServer

SPEECH = "shi-quanweihui-2023"

PAGES = [
    "./",
    f"d/{SPEECH}/",
    f"d/{SPEECH}/notes/",
    "about/",
    "search/?q=工会",
    "search/?q=没有这个短语啊",
    "terms/",
    "no/such/page/",
    "zh-hant/",
    f"zh-hant/d/{SPEECH}/",
    "zh-hant/search/?q=工會",
]


@pytest.mark.parametrize("path", PAGES)
def test_every_page_works_under_its_policy(page: Any, server: SiteServer, path: str) -> None:
    page.goto(path)
    page.wait_for_load_state("networkidle")
    head = page.evaluate("[...document.head.children].map(e => e.outerHTML.slice(0, 60))")
    assert head[0].startswith('<meta charset="utf-8">')
    assert head[1].startswith('<meta http-equiv="Content-Security-Policy"')
    assert page.locator('meta[name="referrer"]').get_attribute("content") == "same-origin"
    page.locator("[data-theme-toggle]").click()  # the scripts run: the theme switches
    expect(page.locator("html")).to_have_attribute("data-theme", "dark")
    page.reload()  # and the inline script allowed by its hash restores it before the first paint
    expect(page.locator("html")).to_have_attribute("data-theme", "dark")
    if "q=工" in path:
        expect(
            page.locator('[data-search-results] a[href*="hl="]').first
        ).to_be_visible()  # WebAssembly ran
    assert not page.csp_violations


def test_the_table_of_contents_opens_on_a_wide_screen(page: Any, server: SiteServer) -> None:
    page.goto(f"d/{SPEECH}/")
    expect(page.locator("nav.toc details")).to_have_attribute("open", "")


def test_the_policy_refuses_a_script_or_style_that_is_not_the_sites(
    page: Any, server: SiteServer
) -> None:
    page.goto(f"d/{SPEECH}/")
    with pytest.raises(Exception):  # noqa: B017 - Playwright reports the refused tag as an Error
        page.add_script_tag(content="window.injected = true")
    assert page.evaluate("window.injected") is None
    page.evaluate(
        """() => {
            const p = document.createElement("p");
            p.innerHTML = '<img src=x onerror="window.injected = true">';
            document.body.append(p);
            const s = document.createElement("style");
            s.textContent = "body { display: none }";
            document.head.append(s);
        }"""
    )
    page.wait_for_timeout(200)
    assert page.evaluate("window.injected") is None
    assert page.evaluate("getComputedStyle(document.body).display") != "none"
    refused = " ".join(page.csp_violations)
    assert "script-src" in refused and "style-src" in refused
    page.csp_violations.clear()  # refused as they should be: not a failure of this test
