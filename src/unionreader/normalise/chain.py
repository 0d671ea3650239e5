"""The order the normalisation rules run in: RawText → NormalText."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace

from unionreader.model import Edit, Line, NormalText, Pass, RawText, Script
from unionreader.normalise.aggregator import remove_pinyin, strip_title_affixes
from unionreader.normalise.boilerplate import remove_boilerplate
from unionreader.normalise.characters import normalise_characters
from unionreader.normalise.duplicates import drop_repeated_paragraphs
from unionreader.normalise.headings import join_heading_lines, split_run_in_headings
from unionreader.normalise.latin import normalise_latin
from unionreader.normalise.lines import drop_blank_lines, join_broken_lines, split_glued_headings
from unionreader.normalise.metadata import extract_metadata
from unionreader.normalise.punctuation import normalise_punctuation
from unionreader.normalise.script import detect_script, to_simplified
from unionreader.normalise.stated import canonical
from unionreader.normalise.unfold import unfold_lines

logger = logging.getLogger(__name__)

Rule = Callable[[tuple[Line, ...]], Pass]

TEXT_RULES: tuple[Rule, ...] = (
    remove_pinyin,
    remove_boilerplate,
    strip_title_affixes,
    normalise_latin,
    normalise_punctuation,
)
"""Rules run after script conversion and before metadata is taken out."""

BODY_RULES: tuple[Rule, ...] = (
    join_broken_lines,
    split_glued_headings,
    join_heading_lines,
    split_run_in_headings,
    drop_repeated_paragraphs,
)
"""Rules run on the body once metadata lines are gone."""


def _run(rules: tuple[Rule, ...], lines: tuple[Line, ...], edits: list[Edit]) -> tuple[Line, ...]:
    for rule in rules:
        result = rule(lines)
        lines = result.lines
        edits.extend(result.edits)
    return lines


def normalise(raw: RawText) -> NormalText:
    """Run every rule in order; the result is in Simplified script with every change recorded."""
    edits: list[Edit] = list(raw.edits)
    lines = drop_blank_lines(_run((normalise_characters,), raw.lines, edits)).lines
    script = detect_script("".join(line.text for line in lines))
    if script is Script.TRADITIONAL:
        lines = _run((to_simplified,), lines, edits)
    lines = _run((unfold_lines,), lines, edits)
    lines = _run(TEXT_RULES, lines, edits)
    stated = canonical(raw.stated, script is Script.TRADITIONAL, stated=True)
    fallback = canonical(raw.fallback, script is Script.TRADITIONAL)
    found = extract_metadata(lines, stated.meta.title or fallback.meta.title)
    edits.extend(found.edits)
    facts = replace(
        found.facts,
        kicker=found.facts.kicker or stated.kicker,
        subtitle=found.facts.subtitle or stated.subtitle,
    )
    lines = _run(BODY_RULES, found.lines, edits)
    return NormalText(raw.seed, script, lines, facts, tuple(edits), stated.meta, fallback.meta)
