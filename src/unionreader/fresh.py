"""The documents a build makes anew, and starting the few of a rebuild before the build's own
modules load.

A rebuild after an edit makes one document or a few. Making one reads its seed through the
normaliser and renders its files, and the modules that do it, with the tables they make when
first used, are much of what the build takes to load. So a rebuild forks a process as it
starts (`Ready`: there is a last build), before it reads its inputs: that process loads those
modules and makes a short document to make the tables (`documents.warm_up`), then waits. Once
the build knows which documents it makes, `start` sends it the few, and it makes them while
this process loads the rest and reads the last build's records (`stages`); where none was
ready, `start` forks one then. Many documents (a first build) are the workers' (`stages`) and
the ready process just ends; with one CPU, or where processes do not fork, nothing starts early.
"""

from __future__ import annotations

import logging
import multiprocessing
import time
from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial
from multiprocessing.connection import Connection
from pathlib import Path
from typing import TYPE_CHECKING

from unionreader.cache import DOCUMENTS_SHELF, RECORDS_SHELF, Shelf
from unionreader.inputs import Inputs
from unionreader.memory import keep_freed_memory
from unionreader.model import Seed
from unionreader.workers import MIN_PARALLEL, Aside, Workers, forks

if TYPE_CHECKING:
    from unionreader.documents import DocumentTask, Failed, Made
    from unionreader.pipeline import BuildConfig

logger = logging.getLogger(__name__)


def to_make(keys: Sequence[str], recorded: set[str], kept: set[str]) -> list[int]:
    """Which documents (by index into `keys`) a build makes: those whose record or document
    the last build's shelves lack (`recorded`, `kept`: the keys on them)."""
    return [index for index, key in enumerate(keys) if key not in recorded or key not in kept]


@dataclass(frozen=True)
class Started:
    """Documents being made in a process of their own: which (indexes into the seeds), and
    what making them returns, when asked for."""

    indexes: list[int]
    aside: Aside[list[Made | Failed]]

    def result(self) -> list[Made | Failed]:
        return self.aside.result()


@dataclass(frozen=True)
class Ready:
    """A process forked as a rebuild starts, loading what makes a document, that makes those
    `start` sends it (`aside`: what it returns; `tasks`: where they are sent). Used as a
    context: leaving it stops the process if it still runs."""

    aside: Aside[list[Made | Failed]]
    tasks: Connection

    def __enter__(self) -> Ready:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()
        self.aside.__exit__(*exc)

    def stop(self) -> None:
        """Send it nothing: it ends."""
        self.tasks.close()

    def send(self, order: Order) -> None:
        self.tasks.send(order)
        self.stop()


@dataclass(frozen=True)
class Order:
    """The documents `Ready` is to make, as `start` sends them (without loading the module
    that makes documents: the ready process makes the tasks): the build's configuration, the
    templates' digest, the staging folder and each document's key and seed with its digest."""

    config: BuildConfig
    templates: str
    staging: Path
    seeds: list[tuple[str, Seed, str]]

    def tasks(self) -> list[DocumentTask]:
        from unionreader.documents import document_task, site_settings

        site = site_settings(self.config, self.templates)
        return [
            document_task(key, seed, digest, self.staging, site) for key, seed, digest in self.seeds
        ]

    def made(self) -> list[Made | Failed]:
        """The documents made (in the process that makes them)."""
        from unionreader.documents import try_record

        return [try_record(task) for task in self.tasks()]


def ready(config: BuildConfig, shelves: Path) -> Ready | None:
    """A process ready to make documents (`Ready`), when the last build's shelves are there
    (`shelves`: their file), there is a CPU to spare and processes fork; else None."""
    workers = Workers(config.workers).count
    if workers < 2 or not forks() or not shelves.is_file():
        return None
    receiving, sending = multiprocessing.get_context("fork").Pipe(duplex=False)
    aside = Aside(partial(_make_sent, receiving, sending), workers, behind=False)
    receiving.close()
    return Ready(aside, sending)


def _make_sent(receiving: Connection, sending: Connection) -> list[Made | Failed]:
    """In the ready process: load and warm up, then make the documents sent (none if the
    build sends none: it closes its end)."""
    sending.close()  # this process's copy: the build's end alone says when nothing comes
    began = time.perf_counter()
    from unionreader.documents import warm_up

    warm_up()
    warm = time.perf_counter()
    try:
        order: Order = receiving.recv()
    except EOFError:
        return []
    finally:
        receiving.close()
    sent = time.perf_counter()
    keep_freed_memory()
    made = order.made()
    logger.debug(
        "documents made apart: %.2f s loading, %.2f s waiting, %.2f s making",
        warm - began,
        sent - warm,
        time.perf_counter() - sent,
    )
    return made


def start(
    config: BuildConfig,
    inputs: Inputs,
    shelves: Path,
    staging: Path,
    waiting: Ready | None = None,
) -> Started | None:
    """The documents to make (`shelves`: the file of the last build's shelves), started when
    they are few, there is a CPU to spare and processes fork: sent to `waiting` if given,
    else in a process forked for them now; else None (the build makes them as it goes). The
    caller stops the process if the build fails before it asks for them (`Aside`)."""
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
        if waiting is not None:
            waiting.stop()  # it ends: the workers make them
        return None
    keep_freed_memory()  # a small rebuild: this process and those it forks
    wanted = [(keys[i], *inputs.seeds[i]) for i in indexes]
    order = Order(config, inputs.templates, staging, wanted)
    if waiting is None:
        return Started(indexes, Aside(order.made, workers, behind=False))
    waiting.send(order)
    return Started(indexes, waiting.aside)
