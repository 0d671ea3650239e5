"""A home page long enough to need it lists its documents under an index by year: each year
leads to its first document, and the page passes axe-core in both themes and editions. A
collection longer than a page (`pages.LISTED`) is listed over pages: the index by year leads
to the page a year starts on, and each page to the one before and after it."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from axe_audit import page_violations
from helpers import dated_speeches
from serving import SiteServer

from unionreader import pages
from unionreader.pipeline import BuildConfig, build

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def years(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SiteServer]:
    """A site of fifteen short speeches over three years, one of them undated."""
    seeds = tmp_path_factory.mktemp("years-seeds")
    dated_speeches(seeds)
    out = tmp_path_factory.mktemp("years-site") / "_site"
    build(BuildConfig(seeds_dir=seeds, out_dir=out))
    served = SiteServer(out, "/unionreader/")
    yield served
    served.close()


def test_each_year_leads_to_its_first_document(browser: Any, years: SiteServer) -> None:
    context = browser.new_context(  # the page's policy refuses the test's own waiting scripts
        viewport={"width": 1280, "height": 700}, base_url=years.url, bypass_csp=True
    )
    try:
        page = context.new_page()
        page.goto("./")
        index = page.locator("nav.years a")
        assert index.all_inner_texts() == ["2021（5）", "2022（5）", "2023（4）", "未注日期（1）"]
        index.nth(2).click()
        page.wait_for_function("() => location.hash === '#y2023'")
        first = page.locator("#y2023")
        assert "2023" in first.locator(".entry-meta").inner_text()
        page.wait_for_function(  # scrolled to it (smoothly, unless motion is reduced)
            "() => { const t = document.getElementById('y2023').getBoundingClientRect().top;"
            " return t >= 0 && t < 100; }"
        )
        assert page.locator("li.entry").count() == 15
    finally:
        context.close()


PER_PAGE = 6


@pytest.fixture(scope="module")
def paged(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SiteServer]:
    """The fifteen speeches listed six to a page: the home page and page/2/, page/3/."""
    seeds = tmp_path_factory.mktemp("paged-seeds")
    dated_speeches(seeds)
    out = tmp_path_factory.mktemp("paged-site") / "_site"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(pages, "LISTED", PER_PAGE)
        build(BuildConfig(seeds_dir=seeds, out_dir=out))
    served = SiteServer(out, "/unionreader/")
    yield served
    served.close()


@pytest.mark.parametrize("edition", ["", "zh-hant/"])
def test_a_year_leads_to_the_page_it_starts_on_and_the_pages_to_each_other(
    browser: Any, paged: SiteServer, edition: str
) -> None:
    context = browser.new_context(
        viewport={"width": 1280, "height": 700}, base_url=paged.url, bypass_csp=True
    )
    try:
        page = context.new_page()
        page.goto(edition or "./")
        assert page.locator("li.entry").count() == PER_PAGE
        page.locator("nav.years a").nth(2).click()  # 2023: its first speech is the 11th
        page.wait_for_url(f"**/{edition}page/2/#y2023")
        first = page.locator("#y2023")
        assert "2023" in first.locator(".entry-meta").inner_text()
        page.wait_for_function(
            "() => { const t = document.getElementById('y2023').getBoundingClientRect().top;"
            " return t >= 0 && t < 100; }"
        )
        assert page.locator("h1").inner_text().replace("\n", "") in {
            "文献第 2 页，共 3 页",
            "文獻第 2 頁，共 3 頁",
        }
        assert page.locator("ol.entries").get_attribute("start") == str(PER_PAGE + 1)
        number = page.evaluate(  # the list's own numbering goes on from the page before
            "() => getComputedStyle(document.querySelector('li.entry'), '::before').content"
        )
        assert number == "counter(list-item, decimal-leading-zero)"
        page.locator("nav.list-pages a[rel=next]").click()
        page.wait_for_url(f"**/{edition}page/3/")
        assert page.locator("li.entry").count() == 15 - 2 * PER_PAGE
        assert page.locator("ol.entries").get_attribute("start") == str(2 * PER_PAGE + 1)
        pages_nav = page.locator("nav.list-pages")
        assert pages_nav.locator("[aria-current=page]").inner_text() == "3"
        assert pages_nav.locator("a[rel=next]").count() == 0
        pages_nav.locator("a[rel=prev]").click()
        page.wait_for_url(f"**/{edition}page/2/")
        page.locator("nav.list-pages a[rel=prev]").click()
        page.wait_for_url(f"**/unionreader/{edition}")
        assert page.locator(".masthead h1").count() == 1
    finally:
        context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize(
    ("built", "path"),
    [("years", "./"), ("years", "zh-hant/"), ("paged", "page/2/"), ("paged", "zh-hant/page/3/")],
)
def test_the_collection_s_pages_pass_axe(
    browser: Any, request: pytest.FixtureRequest, built: str, path: str, scheme: str
) -> None:
    """The home page with its index by year, and the collection's later pages, both editions."""
    served: SiteServer = request.getfixturevalue(built)
    violations = page_violations(browser, served.url, path, scheme)
    assert not violations, violations
