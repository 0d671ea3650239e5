"""Measure which OpenCC configurations to use; prints the tables quoted in normalise/script.py.

Run: `.venv/bin/python bench/opencc_configs.py`

1. Round trip: every Simplified seed through Simplified→Traditional→Simplified; how many characters
   come back different (the Traditional edition and search-query conversion rely on a clean trip).
2. The Traditional seed through each Traditional→Simplified config: what 著力/著眼 become, how many
   characters differ from plain t2s, and how many of those differences are vocabulary rewrites
   (runs of two or more characters, such as 核心 → 内核) rather than one-character variant choices.
3. A short Hong Kong style sample (綫, 裏, 着 for zhe, 著 for zhu) through each config, against a
   hand-made Simplified reference, and through the per-document choice script.py makes.
4. The Traditional edition: each Simplified → Traditional config (and the edition's own, which is
   s2tw with its override table) over the five seeds' normalised text: how often it writes a
   glyph that print rarely uses (爲 for 為, 衆 for 眾 …), how many of the hard cases
   (tests/golden/edition/hard-cases.tsv) it gets right, how many runs of two or more characters
   differ from s2t (adjacent glyph variants such as 羣衆 → 群眾, or vocabulary: 联系 → 聯絡),
   and how many characters the round trip back does not give back.
"""

from __future__ import annotations

import difflib
import logging
import sys
from collections import Counter
from pathlib import Path

import opencc

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from unionreader.model import Script  # noqa: E402
from unionreader.normalise.script import (  # noqa: E402
    detect_script,
    simplified,
    traditional,
    writes_zhe_as_zhu,
)

logger = logging.getLogger(__name__)

FORWARD = ("s2t", "s2tw", "s2hk", "s2twp")
BACKWARD = ("t2s", "tw2s", "hk2s", "tw2sp")
NATURAL_PAIRS = {("s2t", "t2s"), ("s2tw", "tw2s"), ("s2hk", "hk2s"), ("s2twp", "tw2sp")}

HK_SAMPLE = (
    "香港市民沿着海旁散步，在這裏可以看到維港的天際綫。"
    "特區政府着力推動創新科技，啓動多項計劃，衞生署亦提醒市民注意健康。"
    "這位作家的原著影響卓著，他的著作在本地十分著名，成效顯著。"
)
HK_REFERENCE = (
    "香港市民沿着海旁散步，在这里可以看到维港的天际线。"
    "特区政府着力推动创新科技，启动多项计划，卫生署亦提醒市民注意健康。"
    "这位作家的原著影响卓著，他的著作在本地十分著名，成效显著。"
)

_CACHE: dict[str, opencc.OpenCC] = {}


def convert(config: str, text: str) -> str:
    if config not in _CACHE:
        _CACHE[config] = opencc.OpenCC(config)
    result: str = _CACHE[config].convert(text)
    return result


def differing_runs(base: str, other: str) -> list[tuple[str, str]]:
    """The stretches where two conversions of one text differ, line by line.

    Changes less than two characters apart count as one stretch, so that 核心 → 内核 (aligned as
    an insertion and a deletion around 核) is one two-character run, a vocabulary rewrite.
    """
    runs: list[tuple[str, str]] = []
    for left, right in zip(base.split("\n"), other.split("\n"), strict=True):
        matcher = difflib.SequenceMatcher(None, left, right, autojunk=False)
        spans = [op[1:] for op in matcher.get_opcodes() if op[0] != "equal"]
        merged: list[list[int]] = []
        for i1, i2, j1, j2 in spans:
            if merged and i1 - merged[-1][1] < 2:
                merged[-1][1], merged[-1][3] = i2, j2
            else:
                merged.append([i1, i2, j1, j2])
        runs.extend((left[i1:i2], right[j1:j2]) for i1, i2, j1, j2 in merged)
    return runs


def mismatches(expected: str, actual: str) -> int:
    """How many characters differ between two texts (the longer side of each differing run)."""
    return sum(max(len(a), len(b)) for a, b in differing_runs(expected, actual))


def load_seeds() -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))}


SCRIPT_PY = "script.py"
"""The row for what `unionreader.normalise.script` does (`traditional`, then `simplified`)."""


def round_trip_table(simplified_seeds: dict[str, str]) -> None:
    names = [name[:3] for name in simplified_seeds]
    print("1. Round trip of the Simplified seeds S → T → S: mismatching characters")
    print(f"   {'pair':<16}" + "".join(f"{n:>6}" for n in names) + f"{'total':>8}")
    for forward in FORWARD:
        for backward in BACKWARD:
            counts = [
                mismatches(text, convert(backward, convert(forward, text)))
                for text in simplified_seeds.values()
            ]
            mark = "  (pair)" if (forward, backward) in NATURAL_PAIRS else ""
            row = "".join(f"{c:>6}" for c in counts)
            print(f"   {forward + '/' + backward:<16}{row}{sum(counts):>8}{mark}")
    trips = [mismatches(t, simplified(traditional(t))) for t in simplified_seeds.values()]
    row = "".join(f"{c:>6}" for c in trips)
    print(f"   {SCRIPT_PY:<16}{row}{sum(trips):>8}  (traditional, then simplified)")
    print()
    print("   Simplified seeds through a T → S config directly (a Simplified search query must")
    print("   come back unchanged): changed characters")
    for backward in (*BACKWARD, SCRIPT_PY):
        counts = [mismatches(t, to_simple(backward, t)) for t in simplified_seeds.values()]
        row = "".join(f"{c:>6}" for c in counts)
        print(f"   {backward:<16}{row}{sum(counts):>8}")
    print()


