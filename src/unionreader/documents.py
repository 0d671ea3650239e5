"""One document's share of the build, done in a worker process.

`make_record` takes a seed through reading, normalisation and structure, writes the document's
own files into the build's staging folder (its notes page, Markdown and plain-text exports and
raw seed), keeps the document in the build cache for later renders, and returns its
`DocumentRecord`: the card, the search entry (with the search text, whose name depends on the
document's place in reading order), its part of corpus.json and what the link stage reads of
it, which the rest of the build works from. `make_files` writes chosen files of a document
from the document: its page once its links and its neighbours in reading order are known, or
any file that has to be written again.

Each file has an identity, a hash of everything it is made from (`identities`): equal identities
mean equal bytes, so a file is written only when its identity is not what the site holds.
"""

from __future__ import annotations

import functools
import logging
import pickle
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from isal import isal_zlib

from unionreader import urls
from unionreader.cache import DOCUMENTS_SHELF, Shelf, code_version, digest
from unionreader.cards import DocRef, DocumentCard, card
from unionreader.edition.readings import in_title, on_page, readings_of
from unionreader.errors import UnionReaderError, raise_together
from unionreader.export import corpus_entry, to_markdown, to_plain_text
from unionreader.link.links import DocLinks
from unionreader.link.texts import LinkText, link_text
from unionreader.model import (
    NO_READINGS,
    Document,
    Line,
    NormalText,
    RawText,
    Readings,
    Script,
    Seed,
    SeedMeta,
)
from unionreader.render import RenderConfig, Renderer
from unionreader.search.records import SearchEntry, search_document, search_entry, text_json
from unionreader.write import Twins, stage, stage_alone

if TYPE_CHECKING:
    from unionreader.pipeline import BuildConfig

logger = logging.getLogger(__name__)


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


def site_settings(config: BuildConfig, templates: str) -> SiteSettings:
    """The settings of a build of `config` (`templates`: the templates' digest)."""
    key = site_key(templates, config.base_url)
    return SiteSettings(config.templates_dir, config.base_url, key)


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
    search: SearchEntry  # its text (`packed`) is dropped once written
    corpus_part: bytes  # its part of corpus.json, `packed`
    text: bytes  # its `LinkText` pickled and `packed` (what the link stage reads)
    model: bytes = b""  # the document pickled and `packed`, when just built (then shelved)
    readings: Readings = NO_READINGS  # how its Traditional source spells it (its edition's files)
    title_readings: Readings = NO_READINGS  # what they change in its title (`in_title`)

    def page_key(self, site: SiteSettings, links: DocLinks) -> str:
        """The cache key of its unlinked page (with these links)."""
        return digest(self.key, site.key, links.digest, "page")

    @property
    def search_identity(self) -> str:
        """The identity of its search text (whatever its place in reading order)."""
        return digest(self.key, "search")

    def identities(self, place: Placement, site: SiteSettings, links: DocLinks) -> dict[str, str]:
        """Site path → identity of each file of the document (placed in reading order, with
        its links)."""
        assert place.text_path is not None
        slug = self.card.slug
        refs = [str(place.before is None), str(place.after is None)]
        for ref in (place.before, place.after):
            refs += [ref.slug, ref.title] if ref else ["", ""]
        return {
            urls.document_path(slug): digest(self.key, site.key, links.digest, *refs),
            urls.notes_path(slug): digest(self.key, site.key, "notes"),
            urls.data_path(f"{slug}.md"): digest(self.key, "md"),
            urls.data_path(f"{slug}.txt"): digest(self.key, "txt"),
            place.text_path: self.search_identity,
            urls.raw_seed_path(place.seed.name): place.seed_digest,
        }


def load_document(seed: Seed) -> Document:
    """One seed through reading, normalisation and structure; a seed written in Traditional
    script with the readings its edition follows (`edition.readings`)."""
    read_source, normalise, parse_document = load_readers()
    text = normalise(read_source(seed))
    doc = parse_document(text)
    if doc.meta.original_script is not Script.TRADITIONAL or text.converted is None:
        return doc
    return replace(doc, readings=readings_of(text.converted.written, text.converted.simplified))


