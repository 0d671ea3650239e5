"""Build time and memory, side by side with Hugo + Pagefind extended over the same texts.

Run: `.venv/bin/python bench/build.py --sizes 5,100,1000,5000` (generated corpora, see
bench/corpus.py) or `.venv/bin/python bench/build.py --seeds DIR` (any folder of seeds); add
`--json FILE` to keep the figures; `--against CLONE` compares with another UnionReader clone
instead of the peer (what a change costs: `git worktree add /tmp/before HEAD~1`, then
`--against /tmp/before`). Needs jieba for generated corpora (`pip install jieba`), Hugo
(`apt-get install hugo`) and Pagefind's extended binary (the pagefind[extended] dependency).

The project's sources are byte-compiled first, as installing a package does (`compile_project`).
For each corpus, in a fresh temporary folder (so no cache survives from an earlier run):

1. UnionReader: a cold build, the same build again with nothing changed, and a build after one
   sentence is appended to one text, each as its own process (`PROJECT_BUILD`, the one place to
   change how the project is built), timed wall-clock.
2. The peer: every text becomes a Hugo page (front matter title = its first line, each further
   line a paragraph) of a minimal theme written into the folder (html lang="zh-Hans",
   data-pagefind-body on the article); `hugo` then `pagefind_extended --site public`, timed
   together, cold and again after the same edit. They have no incremental mode, so a rebuild is a
   full run.
3. Peak memory: the resident set of the build's process tree, summed over the processes alive at
   once, or the high-water mark (VmHWM) of its largest process if that is more, read every
   50 ms from /proc. (Not getrusage's maxrss: after a fork from this benchmark's own large process
   it reports the parent's memory for the child.)

Every size is measured `--repeat` times (3 by default), each time from fresh copies, and the median
run of each stage is kept (its note lists all of them): on a virtual machine, single runs move by a
third. A ratio is the median of the runs' own ratios, each of two builds run one after the
other (the machine's speed moves less between them than from run to run); they are printed
too. Nothing is deleted until every run is over: ext4 skips recently freed inodes when it makes
new files, so a benchmark that deleted a run's thousands of files would slow down the next run's
file creation, whichever side it measures. For the same reason the benchmark first writes the
disk's pending changes out and waits `--settle` seconds (370 by default): the kernel skips an
inode freed in the last minute, and in the last six while the block that holds it is unwritten,
as the blocks a build's new files go to are (`bench/file_creation.py --files 25000`: files
made again 65 s after as many were deleted and written out took 0.72 ms each, no fewer than
right after the deletion, 0.69 ms; 370 s after, 0.06 ms, as on a settled disk). A benchmark
started right after another's cleanup (tens of thousands of files)
otherwise measures that deletion, not the builds: run after run, a cold build with 6 to 13 s
of system time instead of 2 to 3.

Prints a table with the ratios UnionReader ÷ peer and the issue's bars: cold ≤ 1.5× the peer, one
edit ≤ 0.5× the peer, nothing changed ≤ 0.5 s, peak ≤ 1 GiB. The bars are checked on 1,000
generated documents (and on a seeds folder of 1,000 or more); exit status 1 when one fails there.
Other sizes are reported against the bars without failing.
"""

from __future__ import annotations

import argparse
import itertools
import json
import logging
import os
import platform
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from unionreader.sources import READERS

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

logger = logging.getLogger(__name__)

