"""The Traditional edition against texts written in Traditional: each text converted to
Simplified as the build makes its canonical text, then back as the edition converts it
(`edition.script.to_traditional_all`, without the text's own readings, as for a text written in
Simplified), and compared with the original character by character (the conversion keeps
lengths). Where the two differ, the edition wrote another glyph than the writer did: some are
errors (签 as 籤 where it means to sign), many are choices between two forms that are both in use
(台/臺, 计画/计划, 了解/瞭解), which a reader judges from the list.

Run: `python bench/edition_originals.py DIR [DIR …]` (every `.txt` and `.md` file under the
folders; those not written in Traditional are left out). Prints how many Han characters differ,
the pairs (the writer's, the edition's) most frequent first with the text around a few, and for
each character that OpenCC's table reads more than one way, how often each reading was the
writer's and the edition's. Exit status 0 always: this is a measurement.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

import opencc

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from unionreader.chinese import han_count  # noqa: E402
from unionreader.edition.script import CONFIG, to_traditional_all  # noqa: E402
from unionreader.model import Script  # noqa: E402
from unionreader.normalise.script import detect_script, simplified  # noqa: E402

AROUND = 4
SHOWN = 3


def originals(folders: list[Path]) -> list[str]:
    """The texts of the folders written in Traditional."""
    texts = []
    for folder in folders:
        for path in sorted(folder.rglob("*")):
            if path.suffix not in (".txt", ".md"):
                continue
            try:
                text = path.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError):
                continue
            if detect_script(text) is Script.TRADITIONAL:
                texts.append(text)
    return texts


def readings() -> dict[str, list[str]]:
    """The characters the edition's character table reads more than one way, with the ways."""
    found: dict[str, list[str]] = {}
    for group in opencc.OpenCC(CONFIG)._dict_chain_data[:1]:  # Simplified → Traditional
        for _, _, table in group:
            for key, values in table.items():
                if len(key) == 1 and len(values.split(" ")) > 1:
                    found.setdefault(key, values.split(" "))
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", type=Path, nargs="+", help="folders of .txt and .md texts")
    parser.add_argument("--pairs", type=int, default=40, help="pairs listed")
    args = parser.parse_args(argv)
    texts = originals(args.folders)
    canonical = [simplified(text) for text in texts]
    edition = to_traditional_all(canonical)
    ways = readings()
    pairs: Counter[tuple[str, str]] = Counter()
    shown: dict[tuple[str, str], list[str]] = defaultdict(list)
    read: dict[str, Counter[tuple[str, str]]] = defaultdict(Counter)
    for text, simple, ours in zip(texts, canonical, edition, strict=True):
        for at, (writer, base, mine) in enumerate(zip(text, simple, ours, strict=True)):
            if base in ways:
                read[base][(writer, mine)] += 1
            if writer != mine:
                pairs[(writer, mine)] += 1
                if len(shown[(writer, mine)]) < SHOWN:
                    around = text[max(at - AROUND, 0) : at + AROUND + 1]
                    shown[(writer, mine)].append(around.replace("\n", "⏎"))
    characters = sum(han_count(text) for text in texts)
    differ = sum(pairs.values())
    print(f"{len(texts)} texts written in Traditional, {characters:,} Han characters")
    print(f"the edition writes another glyph for {differ:,} ({differ / max(characters, 1):.2%})")
    print("\nwriter → edition  times  around")
    for (writer, mine), times in pairs.most_common(args.pairs):
        print(f"{writer} → {mine}  {times:6d}  {' | '.join(shown[(writer, mine)])}")
    print("\ncharacters the table reads more than one way: (writer, edition) times")
    rows = sorted(read.items(), key=lambda row: -sum(n for (w, m), n in row[1].items() if w != m))
    for base, counts in rows[: args.pairs]:
        listed = ", ".join(f"{w}{m} {n}" for (w, m), n in counts.most_common(6))
        print(f"{base} ({' '.join(ways[base])}): {listed}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
