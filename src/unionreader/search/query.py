"""How a query is read: the Python twin of `Engine.normalise` in `static/search.js`.

The browser does the searching; this module states the same rules so that they can be unit
tested and used by `bench/search.py`. `tests/browser/test_search.py` runs the same cases through
the JavaScript to keep the two in step.

- Only the first MAX_INPUT characters are read; each is folded (`text.read_phrase`), so
  punctuation and spaces vanish and full-width letters and digits become plain ones; where any
  stood between two characters the query is open: a break in the text may stand there.
- No character left: EMPTY. One: SHORT (a single character is everywhere; two are needed).
- A character the collection never uses and that is no Traditional or variant form of one
  (`variants.py`): ABSENT.
- If any character is Traditional (not in the collection, but in the map), the query is read as
  Traditional: every character that the map knows is replaced by its Simplified reading(s), kept
  as itself too when the collection uses it (著 stays 著 and may also be 着). Otherwise the query
  is read as written. Readings multiply; at most MAX_ALTERNATIVES are tried.
"""

from __future__ import annotations

import base64
import itertools
import json
import logging
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from unionreader.search.codes import HAN_FIRST
from unionreader.search.text import read_phrase

logger = logging.getLogger(__name__)

MAX_INPUT = 256
MAX_ALTERNATIVES = 8


class QueryStatus(StrEnum):
    OK = "ok"
    EMPTY = "empty"
    SHORT = "short"
    ABSENT = "absent"


@dataclass(frozen=True)
class Vocabulary:
    """What the collection's search data says about characters (`search/data.json` and
    `search/variants.json`)."""

    chars: frozenset[str]
    traditional: dict[str, str]  # foreign character → the collection characters it may be

    @classmethod
    def of_bundle(cls, search_dir: Path) -> Vocabulary:
        """The vocabulary of a built site's search folder, as the browser reads it."""
        data = json.loads((search_dir / "data.json").read_text(encoding="utf-8"))
        bits = base64.b64decode(data["han"])
        han = {chr(HAN_FIRST + i) for i in range(len(bits) * 8) if bits[i // 8] >> (i % 8) & 1}
        variants = json.loads((search_dir / "variants.json").read_text(encoding="utf-8"))
        entries = variants["variants"].split()
        return cls(frozenset(han | set(data["other"])), {e[0]: e[1:] for e in entries})


@dataclass(frozen=True)
class Query:
    text: str
    chars: str  # folded
    status: QueryStatus
    open: tuple[bool, ...] = ()  # open[j]: a mark or space typed between chars j and j + 1
    alternatives: tuple[str, ...] = ()  # Simplified readings to search for
    missing: tuple[str, ...] = ()  # characters no reading can match
    clipped: bool = False


def read_query(text: str, vocabulary: Vocabulary) -> Query:
    """The query `text` as search reads it."""
    phrase = read_phrase(text[:MAX_INPUT])
    chars, opened = phrase.chars, phrase.open
    clipped = len(text) > MAX_INPUT
    if not chars:
        return Query(text, chars, QueryStatus.EMPTY, opened, clipped=clipped)
    if len(chars) == 1:
        return Query(text, chars, QueryStatus.SHORT, opened, clipped=clipped)
    options = _options(chars, vocabulary)
    missing = tuple(
        dict.fromkeys(c for c, option in zip(chars, options, strict=True) if not option)
    )
    if missing:
        return Query(text, chars, QueryStatus.ABSENT, opened, missing=missing, clipped=clipped)
    readings = itertools.islice(itertools.product(*options), MAX_ALTERNATIVES)
    alternatives = tuple("".join(reading) for reading in readings)
    return Query(text, chars, QueryStatus.OK, opened, alternatives, clipped=clipped)


def _options(chars: str, vocabulary: Vocabulary) -> list[list[str]]:
    known, mapped = vocabulary.chars, vocabulary.traditional
    traditional = any(c not in known and c in mapped for c in chars)
    options = []
    for char in chars:
        own = [char] if char in known else []
        readings = list(mapped.get(char, "")) if not own or traditional else []
        options.append(list(dict.fromkeys(own + readings)))
    return options
