"""Term pages' identities (term_pages.py): a page is made again exactly when what it shows
changes."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from unionreader.documents import SiteSettings
from unionreader.link.links import Links, Term, link_collection
from unionreader.link.term_config import TermsConfig
from unionreader.link.texts import LinkText, Unit
from unionreader.term_pages import term_files

PHRASE = "产业工人队伍建设改革"


def _links(*docs: str, titles: tuple[str, ...] = (), last: str = "其他内容。") -> Links:
    """Documents of two paragraphs: each of `docs`, then `last` (the same in all but the
    last document)."""
    names = titles or tuple(f"文献{i}" for i in range(len(docs)))
    texts = [
        LinkText.of(
            f"d{i}", name, None, [Unit("p0", doc), Unit("p1", last if i == 2 else "其他内容。")]
        )
        for i, (doc, name) in enumerate(zip(docs, names, strict=True))
    ]
    return link_collection(texts, TermsConfig(add=(PHRASE,)))


def _identity(links: Links) -> str:
    site = SiteSettings(Path("templates"), None, "site")
    by_path = {f.path: f.identity for f in term_files(site, links)}
    return by_path[f"terms/{PHRASE}/index.html"]


DOCS = (f"推进{PHRASE}。", f"深化{PHRASE}，", f"{PHRASE}要落实。")


def test_the_same_term_in_the_same_documents_has_the_same_identity() -> None:
    assert _identity(_links(*DOCS)) == _identity(_links(*DOCS))


def test_an_edit_away_from_the_term_leaves_its_page_alone() -> None:
    edited = _links(*DOCS, last="另起一段，与此无关的文字。")  # the third document's
    assert _identity(edited) == _identity(_links(*DOCS))


def test_what_the_page_shows_changes_its_identity() -> None:
    base = _identity(_links(*DOCS))
    assert _identity(_links(DOCS[0], "继续" + DOCS[1], DOCS[2])) != base  # a context
    assert _identity(_links(*DOCS, DOCS[0])) != base  # counts
    assert _identity(_links(*DOCS, titles=("甲", "乙", "丙"))) != base  # a title
    links = _links(*DOCS)
    term = next(t for t in links.terms if t.text == PHRASE)
    moved = replace(term, firsts=("p9", *term.firsts[1:]))  # where its first use is linked
    assert _identity(replace(links, terms=(moved,))) != _identity(replace(links, terms=(term,)))
    quotes = term.quotes
    text = quotes.texts[0]
    at = quotes.starts[0]
    other = replace(quotes, texts=(text[: at - 1] + "x" + text[at:], *quotes.texts[1:]))
    quoted = replace(term, quotes=other)  # the text just before the first quoted occurrence
    assert quoted.listed[0].context != term.listed[0].context
    assert _identity(replace(links, terms=(quoted,))) != _identity(replace(links, terms=(term,)))

    def quoting(unit: str) -> Term:
        return replace(term, quotes=replace(quotes, texts=(unit, *quotes.texts[1:])))

    long = text + "另起一句" * 10
    pairs = [(text, text + "。"), (text, long), (long, long + "。"), (long, "又" + long)]
    outcomes = set()
    for one, other in pairs:  # the same page exactly when the same identity
        first, second = quoting(one), quoting(other)
        same = _identity(replace(links, terms=(first,))) == _identity(
            replace(links, terms=(second,))
        )
        assert same == (first.listed == second.listed)
        outcomes.add(same)
    assert outcomes == {True, False}


def _terms_json(links: Links) -> tuple[str, bytes]:
    site = SiteSettings(Path("templates"), None, "site")
    found = next(f for f in term_files(site, links) if f.path == "data/terms.json")
    return found.identity, found.make()


def test_terms_json_has_the_same_identity_exactly_when_it_has_the_same_bytes() -> None:
    """data/terms.json's identity is made from the occurrences, not from the file (made only
    when written): equal files, equal identities; what the file says changed, a new one."""
    cases = [
        _links(*DOCS),
        _links(*DOCS),
        _links(*DOCS, last="另起一段，与此无关的文字。"),  # the file does not change
        _links(DOCS[0], "继续" + DOCS[1], DOCS[2]),  # an occurrence's offset
        _links(*DOCS, DOCS[0]),  # one more occurrence, in one more document
        _links(*DOCS, titles=("甲", "乙", "丙")),  # other titles: the file does not change
    ]
    made = [_terms_json(links) for links in cases]
    for identity, data in made:
        for other_identity, other_data in made:
            assert (identity == other_identity) == (data == other_data)
    assert len({data for _, data in made}) == 3
    renamed = replace(cases[0], anchors=tuple(("q0", "q1") for _ in cases[0].anchors))
    assert _terms_json(renamed)[0] != made[0][0]  # a block's anchor
