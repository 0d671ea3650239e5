"""A page of the site in Traditional script: the Simplified page as rendered, converted.

Converting the rendered page, not its parts, is what makes the edition whole: the text, every
interface string of the templates and of the Python views, and the text in attributes (titles,
labels, descriptions, citations) all go through one conversion, so none can be missed. The
page is converted in one call (`script.to_traditional` keeps lengths, so the pieces are put
back where they were), with inline markup between two Chinese characters taken out first and
put back after (a term link or a marked stretch may split a word: 头|发 is still 頭髮).

What is not converted: anything inside an element marked `data-keep-script` (the raw text on a
notes page, the link to the other edition), scripts and styles, and links to files the editions
share. Each of these stands in the converted text as a numbered mark (`MARK`), put back after,
so that a page is one text to convert however many kept pieces it holds. The page moves one
folder down (`zh-hant/`): a relative link to a file both editions share (raw seeds, corpus.json,
the search bundle) is made again from there, while links to pages and to the edition's own files
stay as they are (the Chinese in them converted: term pages have Chinese names, in both
editions' spelling).
"""

from __future__ import annotations

import functools
import html
import itertools
import json
import logging
import posixpath
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from unionreader import urls
from unionreader.arrays import code_points, text_of
from unionreader.chinese import HAN, has_han
from unionreader.edition.readings import applied
from unionreader.edition.script import CONVERTED, to_traditional, to_traditional_all
from unionreader.model import Readings

logger = logging.getLogger(__name__)

KEEP = "data-keep-script"
_KEPT = re.compile(
    r"<(script|style)\b.*?</\1>"  # scripts and styles
    rf"|<(\w+)\b[^>]*\b{KEEP}\b[^>]*>.*?</\2>"  # kept as written (no nesting of one name)
    r'|<(?:a|link)\b[^>]*\bhreflang="[^"]*"[^>]*>',  # a link to one of the editions
    re.DOTALL,
)
_ATTRIBUTE = r'(\s(?:href|src|action|data-data|data-bundle)=")'
"""An attribute that holds a link, up to its value."""
_LINK = re.compile(_ATTRIBUTE + r'([^"]*)(")')
_MAY_CHANGE = re.compile(
    _ATTRIBUTE
    + r'(?!#[\x00-\x21\x23-\x7f]*"|(?![^"]*pagefind)[^"#?:/][^"#?:]*/(?:[?#][^"]*)?")'
    + r'([^"]*)(")'
)
"""`_LINK`, but for the links `_linked` leaves as they are (so that most links of a page cost
no call): an anchor in ASCII, and a relative link to a folder (a page, which the edition has
too) outside the Pagefind bundle."""
_HREFLANG = re.compile(r'\bhreflang="([^"]*)"')
_TAG = re.compile(r"<[a-zA-Z][^>]*>")
_INLINE = r"</?(?:a|abbr|b|cite|em|i|mark|q|s|small|span|strong|sub|sup|u)\b[^>]*>"
_SPLIT = re.compile(f"<(?<=[{HAN}]<)(?:{_INLINE[1:]})(?:{_INLINE})*(?=[{HAN}])")
"""Inline markup between two Chinese characters (a word may run through it). The pattern
starts with its `<`, which the regex engine then looks for alone: the check of the character
before comes after it (a look behind first would be tried at every character of the page)."""
_CONVERTED = re.compile(f"[{CONVERTED}]")
_CANONICAL = re.compile(r'<link rel="canonical" href="([^"]*)"')
_BASE = re.compile(r'<base href="([^"]*)">')
_ROOT = re.compile(r'<script data-root="([^"]*)"')
_ALTERNATE = re.compile(r'<link rel="alternate" hreflang="zh-Hant" href="([^"]*)"')
MARK = "\0"
"""Around the number of a kept piece of a page in the text that is converted (no dictionary
entry holds it, nor a digit: the conversion leaves it be and reads no word through it)."""


@dataclass(frozen=True)
class _Pending:
    """A file of the edition on its way: the texts it needs converted, and how it is made from
    them once they are (`edition_files` converts the texts of many files in one call)."""

    texts: list[str]
    made: Callable[[list[str]], bytes]


def traditional_page(page: bytes, path: str) -> bytes:
    """The page at site path `path` (Simplified) as the Traditional edition's page."""
    return _made([_page(page, path)])[0]


