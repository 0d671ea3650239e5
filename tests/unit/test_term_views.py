"""A term's page and the term index, from the link stage's results."""

from __future__ import annotations

import re
from pathlib import Path

from unionreader.documents import SiteSettings, renderer, site_key
from unionreader.link.links import LISTED, link_collection
from unionreader.link.term_config import TermsConfig
from unionreader.link.texts import LinkText, Unit
from unionreader.term_views import MORE_DOCUMENTS

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"


def _texts(uses: list[int]) -> list[LinkText]:
    texts = []
    for i, n in enumerate(uses):
        units = [Unit(f"s1-p{j}", f"第{j}段，坚决做到两个维护。") for j in range(n)]
        date = f"{2020 + i // 300}-{i // 28 % 12 + 1:02d}-{i % 28 + 1:02d}"
        texts.append(LinkText.of(f"d{i}", f"文献{i}", date, units))
    return texts


def _page(uses: list[int]) -> str:
    links = link_collection(_texts(uses), TermsConfig())
    term = next(t for t in links.terms if t.text == "两个维护")
    documents = {doc: links.documents[doc] for doc, _ in term.counts}
    site = SiteSettings(TEMPLATES, None, site_key("test", None))
    return renderer(site).term(term, documents).decode("utf-8")


def test_a_term_page_shows_every_use_in_context_grouped_by_document_in_date_order() -> None:
    page = _page([3, 1, 2])
    assert page.count("<mark>两个维护</mark>") == 6
    titles = re.findall(r"《(文献\d)》</a>", page)
    assert titles == ["文献0", "文献1", "文献2"]
    assert "共 <strong>6</strong> 次，见于 <strong>3</strong> 篇文献" in page
    assert 'href="../../d/d0/?hl=两个维护#s1-p0"' in page
    assert "另有" not in page


def test_a_long_list_stops_showing_contexts_and_counts_the_rest_per_document() -> None:
    page = _page([150, 150, 20])
    assert page.count("<mark>两个维护</mark>") == LISTED
    assert "另有 100 处：在文中逐一标出" in page  # the second document: 50 shown of 150
    assert re.search(r"《文献2》</a>2020-01-03，20 处</li>", page)  # the third: none shown
    assert 'href="../../d/d2/?hl=两个维护#s1-p0"' in page
    assert f"按日期列出前 {LISTED} 处的上下文" in page


def test_a_term_used_in_very_many_documents_names_some_and_counts_the_rest() -> None:
    page = _page([LISTED] + [1] * (MORE_DOCUMENTS + 50))
    assert page.count("<mark>两个维护</mark>") == LISTED
    assert page.count(" 处</li>") == MORE_DOCUMENTS
    assert "另有 50 篇文献用到，共 50 处" in page and "../../data/terms.json" in page


def test_the_chart_keeps_to_sixty_bars_and_says_the_same_in_words() -> None:
    page = _page([1] * 130)
    assert page.count("<rect") == 44  # 130 documents, three to a bar
    assert "共出现 130 次，见于 130 篇文献" in page
