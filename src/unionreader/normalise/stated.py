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

from unionreader.chinese import is_han
from unionreader.model import SeedMeta
from unionreader.normalise.ending import is_organisation
from unionreader.normalise.people import parse_speaker
from unionreader.normalise.script import simplified_all
from unionreader.normalise.titles import split_title

logger = logging.getLogger(__name__)

_ROLE = re.compile(
    r"^(?:本报|本网|本刊|特约|实习|见习|新华社|中新社|[\u4e00-\u9fff]{2,6}?(?:报社?|网|台))?"
    r"(?:(?:记者|通讯员|撰文|作者|编辑|特约撰稿人)[\s:：/｜|]*|文[\s:：/｜|]+)"
)
"""A role before an author's name (`記者鄭啟智`, `文｜辛辛`); `文` only with what parts it from
the name, which it may begin (`文彦`: 文 is a surname too)."""


@dataclass(frozen=True)
class Stated:
    """The stated metadata, and what its title line held besides the title."""

    meta: SeedMeta
    kicker: str | None = None
    subtitle: str | None = None


def canonical(meta: SeedMeta, traditional: bool, stated: bool = False) -> Stated:
    """`meta` in Simplified script, its title taken apart, its author a person or nothing
    (`stated`: what the text's own front matter says, where a pen name is an author too, and
    so is a body: `市总工会宣传部`)."""
    if traditional:
        texts = (meta.title, meta.author, meta.place, meta.source, meta.description)
        converted = iter(simplified_all([text for text in texts if text]))
        title, author, place, source, description = (next(converted) if t else t for t in texts)
        meta = replace(
            meta, title=title, author=author, place=place, source=source, description=description
        )
    author = person(meta.author, stated) if meta.author else None
    if author is None and stated and meta.author and _body(meta.author.strip()):
        author = meta.author.strip()
    if author is None and meta.author and not meta.source and _OUTLET.search(meta.author.strip()):
        meta = replace(meta, source=meta.author.strip())  # author: 澎湃新闻, where it was published
    if not meta.title:
        return Stated(replace(meta, author=author))
    parts = split_title(meta.title)
    meta = replace(meta, title=parts.title, author=author or parts.author)
    return Stated(meta, parts.kicker, parts.subtitle)


def person(text: str, pen_names: bool = False) -> str | None:
    """The person an author field names (`記者鄭啟智` → 鄭啟智; several joined with 、), or None
    when it names a column, a body or a role only. With `pen_names`, a name of two to four
    Chinese characters that is no body's or role's is a person's too (家興 has no surname), and
    a list's names that are no person's are left out of it (a tool it names: `ChatGPT`)."""
    names: list[str] = []
    for part in _parts(_ROLE.sub("", text.strip())):
        written = _ROLE.sub("", part.strip())
        found = parse_speaker(written)
        if found is None and pen_names and (_pen_name(written) or _latin_name(written)):
            names.append(written)
            continue
        if found is None or found.office:
            if pen_names and len(text) > len(part):
                continue  # a list's other names stand (`Mrered Cio、ChatGPT`: Mrered Cio)
            return None
        names.append(found.name)
    return "、".join(names) or None


def _parts(text: str) -> list[str]:
    """The names of an author field, parted by punctuation or spaces (`冯春梅 李昌禹 刘博通`); a
    name of two characters spaced out to the width of three (`姜  琳`, as a paper prints it) is
    one."""
    parts = [part for part in _PARTS.split(text) if part.strip()]
    joined: list[str] = []
    for part in parts:
        if joined and len(part) == 1 == len(joined[-1]) and is_han(part) and is_han(joined[-1]):
            joined[-1] += part
        else:
            joined.append(part)
    return joined


_PARTS = re.compile(r"[、，,;；/]|\s{2,}|(?<=[\u3400-\u9fff])\s(?=[\u3400-\u9fff])")
_LATIN_WORD = re.compile(r"^(?:[A-Z]?[a-z]+|[A-Za-z]\.)$")
"""A word of a person's name in Latin letters (`Michelle`, `a.`): no capital inside it, as a
brand or a column has (`FinMonster`, `CitizenNews`)."""
_NO_LATIN_NAME = frozenset(
    [
        "admin",
        "administrator",
        "editor",
        "editors",
        "staff",
        "anonymous",
        "unknown",
        "guest",
        "team",
        "desk",
        "news",
        "insights",
        "opinion",
        "column",
        "columns",
        "press",
        "media",
        "office",
    ]
)


def _latin_name(text: str) -> bool:
    """A writer's name in Latin letters, as a note's or a blog's front matter gives it
    (`mandy`, `Michelle Ng`), not a site's role or a column's name (`admin`, `Edu Insights`)."""
    words = text.split()
    return 1 <= len(words) <= 4 and all(
        _LATIN_WORD.match(word) and word.lower() not in _NO_LATIN_NAME for word in words
    )


_PEN_NAME = re.compile(r"^[\u3400-\u9fff]{2,4}$")
_OUTLET = re.compile(r"(?:新闻|日报|晚报|早报|时报|周刊|周报|周末|杂志|卫视|电视台|广播|网)$")
"""What the name of a paper, a magazine, a station or a site ends with (`澎湃新闻`, `南方人物周刊`):
an author field that holds one names where the text was published, its source."""
_NO_PERSON = re.compile(
    rf"{_OUTLET.pattern}|"
    r"(?:评论员|记者|编辑部?|通讯员|撰稿人|小组|课题组|专栏|工作室|网友|佚名|匿名|未知|管理员"
    r"|本报|本网|本刊|新华社|中新社|人民网|新华网"
    r"|来论|来稿|投稿|读者|时评|评论|社论|论坛|观察|观点|视点|之声"  # a column's name
    r"|转载|原创|整理|综合|供稿)$"  # how the post came (`特约转载`)
)


def _body(text: str) -> bool:
    """A body that issues a text (`某某市总工会`, `市总工会宣传部`), not a news agency or a site
    (`新华社`: a source) or a column."""
    return is_organisation(text) and not _NO_PERSON.search(text)


def _pen_name(text: str) -> bool:
    return bool(_PEN_NAME.match(text)) and not _NO_PERSON.search(text) and not is_organisation(text)
