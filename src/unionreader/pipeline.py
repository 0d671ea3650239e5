"""The build: seeds → documents → the site, redoing only what changed since the last build.

0. The quick check (`uptodate`): when no input file and no file of the site has changed since
   the last build by their stamps (size and modification time), the build stops there.
1. Inputs (`inputs`): the catalogue, a hash of every seed file, of the templates and of the
   static files. With the code version they make the build's fingerprint: when it is the last
   build's and the site folder is as that build left it, the build stops there.
2. Documents, pages, search index and site files (`stages`): each seed whose key is not in the
   last build's records is built (in worker processes), pages whose document or neighbours
   changed are rendered again, the search index is made, and only files that differ are written.

The state of the last build (fingerprint, manifest of the site folder, report) and its records
(a card and a search entry per document) are kept in the build cache (`cache`).
"""

from __future__ import annotations

import contextlib
import gc
import logging
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from unionreader.cache import Cache, default_folder, read_pickled, store_pickled
from unionreader.kept import kept_in
from unionreader.progress import Progress
from unionreader.uptodate import FileColumns, QuickCheck, up_to_date, warnings_kept

if TYPE_CHECKING:
    from unionreader.review import Review
    from unionreader.search.report import SearchIndexReport
    from unionreader.write import Manifest

PROJECT = Path(__file__).resolve().parents[2]
"""The project folder (UnionReader is built from a clone: templates/ and static/ live there)."""

logger = logging.getLogger(__name__)

STATE = "state.pickle"
RECORDS = "records.sqlite"
TABLES = "tables"
"""The cache's folder of the tables a build keeps for the next (`kept`)."""
T = TypeVar("T")


@dataclass(frozen=True)
class BuildConfig:
    """Where the seeds are, where the site goes, its public address if known, and how to build."""

    seeds_dir: Path
    out_dir: Path
    base_url: str | None = None
    templates_dir: Path = PROJECT / "templates"
    static_dir: Path = PROJECT / "static"
    cache_dir: Path | None = None  # None: cache.default_folder()
    workers: int | None = None  # None: one per CPU
    progress: bool | None = None  # None: when standard error is a terminal

    @property
    def project(self) -> str:
        """What names the project in the build cache: this seeds folder into this output."""
        return f"{self.seeds_dir.resolve()}\n{self.out_dir.resolve()}"


@dataclass(frozen=True)
class BuildReport:
    """What a build produced, for the one-line summary."""

    documents: int
    sections: int
    points: int
    pages: int
    files: int  # files of the site
    written: int  # files this build wrote (the rest were already there)
    built: int  # documents this build made (the rest came from the cache)
    search: SearchIndexReport | None
    seconds: float
    reviews: tuple[Review, ...] = ()
    unchanged: bool = False  # nothing changed: the build stopped after reading its inputs

    def again(self) -> BuildReport:
        """This build's report for a build after it that found nothing to do."""
        return replace(self, written=0, built=0, unchanged=True)

    def line(self, where: str) -> str:
        """The one line a build prints about the site at `where`."""
        if self.unchanged:
            return f"{where} is up to date: nothing changed ({self.seconds:.2f} s)"
        reused = self.documents - self.built
        cached = f" ({reused} from the cache)" if reused else ""
        size = f"; search index {self.search.bundle_bytes / 1024:.0f} KB" if self.search else ""
        return (
            f"built {where}: {self.documents} documents{cached}, {self.sections} sections, "
            f"{self.points} points, {self.pages} pages ({self.files} files, {self.written} "
            f"written{size}) in {self.seconds:.2f} s"
        )


@dataclass(frozen=True)
class BuildState:
    """The last build of a project, kept in the cache: its fingerprint, files and report."""

    fingerprint: str
    manifest: Manifest
    report: BuildReport

    def __reduce__(self) -> tuple[Callable[..., BuildState], tuple[object, ...]]:
        """Pickled with its files' stamps as columns (`FileColumns`: a manifest holds a stamp
        per file of the site, and a rebuild reads it back and writes it again)."""
        return _build_state, (self.fingerprint, FileColumns.of(self.manifest), self.report)