PROJECT_BUILD = ("{python}", "{root}/build.py", "--seeds", "{seeds}", "--out", "{out}")
"""UnionReader's build command: the one place to change it (options for a cache, workers…).
Placeholders: {python}, {root} (the project), {seeds}, {out}, {work} (this corpus's folder)."""
PROJECT_ENV = {"XDG_CACHE_HOME": "{work}/xdg-cache"}
"""Environment for the project's build: a cache in a per-user folder also starts empty."""
HUGO = ("hugo", "--quiet")
PAGEFIND = ("{pagefind}", "--site", "public", "--quiet")
EDIT = "各级工会要以更加饱满的精神状态，奋力开创新时代工会工作新局面。"
"""The sentence appended to one text for the one-edit rebuild."""
SEED = 1
SETTLE = 370.0
"""Seconds the benchmark waits before its first build (`settle`)."""
"""The generated corpora's random seed."""
BARS = {"cold_ratio": 1.5, "edit_ratio": 0.5, "nochange_s": 0.5, "peak_mb": 1024.0}
AGAINST_BAR = 0.2  # what a feature may add to the cold build (terms and related passages)
TEXT_SUFFIXES = (".txt", ".md", ".markdown")
"""Seeds the peer reads as they are, and the one edited is chosen among."""
CHECKED_SIZE = 1000
"""The bars apply at this many generated documents."""
SAMPLE_EVERY = 0.05
"""Seconds between two readings of the memory of the build's processes."""
DISCOVER_EVERY = 10
"""Samples between two looks for new processes in the tree (a pass over all of /proc)."""


# ---------------------------------------------------------------- running and measuring


@dataclass
class Run:
    """One timed process (or a chain of them, added up)."""

    seconds: float
    peak_mb: float
    ok: bool
    note: str = ""
    user_s: float = 0.0  # processor time of the process and its children, in user space
    system_s: float = 0.0  # and in the kernel (making files, forking, paging)


def _descendants(root: int) -> list[int]:
    """`root` and every process below it now (one pass over /proc)."""
    children: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            try:
                stat = Path(entry.path, "stat").read_text()
            except OSError:
                continue
            parent = int(stat[stat.rfind(")") + 2 :].split()[1])
            children.setdefault(parent, []).append(int(entry.name))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo += children.get(pid, [])
    return found


def _status(pid: int) -> dict[str, int]:
    try:
        lines = Path(f"/proc/{pid}/status").read_text().splitlines()
    except OSError:
        return {}
    return {
        key: int(value.split()[0]) * 1024
        for key, _, value in (line.partition(":") for line in lines)
        if key in {"VmRSS", "VmHWM"}
    }


def measure(command: list[str], cwd: Path, env: dict[str, str], timeout: float, log: Path) -> Run:
    """Run `command` to its end (or kill it after `timeout` s): wall time and peak memory."""
    with log.open("ab") as out:
        out.write(f"$ {' '.join(command)}\n".encode())
        out.flush()
        started = time.perf_counter()
        proc = subprocess.Popen(
            command, cwd=cwd, env=env, stdout=out, stderr=out, start_new_session=True
        )
        peak, tree = 0, [proc.pid]
        for sample in itertools.count():
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)  # with the children's time
            if pid:
                break
            if time.perf_counter() - started > timeout:
                os.killpg(proc.pid, signal.SIGKILL)
                os.waitpid(proc.pid, 0)
                proc.returncode = -9
                return Run(timeout, peak / 2**20, False, f"killed after {timeout:.0f} s")
            if sample % DISCOVER_EVERY == 0:
                tree = _descendants(proc.pid)
            statuses = [_status(pid) for pid in tree]
            resident = sum(status.get("VmRSS", 0) for status in statuses)
            peak = max(peak, resident, *(status.get("VmHWM", 0) for status in statuses))
            time.sleep(SAMPLE_EVERY)
        seconds = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    note = "" if proc.returncode == 0 else f"exit {proc.returncode}: {_tail(log)}"
    return Run(seconds, peak / 2**20, proc.returncode == 0, note, usage.ru_utime, usage.ru_stime)


def _tail(log: Path) -> str:
    return " / ".join(log.read_text(encoding="utf-8", errors="replace").splitlines()[-3:])


def chain(runs: list[Run]) -> Run:
    """Processes run one after another: times add up, the peak is the largest."""
    notes = "; ".join(run.note for run in runs if run.note)
    return Run(
        sum(r.seconds for r in runs),
        max(r.peak_mb for r in runs),
        all(r.ok for r in runs),
        notes,
        sum(r.user_s for r in runs),
        sum(r.system_s for r in runs),
    )


def _fill(template: tuple[str, ...], values: dict[str, str]) -> list[str]:
    return [part.format(**values) for part in template]


# ---------------------------------------------------------------- the two sides


