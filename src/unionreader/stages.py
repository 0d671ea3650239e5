"""The build's work once its inputs are read (`pipeline.build` imports this only when needed).

- Documents: every seed whose key is not among the last build's records (or whose document the
  cache lost) is built by `documents.make_record`, in worker processes when there are enough;
  it stages its own files as it goes.
- Pages: documents in reading order. Each file of a document has an identity (its page's takes
  in the neighbours' slugs and titles); the files whose identity the site does not hold are
  made again (`documents.make_files`, in workers), while this process makes the search index,
  the pages about the whole collection and corpus.json, and stages those that changed.
- Commit: the staged files go into the site, which then holds exactly what a build from scratch
  would make (`write`); the records are kept for the next build.
"""

from __future__ import annotations

import concurrent.futures
import logging
import multiprocessing
import os
import pickle
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from typing import TypeVar

from unionreader import urls
from unionreader.cache import Cache, Shelf, digest
from unionreader.cards import DocRef, in_reading_order, reviews
from unionreader.documents import (
    MODELS,
    DocumentRecord,
    DocumentTask,
    FilesTask,
    Placement,
    SiteSettings,
    has_model,
    make_files,
    make_record,
    renderer,
    site_key,
)
from unionreader.export import CORPUS_FILE, corpus_file
from unionreader.pipeline import RECORDS, BuildConfig, BuildReport, Inputs, document_key
from unionreader.progress import Progress
from unionreader.search.index import SEARCH_DIR, TEXT_DIR, SearchBundle, search_bundle, text_path
from unionreader.search.pagefind_runtime import runtime
from unionreader.search.report import SearchIndexReport
from unionreader.write import Manifest, SiteFile, Staging, check_paths, commit, stale

logger = logging.getLogger(__name__)

MIN_PARALLEL = 12
"""Fewer jobs than this are done in this process: starting workers would cost more."""
CACHE_KINDS = (MODELS, "pagefind")
T = TypeVar("T")
R = TypeVar("R")


def run(
    config: BuildConfig,
    inputs: Inputs,
    cache: Cache,
    manifest: Manifest | None,
    progress: Progress,
) -> tuple[Manifest, BuildReport]:
    """Build and write the site; the new manifest and the report (its seconds left at 0)."""
    staging = Staging(config.out_dir)
    try:
        job = _Build(config, inputs, cache, manifest, progress, staging)
        with _Workers(config.workers) as workers:
            ordered = job.documents(workers)
            pending = job.document_files(ordered, workers)
            progress.stage("search index")
            bundle = search_bundle([r.search for r in ordered], job.runtime)
            progress.stage("collection pages")
            made = job.collection(ordered, bundle)
            progress.stage("pages", len(pending))
            for future in concurrent.futures.as_completed(pending):
                future.result()
                progress.advance()
        progress.stage("writing files")
        check_paths(job.wanted)
        written = commit(staging, job.wanted, job.staged, manifest)
    except BaseException:
        staging.discard()
        raise
    progress.stage("saving state")
    made_now = {r.key: _stored(r) for r in ordered if r.key in job.built}
    job.shelf.update(made_now, keep=[record.key for record in ordered])
    job.shelf.close()
    cache.prune(CACHE_KINDS)
    cards = [record.card for record in ordered]
    report = BuildReport(
        documents=len(cards),
        sections=sum(c.sections for c in cards),
        points=sum(c.points for c in cards),
        pages=sum(path.endswith(".html") for path in job.wanted),
        files=len(job.wanted),
        written=written.written,
        built=len(job.built),
        search=_search_report(bundle, written.manifest, made),
        seconds=0.0,
        reviews=reviews(cards),
    )
    return written.manifest, report


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
        templates = site_key(inputs.templates, config.base_url)
        self.site = SiteSettings(config.templates_dir, config.base_url, templates)
        self.runtime = runtime(cache)
        self.shelf = Shelf.open(cache.folder / RECORDS)
        self.wanted: dict[str, str] = {}
        self.staged: set[str] = set()
        self.built: set[str] = set()
        self.texts: list[SiteFile] = []  # search texts of documents built now, made here

    def documents(self, workers: _Workers) -> list[DocumentRecord]:
        """Every document's record in reading order: the last build's when its key is known
        and its document kept, else built now."""
        known = _records(self.shelf)
        found: list[DocumentRecord | None] = []
        tasks: list[tuple[int, DocumentTask]] = []
        for index, (seed, seed_digest) in enumerate(self.inputs.seeds):
            key = document_key(seed, seed_digest)
            record = known.get(key)
            if not isinstance(record, DocumentRecord) or not has_model(self.cache, key):
                record = None
                folder, staging = self.cache.folder, self.staging.folder
                place = Placement(seed, seed_digest)
                tasks.append((index, DocumentTask(key, place, folder, staging, self.site)))
            found.append(record)
        self.progress.stage("documents", len(tasks))
        made = workers.map(make_record, [task for _, task in tasks], self.progress.advance)
        for (index, _), record in zip(tasks, made, strict=True):
            found[index] = record
            self.built.add(record.key)
            has_model(self.cache, record.key)  # marks it used
        return _in_reading_order(record for record in found if record is not None)

    def document_files(
        self, ordered: list[DocumentRecord], workers: _Workers
    ) -> list[concurrent.futures.Future[None]]:
        """Start making the documents' files the site lacks. A document built now has its
        reading-order-free files staged already and its search text in its record."""
        seeds = {seed.slug: (seed, seed_digest) for seed, seed_digest in self.inputs.seeds}
        refs: list[DocRef | None] = [None, *(r.card.ref for r in ordered), None]
        tasks = []
        for position, record in enumerate(ordered):
            slug = record.card.slug
            before, after = refs[position], refs[position + 2]
            place = Placement(*seeds[slug], text_path(position), before, after)
            own = record.identities(place, self.site)
            self.wanted.update(own)
            needed = stale(self.config.out_dir, self.manifest, own)
            if record.key in self.built:
                text = text_path(position)
                self.texts.append(SiteFile(text, own[text], _constant(record.search.text)))
                placed = {urls.document_path(slug), text_path(position)}
                self.staged |= set(own) - placed
                needed &= {urls.document_path(slug)}
            self.staged |= needed
            if needed:
                folder, staging = self.cache.folder, self.staging.folder
                tasks.append(
                    FilesTask(record, place, frozenset(needed), folder, staging, self.site)
                )
        return workers.submit_all(make_files, tasks)

    def collection(self, ordered: list[DocumentRecord], bundle: SearchBundle) -> set[str]:
        """Stage the files about the whole collection that changed: the search bundle, the
        collection's pages, corpus.json and the static files; the paths staged."""
        cards = [record.card for record in ordered]
        files = [*bundle.files, *self.texts]
        files += [SiteFile.of(f) for f in renderer(self.site).collection(cards)]
        files += [SiteFile.of(f) for f in self.inputs.static]
        parts = [record.corpus_part for record in ordered]
        corpus = digest(*(record.key for record in ordered))
        files.append(
            SiteFile(urls.data_path(CORPUS_FILE), corpus, lambda: corpus_file(parts).content)
        )
        own = {file.path: file.identity for file in files}
        self.wanted.update(own)
        needed = stale(self.config.out_dir, self.manifest, own)
        _make([file for file in files if file.path in needed], self.staging)
        self.staged |= needed
        return needed


