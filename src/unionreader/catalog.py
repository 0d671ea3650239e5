"""The catalogue: which seeds there are, and what their texts cannot tell (stage 1 → `list[Seed]`).

Every `*.txt` file in the seeds folder is a seed (file names starting with "." are skipped), in
order of file name. `catalog.toml` beside them may hold one entry per seed:

    [[seed]]
    file = "000_99a53d783226639c.txt"   # required: the name of a .txt file in this folder
    slug = "quanzong-zhiwei-2022"       # required: ^[a-z0-9][a-z0-9-]*$, unique; the URL /d/<slug>/
    title = "…"                         # optional: used when the text has no title of its own
    kind = "speech"                     # optional: speech, article, digest or text
    author = "…"                        # optional
    date = "2022"                       # optional: YYYY, YYYY-MM or YYYY-MM-DD
    place = "…"                         # optional
    source = "…"                        # optional
    description = "…"                   # optional, Markdown

Values are non-empty strings (optional ones are stripped); no other keys are allowed.

A seed with no entry still builds: its slug is derived from the file name (lowercase, each run of
characters other than a-z and 0-9 becomes "-", trimmed), its metadata is empty, and a warning
says so. A missing `catalog.toml` is allowed: every seed is then derived.

Errors are CatalogError naming the catalogue and, where it can be found, the line of the entry
(of its offending key, else of its `[[seed]]` header), e.g.
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

from unionreader.errors import CatalogError, display_path
from unionreader.model import Kind, Seed, SeedMeta

logger = logging.getLogger(__name__)

CATALOG_NAME = "catalog.toml"
SLUG_PATTERN = re.compile(r"[a-z0-9][a-z0-9-]*")
REQUIRED_KEYS = ("file", "slug")
OPTIONAL_KEYS = ("title", "kind", "author", "date", "place", "source", "description")

_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_KINDS = {kind.value: kind for kind in Kind}
_NOT_SLUG = re.compile(r"[^a-z0-9]+")
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


def load_catalog(seeds_dir: Path) -> list[Seed]:
    """Every seed in `seeds_dir`, sorted by file name, with its catalogue entry if it has one."""
    files = _seed_files(seeds_dir)
    catalog = seeds_dir / CATALOG_NAME
    entries = _read_catalog(catalog) if catalog.exists() else []
    names = {path.name for path in files}
    for entry in entries:
        if entry.file not in names:
            folder = display_path(seeds_dir)
            raise entry.error(f'file "{entry.file}" does not exist in {folder}/', "file")
    by_file = {entry.file: entry for entry in entries}
    seeds = [_seed(path, by_file.get(path.name), catalog) for path in files]
    _check_derived_slugs(seeds, catalog)
    return seeds


def derive_slug(file_name: str) -> str:
    """The slug of a seed with no entry: its stem in lowercase, other characters as "-"."""
    return _NOT_SLUG.sub("-", Path(file_name).stem.lower()).strip("-")


# ---------------------------------------------------------------- seeds


def _seed_files(seeds_dir: Path) -> list[Path]:
    if not seeds_dir.is_dir():
        raise CatalogError("is not a folder of seed texts", seeds_dir)
    files = [
        path
        for path in seeds_dir.glob("*.txt")
        if not path.name.startswith(".") and not path.is_dir()
    ]
    if not files:
        raise CatalogError("holds no seed texts (*.txt files)", seeds_dir)
    return sorted(files, key=lambda path: path.name)


def _seed(path: Path, entry: _Entry | None, catalog: Path) -> Seed:
    if entry is not None:
        return Seed(path=path, slug=entry.slug, meta=entry.meta, catalogued=True)
    logger.warning(
        "%s: no entry in %s; metadata will be derived from the text",
        display_path(path),
        display_path(catalog),
    )
    slug = derive_slug(path.name)
    if not SLUG_PATTERN.fullmatch(slug):
        raise CatalogError(f'cannot derive a slug from "{path.name}"; give it an entry', catalog)
    return Seed(path=path, slug=slug, meta=SeedMeta(), catalogued=False)


def _check_derived_slugs(seeds: list[Seed], catalog: Path) -> None:
    """Catalogued slugs are unique already; a derived one may still clash with any other."""
    owners: dict[str, Seed] = {}
    for seed in seeds:
        other = owners.setdefault(seed.slug, seed)
        if other is seed:
            continue
        derived, first = (other, seed) if seed.catalogued else (seed, other)
        raise CatalogError(
            f'{derived.name} has no entry and its derived slug "{seed.slug}" is already used by '
            f"{first.name}; give it an entry with its own slug",
            catalog,
        )


# ---------------------------------------------------------------- the catalogue file


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
class _Entry:
    """One validated [[seed]] entry, and enough to point at it in an error."""

    file: str
    slug: str
    meta: SeedMeta
    catalog: Path
    where: _Where

    def error(self, message: str, key: str | None = None) -> CatalogError:
        return CatalogError(f'seed "{self.file}": {message}', self.catalog, self.where.of(key))


def _read_catalog(catalog: Path) -> list[_Entry]:
    text = _read_text(catalog)
    data = _parse(text, catalog)
    top, located = _locate(text)
    tables = _seed_tables(data, catalog, top)
    if len(located) != len(tables):  # entries not written as [[seed]] headers: no lines
        located = [_Where()] * len(tables)
    entries: list[_Entry] = []
    for number, (table, where) in enumerate(zip(tables, located, strict=True), start=1):
        entry = _Table(table, catalog, where, number).entry()
        _check_unique(entry, entries)
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


def _check_unique(entry: _Entry, earlier: list[_Entry]) -> None:
    for other in earlier:
        at = f" (line {other.where.line})" if other.where.line is not None else ""
        if other.file == entry.file:
            raise entry.error(f"a second entry for this file; the first is above{at}", "file")
        if other.slug == entry.slug:
            message = f'slug "{entry.slug}" is already used by "{other.file}"{at}'
            raise entry.error(message, "slug")


# ---------------------------------------------------------------- one entry


class _Table:
    """Validation of one raw [[seed]] table into an _Entry."""

    def __init__(self, table: dict[str, object], catalog: Path, where: _Where, number: int) -> None:
        self.table = table
        self.catalog = catalog
        self.where = where
        file = table.get("file")
        self.label = f'seed "{file}"' if isinstance(file, str) else f"seed #{number}"

    def error(self, message: str, key: str | None = None) -> CatalogError:
        return CatalogError(f"{self.label}: {message}", self.catalog, self.where.of(key))

    def entry(self) -> _Entry:
        values = self._strings()
        file, slug = values["file"], values["slug"]
        kind, date = values.get("kind"), values.get("date")
        if not _is_file_name(file):
            raise self.error(f'file "{file}" must be a .txt file name, without folders', "file")
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
        )
        return _Entry(file, slug, meta, self.catalog, self.where)

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
    """A plain name of a seed file: no folder, not hidden, ending in .txt."""
    return file.endswith(".txt") and not file.startswith(".") and not set("/\\") & set(file)


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
