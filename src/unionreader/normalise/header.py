"""The header of a text: what stands above its body, line by line, as a careful editor reads it.

From the top, before the first line of running text, a salutation or a numbered heading:

- an **epigraph**: a quotation (one or more lines of sentences, or in quotation marks) with an
  attribution line below it (`——习近平`), above the title;
- **kickers**: a series kicker in `【…】`, a column line, or a one-sentence kicker (引题) above the
  title;
- the **title**, over one or two lines, and a **subtitle** below it (`——在…上的讲话`);
- a **date** line (`（2019年8月19日）`, also in Chinese numerals), a **speaker** or author line
  (`王东明`, `中华全国总工会主席 王东明`, `本报评论员`), reporters' bylines and a portal's dateline.

Which heading-like line is the title follows the genre the other lines show. A speech or report
(subtitle, date line, speaker line) has no kicker: the heading-like lines above them are its title
over two lines. A news page (reporters' byline, portal dateline) has its title just above them and
kickers above that. With nothing to go by, the first heading-like line is the title; a second one
continues it when the lines read as one phrase (the first ends with a word such as 在/的/和, or the
second opens with 暨/和/的…), else it heads the first section. A title the format states (front
matter, a page's title) picks its line among the candidates.
"""

from __future__ import annotations

import itertools
import logging
import re
from dataclasses import dataclass, replace
from enum import Enum

from unionreader.chinese import SENTENCE_END, is_heading_like
from unionreader.docmeta import is_salutation
from unionreader.markers import heading_number, leading_marker
from unionreader.model import Facts, Line, Shape
from unionreader.normalise.ending import author_note, is_author_note, organisations
from unionreader.normalise.fields import parse_byline, parse_date_line, parse_dateline
from unionreader.normalise.people import parse_speaker
from unionreader.normalise.titles import DASH, KICKER, join_title, reads_as_one, split_title

logger = logging.getLogger(__name__)

WINDOW = 12
"""The header lies within this many lines of the top."""

HEADS = 3
"""At most this many heading-like lines belong to a header (a kicker and a title over two)."""

KICKER_SENTENCE = 40
"""A one-sentence kicker above a title is at most this long."""

QUESTION_TITLE = 30
"""A title ending with ？ or ！ (工会如何当好娘家人？) is at most this long."""

COLUMN = 4
"""A heading-like line this short above the title is a column's name (社论, 特稿, 工会视点)."""

_QUOTED = re.compile(r"^[“「『\"].*[”」』\"]$")
_INLINE_EPIGRAPH = re.compile(
    r"^(?P<quote>[“「『].+[”」』])\s*(?:——|──)\s*(?P<who>[^。！？]{1,30})$"
)


class Role(Enum):
    HEAD = "head"  # a title candidate
    KICKER = "kicker"  # 【…】 or a kicker sentence
    SUBTITLE = "subtitle"
    DATE = "date"
    SPEAKER = "speaker"
    BYLINE = "byline"
    DATELINE = "dateline"
    OFFICE = "office"  # 作者为工党副主席, beside a byline


SPEECH_ROLES = (Role.SUBTITLE, Role.DATE, Role.SPEAKER, Role.OFFICE)
NEWS_ROLES = (Role.BYLINE, Role.DATELINE)


@dataclass(frozen=True)
class Item:
    index: int
    role: Role


def read_header(
    lines: tuple[Line, ...], taken: dict[int, str], facts: Facts, stated_title: str | None
) -> Facts:
    """Find the header's parts among the top lines; record each line taken in `taken`."""
    top = [i for i in range(min(WINDOW, len(lines))) if i not in taken]
    start = 0
    if top:
        facts, start = _epigraph(lines, top, taken, facts)
    items = _classify(lines, top[start:])
    return _assign(lines, items, taken, facts, stated_title)


# ---------------------------------------------------------------- epigraph


