"""Terms and related passages of the seeds, end to end: the published counts are the exact
substring counts of the normalised text, the top 30 terms are the reviewed list, and every
page and data file agrees."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from helpers import Golden
from paths import GOLDEN, SEEDS

from unionreader.catalog import load_catalog
from unionreader.documents import load_document
from unionreader.link.texts import LinkText, link_text

TOP = 30


@pytest.fixture(scope="module")
def texts() -> dict[str, LinkText]:
    docs = (load_document(seed) for seed in load_catalog(SEEDS))
    return {doc.slug: link_text(doc) for doc in docs}


def _terms(site: Path) -> list[dict[str, object]]:
    data: list[dict[str, object]] = json.loads((site / "data/terms.json").read_text("utf-8"))
    return data


def test_every_count_is_the_exact_substring_count_of_the_normalised_text(
    site: Path, texts: dict[str, LinkText]
) -> None:
    terms = _terms(site)
    assert len(terms) > 50
    for term in terms:
        text = str(term["term"])
        per_document = {
            slug: sum(unit.text.count(text) for unit in linked.units)
            for slug, linked in texts.items()
        }
        expected = {slug: n for slug, n in per_document.items() if n}
        documents = term["documents"]
        assert isinstance(documents, list)
        assert {d["slug"]: d["count"] for d in documents} == expected, text
        assert term["count"] == sum(expected.values()) == len(term["occurrences"])  # type: ignore[arg-type]


def test_every_occurrence_points_at_its_text(site: Path, texts: dict[str, LinkText]) -> None:
    for term in _terms(site):
        for place in term["occurrences"]:  # type: ignore[attr-defined]
            units = {unit.id: unit.text for unit in texts[place["doc"]].units}
            start = place["start"]
            assert units[place["block"]][start : start + len(str(term["term"]))] == term["term"]


def test_each_term_page_shows_the_counts_of_terms_json(site: Path) -> None:
    for term in _terms(site):
        page = (site / "terms" / str(term["slug"]) / "index.html").read_text("utf-8")
        facts = re.search(r"共 <strong>(\d+)</strong> 次，见于 <strong>(\d+)</strong> 篇", page)
        assert facts, term["slug"]
        assert int(facts.group(1)) == term["count"]
        assert int(facts.group(2)) == len(term["documents"])  # type: ignore[arg-type]
        assert page.count("<mark>") == term["count"]


def test_the_top_terms_of_the_seeds_are_the_reviewed_list(site: Path, golden: Golden) -> None:
    top = [f"{t['count']}\t{len(t['documents'])}\t{t['term']}" for t in _terms(site)[:TOP]]  # type: ignore[arg-type]
    golden.check(GOLDEN / "terms" / "seeds-top30.tsv", "\n".join(top) + "\n")


def test_suppressed_terms_stay_out(site: Path) -> None:
    found = {t["term"] for t in _terms(site)}
    assert "习近平总书记" not in found  # seeds/terms.toml suppresses it
    assert not any(str(t).startswith(("的", "和")) or str(t).endswith("的") for t in found)


def test_related_passages_are_shared_text_of_both_documents(
    site: Path, texts: dict[str, LinkText]
) -> None:
    related = json.loads((site / "data/related.json").read_text("utf-8"))
    assert related
    for item in related:
        here = {unit.id: unit.text for unit in texts[item["doc"]].units}[item["block"]]
        there = {unit.id: unit.text for unit in texts[item["other"]].units}[item["other_block"]]
        assert item["doc"] != item["other"]
        assert item["shared"] in there
        han = re.sub(r"[^\u3400-\u9fff]", "", here[item["start"] : item["end"]])
        assert han == re.sub(r"[^\u3400-\u9fff]", "", item["shared"]) or item["characters"] < len(
            han
        )


def test_a_document_page_links_its_terms_and_shows_its_related_passages(site: Path) -> None:
    page = (site / "d/quanzong-zhiwei-2022/index.html").read_text("utf-8")
    assert re.search(r'<a class="term" href="\.\./\.\./terms/两个维护/">两个维护</a>', page)
    assert "相关段落（" in page and "本文提法" in page and "与其他文献的共同文字" in page
    index = (site / "terms/index.html").read_text("utf-8")
    assert index.count("<li data-pinyin=") == len(_terms(site))


def test_the_terms_do_not_hang_on_the_order_of_the_documents(texts: dict[str, LinkText]) -> None:
    """A catalogue date that changes the reading order changes no term: each ordering of the
    seeds finds the same terms, with the same counts (ties are broken by what the texts hold,
    not by where they stand)."""
    import random

    from unionreader.link.collection import Collection
    from unionreader.link.term_config import read_terms_config
    from unionreader.link.terms import find_terms

    config = read_terms_config(SEEDS)
    ordered = list(texts.values())
    orders = [
        ordered,
        ordered[::-1],
        *(random.Random(n).sample(ordered, len(ordered)) for n in range(4)),
    ]
    found = [
        {(t.text, t.count, t.documents) for t in find_terms(Collection.of(order), config)}
        for order in orders
    ]
    assert all(terms == found[0] for terms in found[1:])
