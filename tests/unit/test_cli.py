"""The command line's settings for the processes it runs."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from unionreader.cli import NUMPY_SETTINGS, main


@pytest.fixture(autouse=True)
def _logging_as_it_was() -> Iterator[None]:
    """`main` sets the program's logging up: the tests after these find it as it was."""
    package = logging.getLogger("unionreader")
    level, root = package.level, logging.getLogger().level
    yield
    package.setLevel(level)
    logging.getLogger().setLevel(root)


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


def test_the_program_exits_with_mains_status_its_output_flushed_without_tearing_down(
    tmp_path: Path,
) -> None:
    """`run` (the `unionreader` command and build.py) leaves at once once `main` returns: what
    it printed reaches a pipe (block-buffered there, so lost were it not flushed), its exit
    status is `main`'s, and the interpreter is not torn down (no exit handler runs)."""

    def run(*argv: str) -> subprocess.CompletedProcess[str]:
        probe = (
            "import atexit, sys; atexit.register(lambda: print('torn down', file=sys.stderr)); "
            f"print('printed before'); from unionreader.cli import run; run({list(argv)!r})"
        )
        command = [sys.executable, "-c", probe]
        return subprocess.run(command, capture_output=True, text=True, check=False, cwd=tmp_path)

    failed = run("inspect", "no-such-seed.txt")
    assert failed.returncode == 1
    assert failed.stdout == "printed before\n"
    assert failed.stderr.startswith("error: ") and failed.stderr.count("\n") == 1
    assert "torn down" not in failed.stderr
    helped = run("inspect", "--help")
    assert helped.returncode == 0  # argparse exits by itself: the interpreter's usual way out
    assert "usage:" in helped.stdout and "torn down" in helped.stderr


def test_warnings_are_the_programs_own_not_its_libraries(tmp_path: Path) -> None:
    """A page with no main text: the user reads the program's error naming the page (and its
    warnings about the seed), not the extraction library's own warning ("discarding data:
    None"), with or without --verbose."""
    page = tmp_path / "empty.html"
    page.write_text("<html><head><title>标题</title></head><body></body></html>")
    for verbose in ([], ["--verbose"]):
        command = [sys.executable, "-m", "unionreader.cli", *verbose, "inspect", str(page)]
        out = subprocess.run(command, capture_output=True, text=True, check=False)
        assert out.returncode == 1
        assert "has no main text" in out.stderr
        assert "no entry in" in out.stderr  # the program's own warning still shows
        assert "discarding" not in out.stderr, out.stderr