@dataclass
class Corpus:
    """A folder of seeds being benchmarked, and where both sides build it."""

    work: Path
    seeds: Path
    edited: Path  # the seed that gets the extra sentence
    project: Path = ROOT  # the UnionReader clone whose build.py runs

    @property
    def values(self) -> dict[str, str]:
        return {
            "python": sys.executable,
            "root": str(self.project),
            "seeds": str(self.seeds),
            "out": str(self.work / "_site"),
            "work": str(self.work),
            "pagefind": str(pagefind_binary()),
        }


def project_build(corpus: Corpus, timeout: float, setting: dict[str, str] | None = None) -> Run:
    """UnionReader's build of the corpus (`setting`: more environment, e.g. for a library)."""
    env = {**os.environ, **{k: v.format(**corpus.values) for k, v in PROJECT_ENV.items()}}
    env |= setting or {}
    command = _fill(PROJECT_BUILD, corpus.values)
    return measure(command, corpus.work, env, timeout, corpus.work / "project.log")


def peer_build(corpus: Corpus, timeout: float) -> Run:
    site, log = corpus.work / "hugo", corpus.work / "peer.log"
    hugo = measure(list(HUGO), site, dict(os.environ), timeout, log)
    if not hugo.ok:
        return hugo
    return chain(
        [hugo, measure(_fill(PAGEFIND, corpus.values), site, dict(os.environ), timeout, log)]
    )


def against_build(corpus: Corpus, against: Path, timeout: float) -> Run:
    """The same build with another UnionReader clone (`--against`), into its own folder and
    with its own cache."""
    values = {**corpus.values, "root": str(against), "out": str(corpus.work / "_site_against")}
    env = {**os.environ, "XDG_CACHE_HOME": str(corpus.work / "xdg-cache-against")}
    command = _fill(PROJECT_BUILD, values)
    return measure(command, corpus.work, env, timeout, corpus.work / "against.log")


def pagefind_binary() -> Path:
    import pagefind_bin_extended  # the binary ships inside this package

    folder = Path(pagefind_bin_extended.__file__).parent
    found = [p for p in folder.iterdir() if p.name.startswith("pagefind") and os.access(p, os.X_OK)]
    if not found:
        raise SystemExit(f"no pagefind_extended binary in {folder}")
    return found[0]


THEME = {
    "single.html": """<!DOCTYPE html>
<html lang="zh-Hans"><head><meta charset="utf-8"><title>{{ .Title }}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body><nav><a href="{{ "/" | relURL }}">首页</a></nav>
<article data-pagefind-body><h1>{{ .Title }}</h1>{{ .Content }}</article></body></html>
""",
    "list.html": """<!DOCTYPE html>
<html lang="zh-Hans"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><h1>{{ .Title }}</h1><ul>{{ range .Pages }}
<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></body></html>
""",
    "index.html": """<!DOCTYPE html>
<html lang="zh-Hans"><head><meta charset="utf-8"><title>{{ .Site.Title }}</title></head>
<body><h1>{{ .Site.Title }}</h1><ul>{{ range .Site.RegularPages }}
<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></body></html>
""",
}
HUGO_CONFIG = """baseURL = "https://example.org/"
languageCode = "zh-Hans"
title = "文集"
theme = "bench"
hasCJKLanguage = true
disableKinds = ["taxonomy", "term"]
"""


def read_seed(path: Path) -> str:
    data = path.read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("gb18030", errors="replace")


def seed_files(folder: Path) -> list[Path]:
    """The seeds of a folder: every file in a format the build reads (`.txt`, `.md`, `.html`,
    `.docx` …), in name order."""
    return sorted(p for p in folder.iterdir() if p.suffix.lower() in READERS and p.is_file())


def peer_text(seed: Path) -> str:
    """What the peer gets of a seed: a text or Markdown file as it is, a page or a Word file as
    the text UnionReader's reader takes from it (Hugo reads neither)."""
    if seed.suffix.lower() in TEXT_SUFFIXES:
        return read_seed(seed)
    from unionreader.model import Seed, SeedMeta
    from unionreader.sources import read_source

    raw = read_source(Seed(seed, seed.stem, SeedMeta(), catalogued=False))
    return "\n".join(line.text for line in raw.lines)


