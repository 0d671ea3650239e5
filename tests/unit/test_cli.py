"""The command line's settings for the processes it runs."""

from __future__ import annotations

import os

import pytest

from unionreader.cli import main


def test_the_command_line_keeps_numpy_to_one_linear_algebra_thread(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """numpy's linear algebra library would start a spinning thread per CPU (the build does no
    linear algebra); a value the user set is kept."""
    monkeypatch.delenv("OPENBLAS_NUM_THREADS", raising=False)
    with pytest.raises(SystemExit):
        main(["inspect", "--help"])
    assert os.environ.get("OPENBLAS_NUM_THREADS") is None  # arguments first: --help exits
    main(["inspect", "no-such-seed.txt"])
    assert os.environ["OPENBLAS_NUM_THREADS"] == "1"
    monkeypatch.setenv("OPENBLAS_NUM_THREADS", "4")
    main(["inspect", "no-such-seed.txt"])
    assert os.environ["OPENBLAS_NUM_THREADS"] == "4"
