"""Measure search against Ctrl-F truth, in headless Chromium, through the search page's own code.

Run: `.venv/bin/python bench/search.py` (the five seeds), `--scale 50` (the corpus fifty times
over, under new slugs), `--seeds DIR` (any seeds folder) or `--generated 1000` (a thousand distinct
documents from bench/corpus.py, which needs jieba). Exit status 1 when a bar fails.

1. Build the site with the real pipeline into a temporary folder (for --scale N, from a
   temporary seeds folder holding N copies of every seed and a generated catalog.toml; for
   --generated N, from N documents that bench/corpus.py writes into a temporary folder).
2. Draw a phrase set with a fixed seed: random substrings of 2–16 searchable characters inside one
   block (taken as written, punctuation included), real enumerations with 、, the issue's named
   phrases, and phrases that do not occur; each also in Traditional script (OpenCC s2t).
3. Truth: every start of the folded phrase in every folded block of data/corpus.json.
4. Serve the site like GitHub Pages (gzip for text, under /unionreader/), open search/ in Debian's
   Chromium, and run every query through window.UnionSearch.search — what the page runs — timing
   it until the first page of results is ready to show. Then open fresh browsers on search/?q=…
   for a sample of queries and count the bytes they download.
5. Print recall and precision (occurrences and documents) per phrase length and script, latency,
   first-query bytes and the index size, against the bars.
"""

from __future__ import annotations

import argparse
import functools
import json
import logging
import random
import re
import shutil
import statistics
import sys
import tempfile
import time
import tomllib
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests"))  # chromium.py: how the browser tests launch Chromium

from chromium import CHROMIUM, CHROMIUM_ARGS  # noqa: E402
from pages_host import PREFIX, PagesServer  # noqa: E402

from unionreader.normalise.script import traditional  # noqa: E402
from unionreader.pipeline import BuildConfig, build  # noqa: E402
from unionreader.search.pagefind_files import page_id  # noqa: E402
from unionreader.search.text import (  # noqa: E402
    BREAK,
    find_phrase,
    fold,
    fold_with_origins,
    is_break,
    marked,
    read_phrase,
)

logger = logging.getLogger(__name__)

SEEDS = ROOT / "seeds"
NAMED = ("新就业形态劳动者", "五个坚决", "劳模精神、劳动精神、工匠精神")
ABSENT = ("量子计算", "区块链技术", "人工智能大模型", "足球世界杯", "火星探测器", "元宇宙")
BARS = {"recall": 1.0, "precision": 1.0, "p50_ms": 30.0, "p95_ms": 100.0, "first_query_kb": 250.0}
HEADER = (
    ("epigraph", "epigraph"),
    ("kicker", "kicker"),
    ("title", "title"),
    ("subtitle", "subtitle"),
    ("author", "author"),
    ("office", "office"),
    ("note", "editor-note"),
)
"""Header lines that are searchable, in page order: their key in corpus.json, their element id."""


# ---------------------------------------------------------------- building


def scaled_seeds(scale: int, folder: Path) -> Path:
    """A seeds folder with `scale` copies of every seed, each under its own slug."""
    catalog = tomllib.loads((SEEDS / "catalog.toml").read_text(encoding="utf-8"))
    lines: list[str] = []
    for entry in catalog["seed"]:
        source = SEEDS / entry["file"]
        for copy in range(scale):
            name = f"{source.stem}-{copy:02d}.txt"
            shutil.copyfile(source, folder / name)
            lines.append("[[seed]]")
            values = {**entry, "file": name, "slug": f"{entry['slug']}-{copy:02d}"}
            lines += [
                f"{key} = {json.dumps(value, ensure_ascii=False)}" for key, value in values.items()
            ]
            lines.append("")
    (folder / "catalog.toml").write_text("\n".join(lines), encoding="utf-8")
    return folder


def seeds_folder(args: argparse.Namespace, work: Path) -> tuple[Path, str]:
    """The seeds to measure, and how to name them: --seeds, --generated or --scale."""
    if args.seeds:
        return args.seeds, str(args.seeds)
    if args.generated:
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        import corpus  # bench/corpus.py

        corpus.generate(args.generated, args.corpus_seed, _mkdir(work / "seeds"))
        return work / "seeds", f"{args.generated} generated documents (seed {args.corpus_seed})"
    if args.scale == 1:
        return SEEDS, "the corpus ×1"
    return scaled_seeds(args.scale, _mkdir(work / "seeds")), f"the corpus ×{args.scale}"


def build_site(seeds: Path, work: Path) -> Path:
    site = work / "_site"
    build(BuildConfig(seeds_dir=seeds, out_dir=site, cache_dir=work / "cache"))
    return site


