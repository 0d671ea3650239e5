"""The catalogue file: `seeds/catalog.toml` read, located line by line, and validated.

Values are non-empty strings (optional ones are stripped); no other keys are allowed. Errors are
CatalogError naming the catalogue and, where it can be found, the line of the entry (of its
offending key, else of its `[[seed]]` header), e.g.
`seeds/catalog.toml:14: seed "001_x.txt": unknown key "auther"; did you mean "author"?`
"""

from __future__ import annotations

import datetime
import difflib
import logging
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from unionreader import kept
from unionreader.cache import digest
from unionreader.errors import CatalogError
from unionreader.model import Kind, SeedMeta
from unionreader.sources import READERS

logger = logging.getLogger(__name__)

SLUG_PATTERN = re.compile(r"[a-z0-9][a-z0-9-]*")
REQUIRED_KEYS = ("file", "slug")
OPTIONAL_KEYS = ("title", "kind", "author", "date", "place", "source", "description", "reviewed")

_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_KINDS = {kind.value: kind for kind in Kind}
_TOML_WHERE = re.compile(r" \(at (?:line (\d+), column (\d+)|end of document)\)$")
_HEADER = re.compile(r"\s*\[\[\s*seed\s*\]\]\s*(?:#.*)?")
_TABLE = re.compile(r"\s*\[")
_TOML_TYPES: tuple[tuple[type | tuple[type, ...], str], ...] = (
    (bool, "a boolean"),  # before int: a bool is an int
    ((int, float), "a number"),
    ((datetime.datetime, datetime.time), "a date-time"),  # before date: a datetime is a date
    (datetime.date, "a date"),
    (list, "an array"),
)
_KEY = re.compile(r"""\s*(?:"([^"]*)"|'([^']*)'|([A-Za-z0-9_-]+))\s*=""")


@dataclass(frozen=True)
class _Where:
    """Lines of one table in the catalogue text: its header and each of its keys."""

    line: int | None = None
    keys: Mapping[str, int] | None = None

    def of(self, key: str | None = None) -> int | None:
        if key is not None and self.keys is not None and key in self.keys:
            return self.keys[key]
        return self.line


@dataclass(frozen=True)
class CatalogEntry:
    """One validated [[seed]] entry, and enough to point at it in an error."""

    file: str
    slug: str
    meta: SeedMeta
    catalog: Path
    where: _Where

    def error(self, message: str, key: str | None = None) -> CatalogError:
        return CatalogError(f'seed "{self.file}": {message}', self.catalog, self.where.of(key))


def read_catalog(catalog: Path) -> list[CatalogEntry]:
    """Every [[seed]] entry of the catalogue, validated, in the order written: as the last
    build kept them if the catalogue is as it was then (`kept`: a federation's catalogue holds
    thousands of entries, and a rebuild after an edit to a text reads it unchanged)."""
    text = _read_text(catalog)
    key = digest(str(catalog), text)
    found = kept.load(KEPT)
    if isinstance(found, tuple) and len(found) == 2 and found[0] == key:
        return list(found[1])
    entries = _validated(text, catalog)
    kept.save(KEPT, (key, tuple(entries)))
    return entries


KEPT = "catalog"
"""The name of the last build's catalogue entries among the kept tables, with a hash of what
they were read from."""


def _validated(text: str, catalog: Path) -> list[CatalogEntry]:
    data = _parse(text, catalog)
    top, located = _locate(text)
    tables = _seed_tables(data, catalog, top)
    if len(located) != len(tables):  # entries not written as [[seed]] headers: no lines
        located = [_Where()] * len(tables)
    entries: list[CatalogEntry] = []
    by_file: dict[str, CatalogEntry] = {}
    by_slug: dict[str, CatalogEntry] = {}
    for number, (table, where) in enumerate(zip(tables, located, strict=True), start=1):
        entry = _Table(table, catalog, where, number).entry()
        _check_unique(entry, by_file, by_slug)
        entries.append(entry)
    return entries


def _read_text(catalog: Path) -> str:
    try:
        data = catalog.read_bytes()
    except OSError as error:
        raise CatalogError(f"cannot be read: {error.strerror or error}", catalog) from error
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise CatalogError("is not UTF-8 text", catalog, line) from None


def _parse(text: str, catalog: Path) -> dict[str, object]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        message = str(error)
        found = _TOML_WHERE.search(message)
        if found is None:
            raise CatalogError(f"invalid TOML: {message}", catalog) from None
        line = int(found[1]) if found[1] else text.rstrip().count("\n") + 1
        detail = f" (column {found[2]})" if found[2] else ""
        reason = message[: found.start()]
        raise CatalogError(f"invalid TOML: {reason}{detail}", catalog, line) from None


def _locate(text: str) -> tuple[_Where, list[_Where]]:
    """Find the top-level keys and each [[seed]] header with its keys (tomllib gives no lines)."""
    top: dict[str, int] = {}
    entries: list[_Where] = []
    current: dict[str, int] | None = top
    in_string = False  # inside a multi-line string nothing is a key or a header
    for number, line in enumerate(text.split("\n"), start=1):
        quotes, in_string_before = line.count('"""') + line.count("'''"), in_string
        in_string ^= quotes % 2 == 1
        if in_string_before:
            continue
        if _HEADER.fullmatch(line):
            current = {}
            entries.append(_Where(number, current))
        elif _TABLE.match(line):
            current = None  # another table: its keys belong to no entry
        elif current is not None and (key := _KEY.match(line)):
            current.setdefault(next(group for group in key.groups() if group is not None), number)
    return _Where(None, top), entries


