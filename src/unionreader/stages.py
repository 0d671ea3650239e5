"""The build's work once its inputs are read (`pipeline.build` imports this only when needed).

- Documents: every seed whose key is not among the last build's records (or whose document the
  cache lost) is built by `documents.make_record`, in worker processes when there are enough;
  it stages its own files as it goes. Once they are in reading order, the search texts of
  the documents built now are given to the workers (with the Traditional copies of their notes
  pages and downloads) while this process works out the search index and the links.
- Pages: documents in reading order. Each file of a document has an identity (its page's takes
  in the neighbours' slugs and titles); the files whose identity the site does not hold are
  made again (`documents.make_files_of`, in workers), while this process makes the search index,
  the pages about the whole collection and corpus.json, and stages those that changed.
- Commit: the staged files go into the site, which then holds exactly what a build from scratch
  would make (`write`); the records are kept for the next build.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import logging
import os
import pickle
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import Any, BinaryIO, TypeVar

from unionreader import urls
from unionreader.assets import minified
from unionreader.cache import (
    DOCUMENTS_SHELF,
    RECORDS_SHELF,
    UNPICKLING_ERRORS,
    Cache,
    Shelf,
    digest,
)
from unionreader.cards import DocRef, in_reading_order, reviews
from unionreader.documents import (
    DocumentRecord,
    DocumentTask,
    Failed,
    FilesTask,
    Made,
    Placement,
    SiteSettings,
    built,
    document_task,
    link_text_of,
    load_readers,
    make_files_of,
    renderer,
    site_settings,
    try_record,
    unpacked,
)
from unionreader.edition.readings import merged, on_page
from unionreader.edition.script import prepare as prepare_conversion
from unionreader.errors import BuildError
from unionreader.export import CORPUS_FILE, write_corpus
from unionreader.fresh import Started, to_make
from unionreader.inputs import Inputs
from unionreader.link.links import DocLinks, Links, link_collection, passages_of
from unionreader.link.related import Passage
from unionreader.link.repeats_again import RepeatsMemo, RepeatsState
from unionreader.link.texts import LinkText
from unionreader.model import NO_READINGS, Reading, Readings
from unionreader.pipeline import RECORDS, BuildConfig, BuildReport, load, save
from unionreader.progress import Progress
from unionreader.search.index import SearchBundle, search_bundle, text_path
from unionreader.search.pagefind_runtime import runtime
from unionreader.search.postings_again import PostingsMemo, PostingsState
from unionreader.search.report import SearchIndexReport
from unionreader.term_pages import term_files
from unionreader.urls import SEARCH_DIR, TEXT_DIR
from unionreader.workers import MIN_PARALLEL, Aside, Then, Workers
from unionreader.write import (
    FolderStamps,
    Job,
    Manifest,
    SiteFile,
    SiteScan,
    Staging,
    Twins,
    check_paths,
    commit,
    edition_paths,
    scan,
    stage,
    stage_twins,
    stale,
    with_editions,
)

logger = logging.getLogger(__name__)

T = TypeVar("T")
CACHE_KINDS = ("pagefind",)
REPEATS = "repeats.pickle"
"""The last build's maximal repeats, in the cache: a rebuild works out only what changed."""
POSTINGS = "postings.pickle"
"""The last build's search postings, in the cache: a rebuild finds only the new documents'."""
ASIDE_CHARACTERS = 5_000_000
"""In a rebuild with no workers, the search index and the collection's pages, and the related
passages, are made in processes of their own beside the terms, in a collection of at most this
many characters (about 2,000 documents as long as the generated corpus' documents); a larger
one makes the index in a thread beside the links, in this process's memory: three processes
at once took the peak memory at 5,000 documents over the 1 GiB bar (1,353 MB)."""