def _epigraph(
    lines: tuple[Line, ...], top: list[int], taken: dict[int, str], facts: Facts
) -> tuple[Facts, int]:
    """An epigraph and its attribution at the very top; returns the facts and where the rest
    starts in `top`."""
    first = lines[top[0]].text.strip()
    if (inline := _INLINE_EPIGRAPH.match(first)) and _has_title(lines, top[1:3]):
        taken[top[0]] = "epigraph"
        quote, who = inline.group("quote"), inline.group("who").strip()
        return replace(facts, epigraph=quote, attribution=who), 1
    for end in range(1, min(5, len(top))):
        text = lines[top[end]].text.strip()
        if not DASH.match(text) or not _has_title(lines, top[end + 1 : end + 3]):
            continue
        quote = [lines[i] for i in top[:end]]
        if all(_quotation(line) for line in quote) and _attribution(text):
            for i in top[:end]:
                taken[i] = "epigraph"
            taken[top[end]] = "epigraph"
            epigraph = "".join(line.text.strip() for line in quote)
            return replace(facts, epigraph=epigraph, attribution=DASH.sub("", text)), end + 1
        break
    return facts, 0


def _quotation(line: Line) -> bool:
    text = line.text.strip()
    return (
        line.shape is Shape.QUOTE
        or bool(_QUOTED.match(text))
        or any(mark in text for mark in SENTENCE_END + "，")
    )


def _attribution(text: str) -> bool:
    """`——习近平` · `——摘自《…》`: short, no sentence punctuation."""
    rest = DASH.sub("", text)
    return 0 < len(rest) <= 30 and not any(mark in rest for mark in SENTENCE_END)


def _has_title(lines: tuple[Line, ...], indexes: list[int]) -> bool:
    return any(_head(lines[i]) for i in indexes)


# ---------------------------------------------------------------- roles of the top lines


def _head(line: Line) -> bool:
    """A title candidate: heading-like, not numbered, not a point, not a salutation."""
    text = line.text.strip()
    if line.shape is Shape.HEADING:
        return heading_number(text) is None
    if line.shape in (Shape.ITEM, Shape.BULLET, Shape.QUOTE):
        return False
    return (
        is_heading_like(text, max_length=60)
        and heading_number(text) is None
        and leading_marker(text) is None
        and not DASH.match(text)
    )


def _question_title(text: str) -> bool:
    """A short title that ends with ？ or ！ and has no other sentence punctuation."""
    return (
        len(text) <= QUESTION_TITLE
        and text[-1:] in "？！?!"
        and not any(mark in text[:-1] for mark in SENTENCE_END + "，")
    )


def _role(line: Line, seen_head: bool) -> Role | None:
    text = line.text.strip()
    if (kicker := KICKER.match(text)) and not seen_head:
        rest = kicker.group(2).strip()
        return Role.HEAD if rest and is_heading_like(rest, max_length=60) else Role.KICKER
    if parse_dateline(text):
        return Role.DATELINE
    if parse_date_line(text):
        return Role.DATE
    if parse_byline(text):
        return Role.BYLINE
    if seen_head and DASH.match(text) and is_heading_like(DASH.sub("", text), max_length=80):
        return Role.SUBTITLE
    if seen_head and parse_speaker(text):
        return Role.SPEAKER
    if seen_head and (bodies := organisations(text)) and " " in bodies:
        return Role.SPEAKER  # 宜春市统计局 国家统计局宜春调查队
    if seen_head and is_author_note(text):
        return Role.OFFICE
    if _head(line):
        return Role.HEAD
    return None


def _classify(lines: tuple[Line, ...], top: list[int]) -> list[Item]:
    """Roles of the top lines, up to the first line of the body."""
    items: list[Item] = []
    heads = 0
    for position, index in enumerate(top):
        line = lines[index]
        text = line.text.strip()
        if is_salutation(text) or heading_number(text) is not None:
            break
        role = _role(line, seen_head=heads > 0)
        following = [lines[i] for i in top[position + 1 : position + 3]]
        if role is None and not heads and _kicker_sentence(text, following):
            role = Role.KICKER
        elif role is None and _question_title(text) and _announces_header(following):
            role = Role.HEAD
        if role is None or (role is Role.HEAD and heads == HEADS):
            break
        if role is Role.HEAD and items and items[-1].role not in (Role.HEAD, Role.KICKER):
            break  # a heading after the date or speaker heads the first section
        heads += role is Role.HEAD
        items.append(Item(index, role))
    return items


