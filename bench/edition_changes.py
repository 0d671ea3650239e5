"""What a change to the Traditional edition's conversion changes: the same texts converted by
this clone and by another, every character that comes out differently listed with the text
around it, most frequent first, for a reader to judge.

Run: `python bench/edition_changes.py --against CLONE DIR [DIR …]`. Every `.txt` and `.md` file
under the folders is read (a Traditional one converted to Simplified first, as the build's
canonical text is), joined, cut into pieces of 20,000 characters and converted as the build
converts a batch (`edition.script.to_traditional_all`), in a process of each clone. Each line:
how often, the Simplified text, this clone's edition, the other's (three characters either
side; ⏎ a line break). Exit status 0 always: this is a measurement.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PIECE = 20_000
AROUND = 3

CONVERT = f"""
import json, sys
PIECE = {PIECE}
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from unionreader.edition.script import to_traditional_all
from unionreader.normalise.script import simplified
texts = []
for folder in sys.argv[2:]:
    for path in sorted(Path(folder).rglob("*")):
        if path.suffix in (".txt", ".md"):
            try:
                texts.append(path.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError):
                pass
text = simplified("\\n".join(texts))
pieces = [text[at : at + PIECE] for at in range(0, len(text), PIECE)]
json.dump([pieces, to_traditional_all(pieces)], sys.stdout)
"""


def converted(clone: Path, folders: list[Path]) -> tuple[list[str], list[str]]:
    """The pieces of the folders' text and their edition, as `clone` converts them."""
    command = [sys.executable, "-c", CONVERT, str(clone / "src"), *map(str, folders)]
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    pieces, edition = json.loads(done.stdout)
    return pieces, edition


def changes(pieces: list[str], ours: list[str], theirs: list[str]) -> Counter[tuple[str, ...]]:
    """Each character converted differently, as (text, ours, theirs) around it, counted."""
    found: Counter[tuple[str, ...]] = Counter()
    for piece, mine, other in zip(pieces, ours, theirs, strict=True):
        if mine == other:
            continue
        if len(mine) != len(other):
            raise SystemExit("the two conversions differ in length: compare them by hand")
        for at, (a, b) in enumerate(zip(mine, other, strict=True)):
            if a != b:
                begin, end = max(at - AROUND, 0), at + AROUND + 1
                found[(piece[begin:end], mine[begin:end], other[begin:end])] += 1
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", type=Path, nargs="+", help="folders of .txt and .md texts")
    parser.add_argument("--against", type=Path, required=True, help="another UnionReader clone")
    args = parser.parse_args(argv)
    pieces, ours = converted(ROOT, args.folders)
    _, theirs = converted(args.against, args.folders)
    found = changes(pieces, ours, theirs)
    characters = sum(len(piece) for piece in pieces)
    print(
        f"{characters:,} characters; {sum(found.values())} converted otherwise, {len(found)} kinds"
    )
    print("count  text  this clone  the other")
    for (text, mine, other), count in found.most_common():
        print(count, *(part.replace("\n", "⏎") for part in (text, mine, other)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
