"""The terms the build finds in a folder of seeds, listed for a reader to judge.

Run: `.venv/bin/python bench/terms.py --seeds DIR` (any folder of seeds, in every format the
build reads; without `--seeds`, the 1,000 documents of the generated corpus, seed 1). Each
document is read and normalised as the build reads it, and the terms are found as the build
finds them (`link.terms.find_terms`, with the folder's `terms.toml` unless `--no-config`); they
are printed in the build's order (most uses first) with their uses, documents and how each was
found (n: numbered formula, q: quoted expression, r: repeated phrase, a: added by terms.toml).
To see what a change to the rules does, run it from a worktree of each commit and compare the
lists.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import link_stage  # puts the project's sources on the path (imported first)

from unionreader.link.collection import Collection
from unionreader.link.term_config import TermsConfig, read_terms_config
from unionreader.link.terms import find_terms
from unionreader.link.texts import link_text
from unionreader.sources import READERS


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=Path, help="a folder of seeds (default: generated)")
    parser.add_argument("--count", type=int, default=1000, help="documents at most (1,000)")
    parser.add_argument("--top", type=int, default=0, help="print only the first N terms")
    parser.add_argument("--no-config", action="store_true", help="leave terms.toml out")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as work:
        seeds = (
            sorted(p for p in args.seeds.iterdir() if p.suffix.lower() in READERS)[: args.count]
            if args.seeds is not None  # every format the build reads, pages and Word too
            else link_stage.corpus.seeds_of(None, args.count, Path(work))
        )
        texts = [link_text(doc) for doc in link_stage.documents_of(seeds)]
    config = TermsConfig()
    if args.seeds is not None and not args.no_config:
        config = read_terms_config(args.seeds)
    terms = find_terms(Collection.of(texts), config)
    sources = Counter(term.source.value for term in terms)
    print(
        f"{len(texts)} documents, {len(terms)} terms ("
        + ", ".join(f"{count} {source}" for source, count in sources.most_common())
        + ")"
    )
    shown = terms[: args.top] if args.top else terms
    for term in shown:
        print(f"{term.text}\t{term.count}\t{term.documents}\t{term.source.value[0]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