def _mkdir(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path


# ---------------------------------------------------------------- truth and phrases


@dataclass(frozen=True)
class Block:
    slug: str
    id: str
    text: str
    marked: str  # folded, with its breaks (text.marked)
    start: int  # in the document's folded text

    @functools.cached_property
    def folded(self) -> str:  # read in every loop that draws phrases: made once
        return self.marked.replace(BREAK, "")


def corpus_blocks(site: Path) -> list[Block]:
    """What a reader sees of each document, from the public export: its header lines (kicker,
    title, author, office), then every section heading, paragraph and point."""
    corpus = json.loads((site / "data" / "corpus.json").read_text(encoding="utf-8"))
    blocks = []
    for doc in corpus["documents"]:
        header = {**doc, "epigraph": (doc.get("epigraph") or {}).get("text")}
        parts = [(part_id, header[key]) for key, part_id in HEADER if header.get(key)]
        for section in doc["sections"]:
            if section["heading"]:
                parts.append((section["id"], section["heading"]))
            parts += [(block["id"], block["text"]) for block in section["blocks"]]
        start = 0
        for part_id, text in parts:
            folded = marked(text)
            blocks.append(Block(doc["slug"], part_id, text, folded, start))
            start += len(folded) - folded.count(BREAK)
    return blocks


def truth(blocks: list[Block], phrase: str) -> set[tuple[str, int]]:
    """(slug, position in the document's folded text) of every occurrence of the phrase, running
    through no break in the text where the phrase has no mark of its own (text.find_phrase)."""
    needle = read_phrase(phrase)
    return {(b.slug, b.start + i) for b in blocks for i in find_phrase(b.marked, needle)}


@dataclass(frozen=True)
class Phrase:
    text: str  # as typed
    kind: str  # random | unmarked (a random one without its marks) | enumeration | named | absent
    simplified: str  # the Simplified phrase it stands for (truth is computed on this)
    script: str  # simplified | traditional

    @property
    def length(self) -> int:
        return len(fold(self.simplified))


def draw_phrases(blocks: list[Block], rng: random.Random, per_length: int) -> list[Phrase]:
    originals = _unique_blocks(blocks)
    phrases: list[Phrase] = []
    for length in range(2, 17):
        candidates = [b for b in originals if len(b.folded) >= length]
        for _ in range(per_length):
            block = rng.choice(candidates)
            origins = fold_with_origins(block.text).origins
            start = rng.randrange(len(block.folded) - length + 1)
            text = block.text[origins[start] : origins[start + length - 1] + 1]
            phrases.append(Phrase(text, "random", text, "simplified"))
            if any(is_break(c) for c in text):  # typed without its marks: no match through them
                phrases.append(Phrase(fold(text), "unmarked", fold(text), "simplified"))
    enumerations = sorted({m.group(0) for b in originals for m in _ENUMERATION.finditer(b.text)})
    for text in rng.sample(enumerations, min(12, len(enumerations))) + list(NAMED):
        phrases.append(
            Phrase(text, "enumeration" if text not in NAMED else "named", text, "simplified")
        )
    # A named absent phrase that a larger corpus does contain is no absent phrase there.
    phrases += [
        Phrase(text, "absent", text, "simplified") for text in ABSENT if not truth(blocks, text)
    ]
    phrases += _shuffled_absent(originals, blocks, rng, 6)
    phrases += [
        Phrase(traditional(p.text), p.kind, p.simplified, "traditional")
        for p in list(phrases)
        if traditional(p.text) != p.text or p.kind == "named"
    ]
    return phrases


_ENUMERATION = re.compile(r"[\u4e00-\u9fff]{2,6}(?:、[\u4e00-\u9fff]{2,6}){1,3}")


def _unique_blocks(blocks: list[Block]) -> list[Block]:
    """One copy of each block text (the scaled corpus repeats them)."""
    seen: dict[str, Block] = {}
    for block in blocks:
        seen.setdefault(block.text, block)
    return list(seen.values())


def _shuffled_absent(
    originals: list[Block], blocks: list[Block], rng: random.Random, count: int
) -> list[Phrase]:
    found: list[Phrase] = []
    while len(found) < count:
        block = rng.choice([b for b in originals if len(b.folded) >= 8])
        start = rng.randrange(len(block.folded) - 5)
        chars = list(block.folded[start : start + 5])
        rng.shuffle(chars)
        text = "".join(chars)
        if not truth(blocks, text):
            found.append(Phrase(text, "absent", text, "simplified"))
    return found


def byte_sample(
    phrases: list[Phrase], blocks: list[Block], count: int, rng: random.Random
) -> list[Phrase]:
    """Queries for the fresh-browser measure: the longest, the named, the most frequent two
    characters (the most results to show), then random ones; no phrase twice."""
    counts = Counter(b.folded[i : i + 2] for b in blocks for i in range(len(b.folded) - 1))
    common = max(  # the same as the most len(truth(blocks, two)), counted in one pass
        {b.folded[i : i + 2] for b in blocks[:50] for i in range(len(b.folded) - 1)},
        key=lambda two: counts[two],
    )
    chosen = sorted(phrases, key=lambda p: -p.length)[:4]
    chosen += [p for p in phrases if p.kind == "named"] + [
        Phrase(common, "frequent", common, "simplified")
    ]
    rest = [p for p in phrases if p.text not in {c.text for c in chosen}]
    chosen += rng.sample(rest, max(0, count - len(chosen)))
    return list({p.text: p for p in chosen}.values())[:count]


# ---------------------------------------------------------------- running


RUN_QUERY = """async (q) => {
  const started = performance.now();
  const r = await window.UnionSearch.search(q);
  const elapsed = performance.now() - started;
  return {
    elapsed, status: r.status, total: r.total,
    documents: r.documents.map((d) => [d.id, d.positions]),
    hits: r.documents.flatMap((d) => (d.hits || []).map((h) => [d.id, h.block, h.phrase])),
  };
}"""


@dataclass
class Outcome:
    phrase: Phrase
    found: set[tuple[str, int]]
    expected: set[tuple[str, int]]
    elapsed: float
    bad_hits: list[Any] = field(default_factory=list)


def slugs(site: Path) -> dict[str, str]:
    """Page id (as search results name documents) → slug, from the site's search data."""
    titles = json.loads((site / "search" / "titles.json").read_text(encoding="utf-8"))
    return {
        page_id(number).removeprefix("und_"): slug for number, slug in enumerate(titles["slugs"])
    }


def run_queries(
    browser: Any,
    url: str,
    phrases: list[Phrase],
    blocks: list[Block],
    site: Path,
    edition: str = "",
) -> list[Outcome]:
    """Every phrase through the search page's own code (`edition`: "zh-hant/" for the
    Traditional edition's page, whose shown phrases are in Traditional script)."""
    page = browser.new_page()
    page.goto(url + edition + "search/")
    page.evaluate("() => window.UnionSearch.ready()")
    by_id = {(b.slug, b.id): b for b in blocks}
    slug_of = slugs(site)
    outcomes = []
    for phrase in phrases:
        result = page.evaluate(RUN_QUERY, phrase.text)
        found = {(slug_of[i], p) for i, positions in result["documents"] for p in positions}
        outcome = Outcome(phrase, found, truth(blocks, phrase.simplified), result["elapsed"])
        for doc_id, block_id, matched in result["hits"]:
            slug = slug_of[doc_id]
            block = by_id.get((slug, block_id))
            wrong = fold(matched) not in block.folded or fold(matched) != fold(phrase.simplified)
            if block is None or (wrong and not edition):
                outcome.bad_hits.append((slug, block_id, matched))
        outcomes.append(outcome)
    page.close()
    return outcomes


def first_query_bytes(
    browser: Any, url: str, phrases: list[Phrase], edition: str = ""
) -> list[dict[str, Any]]:
    """Open a fresh browser context per query on search/?q=… and count what it downloads."""
    return [_fresh_query(browser, url, phrase, edition) for phrase in phrases]


def _fresh_query(browser: Any, url: str, phrase: Phrase, edition: str) -> dict[str, Any]:
    context = browser.new_context()
    page = context.new_page()
    responses: list[Any] = []
    page.on("response", lambda response: responses.append(response))
    started = time.perf_counter()
    page.goto(url + edition + "search/?q=" + quote(phrase.text))
    page.wait_for_selector("[data-search-results][data-state=done]", state="attached")
    cold = (time.perf_counter() - started) * 1000
    search_bytes = page_bytes = 0
    files: list[tuple[int, str]] = []
    for response in responses:
        sizes = response.request.sizes()
        size = sizes["responseBodySize"] + sizes["responseHeadersSize"]
        page_bytes += size
        if "/search/" in response.url or response.url.endswith("search.js"):
            search_bytes += size
            files.append((size, response.url.split(PREFIX, 1)[-1].split("?")[0]))
    context.close()
    return {
        "phrase": phrase,
        "search": search_bytes,
        "page": page_bytes,
        "cold": cold,
        "files": sorted(files, reverse=True),
    }


# ---------------------------------------------------------------- report


def ratio(numerator: int, denominator: int) -> float:
    return numerator / denominator if denominator else 1.0


def scores(outcomes: list[Outcome]) -> dict[str, float]:
    found = sum(len(o.found) for o in outcomes)
    expected = sum(len(o.expected) for o in outcomes)
    right = sum(len(o.found & o.expected) for o in outcomes)
    docs = [({s for s, _ in o.found}, {s for s, _ in o.expected}) for o in outcomes]
    doc_right = sum(len(f & e) for f, e in docs)
    return {
        "occ_recall": ratio(right, expected),
        "occ_precision": ratio(right, found),
        "doc_recall": ratio(doc_right, sum(len(e) for _, e in docs)),
        "doc_precision": ratio(doc_right, sum(len(f) for f, _ in docs)),
    }


def report(
    outcomes: list[Outcome], weights: list[dict[str, Any]], site: Path
) -> tuple[bool, dict[str, Any]]:
    """Print the figures against the bars; whether all bars hold, and the figures."""
    ok = True
    head = "".join(f"{name:>8}" for name in ("occ R", "occ P", "doc R", "doc P"))
    print(f"\n{'group':<22}{'n':>5}{head}{'occurrences':>13}")
    groups: dict[str, list[Outcome]] = defaultdict(list)
    for o in outcomes:
        if o.phrase.kind == "absent":
            continue
        bucket = f"len {o.phrase.length:>2}" if o.phrase.kind == "random" else o.phrase.kind
        groups[f"{o.phrase.script[:4]} {bucket}"].append(o)
    for name in sorted(groups):
        s = scores(groups[name])
        total = sum(len(o.expected) for o in groups[name])
        print(
            f"{name:<22}{len(groups[name]):>5}"
            + "".join(f"{v:>8.3f}" for v in s.values())
            + f"{total:>13}"
        )
        ok &= all(v >= BARS["recall"] for v in s.values())
    present = [o for o in outcomes if o.phrase.kind != "absent"]
    s = scores(present)
    print(f"{'all present':<22}{len(present):>5}" + "".join(f"{v:>8.3f}" for v in s.values()))
    absent = [o for o in outcomes if o.phrase.kind == "absent"]
    leaked = [o.phrase.text for o in absent if o.found]
    print(f"absent phrases: {len(absent)}, with results: {len(leaked)} {leaked or ''}")
    ok &= not leaked
    bad = [(o.phrase.text, o.bad_hits[:2]) for o in outcomes if o.bad_hits]
    print(f"shown occurrences pointing at the wrong block: {len(bad)} {bad[:3] or ''}")
    ok &= not bad
    misses = [o for o in present if o.found != o.expected]
    for o in misses[:8]:
        print(
            f"  MISMATCH {o.phrase.script} {o.phrase.text!r}: missing {len(o.expected - o.found)}, "
            f"extra {len(o.found - o.expected)}"
        )
    times = sorted(o.elapsed for o in outcomes)
    p50, p95 = statistics.median(times), times[int(0.95 * (len(times) - 1))]
    print(
        f"\nlatency over {len(times)} queries: p50 {p50:.1f} ms, p95 {p95:.1f} ms, "
        f"max {times[-1]:.1f} ms   (bars {BARS['p50_ms']:.0f} / {BARS['p95_ms']:.0f} ms)"
    )
    ok &= p50 <= BARS["p50_ms"] and p95 <= BARS["p95_ms"]
    slowest = sorted(outcomes, key=lambda o: -o.elapsed)[:5]
    print("  slowest: " + ", ".join(f"{o.phrase.text[:12]} {o.elapsed:.0f} ms" for o in slowest))
    print("\nfirst query in a fresh browser (bytes on the wire, gzip as GitHub Pages serves it):")
    for row in weights:
        print(
            f"  {row['phrase'].text[:24]:<26} search {row['search'] / 1024:7.1f} KB   "
            f"whole page {row['page'] / 1024:7.1f} KB   page load to results {row['cold']:6.0f} ms"
        )
    heaviest = max(weights, key=lambda row: row["search"])
    worst: float = heaviest["search"] / 1024
    print(f"  worst search download {worst:.1f} KB (bar {BARS['first_query_kb']:.0f} KB):")
    print("    " + ", ".join(f"{name} {size / 1024:.1f}" for size, name in heaviest["files"]))
    ok &= worst <= BARS["first_query_kb"]
    print("\nsearch bundle on disk:")
    sizes = {}
    for part, path in [
        ("all of search/", "search"),
        ("index chunks", "search/pagefind/index"),
        ("text/", "search/text"),
    ]:
        sizes[path] = sum(f.stat().st_size for f in (site / path).rglob("*") if f.is_file())
        print(f"  {part:<20}{sizes[path] / 1024:10.1f} KB")
    first = sorted(row["search"] / 1024 for row in weights)
    figures = {
        "documents": len(json.loads((site / "search" / "titles.json").read_text())["slugs"]),
        "scores": scores(present),
        "absent_with_results": len(leaked),
        "p50_ms": p50,
        "p95_ms": p95,
        "first_query_kb": {"worst": first[-1], "median": statistics.median(first)},
        "heaviest": [[name, size] for size, name in heaviest["files"]],
        "bundle_bytes": sizes,
        "bars_met": ok,
    }
    return ok, figures


EDITION = "zh-hant/"


def report_edition(
    outcomes: list[Outcome], edition: list[Outcome], weights: list[dict[str, Any]]
) -> tuple[bool, dict[str, Any]]:
    """The Traditional edition's search page against the Simplified one's: the same
    occurrences for every query, its latency and its first-query bytes."""
    differ = [s.phrase.text for s, t in zip(outcomes, edition, strict=True) if s.found != t.found]
    bad = [t.phrase.text for t in edition if t.bad_hits]
    times = sorted(o.elapsed for o in edition)
    p50, p95 = statistics.median(times), times[int(0.95 * (len(times) - 1))]
    heaviest = max(weights, key=lambda row: row["search"])
    worst = heaviest["search"] / 1024
    print(f"\nTraditional edition ({EDITION}search/), the same {len(edition)} queries:")
    print(f"  occurrences other than the Simplified page's: {len(differ)} {differ[:3] or ''}")
    print(f"  shown occurrences pointing at a missing block: {len(bad)}")
    print(f"  latency p50 {p50:.1f} ms, p95 {p95:.1f} ms; worst first query {worst:.1f} KB")
    print(f"  its heaviest, {heaviest['phrase'].text[:16]}:")
    print("    " + ", ".join(f"{name} {size / 1024:.1f}" for size, name in heaviest["files"]))
    ok = not differ and not bad and worst <= BARS["first_query_kb"]
    ok &= p50 <= BARS["p50_ms"] and p95 <= BARS["p95_ms"]
    figures = {"differ": len(differ), "p50_ms": p50, "p95_ms": p95, "first_query_kb": worst}
    return ok, figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    corpus = parser.add_mutually_exclusive_group()
    corpus.add_argument("--scale", type=int, default=1, help="copies of the corpus (default 1)")
    corpus.add_argument("--seeds", type=Path, help="measure this seeds folder instead")
    corpus.add_argument("--generated", type=int, help="measure N generated documents instead")
    parser.add_argument("--corpus-seed", type=int, default=1, help="random seed of --generated")
    parser.add_argument("--seed", type=int, default=20240607, help="random seed of the phrase set")
    parser.add_argument("--per-length", type=int, default=8, help="random phrases per length")
    parser.add_argument("--fresh", type=int, default=12, help="queries measured in fresh browsers")
    parser.add_argument("--keep", type=Path, help="build here and keep the site")
    parser.add_argument("--json", type=Path, help="write the figures as JSON")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s")
    from playwright.sync_api import sync_playwright

    work = args.keep or Path(tempfile.mkdtemp(prefix="search-bench-"))
    try:
        seeds, name = seeds_folder(args, _mkdir(work))
        print(f"building {name} …", flush=True)
        site = build_site(seeds, work)
        blocks = corpus_blocks(site)
        phrases = draw_phrases(blocks, random.Random(args.seed), args.per_length)
        print(f"{len(blocks)} blocks; {len(phrases)} queries", flush=True)
        sample = byte_sample(phrases, blocks, args.fresh, random.Random(args.seed))
        server = PagesServer(site)
        try:
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
                outcomes = run_queries(browser, server.url, phrases, blocks, site)
                weights = first_query_bytes(browser, server.url, sample)
                edition = run_queries(browser, server.url, phrases, blocks, site, EDITION)
                edition_weights = first_query_bytes(browser, server.url, sample, EDITION)
                browser.close()
        finally:
            server.close()
        ok, figures = report(outcomes, weights, site)
        same, edition_figures = report_edition(outcomes, edition, edition_weights)
        ok &= same
        figures["traditional_edition"] = edition_figures
        print("\n" + ("ALL BARS MET" if ok else "A BAR FAILED"))
        if args.json:
            args.json.write_text(json.dumps(figures, ensure_ascii=False, indent=2), "utf-8")
        return 0 if ok else 1
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
