"""`seeds/terms.toml`: the optional hand adjustments to the terms the build finds.

    add = ["八个着力"]                      # terms to add, wherever they occur
    suppress = ["习近平总书记"]              # found terms to drop
    [join]                                  # variants counted and shown under one term
    "劳模精神、劳动精神、工匠精神" = ["劳模精神、劳动精神和工匠精神"]

Every key is optional and no other is allowed. A term is two to 40 characters of Chinese text
(the enumeration comma and middle dot may stand inside). Errors name the file and the line.
"""

from __future__ import annotations

import logging
import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from unionreader.errors import CatalogError

logger = logging.getLogger(__name__)

TERMS_FILE = "terms.toml"
KEYS = ("add", "suppress", "join")
_TERM = re.compile(
    r"[\u3400-\u9fff\uf900-\ufaff][\u3400-\u9fff\uf900-\ufaff、·]{0,38}"
    r"[\u3400-\u9fff\uf900-\ufaff]"
)
_TOML_LINE = re.compile(r"\(at line (\d+)")

_Fail = Callable[[str, str], CatalogError]


@dataclass(frozen=True)
class TermsConfig:
    """What `terms.toml` asks for (empty when there is none)."""

    add: tuple[str, ...] = ()
    suppress: frozenset[str] = frozenset()
    join: tuple[tuple[str, tuple[str, ...]], ...] = ()  # term, its variants

    def variants(self) -> dict[str, str]:
        """Variant → the term it is joined to."""
        return {variant: term for term, variants in self.join for variant in variants}


def read_terms_config(seeds_dir: Path) -> TermsConfig:
    """`seeds_dir/terms.toml`, validated; an empty config when the file is absent."""
    path = seeds_dir / TERMS_FILE
    if not path.is_file():
        return TermsConfig()
    try:
        text = path.read_text(encoding="utf-8")
        data = tomllib.loads(text)
    except UnicodeDecodeError as error:
        raise CatalogError(f"not UTF-8 text ({error.reason})", path) from error
    except tomllib.TOMLDecodeError as error:
        found = _TOML_LINE.search(str(error))
        message = str(error).split(" (at ")[0]
        raise CatalogError(message, path, int(found.group(1)) if found else None) from error

    def fail(message: str, near: str) -> CatalogError:
        return CatalogError(message, path, _line_of(text, near))

    for key in data:
        if key not in KEYS:
            raise fail(f'unknown key "{key}" (allowed: {", ".join(KEYS)})', key)
    add = _terms(data.get("add", []), "add", fail)
    suppress = _terms(data.get("suppress", []), "suppress", fail)
    joins = data.get("join", {})
    if not isinstance(joins, dict):
        raise fail('"join" must be a table: "term" = ["variant", …]', "join")
    join = []
    for term, variants in joins.items():
        _check(term, "join", fail)
        join.append((term, tuple(_terms(variants, term, fail))))
    return TermsConfig(tuple(add), frozenset(suppress), tuple(join))


def _terms(value: object, key: str, fail: _Fail) -> list[str]:
    if not isinstance(value, list):
        raise fail(f'"{key}" must be a list of terms', key)
    for item in value:
        _check(item, key, fail)
    return list(value)


def _check(item: object, key: str, fail: _Fail) -> None:
    if not isinstance(item, str) or not _TERM.fullmatch(item):
        shown = item if isinstance(item, str) else repr(item)
        raise fail(f'"{key}": {shown!r} is not a term (2–40 Chinese characters)', str(shown))


def _line_of(text: str, near: str) -> int | None:
    """The first line that holds `near` (a key or a term), for an error message."""
    for number, line in enumerate(text.splitlines(), 1):
        if near and near in line:
            return number
    return None
