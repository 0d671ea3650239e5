"""The command line's settings for the processes it runs."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from unionreader.cli import NUMPY_SETTINGS, main


def test_the_command_line_sets_numpy_up_before_numpy_is_imported(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """numpy's linear algebra library would start a spinning thread per CPU (the build does no
    linear algebra), and numpy would ask for huge pages (seconds of system time where the kernel
    compacts memory for them); a value the user set is kept."""
    for name in NUMPY_SETTINGS:
        monkeypatch.delenv(name, raising=False)
    with pytest.raises(SystemExit):
        main(["inspect", "--help"])
    assert os.environ.get("OPENBLAS_NUM_THREADS") is None  # arguments first: --help exits
    main(["inspect", "no-such-seed.txt"])
    assert os.environ["OPENBLAS_NUM_THREADS"] == "1"
    monkeypatch.setenv("OPENBLAS_NUM_THREADS", "4")
    main(["inspect", "no-such-seed.txt"])
    assert os.environ["OPENBLAS_NUM_THREADS"] == "4"
    probe = (
        "from unionreader.cli import main; main(['inspect', 'no-such-seed.txt']); "
        "from numpy._core.multiarray import _get_madvise_hugepage; "
        "print(_get_madvise_hugepage())"
    )
    environment = {k: v for k, v in os.environ.items() if k not in NUMPY_SETTINGS}
    for setting, expected in [(None, "False"), ("1", "True")]:
        env = environment if setting is None else {**environment, "NUMPY_MADVISE_HUGEPAGE": setting}
        out = subprocess.run(
            [sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True
        )
        assert out.stdout.split()[-1] == expected, (setting, out.stdout, out.stderr)
