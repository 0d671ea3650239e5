"""A collection longer than a page (`pages.LISTED`) is listed over pages, in both editions:
every link of those pages resolves, the sitemap and the canonical addresses name them, and an
edit rewrites only the page that lists the document edited."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import pytest
from helpers import SPEECH, dated_speeches
from paths import BASE_URL

from unionreader import pages
from unionreader.pipeline import BuildConfig, build

PER_PAGE = 6
LISTS = ("index.html", "page/2/index.html", "page/3/index.html")
ORIGIN = "http://site.test/"


def _build(seeds: Path, out: Path) -> None:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(pages, "LISTED", PER_PAGE)
        build(BuildConfig(seeds_dir=seeds, out_dir=out, base_url=BASE_URL))


@pytest.fixture(scope="module")
def paged(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """Fifteen short speeches listed six to a page (seeds, site)."""
    seeds = tmp_path_factory.mktemp("paged-seeds")
    dated_speeches(seeds)
    out = tmp_path_factory.mktemp("paged-site") / "_site"
    _build(seeds, out)
    return seeds, out


def _html(site: Path, path: str) -> str:
    return (site / path).read_text(encoding="utf-8")


def test_the_list_s_pages_are_in_both_editions_and_no_more(paged: tuple[Path, Path]) -> None:
    _, site = paged
    for edition in ("", "zh-hant/"):
        for path in LISTS:
            assert (site / edition / path).is_file(), edition + path
        assert not (site / edition / "page/4").exists() and not (site / edition / "page/1").exists()
    assert '<html lang="zh-Hant">' in _html(site, "zh-hant/page/2/index.html")
    assert "第 2 頁，共 3 頁" in _html(site, "zh-hant/page/2/index.html")


def test_every_link_of_the_list_s_pages_resolves(paged: tuple[Path, Path]) -> None:
    _, site = paged
    checked = 0
    for edition in ("", "zh-hant/"):
        for path in LISTS:
            page = edition + path
            for url in re.findall(r'<a [^>]*href="([^"]*)"', _html(site, page)):
                if url.startswith(("http:", "https:")):
                    assert url.startswith(BASE_URL), f"{page}: {url}"
                    url = "/" + url.removeprefix(BASE_URL)
                parts = urlsplit(urljoin(ORIGIN + page, url))
                target = site / unquote(parts.path).lstrip("/")
                if target.is_dir() or not parts.path.rstrip("/").split("/")[-1].count("."):
                    target = target / "index.html"
                assert target.is_file(), f"{page}: {url} → {target}"
                if parts.fragment:
                    ids = re.findall(r'\bid="([^"]*)"', target.read_text(encoding="utf-8"))
                    assert parts.fragment in ids, f"{page}: {url}"
                checked += 1
    assert checked > 6 * 30


def test_the_sitemap_and_canonical_addresses_name_every_page_of_the_list(
    paged: tuple[Path, Path],
) -> None:
    _, site = paged
    sitemap = _html(site, "sitemap.xml")
    for edition in ("", "zh-hant/"):
        for pretty in ("", "page/2/", "page/3/"):
            assert f"<loc>{BASE_URL}{edition}{pretty}</loc>" in sitemap
    assert f'<link rel="canonical" href="{BASE_URL}page/3/">' in _html(site, LISTS[2])
    switch = re.search(
        r'<a [^>]*hreflang="zh-Hans"[^>]*>', _html(site, "zh-hant/page/3/index.html")
    )
    assert switch is not None and 'href="../../../page/3/"' in switch.group(0)


def test_an_edit_rewrites_only_the_page_that_lists_the_document(
    paged: tuple[Path, Path], tmp_path: Path
) -> None:
    seeds, _ = paged
    copy = tmp_path / "seeds"
    copy.mkdir()
    for seed in seeds.iterdir():
        (copy / seed.name).write_bytes(seed.read_bytes())
    out = tmp_path / "_site"
    _build(copy, out)
    before = {path: (out / path).stat().st_mtime_ns for path in LISTS}
    listed = {path: _html(out, path) for path in LISTS}
    last = copy / "speech-14.txt"  # undated: listed last, on the third page
    last.write_text(last.read_text(encoding="utf-8") + SPEECH + "\n", encoding="utf-8")
    _build(copy, out)
    changed = [path for path in LISTS if (out / path).stat().st_mtime_ns != before[path]]
    assert changed == ["page/3/index.html"]
    assert _html(out, LISTS[2]) != listed[LISTS[2]]
    assert (out / "zh-hant/page/3/index.html").stat().st_mtime_ns > before[LISTS[2]]
