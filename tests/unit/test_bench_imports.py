"""bench/imports.py: a pass loads the build's modules in a fresh process, with the memo of
`re`'s character classes or without it."""

from __future__ import annotations

import pytest
from bench_scripts import bench_script

imports = bench_script("imports")


def test_a_memo_pass_reuses_classes_and_a_plain_pass_computes_none() -> None:
    memo, plain = imports.one("memo"), imports.one("plain")
    computed, reused = memo["classes"]
    assert reused > computed > 100
    assert plain["classes"] == [0, 0]  # `re` as it was: the memo never asked
    assert 0 < float(plain["seconds"]) < 30 and 0 < float(memo["seconds"]) < 30


def test_the_report_gives_both_medians_and_their_ratio(capsys: pytest.CaptureFixture[str]) -> None:
    assert imports.main(["--repeat", "1"]) == 0
    out = capsys.readouterr().out
    assert "plain re:" in out and "memo of classes:" in out and "ratio memo ÷ plain:" in out
