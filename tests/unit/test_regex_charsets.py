"""The memo of `re`'s character classes: installed with the package, and patterns compile to
the same code with it as without it."""

from __future__ import annotations

import importlib
import re
import sys
from typing import Any

import pytest

import unionreader.stages  # noqa: F401  (the build's modules and their patterns)
from unionreader import regex_charsets
from unionreader.documents import load_readers

_compiler: Any = importlib.import_module("re._compiler")
_parser: Any = importlib.import_module("re._parser")


def _code(pattern: str | bytes, flags: int) -> list[int]:
    code: list[int] = _compiler._code(_parser.parse(pattern, flags), flags)
    return code


def _project_patterns() -> list[re.Pattern[Any]]:
    load_readers()
    found = {}
    for name, module in list(sys.modules.items()):
        if name.startswith("unionreader"):
            for value in vars(module).values():
                if isinstance(value, re.Pattern):
                    found[(value.pattern, value.flags)] = value
    return list(found.values())


def test_the_memo_is_in_front_of_re_once_the_package_is_imported() -> None:
    assert regex_charsets.installable()
    assert _compiler._optimize_charset is regex_charsets._optimized
    computed, reused = regex_charsets.counts()
    assert computed > 100 and reused > computed  # the build's classes repeat


def test_every_pattern_of_the_project_compiles_to_the_same_code_with_the_memo() -> None:
    patterns = _project_patterns()
    assert len(patterns) > 300
    with_memo = [_code(p.pattern, p.flags) for p in patterns]
    regex_charsets.uninstall()
    try:
        plain = [_code(p.pattern, p.flags) for p in patterns]
    finally:
        regex_charsets.install()
    assert with_memo == plain


@pytest.mark.parametrize(
    ("pattern", "flags", "text"),
    [
        ("[\u4e00-\u9fff]+", 0, "工会 union 工作"),
        ("[a-zé\u4e00-\u9fff]+", re.IGNORECASE, "Été 工会 ÉTÉ"),
        ("[^\u3000-\u303f\U00020000-\U0003ffff]+", 0, "讲话。\U00020bb7字"),
        ("[\\d\\s，。]+", 0, "1，2。 3"),
        (b"[\x00-\x7f]+", 0, b"ab\xff"),
    ],
)
def test_a_class_reads_the_same_with_the_memo_the_second_time(
    pattern: str, flags: int, text: str
) -> None:
    first = _code(pattern, flags)
    again = _code(pattern, flags)  # from the memo
    regex_charsets.uninstall()
    try:
        plain = _code(pattern, flags)
        matched = re.compile(pattern, flags).findall(text)
    finally:
        regex_charsets.install()
    assert first == again == plain
    re.purge()
    assert re.compile(pattern, flags).findall(text) == matched
