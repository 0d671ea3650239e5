"""The Traditional edition, end to end: every page again under zh-hant/ in Traditional script,
with the switch, alternates and sitemap naming both; raw text kept; downloads and the search
page's tables in Traditional, with the search offsets unchanged."""

from __future__ import annotations

import json
import posixpath
import re
import shutil
from pathlib import Path

import pytest
from paths import BASE_URL, FIXTURES, SEEDS

from unionreader.edition.page import MAPPED, SAME, shown_of
from unionreader.edition.script import to_traditional
from unionreader.normalise.conversion import conversion
from unionreader.pipeline import BuildConfig, build

SIMPLIFIED_ONLY = re.compile("[这们会关于发为说时国东书门问]")
"""Characters that Traditional text never holds (each has a different Traditional form)."""
_TEXT = re.compile(r">([^<]+)<")


@pytest.fixture
def site(published: Path) -> Path:
    """The seeds built with a public address, as the Pages workflow builds them."""
    return published


def _pages(site: Path) -> set[str]:
    return {p.relative_to(site).as_posix() for p in site.rglob("*.html")}


def _shown_text(page: str) -> str:
    """The text of a page outside what it keeps in the Simplified script (raw text, the
    switch), scripts and styles."""
    page = re.sub(r"<(script|style)\b.*?</\1>", "", page, flags=re.S)
    page = re.sub(r"<(del|ins|p)\b[^>]*data-keep-script[^>]*>.*?</\1>", "", page, flags=re.S)
    return "".join(_TEXT.findall(page))


def test_every_page_is_in_the_edition_in_traditional_script(site: Path) -> None:
    pages = _pages(site)
    simplified = {p for p in pages if not p.startswith("zh-hant/")}
    assert {f"zh-hant/{to_traditional(p)}" for p in simplified} <= pages
    assert len(pages) == 2 * len(simplified) > 100
    for path in sorted(pages - simplified):
        page = (site / path).read_text(encoding="utf-8")
        assert '<html lang="zh-Hant">' in page, path
        found = SIMPLIFIED_ONLY.findall(_shown_text(page))
        assert not found, f"{path}: Simplified characters {found[:5]}"


def test_the_edition_follows_usage_not_the_traditional_seed(site: Path) -> None:
    seed = next(SEEDS.glob("000_*.txt")).read_text(encoding="utf-8")  # machine-converted
    assert "今后一個時期" in seed and "關于" in seed
    page = (site / "zh-hant/d/quanzong-zhiwei-2022/index.html").read_text(encoding="utf-8")
    assert "今後一個時期" in page and "今后" not in page
    assert "關於" in page and "關于" not in page


def test_each_page_names_both_editions(site: Path) -> None:
    page = (site / "d/gansu-tuopin-2019/index.html").read_text(encoding="utf-8")
    twin = (site / "zh-hant/d/gansu-tuopin-2019/index.html").read_text(encoding="utf-8")
    for html in (page, twin):
        assert f'hreflang="zh-Hans" href="{BASE_URL}d/gansu-tuopin-2019/"' in html
        assert f'hreflang="zh-Hant" href="{BASE_URL}zh-hant/d/gansu-tuopin-2019/"' in html
    assert f'<link rel="canonical" href="{BASE_URL}zh-hant/d/gansu-tuopin-2019/">' in twin
    assert 'href="../../zh-hant/d/gansu-tuopin-2019/" hreflang="zh-Hant"' in page
    assert 'href="../../../d/gansu-tuopin-2019/" hreflang="zh-Hans"' in twin
    sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
    assert f"<loc>{BASE_URL}zh-hant/d/gansu-tuopin-2019/</loc>" in sitemap
    assert f"<loc>{BASE_URL}zh-hant/terms/%E5%85%A9%E5%80%8B%E7%B6%AD%E8%AD%B7/</loc>" in sitemap


def test_notes_keep_the_raw_text_and_convert_the_interface(site: Path) -> None:
    notes = (site / "zh-hant/d/gansu-tuopin-2019/notes/index.html").read_text(encoding="utf-8")
    original = (site / "d/gansu-tuopin-2019/notes/index.html").read_text(encoding="utf-8")
    cells = re.findall(r"<(?:del|ins) data-keep-script>.*?</(?:del|ins)>", original)
    assert cells and all(cell in notes for cell in cells)
    assert "校勘記錄" in notes and "校勘记录" not in _shown_text(notes)
    # what the table says of an emptied line is interface, not raw text
    assert "（移入元數據）" in notes and "（移入元数据）" not in notes