def hugo_page(text: str) -> str:
    """A seed as a Hugo page: its first line the title, each further line a paragraph (`{{`
    written as an entity: Hugo would read `{{< video >}}` in a page copied from the web as a
    shortcode of its own, and stop)."""
    lines = [line.strip().replace("{{", "{&#123;") for line in text.splitlines() if line.strip()]
    title = lines[0] if lines else "无题"
    body = "\n\n".join(lines[1:])
    return f"+++\ntitle = {json.dumps(title, ensure_ascii=False)}\n+++\n\n{body}\n"


def write_hugo_site(seeds: list[Path], site: Path) -> None:
    layouts = site / "themes" / "bench" / "layouts" / "_default"
    layouts.mkdir(parents=True)
    for name, html in THEME.items():
        (layouts if name != "index.html" else layouts.parent).joinpath(name).write_text(html)
    (site / "hugo.toml").write_text(HUGO_CONFIG, encoding="utf-8")
    content = site / "content" / "d"
    content.mkdir(parents=True)
    for seed in seeds:
        write_hugo_page(seed, site)


def write_hugo_page(seed: Path, site: Path) -> None:
    page = site / "content" / "d" / f"{seed.stem}.md"
    page.write_text(hugo_page(peer_text(seed)), encoding="utf-8")


def edit_seed(path: Path) -> None:
    """Append EDIT to the last line that ends a sentence (else to the last line)."""
    lines = read_seed(path).splitlines()
    ends = [i for i, line in enumerate(lines) if line.rstrip().endswith(("。", "."))]
    target = ends[-1] if ends else len(lines) - 1
    lines[target] = lines[target].rstrip() + EDIT
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


# ---------------------------------------------------------------- one corpus


@dataclass
class Row:
    label: str
    documents: int
    megabytes: float
    project: dict[str, Run] = field(default_factory=dict)
    peer: dict[str, Run] = field(default_factory=dict)
    checked: bool = False
    runs: dict[str, list[float]] = field(default_factory=dict)  # each run's ratio, by stage

    def ratio(self, stage: str, metric: str = "seconds") -> float | None:
        """UnionReader ÷ peer for `stage`: the median of the runs' ratios (`combine`), else of
        this row's own runs."""
        if metric == "seconds" and self.runs.get(stage):
            return statistics.median(self.runs[stage])
        ours, theirs = self.project.get(stage), self.peer.get(stage)
        if ours is None or theirs is None or not ours.ok or not theirs.ok:
            return None
        value: float = getattr(ours, metric) / max(getattr(theirs, metric), 1e-9)
        return value

    def verdicts(self) -> dict[str, bool | None]:
        nochange = self.project.get("nochange")
        peak = max((r.peak_mb for r in self.project.values()), default=None)
        cold, edit = self.ratio("cold"), self.ratio("edit")
        return {
            "cold_ratio": None if cold is None else cold <= BARS["cold_ratio"],
            "edit_ratio": None if edit is None else edit <= BARS["edit_ratio"],
            "nochange_s": None
            if nochange is None or not nochange.ok
            else nochange.seconds <= BARS["nochange_s"],
            "peak_mb": None if peak is None else peak <= BARS["peak_mb"],
        }


def bench_corpus(
    row: Row, corpus: Corpus, timeout: float, sides: set[str], against: Path | None = None
) -> Row:
    """Cold, nothing changed, one edit: for both sides, interleaved, on the same texts. The
    peer is Hugo + Pagefind, or the UnionReader clone `against`."""
    seeds = seed_files(corpus.seeds)
    say = _progress(row.label)
    if against is not None:
        return _bench_against(row, corpus, timeout, against, say)
    write_hugo_site(seeds, corpus.work / "hugo")
    if "project" in sides:
        row.project["cold"] = say("UnionReader cold", project_build(corpus, timeout))
        if row.project["cold"].ok:
            row.project["nochange"] = say("UnionReader no change", project_build(corpus, timeout))
    if "peer" in sides:
        row.peer["cold"] = say("Hugo+Pagefind cold", peer_build(corpus, timeout))
        row.peer["nochange"] = say("Hugo+Pagefind no change", peer_build(corpus, timeout))
    edit_seed(corpus.edited)
    write_hugo_page(corpus.edited, corpus.work / "hugo")
    if "project" in sides and row.project["cold"].ok:
        row.project["edit"] = say("UnionReader one edit", project_build(corpus, timeout))
    if "peer" in sides:
        row.peer["edit"] = say("Hugo+Pagefind one edit", peer_build(corpus, timeout))
    return row


