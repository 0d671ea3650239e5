"""The site's files about terms and related passages: a page per term (made in worker processes
when there are many), the term index, `data/terms.json` and `data/related.json`.

Each file's identity is a hash of what it shows, so a rebuild writes only the term pages whose
term changed.
"""

from __future__ import annotations

import json
import logging
import pickle
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import partial

from unionreader import urls
from unionreader.cache import digest
from unionreader.cards import DocRef
from unionreader.documents import SiteSettings, renderer
from unionreader.link.links import IndexedTerm, Links, Term
from unionreader.write import Job, SiteFile

logger = logging.getLogger(__name__)

TERMS_JSON = "terms.json"
RELATED_JSON = "related.json"


@dataclass(frozen=True)
class TermTask:
    """A term page to render (picklable, for a worker process)."""

    site: SiteSettings
    term: Term
    documents: dict[int, DocRef]  # by index into the collection's documents


def render_term(task: TermTask) -> bytes:
    return renderer(task.site).term(task.term, task.documents)


@dataclass(frozen=True)
class IndexTask:
    """The term index to render (in a worker process: pinyin takes a while)."""

    site: SiteSettings
    terms: tuple[IndexedTerm, ...]


def render_index(task: IndexTask) -> bytes:
    return renderer(task.site).term_index(task.terms)


def term_files(site: SiteSettings, links: Links) -> list[SiteFile]:
    """The files about terms. A term page's identity is a hash of what it shows
    (`_term_identity`): a rebuild writes only the pages whose term changed, and an edit rarely
    changes most terms it holds."""
    refs = ["\0".join((ref.slug, ref.title, ref.date or "")) for ref in links.documents]
    files = []
    for term in links.terms:
        documents = _named(links, term)  # only the documents it names travel with the task
        task = TermTask(site, term.shown, documents)
        identity = _term_identity(site, term, refs)
        path = urls.term_path(term.slug)
        files.append(SiteFile(path, identity, partial(render_term, task), Job(render_term, task)))
    listed = IndexTask(site, tuple(term.indexed for term in links.terms))
    index = digest(site.key, pickle.dumps(listed.terms, pickle.HIGHEST_PROTOCOL))
    make = partial(render_index, listed)
    files.append(SiteFile(urls.TERMS, index, make, Job(render_index, listed)))
    terms = partial(terms_data, links)
    files.append(SiteFile(urls.data_path(TERMS_JSON), _terms_data_identity(site, links), terms))
    related_json = related_data(links)
    files.append(SiteFile(urls.data_path(RELATED_JSON), digest(related_json), lambda: related_json))
    return files


def _terms_data_identity(site: SiteSettings, links: Links) -> str:
    """A hash of all `terms_data` writes (and of the code that writes it: `site.key`), from
    the arrays of the occurrences rather than the JSON, which is made only when the file is
    written (every occurrence of every term, which a rebuild seldom changes)."""
    parts: list[bytes | str] = [site.key, *(ref.slug for ref in links.documents)]
    parts += ["\1".join(anchors) for anchors in links.anchors]
    for term in links.terms:
        places = term.places
        if places is None:
            raise ValueError(f"{term.text}: its occurrences were left out")
        counts = " ".join(f"{doc}:{count}" for doc, count in term.counts)
        parts += [term.text, term.slug, str(term.count), counts]
        parts += [places.docs.tobytes(), places.units.tobytes(), places.starts.tobytes()]
    return digest(*parts)


def _term_identity(site: SiteSettings, term: Term, refs: Sequence[str]) -> str:
    """A hash of all a term's page shows: the term, its counts, the occurrences it quotes
    and what their contexts are cut from (`Quotes.identity`: the contexts are made only for
    a page that is written), and for each document it is used in its first use and its slug,
    title and date (`refs`, in reading order)."""
    counts = " ".join(f"{doc}:{count}" for doc, count in term.counts)
    named = "\1".join(refs[doc] for doc, _ in term.counts)
    fields = "\0".join((term.text, term.slug, term.source, *term.variants))
    quoted = term.quotes.identity
    return digest(site.key, fields, str(term.count), counts, quoted, "\0".join(term.firsts), named)


def _named(links: Links, term: Term) -> dict[int, DocRef]:
    """The documents the term is used in, by index."""
    return {doc: links.documents[doc] for doc, _ in term.counts}


def terms_data(links: Links) -> bytes:
    """`data/terms.json`: every term with its counts and occurrences (see the README). Written
    a line per term, from JSON strings made once per document and anchor (a term may have
    thousands of occurrences)."""
    slugs = [_json(ref.slug) for ref in links.documents]
    anchors: dict[str, str] = {}
    lines = []
    for term in links.terms:
        head = _json({"term": term.text, "slug": term.slug, "count": term.count})[:-1]
        documents = ",".join(
            f'{{"slug":{slugs[doc]},"count":{count}}}' for doc, count in term.counts
        )
        occurrences = ",".join(
            f'{{"doc":{slugs[doc]},"block":{_anchor(anchors, unit)},"start":{start}}}'
            for doc, unit, start in _occurrences(links, term)
        )
        lines.append(f'{head},"documents":[{documents}],"occurrences":[{occurrences}]}}')
    return _lines(lines)


def _occurrences(links: Links, term: Term) -> Iterator[tuple[int, str, int]]:
    """Each occurrence of a term: document index, unit anchor, offset."""
    places = term.places
    if places is None:
        raise ValueError(f"{term.text}: its occurrences were left out")
    anchors = links.anchors
    for doc, unit, start in zip(
        places.docs.tolist(), places.units.tolist(), places.starts.tolist(), strict=True
    ):
        yield doc, anchors[doc][unit], start


def _anchor(known: dict[str, str], unit: str) -> str:
    found = known.get(unit)
    if found is None:
        found = known[unit] = _json(unit)
    return found


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def related_data(links: Links) -> bytes:
    """`data/related.json`: every related passage, once from each side (see the README)."""
    data = []
    for ref, page in zip(links.documents, links.pages, strict=True):
        for item in page.related:
            data.append(
                {
                    "doc": ref.slug,
                    "block": item.unit,
                    "start": item.start,
                    "end": item.end,
                    "other": item.other.slug,
                    "other_block": item.other_unit,
                    "shared": item.context.text,
                    "characters": item.shared,
                }
            )
    return _json_lines(data)


def _json_lines(items: list[dict[str, object]]) -> bytes:
    """A JSON array with one item per line (compact, and readable in a diff)."""
    return _lines([_json(item) for item in items])


def _lines(lines: list[str]) -> bytes:
    return ("[\n" + ",\n".join(lines) + "\n]\n").encode("utf-8")
