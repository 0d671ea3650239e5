"""Reading across the collection in a real browser: a term in the text leads to its page, an
occurrence there to the highlighted point; a related passage leads to the other document; the
term index filters and orders; term links can be switched off."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.browser

DOCUMENT = "d/quanzong-zhiwei-2022/"


def test_a_term_in_the_text_leads_to_its_page_and_an_occurrence_to_the_point(page: Any) -> None:
    page.goto(DOCUMENT)
    link = page.locator("a.term", has_text="两个维护").first
    link.click()
    page.wait_for_url("**/terms/%E4%B8%A4%E4%B8%AA%E7%BB%B4%E6%8A%A4/")
    assert page.locator("h1").inner_text() == "“两个维护”"
    assert page.locator(".term-facts").inner_text().startswith("共 6 次，见于 4 篇文献")
    occurrence = page.locator(".kwic a").nth(1)
    href = occurrence.get_attribute("href")
    anchor = href.split("#")[1]
    occurrence.click()
    page.wait_for_url(f"**#{anchor}")
    marks = page.locator(f"[id='{anchor}'] mark.hl")
    assert marks.count() >= 1 and marks.first.inner_text() == "两个维护"
    assert page.locator(f"[id='{anchor}']").evaluate(
        "(el) => { const r = el.getBoundingClientRect();"
        " return r.top >= 0 && r.top < innerHeight; }"
    )


def test_a_related_passage_leads_to_the_other_document_s_point(page: Any) -> None:
    page.goto(DOCUMENT)
    details = page.locator("details.related").first
    details.locator("summary").click()
    item = details.locator("li a").first
    shared = details.locator("li mark").first.inner_text()
    href = item.get_attribute("href")
    other, anchor = href.split("?")[0].rstrip("/").split("/")[-1], href.split("#")[1]
    item.click()
    page.wait_for_url(f"**/d/{other}/**#{anchor}")
    assert other != "quanzong-zhiwei-2022"
    target = page.locator(f"[id='{anchor}']")
    marked = "".join(target.locator("mark.hl").all_inner_texts())
    assert marked.replace("，", "") == shared.replace("，", "")


def test_the_chart_has_a_text_alternative(page: Any) -> None:
    page.goto("terms/两个维护/")
    svg = page.locator(".term-chart svg")
    assert svg.get_attribute("role") == "img"
    label = svg.get_attribute("aria-labelledby").split()
    description = page.locator(f"#{label[1]}").text_content()
    assert "共出现 6 次，见于 4 篇文献" in description and "最早见于" in description
    assert page.locator(".term-chart rect").count() == 4
    assert page.locator(".term-chart figcaption").inner_text() == description


def test_the_term_index_filters_as_one_types_and_orders_by_pinyin(page: Any) -> None:
    page.goto("terms/")
    rows = page.locator("[data-terms-list] li")
    total = rows.count()
    assert total > 50
    counts = [int(t.split(" 次")[0]) for t in page.locator(".terms-count").all_inner_texts()]
    assert counts == sorted(counts, reverse=True)
    page.fill("[data-terms-filter]", "两个")
    visible = page.locator("[data-terms-list] li:visible a").all_inner_texts()
    assert "两个维护" in visible and all("两个" in text for text in visible)
    page.fill("[data-terms-filter]", "lgwh")  # pinyin initials
    assert "两个维护" in page.locator("[data-terms-list] li:visible a").all_inner_texts()
    page.fill("[data-terms-filter]", "")
    page.check("input[value=pinyin]")
    keys = page.locator("[data-terms-list] li").evaluate_all(
        "(li) => li.map((x) => x.dataset.pinyin)"
    )
    first = [key.split()[0] for key in keys]  # syllable by syllable; tones break ties
    assert first == sorted(first) and len(keys) == total
    assert keys[0].startswith("a")


def test_term_links_can_be_switched_off_and_the_choice_is_remembered(page: Any) -> None:
    page.goto(DOCUMENT)
    link = page.locator("a.term").first
    assert "dotted" in link.evaluate("(a) => getComputedStyle(a).textDecorationStyle")
    page.click("[data-terms-toggle]")
    assert page.locator("[data-terms-toggle]").get_attribute("aria-pressed") == "false"
    assert link.evaluate("(a) => getComputedStyle(a).textDecorationLine") == "none"
    assert link.get_attribute("tabindex") == "-1"
    page.reload()
    assert (
        page.locator("a.term").first.evaluate("(a) => getComputedStyle(a).pointerEvents") == "none"
    )
    page.click("[data-terms-toggle]")
    assert page.locator("a.term").first.get_attribute("tabindex") is None
