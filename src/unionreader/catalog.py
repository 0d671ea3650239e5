"""The catalogue: which seeds there are, and what their texts cannot tell (stage 1 → `list[Seed]`).

Every file in the seeds folder in a format UnionReader reads (`.txt`, `.md`, `.html`, `.docx`; see
`sources`) is a seed, in order of file name; so is a file in a format people save texts in but
UnionReader cannot read (`.doc`, `.pdf` …), which then stops the build with what to do instead.
File names starting with "." are skipped, and so is any other file (with a warning). Seeds are
the files of the folder itself: a sub-folder is not read (with a warning if it holds texts).
`catalog.toml` beside them may hold one entry per seed:

    [[seed]]
    file = "000_99a53d783226639c.txt"   # required: the name of a seed file in this folder
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

The file itself is read and validated by `catalog_file`.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from pathlib import Path

from unionreader.catalog_file import SLUG_PATTERN, CatalogEntry, read_catalog
from unionreader.errors import CatalogError, display_path, some_of
from unionreader.link.term_config import TERMS_FILE
from unionreader.model import Seed, SeedMeta
from unionreader.sources import READERS, UNREADABLE

logger = logging.getLogger(__name__)

CATALOG_NAME = "catalog.toml"
"""Seeds named in the warning about seeds with no entry."""
_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def load_catalog(seeds_dir: Path, only: str | None = None) -> list[Seed]:
    """Every seed in `seeds_dir`, sorted by file name, with its catalogue entry if it has one.

    With `only` (a file name), just that seed, if it is one: the rest of the folder is still
    checked against the catalogue, but only that seed is warned about.
    """
    files = _seed_files(seeds_dir)
    catalog = seeds_dir / CATALOG_NAME
    entries = read_catalog(catalog) if catalog.exists() else []
    names = {path.name for path in files}
    for entry in entries:
        if entry.file not in names:
            folder = display_path(seeds_dir)
            raise entry.error(f'file "{entry.file}" does not exist in {folder}/', "file")
    by_file = {entry.file: entry for entry in entries}
    seeds = [_seed(path, by_file.get(path.name), catalog) for path in files]
    _check_derived_slugs(seeds, catalog)
    _warn_uncatalogued([s for s in seeds if not s.catalogued and only in (None, s.name)], catalog)
    return [seed for seed in seeds if only in (None, seed.name)]


def _warn_uncatalogued(seeds: list[Seed], catalog: Path) -> None:
    """One warning for the seeds with no entry (naming the first few)."""
    if not seeds:
        return
    if len(seeds) == 1:
        where = display_path(seeds[0].path)
        logger.warning(
            "%s: no entry in %s; metadata will be derived from the text",
            where,
            display_path(catalog),
        )
        return
    logger.warning(
        "%d seeds have no entry in %s (%s); their metadata will be derived from the text",
        len(seeds),
        display_path(catalog),
        some_of([seed.name for seed in seeds]),
    )


SLUG_LENGTH = 64
"""A derived slug is cut, at a hyphen, to at most this many characters."""


def derive_slug(file_name: str) -> str:
    """The slug of a seed with no entry: its stem in lowercase, Chinese in pinyin (a hyphen
    between syllables: 全总讲话 → quan-zong-jiang-hua), letters without their accents and
    full-width forms as ASCII, any other characters as "-"; "" when nothing is left."""
    stem = Path(file_name).stem
    if not stem.isascii():
        stem = _romanised(stem)
    slug = _NOT_SLUG.sub("-", stem.lower()).strip("-")
    if len(slug) > SLUG_LENGTH:
        slug = slug[: SLUG_LENGTH + 1].rsplit("-", 1)[0]
    return slug


def _romanised(text: str) -> str:
    from pypinyin import lazy_pinyin  # loaded only for a file name that needs it

    spelled = "-".join(lazy_pinyin(text))
    letters = unicodedata.normalize("NFKD", spelled)
    return "".join(char for char in letters if not unicodedata.combining(char))


# ---------------------------------------------------------------- seeds


def _seed_files(seeds_dir: Path) -> list[Path]:
    if not seeds_dir.is_dir():
        raise CatalogError("is not a folder of seed texts", seeds_dir)
    files: list[Path] = []
    for path in seeds_dir.iterdir():
        if path.name.startswith(".") or path.name in (CATALOG_NAME, TERMS_FILE):
            continue
        if path.is_dir():
            if any(inner.suffix.lower() in READERS for inner in path.rglob("*")):
                logger.warning(
                    "%s: a folder of texts; not read (seeds are the files of %s itself)",
                    display_path(path),
                    display_path(seeds_dir),
                )
            continue
        if path.suffix.lower() in READERS or path.suffix.lower() in UNREADABLE:
            files.append(path)
        else:
            logger.warning("%s: not a seed format; skipped", display_path(path))
    if not files:
        formats = ", ".join(f"*{suffix}" for suffix in READERS)
        raise CatalogError(f"holds no seed texts ({formats} files)", seeds_dir)
    return sorted(files, key=lambda path: path.name)


def _seed(path: Path, entry: CatalogEntry | None, catalog: Path) -> Seed:
    if entry is not None:
        return Seed(path=path, slug=entry.slug, meta=entry.meta, catalogued=True)
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