def run(
    config: BuildConfig,
    inputs: Inputs,
    cache: Cache,
    manifest: Manifest | None,
    progress: Progress,
    staging: Staging,
    started: Started | None = None,
) -> tuple[Manifest, BuildReport, FolderStamps | None]:
    """Build and write the site through `staging` (discarded if the build fails); the new
    manifest, the report (its seconds left at 0) and the site's folders' stamps if the commit
    knows them. `started`: the documents to make, if they were started already
    (`fresh.start`)."""
    # Processes apart may finish keeping what they made in the cache while the site is written
    # (`Then`): leaving `apart` waits for them, or stops them if the build failed.
    with contextlib.ExitStack() as apart:
        try:
            job = _Build(config, inputs, cache, manifest, progress, staging)
            with Workers(config.workers) as workers:
                job.start_scan(workers, apart)
                ordered = job.documents(workers, started)
                job.search_texts(ordered, workers)  # the workers make their Traditional copies
                links, collection = _index_and_links(job, ordered, workers, progress, apart)
                files = (ordered, links, workers)
                _timed("documents' files, started", job.document_files, *files)()
                made = _timed("files made from the links", job.linked_files, *files)()
                progress.stage("pages and index chunks", len(job.pending))
                for future in concurrent.futures.as_completed(job.pending):
                    future.result()
                    progress.advance()
                job.keep_rendered()
                # While the collection's part may still be made apart: the cache's part of the
                # state (keyed by content: kept even if the build fails after this, it holds
                # nothing that is wrong), the review list, and the files this process wants
                progress.stage("saving state")
                job.save(ordered, links)
                cards = [record.card for record in ordered]
                reviewed = reviews(cards)
                wanted = with_editions(job.wanted)  # each page also in the Traditional edition
                check_paths(wanted)
                taken = _timed("search index and collection pages, taken", collection)
                bundle, made_there = taken()
                made |= made_there
            progress.stage("writing files")
            added = with_editions({p: i for p, i in job.wanted.items() if wanted.get(p) != i})
            check_paths(added)  # what the collection's part added
            wanted |= added
            written = commit(staging, wanted, edition_paths(job.staged), manifest, job.site_scan())
        except BaseException:
            apart.close()  # what runs apart is stopped (or done) before its staging goes
            staging.discard()
            raise
        cache.prune(CACHE_KINDS)
    report = BuildReport(
        documents=len(cards),
        sections=sum(c.sections for c in cards),
        points=sum(c.points for c in cards),
        pages=sum(path.endswith(".html") for path in written.manifest),  # both editions
        files=len(written.manifest),
        written=written.written,
        built=len(job.built),
        search=_search_report(bundle, written.manifest, made),
        seconds=0.0,
        reviews=reviewed,
    )
    return written.manifest, report, written.folders


def _index_and_links(
    job: _Build,
    ordered: list[DocumentRecord],
    workers: Workers,
    progress: Progress,
    apart: contextlib.ExitStack,
) -> tuple[Links, Callable[[], tuple[SearchBundle, set[str]]]]:
    """The links, and the search index (with the collection's pages) when asked for: side by
    side, in the way that fits the build. Work done apart is in a process entered on `apart`
    (leaving it stops the process), so that the build goes on with the links meanwhile."""
    if workers.pool is not None:  # one after the other: the workers pack index chunks (apart,
        # beside them, the index took more time and memory: `bench/build.py --against`)
        progress.stage("search index and collection pages")
        indexed = job.index_and_collection(ordered, workers)
        progress.stage("terms and related passages")
        return job.links(job.link_texts(ordered)), lambda: indexed
    progress.stage("search index, terms and related passages")
    texts = _timed("the link stage's texts", job.link_texts, ordered)()
    if not _aside_pays(ordered):  # the index in a thread: numpy lets go of the GIL
        with concurrent.futures.ThreadPoolExecutor(max_workers=1) as side:
            beside = side.submit(job.index_and_collection, ordered, workers)
            links = job.links(texts)
            indexed = beside.result()
            return links, lambda: indexed
    # The search index and the collection's pages in a process of their own, and the related
    # passages in another, while this one works out the terms (`--verbose` logs each one's
    # time) and then the documents' files, until the collection's part is taken at the end.
    part = _timed("search index and collection pages, apart", job.collection_part, ordered)
    related = _timed("related passages, apart", passages_of, texts)
    collection: Aside[_Part] = apart.enter_context(Aside(part, workers.count))
    with Aside(related, workers.count, behind=False) as passages:  # the terms wait for it
        links = _timed("terms and the rest of the links", job.links, texts, passages.result)()
    return links, lambda: job.taken(collection.result())