def to_simple(config: str, text: str) -> str:
    """`text` through a Traditional → Simplified config, or through script.py's `simplified`."""
    return simplified(text) if config == SCRIPT_PY else convert(config, text)


def traditional_seed_table(name: str, text: str) -> None:
    print(f"2. The Traditional seed {name} to Simplified; differences from plain t2s")
    print(f"   {'config':<10}著力→ 著眼→ 著 left  ≠ t2s  words  examples")
    base = convert("t2s", text)
    for config in (*BACKWARD, SCRIPT_PY):
        out = to_simple(config, text)
        runs = differing_runs(base, out)
        words = Counter(f"{a}→{b}" for a, b in runs if max(len(a), len(b)) > 1)
        chars = Counter(f"{a}→{b}" for a, b in runs if max(len(a), len(b)) <= 1)
        li, yan = as_converted(text, out, "著力"), as_converted(text, out, "著眼")
        examples = ", ".join(f"{k} ×{v}" for k, v in (words + chars).most_common(4))
        print(
            f"   {config:<10}{li:<6}{yan:<6}{out.count('著'):>6}"
            f"{mismatches(base, out):>7}{sum(words.values()):>7}  {examples}"
        )
    print(f"   script.py reads 著 as zhe/zhuó here: {writes_zhe_as_zhu(text)}")
    print()


def as_converted(text: str, out: str, word: str) -> str:
    """What the first `word` of `text` became in `out` (an equal-length conversion of it)."""
    index = text.find(word)
    return out[index : index + len(word)] if index >= 0 and len(out) == len(text) else "?"


def hong_kong_table() -> None:
    print("3. Hong Kong sample (綫 裏 啓 衞, 着 = zhe/zhuó, 著 = zhù in 原著 卓著 著作 著名 顯著)")
    print(f"   detected: {detect_script(HK_SAMPLE).value}")
    for config in (*BACKWARD, SCRIPT_PY):
        out = to_simple(config, HK_SAMPLE)
        diffs = differing_runs(HK_REFERENCE, out)
        shown = ", ".join(f"{b} for {a}" for a, b in diffs) or "-"
        print(f"   {config:<10} mismatches {mismatches(HK_REFERENCE, out):>2}  {shown}")
    print(f"   script.py reads 著 as zhe/zhuó here: {writes_zhe_as_zhu(HK_SAMPLE)}")
    print()


RARE = "爲衆羣説麪喫僞綫衞啓裏"
"""Glyphs of OpenCC's standard (and Hong Kong) forms that Taiwan's print, and most readers, write
otherwise: 為 眾 群 說 麵 吃 偽 線 衛 啟 裡."""
EDITION = "edition"
BACK = {"s2t": "t2s", "s2tw": "tw2s", "s2hk": "hk2s", "s2twp": "tw2sp", EDITION: "tw2s"}


def edition_table() -> None:
    from unionreader.catalog import load_catalog
    from unionreader.documents import load_document
    from unionreader.edition.script import CONFIG, to_traditional
    from unionreader.link.texts import link_text

    texts = [
        "\n".join(link_text(load_document(seed)).texts) for seed in load_catalog(ROOT / "seeds")
    ]
    cases_file = ROOT / "tests" / "golden" / "edition" / "hard-cases.tsv"
    cases = [line.split("\t") for line in cases_file.read_text("utf-8").splitlines()]
    print(
        f"4. The Traditional edition over the {len(texts)} seeds' normalised text "
        f"({sum(map(len, texts))} characters)"
    )
    print(
        f"   {'config':<10}{'rare glyphs':>12}{'hard cases':>12}{'runs ≠ s2t':>12}"
        f"{'round trip':>12}"
    )
    for config in (*FORWARD, EDITION):
        forward = to_traditional if config == EDITION else lambda t, c=config: convert(c, t)
        out = [forward(text) for text in texts]
        rare = sum(sum(text.count(glyph) for glyph in RARE) for text in out)
        right = sum(forward(simplified) == traditional for simplified, traditional in cases)
        base = [convert("s2t", text) for text in texts]
        words = sum(
            1
            for b, o in zip(base, out, strict=True)
            for x, y in differing_runs(b, o)
            if max(len(x), len(y)) > 1
        )
        back = sum(mismatches(t, convert(BACK[config], o)) for t, o in zip(texts, out, strict=True))
        print(f"   {config:<10}{rare:>12}{right:>8}/{len(cases):<3}{words:>12}{back:>12}")
    print(f"   the edition: {CONFIG} with tests/golden/edition's hard cases and its override table")
    print()


def main() -> int:
    seeds = load_seeds()
    scripts = {name: detect_script(text) for name, text in seeds.items()}
    print("Detected scripts: " + ", ".join(f"{n[:3]} {s.value}" for n, s in scripts.items()))
    print()
    simplified_seeds = {n: t for n, t in seeds.items() if scripts[n] is Script.SIMPLIFIED}
    round_trip_table(simplified_seeds)
    for name, text in seeds.items():
        if scripts[name] is Script.TRADITIONAL:
            traditional_seed_table(name, text)
    hong_kong_table()
    edition_table()
    return 0


if __name__ == "__main__":
    sys.exit(main())
