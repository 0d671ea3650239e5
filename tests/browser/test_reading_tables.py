"""A table in a text (rows whose cells a tab parts) as a reader meets it: a table with its head,
a phrase found in a cell highlighted there, no horizontal scroll of the page on a phone (the
table scrolls in its own region), and no axe-core violation in either edition."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from typing import Any

import pytest
from axe_audit import page_violations
from paths import CORPUS_FIXTURES
from serving import SiteServer

from unionreader.pipeline import BuildConfig, build

pytestmark = pytest.mark.browser

FIXTURE = "report-tables.txt"
PAGE = "d/report-tables/"
WIDE = "\t".join(f"{n},234,567.89" for n in range(1, 11))
"""A row of ten figures: wider than a phone, and figures do not wrap as Chinese text does."""


@pytest.fixture(scope="module")
def tables(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SiteServer]:
    """A site of the fixture with its tables, and a wide table appended, served."""
    seeds = tmp_path_factory.mktemp("tables-seeds")
    shutil.copy(CORPUS_FIXTURES / FIXTURE, seeds / FIXTURE)
    with (seeds / FIXTURE).open("a", encoding="utf-8") as text:
        text.write(f"\n附表：\n{WIDE}\n{WIDE}\n")
    out = tmp_path_factory.mktemp("tables-site") / "_site"
    build(BuildConfig(seeds_dir=seeds, out_dir=out))
    served = SiteServer(out, "/unionreader/")
    yield served
    served.close()


def _context(browser: Any, server: SiteServer, width: int = 1280, scheme: str = "light") -> Any:
    return browser.new_context(
        viewport={"width": width, "height": 900},
        color_scheme=scheme,
        base_url=server.url,
        bypass_csp=True,
    )


def test_rows_read_as_a_table_with_its_head(browser: Any, tables: SiteServer) -> None:
    context = _context(browser, tables)
    try:
        page = context.new_page()
        page.goto(PAGE)
        first = page.locator("table.text-table").first
        assert first.locator("caption").inner_text() == "表1 2023年工会经费收入情况（单位：万元）"
        assert first.locator("thead th").all_inner_texts() == ["项目", "2022年", "2023年", "增长"]
        assert first.locator("tbody tr").count() == 4
        assert first.locator("tbody tr").nth(1).locator("td").all_inner_texts() == [
            "上级补助",
            "2,100",
            "2,350",
            "11.9%",
        ]
        aligned = "(cell) => getComputedStyle(cell).textAlign"
        row = first.locator("tbody tr").nth(1).locator("td")
        assert [row.nth(i).evaluate(aligned) for i in range(4)] == [
            "left",
            "right",
            "right",
            "right",
        ]
        names = page.locator("table.text-table").nth(1)
        assert names.locator("thead").count() == 0  # a table of names names no columns
        assert names.locator("td").first.inner_text() == "市第一医院工会"
    finally:
        context.close()


def test_a_phrase_in_a_cell_is_highlighted_there(browser: Any, tables: SiteServer) -> None:
    context = _context(browser, tables)
    try:
        page = context.new_page()
        page.goto(PAGE + "?hl=上级补助")
        marked = page.locator("table.text-table td mark.hl")
        assert marked.count() == 1 and marked.inner_text() == "上级补助"
    finally:
        context.close()


def test_on_a_phone_a_wide_table_scrolls_in_its_region_not_the_page(
    browser: Any, tables: SiteServer
) -> None:
    context = _context(browser, tables, width=375)
    try:
        page = context.new_page()
        page.goto(PAGE)
        assert page.evaluate("document.scrollingElement.scrollWidth") <= 375
        region = page.locator(".table-wrap").last
        assert region.evaluate("(el) => el.scrollWidth > el.clientWidth")
        assert region.get_attribute("tabindex") == "0"  # reachable by keyboard to scroll
    finally:
        context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("path", [PAGE, "zh-hant/" + PAGE])
def test_a_page_with_tables_passes_axe(
    browser: Any, tables: SiteServer, scheme: str, path: str
) -> None:
    violations = page_violations(browser, tables.url, path, scheme)
    assert not violations, violations
