"""Prose Markdown (catalogue descriptions, templates/content/*.md) is rendered safely: raw HTML
is text, and only http(s) and relative links stand."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from unionreader import kept
from unionreader import prose as prose_module
from unionreader.prose import keep_prose, prose, render_prose, safe_link

HOSTILE = (
    '<script>alert(1)</script> <img src=x onerror="alert(2)"> '
    "[a](javascript:alert(3)) [b](JaVaScRiPt:alert(4)) [c](data:text/html,<b>) "
    "[d](vbscript:x) [e](mailto:a@b.org) ![f](data:image/png;base64,AA) "
    "[g](https://example.org/x) [h](../d/x/) [i](#s1) [j](http://example.org)"
)


def test_raw_html_is_text_and_only_safe_links_stand() -> None:
    html = prose().render(HOSTILE)
    assert "<script" not in html and "<img" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html  # shown as the text it is
    hrefs = [part.split('"')[0] for part in html.split('href="')[1:]]
    assert hrefs == ["https://example.org/x", "../d/x/", "#s1", "http://example.org"]


@pytest.mark.parametrize(
    ("url", "ok"),
    [
        ("https://a.org", True),
        ("HTTP://a.org", True),
        ("../x/", True),
        ("x/y?z=1#w", True),
        ("#top", True),
        ("javascript:alert(1)", False),
        (" javascript:alert(1)", False),
        ("data:text/html,x", False),
        ("mailto:a@b.org", False),
        ("file:///etc/passwd", False),
    ],
)
def test_a_link_may_lead_only_to_http_or_a_relative_address(url: str, ok: bool) -> None:
    assert safe_link(url) is ok


@pytest.fixture
def next_build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[], None]]:
    """Prose kept in a folder of its own; calling the fixture starts "the next build's
    process" (nothing rendered or read yet in it)."""

    def fresh() -> None:
        prose_module._kept.cache_clear()
        prose_module._prose.cache_clear()
        prose_module._used.clear()

    monkeypatch.setattr(kept, "_FOLDER", [])
    fresh()
    with kept.kept_in(tmp_path):
        yield fresh
    fresh()


def test_the_prose_a_build_rendered_is_kept_for_the_next(
    next_build: Callable[[], None], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The collection's pages render the same Markdown at every build: a rebuild finds it
    kept and loads no Markdown library; what it no longer renders is not kept again."""
    intro, about = "# 工会\n\n欢迎*阅读*。", "[链接](https://example.org)"
    assert render_prose(intro) == prose().render(intro)
    html = render_prose(about)
    keep_prose()
    next_build()

    def loads_library() -> None:
        raise AssertionError("the Markdown library was loaded")

    monkeypatch.setattr(prose_module, "prose", loads_library)
    assert render_prose(about) == html  # kept
    keep_prose()  # only `about` was used: the file now keeps it alone
    monkeypatch.setattr(prose_module, "prose", prose)
    assert kept.load(prose_module.KEPT) == {about: html}
    (tmp_path / f"{prose_module.KEPT}.pickle").write_bytes(b"damaged")
    next_build()
    assert render_prose(intro) == prose().render(intro)  # rendered again