def _page(page: bytes, path: str) -> _Pending:
    """`traditional_page`, its text to convert apart."""
    text = page.decode("utf-8")
    if MARK in text:
        raise ValueError(f"{path}: a page with a NUL character in it")
    folder = posixpath.dirname(path)
    kept: list[str] = []  # what is not converted, each in the page as a mark

    def keep(value: str) -> str:
        kept.append(value)
        return f"{MARK}{len(kept) - 1}{MARK}"

    pieces, done = [], 0
    for element in _kept_elements(text):
        pieces += [text[done : element.start()], keep(_kept(element.group(0), path, folder))]
        done = element.end()
    text = "".join([*pieces, text[done:]])
    seen: dict[str, str] = {}  # a page makes the same links again and again

    def linked(link: re.Match[str]) -> str:
        found = seen.get(link.group(0))
        if found is None:
            found = seen[link.group(0)] = _linked(link, folder, keep)
        return found

    text = _links_replaced(text, linked)
    unsplit = _Unsplit.of(text)

    def made(converted: list[str]) -> bytes:
        return _based(_head(_unmarked(unsplit.rejoined(converted[0]), kept))).encode()

    return _Pending([unsplit.text], made)


def _unmarked(text: str, kept: list[str]) -> str:
    """`text` with each mark replaced by the kept piece it stands for. The page holds no NUL
    but in marks, so the text between NULs alternates: page text, a mark's number, page text…"""
    parts = text.split(MARK)
    parts[1::2] = [kept[int(number)] for number in parts[1::2]]
    return "".join(parts)


def _kept_elements(text: str) -> Iterator[re.Match[str]]:
    """`_KEPT.finditer(text)`, but tried only at the tags that may begin a match (those the
    literals of `_HINTS` are found in or at), not at every tag of the page."""
    done, tried = 0, -1
    for hint in _hints(text):
        start = hint if text.startswith("<", hint) else text.rfind("<", 0, hint)
        if start < done or start == tried:
            continue
        tried = start
        element = _KEPT.match(text, start)
        if element is not None:
            yield element
            done = element.end()


_HINTS = ("<script", "<style", KEEP, "hreflang=")
"""What every match of `_KEPT` begins with or holds in its first tag."""


def _hints(text: str) -> list[int]:
    """Where the literals of `_HINTS` are in `text`, in order (`str.find` runs much faster
    through a page than a pattern of alternatives)."""
    return _found(text, _HINTS)


def _found(text: str, literals: Sequence[str]) -> list[int]:
    """Where each of `literals` is in `text`, in order."""
    found = []
    for literal in literals:
        at = text.find(literal)
        while at >= 0:
            found.append(at)
            at = text.find(literal, at + len(literal))
    return sorted(found)


def _links_replaced(text: str, replace: Callable[[re.Match[str]], str]) -> str:
    """`_MAY_CHANGE.sub(replace, text)`, but tried only where an attribute that holds a link
    is (found with `str.find`: a pattern that begins with any white space is tried at every
    space and line break of the page)."""
    pieces, done = [], 0
    for at in _found(text, _ATTRIBUTES):
        if at - 1 < done:  # at the start, or inside the link before
            continue
        link = _MAY_CHANGE.match(text, at - 1)
        if link is not None:
            pieces += [text[done : link.start()], replace(link)]
            done = link.end()
    pieces.append(text[done:])
    return "".join(pieces)


_ATTRIBUTES = ('href="', 'src="', 'action="', 'data-data="', 'data-bundle="')
"""What every match of `_MAY_CHANGE` holds after its first character."""


def _linked(link: re.Match[str], folder: str, keep: Callable[[str], str]) -> str:
    """A link outside the kept elements: converted with the page, but for a link to a file
    both editions share or to another site (one that has nothing to convert and stays as it
    is need not be kept apart)."""
    value, kept = _link(link.group(2), folder)
    if kept and (value != link.group(2) or _CONVERTED.search(value)):
        return link.group(1) + keep(value) + link.group(3)
    return link.group(0)


def _kept(fragment: str, path: str, folder: str) -> str:
    """A script, a style, an element kept as written (its links set for the edition), or a
    link to one of the editions (made from the edition's page)."""
    if fragment.startswith(("<script", "<style")) or not _LINK.search(fragment):
        return fragment
    return _TAG.sub(lambda tag: _retagged(tag.group(0), path, folder), fragment)


