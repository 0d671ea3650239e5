"""Search in a real browser: a phrase typed on the search page, its count, an occurrence opened on
its document with the phrase highlighted, filters, order and history, Traditional script, odd
queries, and the JavaScript reading queries exactly as `unionreader.search.query` says it does.
"""

from __future__ import annotations

import json
import urllib.parse
from pathlib import Path
from typing import Any

import pytest
from serving import SiteServer

from unionreader.search.query import Vocabulary, read_query
from unionreader.search.text import find_phrase, fold, marked, read_phrase

pytestmark = pytest.mark.browser
expect = pytest.importorskip("playwright.sync_api").expect

PHRASE = "劳模精神、劳动精神、工匠精神"
TRADITIONAL = "勞模精神、勞動精神、工匠精神"
RESULTS = "[data-search-results]"
DONE = "[data-search-results][data-state=done]"


def occurrences(site: Path, phrase: str) -> dict[str, list[tuple[str, int]]]:
    """Ctrl-F truth: slug → (element id, start in its folded text) of every occurrence in what a
    reader sees of a document: kicker, title, author, office, headings, paragraphs and points."""
    corpus = json.loads((site / "data" / "corpus.json").read_text("utf-8"))
    needle, found = read_phrase(phrase), {}
    for doc in corpus["documents"]:
        parts = [(key, doc[key]) for key in ("kicker", "title", "author", "office") if doc[key]]
        for section in doc["sections"]:
            if section["heading"]:
                parts.append((section["id"], section["heading"]))
            parts += [(block["id"], block["text"]) for block in section["blocks"]]
        hits = [(part, at) for part, text in parts for at in find_phrase(marked(text), needle)]
        if hits:
            found[doc["slug"]] = hits
    return found


def search(page: Any, query: str) -> None:
    page.goto("search/")
    page.locator("#search-q").fill(query)
    page.locator("#search-q").press("Enter")
    page.wait_for_selector(DONE, state="attached")


def summary(page: Any) -> str:
    return str(page.locator("[data-search-summary]").inner_text())


def hit_targets(page: Any) -> list[tuple[str, str]]:
    links = page.locator(".search-hit a")
    return [
        (links.nth(i).get_attribute("data-doc"), links.nth(i).get_attribute("data-anchor"))
        for i in range(links.count())
    ]


def test_a_typed_phrase_shows_every_occurrence_and_its_count(page: Any, site: Path) -> None:
    truth = occurrences(site, PHRASE)
    total = sum(len(hits) for hits in truth.values())
    search(page, PHRASE)
    assert summary(page) == f"{total} 处，{len(truth)} 篇"
    assert urllib.parse.parse_qs(urllib.parse.urlparse(page.url).query)["q"] == [PHRASE]
    docs = page.locator(".search-doc").evaluate_all("items => items.map(i => i.dataset.doc)")
    assert sorted(docs) == sorted(truth)
    shown = hit_targets(page)
    assert len(shown) == total  # few enough to show all
    assert {slug for slug, _ in shown} == set(truth)
    marks = page.locator(".search-kwic mark").all_inner_texts()
    assert marks and all(fold(mark) == fold(PHRASE) for mark in marks)


def test_an_occurrence_opens_on_its_point_with_the_phrase_highlighted(
    page: Any, site: Path, server: SiteServer
) -> None:
    search(page, PHRASE)
    first = page.locator(".search-hit a").first
    slug, anchor = first.get_attribute("data-doc"), first.get_attribute("data-anchor")
    first.click()
    expect(page).to_have_url(
        f"{server.url}d/{slug}/?hl={urllib.parse.quote(fold(PHRASE))}#{anchor}"
    )
    target = page.locator(f"[id='{anchor}'] mark.hl").first
    expect(target).to_be_visible()
    assert fold(target.inner_text()) in fold(PHRASE)
    page.wait_for_function(
        "() => { const r = document.querySelector('mark.hl-first').getBoundingClientRect();"
        " return r.top >= 0 && r.bottom <= innerHeight; }"
    )
    marks = page.locator("mark.hl")
    expect(marks.first).to_be_visible()
    page.get_by_role("button", name="清除高亮").click()
    expect(marks).to_have_count(0)
    assert "hl=" not in page.url


