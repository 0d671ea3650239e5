"""The build: seeds → documents → output files → the site folder, one stage after another."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from pathlib import Path

from unionreader.catalog import load_catalog
from unionreader.export import export_data
from unionreader.model import Document, Point, Seed
from unionreader.normalise.chain import normalise
from unionreader.sources import read_source
from unionreader.structure import parse_document
from unionreader.write import write_site

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class BuildConfig:
    """Where the seeds are and where the site goes."""

    seeds_dir: Path
    out_dir: Path


@dataclass(frozen=True)
class BuildReport:
    """What a build produced, for the one-line summary."""

    documents: int
    sections: int
    points: int
    files: int
    seconds: float


def load_document(seed: Seed) -> Document:
    """One seed through reading, normalisation and structure."""
    return parse_document(normalise(read_source(seed)))


def load_documents(seeds_dir: Path) -> list[Document]:
    """Every seed of the folder, in catalogue order; the first bad seed stops everything."""
    return [load_document(seed) for seed in load_catalog(seeds_dir)]


def build(config: BuildConfig) -> BuildReport:
    """Build the site into `config.out_dir`; nothing is written unless every stage succeeds."""
    started = time.perf_counter()
    documents = load_documents(config.seeds_dir)
    files = export_data(documents)
    written = write_site(files, config.out_dir)
    return BuildReport(
        documents=len(documents),
        sections=sum(len(doc.sections) for doc in documents),
        points=sum(
            isinstance(block, Point)
            for doc in documents
            for s in doc.sections
            for block in s.blocks
        ),
        files=written,
        seconds=time.perf_counter() - started,
    )