@functools.cache
def load_readers() -> tuple[
    Callable[[Seed], RawText], Callable[[RawText], NormalText], Callable[[NormalText], Document]
]:
    """What reads a seed (`load_document`), imported when first needed: a rebuild's own
    process reads no seed when its few are read apart (`fresh`). A build that gives many to
    its workers imports it first, so that they share it (each importing its own took the peak
    memory of a cold build of 1,000 documents: `python bench/build.py --against`, 516–519 MB
    against 470–504 MB)."""
    from unionreader.normalise.chain import normalise
    from unionreader.sources import read_source
    from unionreader.structure import parse_document

    return read_source, normalise, parse_document


WARM_UP = """关于做好新时代工会工作的讲话
（2024年5月1日）
同志们：
一、深刻认识工会工作的重要意义
（一）坚持正确政治方向。各级工会要把“娘家人”的责任扛在肩上，全心全意为职工群众服务。
二、推动產業工人隊伍建設改革
1．加强组织建设，扩大覆盖面。
"""
"""A short text made into a document by `warm_up`: a title, a date, headings, numbered points,
quotes and a few Traditional characters, so that the tables the normaliser makes when first
asked are made."""


def warm_up() -> None:
    """Load what makes a document, and what it makes when first used, by making one from a
    short text (`WARM_UP`): a process that will make documents does it while it waits for
    them (`fresh.Ready`)."""
    _, normalise, parse_document = load_readers()
    seed = Seed(Path("warm-up.txt"), "warm-up", SeedMeta(), catalogued=False)
    lines = tuple(Line(number, text) for number, text in enumerate(WARM_UP.splitlines(), 1))
    quiet = logging.root.manager.disable
    logging.disable(logging.CRITICAL)  # what the normaliser says of this text is no one's news
    try:
        doc = parse_document(normalise(RawText(seed, "utf-8", lines)))
        search_entry(doc)
        link_text(doc)
    finally:
        logging.disable(quiet)


def _makers(doc: Document, place: Placement, site: SiteSettings) -> dict[str, Callable[[], bytes]]:
    """How to make the document's files but its page (`make_files` links that); its search text
    only once it is placed in reading order."""
    pages = renderer(site)
    slug = doc.slug
    makers: dict[str, Callable[[], bytes]] = {
        urls.notes_path(slug): lambda: pages.notes(doc).content,
        urls.data_path(f"{slug}.md"): lambda: to_markdown(doc).encode("utf-8"),
        urls.data_path(f"{slug}.txt"): lambda: to_plain_text(doc).encode("utf-8"),
        urls.raw_seed_path(place.seed.name): place.seed.path.read_bytes,
    }
    if place.text_path is not None:
        makers[place.text_path] = lambda: text_json(search_document(doc))
    return makers


@dataclass(frozen=True)
class DocumentTask:
    """A seed to build (picklable, for a worker process)."""

    key: str
    place: Placement
    staging: Path
    site: SiteSettings


Made = tuple[DocumentRecord, list[tuple[str, Readings]]]
"""A document's record, and the paths of its files whose Traditional copies are still to make."""


@dataclass(frozen=True)
class Failed:
    """A seed that could not be built, and why: the build goes on through the other seeds so
    as to report every such seed at once (`built`), then stops with nothing written."""

    error: UnionReaderError


def try_record(task: DocumentTask) -> Made | Failed:
    """`make_record`, or the error that names the seed when it cannot be built."""
    try:
        return make_record(task)
    except UnionReaderError as error:
        return Failed(error)


def built(made: list[Made | Failed]) -> list[Made]:
    """`made`, when every document was built; else the errors of all that were not, raised
    together (`errors.raise_together`)."""
    raise_together([one.error for one in made if isinstance(one, Failed)])
    return [one for one in made if not isinstance(one, Failed)]


