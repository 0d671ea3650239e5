"""End-to-end checks of the built site: every link and anchor resolves, the site works under a
GitHub Pages project path, --base-url gives canonical URLs and a sitemap, nothing is third-party.
"""

from __future__ import annotations

import re
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import pytest
from paths import BASE_URL
from serving import SiteServer

from unionreader.csp import script_hash

ORIGIN = "http://site.test/"
LINK_ATTRS = {
    ("a", "href"),
    ("link", "href"),
    ("script", "src"),
    ("img", "src"),
    ("form", "action"),
}


class _Page(HTMLParser):
    """Collects the ids, the links and the <base href> of one HTML page."""

    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.links: list[tuple[str, str]] = []  # (tag, url)
        self.base: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if "id" in values:
            self.ids.add(values["id"])
        if tag == "base":
            self.base = values.get("href")
        if tag == "link" and values.get("rel") in {"canonical", "alternate"}:
            return
        for name, value in values.items():
            if (tag, name) in LINK_ATTRS:
                self.links.append((tag, value))


def parse(path: Path) -> _Page:
    parsed = _Page()
    parsed.feed(path.read_text(encoding="utf-8"))
    return parsed


def _target(site: Path, page: str, url: str, base: str | None) -> tuple[Path, str]:
    """The file a link on `page` points at (pretty URLs mean index.html), and its fragment."""
    here = urllib.parse.urljoin(ORIGIN, base) if base else ORIGIN + page
    parts = urllib.parse.urlsplit(urllib.parse.urljoin(here, url))
    assert parts.netloc == "site.test", f"{page}: {url} leaves the site"
    path = urllib.parse.unquote(parts.path).lstrip("/")
    target = site / path
    if not path or path.endswith("/") or target.is_dir():
        target = target / "index.html"
    return target, parts.fragment


def _pages(site: Path) -> Iterator[str]:
    for path in sorted(site.rglob("*.html")):
        yield path.relative_to(site).as_posix()


def test_every_link_and_anchor_resolves(site: Path) -> None:
    pages = list(_pages(site))
    for edition in ("", "zh-hant/"):  # both editions
        kinds = {"index.html", "404.html", "about/index.html", "search/index.html"}
        assert {f"{edition}{kind}" for kind in kinds} <= set(pages)
        notes = [
            p for p in pages if p.startswith(f"{edition}d/") and p.endswith("notes/index.html")
        ]
        assert len(notes) == 5
    parsed = {page: parse(site / page) for page in pages}
    checked = 0
    for page, html in parsed.items():
        for _tag, url in html.links:
            if url.startswith(("mailto:", "javascript:")):
                continue
            target, fragment = _target(site, page, url, html.base)
            assert target.is_file(), f"{page}: {url} → {target} does not exist"
            if fragment:
                key = target.relative_to(site).as_posix()
                assert fragment in parsed[key].ids, f"{page}: {url}: no id {fragment!r} in {key}"
            checked += 1
    assert checked > 500


def test_every_section_point_and_paragraph_has_its_anchor(site: Path) -> None:
    import json

    corpus = json.loads((site / "data" / "corpus.json").read_text(encoding="utf-8"))
    for doc in corpus["documents"]:
        ids = parse(site / "d" / doc["slug"] / "index.html").ids
        for section in doc["sections"]:
            assert section["id"] in ids
            for block in section["blocks"]:
                assert block["id"] in ids
                assert {p["id"] for p in block["points"]} <= ids


def _crawl(root: str) -> dict[str, int]:
    """Every URL reachable from the home page by links, with its HTTP status."""
    seen: dict[str, int] = {}
    queue = [root]
    while queue:
        url = queue.pop()
        if url in seen:
            continue
        try:
            # As a browser does, escape what is not ASCII (term pages have Chinese names).
            escaped = urllib.parse.quote(url, safe=":/?#[]@!$&'()*+,;=%")
            with urllib.request.urlopen(escaped, timeout=10) as response:
                seen[url] = response.status
                body = response.read()
                kind = response.headers.get("Content-Type", "")
        except urllib.error.HTTPError as error:
            seen[url] = error.code
            continue
        if "html" not in kind:
            continue
        html = _Page()
        html.feed(body.decode("utf-8"))
        for tag, link in html.links:
            if tag != "form":
                absolute = urllib.parse.urljoin(url, link).split("#")[0]
                if absolute.startswith(root):
                    queue.append(absolute)
    return seen