def _retagged(tag: str, path: str, folder: str) -> str:
    edition = _HREFLANG.search(tag)
    if edition is None:
        return _LINK.sub(lambda m: m.group(1) + _link(m.group(2), folder)[0] + m.group(3), tag)
    lang = edition.group(1)
    here = _LINK.sub(
        lambda m: (
            m.group(0) if ":" in m.group(2) else m.group(1) + _edition_link(path, lang) + m.group(3)
        ),
        tag,
    ).replace(' aria-current="true"', "")
    if lang == "zh-Hant" and here.startswith("<a "):  # this page
        here = here.replace("<a ", '<a aria-current="true" ', 1)
    return here


@dataclass(frozen=True)
class _Unsplit:
    """A run of Chinese with the inline markup that stands in it taken out (a word may run
    through it: 头<mark>发</mark> is 頭髮, and each alone 頭發), and where each was."""

    text: str
    splits: tuple[tuple[int, str], ...]  # (place in `text`, the markup taken out there)

    @staticmethod
    def of(piece: str) -> _Unsplit:
        if "<" not in piece:
            return _Unsplit(piece, ())
        splits, kept, done, removed = [], [], 0, 0
        for split in _SPLIT.finditer(piece):
            kept.append(piece[done : split.start()])
            splits.append((split.start() - removed, split.group(0)))
            removed += split.end() - split.start()
            done = split.end()
        kept.append(piece[done:])
        return _Unsplit("".join(kept), tuple(splits))

    def rejoined(self, converted: str) -> str:
        """`converted` (this text converted: as long) with the markup put back (the Chinese
        in it converted too: a term link's address)."""
        if not self.splits:
            return converted
        pieces, done = [], 0
        for at, markup in self.splits:
            pieces += [
                converted[done:at],
                to_traditional(markup) if has_han(markup) else markup,
            ]
            done = at
        pieces.append(converted[done:])
        return "".join(pieces)


def edition_file(path: str, data: bytes) -> bytes:
    """The edition's copy of the file at site path `path`: a page, a script or style sheet
    (their interface text converted), or a document's download (its text converted)."""
    return edition_files([(path, data)])[0]


def edition_files(
    files: Sequence[tuple[str, bytes]], readings: Sequence[Readings] = ()
) -> list[bytes]:
    """`edition_file` of each (path, data), their texts converted in one call: most of what
    converting a document's download or notes page costs is the same for any length, so a
    worker converts a batch of files at once. A file of a document written in Traditional
    script follows its readings (`readings`, one per file, if given)."""
    if readings and len(readings) != len(files):
        raise ValueError("one readings per file")
    return _made([_pending(path, data) for path, data in files], readings)


def _pending(path: str, data: bytes) -> _Pending:
    if path.endswith(".html"):
        return _page(data, path)
    if path.startswith(f"{urls.SEARCH_DIR}/"):
        return _search_table(path, data)
    return _Pending([data.decode("utf-8")], lambda converted: converted[0].encode())


def _made(pending: Sequence[_Pending], readings: Sequence[Readings] = ()) -> list[bytes]:
    """The files, their texts converted together (each file's following its readings)."""
    converted = iter(to_traditional_all([text for file in pending for text in file.texts]))
    made = []
    for file, read in itertools.zip_longest(pending, readings):
        texts = [next(converted) for _ in file.texts]
        if read is not None and read.entries:
            texts = [applied(read, *pair) for pair in zip(file.texts, texts, strict=True)]
        made.append(file.made(texts))
    return made


def _search_table(path: str, data: bytes) -> _Pending:
    """A table of the search page for the edition: titles, kinds, places, sections and markers
    converted; a document's text kept (search matches on it: positions are the collection's),
    with the text as the edition shows it beside it (the same length: offsets hold)."""
    name = path.removeprefix(f"{urls.SEARCH_DIR}/")
    if name == urls.VARIANTS_FILE:  # what a query's characters may stand for: not text
        return _Pending([], lambda _: data)
    table = json.loads(data)
    text = name.startswith(f"{urls.TEXT_DIR}/")
    if text:
        for block in table["blocks"]:
            block.append(_Shown(block[3]))  # converted below, the rest of the block too
    strings: list[str] = []
    _strings(table, strings)

    def made(converted: list[str]) -> bytes:
        replaced = _replaced(table, iter(converted))
        if text:
            blocks = replaced["blocks"]
            coded = shown_codes([(block[3], block[6]) for block in blocks])
            for block, code in zip(blocks, coded.codes, strict=True):
                block[6] = code
            replaced[USUAL] = coded.usual
        return json.dumps(replaced, ensure_ascii=False, separators=(",", ":")).encode()

    return _Pending(strings, made)


