"""End-to-end: `python build.py` and `unionreader inspect` as a user runs them."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from markdown_it import MarkdownIt
from paths import FIXTURES, ROOT, SEEDS

from unionreader.pipeline import BuildConfig, build

BLOCK_KEYS = {"id", "type", "text", "points"}
DOC_KEYS = {
    "slug", "seed", "title", "title_derived", "kicker", "kind", "author", "date", "place",
    "source", "original_script", "sections", "edits",
}  # fmt: skip


def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args], cwd=cwd, capture_output=True, text=True, timeout=120, check=False
    )


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("build") / "_site"
    result = run("build.py", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "5 documents" in result.stdout and "sections" in result.stdout
    return out


def test_corpus_json_has_the_public_shape(site: Path) -> None:
    corpus = json.loads((site / "data" / "corpus.json").read_text(encoding="utf-8"))
    assert corpus["schema"] == 1
    docs = corpus["documents"]
    assert sorted(d["seed"] for d in docs) == sorted(p.name for p in SEEDS.glob("*.txt"))
    dated = [d["date"] for d in docs if d["date"]]
    assert dated == sorted(dated) and all(d["date"] for d in docs[: len(dated)])  # reading order
    for doc in docs:
        assert doc.keys() >= DOC_KEYS
        assert doc["original_script"] in {"simplified", "traditional"}
        for section in doc["sections"]:
            assert {"id", "level", "heading", "blocks"} <= section.keys()
            for block in section["blocks"]:
                assert block.keys() >= BLOCK_KEYS
                if block["type"] == "point":
                    assert block["text"].startswith(block["marker"]) and block["ordinal"] >= 1
                    assert block["depth"] >= 1
        for edit in doc["edits"]:
            assert set(edit) == {"rule", "line", "before", "after"}
    scripts = {d["seed"][:3]: d["original_script"] for d in docs}
    assert scripts == {"000": "traditional", "001": "simplified", "002": "simplified",
                       "003": "simplified", "004": "simplified"}  # fmt: skip


def test_every_id_is_unique_within_its_document(site: Path) -> None:
    corpus = json.loads((site / "data" / "corpus.json").read_text(encoding="utf-8"))
    for doc in corpus["documents"]:
        ids = [s["id"] for s in doc["sections"]]
        for section in doc["sections"]:
            for block in section["blocks"]:
                ids.append(block["id"])
                ids.extend(p["id"] for p in block["points"])
        assert len(ids) == len(set(ids)), doc["slug"]


def test_markdown_and_text_exports(site: Path) -> None:
    corpus = json.loads((site / "data" / "corpus.json").read_text(encoding="utf-8"))
    for doc in corpus["documents"]:
        markdown = (site / "data" / f"{doc['slug']}.md").read_text(encoding="utf-8")
        plain = (site / "data" / f"{doc['slug']}.txt").read_text(encoding="utf-8")
        html = MarkdownIt().render(markdown)
        assert "<em>" not in html and "<strong>" not in html
        for section in doc["sections"]:
            for block in section["blocks"]:
                assert block["text"] in plain
    speech = (site / "data" / "shi-quanweihui-2023.md").read_text(encoding="utf-8")
    assert r"部署\*年工作任务" in speech


def test_a_rebuild_is_byte_identical(site: Path, tmp_path: Path) -> None:
    again = tmp_path / "again"
    assert run("build.py", "--out", str(again)).returncode == 0
    for path in site.rglob("*"):
        if path.is_file():
            assert (again / path.relative_to(site)).read_bytes() == path.read_bytes(), path


@pytest.mark.parametrize(
    ("fixture", "message"),
    [("empty.txt", "is empty"), ("binary.bin", "binary")],
)
def test_a_bad_seed_stops_the_build_and_writes_nothing(
    tmp_path: Path, fixture: str, message: str
) -> None:
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    out = tmp_path / "_site"
    assert run("build.py", "--seeds", str(seeds), "--out", str(out)).returncode == 0
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    shutil.copy(FIXTURES / "reading" / fixture, seeds / "zz-bad.txt")
    result = run("build.py", "--seeds", str(seeds), "--out", str(out))
    assert result.returncode == 1
    errors = [ln for ln in result.stderr.splitlines() if not ln.startswith("WARNING: ")]
    assert len(errors) == 1 and errors[0].startswith("error: ") and "zz-bad.txt" in errors[0]
    assert message in errors[0] and "Traceback" not in result.stderr
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["_site", "seeds"]


def test_every_bad_seed_is_named_in_one_run(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    shutil.copy(FIXTURES / "reading" / "empty.txt", seeds / "aa-empty.txt")
    shutil.copy(FIXTURES / "reading" / "binary.bin", seeds / "zz-binary.txt")
    out = tmp_path / "_site"
    result = run("build.py", "--seeds", str(seeds), "--out", str(out))
    assert result.returncode == 1
    errors = [ln for ln in result.stderr.splitlines() if not ln.startswith("WARNING: ")]
    assert len(errors) == 3, result.stderr
    assert "aa-empty.txt: is empty" in errors[0] and "zz-binary.txt: is binary" in errors[1]
    assert errors[2] == "error: 2 seeds cannot be built; nothing was written"
    assert "Traceback" not in result.stderr and not out.exists()


def test_other_encodings_build_with_a_warning(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(FIXTURES / "reading" / "gb18030.txt", seeds / "gb.txt")
    shutil.copy(FIXTURES / "reading" / "bom-crlf.txt", seeds / "bom.txt")
    result = run("build.py", "--seeds", str(seeds), "--out", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    assert "GB18030" in result.stderr and "no entry in" in result.stderr
    corpus = json.loads((tmp_path / "out" / "data" / "corpus.json").read_text(encoding="utf-8"))
    assert {d["slug"] for d in corpus["documents"]} == {"gb", "bom"}


def test_inspect_prints_the_outline_for_an_editor() -> None:
    result = run("-m", "unionreader.cli", "inspect", "seeds/004_3e65e61f32c4d131.txt")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "title: 在总工会全委会上的讲话" in out
    assert "s3 L14 level 1: 一、深入学习宣传贯彻党的二十大精神" in out
    assert "point 一要" in out and "[salutation]" in out and "[closing]" in out
    assert "lines.split: 1" in out


def test_inspect_of_a_missing_file_is_one_clear_line() -> None:
    result = run("-m", "unionreader.cli", "inspect", "seeds/nope.txt")
    assert result.returncode == 1 and result.stderr.startswith("error: seeds/nope.txt")


def test_a_hostile_description_and_seed_reach_no_page_as_markup(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.md").write_text(
        "# 关于工会工作的讲话\n\n<script>alert(1)</script>\n\n"
        "工会要[维护](javascript:alert(2))职工合法权益。<img src=x onerror=alert(3)>\n",
        encoding="utf-8",
    )
    (seeds / "catalog.toml").write_text(
        '[[seed]]\nfile = "a.md"\nslug = "a"\n'
        'description = "<script>alert(4)</script>[点此](javascript:alert(5))"\n',
        encoding="utf-8",
    )
    site = tmp_path / "site"
    build(BuildConfig(seeds_dir=seeds, out_dir=site))
    for page in site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert "<script>alert" not in html and "<img src=x" not in html, page
        assert 'href="javascript:' not in html, page
    home = (site / "index.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(4)&lt;/script&gt;" in home  # shown as the text it is


def test_verbose_logs_the_build_not_its_libraries(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.md").write_text(
        "# 关于工会工作的讲话\n\n一、工会要维护职工合法权益。\n", encoding="utf-8"
    )
    result = run(
        "-m", "unionreader.cli", "--verbose", "build", "--seeds", str(seeds),
        "--out", str(tmp_path / "out"),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "DEBUG: documents:" in result.stderr  # the build's stage times
    assert "entering" not in result.stderr  # markdown-it's trace of every rule it tries


def test_html_seeds_in_any_encoding_are_published_as_they_came(tmp_path: Path) -> None:
    """A raw seed is one file for both editions, whatever its format: an HTML seed is not a
    page to convert (a GBK one is not even UTF-8)."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name in ("portal-news-gbk.html", "gov-speech-page.html"):
        shutil.copy(FIXTURES / "corpus" / name, seeds / name)
    out = tmp_path / "out"
    build(BuildConfig(seeds, out, cache_dir=tmp_path / "cache", progress=False))
    for name in ("portal-news-gbk.html", "gov-speech-page.html"):
        assert (out / "data" / "raw" / name).read_bytes() == (seeds / name).read_bytes()
        assert not (out / "zh-hant" / "data" / "raw" / name).exists()
    notes = (out / "zh-hant" / "d" / "portal-news-gbk" / "notes" / "index.html").read_text()
    assert 'href="../../../../data/raw/portal-news-gbk.html"' in notes  # the shared file
