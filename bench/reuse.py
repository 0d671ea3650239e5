"""How the related-passage detector (link/related.py) is set: measured, not guessed.

Run: `.venv/bin/python bench/reuse.py [--documents 300] [--plants 200]` (needs jieba for the
generated corpus, see bench/corpus.py).

On a generated corpus (bench/corpus.py), passages of 20 to 60 Han characters are copied from
one document into another: some exactly, some with one or two characters replaced (ten or more
apart), some with punctuation put in. Each setting of the detector (seed length, minimum shared
length, the gap it bridges, the share of seeds it samples) is scored by its recall of the
planted passages (found with 90% of their characters), the passages it finds that were not
planted (in a generated corpus, chance repeats) and its time. On the five seeds, where nothing
was planted, the last column shows how many passages each setting reports on real texts.
"""

from __future__ import annotations

import argparse
import logging
import random
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from unionreader.catalog import load_catalog  # noqa: E402
from unionreader.documents import load_document  # noqa: E402
from unionreader.link.collection import Collection  # noqa: E402
from unionreader.link.related import ReuseConfig, related_passages  # noqa: E402
from unionreader.link.texts import LinkText, link_text  # noqa: E402

logger = logging.getLogger(__name__)

SETTINGS = (
    ReuseConfig(),
    ReuseConfig(min_shared=15),
    ReuseConfig(min_shared=30),
    ReuseConfig(gap=0),
    ReuseConfig(sample=1),
    ReuseConfig(sample=8),
    ReuseConfig(seed=6),
    ReuseConfig(seed=12),
)


def _han(char: str) -> bool:
    return "\u3400" <= char <= "\u9fff"


@dataclass(frozen=True)
class Plant:
    """A passage copied from (doc, unit) into (other, unit), and how it was changed."""

    doc: int
    other: int
    other_unit: int
    text: str
    change: str


def plant(
    texts: list[LinkText], count: int, rng: random.Random
) -> tuple[list[LinkText], list[Plant]]:
    """Copy `count` passages between random documents; the changed texts and the plants."""
    units = [list(t.texts) for t in texts]
    plants = []
    for _ in range(count):
        doc, other = rng.sample(range(len(texts)), 2)
        source = "".join(c for c in max(units[doc], key=len) if _han(c))
        length = rng.randint(20, 60)
        if len(source) <= length:
            continue
        start = rng.randrange(len(source) - length)
        passage = source[start : start + length]
        change = rng.choice(("exact", "one changed", "two changed", "punctuation"))
        copied = list(passage)
        if change == "punctuation":  # a comma and a full stop put in
            for mark in "，。":
                copied.insert(rng.randrange(2, len(copied) - 2), mark)
        elif change != "exact":  # characters replaced, at least a seed apart
            count = 1 if change == "one changed" else 2
            for at in rng.sample(
                range(3, len(copied) - 3, 10), min(count, (len(copied) - 6) // 10)
            ):
                copied[at] = "的" if copied[at] != "的" else "了"
        unit = rng.randrange(len(units[other]))
        units[other][unit] += "".join(copied) + "。"
        plants.append(Plant(doc, other, unit, passage, change))
    changed = [
        LinkText(t.slug, t.title, t.date, t.ids, tuple(u), t.headings)
        for t, u in zip(texts, units, strict=True)
    ]
    return changed, plants


def recall(found: list, plants: list[Plant], texts: list[LinkText]) -> dict[str, float]:
    """Share of plants, by kind of change, found with 90% of their characters."""
    hits: dict[str, list[bool]] = {}
    for item in plants:
        best = 0
        for p in found:
            if p.doc == item.other and p.unit == item.other_unit and p.other_doc == item.doc:
                best = max(best, p.shared)
        hits.setdefault(item.change, []).append(best >= 0.9 * len(item.text))
    return {kind: sum(h) / len(h) for kind, h in sorted(hits.items())}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=300)
    parser.add_argument("--plants", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.ERROR)
    import tempfile

    import corpus as generator  # bench/corpus.py

    folder = Path(tempfile.mkdtemp(prefix="reuse-bench-"))
    paths = generator.generate(args.documents, args.seed, folder)
    base = [link_text(load_document(seed)) for seed in load_catalog(folder) if seed.path in paths]
    texts, plants = plant(base, args.plants, random.Random(args.seed))
    seeds = [link_text(load_document(seed)) for seed in load_catalog(ROOT / "seeds")]
    print(f"{len(texts)} generated documents, {len(plants)} passages planted; the five seeds\n")
    print(f"{'setting':<44}{'recall by change':<58}{'other':>7}{'seconds':>9}{'seeds':>7}")
    for config in SETTINGS:
        collection = Collection.of(texts)
        began = time.perf_counter()
        found = related_passages(collection, config)
        seconds = time.perf_counter() - began
        planted = {(p.other, p.other_unit, p.doc) for p in plants}
        other = sum(1 for p in found if (p.doc, p.unit, p.other_doc) not in planted) // 2
        scores = "  ".join(f"{k} {v:.2f}" for k, v in recall(found, plants, texts).items())
        on_seeds = len(related_passages(Collection.of(seeds), config)) // 2
        setting = (
            f"seed {config.seed} min {config.min_shared} gap {config.gap} sample 1/{config.sample}"
        )
        print(f"{setting:<44}{scores:<58}{other:>7}{seconds:>9.2f}{on_seeds:>7}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
