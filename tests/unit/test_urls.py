from __future__ import annotations

import posixpath
import random

import pytest

from unionreader import urls


@pytest.mark.parametrize(
    ("page", "target", "link"),
    [
        ("index.html", "d/x/index.html", "d/x/"),
        ("d/x/index.html", "index.html", "../../"),
        ("d/x/index.html", "d/y/index.html", "../y/"),
        ("d/x/index.html", "d/x/notes/index.html", "notes/"),
        ("d/x/notes/index.html", "d/x/index.html", "../"),
        ("d/x/index.html", "data/corpus.json", "../../data/corpus.json"),
        ("about/index.html", "static/style.css", "../static/style.css"),
        ("index.html", "index.html", "./"),
        ("404.html", "about/index.html", "about/"),
    ],
)
def test_links_are_relative_and_pretty(page: str, target: str, link: str) -> None:
    assert urls.relative(page, target) == link


def test_links_are_what_a_path_library_makes() -> None:
    """`relative` is string work; `posixpath.relpath` (which asks the system for the working
    folder) makes the same links, over pages and targets at every depth, sharing folders or not."""
    chosen = random.Random(3)
    names = ["d", "x", "y", "notes", "terms", "data", "a"]

    def path() -> str:
        folders = [chosen.choice(names) for _ in range(chosen.randrange(4))]
        return "/".join([*folders, chosen.choice(["index.html", "f.json"])])

    for _ in range(2000):
        page, target = path(), path()
        pretty = urls.pretty(target)
        expected = posixpath.relpath(pretty or ".", posixpath.dirname(page) or ".")
        if pretty.endswith("/") or not pretty:
            expected = "./" if expected == "." else expected + "/"
        assert urls.relative(page, target) == expected, (page, target)


@pytest.mark.parametrize(
    "page",
    [
        "index.html",
        "404.html",
        "d/x/index.html",
        "d/x/notes/index.html",
        "terms/index.html",
        "terms/两个维护/index.html",
        "about/index.html",
    ],
)
@pytest.mark.parametrize("slug", ["两个维护", "十四五", "当好主人翁-建功新时代", "x2"])
def test_a_link_to_a_term_page_is_the_relative_link_to_it(page: str, slug: str) -> None:
    assert urls.term_link(page, slug) == urls.relative(page, urls.term_path(slug))


def test_root_prefix_and_absolute_urls() -> None:
    assert urls.root_prefix("index.html") == "./"
    assert urls.root_prefix("d/x/notes/index.html") == "../../../"
    base = "https://u.github.io/unionreader/"
    assert urls.absolute(base, "d/x/index.html") == base + "d/x/"
    assert urls.absolute(base, "index.html") == base
    assert urls.anchor("s1-pt2") == "#s1-pt2"


def test_a_highlight_link_keeps_chinese_and_escapes_ascii() -> None:
    for _ in range(2):  # the second time from the phrases kept
        assert (
            urls.highlighted("../d/x/", "A&B 两个维护?", "p3")
            == "../d/x/?hl=A%26B%20两个维护%3F#p3"
        )
    assert urls.highlighted("../d/y/", "两个维护", "s1") == "../d/y/?hl=两个维护#s1"
