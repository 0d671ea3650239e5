"""A page converted for the Traditional edition: text (also where markup splits a word),
interface strings and attributes converted; raw text kept; links set for the page's new place."""

from __future__ import annotations

import json
import random
import re

import pytest
from paths import FIXTURES

import unionreader.edition.page as page_module
from unionreader.edition.page import (
    CONVERTED,
    MAPPED,
    SAME,
    Coded,
    edition_file,
    edition_files,
    shown_code,
    shown_codes,
    shown_of,
    traditional_page,
)
from unionreader.edition.script import CONFIG, overrides
from unionreader.link.words import common_words
from unionreader.normalise.conversion import conversion

PAGE = (FIXTURES / "edition" / "page.html").read_bytes()


def _converted() -> str:
    return traditional_page(PAGE, "d/a/index.html").decode()


def test_text_split_by_markup_converts_as_one_text() -> None:
    page = _converted()
    assert '<p id="p1">廣大工會幹<a class="term"' in page
    assert ">部</a>要做到“兩個維護”。</p>" in page
    assert '<p id="p2">她的頭<mark>髮</mark>很長</p>' in page  # 發 if converted alone


def test_interface_strings_attributes_and_language_are_converted() -> None:
    page = _converted()
    assert '<html lang="zh-Hant">' in page and "<title>關於本站 · 工會文獻讀本</title>" in page
    assert 'content="工會幹部的講話"' in page and 'content="zh_TW"' in page
    assert 'data-cite="《關於工會》"' in page and 'aria-label="複製引用"' in page
    assert "<td>說明</td>" in page


def test_raw_text_scripts_and_other_sites_are_kept() -> None:
    page = _converted()
    assert "<del>关于<b>干部</b></del>" in page
    assert 'var note = "这里";' in page
    assert 'href="https://example.org/关于"' in page


def test_links_stay_in_the_edition_or_reach_what_both_share() -> None:
    page = _converted()
    assert 'href="../../terms/兩個維護/?hl=兩個維護#s1"' in page  # a page of the edition
    assert 'href="../../data/a.md"' in page  # the edition's own download
    assert 'href="../../../data/raw/a.txt"' in page  # the raw seed: one for both
    assert 'href="../../static/style.css"' in page  # the edition's own style sheet
    assert 'href="../b/"' in page


def test_the_switch_and_the_addresses_name_the_traditional_page() -> None:
    page = _converted()
    assert '<a href="../../../d/a/" hreflang="zh-Hans">简</a>' in page
    assert '<a aria-current="true" href="./" hreflang="zh-Hant">繁</a>' in page
    assert '<link rel="canonical" href="https://x.test/zh-hant/d/a/">' in page
    assert '<meta property="og:url" content="https://x.test/zh-hant/d/a/">' in page


def test_a_search_text_keeps_its_text_for_matching_and_adds_what_the_page_shows() -> None:
    chunk = {
        "slug": "a",
        "title": "关于工会",
        "sections": ["一、发展"],
        "blocks": [["s1-p1", 0, "一是", "干部要发展", 0, [["s1-p1-1", "（一）", 0]]]],
    }
    data = json.loads(edition_file("search/text/0.json", json.dumps(chunk).encode()))
    assert data["title"] == "關於工會" and data["sections"] == ["一、發展"]
    assert data["usual"] == "发發干幹"  # how the table reads each character it changes
    assert data["blocks"] == [
        ["s1-p1", 0, "一是", "干部要发展", 0, [["s1-p1-1", "（一）", 0]], MAPPED]
    ]  # every character as the table reads it
    assert shown_of("干部要发展", data["blocks"][0][6], data["usual"]) == "幹部要發展"
    variants = b'{"variants":"\\u4e7e\\u5e72 "}'
    assert edition_file("search/variants.json", variants) == variants


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("干部要发展", "幹部要發展"),
        ("同一", "同一"),
        ("", ""),
        ("a~b", "a~b"),
        ("甲乙", "甲~"),
        ("𠀀发", "𠀀發"),
    ],
)
def test_a_shown_text_comes_back_from_its_code(text: str, shown: str) -> None:
    code = shown_code(text, shown)  # alone: no usual readings
    assert shown_of(text, code) == shown
    assert isinstance(code, list) == (shown == "甲~")  # SAME where the text differs: kept whole
    assert (code == MAPPED) == (text == shown != "甲~")
    if isinstance(code, str):
        assert code.count(SAME) == sum(a == b for a, b in zip(text, shown, strict=True))


def test_a_table_s_blocks_are_coded_against_its_usual_readings() -> None:
    blocks = [
        ("发展", "發展"),
        ("头发", "頭髮"),  # 发 read otherwise than the table usually reads it
        ("发现", "發現"),
        ("甲乙", "甲~"),
        ("同一", "同一"),
        ("", ""),
    ]
    coded = shown_codes(blocks)
    assert coded.usual == "发發头頭现現"  # 发 twice 發, once 髮: 發; in code point order
    assert coded.codes == [MAPPED, "~髮", MAPPED, ["甲~"], MAPPED, MAPPED]
    for (text, shown), code in zip(blocks, coded.codes, strict=True):
        assert shown_of(text, code, coded.usual) == shown
    tie = shown_codes([("后", "後"), ("后", "后")])  # as often one as the other: the lowest
    assert tie.usual == "" and tie.codes == ["後", MAPPED]
    lone = [("发\ud800", "發\ud800"), ("干", "幹")]  # a lone surrogate: block by block
    assert shown_codes(lone) == Coded("", ["發~", "幹"])
    with pytest.raises(ValueError, match="not as long"):
        shown_codes([("干部", "幹")])


