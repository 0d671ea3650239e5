"""Worker processes: started only for enough work, results in order, behind the build's process."""

from __future__ import annotations

import os

from unionreader.workers import MIN_PARALLEL, NICENESS, Workers


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


def test_few_jobs_are_done_here() -> None:
    with Workers(2) as workers:
        assert workers.map(_niceness, [0, 1], lambda _: None) == [os.nice(0)] * 2
        assert workers.pool is None
