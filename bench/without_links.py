"""This project's build with the link stage left out: what terms and related passages cost.

Run: `.venv/bin/python bench/without_links.py DIR` makes DIR, a stand-in clone for
`bench/build.py --against` (a `build.py` and a link to this clone's sources), whose build finds
no terms and no related passages: no term pages, no term links in the text, no related passages
on the pages, empty terms.json and related.json; everything else as this clone builds it. Then

    .venv/bin/python bench/build.py --sizes 1000 --against DIR

builds the same corpora with both, interleaved, and reports this clone's times against the
stand-in's: the issue's bar is at most 20% more for the cold build (`AGAINST_BAR`). The
stand-in's "nothing changed" row does not compare: its build.py loads the build's modules up
front, which the quick check otherwise spares.

With `--edition` the stand-in also makes no Traditional edition (no file under zh-hant/; the
pages' 简/繁 switch leads nowhere), and with `--edition --links` it makes the edition's files
only that far: it keeps the link stage and leaves out the edition alone. What a build costs
without either, against Hugo + Pagefind (`bench/build.py --project DIR --sizes 1000`), is
what the scale issue's bars would ask of the rest of the build.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

BUILD_PY = '''"""UnionReader's build without {what} (bench/without_links.py)."""

import sys

sys.path.insert(0, {src!r})
sys.path.insert(0, {bench!r})

from without_links import build_without

if __name__ == "__main__":
    sys.exit(build_without(sys.argv[1:], links={links!r}, edition={edition!r}))
'''


def no_links(
    texts: Sequence[object], config: object, related: object = None, memo: object = None
) -> object:
    """What the link stage returns for a collection in which nothing is linked."""
    from unionreader.cards import DocRef
    from unionreader.link.links import NO_LINKS, Links
    from unionreader.link.texts import LinkText

    linked = [text for text in texts if isinstance(text, LinkText)]
    refs = tuple(DocRef(text.slug, text.title, text.date) for text in linked)
    return Links(refs, (), tuple(NO_LINKS for _ in linked), (), tuple(t.ids for t in linked))


def build_without(argv: list[str], links: bool = True, edition: bool = False) -> int:
    """`python build.py ARGS` with the link stage replaced by `no_links` (`links`), and with
    no file in the Traditional edition (`edition`)."""
    from unionreader import stages, urls
    from unionreader.cli import main

    if links:
        setattr(stages, "link_collection", no_links)  # noqa: B010 (a stand-in, on purpose)
        setattr(stages, "passages_of", lambda texts: [])  # noqa: B010
    if edition:
        setattr(urls, "twinned", lambda path: False)  # noqa: B010 (what has a Traditional copy)
    return main(["build", *argv])


def make(folder: Path, links: bool = True, edition: bool = False) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    source = folder / "src"
    if not source.exists():
        source.symlink_to(ROOT / "src", target_is_directory=True)
    left_out = [
        *(["terms and related passages"] if links else []),
        *(["the Traditional edition"] if edition else []),
    ]
    script = BUILD_PY.format(
        what=" or ".join(left_out),
        src=str(ROOT / "src"),
        bench=str(ROOT / "bench"),
        links=links,
        edition=edition,
    )
    (folder / "build.py").write_text(script, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="the stand-in clone to make")
    parser.add_argument(
        "--edition", action="store_true", help="also leave out the Traditional edition"
    )
    parser.add_argument(
        "--links",
        action="store_true",
        help="with --edition: keep the terms and related passages (leave out the edition alone)",
    )
    args = parser.parse_args(argv)
    if args.links and not args.edition:
        parser.error("--links keeps the link stage: give --edition too, or nothing is left out")
    make(args.folder, links=not args.links, edition=args.edition)
    print(f"{args.folder}: now run bench/build.py --against {args.folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
