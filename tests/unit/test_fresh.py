"""The process a rebuild forks as it starts, ready to make the documents it is sent
(`fresh.Ready`), and the short document it warms up on (`documents.warm_up`)."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from paths import SEEDS

from unionreader.catalog import load_catalog
from unionreader.documents import Failed, built, warm_up
from unionreader.errors import SeedError
from unionreader.fresh import Order, ready
from unionreader.pipeline import BuildConfig
from unionreader.workers import forks

pytestmark = pytest.mark.skipif(not forks(), reason="processes do not fork here")


def _config(tmp_path: Path, workers: int = 2) -> BuildConfig:
    return BuildConfig(SEEDS, tmp_path / "site", cache_dir=tmp_path / "cache", workers=workers)


def test_a_process_is_ready_only_for_a_rebuild_with_a_cpu_to_spare(tmp_path: Path) -> None:
    shelves = tmp_path / "records.sqlite"
    assert ready(_config(tmp_path), shelves) is None  # no last build
    shelves.write_bytes(b"")
    assert ready(_config(tmp_path, workers=1), shelves) is None
    with ready(_config(tmp_path), shelves) as waiting:
        assert waiting is not None
        waiting.stop()  # nothing sent: it ends, having made nothing
        assert waiting.aside.result() == []


def test_the_ready_process_makes_the_documents_it_is_sent(tmp_path: Path) -> None:
    shelves = tmp_path / "records.sqlite"
    shelves.write_bytes(b"")
    seed = load_catalog(SEEDS)[0]
    staging = tmp_path / "staging"
    staging.mkdir()
    with ready(_config(tmp_path), shelves) as waiting:
        assert waiting is not None
        waiting.send(Order(_config(tmp_path), "templates", staging, [("key", seed, "digest")]))
        (record, _), *others = waiting.aside.result()
    assert not others and record.key == "key" and record.card.slug == seed.slug
    assert any(staging.rglob("*.md"))  # its files are staged


def test_a_document_that_fails_in_the_ready_process_is_reported(
    tmp_path: Path,
) -> None:
    shelves = tmp_path / "records.sqlite"
    shelves.write_bytes(b"")
    seed = load_catalog(SEEDS)[0]
    missing = type(seed)(tmp_path / "gone.txt", "gone", seed.meta, catalogued=False)
    with ready(_config(tmp_path), shelves) as waiting:
        assert waiting is not None
        waiting.send(Order(_config(tmp_path), "templates", tmp_path, [("key", missing, "d")]))
        made = waiting.aside.result()
    assert [type(one) for one in made] == [Failed]
    with pytest.raises(SeedError, match=r"gone\.txt: cannot be read"):
        built(made)


def test_warming_up_says_nothing_and_leaves_logging_as_it_was(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level(logging.DEBUG):
        warm_up()
        assert caplog.records == []
        logging.getLogger("unionreader").debug("still heard")
    assert [record.getMessage() for record in caplog.records] == ["still heard"]


def test_the_order_makes_one_task_per_document(tmp_path: Path) -> None:
    seeds = load_catalog(SEEDS)[:2]
    wanted = [(f"k{i}", seed, "d") for i, seed in enumerate(seeds)]
    tasks = Order(_config(tmp_path), "t", tmp_path, wanted).tasks()
    assert [task.key for task in tasks] == ["k0", "k1"]
    assert [task.place.seed for task in tasks] == seeds and tasks[0].staging == tmp_path
