"""Small builders shared by the unit tests."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from unionreader.model import Facts, Line, NormalText, Script, Seed, SeedMeta


class Golden:
    """Compare text with a golden file, or rewrite it under --update-golden."""

    def __init__(self, update: bool) -> None:
        self.update = update

    def check(self, path: Path, actual: str) -> None:
        if self.update:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(actual, encoding="utf-8")
            return
        assert path.exists(), f"missing golden file {path}; run pytest --update-golden"
        expected = path.read_text(encoding="utf-8")
        assert actual == expected, f"{path} differs; review with pytest --update-golden && git diff"


def numbered(text: str) -> tuple[Line, ...]:
    """Lines of `text`, numbered from 1 (blank lines keep their numbers and are dropped)."""
    return tuple(Line(n, t) for n, t in enumerate(text.split("\n"), 1) if t.strip())


def texts(lines: tuple[Line, ...]) -> list[str]:
    return [line.text for line in lines]


def normal_text(text: str, facts: Facts | None = None, name: str = "t.txt") -> NormalText:
    seed = Seed(Path("seeds") / name, "t", SeedMeta(), catalogued=False)
    return NormalText(seed, Script.SIMPLIFIED, numbered(text), facts or Facts(), ())


def shaped_text(lines: tuple[Line, ...], title: str) -> NormalText:
    """A normalised text of `lines` as a format shaped them, under `title`."""
    return replace(normal_text("x", Facts(title=title)), lines=lines)


def calls_to(monkeypatch: Any, owner: object, name: str) -> list[tuple[object, ...]]:
    """The arguments of every call to `owner.name` from now on (the calls still go through)."""
    calls: list[tuple[object, ...]] = []
    real = getattr(owner, name)

    def counted(*args: object, **kwargs: object) -> object:
        calls.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(owner, name, counted)
    return calls


YEARS = ("2021", "2022", "2023")
SPEECH = "各级工会要认真贯彻落实会议精神，切实维护职工合法权益，推动构建和谐劳动关系。"


def dated_speeches(folder: Path, count: int = 15) -> None:
    """`count` short speeches in `folder`, dated over three years (`YEARS`), the last undated:
    a collection long enough for the home page's index by year."""
    for number in range(count):
        year = YEARS[number % len(YEARS)]
        dated = f"（{year}年{number % 12 + 1}月8日）\n" if number < count - 1 else ""
        text = f"在第{number + 1}次工会工作会议上的讲话\n{dated}\n同志们：\n\n{SPEECH * 3}\n"
        (folder / f"speech-{number:02d}.txt").write_text(text, encoding="utf-8")
