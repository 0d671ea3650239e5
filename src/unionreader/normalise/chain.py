"""The order the normalisation rules run in: RawText → NormalText."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace

from unionreader.errors import SeedError
from unionreader.model import Converted, Edit, Line, NormalText, Pass, RawText, Script
from unionreader.normalise.aggregator import remove_pinyin, strip_title_affixes
from unionreader.normalise.articles import join_article_numbers, space_run_in_articles
from unionreader.normalise.boilerplate import remove_boilerplate
from unionreader.normalise.boxes import box_tables
from unionreader.normalise.characters import (
    blank_lost_lines,
    decode_entities,
    drop_decorations,
    drop_markup,
    drop_watermarks,
    normalise_characters,
)
from unionreader.normalise.contents import drop_contents
from unionreader.normalise.duplicates import drop_pull_quotes, drop_repeated_paragraphs
from unionreader.normalise.furniture import rights_holder
from unionreader.normalise.headings import (
    join_broken_headings,
    join_heading_lines,
    number_headings,
    split_run_in_headings,
)
from unionreader.normalise.language import check_language
from unionreader.normalise.latin import normalise_latin
from unionreader.normalise.lines import (
    drop_blank_lines,
    join_broken_lines,
    join_label_values,
    join_lettered_title,
    join_occasion_lines,
    split_glued_headings,
)
from unionreader.normalise.metadata import extract_metadata
from unionreader.normalise.notemarks import join_note_marks
from unionreader.normalise.preface import split_lead_byline
from unionreader.normalise.printed import remove_printed_pages
from unionreader.normalise.punctuation import normalise_punctuation
from unionreader.normalise.quotes import close_split_quotes
from unionreader.normalise.script import detect_script, to_simplified
from unionreader.normalise.stated import canonical
from unionreader.normalise.subtitles import drop_subtitle_cues
from unionreader.normalise.unfold import unfold_lines

logger = logging.getLogger(__name__)

Rule = Callable[[tuple[Line, ...]], Pass]

TEXT_RULES: tuple[Rule, ...] = (
    join_lettered_title,
    remove_printed_pages,
    box_tables,
    drop_contents,
    join_note_marks,
    join_article_numbers,
    space_run_in_articles,
    remove_pinyin,
    join_label_values,
    join_occasion_lines,
    remove_boilerplate,
    strip_title_affixes,
    normalise_latin,
    normalise_punctuation,
    split_lead_byline,
)
"""Rules run after script conversion and before metadata is taken out."""

BODY_RULES: tuple[Rule, ...] = (
    join_broken_lines,
    close_split_quotes,
    split_glued_headings,
    number_headings,
    join_heading_lines,
    join_broken_headings,
    split_run_in_headings,
    drop_repeated_paragraphs,
    drop_pull_quotes,
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
    lines = drop_blank_lines(
        _run(
            (
                normalise_characters,
                decode_entities,
                blank_lost_lines,
                drop_markup,
                drop_decorations,
                drop_watermarks,
                drop_subtitle_cues,
            ),
            raw.lines,
            edits,
        )
    ).lines
    check_language(lines, raw.seed.path)
    script = detect_script("".join(line.text for line in lines))
    converted = None
    if script is Script.TRADITIONAL:
        written = "\n".join(line.text for line in lines)
        lines = _run((to_simplified,), lines, edits)
        converted = Converted(written, "\n".join(line.text for line in lines))
    lines = _run((unfold_lines,), lines, edits)
    lines = _run(TEXT_RULES, lines, edits)
    stated = canonical(raw.stated, script is Script.TRADITIONAL, stated=True)
    fallback = canonical(raw.fallback, script is Script.TRADITIONAL)
    found = extract_metadata(
        lines, stated.meta.title or fallback.meta.title, exact=bool(stated.meta.title)
    )
    edits.extend(found.edits)
    facts = replace(
        found.facts,
        kicker=found.facts.kicker or stated.kicker,
        subtitle=found.facts.subtitle or stated.subtitle,
        source=found.facts.source or _rights_holder(edits),
    )
    lines = _run(BODY_RULES, found.lines, edits)
    if not lines:
        raise SeedError(f"has no text left: its lines were {_taken_out(edits)}", raw.seed.path)
    return NormalText(
        raw.seed, script, lines, facts, tuple(edits), stated.meta, fallback.meta, converted
    )


def _rights_holder(edits: list[Edit]) -> str | None:
    """The outlet a notice of rights the furniture rules took out names (`本文系观察者网独家
    稿件`): the text's source where no line states one."""
    removed = (
        edit.before for edit in edits if edit.rule.startswith("boilerplate") and not edit.after
    )
    return next((holder for text in removed if (holder := rights_holder(text))), None)


_TAKEN_OUT = {
    "boilerplate": "page furniture",
    "metadata": "a title and metadata",
    "characters": "invisible characters",
}


def _taken_out(edits: list[Edit]) -> str:
    """What the rules took out of a text that has nothing left, in words."""
    rules = dict.fromkeys(edit.rule.split(".")[0] for edit in edits)
    return " or ".join(_TAKEN_OUT.get(rule, rule) for rule in rules) or "blank"