def _nothing() -> None:
    """Nothing left to do."""


def _timed(label: str, function: Callable[..., T], *args: Any) -> Callable[[], T]:
    """`function(*args)`, to be called, logging how long it took."""

    def timed() -> T:
        started = time.perf_counter()
        result = function(*args)
        logger.debug("%s: %.2f s", label, time.perf_counter() - started)
        return result

    return timed


class _Build:
    """One build's bookkeeping: what the site must hold (`wanted`) and what was staged."""

    def __init__(
        self,
        config: BuildConfig,
        inputs: Inputs,
        cache: Cache,
        manifest: Manifest | None,
        progress: Progress,
        staging: Staging,
    ) -> None:
        self.config, self.inputs, self.cache = config, inputs, cache
        self.manifest, self.progress, self.staging = manifest, progress, staging
        self.site = site_settings(config, inputs.templates)
        self.runtime = runtime(cache)
        self.records = Shelf.open(cache.folder / RECORDS, RECORDS_SHELF)
        self.documents_shelf = Shelf(self.records.path, DOCUMENTS_SHELF)
        self.kept = self.documents_shelf.keys()  # documents and unlinked pages on the shelf
        self.added: dict[str, bytes] = {}  # documents and unlinked pages to put there
        self.rendering: list[tuple[concurrent.futures.Future[list[bytes | None]], list[str]]] = []
        self.wanted: dict[str, str] = {}
        self.staged: set[str] = set()
        self.built: set[str] = set()
        self.titles = NO_READINGS  # how the titles of documents written in Traditional read
        self.titled: dict[str, list[Reading]] = {}  # the same, by title
        self.local: list[SiteFile] = []  # documents' files made in this process
        self.pending: list[concurrent.futures.Future[Any]] = []  # work given to the workers
        self.repeats = RepeatsMemo(load(cache, REPEATS, RepeatsState))  # the link stage's
        self.read: dict[str, LinkText] = {}  # link texts read while documents were made
        self.scanning: Aside[SiteScan] | None = None
        self.scanned: SiteScan | None = None

    def start_scan(self, workers: Workers, apart: contextlib.ExitStack) -> None:
        """Start a pass over the site as the last build left it (`write.scan`), in a process
        of its own behind this one (an `Aside` entered on `apart`): the documents' files
        are checked against it, and the files the build no longer wants are found in it."""
        if self.manifest is not None:
            scanning = Aside(partial(scan, self.config.out_dir, self.manifest), workers.count)
            self.scanning = apart.enter_context(scanning)

    def site_scan(self) -> SiteScan | None:
        """The scan of the site (waited for), if one was started."""
        if self.scanned is None and self.scanning is not None:
            self.scanned = self.scanning.result()
        return self.scanned

    def documents(self, workers: Workers, started: Started | None) -> list[DocumentRecord]:
        """Every document's record in reading order: the last build's when its key is known
        and its document kept, else made now (or `started` already). Those to make are
        started first, in the workers or a process of their own when few, and the last
        build's records are read meanwhile."""
        keys = self.inputs.keys
        making: Callable[[], list[Made | Failed]]
        if started is not None:
            fresh, making = started.indexes, partial(_taken, started, self.progress.advance)
        else:
            fresh = to_make(keys, self.records.keys(), self.kept)
            tasks = [self._task(index, keys[index]) for index in fresh]
            if tasks:  # before the workers fork: they share what these load (the
                # conversion's tables are built once, not in every worker of a cold build)
                load_readers()
                prepare_conversion()
            making = workers.map_apart(try_record, tasks, self.progress.advance)
        self.progress.stage("documents", len(fresh))
        known = _records(self.records)
        found: list[DocumentRecord | None] = [known.get(key) for key in keys]
        making_now = set(fresh)
        unread = [i for i, key in enumerate(keys) if found[i] is None and i not in making_now]
        if started is not None:  # while they are made: what comes next, for the others
            prepare_conversion()  # their search texts' copies are converted next
            kept = (r for i, r in enumerate(found) if r is not None and i not in making_now)
            self.read = {record.key: link_text_of(record) for record in kept}
        made = making()  # and those whose records could not be read, here
        made += workers.map(try_record, [self._task(i, keys[i]) for i in unread], _no_step)
        twins: list[tuple[str, Readings]] = []
        for index, (record, paths) in zip([*fresh, *unread], built(made), strict=True):
            self.added[record.key] = record.model  # packed, as the shelf keeps them
            found[index] = replace(record, model=b"")
            self.built.add(record.key)
            twins += paths
        # The workers make their copies in the Traditional edition while this process makes
        # the search index and works out the links.
        copies = partial(stage_twins, self.staging.folder)
        made_apart = workers.submit_batches(copies, twins, apart=True)
        self.pending += [future for _, future in made_apart]
        ordered = _in_reading_order(record for record in found if record is not None)
        self.titles = merged(record.title_readings for record in ordered)
        for reading in self.titles.entries:
            self.titled.setdefault(reading.window, []).append(reading)
        return ordered

    def _task(self, index: int, key: str) -> DocumentTask:
        return document_task(key, *self.inputs.seeds[index], self.staging.folder, self.site)

    def search_texts(self, ordered: list[DocumentRecord], workers: Workers) -> None:
        """Stage the search texts of the documents built now (in reading order, they have
        their names), while the links are worked out: each is a job for a worker, which
        stages its Traditional copy too."""
        files = []
        for position, record in enumerate(ordered):
            if record.key in self.built:
                data, path = record.search.text, text_path(position)
                identity = record.search_identity
                job = Job(unpacked, data)
                files.append(SiteFile(path, identity, _unpacker(data), job, None, record.readings))
        self._stage(files, workers)

    def link_texts(self, ordered: list[DocumentRecord]) -> list[LinkText]:
        """The documents as the link stage reads them."""
        read, self.read = self.read, {}  # held no longer than the link stage holds them
        return [read.get(record.key) or link_text_of(record) for record in ordered]

    def links(
        self, texts: list[LinkText], related: Callable[[], Sequence[Passage]] | None = None
    ) -> Links:
        """Terms and related passages (`related`: worked out elsewhere, see `link_collection`)."""
        return link_collection(texts, self.inputs.terms, related, self.repeats)

    def document_files(self, ordered: list[DocumentRecord], links: Links, workers: Workers) -> None:
        """Start making the documents' files the site lacks. A document built now has its
        reading-order-free files staged already, and its search text in its record; a page
        whose document and links did not change is linked from its unlinked page in the
        cache. These are made here; the rest by the workers, from the documents."""
        seeds = {seed.slug: (seed, seed_digest) for seed, seed_digest in self.inputs.seeds}
        refs: list[DocRef | None] = [None, *(r.card.ref for r in ordered), None]
        placed = []
        theirs: dict[str, str] = {}  # every document's files
        for position, (record, doc_links) in enumerate(zip(ordered, links.pages, strict=True)):
            before, after = refs[position], refs[position + 2]
            place = Placement(*seeds[record.card.slug], text_path(position), before, after)
            own = record.identities(place, self.site, doc_links)
            titles = self._titles_shown(place, doc_links)
            page = urls.document_path(record.card.slug)
            if titles.entries:  # the page's copy in the edition follows them
                own[page] = digest(own[page], repr(titles.entries))
            theirs.update(own)
            placed.append((record, doc_links, place, own, titles))
        self.wanted.update(theirs)
        lacking = stale(self.config.out_dir, self.manifest, theirs, self.site_scan())
        tasks = []
        for record, doc_links, place, own, titles in placed:
            text, page = place.text_path or "", urls.document_path(record.card.slug)
            readings = on_page(record.readings, titles)
            needed = lacking & own.keys()
            page_key = record.page_key(self.site, doc_links)
            model = b""
            if record.key in self.built:  # its other files are staged (the search text if
                self.staged |= set(own) - {page, text}  # the site lacks it: `search_texts`)
                needed &= {page}
                model = self.added[record.key]
            if page in needed and page_key in self.kept:
                unlinked = self._unlinked(page_key)
                linked = _linker(self.site, unlinked, place)
                self.local.append(SiteFile(page, own[page], linked, readings=readings))
                self.staged.add(page)
                needed.discard(page)
            self.staged |= needed
            if needed:
                shelf, staging = self.records.path, self.staging.folder
                tasks.append(
                    FilesTask(
                        _slim(record),
                        place,
                        doc_links,
                        frozenset(needed),
                        shelf,
                        staging,
                        self.site,
                        model,
                        titles,
                    )
                )
        for batch, future in workers.submit_batches(make_files_of, tasks):
            keys = [task.record.page_key(self.site, task.links) for task in batch]
            self.rendering.append((future, keys))
            self.pending.append(future)

    def _titles_shown(self, place: Placement, links: DocLinks) -> Readings:
        """The other documents' titles a document's page shows (its neighbours, the documents it
        shares passages with), with their readings (`edition.readings.in_title`)."""
        refs = [place.before, place.after, *(r.other for r in links.related)]
        shown = {ref.title for ref in refs if ref is not None}
        shown |= {share.other.title for share in links.shares}
        titles = sorted(shown)
        return Readings(tuple(e for t in titles for e in self.titled.get(t, ())), tuple(titles))

    def _unlinked(self, key: str) -> Callable[[], bytes]:
        """An unlinked page from the shelf."""

        def read() -> bytes:
            data = self.documents_shelf.get(key)
            if data is None:
                raise BuildError(f"the build cache lost a page ({key}); build again")
            return unpacked(data)

        return read

    def keep_rendered(self) -> None:
        """The unlinked pages the workers rendered go on the shelf with the rest."""
        for future, keys in self.rendering:
            for page, key in zip(future.result(), keys, strict=True):
                if page is not None:
                    self.added[key] = page

    def save(self, ordered: list[DocumentRecord], links: Links) -> None:
        """Keep the records, documents and unlinked pages of this build, and only those."""
        records = {r.key: _stored(r) for r in ordered if r.key in self.built}
        self.records.update(records, keep=[record.key for record in ordered])
        pairs = zip(ordered, links.pages, strict=True)
        keep = [key for r, page in pairs for key in (r.key, r.page_key(self.site, page))]
        self.documents_shelf.update(self.added, keep=keep)
        self.records.close()
        self.documents_shelf.close()
        if self.repeats.now is not None:
            save(self.cache, REPEATS, self.repeats.now)

    def index_and_collection(
        self, ordered: list[DocumentRecord], workers: Workers
    ) -> tuple[SearchBundle, set[str]]:
        """The search index (its figures: its files are staged, and the postings their chunks
        are cut from can go), and the paths `collection` staged."""
        made = self._index_and_collection(ordered, workers)
        made.after()  # here: where the postings are
        return made.result

    def _index_and_collection(
        self, ordered: list[DocumentRecord], workers: Workers
    ) -> Then[tuple[SearchBundle, set[str]]]:
        """`index_and_collection`, with the postings to keep in the cache (if they changed)
        still to be kept (`Then.after`)."""
        identities = [record.search_identity for record in ordered]
        memo = PostingsMemo(identities, load(self.cache, POSTINGS, PostingsState))
        bundle = search_bundle([record.search for record in ordered], self.runtime, memo)
        keep = partial(save, self.cache, POSTINGS, memo.now) if memo.changed else _nothing
        made = self.collection(ordered, bundle, workers)
        return Then((replace(bundle, files=()), made), keep)

    def collection_part(self, ordered: list[DocumentRecord]) -> Then[_Part]:
        """`index_and_collection` in a process of its own, in a build with no workers: what
        it adds to the build's bookkeeping (it makes its files there), sent back before the
        postings are kept in the cache (the build writes the site meanwhile)."""
        wanted, staged = set(self.wanted), set(self.staged)
        made = self._index_and_collection(ordered, Workers(1))
        bundle, paths = made.result
        added = {path: value for path, value in self.wanted.items() if path not in wanted}
        return Then(_Part(bundle, paths, added, self.staged - staged), made.after)

    def taken(self, part: _Part) -> tuple[SearchBundle, set[str]]:
        """The search bundle and the paths staged of a `collection_part`, taken into this
        build's bookkeeping."""
        self.wanted.update(part.wanted)
        self.staged |= part.staged
        return part.bundle, part.made

    def collection(
        self, ordered: list[DocumentRecord], bundle: SearchBundle, workers: Workers
    ) -> set[str]:
        """Stage the files about the whole collection that changed and do not depend on the
        links: the search bundle, the collection's pages, corpus.json and the static files;
        the paths staged. Index chunks are made by the workers when there are many."""
        cards = [record.card for record in ordered]
        files = [*bundle.files, *(SiteFile.of(f) for f in renderer(self.site).collection(cards))]
        files = [file.following(self.titles) for file in files]
        files += [SiteFile.of(minified(f)) for f in self.inputs.static]
        parts = [record.corpus_part for record in ordered]

        def corpus(out: BinaryIO) -> None:
            write_corpus(out, (unpacked(part) for part in parts))

        identity = digest(*(record.key for record in ordered))
        files.append(SiteFile(urls.data_path(CORPUS_FILE), identity, _unsupported, stream=corpus))
        return self._stage(files, workers)

    def linked_files(
        self, ordered: list[DocumentRecord], links: Links, workers: Workers
    ) -> set[str]:
        """Stage the files made from the links, or from a document in this process, that
        changed: search texts and pages linked here, term pages, the term index, terms.json
        and related.json, and the sitemap."""
        files = [*self.local, *(f.following(self.titles) for f in term_files(self.site, links))]
        sitemap = renderer(self.site).sitemap(
            [record.card for record in ordered], [term.slug for term in links.terms]
        )
        files += [SiteFile.of(sitemap)] if sitemap else []
        return self._stage(files, workers)

    def _stage(self, files: list[SiteFile], workers: Workers) -> set[str]:
        """Stage those of `files` the site lacks; their jobs in workers if there are many."""
        own = {file.path: file.identity for file in files}
        self.wanted.update(own)
        needed = stale(self.config.out_dir, self.manifest, own, self.scanned)  # if at hand
        made = [file for file in files if file.path in needed]
        jobs = [(f, job) for f in made if (job := f.job or _carried(f)) is not None]
        # Workers started for documents do these jobs too; a small rebuild does them here
        # rather than fork this (by now large) process.
        busy = workers.pool is not None and len(jobs) >= MIN_PARALLEL
        tasks = [(self.staging.folder, file.path, job, file.readings) for file, job in jobs]
        pending = [f for _, f in workers.submit_batches(_stage_jobs, tasks)] if busy else []
        sent = {file.path for file, _ in jobs} if pending else set()
        _make([file for file in made if file.path not in sent], self.staging)
        self.staged |= needed
        self.pending += pending
        return needed


