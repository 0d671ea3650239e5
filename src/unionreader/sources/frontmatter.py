"""Metadata a file states about itself: Markdown front matter (YAML), and the same fields as other
formats name them (Word's document properties, a page's <meta> tags).

Keys are matched without regard to case, with their common aliases:

    title                       title, 标题
    author                      author, authors, speaker, byline, 作者, 讲话人
    date                        date, published, pubdate, publishdate, datePublished,
                                published_at, 日期, 时间, 发布日期 (and the like); in front
                                matter, the day the file was made (created, createdAt,
                                dateCreated) only where the text gives no date
    source                      source, publisher, from, origin, 来源
    place                       place, location, 地点
    kind                        kind, type (only speech, report, … as in the catalogue)
    description                 description, summary, abstract, excerpt, 摘要

Hugo's TOML front matter (between `+++` lines) is read the same way. Other keys are ignored. A
list of authors is joined with 、. A date is kept as YYYY, YYYY-MM or YYYY-MM-DD (a time is
dropped); one that is no date is ignored with a warning.
"""

from __future__ import annotations

import datetime
import email.utils
import logging
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import yaml

from unionreader.errors import SeedError, display_path
from unionreader.model import Kind, SeedMeta

logger = logging.getLogger(__name__)

ALIASES: dict[str, tuple[str, ...]] = {
    "title": ("title", "标题", "aliases", "alias"),  # a note-taker's clip keeps it in aliases
    "author": ("author", "authors", "speaker", "byline", "作者", "讲话人"),
    "date": (
        "date",
        "published",
        "pubdate",
        "publishdate",
        "日期",
        "时间",
        "publish_time",
        "publishtime",
        "pub_time",
        "pubtime",
        "time",
        "published_at",
        "publishedat",
        "publish_date",
        "published_date",
        "pub_date",
        "release_date",
        "date_published",
        "datepublished",
        "发布日期",
        "发布时间",
    ),
    "source": ("source", "publisher", "from", "origin", "来源"),
    "place": ("place", "location", "地点"),
    "kind": ("kind", "type"),
    "description": ("description", "summary", "abstract", "excerpt", "摘要"),
}
MADE = ("created", "created_at", "createdat", "date_created", "datecreated")
"""Keys of the date a file or a note was made (a note-taker's, a CMS's, a JavaScript site's:
createdAt, dateCreated…): a date where nothing else gives one, but a web clipper's `created`
is the day the page was saved, so in front matter it yields to the text's own date line
(`FrontMatter.made`)."""
_KINDS = {kind.value: kind for kind in Kind}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_DATE = re.compile(r"^\s*(\d{4})(?:\s*[-/.年]\s*(\d{1,2})(?:\s*[-/.月]\s*(\d{1,2})\s*日?)?)?")
_TIMESTAMP = "tag:yaml.org,2002:timestamp"


class _Loader(yaml.SafeLoader):
    """YAML's safe loader, but a date or time written plainly stays text: `iso_date` reads it,
    and one that is no date (2024-02-30, 25:61) is a warning rather than an error of the
    YAML library's date type."""


class _FastLoader(getattr(yaml, "CSafeLoader", _Loader)):  # type: ignore[misc]
    """`_Loader` with libyaml's parser where PyYAML has it (its wheels do): the same mappings at
    a twelfth of the time (0.02 s against 0.25 s for the front matter of 504 real Markdown
    texts). Its errors say less (`did not find expected ',' or ']'`, a line late at the end),
    so a front matter it refuses is read again by `_Loader` for the error people see."""


