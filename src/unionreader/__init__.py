"""UnionReader: a static reading and search website for a corpus of Chinese texts."""

from __future__ import annotations

__version__ = "0.1.0"