@dataclass(frozen=True)
class _Part:
    """What making the search index and the collection's files apart added to the build:
    the bundle (without its files, made there), the paths staged there as `collection` reports
    them, and the entries added to `wanted` and `staged`."""

    bundle: SearchBundle
    made: set[str]
    wanted: dict[str, str]
    staged: set[str]


def _aside_pays(ordered: list[DocumentRecord]) -> bool:
    """Whether the collection is small enough to make its parts side by side."""
    return sum(record.card.characters for record in ordered) <= ASIDE_CHARACTERS


def _carried(file: SiteFile) -> Job | None:
    """A job for a file at hand that has a copy in the Traditional edition: a worker stages it
    and converts that copy (this process then never loads the conversion's tables)."""
    if file.job is None and file.stream is None and urls.twinned(file.path):
        return Job(_as_is, file.make())
    return None


def _as_is(data: bytes) -> bytes:
    return data


def _unpacker(data: bytes) -> Callable[[], bytes]:
    return lambda: unpacked(data)


def _unsupported() -> bytes:
    raise NotImplementedError("written as a stream")


def _linker(
    site: SiteSettings, unlinked: Callable[[], bytes], place: Placement
) -> Callable[[], bytes]:
    """A document page: its unlinked page with the links to its neighbours."""
    slug = place.seed.slug
    return lambda: renderer(site).link(unlinked(), slug, place.before, place.after)