def _seed_tables(data: dict[str, object], catalog: Path, top: _Where) -> list[dict[str, object]]:
    for key in data:
        if key != "seed":
            message = f'unknown top-level key "{key}"; the catalogue holds only [[seed]] entries'
            raise CatalogError(message, catalog, top.of(key))
    tables = data.get("seed", [])
    if not isinstance(tables, list) or not all(isinstance(table, dict) for table in tables):
        raise CatalogError('"seed" must be a list of [[seed]] tables', catalog, top.of("seed"))
    return tables


def _check_unique(
    entry: CatalogEntry, by_file: dict[str, CatalogEntry], by_slug: dict[str, CatalogEntry]
) -> None:
    """No two entries for one file or with one slug (the earlier ones are kept by file and by
    slug: a thousand entries are checked in a thousand lookups, not half a million pairs)."""
    if (other := by_file.get(entry.file)) is not None:
        raise entry.error(f"a second entry for this file; the first is above{_line(other)}", "file")
    if (other := by_slug.get(entry.slug)) is not None:
        message = f'slug "{entry.slug}" is already used by "{other.file}"{_line(other)}'
        raise entry.error(message, "slug")
    by_file[entry.file] = entry
    by_slug[entry.slug] = entry


def _line(entry: CatalogEntry) -> str:
    return f" (line {entry.where.line})" if entry.where.line is not None else ""


# ---------------------------------------------------------------- one entry


class _Table:
    """Validation of one raw [[seed]] table into an CatalogEntry."""

    def __init__(self, table: dict[str, object], catalog: Path, where: _Where, number: int) -> None:
        self.table = table
        self.catalog = catalog
        self.where = where
        file = table.get("file")
        self.label = f'seed "{file}"' if isinstance(file, str) else f"seed #{number}"

    def error(self, message: str, key: str | None = None) -> CatalogError:
        return CatalogError(f"{self.label}: {message}", self.catalog, self.where.of(key))

    def entry(self) -> CatalogEntry:
        values = self._strings()
        file, slug = values["file"], values["slug"]
        kind, date = values.get("kind"), values.get("date")
        if not _is_file_name(file):
            formats = ", ".join(READERS)
            message = f'file "{file}" must be the name of a seed file ({formats}), without folders'
            raise self.error(message, "file")
        if not SLUG_PATTERN.fullmatch(slug):
            raise self.error(f'slug "{slug}" must match ^[a-z0-9][a-z0-9-]*$', "slug")
        if kind is not None and kind not in _KINDS:
            raise self.error(f'kind "{kind}" is not one of {", ".join(_KINDS)}', "kind")
        if date is not None and not _is_date(date):
            raise self.error(f'date "{date}" is not a date as YYYY, YYYY-MM or YYYY-MM-DD', "date")
        meta = SeedMeta(
            title=values.get("title"),
            kind=None if kind is None else _KINDS[kind],
            author=values.get("author"),
            date=date,
            place=values.get("place"),
            source=values.get("source"),
            description=values.get("description"),
            reviewed=values.get("reviewed"),
        )
        return CatalogEntry(file, slug, meta, self.catalog, self.where)

    def _strings(self) -> dict[str, str]:
        """Check the keys, and that every value is a non-empty string; strip optional ones."""
        for key in self.table:
            if key not in REQUIRED_KEYS + OPTIONAL_KEYS:
                raise self.error(f'unknown key "{key}"; {_suggest(key)}', key)
        for key in REQUIRED_KEYS:
            if key not in self.table:
                raise self.error(f'missing required key "{key}"')
        values: dict[str, str] = {}
        for key, value in self.table.items():
            if not isinstance(value, str):
                raise self.error(f'"{key}" must be a quoted string, not {_toml_type(value)}', key)
            if not value.strip():
                raise self.error(f'"{key}" is empty; give it a value or leave it out', key)
            values[key] = value if key in REQUIRED_KEYS else value.strip()
        return values


def _is_file_name(file: str) -> bool:
    """A plain name of a seed file: no folder, not hidden, in a format UnionReader reads."""
    suffix = Path(file).suffix.lower()
    return suffix in READERS and not file.startswith(".") and not set("/\\") & set(file)


def _is_date(text: str) -> bool:
    """YYYY, YYYY-MM or YYYY-MM-DD, and a real date."""
    found = _DATE.fullmatch(text)
    if found is None:
        return False
    year, month, day = (int(part) if part else 1 for part in found.groups())
    try:
        datetime.date(year, month, day)
    except ValueError:
        return False
    return True


def _suggest(key: str) -> str:
    known = REQUIRED_KEYS + OPTIONAL_KEYS
    close = difflib.get_close_matches(key, known, n=1)
    if close:
        return f'did you mean "{close[0]}"?'
    return "known keys: " + ", ".join(known)


def _toml_type(value: object) -> str:
    """What TOML calls the type of a parsed value, with an article."""
    return next((name for kinds, name in _TOML_TYPES if isinstance(value, kinds)), "a table")