def _constant(data: bytes) -> Callable[[], bytes]:
    return lambda: data


def _stored(record: DocumentRecord) -> bytes:
    """A record as the shelf keeps it: without its search text (the cache keeps the document)."""
    kept = replace(record, search=replace(record.search, text=b""))
    return pickle.dumps(kept, pickle.HIGHEST_PROTOCOL)


def _records(shelf: Shelf) -> dict[str, DocumentRecord]:
    """The last build's records (any that cannot be read are built again)."""
    found = {}
    for key, value in shelf.items().items():
        try:
            record = pickle.loads(value)
        except (pickle.UnpicklingError, EOFError, AttributeError, TypeError, ValueError):
            continue
        if isinstance(record, DocumentRecord):
            found[key] = record
    return found


def _make(files: Sequence[SiteFile], staging: Staging) -> None:
    """Make and stage `files`, in threads (compressing index chunks lets go of the GIL)."""
    workers = min(len(files), os.cpu_count() or 1) or 1
    with concurrent.futures.ThreadPoolExecutor(max_workers=workers) as pool:
        for file, data in zip(files, pool.map(lambda f: f.make(), files), strict=True):
            staging.write(file.path, data)


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


class _Workers:
    """Worker processes (one per CPU), started only for work big enough to pay for them."""

    def __init__(self, count: int | None) -> None:
        self.count = count or os.cpu_count() or 1
        self.pool: concurrent.futures.ProcessPoolExecutor | None = None

    def __enter__(self) -> _Workers:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)

    def _parallel(self, jobs: int) -> concurrent.futures.ProcessPoolExecutor | None:
        if self.pool is None and self.count > 1 and jobs >= MIN_PARALLEL:
            methods = multiprocessing.get_all_start_methods()
            context = multiprocessing.get_context("fork" if "fork" in methods else None)
            self.pool = concurrent.futures.ProcessPoolExecutor(self.count, mp_context=context)
        return self.pool

    def map(self, function: Callable[[T], R], items: list[T], step: Callable[[], None]) -> list[R]:
        """`function` over `items`, results in order; `step` after each."""
        futures = self.submit_all(function, items)
        for _ in concurrent.futures.as_completed(futures):
            step()
        return [future.result() for future in futures]

    def submit_all(
        self, function: Callable[[T], R], items: list[T]
    ) -> list[concurrent.futures.Future[R]]:
        """Start `function` on every item (here and now when there are few)."""
        pool = self._parallel(len(items))
        if pool is not None:
            return [pool.submit(function, item) for item in items]
        return [_done(function, item) for item in items]


def _done(function: Callable[[T], R], item: T) -> concurrent.futures.Future[R]:
    future: concurrent.futures.Future[R] = concurrent.futures.Future()
    try:
        future.set_result(function(item))
    except Exception as error:  # delivered by future.result(), as from a worker
        future.set_exception(error)
    return future