_Loader.yaml_implicit_resolvers = _FastLoader.yaml_implicit_resolvers = {
    first: [(tag, pattern) for tag, pattern in resolvers if tag != _TIMESTAMP]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _load(text: str) -> object:
    """The YAML document `text`, or the error `_Loader` raises for it."""
    try:
        return yaml.load(text, Loader=_FastLoader)
    except yaml.YAMLError:
        return yaml.load(text, Loader=_Loader)


@dataclass(frozen=True)
class FrontMatter:
    """What a front matter states (`stated`, which overrides what the text says), and the date
    its file was made (`MADE`), which only fills in a date the text does not give."""

    stated: SeedMeta
    made: SeedMeta


def parse_front_matter(text: str, path: Path, first_line: int) -> FrontMatter:
    """The metadata of a YAML front matter block whose first line is line `first_line` of `path`.

    Raises SeedError naming the file and line when it is not valid YAML or not a mapping.
    """
    cleaned = _CONTROL.sub("", text)
    if cleaned != text:
        logger.warning("%s: control characters in the front matter ignored", display_path(path))
    try:
        data = _load(cleaned) if cleaned.strip() else {}
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = first_line + mark.line if mark is not None else first_line
        reason = error.problem or error.context or "syntax error"
        raise SeedError(f"front matter is not valid YAML: {reason}", path, line) from None
    except (yaml.YAMLError, ValueError, OverflowError) as error:  # a value YAML cannot make
        raise SeedError(f"front matter is not valid YAML: {error}", path, first_line) from None
    if data is None:
        data = {}
    if not isinstance(data, Mapping):
        raise SeedError("front matter must be `key: value` lines", path, first_line)
    return _front_matter(data, path)


def _front_matter(data: Mapping[object, object], path: Path) -> FrontMatter:
    stated = stated_meta(data, path, made=False)
    made = stated_meta(data, path).date if stated.date is None else None
    return FrontMatter(stated, SeedMeta(date=made))


def parse_toml_front_matter(text: str, path: Path, first_line: int) -> FrontMatter:
    """The metadata of a TOML front matter block (Hugo's, between `+++` lines) whose first line
    is line `first_line` of `path`; SeedError naming the file and line when it is not TOML."""
    try:
        data = tomllib.loads(_CONTROL.sub("", text))
    except tomllib.TOMLDecodeError as error:
        at = _TOML_AT.search(str(error))
        line = first_line + int(at.group(1)) - 1 if at else first_line
        reason = _TOML_AT.sub("", str(error)).strip()
        raise SeedError(f"front matter is not valid TOML: {reason}", path, line) from None
    fields: dict[object, object] = {key: value for key, value in data.items()}
    return _front_matter(fields, path)


_TOML_AT = re.compile(r"\(at line (\d+), column \d+\)")


def _given(value: object) -> bool:
    """Whether a field holds a value: not empty, and not a flag (`published: false` says
    whether a note is published, not when)."""
    return value not in (None, "", []) and not isinstance(value, bool)


def stated_meta(data: Mapping[object, object], path: Path, made: bool = True) -> SeedMeta:
    """SeedMeta from a mapping of a format's own field names to values (`made`: a date of
    `MADE`'s keys where no other is given)."""
    fields: dict[str, str] = {}
    lowered = {str(key).strip().lower().replace("-", "_"): value for key, value in data.items()}
    for name, aliases in ALIASES.items():
        if name == "date" and made:
            aliases = (*aliases, *MADE)
        value = next((lowered[a] for a in aliases if _given(lowered.get(a))), None)
        if name == "title" and isinstance(value, list | tuple):
            value = value[0]  # the first of a note's aliases: the page's title
        text = _text(value) if value is not None else None
        if text and name in _NAMES and _ADDRESS.match(text):
            continue  # `article:publisher` as a page's address (https://www.facebook.com/…)
        if text:
            fields[name] = text
    kind = fields.pop("kind", None)
    date = fields.pop("date", None)
    iso = iso_date(date) if date else None
    if date and iso is None:
        logger.warning("%s: date %r is not a date; ignored", display_path(path), date)
    return SeedMeta(kind=_KINDS.get(kind or ""), date=iso, **fields)


_NAMES = frozenset({"author", "source", "place"})
"""Fields that name someone or somewhere, which an address does not."""
_ADDRESS = re.compile(r"^(?:https?://|www\.)\S+$", re.IGNORECASE)


def iso_date(value: str) -> str | None:
    """YYYY, YYYY-MM or YYYY-MM-DD from a date as written (2024-8-22, 2024年8月22日 18:29)."""
    match = _DATE.match(value)
    if match is None:
        return _mailed(value)
    year, month, day = match.groups()
    if month is None:
        return year
    if not 1 <= int(month) <= 12:
        return None
    if day is None:
        return f"{year}-{int(month):02d}"
    try:
        return datetime.date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None


def _mailed(value: str) -> str | None:
    """The day of a date as mail and feeds write it (RFC 2822: `Fri, 24 Jun 2022 15:12:08
    GMT`, as RSSHub's and some blogs' front matter does), as written (its own time zone)."""
    try:
        return email.utils.parsedate_to_datetime(value.strip()).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    for form in ("%a, %d %b %Y", "%d %b %Y"):  # the day alone: `Sat, 05 Mar 2022`
        try:
            return datetime.datetime.strptime(value.strip(), form).date().isoformat()
        except ValueError:
            continue
    return None


def _text(value: object) -> str:
    if isinstance(value, list | tuple):
        return "、".join(_text(item) for item in value if _text(item))
    if isinstance(value, datetime.datetime | datetime.date):
        return value.date().isoformat() if isinstance(value, datetime.datetime) else str(value)
    if isinstance(value, Mapping):
        name = value.get("name")
        return _text(name) if name is not None else ""
    return " ".join(_NOTE_LINK.sub(_shown, str(value)).split())


_NOTE_LINK = re.compile(r"\[\[([^\[\]|]+?)(?:#[^\[\]|]*)?(?:\|([^\[\]]+))?\]\]")
"""A link to a note (Obsidian's, a web clipper's `author: "[[张金祥]]"`): its shown text."""


def _shown(link: re.Match[str]) -> str:
    return (link.group(2) or link.group(1)).strip()
