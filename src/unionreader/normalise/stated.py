"""What a format states about a text, made canonical like the text itself.

Front matter and page properties are written by whoever saved the file, not by the text's author: a
title keeps its column kicker (`【职工盟解散】…`) or its author (`王文：…`), an author field holds
a reporter's role (`記者鄭啟智`) or a column's name (`特約轉載`, `眾新聞記者`). Here the title is
taken apart as a title line is (`titles.split_title`), an author is kept only when it names a
person (after its role is cut), and everything is converted to Simplified script with the text.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, replace

from unionreader.model import SeedMeta
from unionreader.normalise.people import parse_speaker
from unionreader.normalise.script import simplified
from unionreader.normalise.titles import split_title

logger = logging.getLogger(__name__)

_ROLE = re.compile(
    r"^(?:本报|本网|本刊|特约|实习|见习)?(?:记者|通讯员|撰文|作者|文|编辑|特约撰稿人)[\s:：/｜|]*"
)


@dataclass(frozen=True)
class Stated:
    """The stated metadata, and what its title line held besides the title."""

    meta: SeedMeta
    kicker: str | None = None
    subtitle: str | None = None


def canonical(meta: SeedMeta, traditional: bool) -> Stated:
    """`meta` in Simplified script, its title taken apart, its author a person or nothing."""
    if traditional:
        meta = replace(
            meta,
            title=_simplified(meta.title),
            author=_simplified(meta.author),
            place=_simplified(meta.place),
            source=_simplified(meta.source),
            description=_simplified(meta.description),
        )
    author = person(meta.author) if meta.author else None
    if not meta.title:
        return Stated(replace(meta, author=author))
    parts = split_title(meta.title)
    meta = replace(meta, title=parts.title, author=author or parts.author)
    return Stated(meta, parts.kicker, parts.subtitle)


def _simplified(text: str | None) -> str | None:
    return simplified(text) if text else text


def person(text: str) -> str | None:
    """The person an author field names (`記者鄭啟智` → 鄭啟智; several joined with 、), or None
    when it names a column, a body or a role only."""
    names: list[str] = []
    for part in re.split(r"[、，,;；/]|\s{2,}", _ROLE.sub("", text.strip())):
        found = parse_speaker(_ROLE.sub("", part.strip()))
        if found is None or found.office:
            return None
        names.append(found.name)
    return "、".join(names) or None