def _bench_against(row: Row, corpus: Corpus, timeout: float, against: Path, say: Any) -> Row:
    """This clone and the clone `against`, interleaved: cold, nothing changed, one edit."""
    for stage in ("cold", "nochange"):
        row.project[stage] = say(f"UnionReader {stage}", project_build(corpus, timeout))
        row.peer[stage] = say(f"against {stage}", against_build(corpus, against, timeout))
    edit_seed(corpus.edited)
    row.project["edit"] = say("UnionReader one edit", project_build(corpus, timeout))
    row.peer["edit"] = say("against one edit", against_build(corpus, against, timeout))
    return row


def _progress(label: str) -> Any:
    def say(what: str, run: Run) -> Run:
        status = "" if run.ok else f"  FAILED: {run.note}"
        print(
            f"  {label}: {what} {run.seconds:.2f} s (processor {run.user_s:.1f} s user + "
            f"{run.system_s:.1f} s system), peak {run.peak_mb:.0f} MB{status}",
            flush=True,
        )
        return run

    return say


def prepare(source: list[Path], work: Path, project: Path) -> Corpus:
    """Copy the seeds (and a catalog.toml beside them) into a fresh folder: edits stay there."""
    seeds = work / "seeds"
    seeds.mkdir(parents=True)
    for path in source:
        shutil.copyfile(path, seeds / path.name)
    catalog = source[0].parent / "catalog.toml"
    if catalog.exists():
        shutil.copyfile(catalog, seeds / "catalog.toml")
    ordered = [p for p in seed_files(seeds) if p.suffix.lower() in TEXT_SUFFIXES]
    return Corpus(work, seeds, ordered[len(ordered) // 2], project)


# ---------------------------------------------------------------- report


def _s(run: Run | None) -> str:
    if run is None:
        return "—"
    return f"{run.seconds:.2f}" if run.ok else "failed"


def _mb(runs: dict[str, Run]) -> str:
    return f"{max(r.peak_mb for r in runs.values()):.0f}" if runs else "—"


def _x(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f}×"


def _marks(row: Row, against: Path | None) -> str:
    """A row's verdicts: the bars against Hugo + Pagefind, or against another clone what a
    change may cost (`AGAINST_BAR`) in their place, beside the bars that need no peer."""
    verdicts = row.verdicts()
    if against is not None:
        cold = row.ratio("cold")
        del verdicts["cold_ratio"], verdicts["edit_ratio"]
        verdicts = {"cold_cost": None if cold is None else cold <= 1 + AGAINST_BAR, **verdicts}
    return " ".join(
        f"{name}:{'-' if ok is None else ('ok' if ok else 'FAIL')}" for name, ok in verdicts.items()
    )


def print_table(rows: list[Row], against: Path | None = None) -> None:
    peer = "H+P cold" if against is None else "vs cold"
    head = (
        f"{'corpus':<16}{'docs':>6}{'MB':>7} | {'UR cold':>8}{'no chg':>8}{'1 edit':>8}"
        f"{'peak MB':>8} | {peer:>9}{'1 edit':>8}{'peak MB':>8} | "
        f"{'cold ÷':>7}{'edit ÷':>7}{'peak ÷':>7} | bars"
    )
    print("\n" + head + "\n" + "-" * len(head))
    for row in rows:
        marks = _marks(row, against)
        peak_ratio = None
        if row.project and row.peer:
            peak_ratio = float(_mb(row.project)) / max(float(_mb(row.peer)), 1e-9)
        print(
            f"{row.label:<16}{row.documents:>6}{row.megabytes:>7.1f} | "
            f"{_s(row.project.get('cold')):>8}{_s(row.project.get('nochange')):>8}"
            f"{_s(row.project.get('edit')):>8}{_mb(row.project):>8} | "
            f"{_s(row.peer.get('cold')):>9}{_s(row.peer.get('edit')):>8}{_mb(row.peer):>8} | "
            f"{_x(row.ratio('cold')):>7}{_x(row.ratio('edit')):>7}{_x(peak_ratio):>7} | "
            f"{marks}{'' if row.checked else ' (not checked)'}"
        )
        if len(row.runs.get("cold", [])) > 1:
            each = "; ".join(
                f"{name} {', '.join(_x(value) for value in row.runs[stage])}"
                for stage, name in (("cold", "cold"), ("edit", "one edit"))
                if row.runs.get(stage)
            )
            print(f"{'':<16}ratios run by run: {each}")
    if against is not None:
        print(
            f"\nvs: UnionReader at {against}; a change may cost at most "
            f"{AGAINST_BAR:.0%} more cold build time (cold ÷ ≤ {1 + AGAINST_BAR:.2f}×); "
            "the bars below are for Hugo + Pagefind and do not apply"
        )
    print(
        f"\nbars (checked at {CHECKED_SIZE} generated documents): cold ≤ {BARS['cold_ratio']}× "
        f"peer, one edit ≤ {BARS['edit_ratio']}× peer, no change ≤ {BARS['nochange_s']} s, "
        f"peak ≤ {BARS['peak_mb']:.0f} MB (the issue asks it at 5,000)"
    )


def environment() -> dict[str, str]:
    hugo = subprocess.run(["hugo", "version"], capture_output=True, text=True, check=False)
    pagefind = subprocess.run(
        [str(pagefind_binary()), "--version"], capture_output=True, text=True, check=False
    )
    return {
        "python": platform.python_version(),
        "cpus": str(os.cpu_count()),
        "hugo": hugo.stdout.strip(),
        "pagefind": pagefind.stdout.strip(),
        "project_build": " ".join(PROJECT_BUILD),
        "project_env": json.dumps(PROJECT_ENV),
    }


def write_json(path: Path, rows: list[Row]) -> None:
    data = {
        "environment": environment(),
        "bars": BARS,
        "rows": [
            {
                **{k: v for k, v in asdict(row).items() if k not in {"project", "peer"}},
                "project": {k: asdict(v) for k, v in row.project.items()},
                "peer": {k: asdict(v) for k, v in row.peer.items()},
                "ratios": {s: row.ratio(s) for s in ("cold", "nochange", "edit")},
                "ratios_run_by_run": row.runs,
                "verdicts": row.verdicts(),
            }
            for row in rows
        ],
    }
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")


# ---------------------------------------------------------------- main


def _megabytes(paths: list[Path]) -> float:
    return sum(p.stat().st_size for p in paths) / 1e6


def run_all(args: argparse.Namespace, work: Path) -> list[Row]:
    sides = {"project", "peer"} - {args.skip} if args.skip else {"project", "peer"}
    rows: list[Row] = []
    if args.seeds:
        source = seed_files(args.seeds)
        repeats = []
        for repeat in range(args.repeat):
            corpus = prepare(source, work / f"seeds-run-{repeat}", args.project)
            row = Row(str(args.seeds)[-16:], len(source), _megabytes(source))
            row.checked = len(source) >= CHECKED_SIZE
            repeats.append(bench_corpus(row, corpus, args.timeout, sides, args.against))
        rows.append(combine(repeats))
        return rows
    import corpus as generator  # bench/corpus.py (needs jieba)

    sizes = [int(n) for n in args.sizes.split(",")]
    print(f"generating {max(sizes)} documents (seed {args.seed}) …", flush=True)
    generated = generator.generate(max(sizes), args.seed, work / "generated")
    for n in sizes:
        source = generated[:n]
        repeats = []
        for repeat in range(args.repeat):
            print(f"N = {n}, run {repeat + 1} of {args.repeat}", flush=True)
            row = Row(f"generated {n}", n, _megabytes(source), checked=n == CHECKED_SIZE)
            folder = work / f"n{n}-{repeat}"
            corpus = prepare(source, folder, args.project)
            repeats.append(bench_corpus(row, corpus, args.timeout, sides, args.against))
        rows.append(combine(repeats))
    return rows


def combine(repeats: list[Row]) -> Row:
    """One row from repeated runs: per stage and side, the run of median time (the machine's
    noise, mostly in the kernel's file handling, moves single runs by a third), with the
    highest peak of them all; and each run's ratios, whose median the row's ratio is."""
    ratios = {stage: [r.ratio(stage) for r in repeats] for stage in ("cold", "nochange", "edit")}
    row = repeats[0]
    row.runs = {
        stage: [value for value in values if value is not None] for stage, values in ratios.items()
    }
    for side in ("project", "peer"):
        runs: dict[str, Run] = getattr(row, side)
        for stage in list(runs):
            found = [getattr(r, side)[stage] for r in repeats if stage in getattr(r, side)]
            ordered = sorted(found, key=lambda run: run.seconds)
            middle = ordered[len(ordered) // 2]
            peak = max(run.peak_mb for run in found)
            note = ", ".join(f"{run.seconds:.2f}" for run in found)
            ok = all(r.ok for r in found)
            runs[stage] = replace(middle, peak_mb=peak, ok=ok, note=f"runs: {note}")
    return row


def compile_project(project: Path) -> None:
    """Byte-compile the project's sources once, as installing a package does: a build is then
    timed as a user runs it, not with every module compiled on the way (an editable install
    under PYTHONDONTWRITEBYTECODE=1, as here, would compile them at every run)."""
    command = [sys.executable, "-m", "compileall", "-q", str(project / "src")]
    subprocess.run(command, check=True, capture_output=True)


def settle(seconds: float) -> None:
    """Write the disk's pending changes out and wait `seconds`: inodes freed before then are
    handed out again without a search (see the module's docstring)."""
    os.sync()
    if seconds > 0:
        print(f"waiting {seconds:.0f} s for the disk to settle (--settle) …", flush=True)
        time.sleep(seconds)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="5,100,1000,5000", help="generated corpus sizes")
    parser.add_argument("--seeds", type=Path, help="measure this seeds folder instead")
    parser.add_argument("--seed", type=int, default=SEED, help="random seed of the corpus")
    parser.add_argument("--timeout", type=float, default=3600, help="seconds allowed per build")
    parser.add_argument("--skip", choices=("project", "peer"), help="measure one side only")
    parser.add_argument("--json", type=Path, help="write the figures as JSON")
    parser.add_argument(
        "--project",
        type=Path,
        default=ROOT,
        help="the UnionReader clone to build with (default: this one)",
    )
    parser.add_argument(
        "--against",
        type=Path,
        help="compare with this UnionReader clone instead of Hugo + Pagefind (what a change "
        "costs: e.g. a worktree of the commit before it)",
    )
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it")
    parser.add_argument(
        "--settle",
        type=float,
        default=SETTLE,
        help=f"seconds to wait, after writing the disk's changes out, before the first build "
        f"(default {SETTLE:.0f}: files deleted just before would slow the builds down)",
    )
    parser.add_argument(
        "--repeat", type=int, default=3, help="runs per size; the median is kept (default 3)"
    )
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s")
    if args.against is None and shutil.which(HUGO[0]) is None:
        raise SystemExit("Hugo is not installed: apt-get install hugo")
    work = args.keep or Path(tempfile.mkdtemp(prefix="build-bench-"))
    compile_project(args.project)
    settle(args.settle)
    if args.against is not None:
        compile_project(args.against)
    try:
        rows = run_all(args, work)
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    print_table(rows, args.against)
    if args.json:
        write_json(args.json, rows)
    if args.against is not None:
        costly = [row.label for row in rows if (row.ratio("cold") or 0) > 1 + AGAINST_BAR]
        print(
            "\n" + (f"COSTS MORE THAN {AGAINST_BAR:.0%}: {', '.join(costly)}" if costly else "ok")
        )
        return 1 if costly else 0
    failed = [row.label for row in rows if row.checked and False in row.verdicts().values()]
    print("\n" + (f"A BAR FAILED: {', '.join(failed)}" if failed else "no bar failed"))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