def test_the_site_works_under_a_project_sub_path(site: Path) -> None:
    server = SiteServer(site, "/unionreader/")
    try:
        statuses = _crawl(server.url)
        broken = {url: code for url, code in statuses.items() if code != 200}
        assert not broken and len(statuses) > 20
        traditional = [url for url in statuses if "/zh-hant/" in url]  # reached by the switch
        assert len(traditional) > 20 and any("/zh-hant/data/" in url for url in traditional)
        with pytest.raises(urllib.error.HTTPError) as missing:
            urllib.request.urlopen(server.url + "no/such/page/", timeout=10)
        assert missing.value.code == 404
        missing.value.close()
    finally:
        server.close()


def test_base_url_gives_canonical_urls_sitemap_and_404_base(published: Path) -> None:
    home = (published / "index.html").read_text(encoding="utf-8")
    assert f'<link rel="canonical" href="{BASE_URL}">' in home
    assert f'<meta property="og:url" content="{BASE_URL}">' in home
    doc = next((published / "d").glob("*/index.html"))
    slug = doc.parent.name
    assert f'href="{BASE_URL}d/{slug}/"' in doc.read_text(encoding="utf-8")
    sitemap = (published / "sitemap.xml").read_text(encoding="utf-8")
    assert f"<loc>{BASE_URL}d/{slug}/</loc>" in sitemap and "404" not in sitemap
    assert '<base href="/unionreader/">' in (published / "404.html").read_text(encoding="utf-8")


def test_without_base_url_there_is_no_canonical_and_no_sitemap(site: Path) -> None:
    assert "canonical" not in (site / "index.html").read_text(encoding="utf-8")
    assert not (site / "sitemap.xml").exists()


def test_nothing_refers_to_another_site(site: Path) -> None:
    external = re.compile(r"""(?:src|href|url)\s*[=(]\s*["']?(?:https?:)?//""", re.I)
    for path in site.rglob("*"):
        if path.suffix in {".html", ".css", ".js"}:
            text = path.read_text(encoding="utf-8")
            assert not external.search(text), f"{path}: refers to another site"


_INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", re.S)
_POLICY = re.compile(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">')


@pytest.mark.parametrize("built", ["site", "published"])
def test_every_page_carries_a_policy_that_allows_only_its_own_inline_scripts(
    built: str, request: pytest.FixtureRequest
) -> None:
    folder: Path = request.getfixturevalue(built)
    inline: set[str] = set()
    for page in _pages(folder):
        html = (folder / page).read_text(encoding="utf-8")
        found = _POLICY.search(html)
        assert found, f"{page}: no Content-Security-Policy"
        assert html.index("<meta charset") < found.start() < html.index("<script"), page
        policy = found.group(1).replace("&#39;", "'")
        directives = dict(d.strip().partition(" ")[::2] for d in policy.split(";"))
        assert directives["default-src"] == "'none'" and directives["style-src"] == "'self'"
        allowed = set(directives["script-src"].split())
        assert "'unsafe-inline'" not in allowed and "'unsafe-eval'" not in allowed
        for script in _INLINE_SCRIPT.findall(html):
            assert f"'{script_hash(script)}'" in allowed, f"{page}: {script[:60]} not allowed"
            inline.add(script)
        assert not re.search(r"<style|\sstyle=", html), f"{page}: inline style"
        assert '<meta name="referrer" content="same-origin">' in html
    assert len(inline) == (4 if built == "site" else 3)  # theme, contents, query (, 404 root)


def test_a_notes_page_gives_each_edit_s_line_and_links_the_raw_text_once(site: Path) -> None:
    """The raw seed is one file with no anchors for its lines: the lede links it, and each row
    gives its line as a number (a link a row to the same file made a notes page a sixth larger,
    `python bench/site_size.py`)."""
    for notes in sorted(site.glob("d/*/notes/index.html")):
        html = notes.read_text(encoding="utf-8")
        rows = re.findall(r'<td class="line">([^<]*)</td>', html)
        assert rows and all(row.isdigit() for row in rows), notes
        assert len(re.findall(r'href="[^"]*data/raw/', html)) == 1, notes
