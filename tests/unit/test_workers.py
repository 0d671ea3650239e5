"""Worker processes: started only for enough work, results in order, behind the build's process."""

from __future__ import annotations

import contextlib
import gc
import multiprocessing
import os
import time
from functools import partial
from multiprocessing.connection import Connection
from pathlib import Path

import pytest

from unionreader.errors import BuildError
from unionreader.pipeline import COLLECTION_THRESHOLDS, fewer_collections
from unionreader.workers import ASIDE_NICENESS, MIN_PARALLEL, NICENESS, Aside, Then, Workers


def _niceness(_: int) -> int:
    return os.nice(0)


def _square(number: int) -> int:
    return number * number


def test_workers_give_results_in_order_and_yield_the_cpu_to_the_build() -> None:
    items = list(range(MIN_PARALLEL * 2))
    steps: list[int] = []
    with Workers(2) as workers:
        assert workers.map(_square, items, steps.append) == [n * n for n in items]
        assert workers.pool is not None and sum(steps) == len(items)
        niceness = set(workers.map(_niceness, items, steps.append))
    assert niceness == {min(os.nice(0) + NICENESS, 19)}


def _sum_and_pid(numbers: list[int]) -> tuple[int, int]:
    return sum(numbers), os.getpid()


def test_batches_go_to_the_workers_whole_and_few_items_are_one_batch_here() -> None:
    items = list(range(MIN_PARALLEL * 8))
    with Workers(2) as workers:
        batches = workers.submit_batches(_sum_and_pid, items)
        assert len(batches) > 1 and [i for batch, _ in batches for i in batch] == items
        for batch, future in batches:
            assert future.result() == (sum(batch), future.result()[1]) != (sum(batch), os.getpid())
        few = Workers(2)
        [(batch, future)] = few.submit_batches(_sum_and_pid, [1, 2, 3])
        assert batch == [1, 2, 3] and future.result() == (6, os.getpid()) and few.pool is None
        assert few.submit_batches(_sum_and_pid, []) == []


def _fails(numbers: list[int]) -> None:
    raise BuildError(f"cannot make {numbers}", Path("/x"))


def _slow_mark(paths: list[Path]) -> None:
    time.sleep(5)
    paths[0].write_text("written")


def test_few_items_apart_go_to_a_process_of_their_own_and_many_to_the_workers(
    tmp_path: Path,
) -> None:
    with Workers(2) as workers:
        [(batch, future)] = workers.submit_batches(_sum_and_pid, [1, 2, 3], apart=True)
        total, pid = future.result()
        assert batch == [1, 2, 3] and total == 6 and pid != os.getpid()
        assert workers.pool is None  # no workers started for so few
        [(_, failed)] = workers.submit_batches(_fails, [4], apart=True)
        with pytest.raises(BuildError, match=r"cannot make \[4\]"):
            failed.result()
        many = list(range(MIN_PARALLEL))
        batches = workers.submit_batches(_sum_and_pid, many, apart=True)
        assert workers.pool is not None and sum(f.result()[0] for _, f in batches) == sum(many)
    with Workers(1) as alone:  # one CPU: here and now
        [(_, here)] = alone.submit_batches(_sum_and_pid, [5], apart=True)
        assert here.result() == (5, os.getpid())
    with pytest.MonkeyPatch.context() as patch, Workers(2) as unforked:  # Windows: here too
        patch.setattr(multiprocessing, "get_all_start_methods", lambda: ["spawn"])
        [(_, here)] = unforked.submit_batches(_sum_and_pid, [6], apart=True)
        assert here.result() == (6, os.getpid()) and unforked.apart == []
    mark = tmp_path / "late"
    with pytest.raises(RuntimeError), Workers(2) as failing:  # the build fails meanwhile
        failing.submit_batches(_slow_mark, [mark], apart=True)
        raise RuntimeError("the build failed meanwhile")
    time.sleep(0.2)
    assert not mark.exists()  # the process apart was stopped


def test_few_jobs_are_done_here() -> None:
    with Workers(2) as workers:
        assert workers.map(_niceness, [0, 1], lambda _: None) == [os.nice(0)] * 2
        assert workers.pool is None


