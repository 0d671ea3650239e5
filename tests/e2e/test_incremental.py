"""Rebuilds: only what changed is redone and written, and the result is the cold build's, byte for
byte. Builds here run in this process (`pipeline.build`), each project with its own cache."""

from __future__ import annotations

import gc
import os
import shutil
import sqlite3
import subprocess
import sys
import weakref
from pathlib import Path

import pytest
from helpers import calls_to
from paths import FIXTURES, SEEDS

from unionreader import fresh, stages
from unionreader.errors import SeedError
from unionreader.pipeline import BuildConfig, BuildReport, build
from unionreader.search import postings_again

EDITED = "004_3e65e61f32c4d131.txt"
SENTENCE = "各级工会要以更加饱满的精神状态，奋力开创新时代工会工作新局面。"


def _build(seeds: Path, out: Path, cache: Path) -> BuildReport:
    return build(BuildConfig(seeds_dir=seeds, out_dir=out, cache_dir=cache, progress=False))


def _tree(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*") if p.is_file()}


def _stamps(site: Path) -> dict[str, int]:
    return {p.relative_to(site).as_posix(): p.stat().st_mtime_ns for p in site.rglob("*")}


def _append(seed: Path, text: str) -> None:
    """Add `text` to the end of the seed's last sentence, as an editor would."""
    lines = seed.read_text(encoding="utf-8").splitlines()
    last = max(i for i, line in enumerate(lines) if line.rstrip().endswith("。"))
    lines[last] = lines[last].rstrip() + text
    seed.write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.fixture
def seeds(tmp_path: Path) -> Path:
    folder = tmp_path / "seeds"
    shutil.copytree(SEEDS, folder)
    return folder


def test_a_rebuild_after_edits_is_byte_identical_to_a_cold_build(
    seeds: Path, tmp_path: Path
) -> None:
    site, cache = tmp_path / "site", tmp_path / "cache"
    first = _build(seeds, site, cache)
    assert first.built == 5 and first.written == first.files
    _append(seeds / EDITED, SENTENCE)
    catalog = seeds / "catalog.toml"  # a title changes: the neighbours' links to it too
    text = catalog.read_text(encoding="utf-8")
    catalog.write_text(text.replace("在全总十七届六次执委会议上的讲话", "执委会议讲话"), "utf-8")
    again = _build(seeds, site, cache)
    assert again.built == 2 and 0 < again.written < again.files
    cold = _build(seeds, tmp_path / "cold", tmp_path / "cold-cache")
    assert cold.built == 5
    assert _tree(site) == _tree(tmp_path / "cold")


def test_a_rebuild_of_a_larger_collection_finds_its_repeats_from_the_last_build_s(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Twenty documents, one edited and one added: the maximal repeats are worked out from the
    last build's (`link.repeats_again`), and the site is the cold build's."""
    from unionreader.link import repeats_again

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for copy in range(4):
        for seed in sorted(SEEDS.glob("*.txt")):
            text = seed.read_text(encoding="utf-8")
            (seeds / f"{copy}-{seed.name}").write_text(text + f"\n第{copy}份。\n", "utf-8")
    site, cache = tmp_path / "site", tmp_path / "cache"
    _build(seeds, site, cache)
    again = calls_to(monkeypatch, repeats_again, "grown")
    _append(seeds / f"2-{EDITED}", SENTENCE)
    assert _build(seeds, site, cache).built == 1
    assert again  # from the last build's repeats
    shutil.copy(SEEDS / EDITED, seeds / f"9-{EDITED}")
    assert _build(seeds, site, cache).built == 1
    assert len(again) == 2
    _build(seeds, tmp_path / "cold", tmp_path / "cold-cache")
    assert _tree(site) == _tree(tmp_path / "cold")


def test_a_rebuild_finds_the_search_postings_of_the_documents_it_makes_alone(
    seeds: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The search index's postings are the last build's, but for the documents a rebuild
    makes (`search.postings_again`; in a thread here, so that the calls are seen), and the
    site is the cold build's. (The edited seed holds more than `MAX_NEW` of five seeds'
    text: from scratch, unless that share is raised.)"""
    monkeypatch.setattr(stages, "ASIDE_CHARACTERS", 0)
    monkeypatch.setattr(postings_again, "MAX_NEW", 1.0)
    site, cache = tmp_path / "site", tmp_path / "cache"
    _build(seeds, site, cache)
    keyed = calls_to(monkeypatch, postings_again, "entry_keys")
    _append(seeds / EDITED, SENTENCE)
    assert _build(seeds, site, cache).built == 1
    shutil.copy(seeds / EDITED, seeds / f"9-{EDITED}")  # one more document
    assert _build(seeds, site, cache).built == 1
    assert [len(entries) for (entries,) in keyed] == [1, 1]  # type: ignore[arg-type]
    _build(seeds, tmp_path / "cold", tmp_path / "cold-cache")
    assert _tree(site) == _tree(tmp_path / "cold")


@pytest.mark.parametrize("way", ["processes", "thread", "one CPU"])
def test_a_rebuild_is_the_cold_build_whichever_way_its_parts_run_side_by_side(
    way: str, seeds: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A rebuild makes the search index and the links side by side: in processes forked
    beside the build's (a small collection), in a thread (a large one), or one after the other
    (one CPU)."""
    if way == "thread":
        monkeypatch.setattr(stages, "ASIDE_CHARACTERS", 0)
    workers = 1 if way == "one CPU" else 2
    site, cache = tmp_path / "site", tmp_path / "cache"

    def built(out: Path, cache: Path) -> BuildReport:
        config = BuildConfig(seeds, out, cache_dir=cache, progress=False, workers=workers)
        return build(config)

    built(site, cache)
    _append(seeds / EDITED, SENTENCE)
    assert built(site, cache).built == 1
    built(tmp_path / "cold", tmp_path / "cold-cache")
    assert _tree(site) == _tree(tmp_path / "cold")


def test_a_site_deleted_since_the_last_build_is_written_again_whole(
    seeds: Path, tmp_path: Path
) -> None:
    """`rm -rf _site` and build again, the cache kept: the whole site, the last build's records
    used (it had failed on the scan of a site that was not there); an edit too."""
    site, cache = tmp_path / "site", tmp_path / "cache"
    _build(seeds, site, cache)
    cold = _tree(site)
    shutil.rmtree(site)
    again = _build(seeds, site, cache)
    assert again.built == 0 and again.written == again.files
    assert _tree(site) == cold
    shutil.rmtree(site)
    _append(seeds / EDITED, SENTENCE)
    edited = _build(seeds, site, cache)
    assert edited.built == 1 and edited.written == edited.files


def test_a_rebuild_writes_only_the_files_that_differ(seeds: Path, tmp_path: Path) -> None:
    site, cache = tmp_path / "site", tmp_path / "cache"
    _build(seeds, site, cache)
    before, stamps = _tree(site), _stamps(site)
    _append(seeds / EDITED, SENTENCE)
    report = _build(seeds, site, cache)
    after, touched = _tree(site), _stamps(site)
    changed = {path for path in after if after[path] != before.get(path)}
    rewritten = {path for path in after if touched[path] != stamps.get(path)}
    assert changed <= rewritten and report.built == 1
    assert len(rewritten - changed) <= 2  # a file may be rewritten with the same bytes
    assert report.written == len(rewritten)
    assert "d/shi-quanweihui-2023/index.html" in changed and "index.html" in changed
    assert any(path.startswith("search/pagefind/index/") for path in changed)
    assert not any(path.startswith("d/beijing-") for path in rewritten)


def test_nothing_changed_is_noticed_and_nothing_is_touched(seeds: Path, tmp_path: Path) -> None:
    site, cache = tmp_path / "site", tmp_path / "cache"
    _build(seeds, site, cache)
    stamps = _stamps(site)
    report = _build(seeds, site, cache)
    assert report.unchanged and report.written == 0 and report.documents == 5
    assert "up to date" in report.line("site")
    assert _stamps(site) == stamps
    (site / "about" / "index.html").write_text("edited by hand", encoding="utf-8")
    repaired = _build(seeds, site, cache)
    assert not repaired.unchanged and repaired.written == 2 and repaired.built == 0  # and 繁
    assert "edited by hand" not in (site / "about" / "index.html").read_text("utf-8")
    (site / "zh-hant" / "about" / "index.html").unlink()  # the Traditional page alone
    repaired = _build(seeds, site, cache)
    assert not repaired.unchanged and repaired.written == 2 and repaired.built == 0
    assert "關於本站" in (site / "zh-hant" / "about" / "index.html").read_text("utf-8")


def test_a_build_that_finds_nothing_changed_loads_none_of_the_heavy_libraries(
    seeds: Path, tmp_path: Path
) -> None:
    """The nothing-changed check is the whole of such a build: numpy, the templates and the
    normaliser (which take longer to load than the check takes) stay unloaded, even when the
    last build listed documents to review (its report, with them, is read)."""
    site, cache = tmp_path / "site", tmp_path / "cache"
    undated = seeds / "undated.txt"
    undated.write_text("关于工会工作的几点意见\n" + SENTENCE * 3, encoding="utf-8")
    os.utime(undated, (1e9, 1e9))  # not in the tick of the build (its stamp is then trusted)
    assert _build(seeds, site, cache).reviews
    check = (
        "import sys; from unionreader.cli import main; "
        f"main(['build', '--seeds', {str(seeds)!r}, '--out', {str(site)!r}]); "
        "print(sorted(m for m in ('numpy', 'jinja2', 'unionreader.normalise') if m in sys.modules))"
    )
    env = {**os.environ, "UNIONREADER_CACHE": str(cache)}
    done = subprocess.run(
        [sys.executable, "-c", check], capture_output=True, text=True, env=env, check=True
    )
    assert "up to date" in done.stdout + done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[]"


def test_a_rebuild_reads_the_tables_the_last_build_kept(seeds: Path, tmp_path: Path) -> None:
    """After one edit, the conversion tables and the terms' pinyin come from the build cache:
    no conversion is built from the library's dictionaries and pypinyin is not loaded (the term
    index is made again: the edit changes a count), and the site is still the cold build's."""
    site, cache = tmp_path / "site", tmp_path / "cache"
    env = {**os.environ, "UNIONREADER_CACHE": str(cache)}
    first = ["build", "--seeds", str(seeds), "--out", str(site)]
    command = [sys.executable, "-c", f"from unionreader.cli import main; main({first!r})"]
    subprocess.run(command, capture_output=True, env=env, check=True)  # a process of its own
    _append(seeds / EDITED, SENTENCE)
    check = (
        "import sys; from unionreader.normalise import conversion; built = []; "
        "init = conversion.Conversion.__init__; "
        "conversion.Conversion.__init__ = lambda self, c: built.append(c) or init(self, c); "
        "from unionreader.cli import main; "
        f"main(['build', '--seeds', {str(seeds)!r}, '--out', {str(site)!r}]); "
        "print(built, 'pypinyin' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", check], capture_output=True, text=True, env=env, check=True
    )
    assert done.stdout.strip().splitlines()[-1] == "[] False"
    _build(seeds, tmp_path / "cold", tmp_path / "cold-cache")
    assert _tree(site) == _tree(tmp_path / "cold")


def test_seeds_come_and_go(seeds: Path, tmp_path: Path) -> None:
    site, cache = tmp_path / "site", tmp_path / "cache"
    _build(seeds, site, cache)
    shutil.copy(FIXTURES / "corpus" / "hongkong-traditional.txt", seeds / "zz-hk.txt")
    added = _build(seeds, site, cache)
    assert added.documents == 6 and added.built == 1
    assert (site / "d" / "zz-hk" / "index.html").is_file()
    (seeds / "zz-hk.txt").unlink()
    (site / "stray" / "deeper").mkdir(parents=True)  # put there by hand: not the build's
    (site / "stray" / "deeper" / "note.txt").write_text("x")
    (site / "d" / "empty").mkdir()
    removed = _build(seeds, site, cache)
    assert removed.documents == 5 and removed.built == 0
    assert not (site / "d" / "zz-hk").exists() and not (site / "raw" / "zz-hk.txt").exists()
    cold = tmp_path / "cold"
    _build(seeds, cold, tmp_path / "cold-cache")
    assert _tree(site) == _tree(cold)
    folders = {p.relative_to(site) for p in site.rglob("*") if p.is_dir()}
    assert folders == {p.relative_to(cold) for p in cold.rglob("*") if p.is_dir()}


def test_a_damaged_cache_is_built_again(seeds: Path, tmp_path: Path) -> None:
    site, cache = tmp_path / "site", tmp_path / "cache"
    _build(seeds, site, cache)
    records = next(cache.rglob("records.sqlite"))
    with sqlite3.connect(records) as connection:
        connection.execute("UPDATE records SET value = x'00' WHERE rowid % 2 = 0")
        connection.execute("DELETE FROM documents WHERE rowid % 2 = 1")
    _append(seeds / EDITED, SENTENCE)
    report = _build(seeds, site, cache)
    assert report.built >= 3
    records.write_bytes(b"not a database")
    next(cache.rglob("repeats.pickle")).write_bytes(b"not a pickle")  # the link stage's
    _append(seeds / EDITED, "又一句。")
    report = _build(seeds, site, cache)
    assert report.built == 5
    cold = tmp_path / "cold"
    _build(seeds, cold, tmp_path / "cold-cache")
    assert _tree(site) == _tree(cold)


def test_many_documents_build_in_workers_and_a_bad_one_stops_the_build(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for copy in range(4):
        for seed in sorted(SEEDS.glob("*.txt")):
            shutil.copy(seed, seeds / f"{copy}-{seed.name}")
    site, cache = tmp_path / "site", tmp_path / "cache"
    report = build(BuildConfig(seeds, site, cache_dir=cache, workers=2, progress=False))
    assert report.documents == 20 and report.built == 20
    before = _tree(site)
    shutil.copy(FIXTURES / "reading" / "empty.txt", seeds / "zz-empty.txt")
    for seed in seeds.glob("[123]-*.txt"):  # enough changed seeds to go to the workers
        _append(seed, SENTENCE)
    with pytest.raises(SeedError, match=r"zz-empty\.txt"):
        build(BuildConfig(seeds, site, cache_dir=cache, workers=2, progress=False))
    assert _tree(site) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cache", "seeds", "site"]


@pytest.mark.parametrize("workers", [2, 1])
def test_a_bad_document_in_a_rebuild_stops_it_with_its_error(
    workers: int, seeds: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The few documents a rebuild makes are started in a process of their own before the
    build's modules load (`fresh.start`; here, with one CPU, when they are asked for): an
    error there is the build's, naming the seed, and leaves the site and nothing else."""
    site, cache = tmp_path / "site", tmp_path / "cache"
    config = BuildConfig(seeds, site, cache_dir=cache, workers=workers, progress=False)
    build(config)
    before = _tree(site)
    shutil.copy(FIXTURES / "reading" / "empty.txt", seeds / "zz-empty.txt")
    _append(seeds / EDITED, SENTENCE)
    started: list[fresh.Started | None] = []
    start = fresh.start
    monkeypatch.setattr(fresh, "start", lambda *args: started.append(start(*args)) or started[-1])
    with pytest.raises(SeedError, match=r"zz-empty\.txt"):
        build(config)
    assert [s is not None and s.indexes for s in started] == [workers > 1 and [4, 5]]
    assert _tree(site) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cache", "seeds", "site"]
    (seeds / "zz-empty.txt").unlink()
    assert build(config).built == 1
    build(BuildConfig(seeds, tmp_path / "cold", cache_dir=tmp_path / "cold-cache"))
    assert _tree(site) == _tree(tmp_path / "cold")


def test_a_traditional_texts_page_linked_again_follows_its_writer_as_a_cold_build_does(
    seeds: Path, tmp_path: Path
) -> None:
    """A text written in Traditional whose next document changes: its page is linked again
    from the cache in this process, and its copy in the edition still follows its readings,
    and the new neighbour's title reads on it as on that document's own page."""
    written = (FIXTURES / "edition" / "written-in-traditional.txt").read_text(encoding="utf-8")
    (seeds / "tw.txt").write_text(written, encoding="utf-8")
    site, cache = tmp_path / "site", tmp_path / "cache"
    _build(seeds, site, cache)
    text = "總統接見范振國秘書長\n\n范振國秘書長今日向總統報告近期工作，總統表示感謝。\n"
    (seeds / "tx.txt").write_text(text, encoding="utf-8")  # shares nothing with tw.txt
    again = _build(seeds, site, cache)
    assert again.built == 1
    page = (site / "zh-hant/d/tw/index.html").read_text(encoding="utf-8")
    assert "主任委員王郁琦" in page and "總統接見范振國秘書長" in page
    assert "王鬱琦" not in page and "範振國" not in page
    cold = _build(seeds, tmp_path / "cold", tmp_path / "cold-cache")
    assert cold.built == 7
    assert _tree(site) == _tree(tmp_path / "cold")


def test_the_search_index_postings_are_let_go_before_the_pages_are_made(
    seeds: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The index's postings (at 5,000 documents about 180 MB) are not held once the index's
    files are staged: the pages are made without them (the build's peak of memory)."""
    held: list[weakref.ref[object]] = []
    collect = postings_again.collect

    def watched(*args: object, **kwargs: object) -> object:
        postings = collect(*args, **kwargs)  # type: ignore[arg-type]
        held.append(weakref.ref(postings.keys))
        return postings

    alive: list[bool] = []
    keep_rendered = stages._Build.keep_rendered

    def pages_made(job: stages._Build) -> None:
        gc.collect()
        alive.append(any(ref() is not None for ref in held))
        keep_rendered(job)

    monkeypatch.setattr(postings_again, "collect", watched)
    monkeypatch.setattr(stages._Build, "keep_rendered", pages_made)
    _build(seeds, tmp_path / "site", tmp_path / "cache")
    assert held and alive == [False]
