"""Golden cases for the script, punctuation, spacing and latin rules.

Each `tests/golden/normalise/<case>.in.txt` whose case name starts with one of the prefixes below is
run through that rule; the output (the lines, a blank line, then one line per edit) must equal
`<case>.out.txt`. Other prefixes belong to other rules' test modules and are ignored here.
Regenerate with `pytest --update-golden` and review the diff.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from unionreader.model import Line, Pass
from unionreader.normalise.latin import normalise_latin
from unionreader.normalise.punctuation import normalise_punctuation
from unionreader.normalise.script import to_simplified

if TYPE_CHECKING:
    from conftest import Golden

CASES = Path(__file__).resolve().parent.parent / "golden" / "normalise"

RULES: dict[str, Callable[[tuple[Line, ...]], Pass]] = {
    "script": to_simplified,
    "punctuation": normalise_punctuation,
    "spacing": normalise_punctuation,
    "latin": normalise_latin,
}


def _cases() -> list[Path]:
    return [
        path
        for path in sorted(CASES.glob("*.in.txt"))
        if path.name.split("-", 1)[0] in RULES and "-" in path.name
    ]


def render(result: Pass) -> str:
    """The lines, a blank line, then one line per edit: `L<line> <rule>: <before> → <after>`."""
    text = "\n".join(line.text for line in result.lines)
    edits = "\n".join(f"L{e.line} {e.rule}: {e.before} → {e.after}" for e in result.edits)
    return f"{text}\n\n{edits}\n"


def test_every_rule_has_cases() -> None:
    prefixes = {path.name.split("-", 1)[0] for path in _cases()}
    assert prefixes == set(RULES)


@pytest.mark.parametrize("case", _cases(), ids=lambda path: path.name.removesuffix(".in.txt"))
def test_golden(case: Path, golden: Golden) -> None:
    rule = RULES[case.name.split("-", 1)[0]]
    raw = case.read_text(encoding="utf-8").splitlines()
    lines = tuple(Line(number, text) for number, text in enumerate(raw, start=1))
    expected = case.with_name(case.name.removesuffix(".in.txt") + ".out.txt")
    golden.check(expected, render(rule(lines)))
