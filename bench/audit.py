"""Score the pipeline on real texts it has never seen, against a careful editor's outlines.

Run: `python bench/audit.py --texts DIR` (DIR holds the texts and `expected.toml`; another answer
key with `--expected FILE`; `--no-site` skips the site build and only reads each document;
`--only NAME` audits the named files alone; `--as-text` copies every text in as a `.txt` seed,
its bytes unchanged, which is how a pipeline that reads only plain text sees a Markdown or HTML
file). Exit status 0 always: this is a measurement.

`expected.toml` holds one `[[text]]` table per file:

    [[text]]
    file = "001_example.txt"           # the file in DIR
    title = "…"                        # the real title; omitted: the text has none
    subtitle = "…"                     # optional
    date = "2024-05-01"                # YYYY-MM-DD, YYYY-MM or YYYY as the text gives it
    author = "…"                       # speaker or author as the text names them
    kind = "speech"                    # speech | report | article | editorial | notice | text
    headings = ["一、…", "二、…"]       # section headings in order, as in the text
    first_paragraph_starts = "…"       # first 10 characters of the first body paragraph
    last_paragraph_ends = "…"          # last 10 characters of the last body paragraph
    points = 3                         # numbered points at line start that are not headings
    furniture = ["分享到", "…"]         # strings of the file that must not reach the body
    epigraph = "…"                     # optional

For each text, in its own temporary seeds folder (no catalog.toml, so the text must speak for
itself): the site is built with the project's pipeline (`build`), and the document is read from
the build's `data/corpus.json`; when the build fails (a bad seed stops it), the document is read
with `load_document` on the seed from `load_catalog`, and the build's error is shown as a note; a
text that cannot be read at all fails every check. Then the checks:

- title: the document's title, or, when the key is omitted, a title marked `title_derived`;
- subtitle, epigraph: only when the answer key or the document has one (corpus.json has no such
  field yet, so a key that names one fails until it does);
- date, author: equal to the key, or null when the key is omitted;
- kind: equal to the key;
- headings: the list of non-empty section headings, in order;
- first, last: the first and last body block (a point, or a paragraph whose role is body; a
  salutation or closing address is no body) starts / ends with the key;
- points: the number of point blocks (inline points inside a paragraph are not counted);
- furniture: no furniture string occurs in the headings or blocks.

A document with no body block fails headings, points and furniture too: an empty body passes
no check of the body, not even a vacuous one.

Text is compared folded: NFKC, Traditional → Simplified (OpenCC hk2s, the pipeline's base
configuration) and no whitespace, so script, full/half width and spacing do not count, while
words and punctuation do.
"""

from __future__ import annotations

import argparse
import json
import logging
import shutil
import sys
import tempfile
import tomllib
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import opencc

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from unionreader.catalog import load_catalog  # noqa: E402
from unionreader.documents import load_document  # noqa: E402
from unionreader.export import document_json  # noqa: E402
from unionreader.pipeline import BuildConfig, build  # noqa: E402

logger = logging.getLogger(__name__)

KINDS = ("speech", "report", "article", "editorial", "notice", "text")
CHECKS = (
    "title",
    "subtitle",
    "date",
    "author",
    "kind",
    "headings",
    "first",
    "last",
    "points",
    "furniture",
    "epigraph",
)
SHOWN = 48
"""Characters of a got/expected value shown in a failure."""

_TO_SIMPLIFIED = opencc.OpenCC("hk2s")


# ---------------------------------------------------------------- answer key


@dataclass(frozen=True)
class Expected:
    """One `[[text]]` table of the answer key."""

    file: str
    title: str | None
    subtitle: str | None
    date: str | None
    author: str | None
    kind: str
    headings: tuple[str, ...]
    first: str | None
    last: str | None
    points: int
    furniture: tuple[str, ...]
    epigraph: str | None