def test_a_map_taken_later_starts_in_the_workers_or_is_done_here_when_taken() -> None:
    """`map_apart`: many items start in the workers at once (their results taken in order,
    progress as they come); few are done here, and only once taken."""
    items = list(range(MIN_PARALLEL * 2))
    steps: list[int] = []
    done: list[int] = []
    with Workers(2) as workers:
        taken = workers.map_apart(_square, items, steps.append)
        assert workers.pool is not None and steps == []
        assert taken() == [n * n for n in items] and sum(steps) == len(items)
    with Workers(2) as workers:
        few = workers.map_apart(lambda n: done.append(n) or os.getpid(), [1, 2], steps.append)
        assert done == [] and workers.pool is None
        assert few() == [os.getpid()] * 2 and done == [1, 2]


def test_work_aside_runs_in_another_process_and_sends_its_result_back() -> None:
    with Aside(os.getpid, 2) as aside:
        assert aside.result() != os.getpid()
    with Aside(lambda: {"made": [1, 2]}, 2) as aside:  # not picklable itself: forked
        assert aside.result() == {"made": [1, 2]}
    with Aside(partial(os.nice, 0), 2) as aside:  # behind the build's process, as workers are
        assert aside.result() == min(os.nice(0) + ASIDE_NICENESS, 19)
    with Aside(partial(os.nice, 0), 2, behind=False) as aside:  # work the build waits for
        assert aside.result() == os.nice(0)


def test_with_one_cpu_work_aside_is_done_here_when_its_result_is_asked_for() -> None:
    done: list[int] = []

    def work() -> int:
        done.append(os.getpid())
        return 7

    aside = Aside(work, 1)
    assert done == []
    assert aside.result() == 7 and done == [os.getpid()]


def test_an_error_aside_reaches_the_build_as_itself() -> None:
    def fails() -> None:
        raise BuildError("no room", Path("/x"))

    with Aside(fails, 2) as aside, pytest.raises(BuildError, match="no room"):
        aside.result()


def test_a_result_that_does_not_pickle_becomes_an_error_that_says_so() -> None:
    with Aside(lambda: lambda: None, 2) as aside, pytest.raises(BuildError, match="pickle"):
        aside.result()


def test_leaving_early_stops_the_work_aside(tmp_path: Path) -> None:
    mark = tmp_path / "late"

    def slow() -> None:
        time.sleep(5)
        mark.write_text("written")

    with pytest.raises(RuntimeError), Aside(slow, 2) as aside:
        process = aside.process
        raise RuntimeError("the build failed meanwhile")
    assert process is not None and not process.is_alive()
    time.sleep(0.2)
    assert not mark.exists()


def _kept_later(gate: Connection, mark: Path, text: str) -> None:
    """Work after the result: waits for the test to open the gate, then writes `mark`."""
    gate.recv()
    mark.write_text(text)


def test_work_aside_sends_its_result_before_what_it_does_after(tmp_path: Path) -> None:
    """A function that returns `Then` has its result sent at once; the process then does the
    rest, which leaving the `Aside` waits for (or, when the build failed, stops)."""
    for failed in (False, True):
        mark = tmp_path / f"kept-{failed}"
        waiting, gate = multiprocessing.Pipe(duplex=False)
        after = partial(_kept_later, waiting, mark, "kept")
        with contextlib.suppress(RuntimeError), Aside(partial(Then, 6, after), 2) as aside:
            assert aside.result() == 6  # sent while what it does after waits at the gate
            assert not mark.exists()
            if failed:
                raise RuntimeError("the build failed meanwhile")
            gate.send("go")
        assert mark.exists() is not failed  # waited for, or stopped at the gate
        assert failed or mark.read_text() == "kept"
    # Where it runs here (one CPU), what it does after is done before the result is given.
    mark = tmp_path / "here"
    aside = Aside(lambda: Then(7, lambda: mark.write_text("here")), 1)
    assert aside.result() == 7 and mark.read_text() == "here"


def _thresholds(_: int) -> tuple[int, int, int]:
    return gc.get_threshold()


def test_a_build_s_processes_collect_garbage_less_often_and_then_as_before() -> None:
    before = gc.get_threshold()
    assert before != COLLECTION_THRESHOLDS
    items = list(range(MIN_PARALLEL * 2))
    with fewer_collections(), Workers(2) as workers:
        assert gc.get_threshold() == COLLECTION_THRESHOLDS
        assert set(workers.map(_thresholds, items, lambda _: None)) == {COLLECTION_THRESHOLDS}
        with Aside(partial(_thresholds, 0), 2) as aside:
            assert aside.result() == COLLECTION_THRESHOLDS
    assert gc.get_threshold() == before
    with pytest.raises(ValueError), fewer_collections():
        raise ValueError("a build that fails")
    assert gc.get_threshold() == before
