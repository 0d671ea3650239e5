"""The documents a build makes anew, and starting the few of a rebuild before the build's own
modules load.

A rebuild after an edit makes one document or a few. Making one reads its seed through the
normaliser and renders its files, and the modules that do it are much of what the build takes
to load. So `start` forks a process for the few as soon as the build knows which they are; it
loads those modules and makes the documents while this process loads the rest and reads the
last build's records (`stages`). Many documents (a first build) are the workers' (`stages`);
with one CPU, or where processes do not fork, nothing starts early.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from unionreader.cache import DOCUMENTS_SHELF, RECORDS_SHELF, Shelf
from unionreader.inputs import Inputs
from unionreader.workers import MIN_PARALLEL, Aside, Workers, forks

if TYPE_CHECKING:
    from unionreader.documents import Made
    from unionreader.pipeline import BuildConfig


def to_make(keys: Sequence[str], recorded: set[str], kept: set[str]) -> list[int]:
    """Which documents (by index into `keys`) a build makes: those whose record or document
    the last build's shelves lack (`recorded`, `kept`: the keys on them)."""
    return [index for index, key in enumerate(keys) if key not in recorded or key not in kept]


@dataclass(frozen=True)
class Started:
    """Documents being made in a process of their own: which (indexes into the seeds), and
    what making them returns, when asked for."""

    indexes: list[int]
    aside: Aside[list[Made]]

    def result(self) -> list[Made]:
        return self.aside.result()


def start(config: BuildConfig, inputs: Inputs, shelves: Path, staging: Path) -> Started | None:
    """The documents to make (`shelves`: the file of the last build's shelves), started in a
    process forked for them when they are few, there is a CPU to spare and processes fork;
    else None (the build makes them as it goes). The caller stops the process if the build
    fails before it asks for them (`Aside`)."""
    workers = Workers(config.workers).count
    if workers < 2 or not forks():
        return None
    keys = inputs.keys
    records = Shelf.open(shelves, RECORDS_SHELF)
    documents = Shelf(shelves, DOCUMENTS_SHELF)
    try:
        indexes = to_make(keys, records.keys(), documents.keys())
    finally:
        records.close()
        documents.close()
    if not indexes or len(indexes) >= MIN_PARALLEL:
        return None

    def make() -> list[Made]:
        from unionreader.documents import document_task, make_record, site_settings

        site = site_settings(config, inputs.templates)
        tasks = [document_task(inputs, index, keys[index], staging, site) for index in indexes]
        return [make_record(task) for task in tasks]

    return Started(indexes, Aside(make, workers, behind=False))