def test_downloads_in_traditional_beside_the_shared_raw_seed(site: Path) -> None:
    markdown = (site / "zh-hant/data/gansu-tuopin-2019.md").read_text(encoding="utf-8")
    plain = (site / "zh-hant/data/gansu-tuopin-2019.txt").read_text(encoding="utf-8")
    assert "# 在脫貧攻堅主戰場中發揮工會組織作用" in markdown and "發揮" in plain
    assert (
        not (site / "zh-hant/data/raw").exists()
        and not (site / "zh-hant/data/corpus.json").exists()
    )
    page = (site / "zh-hant/d/gansu-tuopin-2019/index.html").read_text(encoding="utf-8")
    assert 'href="../../data/gansu-tuopin-2019.md"' in page
    assert 'href="../../../data/raw/003_ccb1519a43502d92.txt"' in page


def test_search_tables_show_traditional_and_match_on_the_same_text(site: Path) -> None:
    spelt = characters = 0
    for chunk in sorted((site / "search/text").glob("*.json")):
        simplified = json.loads(chunk.read_text(encoding="utf-8"))
        edition = json.loads((site / "zh-hant/search/text" / chunk.name).read_text("utf-8"))
        assert edition["slug"] == simplified["slug"]
        for block, twin in zip(simplified["blocks"], edition["blocks"], strict=True):
            assert twin[:2] == block[:2] and twin[3:5] == block[3:5]
            shown = shown_of(block[3], twin[6], edition.get("usual", ""))
            assert len(shown) == len(block[3])  # offsets hold
            assert conversion("tw2s").convert(shown) == block[3]
            code = twin[6]
            if isinstance(code, list):
                spelt += len(code[0])
            elif code != MAPPED:
                spelt += len(code) - code.count(SAME)
            characters += len(shown)
    assert spelt < characters / 50  # most characters read as the table usually reads them
    variants = (site / "search/variants.json").read_bytes()
    assert (site / "zh-hant/search/variants.json").read_bytes() == variants
    page = (site / "zh-hant/search/index.html").read_text(encoding="utf-8")
    assert 'data-data="data.json" data-bundle="../../search/pagefind/"' in page
    assert not (site / "zh-hant/search/pagefind").exists()


def test_the_traditional_404_page_resolves_its_links_in_the_edition(site: Path) -> None:
    html = (site / "zh-hant" / "404.html").read_text(encoding="utf-8")
    assert '<base href="/unionreader/zh-hant/">' in html
    links = re.findall(r'\s(?:href|src)="([^"#]+)', html)
    relative = [url for url in links if not url.startswith("/") and ":" not in url]
    assert {"./", "about/", "static/style.css", "../static/icon.svg", "../404.html"} <= set(
        relative
    )
    for url in relative:
        target = site / posixpath.normpath(f"zh-hant/{url.split('?')[0]}")
        if url.endswith("/") or target.is_dir():
            target = target / "index.html"
        assert target.is_file(), url


def test_a_text_written_in_traditional_reads_in_the_edition_as_its_writer_wrote_it(
    tmp_path: Path,
) -> None:
    """Its names and its usage, on its page, in its downloads and search table, and in its
    title on the home page; the canonical text and the other documents stay as they were."""
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    shutil.copy(FIXTURES / "edition" / "written-in-traditional.txt", seeds / "tw.txt")
    out = tmp_path / "_site"
    build(BuildConfig(seeds_dir=seeds, out_dir=out))
    page = (out / "zh-hant/d/tw/index.html").read_text(encoding="utf-8")
    download = (out / "zh-hant/data/tw.txt").read_text(encoding="utf-8")
    for text in (page, download):
        assert "主任委員王郁琦" in text and "計畫推動" in text and "游院長" in text
        assert "王鬱琦" not in text and "計劃" not in text and "遊院長" not in text
    assert "此次计划推动" in (out / "d/tw/index.html").read_text(encoding="utf-8")
    home = (out / "zh-hant/index.html").read_text(encoding="utf-8")
    assert "總統接見陸委會主委王郁琦" in home and "王鬱琦" not in home
    for chunk in sorted((out / "zh-hant/search/text").glob("*.json")):
        table = json.loads(chunk.read_text(encoding="utf-8"))
        if table["slug"] == "tw":
            usual = table.get("usual", "")
            shown = "".join(shown_of(block[3], block[6], usual) for block in table["blocks"])
            assert "主任委員王郁琦" in shown and "計畫推動" in shown and "王鬱琦" not in shown
            break
    else:
        raise AssertionError("no search table of tw")