SAME = "~"
"""In a block's code, a character shown as the table reads it usually (`Coded`)."""
MAPPED = 1
"""A block's code when every character of it is shown as the table reads it usually."""
USUAL = "usual"
"""The key of a text table's usual readings (`Coded.usual`)."""


Code = str | int | list[str]
"""A block's shown text as a text table carries it (`Coded`)."""


@dataclass(frozen=True)
class Coded:
    """A text table's shown texts, coded against the table's usual readings: `usual` holds,
    for each character the table mostly shows otherwise, that character and the one it shows
    (pairs end to end: `会會发發…`); a block's code is `MAPPED` when each of its characters is
    shown as the table usually reads it, else a string as long as its text with `SAME` where a
    character is (and the character shown where it is not: 头发 as 頭髮 where 发 is mostly
    發), or, in the rare block whose shown text has `SAME` itself where the reading does not,
    the shown text as it is, in a list. Most characters of a document read one way throughout,
    so most blocks are `MAPPED`: a table in the Traditional edition is a fifth lighter on the
    wire than with each block's changed characters spelt out (`python bench/search.py
    --generated 1000`). static/search.js, `shownOf`, reads them."""

    usual: str
    codes: list[Code]


def shown_code(text: str, shown: str) -> Code:
    """A block's shown text coded alone (its table's usual readings: none)."""
    return _shown_code(text, shown)


def shown_codes(blocks: Sequence[tuple[str, str]]) -> Coded:
    """The (text, shown text) blocks of a table coded together (numpy)."""
    if any(len(text) != len(shown) for text, shown in blocks):
        raise ValueError("a shown text is not as long as its text")
    try:
        text = code_points("".join(text for text, _ in blocks))
        shown = code_points("".join(shown for _, shown in blocks))
    except UnicodeEncodeError:  # a lone surrogate: block by block, with no usual readings
        return Coded("", [_shown_code(text, shown) for text, shown in blocks])
    reads, into = _usual(text, shown)
    place = np.minimum(np.searchsorted(reads, text), max(len(reads) - 1, 0))
    mapped = np.where(reads[place] == text, into[place], text) if len(reads) else text
    same = ord(SAME)
    own = mapped == shown
    coded = text_of(np.where(own, np.uint32(same), shown))
    clash = (shown == same) & ~own
    codes: list[Code] = []
    start = 0
    for _, piece in blocks:
        end = start + len(piece)
        if clash[start:end].any():
            codes.append([piece])
        elif own[start:end].all():
            codes.append(MAPPED)
        else:
            codes.append(coded[start:end])
        start = end
    usual = "".join(chr(a) + chr(b) for a, b in zip(reads.tolist(), into.tolist(), strict=True))
    return Coded(usual, codes)


def _usual(
    text: npt.NDArray[np.uint32], shown: npt.NDArray[np.uint32]
) -> tuple[npt.NDArray[np.uint32], npt.NDArray[np.uint32]]:
    """The characters of `text` that are most often shown as another (in order), and that
    other: the one shown most often (of equally many, the lowest); never `SAME`, which a code
    gives its own meaning."""
    pairs, counts = np.unique((text.astype(np.uint64) << _BITS) | shown, return_counts=True)
    reads, into = (pairs >> _BITS).astype(np.uint32), (pairs & _MASK).astype(np.uint32)
    order = np.lexsort((into, -counts, reads))  # by character, most shown first, then lowest
    first = order[np.concatenate(([True], reads[order][1:] != reads[order][:-1]))]
    changed = first[(reads[first] != into[first]) & (into[first] != ord(SAME))]
    return reads[changed], into[changed]


_BITS = np.uint64(21)
_MASK = np.uint64((1 << 21) - 1)


def _shown_code(text: str, shown: str) -> Code:
    """`shown_code`, character by character (a block alone has no usual readings)."""
    if any(mine == SAME != own for own, mine in zip(text, shown, strict=True)):
        return [shown]
    if text == shown:
        return MAPPED
    return "".join(SAME if mine == own else mine for own, mine in zip(text, shown, strict=True))


