"""What a change to the normaliser changes: every text of some folders read by this clone and by
another (`--against`, e.g. a worktree of the commit before), and the texts they read apart.

Run: `python bench/reading_changes.py --against CLONE DIR [DIR …] [--show 5]`. Each clone reads
every seed of the folders (`load_document`: reading, normalisation and structure; nothing is
built) in a process of its own, its own sources first on the path. A text's reading is its
metadata, its sections' headings and levels, and each block's kind and text. The script prints
how many texts each folder holds and how many read differently, the edits of either clone by
rule where their counts differ, and the first `--show` changed texts as unified diffs. Exit
status 0 always: this is a measurement.
"""

from __future__ import annotations

import argparse
import difflib
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

FIELDS = ("title", "subtitle", "kicker", "kind", "author", "office", "date", "place", "source")


def reading(doc: object) -> list[str]:
    """A document's reading as lines: metadata, then each section and block."""
    from unionreader.model import Document, Point

    assert isinstance(doc, Document)
    lines = [f"{name}: {getattr(doc.meta, name)}" for name in FIELDS]
    for section in doc.sections:
        lines.append(f"## L{section.level} {section.heading}")
        for block in section.blocks:
            if isinstance(block, Point):
                lines.append(f"  P[{block.marker.text}] {block.body.text}")
            else:
                lines.append(f"  ¶[{block.role.value}] {block.text}")
    return lines


def dump(folders: list[Path], out: Path) -> None:
    """Read every seed of `folders` with the sources first on the path and write one JSON line
    per text: its name, its reading (or the error that stopped it) and its edits by rule."""
    import logging

    from unionreader.catalog import load_catalog
    from unionreader.documents import load_document

    logging.disable(logging.CRITICAL)
    with out.open("w", encoding="utf-8") as written:
        for folder in folders:
            for seed in load_catalog(folder):
                name = f"{folder.name}/{seed.path.name}"
                try:
                    doc = load_document(seed)
                except Exception as error:
                    entry = {"name": name, "reading": [f"ERROR {error}"], "edits": {}}
                else:
                    edits = Counter(edit.rule for edit in doc.edits)
                    entry = {"name": name, "reading": reading(doc), "edits": dict(edits)}
                written.write(json.dumps(entry, ensure_ascii=False) + "\n")


@dataclass(frozen=True)
class Reading:
    """A text as one clone reads it: its lines (`reading`) and its edits' count by rule."""

    lines: tuple[str, ...]
    edits: dict[str, int]


def read_with(clone: Path, folders: list[Path], out: Path) -> dict[str, Reading]:
    """The readings `clone`'s sources give, read in a process of its own."""
    command = [sys.executable, __file__, "--dump", str(out), *map(str, folders)]
    environment = {**os.environ, "PYTHONPATH": str(clone / "src")}
    subprocess.run(command, check=True, env=environment)
    found = {}
    for line in out.read_text(encoding="utf-8").split("\n"):  # (a reading may hold U+2028)
        if not line:
            continue
        entry = json.loads(line)
        found[str(entry["name"])] = Reading(tuple(entry["reading"]), dict(entry["edits"]))
    return found


NONE = Reading((), {})


def compare(ours: dict[str, Reading], theirs: dict[str, Reading], show: int) -> list[str]:
    """The report: texts by folder, those read differently, edits by rule, the first diffs."""
    changed = [name for name, read in ours.items() if read.lines != theirs.get(name, NONE).lines]
    folders = Counter(name.split("/")[0] for name in ours)
    moved = Counter(name.split("/")[0] for name in changed)
    lines = [f"{len(ours)} texts, {len(changed)} read differently"]
    lines += [f"  {folder}: {moved[folder]} of {count}" for folder, count in folders.items()]
    rules: Counter[str] = Counter()
    others: Counter[str] = Counter()
    for name, read in ours.items():
        rules.update(read.edits)
        others.update(theirs.get(name, NONE).edits)
    differ = sorted(rule for rule in set(rules) | set(others) if rules[rule] != others[rule])
    lines += ["edits by rule where they differ (this clone, the other):"]
    lines += [f"  {rule}: {rules[rule]}, {others[rule]}" for rule in differ] or ["  none"]
    for name in changed[:show]:
        before, after = list(theirs.get(name, NONE).lines), list(ours[name].lines)
        lines += difflib.unified_diff(before, after, f"other/{name}", f"this/{name}", "", "", 1, "")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", type=Path, nargs="+", help="folders of seeds")
    parser.add_argument("--against", type=Path, help="the other UnionReader clone")
    parser.add_argument("--show", type=int, default=5, help="changed texts to show as diffs")
    parser.add_argument("--dump", type=Path, help=argparse.SUPPRESS)  # a clone's own process
    args = parser.parse_args(argv)
    if args.dump is not None:
        dump(args.folders, args.dump)
        return 0
    if args.against is None:
        parser.error("--against CLONE: the clone to compare this one with")
    with tempfile.TemporaryDirectory(prefix="readings-") as work:
        ours = read_with(ROOT, args.folders, Path(work) / "this.jsonl")
        theirs = read_with(args.against, args.folders, Path(work) / "other.jsonl")
    print("\n".join(compare(ours, theirs, args.show)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
