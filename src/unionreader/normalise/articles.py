"""Article rule: an article's number on a line of its own (`第 1 條` over its text, as Taiwan's law
database prints a law) goes at the head of the line below, parted from it by a space, as a law
is printed elsewhere (`第1条　为规定…`): the article is then one numbered point."""

from __future__ import annotations

import logging
import re
from dataclasses import replace

from unionreader.chinese import LAW_NUMBER
from unionreader.model import Edit, Line, Pass

logger = logging.getLogger(__name__)

RULE = "lines.article"

ALONE = re.compile(rf"^第\s*(?:{LAW_NUMBER})\s*[条條](?:之\s*\d{{1,2}})?$")
SEPARATOR = "\u3000"


def join_article_numbers(lines: tuple[Line, ...]) -> Pass:
    """Join each article number that stands alone to the line below it."""
    out: list[Line] = []
    edits: list[Edit] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        number = line.text.strip()
        if ALONE.match(number) and index + 1 < len(lines) and lines[index + 1].text.strip():
            below = lines[index + 1].text.strip()
            if not ALONE.match(below):
                edits.append(
                    Edit(
                        RULE,
                        line.number,
                        f"{number} {below[:6]}",
                        f"{number}{SEPARATOR}{below[:6]}",
                    )
                )
                # the line keeps its text's shape: a page's heading of the number heads no section
                following = lines[index + 1]
                joined = f"{number}{SEPARATOR}{below}"
                out.append(replace(line, text=joined, shape=following.shape, level=following.level))
                index += 2
                continue
        out.append(line)
        index += 1
    return Pass(tuple(out), tuple(edits)) if edits else Pass(lines)
