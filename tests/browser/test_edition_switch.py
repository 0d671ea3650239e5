"""The 简/繁 switch in a real browser: it leads to the same place in the other edition (anchor
and query kept), the choice is remembered, a first visit follows the browser's language, and
search in the Traditional edition finds the same occurrences, shown in Traditional script."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect
from serving import SiteServer

from unionreader.edition.page import MAPPED, shown_of

pytestmark = pytest.mark.browser

DONE = "[data-search-results][data-state=done]"
DOCUMENT = "d/quanzong-zhiwei-2022/"


def _wait_in_view(page: Any, anchor: str) -> None:
    page.wait_for_function(
        f"() => {{ const r = document.getElementById('{anchor}').getBoundingClientRect();"
        " return r.top >= -2 && r.top < innerHeight; }"
    )


def test_the_switch_leads_to_the_same_place_and_back(page: Any, server: SiteServer) -> None:
    page.goto(DOCUMENT)
    units = page.locator("main [data-find][id]")
    anchor = units.nth(units.count() * 2 // 3).get_attribute("id")  # deep in the page
    page.goto("about:blank")
    page.goto(f"{DOCUMENT}#{anchor}")
    _wait_in_view(page, anchor)
    page.locator(".edition-switch a[hreflang=zh-Hant]").click()
    page.wait_for_url(f"{server.url}zh-hant/{DOCUMENT}#{anchor}")
    assert page.evaluate("document.documentElement.lang") == "zh-Hant"
    expect(page.locator(".site-nav")).to_contain_text("文獻")
    _wait_in_view(page, anchor)
    expect(page.locator(".edition-switch a[aria-current]")).to_have_text("繁")
    page.locator(".edition-switch a[hreflang=zh-Hans]").click()
    page.wait_for_url(f"{server.url}{DOCUMENT}#{anchor}")
    assert page.evaluate("document.documentElement.lang") == "zh-Hans"
    _wait_in_view(page, anchor)


def test_the_choice_is_remembered(page: Any, server: SiteServer) -> None:
    page.goto("about/")
    page.locator(".edition-switch a[hreflang=zh-Hant]").click()
    page.wait_for_url(f"{server.url}zh-hant/about/")
    page.goto("terms/")  # a Simplified page: the reader chose Traditional
    page.wait_for_url(f"{server.url}zh-hant/terms/")
    expect(page.locator("h1")).to_contain_text("提法")
    assert page.evaluate("document.documentElement.lang") == "zh-Hant"


@pytest.mark.parametrize(("locale", "lands"), [("zh-TW", "zh-hant/"), ("zh-CN", "")])
def test_a_first_visit_follows_the_browser_s_language(
    browser: Any, server: SiteServer, locale: str, lands: str
) -> None:
    context = browser.new_context(locale=locale, base_url=server.url)
    try:
        page = context.new_page()
        page.goto("about/")
        page.wait_for_url(f"{server.url}{lands}about/")
        page.wait_for_load_state("load")
        assert page.url == f"{server.url}{lands}about/"
    finally:
        context.close()


def test_search_in_the_traditional_edition_finds_the_same_and_shows_traditional(
    page: Any, server: SiteServer
) -> None:
    query = "劳模精神、劳动精神"
    page.goto(f"search/?q={query}")
    page.wait_for_selector(DONE, state="attached")
    simplified = page.locator("[data-search-summary]").inner_text()
    targets = page.locator(".search-hit a").evaluate_all(
        "links => links.map(a => [a.dataset.doc, a.dataset.anchor])"
    )
    page.locator(".edition-switch a[hreflang=zh-Hant]").click()
    page.wait_for_url("**/zh-hant/search/?q=*")
    page.wait_for_selector(DONE, state="attached")
    assert page.locator("#search-q").input_value() == query
    summary = page.locator("[data-search-summary]").inner_text()
    assert summary == simplified.replace("处", "處") and "處" in summary
    assert (
        targets
        and page.locator(".search-hit a").evaluate_all(
            "links => links.map(a => [a.dataset.doc, a.dataset.anchor])"
        )
        == targets
    )
    marks = page.locator(".search-kwic mark").all_inner_texts()
    assert marks and all(mark.startswith("勞模精神") for mark in marks)
    page.locator(".search-hit a").first.click()
    page.wait_for_url("**/zh-hant/d/**")
    expect(page.locator("mark.hl").first).to_have_text("勞模精神、勞動精神")


def test_the_traditional_404_page_finds_its_edition_without_a_public_address(
    page: Any, server: SiteServer
) -> None:
    page.goto("zh-hant/404.html")  # built without --base-url: root.js finds the root
    position = page.evaluate("getComputedStyle(document.querySelector('.skip-link')).position")
    assert position == "absolute", "the stylesheet did not load"
    assert page.locator("html").get_attribute("lang") == "zh-Hant"
    page.locator("a.home-link").click()
    expect(page).to_have_url(server.url + "zh-hant/")


def test_the_traditional_search_page_shows_each_block_as_the_build_reads_it(
    page: Any, server: SiteServer, site: Path
) -> None:
    """The search page decodes every block of every text table (its usual readings, the
    characters read otherwise, the blocks kept whole) into the shown text the build made."""
    page.goto("zh-hant/search/")
    page.wait_for_function("() => window.UnionSearch")
    ids = sorted(p.stem for p in (site / "zh-hant/search/text").glob("*.json"))
    shown = page.evaluate(
        """async (ids) => Promise.all(ids.map(async (id) =>
             (await window.UnionSearch.engine.text(id)).blocks.map((b) => b.shown)))""",
        ids,
    )
    for name, blocks in zip(ids, shown, strict=True):
        table = json.loads((site / f"zh-hant/search/text/{name}.json").read_text("utf-8"))
        usual = table.get("usual", "")
        assert blocks == [shown_of(block[3], block[6], usual) for block in table["blocks"]]
        assert any(block[6] == MAPPED for block in table["blocks"])
        assert any(isinstance(block[6], str) for block in table["blocks"])
    every = "".join(text for blocks in shown for text in blocks)
    assert "關係" in every and "聯繫" in every  # 系 read two ways in one table
