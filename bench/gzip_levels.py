"""Compression of the index chunks: time and bytes per zlib level, and per level of ISA-L (the
`isal` package, which the build uses), on a generated collection.

Run: `.venv/bin/python bench/gzip_levels.py [--generated 1000]` (needs jieba for bench/corpus.py).
Builds the postings of N generated documents (folded as search folds them), encodes every chunk
and compresses all of them with each, as `search.pagefind_files.packed` does.

With `--records`, the same for what a document's record carries and the build cache keeps
(`documents.packed`): each generated document read as the build reads it, its model pickled
and its export part made, compressed in zlib's format (compressing and then unpacking timed).
"""

from __future__ import annotations

import argparse
import gzip
import logging
import pickle
import statistics
import sys
import tempfile
import time
import zlib
from functools import partial
from pathlib import Path

from isal import igzip, isal_zlib

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from unionreader.search.chunks import chunks, encode  # noqa: E402
from unionreader.search.pagefind_files import SIGNATURE  # noqa: E402
from unionreader.search.postings import collect, pair_keys  # noqa: E402
from unionreader.search.text import fold  # noqa: E402

logger = logging.getLogger(__name__)

LEVELS = (1, 3, 4, 5, 6, 9)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--generated", type=int, default=1000, help="documents (default 1000)")
    parser.add_argument(
        "--records", action="store_true", help="compress documents' records, not index chunks"
    )
    args = parser.parse_args(argv)
    import corpus  # bench/corpus.py

    with tempfile.TemporaryDirectory() as folder:
        corpus.generate(args.generated, 1, Path(folder))
        if args.records:
            return records(Path(folder))
        texts = [p.read_text(encoding="utf-8") for p in sorted(Path(folder).glob("*.txt"))]
    blocks = [[fold(line) for line in text.splitlines() if line.strip()] for text in texts]
    postings = collect([pair_keys(doc) for doc in blocks])
    raw = [SIGNATURE + encode(postings, chunk) for chunk in chunks(postings)]
    print(f"{len(raw)} chunks, {sum(map(len, raw)) / 2**20:.1f} MB of CBOR")
    print(f"{'level':>10}{'seconds':>9}{'MB':>8}{'median KB':>11}{'largest KB':>12}")
    compressors = [
        (f"zlib {level}", partial(gzip.compress, compresslevel=level)) for level in LEVELS
    ]
    compressors += [
        (f"ISA-L {level}", partial(igzip.compress, compresslevel=level)) for level in (1, 2, 3)
    ]
    for name, compress in compressors:
        started = time.perf_counter()
        made = [compress(data, mtime=0) for data in raw]
        seconds = time.perf_counter() - started
        sizes = [len(data) for data in made]
        print(
            f"{name:>10}{seconds:>9.2f}{sum(sizes) / 2**20:>8.2f}"
            f"{statistics.median(sizes) / 1024:>11.1f}{max(sizes) / 1024:>12.1f}"
        )
    return 0


def records(folder: Path) -> int:
    """Print, for zlib's levels 1 and 6 and ISA-L's 0 to 3, the seconds to compress and to
    unpack the records of the documents in `folder`, and their size."""
    from unionreader.catalog import load_catalog
    from unionreader.documents import load_document
    from unionreader.export import corpus_entry

    raw = []
    for seed in load_catalog(folder):
        doc = load_document(seed)
        raw += [pickle.dumps(doc, pickle.HIGHEST_PROTOCOL), corpus_entry(doc)]
    print(f"{len(raw)} records, {sum(map(len, raw)) / 2**20:.1f} MB")
    print(f"{'level':>10}{'seconds':>9}{'unpack s':>10}{'MB':>8}")
    compressors = [(f"zlib {level}", zlib, level) for level in (1, 6)]
    compressors += [(f"ISA-L {level}", isal_zlib, level) for level in (0, 1, 2, 3)]
    for name, module, level in compressors:
        started = time.perf_counter()
        made = [module.compress(data, level) for data in raw]
        seconds = time.perf_counter() - started
        started = time.perf_counter()
        for data in made:
            module.decompress(data)
        unpack = time.perf_counter() - started
        print(f"{name:>10}{seconds:>9.2f}{unpack:>10.2f}{sum(map(len, made)) / 2**20:>8.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
