"""What following the writer of a text written in Traditional script changes in its edition,
over a folder of seeds: for each Traditional text, how many characters it leaves in Simplified
form inside common words (a machine conversion leaves many: `readings.MACHINE_CONVERTED`), how
many readings it gives, and how many characters of its edition they change, by pair.

Run: `python bench/readings.py --seeds DIR [--top 30]`. Reads the texts as written (one per
`.txt` file); builds nothing. Exit status 0 always: this is a measurement.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from unionreader.edition.readings import (  # noqa: E402
    MACHINE_CONVERTED,
    MACHINE_SHARE,
    applied,
    examined,
)
from unionreader.edition.script import to_traditional  # noqa: E402
from unionreader.model import Script  # noqa: E402
from unionreader.normalise.script import detect_script, simplified  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=Path, required=True, help="a folder of .txt seeds")
    parser.add_argument("--top", type=int, default=30, help="pairs of characters to list")
    args = parser.parse_args(argv)
    left: Counter[int] = Counter()
    machine: list[str] = []
    writers: list[str] = []  # many left so, but few places: a writer's forms
    pairs: Counter[tuple[str, str]] = Counter()
    texts = readings = changed = 0
    for path in sorted(args.seeds.glob("*.txt")):
        source = path.read_text(encoding="utf-8")
        if detect_script(source) is not Script.TRADITIONAL:
            continue
        texts += 1
        found = examined(source)
        left[len(found.left_simplified)] += 1
        share = found.left_places / max(found.chinese, 1)
        left_out = f"{''.join(sorted(found.left_simplified))}, {share * 1000:.1f}‰"
        if found.machine_converted:
            machine.append(f"{path.name} ({left_out})")
            continue
        if len(found.left_simplified) >= MACHINE_CONVERTED:
            writers.append(f"{path.name} ({left_out})")
        readings += len(found.readings.entries)
        text = simplified(source)
        converted = to_traditional(text)
        for before, after in zip(converted, applied(found.readings, text, converted), strict=True):
            if before != after:
                pairs[before, after] += 1
                changed += 1
    print(f"texts written in Traditional script: {texts}")
    spread = ", ".join(f"{n}: {count}" for n, count in sorted(left.items()))
    print(f"characters left in Simplified form inside common words (texts): {spread}")
    limits = f"≥ {MACHINE_CONVERTED}, at ≥ {MACHINE_SHARE * 1000:g}‰ of the characters"
    print(f"taken for machine conversions ({limits}): {len(machine)}")
    for name in machine:
        print(f"  {name}")
    print(f"as many left so, but too rarely for a machine conversion: {len(writers)}")
    for name in writers:
        print(f"  {name}")
    print(f"readings: {readings}; characters of the edition they change: {changed}")
    for (before, after), count in pairs.most_common(args.top):
        print(f"  {before} → {after}  {count}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
