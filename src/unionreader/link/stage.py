"""The link stage in a build: `Links` for the documents in reading order, kept in the build
cache under what they are made from (the documents' keys and `terms.toml`), so that a build
whose documents did not change reads them instead of linking again. Pinyin spellings are kept
across builds too (`pinyin.Spelling`): loading pypinyin is the slow part of spelling a term.
"""

from __future__ import annotations

import logging
import pickle
from collections.abc import Callable, Sequence
from pathlib import Path

from unionreader.cache import digest, store
from unionreader.link.links import Links, link_collection
from unionreader.link.pinyin import Spelling
from unionreader.link.term_config import TermsConfig
from unionreader.link.texts import LinkText

logger = logging.getLogger(__name__)

LINKS = "links.pickle"
SPELLING = "spelling.pickle"


def cached_links(
    folder: Path,
    keys: Sequence[str],
    config: TermsConfig,
    texts: Callable[[], list[LinkText]],
) -> Links:
    """The links of the documents with `keys` (in reading order): from the cache when they
    were made from the same documents and config, else made from `texts()` and kept."""
    key = digest(*keys, repr(config))
    found = _load(folder / LINKS)
    if isinstance(found, tuple) and len(found) == 2 and found[0] == key:
        links = found[1]
        if isinstance(links, Links):
            return links
    spelling = _load(folder / SPELLING)
    if not isinstance(spelling, Spelling):
        spelling = Spelling()
    known = len(spelling.known)
    links = link_collection(texts(), config, spelling)
    store(folder / LINKS, pickle.dumps((key, links), pickle.HIGHEST_PROTOCOL))
    if len(spelling.known) != known:
        store(folder / SPELLING, pickle.dumps(spelling, pickle.HIGHEST_PROTOCOL))
    return links


def _load(path: Path) -> object:
    try:
        return pickle.loads(path.read_bytes())
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, TypeError, ValueError):
        return None