def _build_state(fingerprint: str, files: FileColumns, report: BuildReport) -> BuildState:
    return BuildState(fingerprint, files.manifest(), report)


def project_cache(config: BuildConfig) -> Cache:
    """The build cache of this seeds folder built into this output folder."""
    return Cache.open(config.cache_dir or default_folder(), config.project)


def build(config: BuildConfig) -> BuildReport:
    """Build the site into `config.out_dir`; nothing is written unless every stage succeeds."""
    started = time.perf_counter()
    progress = Progress(config.progress)
    try:
        progress.stage("inputs")
        quick = QuickCheck.start(config, config.cache_dir or default_folder())
        last = quick.last_build(config.out_dir)
        if last is not None:
            return up_to_date(last, time.perf_counter() - started)
        report = _build(config, quick, progress)
        return replace(report, seconds=time.perf_counter() - started)
    finally:
        progress.finish()


def _build(config: BuildConfig, quick: QuickCheck, progress: Progress) -> BuildReport:
    """Past the quick check: hash the inputs; build unless they are the last build's and the
    site is as it left it (the report's seconds are the caller's to set)."""
    from unionreader.fresh import ready, start
    from unionreader.inputs import read_inputs  # the catalogue, hashes of every input …
    from unionreader.write import Staging, unchanged

    cache = project_cache(config)
    # Conversion tables and pinyin are kept for the next build; the build's processes (workers
    # are forked in it) collect cyclic garbage less often.
    with kept_in(cache.folder / TABLES), fewer_collections(), contextlib.ExitStack() as apart:
        # A rebuild's process for the documents it makes, loading while the inputs are read
        waiting = ready(config, cache.folder / RECORDS)
        if waiting is not None:
            apart.enter_context(waiting)  # stopped when the build ends or fails
        with warnings_kept() as kept:
            inputs = read_inputs(config, quick.stamps())
        warnings = tuple(kept)
        state = load(cache, STATE, BuildState)
        if (
            state is not None
            and state.fingerprint == inputs.fingerprint
            and unchanged(config.out_dir, state.manifest)
        ):
            quick.save(config.out_dir, state.manifest, state.report, warnings)
            return state.report.again()
        progress.stage("loading")
        staging = Staging(config.out_dir)
        try:  # the few documents a rebuild makes, started while the build's modules load
            started = start(config, inputs, cache.folder / RECORDS, staging.folder, waiting)
            if started is not None and waiting is None:
                apart.enter_context(started.aside)  # stopped if the build fails before
            from unionreader.stages import run  # the heavy part: normaliser, templates, numpy
        except BaseException:
            staging.discard()
            raise
        last = state.manifest if state else None
        manifest, report, folders = run(config, inputs, cache, last, progress, staging, started)
    save(cache, STATE, BuildState(inputs.fingerprint, manifest, report))
    quick.save(config.out_dir, manifest, report, warnings, folders)
    return report


COLLECTION_THRESHOLDS = (50_000, 20, 100)
"""The cyclic garbage collector's thresholds while a build runs (Python's are 700, 10, 10).
A build makes millions of short-lived objects and holds large tables (the conversion's, the
records) that every full collection walks again: collecting less often spares processor time
(`python bench/build.py` reports it, and peak memory, against a clone without this)."""


@contextlib.contextmanager
def fewer_collections() -> Iterator[None]:
    """The garbage collector's thresholds set to `COLLECTION_THRESHOLDS` in this context (and
    in the processes forked in it), then put back."""
    before = gc.get_threshold()
    gc.set_threshold(*COLLECTION_THRESHOLDS)
    try:
        yield
    finally:
        gc.set_threshold(*before)


def load(cache: Cache, name: str, kind: type[T]) -> T | None:
    """A pickled file of the cache's folder, if it is there and of `kind`."""
    found = read_pickled(cache.folder / name)
    return found if isinstance(found, kind) else None


def save(cache: Cache, name: str, value: object) -> None:
    store_pickled(cache.folder / name, value)
