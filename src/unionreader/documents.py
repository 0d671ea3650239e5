"""One document's share of the build, done in a worker process.

`make_record` takes a seed through reading, normalisation and structure, writes the document's
own files into the build's staging folder (its notes page, Markdown and plain-text exports and
raw seed), keeps the document in the build cache for later renders, and returns its
`DocumentRecord`: the card, the search entry (with the search text, whose name depends on the
document's place in reading order) and its part of corpus.json, which the rest of the build
works from. `make_files` writes chosen files of a document from the kept document: its
page once its neighbours in reading order are known, or any file that has to be written again.

Each file has an identity, a hash of everything it is made from (`identities`): equal identities
mean equal bytes, so a file is written only when its identity is not what the site holds.
"""

from __future__ import annotations

import functools
import logging
import os
import pickle
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from unionreader import urls
from unionreader.cache import Cache, code_version, digest
from unionreader.cards import DocRef, DocumentCard, card
from unionreader.export import corpus_entry, to_markdown, to_plain_text
from unionreader.model import Document, Seed
from unionreader.normalise.chain import normalise
from unionreader.render import RenderConfig, Renderer
from unionreader.search.records import SearchEntry, search_document, search_entry, text_json
from unionreader.sources import read_source
from unionreader.structure import parse_document
from unionreader.write import stage

logger = logging.getLogger(__name__)

MODELS = "document"
"""Cache entries: each built document, pickled, by its key."""


@dataclass(frozen=True)
class SiteSettings:
    """What every page depends on besides its document: templates and the public address."""

    templates_dir: Path
    base_url: str | None
    key: str  # `site_key`

    @property
    def render(self) -> RenderConfig:
        return RenderConfig(self.templates_dir, self.base_url)


def site_key(templates: str, base_url: str | None) -> str:
    """What pages are made with besides documents: the templates' digest and the base URL."""
    return digest(code_version(), templates, base_url or "")


@dataclass(frozen=True)
class Placement:
    """Where a document stands: its seed; once in reading order, its search text's path and
    its neighbours."""

    seed: Seed
    seed_digest: str
    text_path: str | None = None  # search/text/<n>.json
    before: DocRef | None = None
    after: DocRef | None = None


@dataclass(frozen=True)
class DocumentRecord:
    """A built document as the rest of the build sees it."""

    key: str  # `pipeline.document_key`: the document is kept in the cache under it
    card: DocumentCard
    search: SearchEntry  # its text is dropped once written (the cache keeps the document)
    corpus_part: bytes  # its part of corpus.json

    def identities(self, place: Placement, site: SiteSettings) -> dict[str, str]:
        """Site path → identity of each file of the document (placed in reading order)."""
        assert place.text_path is not None
        slug = self.card.slug
        refs = [str(place.before is None), str(place.after is None)]
        for ref in (place.before, place.after):
            refs += [ref.slug, ref.title] if ref else ["", ""]
        return {
            urls.document_path(slug): digest(self.key, site.key, *refs),
            urls.notes_path(slug): digest(self.key, site.key, "notes"),
            urls.data_path(f"{slug}.md"): digest(self.key, "md"),
            urls.data_path(f"{slug}.txt"): digest(self.key, "txt"),
            place.text_path: digest(self.key, "search"),
            urls.raw_seed_path(place.seed.name): place.seed_digest,
        }


def load_document(seed: Seed) -> Document:
    """One seed through reading, normalisation and structure."""
    return parse_document(normalise(read_source(seed)))


def _makers(doc: Document, place: Placement, site: SiteSettings) -> dict[str, Callable[[], bytes]]:
    """How to make each file of the document (the keys of `DocumentRecord.identities`); its
    page and search text only once it is placed in reading order."""
    pages = renderer(site)
    slug = doc.slug
    makers: dict[str, Callable[[], bytes]] = {
        urls.notes_path(slug): lambda: pages.notes(doc).content,
        urls.data_path(f"{slug}.md"): lambda: to_markdown(doc).encode("utf-8"),
        urls.data_path(f"{slug}.txt"): lambda: to_plain_text(doc).encode("utf-8"),
        urls.raw_seed_path(place.seed.name): place.seed.path.read_bytes,
    }
    if place.text_path is not None:
        page = urls.document_path(slug)
        makers[page] = lambda: pages.document(doc, place.before, place.after).content
        makers[place.text_path] = lambda: text_json(search_document(doc))
    return makers


@dataclass(frozen=True)
class DocumentTask:
    """A seed to build (picklable, for a worker process)."""

    key: str
    place: Placement
    cache: Path
    staging: Path
    site: SiteSettings


def make_record(task: DocumentTask) -> DocumentRecord:
    """Build one document: keep it in the cache, stage the files that do not depend on its
    place in reading order, return its record."""
    doc = load_document(task.place.seed)
    Cache(task.cache).write(MODELS, task.key, pickle.dumps(doc, pickle.HIGHEST_PROTOCOL))
    for path, make in _makers(doc, task.place, task.site).items():
        stage(task.staging, path, make())
    return DocumentRecord(task.key, card(doc), search_entry(doc), corpus_entry(doc))


@dataclass(frozen=True)
class FilesTask:
    """Files of a built document to write again, from the document kept in the cache."""

    record: DocumentRecord
    place: Placement
    paths: frozenset[str]
    cache: Path
    staging: Path
    site: SiteSettings


def make_files(task: FilesTask) -> None:
    """Stage the files `task` asks for."""
    data = Cache(task.cache).read(MODELS, task.record.key)
    if data is None:
        raise LookupError(f"{task.record.card.slug}: its document is missing from the cache")
    doc: Document = pickle.loads(data)
    makers = _makers(doc, task.place, task.site)
    for path in sorted(task.paths):
        stage(task.staging, path, makers[path]())


def has_model(cache: Cache, key: str) -> bool:
    """Whether the cache still holds the document of `key` (and mark it used)."""
    cache.used.setdefault(MODELS, set()).add(key)
    return os.path.isfile(f"{cache.folder}/{MODELS}/{key}")


@functools.cache
def renderer(site: SiteSettings) -> Renderer:
    """One renderer per process and site (templates are parsed once)."""
    return Renderer(site.render)
