"""A home page long enough to need it lists its documents under an index by year: each year
leads to its first document, and the page passes axe-core in both themes and editions."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from axe_audit import page_violations
from helpers import dated_speeches
from serving import SiteServer

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


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("path", ["./", "zh-hant/"])
def test_the_home_page_with_its_index_passes_axe(
    browser: Any, years: SiteServer, scheme: str, path: str
) -> None:
    violations = page_violations(browser, years.url, path, scheme)
    assert not violations, violations
