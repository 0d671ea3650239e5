from __future__ import annotations

import io
import logging

import pytest

from unionreader import progress
from unionreader.progress import Progress


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_terminal_sees_each_stage_and_a_clean_line_at_the_end(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(progress, "DELAY", 0.0)
    monkeypatch.setattr(progress, "INTERVAL", 0.0)
    stream = Terminal()
    shown = Progress(stream=stream)
    shown.stage("documents", 3)
    for _ in range(3):
        shown.advance()
    shown.stage("search index")
    shown.finish()
    text = stream.getvalue()
    assert "\rdocuments 0/3" in text and "documents 3/3" in text and "search index …" in text
    assert text.endswith("\r" + " " * len("search index …") + "\r")  # the widest line


def test_nothing_is_printed_when_it_is_not_a_terminal_or_the_build_is_quick(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    piped = io.StringIO()
    quiet = Progress(stream=piped)
    quiet.stage("documents", 1000)
    quiet.advance(1000)
    quiet.finish()
    assert piped.getvalue() == ""
    stream = Terminal()
    quick = Progress(stream=stream)  # done before DELAY: silent too
    quick.stage("documents", 2)
    quick.finish()
    assert stream.getvalue() == ""


def test_stage_times_are_logged_for_verbose_builds(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG, logger="unionreader.progress"):
        timed = Progress(enabled=False)
        timed.stage("documents")
        timed.stage("pages")
        timed.finish()
    assert [r.getMessage().split(":")[0] for r in caplog.records] == ["documents", "pages"]
