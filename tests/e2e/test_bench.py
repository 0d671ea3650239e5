"""Benchmark scripts that stand in for the build or time its parts: they must measure what they
say (the stand-in of `bench/without_links.py` builds the same site with nothing linked, or the
cost it measures is of something else) and keep running as the code changes."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

from paths import ROOT, SEEDS


def test_the_stand_in_builds_the_site_with_no_terms_and_no_related_passages(
    tmp_path: Path, site: Path
) -> None:
    stand_in = tmp_path / "without"
    make = [sys.executable, str(ROOT / "bench/without_links.py"), str(stand_in)]
    subprocess.run(make, check=True, capture_output=True)
    out = tmp_path / "site"
    env = {**os.environ, "UNIONREADER_CACHE": str(tmp_path / "cache")}
    build = [sys.executable, str(stand_in / "build.py"), "--seeds", str(SEEDS), "--out", str(out)]
    subprocess.run(build, check=True, capture_output=True, env=env)
    assert json.loads((out / "data/terms.json").read_text("utf-8")) == []
    assert json.loads((out / "data/related.json").read_text("utf-8")) == []
    assert [p.name for p in (out / "terms").iterdir()] == ["index.html"]
    page = "d/beijing-shisi-da/index.html"
    assert 'href="../../terms/' in (site / page).read_text("utf-8")  # the real build links terms
    assert 'href="../../terms/' not in (out / page).read_text("utf-8").replace(
        'href="../../terms/"',
        "",  # the header's link to the term index stays
    )
    assert (out / "d/beijing-shisi-da/notes/index.html").is_file()  # the rest is all there
    assert (out / "zh-hant/d/beijing-shisi-da/index.html").is_file()


def test_the_stand_in_can_leave_out_the_traditional_edition_too_or_alone(
    tmp_path: Path, site: Path
) -> None:
    env = {**os.environ, "UNIONREADER_CACHE": str(tmp_path / "cache")}
    built = {}
    for name, options in (("both", ["--edition"]), ("edition", ["--edition", "--links"])):
        stand_in = tmp_path / name
        make = [sys.executable, str(ROOT / "bench/without_links.py"), str(stand_in), *options]
        subprocess.run(make, check=True, capture_output=True)
        out = tmp_path / f"site-{name}"
        build = [
            sys.executable,
            str(stand_in / "build.py"),
            "--seeds",
            str(SEEDS),
            "--out",
            str(out),
        ]
        subprocess.run(build, check=True, capture_output=True, env=env)
        built[name] = out
    assert (site / "zh-hant").is_dir()  # the real build makes the edition
    for out in built.values():
        assert not (out / "zh-hant").exists()
        assert (out / "d/beijing-shisi-da/notes/index.html").is_file()
    assert json.loads((built["both"] / "data/terms.json").read_text("utf-8")) == []
    kept = json.loads((built["edition"] / "data/terms.json").read_text("utf-8"))
    assert kept == json.loads((site / "data/terms.json").read_text("utf-8"))


def test_the_link_stage_bench_times_the_link_stage_of_a_seeds_folder() -> None:
    command = [sys.executable, str(ROOT / "bench/link_stage.py"), "--seeds", str(SEEDS)]
    done = subprocess.run([*command, "--repeat", "1"], check=True, capture_output=True, text=True)
    lines = done.stdout.splitlines()
    assert lines[0].startswith("5 documents,")
    steps = {line[:38].strip(): float(line[38:]) for line in lines[1:]}
    pages = next(step.split()[0] for step in steps if step.endswith("term pages: render"))
    assert int(pages) > 50  # the seeds' terms, each a page
    assert set(steps) == {
        "link_collection (all of it)",
        "find_terms",
        "maximal repeats",
        "maximal repeats after one edit",
        "the same, from the last build's",
        "related passages",
        f"{pages} term pages: render",
        f"{pages} term pages: Traditional",
        "document pages: render",
        "rendered without links",
        "document pages: Traditional",
        "converted without links",
    }
    assert all(seconds > 0 for seconds in steps.values())


def test_the_terms_bench_lists_the_terms_of_a_seeds_folder() -> None:
    command = [sys.executable, str(ROOT / "bench/terms.py"), "--seeds", str(SEEDS), "--top", "5"]
    lines = subprocess.run(command, check=True, capture_output=True, text=True).stdout.splitlines()
    assert lines[0].startswith("5 documents, ")
    rows = [line.split("\t") for line in lines[1:]]
    assert len(rows) == 5
    assert all(int(uses) >= int(documents) >= 2 for _, uses, documents, _ in rows)
    assert rows[0][0] == "中国特色社会主义"  # the seeds' most used term (tests/golden/terms)


def test_the_timeline_shows_each_process_of_a_build_beside_its_stages() -> None:
    command = [sys.executable, str(ROOT / "bench/timeline.py"), str(SEEDS)]
    done = subprocess.run(command, check=True, capture_output=True, text=True)
    lines = done.stdout.splitlines()
    seconds = [float(line.split()[0]) for line in lines]
    assert seconds == sorted(seconds) and seconds[-1] > 0
    stages = [line.split("stage ", 1)[1].split(":")[0] for line in lines if " stage " in line]
    assert stages[:2] == ["inputs", "loading"] and stages[-2:] == ["saving state", "writing files"]
    samples = [line.split()[1:] for line in lines if " stage " not in line]
    build = {sample[0].split(":")[0] for sample in samples if sample}
    assert len(build) == 1  # the build's own process comes first in every sample
    assert all(share.endswith("%") for sample in samples for share in sample)


def test_the_encodings_bench_tells_gb18030_from_big5_on_the_seeds() -> None:
    command = [sys.executable, str(ROOT / "bench/encodings.py"), "--seeds", str(SEEDS)]
    lines = subprocess.run(command, check=True, capture_output=True, text=True).stdout.splitlines()
    found = re.match(r"(\d+) samples; read first as the other encoding: (\d+);", lines[0])
    assert found is not None
    assert int(found.group(1)) >= 15 and int(found.group(2)) == 0
