from __future__ import annotations

import base64
import json
from dataclasses import replace
from pathlib import Path

import cbor2
import pytest
from helpers import normal_text
from markdown_it import MarkdownIt
from paths import ROOT, SEEDS

from unionreader.cache import Cache
from unionreader.catalog import load_catalog
from unionreader.documents import load_document
from unionreader.model import Facts
from unionreader.pages import SiteContext
from unionreader.render import environment, render_template
from unionreader.search import pagefind_files as files
from unionreader.search import postings_again
from unionreader.search.codes import HAN_FIRST
from unionreader.search.index import search_bundle, text_path
from unionreader.search.page import search_page
from unionreader.search.pagefind_runtime import runtime
from unionreader.search.records import SearchEntry, search_entry
from unionreader.structure import parse_document


def _entries() -> list[SearchEntry]:
    speech = parse_document(
        normal_text("一、部署工作\n一要抓落实。\n二要强作风。", Facts(title="讲话"))
    )
    article = parse_document(
        normal_text("推动工会工作高质量发展。", Facts(title="文章"), name="a.txt")
    )
    return [search_entry(speech), search_entry(replace(article, slug="a"))]


def test_the_bundle_holds_pagefind_s_files_and_the_data_queries_need(tmp_path: Path) -> None:
    entries = _entries()
    bundle = search_bundle(entries, runtime(Cache(tmp_path)))
    made = {file.path: file.make() for file in bundle.files}
    folder = "search/pagefind/"
    assert {folder + name for name in ("pagefind.js", "wasm.unknown.pagefind")} <= set(made)
    entry = json.loads(made[folder + "pagefind-entry.json"])
    meta_id = entry["languages"]["und"]["hash"]
    assert entry["languages"]["und"]["page_count"] == 2
    meta = cbor2.loads(files.unpacked(made[f"{folder}pagefind.{meta_id}.pf_meta"]))
    assert [page for page, _ in meta[1]] == ["und_0", "und_1"]
    # title, heading and points of the speech; title and text of the article
    assert [count for _, count in meta[1]] == [2 + 5 + 5 + 5, 2 + 11]
    chunks = [path for path in made if path.startswith(folder + "index/")]
    assert chunks == [f"{folder}index/{row[2]}.pf_index" for row in meta[2]]
    data = json.loads(made["search/data.json"])
    assert data["kinds"] == ["文章", "讲话"] and data["kind"] == [1, 0]
    assert len(data["chunks"]) == 8 * len(chunks) and len(data["sizes"]) == len(chunks)
    bits = base64.b64decode(data["han"])
    han = {chr(HAN_FIRST + i) for i in range(len(bits) * 8) if bits[i // 8] >> (i % 8) & 1}
    assert {"工", "会", "作", "讲"} <= han and "會" not in han  # the text is Simplified
    titles = json.loads(made["search/titles.json"])
    assert titles == {"titles": ["讲话", "文章"], "slugs": ["t", "a"]}
    variants = json.loads(made["search/variants.json"])["variants"].split()
    assert "會会" in variants and "後后" not in variants  # 后 is not in this collection
    assert bundle.documents == 2 and bundle.characters == 17 + 13


def test_pages_and_texts_are_named_by_their_number_in_reading_order() -> None:
    assert [files.page_id(n) for n in (0, 35, 36, 1000)] == ["und_0", "und_z", "und_10", "und_rs"]
    assert text_path(1000) == "search/text/rs.json"


def test_the_search_page_renders_with_its_hooks() -> None:
    view = search_page(SiteContext(None, MarkdownIt()), 2)
    assert view.data_href == "data.json" and view.bundle_href == "pagefind/"
    assert view.script_href == "../static/search.js" and view.page.root == "../"
    templates = ROOT / "templates"
    html = render_template(environment(templates), templates, "search.html", view).decode()
    assert 'data-search-results data-state="idle"' in html
    assert 'name="q"' in html and 'data-data="data.json"' in html
    assert "../static/search.js" in html and 'href="?q=' in html
    assert "在全部 2 篇文献中查找" in html


def test_keys_found_for_many_documents_at_once_are_each_documents(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    entries = [search_entry(load_document(seed)) for seed in load_catalog(SEEDS)]
    entries += _entries()
    for at_once in (1, 3000, 1 << 20):  # one document a call, a few, all
        monkeypatch.setattr(postings_again, "KEYS_AT_ONCE", at_once)
        found = list(postings_again.entry_keys(entries))
        assert [keys.tolist() for keys in found] == [entry.keys.tolist() for entry in entries]
