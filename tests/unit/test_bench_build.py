"""bench/build.py's summary of repeated runs: each stage's median run, and ratios that are the
median of each run's own (a side by side of two builds run one after the other)."""

from __future__ import annotations

from types import ModuleType

from bench_scripts import bench_script
from paths import ROOT


def _bench() -> ModuleType:
    return bench_script("build")


def test_a_ratio_is_the_median_of_each_run_s_own_ratio() -> None:
    bench = _bench()

    def row(ours: float, theirs: float, edit: float, peer_edit: float) -> object:
        made = bench.Row("generated 1000", 1000, 6.9, checked=True)
        made.project = {"cold": bench.Run(ours, 400, True), "edit": bench.Run(edit, 500, True)}
        made.peer = {"cold": bench.Run(theirs, 500, True), "edit": bench.Run(peer_edit, 500, True)}
        return made

    # The machine's speed moves between runs: two runs' own ratio is 2×, while the median runs
    # of the two sides, taken apart, come from different runs (12 ÷ 5 = 2.4×).
    runs = [row(10, 5, 2, 4), row(14, 7, 3, 6), row(12, 3, 1, 1)]
    combined = bench.combine(runs)
    assert combined.runs["cold"] == [2.0, 2.0, 4.0]
    assert combined.ratio("cold") == 2.0
    assert combined.project["cold"].seconds / combined.peer["cold"].seconds == 2.4
    assert combined.runs["edit"] == [0.5, 0.5, 1.0] and combined.ratio("edit") == 0.5
    assert "runs: 10.00, 14.00, 12.00" in combined.project["cold"].note
    assert combined.verdicts()["cold_ratio"] is False and combined.verdicts()["edit_ratio"]
    one = row(9, 3, 1, 2)  # a single run: its own ratio
    assert one.ratio("cold") == 3.0 and one.ratio("edit") == 0.5


def test_against_another_clone_the_row_shows_what_the_change_costs() -> None:
    """With `--against`, a row's cold verdict is the 20% a change may cost, not the bars
    against Hugo + Pagefind (1.23× passed as `cold_ratio:ok` before)."""
    bench = _bench()
    made = bench.Row("generated 1000", 1000, 6.9, checked=True)
    made.project = {"cold": bench.Run(17.19, 400, True), "edit": bench.Run(3.66, 500, True)}
    made.peer = {"cold": bench.Run(14.03, 300, True), "edit": bench.Run(2.53, 300, True)}
    against = bench._marks(made, ROOT)
    assert against.startswith("cold_cost:FAIL") and "cold_ratio" not in against
    assert "peak_mb:ok" in against
    assert bench._marks(made, None).startswith("cold_ratio:ok edit_ratio:FAIL")
    made.project["cold"] = bench.Run(16.0, 400, True)  # 1.14×: within what a change may cost
    assert bench._marks(made, ROOT).startswith("cold_cost:ok")
