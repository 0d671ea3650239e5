"""Small builders shared by the unit tests."""

from __future__ import annotations

from pathlib import Path

from unionreader.model import Facts, Line, NormalText, Script, Seed, SeedMeta


def numbered(text: str) -> tuple[Line, ...]:
    """Lines of `text`, numbered from 1 (blank lines keep their numbers and are dropped)."""
    return tuple(Line(n, t) for n, t in enumerate(text.split("\n"), 1) if t.strip())


def texts(lines: tuple[Line, ...]) -> list[str]:
    return [line.text for line in lines]


def normal_text(text: str, facts: Facts | None = None, name: str = "t.txt") -> NormalText:
    seed = Seed(Path("seeds") / name, "t", SeedMeta(), catalogued=False)
    return NormalText(seed, Script.SIMPLIFIED, numbered(text), facts or Facts(), ())