def _kicker_sentence(text: str, following: list[Line]) -> bool:
    """A one-sentence kicker: short, sentence punctuation, directly above a title."""
    punctuated = any(mark in text for mark in SENTENCE_END + "，")
    return punctuated and len(text) <= KICKER_SENTENCE and bool(following) and _head(following[0])


def _announces_header(following: list[Line]) -> bool:
    return bool(following) and _role(following[0], seen_head=True) in (
        *SPEECH_ROLES,
        *NEWS_ROLES,
    )


# ---------------------------------------------------------------- the title and the rest


def _assign(
    lines: tuple[Line, ...],
    items: list[Item],
    taken: dict[int, str],
    facts: Facts,
    stated_title: str | None,
) -> Facts:
    heads = [item.index for item in items if item.role is Role.HEAD]
    title = _title_lines(lines, items, heads, stated_title)
    named = False  # the header names authors even when a closing byline did too
    for position, item in enumerate(items):
        index, role = item.index, item.role
        text = lines[index].text.strip()
        if index in title:
            continue
        if (
            role is Role.HEAD
            and title
            and index == title[-1] + 1
            and _subtitle(text, items, position)
        ):
            role = Role.SUBTITLE  # a second headline under the title, above its dateline
        elif role is Role.HEAD and (not title or index > title[-1]):
            break  # heads the first section
        if role in (Role.HEAD, Role.KICKER) and index < (title[0] if title else len(lines)):
            facts = _kicker(facts, text)
            taken[index] = "kicker"
        elif role is Role.SUBTITLE and facts.subtitle is None:
            facts = replace(facts, subtitle=DASH.sub("", text))
            taken[index] = "subtitle"
        elif role is Role.DATE and facts.date is None:
            facts = replace(facts, date=parse_date_line(text))
            taken[index] = "date"
        elif role is Role.SPEAKER and not named:
            facts, named = _speaker(facts, text), True
            taken[index] = "byline"
        elif role is Role.BYLINE and not named:
            facts, named = replace(facts, author=parse_byline(text)), True
            taken[index] = "byline"
        elif role is Role.DATELINE:
            facts = _dateline(facts, text)
            taken[index] = "dateline"
        elif role is Role.OFFICE and facts.author_note is None:
            facts = replace(facts, author_note=author_note(text))
            taken[index] = "author-note"
    if title:
        facts = _title(facts, lines, title)
        for index in title:
            taken[index] = "title"
    return facts


def _subtitle(text: str, items: list[Item], position: int) -> bool:
    """Whether a headline under the title is its subtitle: a phrase (not a label such as 新华社)
    with a date, speaker, byline or dateline under it."""
    after = items[position + 1 :]
    return len(text) > COLUMN + 2 and any(i.role in (*SPEECH_ROLES, *NEWS_ROLES) for i in after)


def _title_lines(
    lines: tuple[Line, ...], items: list[Item], heads: list[int], stated: str | None
) -> list[int]:
    """The indexes of the title's lines among the heading-like ones."""
    if not heads:
        return []
    if stated and (chosen := _stated(lines, heads, stated)):
        return chosen
    shaped = _first_run([i for i in heads if lines[i].shape is Shape.HEADING])
    if shaped:
        return _opening_title(lines, shaped)
    last_head = max(i for i, item in enumerate(items) if item.role is Role.HEAD)
    after = [item.role for item in items[last_head + 1 :]]
    group = _without_column(lines, _last_run(heads))
    speech = any(role in (Role.SUBTITLE, Role.DATE) for role in after)
    if not speech and any(role in NEWS_ROLES for role in after):
        return _closing_title(lines, group)
    if speech or Role.SPEAKER in after or Role.OFFICE in after:
        return group[-2:] if len(group) == 2 else _closing_title(lines, group)
    opening = _without_column(lines, _first_run(heads))
    if len(opening) >= 2 and _is_kicker_item(items, opening[0]):
        return opening[1:2]
    return _opening_title(lines, opening)