def test_filters_and_order_narrow_the_list_and_survive_back_and_forward(
    page: Any, site: Path
) -> None:
    corpus = json.loads((site / "data" / "corpus.json").read_text("utf-8"))
    kinds = {d["slug"]: d["kind_label"] for d in corpus["documents"]}
    truth = occurrences(site, "工会工作")
    search(page, "工会工作")
    before = summary(page)
    kind = page.locator("select[name=kind]")
    option = kind.locator("option").nth(1)
    label = option.get_attribute("value")
    kind.select_option(label)
    page.wait_for_selector(DONE, state="attached")
    kept = {slug: hits for slug, hits in truth.items() if kinds[slug] == label}
    total = sum(len(h) for h in kept.values())
    assert summary(page).startswith(f"{total} 处，{len(kept)} 篇")
    docs = page.locator(".search-doc").evaluate_all("items => items.map(i => i.dataset.doc)")
    assert set(docs) == set(kept)
    assert "kind=" in page.url
    page.locator("select[name=order]").select_option("doc")
    page.wait_for_selector(DONE, state="attached")
    assert "order=doc" in page.url
    page.locator(".search-hit a").first.click()
    page.wait_for_load_state()
    page.go_back()
    page.wait_for_selector(DONE, state="attached")
    assert summary(page).startswith(f"{total} 处")
    expect(page.locator("select[name=kind]")).to_have_value(label)
    expect(page.locator("#search-q")).to_have_value("工会工作")
    page.locator(".search-clear-filters").click()
    page.wait_for_selector(DONE, state="attached")
    assert summary(page) == before


def test_traditional_script_finds_the_same_occurrences(page: Any, site: Path) -> None:
    search(page, PHRASE)
    simplified = (summary(page), hit_targets(page))
    search(page, TRADITIONAL)
    assert (summary(page), hit_targets(page)) == simplified
    search(page, "新就業形態勞動者")
    truth = occurrences(site, "新就业形态劳动者")
    assert summary(page) == f"{sum(len(h) for h in truth.values())} 处，{len(truth)} 篇"


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("", "输入要查找的字词"),
        ("工", "请至少输入两个字"),
        ("！？、 ", "输入要查找的字词"),
        ("量子计算", "没有找到“量子计算”"),
        ("<img src=x onerror=alert(1)>", "没有找到“<img src=x onerror=alert(1)>”"),
        ("工会" * 100, "没有找到“工会工会"),
        ("工会" * 200, "检索词过长"),
    ],
)
def test_odd_queries_get_an_answer_and_never_break_the_page(
    page: Any, site: Path, query: str, message: str
) -> None:
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("dialog", lambda dialog: errors.append(dialog.message))
    page.goto("search/?q=" + urllib.parse.quote(query))
    page.wait_for_selector(DONE, state="attached")
    assert message in summary(page)
    assert page.locator(f"{RESULTS} img, {RESULTS} script, [data-search-summary] *").count() == 0
    assert not errors


def test_the_browser_reads_queries_as_the_python_twin_does(page: Any, site: Path) -> None:
    vocabulary = Vocabulary.of_bundle(site / "search")
    queries = [
        PHRASE,
        TRADITIONAL,
        "  新就业 形态 ",
        "工会，法院！",
        "ＡＰＰ１２",
        "顯著",
        "工",
        "",
        "量子",
        "工会" * 200,
    ]
    page.goto("search/")
    for query in queries:
        js = page.evaluate("q => window.UnionSearch.normalise(q)", query)
        py = read_query(query, vocabulary)
        assert (js["status"], "".join(js["chars"])) == (py.status.value, py.chars), query
        assert tuple(js["alternatives"]) == py.alternatives, query
        assert js["clipped"] == py.clipped, query
        assert tuple(js["open"]) == py.open, query


def test_a_match_never_runs_through_sentence_punctuation(page: Any, site: Path) -> None:
    search(page, "作用通过")  # the text has 作用。通过 (a full stop between)
    assert summary(page).startswith("没有找到") and not occurrences(site, "作用通过")
    for typed in ("作用。通过", "作用，通过", "作用 通过"):  # a mark or space typed finds it
        search(page, typed)
        assert summary(page) == "1 处，1 篇"
        assert page.locator(".search-kwic mark").inner_text() == "作用。通过"
    page.locator(".search-hit a").first.click()  # and the point marks it on arrival
    expect(page.locator("mark.hl").first).to_be_visible()
    assert "".join(page.locator("mark.hl").all_inner_texts()) == "作用。通过"
    search(page, "劳模精神劳动精神")  # the enumeration comma may stand inside a match
    truth = occurrences(site, "劳模精神劳动精神")
    assert len(truth) == 4
    assert summary(page) == f"{sum(map(len, truth.values()))} 处，4 篇"