def test_every_character_the_conversion_reads_is_one_it_is_asked_to_look_at() -> None:
    """A link kept as it is is set apart from the converted text only when it holds one of
    the CONVERTED characters; a dictionary entry with another character would be missed, and
    a page is squeezed to those characters and their neighbours before it is converted."""
    allowed = re.compile(f"[{CONVERTED}]")
    entries = [
        key for group in conversion(CONFIG)._chain for table in group for key in table.entries
    ]
    entries += list(overrides())
    entries += list(common_words())  # the guard's words: a page's text is squeezed around them
    odd = {char for entry in entries for char in entry if not allowed.match(char)}
    separators = set("．")  # in a few names; the library splits the text there (never matched)
    assert len(entries) > 50_000 and odd <= separators, sorted(odd)[:20]


def test_a_link_to_a_shared_file_with_chinese_in_it_is_kept_as_it_is() -> None:
    page = (
        b'<html lang="zh-Hans"><body><p>\xe5\x8f\x91\xe5\xb1\x95</p>'
        b'<a href="../../data/raw/\xe5\x8f\x91.txt">\xe5\x8f\x91</a></body></html>'
    )
    converted = traditional_page(page, "d/a/index.html").decode()
    assert "<p>發展</p>" in converted
    assert 'href="../../../data/raw/发.txt">發</a>' in converted  # the file's name as it is


@pytest.mark.parametrize(
    ("path", "link", "expected"),
    [
        ("d/a/index.html", "../../data/raw/a.txt", "../../../data/raw/a.txt"),  # shared
        ("terms/两个维护/index.html", "../../data/raw/a.txt", "../../../data/raw/a.txt"),
        ("d/a/notes/index.html", "../../../data/corpus.json", "../../../../data/corpus.json"),
        ("d/a/index.html", "../b/", "../b/"),  # a page: in the edition
        ("d/a/index.html", "../../search/pagefind/x.js", "../../../search/pagefind/x.js"),
        ("404.html", "data/raw/a.txt", "../data/raw/a.txt"),
    ],
)
def test_a_link_is_set_for_the_page_s_place_whatever_folder_it_is_in(
    path: str, link: str, expected: str
) -> None:
    """Links that climb out of a page's folder are worked out once per depth (every document
    page makes the same ones): each page must still get the link from its own place."""
    page = f'<html lang="zh-Hans"><body><a href="{link}">发</a></body></html>'.encode()
    assert f'href="{expected}">發</a>' in traditional_page(page, path).decode()


@pytest.mark.parametrize(
    "link",
    [
        "#p3",
        "#两个维护",  # an anchor with Chinese: kept as it is, not converted
        "../b/",
        "../../terms/两个维护/",
        "../../terms/两个维护/#p3",
        "../../search/pagefind/",  # a folder both editions share
        "../../search/?q=工会",
        "../../static/site.css",
        "../../data/raw/发.txt",
        "https://example.org/工会/",
        "/about/",
        "mailto:a@b.cn",
        "a:b/",
        "",
    ],
)
@pytest.mark.parametrize("path", ["d/a/index.html", "index.html", "terms/两个维护/index.html"])
def test_links_skipped_as_unchanged_are_those_the_walk_leaves_unchanged(
    link: str, path: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The walk skips, without a call, links it would leave as they are: a page converted with
    every link worked out is the same page."""
    page = f'<html lang="zh-Hans"><body><a href="{link}">发展</a></body></html>'.encode()
    skipping = traditional_page(page, path)
    monkeypatch.setattr(page_module, "_MAY_CHANGE", page_module._LINK)  # every link a call
    assert traditional_page(page, path) == skipping


def test_files_converted_together_are_each_as_converted_alone() -> None:
    """A worker converts a batch of files in one call: pages (with their kept pieces and
    marks), search tables and downloads come out as each alone."""
    table = {"slug": "a", "title": "关于工会", "blocks": [["p1", 0, "", "干部要发展", 0, []]]}
    files = [
        ("d/a/index.html", PAGE),
        ("search/text/0.json", json.dumps(table).encode()),
        ("data/a.txt", "头发\n以后".encode()),
        ("search/variants.json", b'{"variants":""}'),
        ("d/b/notes/index.html", PAGE.replace(b"d/a", b"d/b")),
        ("data/a.md", "# 发展\n".encode()),
    ]
    assert edition_files(files) == [edition_file(path, data) for path, data in files]
    assert edition_files([]) == []


def test_links_are_replaced_where_the_pattern_would_replace_them() -> None:
    """`_links_replaced` tries the pattern only where an attribute that holds a link is: over
    random markup (attributes after any white space or none, at the start, inside another
    link's value, with or without Chinese) it replaces what `re.sub` with the pattern does."""
    rng = random.Random(7)
    pieces = [
        ' href="', '\nhref="', '\tsrc="', ' action="', ' data-data="', ' data-bundle="',
        'href="', ' data-src="', ' hreflang="', ' src=', '"', " ", "\n", "<a", ">", "#p1",
        "../", "a/", "?q=工会", "两个维护/", "pagefind", "x.css", ":", "工会",
    ]  # fmt: skip

    def replace(link: re.Match[str]) -> str:
        return f"[{link.group(2)}]"

    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 30)))
        expected = page_module._MAY_CHANGE.sub(replace, text)
        assert page_module._links_replaced(text, replace) == expected, text
