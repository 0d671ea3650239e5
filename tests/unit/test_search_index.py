from __future__ import annotations

import gzip
import json
from dataclasses import replace
from pathlib import Path

from helpers import normal_text
from markdown_it import MarkdownIt
from paths import ROOT

from unionreader.corpus import Corpus, link_corpus
from unionreader.model import Facts
from unionreader.pages import SiteContext
from unionreader.render import environment, render_template
from unionreader.search.index import UNUSED_ASSETS, write_search_index
from unionreader.search.page import search_page
from unionreader.structure import parse_document


def _corpus() -> Corpus:
    speech = parse_document(
        normal_text("一、部署工作\n一要抓落实。\n二要强作风。", Facts(title="讲话"))
    )
    article = parse_document(
        normal_text("推动工会工作高质量发展。", Facts(title="文章"), name="a.txt")
    )
    return link_corpus([speech, replace(article, slug="a")])


def test_the_bundle_holds_pagefind_the_data_and_one_text_per_document(tmp_path: Path) -> None:
    corpus = _corpus()
    report = write_search_index(corpus, tmp_path)
    search = tmp_path / "search"
    assert (search / "pagefind" / "pagefind.js").is_file()
    assert list((search / "pagefind").glob("wasm.*.pagefind"))
    assert not any((search / "pagefind" / name).exists() for name in UNUSED_ASSETS)
    data = json.loads((search / "data.json").read_text("utf-8"))
    assert [row[0] for row in data["documents"]] == [d.slug for d in corpus.documents]
    for slug, *_, record in data["documents"]:
        fragment = search / "pagefind" / "fragment" / f"{record}.pf_fragment"
        content = json.loads(gzip.decompress(fragment.read_bytes())[12:])
        assert content["url"] == f"d/{slug}/"
        assert (search / "text" / f"{slug}.json").is_file()
    assert data["width"] == 1 and set(data["chars"]) >= set("工会作")
    # title, heading and points of the speech; title and text of the article
    assert report.documents == 2 and report.characters == (2 + 5 + 5 + 5) + (2 + 11)
    assert report.bundle_bytes > report.index_bytes > 0


def test_the_search_page_renders_with_its_hooks(tmp_path: Path) -> None:
    view = search_page(SiteContext(None, MarkdownIt()), _corpus())
    assert view.data_href == "data.json" and view.bundle_href == "pagefind/"
    assert view.script_href == "../static/search.js" and view.page.root == "../"
    templates = ROOT / "templates"
    html = render_template(environment(templates), templates, "search.html", view).decode()
    assert 'data-search-results data-state="idle"' in html
    assert 'name="q"' in html and 'data-data="data.json"' in html
    assert "../static/search.js" in html and 'href="?q=' in html
