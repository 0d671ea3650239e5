"""How well a seed's legacy encoding is told: every UTF-8 text of a folder encoded as GB18030 and
as Big5 (whole, and cut to 200 and to 60 characters), and the encoding the readers try first for
each (`sources.text.legacy_encodings`) against the one it was written in.

Run: `.venv/bin/python bench/encodings.py --seeds DIR [DIR …]` (any folders of UTF-8 seeds; a
text in Simplified characters Big5 has not is encoded as GB18030 only). Prints the samples, how
many were read first as the other encoding (the bar is none), and how many charset-normalizer
could not tell (the reading with fewer characters of the private use area is then first).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

import charset_normalizer  # noqa: E402

from unionreader.sources.text import LEGACY, legacy_encodings  # noqa: E402

CUTS = (None, 200, 60)
"""Each text whole, and its first 200 and 60 characters."""
TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
"""The seeds that are text (a catalogue is TOML, and always UTF-8)."""


def samples(folders: list[Path]) -> list[tuple[str, str, bytes]]:
    """(file name, encoding, bytes) of every text of `folders` in each encoding it fits."""
    found = []
    for folder in folders:
        for path in sorted(folder.iterdir()):
            if path.suffix.lower() not in TEXT_SUFFIXES:
                continue
            try:
                text = path.read_text(encoding="utf-8")
            except (UnicodeDecodeError, IsADirectoryError):
                continue
            for cut in CUTS:
                piece = text if cut is None else text[:cut]
                for encoding in LEGACY:
                    try:
                        found.append((path.name, encoding, piece.encode(encoding)))
                    except UnicodeEncodeError:
                        continue
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=Path, nargs="+", required=True, help="folders of texts")
    args = parser.parse_args(argv)
    found = samples(args.seeds)
    wrong, unsure = [], 0
    for name, encoding, data in found:
        first = legacy_encodings(data)[0]
        best = charset_normalizer.from_bytes(data, cp_isolation=list(LEGACY)).best()
        unsure += best is None or best.encoding not in LEGACY
        if first != encoding:
            wrong.append(f"{name} ({encoding}, {len(data)} bytes): read first as {first}")
    print(f"{len(found)} samples; read first as the other encoding: {len(wrong)}; ", end="")
    print(f"not told apart by charset-normalizer (then by the private use area): {unsure}")
    for line in wrong:
        print(f"  {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