def shown_of(text: str, code: Code, usual: str = "") -> str:
    """A block's shown text from its text, its code and its table's usual readings."""
    if isinstance(code, list):
        return code[0]
    readings = dict(zip(usual[::2], usual[1::2], strict=True))
    mapped = [readings.get(char, char) for char in text]
    if code == MAPPED:
        return "".join(mapped)
    assert isinstance(code, str)
    return "".join(own if mine == SAME else mine for own, mine in zip(mapped, code, strict=True))


class _Shown(str):
    """A block's text as the edition shows it (to convert, where the text itself is kept)."""


def _strings(value: Any, found: list[str]) -> None:
    """Every string in a JSON value with Chinese in it, in order."""
    if isinstance(value, str):
        if has_han(value):
            found.append(value)
    elif isinstance(value, list):
        for item in _block_items(value):
            _strings(item, found)
    elif isinstance(value, dict):
        for item in value.values():
            _strings(item, found)


def _block_items(items: list[Any]) -> list[Any]:
    """A list's items, but for a block of a text table (it ends with what it shows): all but
    its text, which search matches on and which stays as it is."""
    if len(items) == 7 and isinstance(items[6], _Shown):
        return [*items[:3], *items[4:]]
    return items


def _replaced(value: Any, converted: Iterator[str]) -> Any:
    """`value` with its strings replaced by `converted` (in `_strings` order)."""
    if isinstance(value, str):
        return next(converted) if has_han(value) else str(value)
    if isinstance(value, list):
        items = [_replaced(item, converted) for item in _block_items(value)]
        if len(items) < len(value):  # a block: its text as it is
            items.insert(3, value[3])
        return items
    if isinstance(value, dict):
        return {key: _replaced(item, converted) for key, item in value.items()}
    return value


def _head(page: str) -> str:
    """The Traditional page's language, locale and canonical address."""
    page = page.replace('<html lang="zh-Hans"', '<html lang="zh-Hant"', 1)
    page = page.replace('"og:locale" content="zh_CN"', '"og:locale" content="zh_TW"')
    canonical = _CANONICAL.search(page)
    traditional = _ALTERNATE.search(page)
    if canonical and traditional and ":" in traditional.group(1):
        old, new = canonical.group(1), traditional.group(1)
        for field in ('rel="canonical" href', 'property="og:url" content'):
            page = page.replace(f'{field}="{old}"', f'{field}="{new}"')
    return page


def _based(page: str) -> str:
    """A page whose links resolve against the site's root (the 404 page: its <base>, or the
    root that templates/inline/root.js finds) resolves them against the edition's root, where
    the links `_link` made for the edition hold."""
    edition = f"{urls.EDITION_DIR}/"
    page = _BASE.sub(lambda m: f'<base href="{m.group(1)}{edition}">', page, count=1)
    return _ROOT.sub(
        lambda m: f'<script data-root="{m.group(1)}{edition}" data-edition="{edition}"', page, 1
    )


def _edition_link(path: str, lang: str) -> str:
    """From the Traditional page of `path`, the link to that page in edition `lang`."""
    here = urls.traditional_path(path)
    return urls.relative(here, path if lang == "zh-Hans" else here)


def _link(value: str, folder: str) -> tuple[str, bool]:
    """A link of a Simplified page in `folder` as the same page in the edition has it, and
    whether it is kept as it is: a link to a file both editions share, or to another site (a
    link in the edition is converted with the page: the Chinese in a term page's address)."""
    if not value or value.startswith(("#", "/", "?")) or ":" in value.split("/")[0]:
        return value, True  # in the page, absolute, or another site's (https:, mailto:, data:)
    depth = folder.count("/") + 1 if folder else 0
    if value.startswith("../" * depth):  # out of the folder: where it leads is not its name's
        folder = "/".join(["-"] * depth)
    return _relative_link(value, folder)


@functools.lru_cache(maxsize=1 << 14)
def _relative_link(value: str, folder: str) -> tuple[str, bool]:
    """`_link` of a relative link. Pages make the same links again and again (every document
    page the same links up to the site's own pages, at the same depth): each is worked out
    once."""
    target = re.split(r"[?#]", value, maxsplit=1)[0]
    rest = value[len(target) :]
    resolved = posixpath.normpath(posixpath.join(folder, html.unescape(target)))
    resolved = "" if resolved == "." else resolved + ("/" if target.endswith("/") else "")
    if urls.in_edition(resolved):
        return value, False
    page = posixpath.join(folder, "index.html")  # links are relative to the page's folder
    shared = urls.relative(urls.traditional_path(page), resolved)
    return html.escape(shared, quote=True) + rest, True
