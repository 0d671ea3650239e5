"""The command line: `unionreader build | serve | inspect`; `build.py` calls `run`."""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from unionreader.errors import UnionReaderError, display_path
from unionreader.pipeline import BuildConfig, build

logger = logging.getLogger(__name__)

DEFAULT_SEEDS = Path("seeds")
DEFAULT_OUT = Path("_site")
REVIEW_LINES = 20
"""Documents to review listed after a build (all of them with --reviews)."""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="unionreader", description=__doc__)
    parser.add_argument("--verbose", action="store_true", help="show tracebacks and debug output")
    commands = parser.add_subparsers(dest="command", required=True)
    build_cmd = commands.add_parser("build", help="build the site (default output: _site/)")
    _site_options(build_cmd)
    build_cmd.add_argument(
        "--reviews", action="store_true", help="list every document to review (not the first 20)"
    )
    serve_cmd = commands.add_parser("serve", help="build, serve on 127.0.0.1 and rebuild on change")
    _site_options(serve_cmd)
    serve_cmd.add_argument("--port", type=int, default=8000, help="the port (default 8000)")
    inspect_cmd = commands.add_parser("inspect", help="print the outline of one seed")
    inspect_cmd.add_argument("seed", type=Path, help="a seed file, e.g. seeds/000_….txt")
    return parser


def _site_options(command: argparse.ArgumentParser) -> None:
    command.add_argument("--seeds", type=Path, default=DEFAULT_SEEDS, help="the seeds folder")
    command.add_argument("--out", type=Path, default=DEFAULT_OUT, help="the output folder")
    command.add_argument(
        "--base-url",
        type=_base_url,
        default=None,
        help="public address, e.g. https://you.github.io/unionreader/ (canonical URLs, sitemap)",
    )


def _base_url(value: str) -> str:
    if not value.startswith(("http://", "https://")):
        raise argparse.ArgumentTypeError(f"{value!r} is not an http(s) URL")
    return value.rstrip("/") + "/"


def _inspect(path: Path) -> None:
    from unionreader.catalog import load_catalog  # imported when needed: a build that has
    from unionreader.documents import load_document  # nothing to do never loads them
    from unionreader.outline import outline

    seeds = load_catalog(path.parent, only=path.name)
    if not seeds:
        raise UnionReaderError("not a seed (a seed file in a seeds folder)", path)
    sys.stdout.write(outline(load_document(seeds[0])))


def _config(args: argparse.Namespace) -> BuildConfig:
    return BuildConfig(seeds_dir=args.seeds, out_dir=args.out, base_url=args.base_url)


def _build(args: argparse.Namespace) -> None:
    report = build(_config(args))
    print(report.line(display_path(args.out)))
    if report.reviews:
        count = len(report.reviews)
        shown = report.reviews if args.reviews else report.reviews[:REVIEW_LINES]
        documents = f"{count} document{'s' * (count > 1)}"
        print(f"{documents} to review (see README, Reviewing what the build made):")
        for found in shown:
            print(f"  {found.line()}")
        if len(shown) < count:
            print(f"  … and {count - len(shown)} more (build with --reviews to list them all)")


NUMPY_SETTINGS = {"OPENBLAS_NUM_THREADS": "1", "NUMPY_MADVISE_HUGEPAGE": "0"}
"""How numpy is set up for the build (read when numpy is first imported, by the build's stages;
a value the user set is kept):
- its linear algebra library starts a thread per CPU that spins for a while, and the build does
  no linear algebra;
- it asks the kernel for huge pages for every array of 4 MB or more. Where the kernel then
  compacts memory to find them (transparent huge pages set to `madvise`, as on this project's
  2-core machine), a fresh process takes seconds of system time to touch its first arrays:
  `python bench/huge_pages.py` measures it."""


def _numpy_settings() -> None:
    for name, value in NUMPY_SETTINGS.items():
        os.environ.setdefault(name, value)


def main(argv: Sequence[str] | None = None) -> int:
    """Run a command; errors print as one line (a traceback only with --verbose)."""
    args = _parser().parse_args(argv)
    _numpy_settings()
    logging.basicConfig(
        level=logging.ERROR, format="%(levelname)s: %(message)s", stream=sys.stderr, force=True
    )
    # warnings are this program's own, about the user's texts: a library's are about its own
    # work (trafilatura's "discarding data: None" beside the error that names the page), and
    # --verbose is this program's account of its work, not its libraries' (markdown-it logs
    # every rule it tries on every line)
    logging.getLogger("unionreader").setLevel(logging.DEBUG if args.verbose else logging.WARNING)
    try:
        if args.command == "inspect":
            _inspect(args.seed)
        elif args.command == "serve":
            from unionreader.serve import serve

            serve(_config(args), port=args.port)
        else:
            _build(args)
    except UnionReaderError as error:
        if args.verbose:
            logger.exception("build failed")
        for line in error.lines():
            print(f"error: {line}", file=sys.stderr)
        return 1
    return 0


def run(argv: Sequence[str] | None = None) -> NoReturn:
    """`main` as a program (the `unionreader` command, `build.py`): its exit status, and no
    tearing down of the interpreter on the way out (as mypy does). A rebuild holds the
    collection's records, texts and arrays, and freeing them one object at a time is work for
    nothing (`python bench/build.py` times the whole process). Everything the build writes is
    closed by then; the streams are flushed here."""
    status = main(argv)
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):  # a closed pipe: nothing more to say
            stream.flush()
    os._exit(status)


if __name__ == "__main__":
    run()