def document_task(
    key: str, seed: Seed, seed_digest: str, staging: Path, site: SiteSettings
) -> DocumentTask:
    """Making the document of `seed` (the hash of its bytes: `seed_digest`; its key: `key`)."""
    return DocumentTask(key, Placement(seed, seed_digest), staging, site)


def make_record(task: DocumentTask) -> Made:
    """Build one document: stage the files that do not depend on its place in reading order
    or on the other documents, and return its record, with the document to keep, and the
    paths of those files whose copies in the Traditional edition are still to be made, with
    its readings (`write.stage_twins`: the build has them made while it works out the links)."""
    doc = load_document(task.place.seed)
    twins = []
    for path, make in _makers(doc, task.place, task.site).items():
        stage_alone(task.staging, path, make())
        twins += [(path, doc.readings)] if urls.twinned(path) else []
    entry = search_entry(doc)
    record = DocumentRecord(
        task.key,
        card(doc),
        replace(entry, text=packed(entry.text)),
        packed(corpus_entry(doc)),
        packed(pickle.dumps(link_text(doc), pickle.HIGHEST_PROTOCOL)),
        model=packed(pickle.dumps(doc, pickle.HIGHEST_PROTOCOL)),
        readings=doc.readings,
        title_readings=in_title(doc.meta.title, doc.readings),
    )
    return record, twins


def link_text_of(record: DocumentRecord) -> LinkText:
    """A record's `LinkText`."""
    text: LinkText = pickle.loads(unpacked(record.text))
    return text


def packed(data: bytes) -> bytes:
    """Bytes a record carries or the cache keeps, compressed (fast, not small: a build holds a
    document's page, text and export part from when it is made until they are written). ISA-L's
    level 2 (zlib's format) packs as tightly as zlib's level 1 to within 3% in a quarter of its
    time, and unpacks in half (`python bench/gzip_levels.py --records`)."""
    return isal_zlib.compress(data, PACK_LEVEL)


PACK_LEVEL = 2


def unpacked(data: bytes) -> bytes:
    return isal_zlib.decompress(data)


@dataclass(frozen=True)
class FilesTask:
    """Files of a built document to write again, from the document kept on the shelf at
    `shelf` (a path: the task runs in a worker process)."""

    record: DocumentRecord
    place: Placement
    links: DocLinks
    paths: frozenset[str]
    shelf: Path
    staging: Path
    site: SiteSettings
    model: bytes = b""  # the document, when it was just built (not yet on the shelf)
    titles: Readings = NO_READINGS  # of the other documents' titles its page shows


def make_files(task: FilesTask, twins: Twins | None = None) -> bytes | None:
    """Stage the files `task` asks for (their Traditional copies into `twins` if given, else
    now); the document's unlinked page if it was rendered."""
    data = task.model or _shelf(task.shelf).get(task.record.key)
    if data is None:
        raise LookupError(f"{task.record.card.slug}: its document is missing from the cache")
    doc: Document = pickle.loads(unpacked(data))
    makers = _makers(doc, task.place, task.site)
    page = urls.document_path(doc.slug)
    for path in sorted(task.paths - {page}):
        stage(task.staging, path, makers[path](), twins, doc.readings)
    if page not in task.paths:
        return None
    pages = renderer(task.site)
    unlinked = pages.unlinked(doc, task.links)
    place = task.place
    linked = pages.link(unlinked, doc.slug, place.before, place.after)
    stage(task.staging, page, linked, twins, on_page(doc.readings, task.titles))
    return packed(unlinked)


def make_files_of(tasks: list[FilesTask]) -> list[bytes | None]:
    """`make_files` of each task of a batch (a worker's), their Traditional copies made
    together."""
    twins = Twins()
    made = [make_files(task, twins) for task in tasks]
    twins.stage()
    return made


@functools.cache
def _shelf(path: Path) -> Shelf:
    """The documents shelf, opened once per worker process."""
    return Shelf(path, DOCUMENTS_SHELF)


@functools.cache
def renderer(site: SiteSettings) -> Renderer:
    """One renderer per process and site (templates are parsed once)."""
    return Renderer(site.render)
