"""The build: seeds → documents → output files → the site folder, one stage after another."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from pathlib import Path

from unionreader import urls
from unionreader.catalog import load_catalog
from unionreader.corpus import link_corpus
from unionreader.export import export_data
from unionreader.model import Document, OutputFile, Seed
from unionreader.normalise.chain import normalise
from unionreader.render import RenderConfig, render_site
from unionreader.review import Review, review_all
from unionreader.search.index import SearchIndexReport, write_search_index
from unionreader.sources import read_source
from unionreader.structure import parse_document
from unionreader.write import write_site

PROJECT = Path(__file__).resolve().parents[2]
"""The project folder (UnionReader is built from a clone: templates/ and static/ live there)."""

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class BuildConfig:
    """Where the seeds are, where the site goes, and its public address if known."""

    seeds_dir: Path
    out_dir: Path
    base_url: str | None = None
    templates_dir: Path = PROJECT / "templates"
    static_dir: Path = PROJECT / "static"


@dataclass(frozen=True)
class BuildReport:
    """What a build produced, for the one-line summary."""

    documents: int
    sections: int
    points: int
    pages: int
    files: int
    search: SearchIndexReport
    seconds: float
    reviews: tuple[Review, ...] = ()


def load_document(seed: Seed) -> Document:
    """One seed through reading, normalisation and structure."""
    return parse_document(normalise(read_source(seed)))


def load_documents(seeds_dir: Path) -> list[Document]:
    """Every seed of the folder, in catalogue order; the first bad seed stops everything."""
    return [load_document(seed) for seed in load_catalog(seeds_dir)]


def static_files(static_dir: Path) -> list[OutputFile]:
    """Everything in `static/`, published under static/."""
    return [
        OutputFile(urls.static_path(path.relative_to(static_dir).as_posix()), path.read_bytes())
        for path in sorted(static_dir.rglob("*"))
        if path.is_file()
    ]


def raw_seeds(documents: list[Document]) -> list[OutputFile]:
    """Every seed as it was, byte for byte, so readers can check the normalisation."""
    return [
        OutputFile(urls.raw_seed_path(doc.seed.name), doc.seed.read_bytes()) for doc in documents
    ]


def build(config: BuildConfig) -> BuildReport:
    """Build the site into `config.out_dir`; nothing is written unless every stage succeeds."""
    started = time.perf_counter()
    documents = load_documents(config.seeds_dir)
    corpus = link_corpus(documents)
    files = render_site(corpus, RenderConfig(config.templates_dir, config.base_url))
    files += export_data(list(corpus.documents)) + raw_seeds(documents)
    files += static_files(config.static_dir)
    searches: list[SearchIndexReport] = []
    written = write_site(
        files, config.out_dir, lambda staging: searches.append(write_search_index(corpus, staging))
    )
    return BuildReport(
        documents=len(documents),
        sections=corpus.sections,
        points=corpus.points,
        pages=sum(f.path.endswith(".html") for f in files),
        files=written,
        search=searches[0],
        seconds=time.perf_counter() - started,
        reviews=review_all(corpus.documents),
    )