def read_expected(path: Path) -> list[Expected]:
    """The answer key; a malformed table raises ValueError naming its file."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    entries = []
    for table in data.get("text", []):
        name = table.get("file", "?")
        kind = table.get("kind")
        if kind not in KINDS:
            raise ValueError(f"{path}: {name}: kind must be one of {', '.join(KINDS)}")
        entries.append(
            Expected(
                file=name,
                title=table.get("title"),
                subtitle=table.get("subtitle"),
                date=table.get("date"),
                author=table.get("author"),
                kind=kind,
                headings=tuple(table.get("headings", ())),
                first=table.get("first_paragraph_starts"),
                last=table.get("last_paragraph_ends"),
                points=int(table.get("points", 0)),
                furniture=tuple(table.get("furniture", ())),
                epigraph=table.get("epigraph"),
            )
        )
    return entries


# ---------------------------------------------------------------- reading one text


@dataclass(frozen=True)
class Outcome:
    """What the pipeline made of one text: its corpus.json document, or why there is none."""

    document: dict[str, Any] | None
    error: str | None = None
    note: str | None = None


def run_text(source: Path, site: bool, as_text: bool = False) -> Outcome:
    """Build one text alone in a temporary seeds folder and return its document."""
    with tempfile.TemporaryDirectory(prefix="unionreader-audit-") as tmp:
        seeds = Path(tmp) / "seeds"
        seeds.mkdir()
        name = source.name + ".txt" if as_text and source.suffix != ".txt" else source.name
        shutil.copyfile(source, seeds / name)
        note = None
        if site:
            try:
                out = Path(tmp) / "_site"
                build(BuildConfig(seeds_dir=seeds, out_dir=out))
                corpus = json.loads((out / "data" / "corpus.json").read_text(encoding="utf-8"))
                for doc in corpus["documents"]:
                    if doc.get("seed") == name:
                        return Outcome(doc)
                note = "build: the text is not in corpus.json"
            except Exception as error:  # a measurement: any failure is reported, not raised
                note = f"build: {one_line(error, tmp)}"
        try:
            for seed in load_catalog(seeds):
                if seed.name == name:
                    return Outcome(document_json(load_document(seed)), note=note)
            error_text = f"not read: {source.suffix or name} is not a seed"
        except Exception as error:
            error_text = f"not read: {one_line(error, tmp)}"
        if note and note.removeprefix("build: ") == error_text.removeprefix("not read: "):
            note = None  # the build stopped on the same error
        return Outcome(None, error_text, note)


def one_line(error: BaseException, tmp: str = "") -> str:
    """The error's type and first line, temporary folders left out."""
    text = str(error).strip().splitlines()
    first = text[0].replace(tmp + "/", "") if text and tmp else (text[0] if text else "")
    return f"{type(error).__name__}: {first}" if first else type(error).__name__


# ---------------------------------------------------------------- checks


@dataclass(frozen=True)
class Check:
    """One check of one text."""

    name: str
    ok: bool
    got: str = ""
    expected: str = ""


def fold(text: str) -> str:
    """Text as compared: NFKC, Simplified script, no whitespace."""
    simple = _TO_SIMPLIFIED.convert(unicodedata.normalize("NFKC", text))
    return "".join(char for char in simple if not char.isspace())


def same(got: str | None, expected: str | None) -> bool:
    if got is None or expected is None:
        return got is None and expected is None
    return fold(got) == fold(expected)


def body_blocks(doc: dict[str, Any]) -> list[dict[str, Any]]:
    """Points and body paragraphs, in order (salutations and closing addresses are no body)."""
    return [
        block
        for section in doc.get("sections", [])
        for block in section.get("blocks", [])
        if block.get("type") == "point" or block.get("role", "body") == "body"
    ]


def headings_of(doc: dict[str, Any]) -> list[str]:
    return [s["heading"] for s in doc.get("sections", []) if s.get("heading")]


def body_text(doc: dict[str, Any]) -> str:
    blocks = [b["text"] for s in doc.get("sections", []) for b in s.get("blocks", [])]
    return "\n".join([*headings_of(doc), *blocks])


def check_text(exp: Expected, doc: dict[str, Any]) -> list[Check]:
    """Every applicable check of one document against its answer key."""
    checks: list[Check] = []
    title = doc.get("title")
    if exp.title is None:
        derived = bool(doc.get("title_derived"))
        checks.append(Check("title", derived, f"{title} (derived: {derived})", "(none: derived)"))
    else:
        checks.append(Check("title", same(title, exp.title), show(title), exp.title))
    for name in ("subtitle", "epigraph"):
        want, have = getattr(exp, name), doc.get(name)
        if want is not None or have is not None:
            checks.append(Check(name, same(have, want), show(have), show(want)))
    for name in ("date", "author"):
        want, have = getattr(exp, name), doc.get(name)
        checks.append(Check(name, same(have, want), show(have), show(want)))
    checks.append(Check("kind", doc.get("kind") == exp.kind, show(doc.get("kind")), exp.kind))
    heads = headings_of(doc)
    blocks = body_blocks(doc)
    empty = not blocks  # an empty body passes no check of the body, not even a vacuous one
    checks.append(
        Check(
            "headings",
            not empty and [fold(h) for h in heads] == [fold(h) for h in exp.headings],
            show_list(heads) + (" (empty body)" if empty else ""),
            show_list(list(exp.headings)),
        )
    )
    if exp.first is not None:
        got = blocks[0]["text"] if blocks else None
        ok = got is not None and fold(got).startswith(fold(exp.first))
        checks.append(Check("first", ok, show(got), exp.first))
    if exp.last is not None:
        got = blocks[-1]["text"] if blocks else None
        ok = got is not None and fold(got).endswith(fold(exp.last))
        checks.append(Check("last", ok, show(got, tail=True), exp.last))
    points = sum(1 for b in blocks if b.get("type") == "point")
    checks.append(Check("points", not empty and points == exp.points, str(points), str(exp.points)))
    body = fold(body_text(doc))
    leaked = [f for f in exp.furniture if fold(f) and fold(f) in body]
    got = "(empty body)" if empty else show_list(leaked)
    checks.append(Check("furniture", not empty and not leaked, got, "none in body"))
    return checks