def test_search_finds_exactly_the_ctrl_f_positions(page: Any, site: Path) -> None:
    page.goto("search/")
    for phrase in ("工会", "工会工作", "职工群众", "五个坚决", "推动工会工作高质量发展"):
        truth = occurrences(site, phrase)
        result = page.evaluate(
            "async q => (await window.UnionSearch.search(q, {describe: false, slugs: true}))"
            ".documents.map(d => [d.slug, d.count])",
            phrase,
        )
        assert dict(result) == {slug: len(hits) for slug, hits in truth.items()}, phrase


@pytest.mark.parametrize(
    "phrase",
    [
        "旗帜鲜明讲政治",  # a level-2 heading
        "深入学习宣传贯彻党的二十大精神",  # the start of a numbered heading
        "在全总十七届六次执委会议上的讲话",  # a title from the catalogue
        "不断开创党的工运事业",  # a kicker
        "吴明明",  # a byline
        "全*职工",  # a redaction, typed as such
        "全职工",  # not a phrase of the text: a character is hidden there
    ],
)
def test_headings_header_lines_and_redactions_are_searched_like_the_text(
    page: Any, site: Path, phrase: str
) -> None:
    truth = occurrences(site, phrase)
    page.goto("search/")
    result = page.evaluate(
        "async q => (await window.UnionSearch.search(q, {describe: false, slugs: true}))"
        ".documents.map(d => [d.slug, d.count])",
        phrase,
    )
    assert dict(result) == {slug: len(hits) for slug, hits in truth.items()}
    assert bool(truth) is (phrase != "全职工")


def test_the_page_highlights_exactly_what_search_indexes(page: Any, site: Path) -> None:
    """The elements highlight.js looks in (data-find) hold, in order, the texts search indexed."""
    for text_file in sorted((site / "search" / "text").glob("*.json")):
        indexed = json.loads(text_file.read_text("utf-8"))
        page.goto(f"d/{indexed['slug']}/")
        shown = page.evaluate(
            """() => Array.from(document.querySelectorAll("[data-find]"), (el) => {
                 const copy = el.cloneNode(true);
                 copy.querySelectorAll("[data-pagefind-ignore], button").forEach((n) => n.remove());
                 return copy.textContent;
               })"""
        )
        assert [fold(text) for text in shown] == [fold(block[3]) for block in indexed["blocks"]]


def test_slash_and_ctrl_k_focus_the_search_page_s_own_box(page: Any, site: Path) -> None:
    page.goto("search/?q=" + urllib.parse.quote("工会"))
    page.wait_for_selector(DONE, state="attached")
    page.locator("h1").click()
    page.keyboard.press("/")
    expect(page.locator("#search-q")).to_be_focused()
    page.locator("h1").click()
    page.keyboard.press("Control+k")
    expect(page.locator("#search-q")).to_be_focused()


def test_search_never_leaves_the_site(page: Any, site: Path, server: SiteServer) -> None:
    search(page, PHRASE)
    assert page.requests and all(url.startswith(server.url) for url in page.requests)


def test_pagefind_reads_its_index_in_its_worker_not_on_the_page_s_thread(page: Any) -> None:
    """A word on most pages kept Pagefind's WebAssembly busy on the page's thread for 0.4 s on a
    phone (Lighthouse on 1,000 documents): the page now loads Pagefind's worker, which fetches
    the WebAssembly and the index chunks itself (the page's own resource list holds neither)."""
    search(page, PHRASE)
    assert summary(page).endswith("篇")
    fetched = page.evaluate(
        "() => performance.getEntriesByType('resource').map(r => new URL(r.name).pathname)"
    )
    assert any(path.endswith("/pagefind-worker.js") for path in fetched)
    assert not any(path.endswith((".pagefind", ".pf_index")) for path in fetched), fetched
