"""UnionReader: a static reading and search website for a corpus of Chinese texts."""

from __future__ import annotations

from unionreader.regex_charsets import install

install()  # before any of the package's modules compiles its patterns

__version__ = "0.1.0"