def _slim(record: DocumentRecord) -> DocumentRecord:
    """A record as a worker making its files needs it: without its search entry's text, its
    export part and its link text (less to send)."""
    search = replace(record.search, marked="", text=b"")
    return replace(record, search=search, corpus_part=b"", text=b"", model=b"")


def _stored(record: DocumentRecord) -> bytes:
    """A record as the shelf keeps it: without its search text and page (the cache keeps the
    document and the page)."""
    kept = replace(record, search=replace(record.search, text=b""), model=b"")
    return pickle.dumps(kept, pickle.HIGHEST_PROTOCOL)


def _records(shelf: Shelf) -> dict[str, DocumentRecord]:
    """The last build's records (any that cannot be read are built again)."""
    found = {}
    for key, value in shelf.rows():
        try:
            record = pickle.loads(value)
        except UNPICKLING_ERRORS:
            continue
        if isinstance(record, DocumentRecord):
            found[key] = record
    return found


def _stage_jobs(tasks: list[tuple[Path, str, Job, Readings]]) -> None:
    """Make files in a worker process and stage them there (their Traditional copies made
    together)."""
    twins = Twins()
    for folder, path, job, readings in tasks:
        stage(folder, path, job.run(), twins, readings)
    twins.stage()


def _make(files: Sequence[SiteFile], staging: Staging) -> None:
    """Make and stage `files`, in threads (compressing index chunks lets go of the GIL), and
    then their copies in the edition, in one conversion (`Twins`)."""
    twins = Twins()

    def make(file: SiteFile) -> None:
        if file.stream is not None:
            staging.write_stream(file.path, file.stream)
        else:
            staging.write(file.path, file.make(), file.readings, twins)

    workers = min(len(files), os.cpu_count() or 1) or 1
    with concurrent.futures.ThreadPoolExecutor(max_workers=workers) as pool:
        list(pool.map(make, files))
    twins.stage()


