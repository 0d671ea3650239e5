from __future__ import annotations

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


def test_root_prefix_and_absolute_urls() -> None:
    assert urls.root_prefix("index.html") == "./"
    assert urls.root_prefix("d/x/notes/index.html") == "../../../"
    base = "https://u.github.io/unionreader/"
    assert urls.absolute(base, "d/x/index.html") == base + "d/x/"
    assert urls.absolute(base, "index.html") == base
    assert urls.anchor("s1-pt2") == "#s1-pt2"
