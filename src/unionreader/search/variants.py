"""Traditional and variant characters → the Simplified characters they may stand for, for queries.

The site's text is Simplified; a query typed in Traditional script, or with a variant form, is
read in the browser character by character through this table. It is made once, from OpenCC's
own dictionaries, and kept in `variants.txt` beside this module (a line per character:
`foreign simplified…`); `python -m unionreader.search.variants` writes it again, and a test
checks that the file is what the dictionaries give. Each build only keeps the entries whose
Simplified side the collection uses (`for_alphabet`).

Sources, all in OpenCC's dictionary folder:

- TSCharacters, HKVariantsRev, TWVariantsRev: Traditional, Hong Kong and Taiwan forms → standard
  Simplified ones (後 → 后, 衞 → 卫, 裡 → 里; 乾 → 干 or 乾);
- STCharacters read backwards: each Traditional form a Simplified character is written as;
- TSPhrases and STPhrases, phrase by phrase, character by character: the choices OpenCC makes from
  context (乾淨 ↔ 干净 gives 乾 → 干);
- EXTRA: variants no conversion table holds but texts use (巿 for 市).
"""

from __future__ import annotations

import functools
import logging
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path

from unionreader.normalise.script import OPENCC_DICTIONARIES, T2S_DICTIONARIES, changing

logger = logging.getLogger(__name__)

TABLE = Path(__file__).with_name("variants.txt")
CHARACTER_TABLES = ("TSCharacters.txt", "HKVariantsRev.txt", "TWVariantsRev.txt")
REVERSED_TABLES = ("STCharacters.txt",)
PHRASE_TABLES = (("TSPhrases.txt", False), ("STPhrases.txt", True))
EXTRA: dict[str, str] = {"巿": "市", "裏": "里", "於": "于", "著": "着"}
"""Variants people type that the tables above do not give (or give only in some contexts)."""


def _entries(name: str) -> Iterator[tuple[str, list[str]]]:
    for line in (OPENCC_DICTIONARIES / name).read_text(encoding="utf-8").splitlines():
        key, _, values = line.partition("\t")
        if key and values:
            yield key, values.split()


def _single(char: str) -> bool:
    return len(char) == 1 and unicodedata.category(char)[0] in "LN"


def generate() -> dict[str, str]:
    """The table from OpenCC's dictionaries: foreign character → its Simplified readings."""
    pairs: set[tuple[str, str]] = set()
    for name in CHARACTER_TABLES:
        pairs |= {(key, value) for key, values in _entries(name) for value in values}
    for name in REVERSED_TABLES:
        pairs |= {(value, key) for key, values in _entries(name) for value in values}
    for name, simplified_first in PHRASE_TABLES:
        for key, values in _entries(name):
            for value in values:
                simple, foreign = (key, value) if simplified_first else (value, key)
                pairs |= set(_aligned(foreign, simple))
    pairs |= set(EXTRA.items())
    table: dict[str, set[str]] = defaultdict(set)
    for foreign, simple in pairs:
        if foreign != simple and _single(foreign) and _single(simple):
            table[foreign].add(simple)
    foreign_forms = changing(*T2S_DICTIONARIES)
    resolved = {foreign: _resolved(foreign, table, foreign_forms) for foreign in table}
    return {foreign: "".join(sorted(resolved[foreign])) for foreign in sorted(table)}


def _resolved(char: str, table: dict[str, set[str]], foreign_forms: frozenset[str]) -> set[str]:
    """The readings of `char`, a reading that is itself a Traditional form (衞 → 衛) replaced by
    its own readings (衛 → 卫)."""
    found: set[str] = set()
    seen = {char}
    todo = list(table[char])
    while todo:
        reading = todo.pop()
        if reading in table and reading in foreign_forms and reading not in seen:
            seen.add(reading)
            todo += table[reading]
        elif reading != char:
            found.add(reading)
    return found


def _aligned(foreign: str, simple: str) -> Iterable[tuple[str, str]]:
    if len(foreign) != len(simple):
        return ()
    return ((f, s) for f, s in zip(foreign, simple, strict=True) if f != s)


@functools.cache
def load() -> dict[str, str]:
    """The committed table."""
    lines = TABLE.read_text(encoding="utf-8").splitlines()
    return {line[0]: line[2:] for line in lines if line and not line.startswith("#")}


def for_alphabet(alphabet: frozenset[str]) -> dict[str, str]:
    """The table's entries that lead to characters of a collection, limited to those."""
    kept: dict[str, str] = {}
    for foreign, simple in load().items():
        readings = "".join(char for char in simple if char in alphabet)
        if readings:
            kept[foreign] = readings
    return kept


def write(path: Path = TABLE) -> int:
    """Write the table from the dictionaries; returns its number of entries."""
    table = generate()
    header = "# foreign → Simplified readings; made by python -m unionreader.search.variants\n"
    body = "".join(f"{foreign} {simple}\n" for foreign, simple in table.items())
    path.write_text(header + body, encoding="utf-8")
    return len(table)


if __name__ == "__main__":
    print(f"{write()} entries written to {TABLE}")
