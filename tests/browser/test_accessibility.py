"""An axe-core audit of every page type, in the light and the dark theme: no violations at all
(`tests/axe_audit.py`: axe-core from its PyPI package, injected with the site's policy bypassed)."""

from __future__ import annotations

from typing import Any

import pytest
from axe_audit import audit, describe
from serving import SiteServer

pytestmark = pytest.mark.browser

PAGES = {
    "home": "./",
    "document": "d/shi-quanweihui-2023/",
    "document-inline-points": "d/quanzong-zhiwei-2022/",
    "document-subsections": "d/beijing-shisi-da/",
    "notes": "d/gansu-tuopin-2019/notes/",
    "about": "about/",
    "search": "search/?q=工会",
    "404": "no/such/deep/page/",
    "terms": "terms/",
    "term": "terms/两个维护/",
    "traditional home": "zh-hant/",
    "traditional document": "zh-hant/d/quanzong-zhiwei-2022/",
    "traditional notes": "zh-hant/d/gansu-tuopin-2019/notes/",
    "traditional search": "zh-hant/search/?q=工會",
    "traditional terms": "zh-hant/terms/",
    "traditional term": "zh-hant/terms/兩個維護/",
}


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_every_page_type_passes_axe(browser: Any, server: SiteServer, scheme: str) -> None:
    context = browser.new_context(
        viewport={"width": 1280, "height": 900},
        color_scheme=scheme,
        base_url=server.url,
        bypass_csp=True,
    )
    try:
        page = context.new_page()
        failures = []
        for path in PAGES.values():
            page.goto(path)
            page.wait_for_load_state("networkidle")
            if path.startswith("search/"):
                page.wait_for_selector("[data-search-results][data-state=done]", state="attached")
            violations = audit(page)
            if violations:
                failures.append(f"{path} ({scheme}):\n{describe(violations)}")
        assert not failures, "axe-core violations:\n" + "\n".join(failures)
    finally:
        context.close()


def test_a_phone_layout_passes_axe(browser: Any, server: SiteServer) -> None:
    context = browser.new_context(
        viewport={"width": 375, "height": 812}, base_url=server.url, bypass_csp=True
    )
    try:
        page = context.new_page()
        page.goto(PAGES["document"])
        page.locator("nav.toc summary").click()
        violations = audit(page)
        assert not violations, describe(violations)
    finally:
        context.close()


def test_focused_tools_and_redaction_tips_keep_their_contrast(
    browser: Any, server: SiteServer
) -> None:
    for scheme in ["light", "dark"]:
        context = browser.new_context(color_scheme=scheme, base_url=server.url, bypass_csp=True)
        try:
            page = context.new_page()
            page.goto(PAGES["document"])
            page.locator("#s3-pt1 > .tools a.permalink").focus()
            violations = audit(page)
            assert not violations, describe(violations)
            page.locator(".redaction").first.focus()
            violations = audit(page)
            assert not violations, describe(violations)
        finally:
            context.close()
