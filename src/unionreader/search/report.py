"""What the search stage made, as the build reports it (light: a build with nothing to do
reads it)."""

from __future__ import annotations

import logging
from dataclasses import dataclass

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class SearchIndexReport:
    """What the search stage made."""

    documents: int
    characters: int  # index positions (folded characters)
    alphabet: int  # distinct searchable characters
    chunks: int
    bundle_bytes: int  # everything under search/ but the documents' texts
    index_bytes: int  # the word index chunks
    compressed: int  # chunks compressed by this build (the rest came from the cache)
    seconds: float
