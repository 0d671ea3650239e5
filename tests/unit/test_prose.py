"""Prose Markdown (catalogue descriptions, templates/content/*.md) is rendered safely: raw HTML
is text, and only http(s) and relative links stand."""

from __future__ import annotations

import pytest

from unionreader.prose import prose, safe_link

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