def failed_all(exp: Expected, reason: str) -> list[Check]:
    """The checks of a text the pipeline could not read: every one fails."""
    names = [n for n in CHECKS if n not in ("subtitle", "epigraph")]
    names += [n for n in ("subtitle", "epigraph") if getattr(exp, n) is not None]
    names = [n for n in names if not (n == "first" and exp.first is None)]
    names = [n for n in names if not (n == "last" and exp.last is None)]
    return [Check(name, False, reason, "") for name in names]


def show(value: object, tail: bool = False) -> str:
    if value is None:
        return "null"
    text = " ".join(str(value).split())
    if len(text) <= SHOWN:
        return text
    return "…" + text[-SHOWN:] if tail else text[:SHOWN] + "…"


def show_list(values: list[str]) -> str:
    return "[" + ", ".join(show(v) for v in values) + "]"


# ---------------------------------------------------------------- report


def report_line(exp: Expected, checks: list[Check], outcome: Outcome) -> str:
    passed = sum(c.ok for c in checks)
    head = f"{exp.file}  {passed}/{len(checks)}"
    if outcome.error:
        return f"{head}  {outcome.error}" + (f"  ({outcome.note})" if outcome.note else "")
    failures = [f"{c.name}: got {c.got} | expected {c.expected}" for c in checks if not c.ok]
    line = head + ("  ok" if not failures else "  FAIL " + "; ".join(failures))
    return line + (f"  ({outcome.note})" if outcome.note else "")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=Path, required=True, help="folder of texts")
    parser.add_argument("--expected", type=Path, help="answer key (default DIR/expected.toml)")
    parser.add_argument("--no-site", action="store_true", help="read documents, build no site")
    parser.add_argument("--only", nargs="*", default=[], help="audit these files alone")
    parser.add_argument("--as-text", action="store_true", help="copy every text in as a .txt seed")
    args = parser.parse_args(argv)
    logging.disable(logging.WARNING)
    key = args.expected or args.texts / "expected.toml"
    try:
        entries = read_expected(key)
    except (OSError, ValueError, tomllib.TOMLDecodeError) as error:
        print(f"error: {key}: {one_line(error)}")
        return 0
    if args.only:
        entries = [e for e in entries if e.file in args.only]
    listed = {e.file for e in entries}
    unlisted = sorted(
        p.name
        for p in args.texts.iterdir()
        if p.is_file()
        and p.name not in listed
        and p != key
        and not args.only
        and p.suffix in (".txt", ".md", ".markdown", ".html", ".htm", ".docx")
        and not p.stem.isupper()  # SOURCES.md, README.md: notes on the folder, no texts
    )
    fully = checks_ok = checks_all = 0
    failing: Counter[str] = Counter()
    for exp in entries:
        source = args.texts / exp.file
        if not source.is_file():
            outcome = Outcome(None, "missing: no such file")
        else:
            try:
                outcome = run_text(source, site=not args.no_site, as_text=args.as_text)
            except Exception as error:
                outcome = Outcome(None, f"not read: {one_line(error)}")
        if outcome.document is None:
            checks = failed_all(exp, outcome.error or "not read")
        else:
            checks = check_text(exp, outcome.document)
        print(report_line(exp, checks, outcome), flush=True)
        passed = sum(c.ok for c in checks)
        fully += passed == len(checks)
        checks_ok += passed
        checks_all += len(checks)
        failing.update(c.name for c in checks if not c.ok)
    share = checks_ok / checks_all if checks_all else 0.0
    print()
    print(f"texts fully right: {fully}/{len(entries)}")
    print(f"checks right: {checks_ok}/{checks_all} ({share:.0%})")
    print("failed checks by kind: " + ", ".join(f"{n} {k}" for n, k in failing.most_common()))
    if unlisted:
        print("not in the answer key: " + ", ".join(unlisted))
    return 0


if __name__ == "__main__":
    try:
        main()
    except SystemExit:  # argparse's usage errors and --help: still a measurement, status 0
        pass
    except Exception as error:
        print(f"error: {one_line(error)}")
    sys.exit(0)
