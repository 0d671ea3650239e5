"""Golden cases for every normalisation rule.

Each `tests/golden/normalise/<case>.in.txt` whose case name starts with one of the prefixes below is
run through that rule; the output (the lines, a blank line, then one line per edit; for metadata
also the facts found) must equal `<case>.out.txt`. Rules that run after layout in the chain get
their input as the chain gives it: edge spaces stripped and blank lines dropped.
Regenerate with `pytest --update-golden` and review the diff.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from helpers import Golden

from unionreader.model import Line, Pass
from unionreader.normalise.aggregator import remove_pinyin, strip_title_affixes
from unionreader.normalise.boilerplate import remove_boilerplate
from unionreader.normalise.characters import normalise_characters
from unionreader.normalise.duplicates import drop_repeated_paragraphs
from unionreader.normalise.headings import join_heading_lines, split_run_in_headings
from unionreader.normalise.latin import normalise_latin
from unionreader.normalise.lines import drop_blank_lines, join_broken_lines, split_glued_headings
from unionreader.normalise.metadata import extract_metadata
from unionreader.normalise.printed import remove_printed_pages
from unionreader.normalise.punctuation import normalise_punctuation
from unionreader.normalise.script import to_simplified
from unionreader.normalise.unfold import unfold_lines

CASES = Path(__file__).resolve().parent.parent / "golden" / "normalise"

Rule = Callable[[tuple[Line, ...]], Pass]


def _after_layout(rule: Rule) -> Rule:
    return lambda lines: rule(drop_blank_lines(lines).lines)


def _metadata(lines: tuple[Line, ...]) -> Pass:
    """Metadata extraction, with the facts it found appended as `facts.<field>` lines."""
    found = extract_metadata(drop_blank_lines(lines).lines)
    facts = tuple(
        Line(0, f"facts.{name}: {value}")
        for name, value in vars(found.facts).items()
        if value is not None
    )
    return Pass(found.lines + facts, found.edits)


RULES: dict[str, Rule] = {
    "characters": normalise_characters,
    "printed": _after_layout(remove_printed_pages),
    "script": to_simplified,
    "punctuation": normalise_punctuation,
    "spacing": normalise_punctuation,
    "latin": normalise_latin,
    "boilerplate": _after_layout(remove_boilerplate),
    "metadata": _metadata,
    "join": _after_layout(join_broken_lines),
    "split": _after_layout(split_glued_headings),
    "duplicates": _after_layout(drop_repeated_paragraphs),
    "unfold": unfold_lines,
    "pinyin": remove_pinyin,
    "aggregator": _after_layout(strip_title_affixes),
    "headjoin": _after_layout(join_heading_lines),
    "runin": _after_layout(split_run_in_headings),
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
