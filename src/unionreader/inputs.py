"""What a build reads before doing anything: the seeds with their catalogue entries and the hash
of each, the templates' hash, the static files and the terms file, and from them the build's
fingerprint (equal fingerprints: the same site)."""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from unionreader import kept, urls
from unionreader.cache import code_version, digest, files_below
from unionreader.catalog import load_catalog
from unionreader.errors import SeedError
from unionreader.link.term_config import TermsConfig, read_terms_config
from unionreader.model import OutputFile, Seed

if TYPE_CHECKING:
    from unionreader.pipeline import BuildConfig

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Inputs:
    """What the build reads before doing anything: seeds with their hashes, templates, statics."""

    seeds: tuple[tuple[Seed, str], ...]  # each seed and the hash of its bytes
    templates: str  # hash of the templates folder
    static: tuple[OutputFile, ...]
    fingerprint: str
    terms: TermsConfig  # seeds/terms.toml
    keys: tuple[str, ...]  # each seed's document key (`document_key`), in the same order


def static_files(static_dir: Path) -> tuple[OutputFile, ...]:
    """Everything in `static/`, published under static/."""
    return tuple(
        OutputFile(urls.static_path(path.relative_to(static_dir).as_posix()), path.read_bytes())
        for path in files_below(static_dir)
    )


def folder_digest(folder: Path) -> str:
    """A hash of every file below `folder` (names and bytes)."""
    parts: list[bytes | str] = []
    for path in files_below(folder):
        parts += [path.relative_to(folder).as_posix(), path.read_bytes()]
    return digest(*parts)


def document_key(seed: Seed, seed_digest: str) -> str:
    """What a document is made from: the code, the seed file and its catalogue entry."""
    parts = (code_version(), seed.name, seed.slug, repr(seed.meta), str(seed.catalogued))
    return digest(*parts, seed_digest)


def read_inputs(config: BuildConfig, stamps: Mapping[str, SizeAndTime] | None = None) -> Inputs:
    """The inputs of a build of `config`. `stamps`: the size and modification time of files
    as the quick check took them (those it can trust): a seed whose stamp is the one it had in
    the last build has the hash it had then (kept: `SEED_HASHES`), and is not read again."""
    hashes = _SeedHashes.kept(stamps or {})
    seeds = tuple((seed, hashes.of(seed)) for seed in load_catalog(config.seeds_dir))
    hashes.keep(seeds)
    templates = folder_digest(config.templates_dir)
    static = static_files(config.static_dir)
    terms = read_terms_config(config.seeds_dir)
    parts = [code_version(), config.base_url or "", templates, repr(terms)]
    parts += [f"{f.path}\n{digest(f.content)}" for f in static]
    keys = tuple(document_key(seed, seed_digest) for seed, seed_digest in seeds)
    return Inputs(seeds, templates, static, digest(*parts, *keys), terms, keys)


SizeAndTime = tuple[int, int]
"""A file's size and modification time (ns): its stamp, as the quick check took it."""
SEED_HASHES = "seed-hashes"
"""Among the kept tables: each seed's path, with its stamp and hash in the last build."""


@dataclass(frozen=True)
class _SeedHashes:
    """Seeds' hashes, read or known from the last build (`SEED_HASHES`) by their stamps."""

    stamps: Mapping[str, SizeAndTime]
    last: Mapping[str, object]

    @staticmethod
    def kept(stamps: Mapping[str, SizeAndTime]) -> _SeedHashes:
        found = kept.load(SEED_HASHES)
        return _SeedHashes(stamps, found if isinstance(found, dict) else {})

    def of(self, seed: Seed) -> str:
        """The hash of a seed: the last build's when its stamp is the same, else read now."""
        path = str(seed.path)
        stamp, last = self.stamps.get(path), self.last.get(path)
        if stamp is not None and isinstance(last, tuple) and len(last) == 2 and last[0] == stamp:
            return str(last[1])
        return _seed_digest(seed)

    def keep(self, seeds: Sequence[tuple[Seed, str]]) -> None:
        """Keep each seed's hash with its stamp for the next build (if any changed)."""
        paths = [(str(seed.path), seed_digest) for seed, seed_digest in seeds]
        now = {path: (self.stamps[path], hashed) for path, hashed in paths if path in self.stamps}
        if now and now != self.last:
            kept.save(SEED_HASHES, now)


def _seed_digest(seed: Seed) -> str:
    try:
        return digest(seed.path.read_bytes())
    except OSError as error:
        raise SeedError(f"cannot read: {error.strerror or error}", seed.path) from error