def _without_column(lines: tuple[Line, ...], run: list[int]) -> list[int]:
    """The run without a column's name above the title (社论, 特稿)."""
    short = len(run) >= 2 and len(lines[run[0]].text.strip()) <= COLUMN
    return run[1:] if short else run


def _opening_title(lines: tuple[Line, ...], run: list[int]) -> list[int]:
    """The longest start of `run` whose lines read as one title (at least its first line)."""
    for end in range(len(run), 1, -1):
        if _reads_as_one(lines, run[:end]):
            return run[:end]
    return run[:1]


def _closing_title(lines: tuple[Line, ...], run: list[int]) -> list[int]:
    """The longest end of `run` whose lines read as one title (at least its last line)."""
    for start in range(len(run) - 1):
        if _reads_as_one(lines, run[start:]):
            return run[start:]
    return run[-1:]


def _is_kicker_item(items: list[Item], index: int) -> bool:
    return any(item.index == index - 1 and item.role is Role.KICKER for item in items)


def _first_run(heads: list[int]) -> list[int]:
    run = heads[:1]
    for index in heads[1:]:
        if index != run[-1] + 1:
            break
        run.append(index)
    return run


def _last_run(heads: list[int]) -> list[int]:
    run = [heads[-1]]
    for index in reversed(heads[:-1]):
        if index != run[0] - 1:
            break
        run.insert(0, index)
    return run


def _stated(lines: tuple[Line, ...], heads: list[int], stated: str) -> list[int]:
    target = _compact(stated)
    for index in heads:
        if _compact(lines[index].text) == target:
            return [index]
    for first, second in itertools.pairwise(heads):
        if _compact(lines[first].text + lines[second].text) == target:
            return [first, second]
    return []


def _compact(text: str) -> str:
    return "".join(text.split())


def _reads_as_one(lines: tuple[Line, ...], run: list[int]) -> bool:
    """Whether consecutive heading-like lines are one title broken over them."""
    texts = [lines[i].text for i in run]
    return len(texts) >= 2 and all(reads_as_one(a, b) for a, b in itertools.pairwise(texts))


def _title(facts: Facts, lines: tuple[Line, ...], indexes: list[int]) -> Facts:
    parts = split_title(join_title([lines[i].text.strip() for i in indexes]))
    if parts.kicker:
        facts = _kicker(facts, parts.kicker)
    if parts.subtitle and facts.subtitle is None:
        facts = replace(facts, subtitle=parts.subtitle)
    if parts.author and facts.author is None:
        facts = replace(facts, author=parts.author)
    return replace(facts, title=parts.title) if parts.title else facts


def _kicker(facts: Facts, text: str) -> Facts:
    match = KICKER.match(text)
    if match is not None and not match.group(2).strip():
        text = match.group(1).strip()
    kicker = f"{facts.kicker} {text}" if facts.kicker else text
    return replace(facts, kicker=kicker)


def _speaker(facts: Facts, text: str) -> Facts:
    speaker = parse_speaker(text)
    if speaker is None:
        bodies = organisations(text)
        return replace(facts, author=bodies) if bodies else facts
    facts = replace(facts, author=speaker.name)
    if speaker.office and facts.author_note is None:
        facts = replace(facts, author_note=speaker.office)
    return facts


def _dateline(facts: Facts, text: str) -> Facts:
    fields = parse_dateline(text)
    if fields is None:
        return facts
    return replace(
        facts,
        date=facts.date or fields.date,
        source=facts.source or fields.source,
        author=facts.author or fields.author,
    )