def _taken(started: Started, step: Callable[[int], None]) -> list[Made | Failed]:
    """What the documents `started` early made, once they are done (`step`: progress)."""
    made = started.result()
    step(len(made))
    return made


def _no_step(done: int) -> None:
    """Progress not shown (the few records that could not be read, built again)."""


def _in_reading_order(records: Iterable[DocumentRecord]) -> list[DocumentRecord]:
    by_slug = {record.card.slug: record for record in records}
    return [by_slug[card.slug] for card in in_reading_order(r.card for r in by_slug.values())]


def _search_report(bundle: SearchBundle, manifest: Manifest, made: set[str]) -> SearchIndexReport:
    texts = f"{SEARCH_DIR}/{TEXT_DIR}/"
    index = f"{SEARCH_DIR}/pagefind/index/"
    sizes = {path: stamp.size for path, stamp in manifest.items() if path.startswith(SEARCH_DIR)}
    return SearchIndexReport(
        documents=bundle.documents,
        characters=bundle.characters,
        alphabet=bundle.alphabet,
        chunks=bundle.chunks,
        bundle_bytes=sum(s for p, s in sizes.items() if not p.startswith(texts)),
        index_bytes=sum(s for p, s in sizes.items() if p.startswith(index)),
        compressed=sum(path.startswith(index) for path in made),
        seconds=0.0,
    )
