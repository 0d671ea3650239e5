"""What needs a human look: documents whose outline the build is unsure of, each with its reasons.

A document is listed when its title is the text's first words (nothing gave one) or a line of
four characters or fewer (a page's label taken for a headline), it has no
date, it is a speech with no speaker, a large share of its lines were removed as page furniture,
or its text looks garbled (decoded in the wrong encoding), and documents that share a title and a
date (a reader cannot tell them apart in a list). A catalogue entry settles each (see
`FIXES`, printed with the reason); `reviewed = "…"` in the entry says someone checked the rest,
and the document is no longer listed.
"""

from __future__ import annotations

import functools
import logging
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from unionreader.chinese import HAN_RANGES, han_codes, han_count
from unionreader.errors import display_path
from unionreader.model import Document, Kind, TitleFrom

if TYPE_CHECKING:
    from unionreader.arrays import CharSet

logger = logging.getLogger(__name__)

REMOVED_SHARE = 0.5
"""A document is listed when more than this share of its lines went as page furniture."""

COMMON_SHARE = 0.8
"""…or when fewer than this share of its Chinese characters are common ones (GB 2312 level 1)."""

LATIN1_SHARE = 0.05
"""…or when more than this share of its characters are Latin-1 letters (UTF-8 read as Latin-1)."""

SHORT_TITLE = 4
"""A title taken from the text with this many Chinese characters or fewer, and twice as many
characters in all or fewer, is listed: a page's label taken for a headline (打印, 首页, 24H直播)
is short; a title in Latin letters is not for having no Chinese (Global China as Method)."""

MIN_HAN = 50
"""Text shorter than this many Chinese characters is not judged garbled."""

_REMOVING = ("boilerplate.", "duplicates", "markdown.html", "markdown.image", "markdown.caption")

FIXES = {
    "title": 'add title = "…" to its catalogue entry',
    "date": 'add date = "YYYY-MM-DD" (or "YYYY-MM", "YYYY") to its catalogue entry',
    "speaker": 'add author = "…" (or the right kind) to its catalogue entry',
    "removed": 'read its notes page; if nothing of the text went, add reviewed = "…"',
    "garbled": "save the file as UTF-8 from the original, then build again",
    "same": 'tell them apart: add title = "…" or date = "…" to one entry (or drop a copy)',
}


@dataclass(frozen=True)
class Reason:
    """One thing to check, and the catalogue change (or other step) that settles it."""

    key: str  # title | date | speaker | removed | garbled | same
    text: str

    @property
    def fix(self) -> str:
        return FIXES[self.key]


@dataclass(frozen=True)
class Review:
    """A document that needs a look, and why."""

    slug: str
    seed: str  # the seed's path as shown to the user
    reasons: tuple[Reason, ...]

    def line(self) -> str:
        """One line: `seeds/x.txt: no date → add date = "…" to its catalogue entry; …`."""
        parts = "; ".join(f"{reason.text} → {reason.fix}" for reason in self.reasons)
        return f"{self.seed}: {parts}"


def review(doc: Document) -> Review | None:
    """The reasons to look at `doc`, or None when its outline is sound (or was reviewed)."""
    found = reasons(doc)
    return Review(doc.slug, display_path(doc.seed), found) if found else None


def reasons(doc: Document) -> tuple[Reason, ...]:
    """Why `doc` needs a look; none when its outline is sound or someone reviewed it."""
    return () if doc.meta.reviewed else tuple(_reasons(doc))


def review_all(documents: Iterable[Document]) -> tuple[Review, ...]:
    """The documents to review, in order of seed file."""
    found = (review(doc) for doc in sorted(documents, key=lambda doc: doc.seed.name))
    return tuple(item for item in found if item is not None)


def _reasons(doc: Document) -> Iterable[Reason]:
    meta = doc.meta
    if meta.title_from is TitleFrom.FIRST_WORDS:
        yield Reason("title", "title taken from the first words")
    elif meta.title_from is TitleFrom.TEXT and _short(meta.title):
        yield Reason("title", f"a title of {len(meta.title)} characters (is it a label?)")
    elif meta.title_from is not TitleFrom.CATALOGUE and _FURNITURE_TITLE.search(meta.title):
        yield Reason("title", "the title holds a page's furniture (an address, a bar, a path)")
    if meta.date is None:
        yield Reason("date", "no date")
    if meta.kind is Kind.SPEECH and meta.author is None:
        yield Reason("speaker", "a speech with no speaker")
    removed, kept = _removed_lines(doc)
    if removed > REMOVED_SHARE * (removed + kept):
        yield Reason("removed", f"{removed} of {removed + kept} lines removed as page furniture")
    if (why := garbled(_text(doc))) is not None:
        yield Reason("garbled", why)


_FURNITURE_TITLE = re.compile(
    r"https?://|www\.|\.(?:com|cn|net|org)\b|[|｜]|\s[>＞»]\s|位置\s*[:：]|^首页|浏览\s*[:：]?\s*\d"
)
"""What a title taken from a page may still hold of the page: an address, a bar between a
site's pieces, a breadcrumb's arrow or label, a counter."""


def _short(title: str) -> bool:
    return han_count(title) <= SHORT_TITLE and len(title) <= 2 * SHORT_TITLE


def _text(doc: Document) -> str:
    parts = [doc.meta.title] + [s.heading or "" for s in doc.sections]
    parts += [block.text for s in doc.sections for block in s.blocks]
    return "".join(parts)


def _removed_lines(doc: Document) -> tuple[int, int]:
    removed = len({e.line for e in doc.edits if not e.after and e.rule.startswith(_REMOVING)})
    kept = sum(len(s.blocks) + bool(s.heading) for s in doc.sections)
    return removed, kept


def garbled(text: str) -> str | None:
    """Why `text` looks decoded in the wrong encoding, or None.

    Text read in the wrong encoding turns into rare characters (UTF-8 read as GBK: 鍏ㄥ浗鎬诲伐浼),
    Latin-1 letters (UTF-8 read as Latin-1: å·¥ä¼š) or replacement marks (�).
    """
    if not text:
        return None
    replacement = text.count("\ufffd")
    if replacement * 100 > len(text):
        return f"{replacement} undecodable characters (�)"
    from unionreader.arrays import code_points  # numpy: not for a build that stops early

    points = code_points(text, surrogates=True)
    letters = (points >= 0xC0) & (points <= 0xFF) & (points != 0xD7) & (points != 0xF7)
    latin = int(letters.sum())  # not × and ÷: a form's blanks are ×××, (××××)×民终字
    if latin > LATIN1_SHARE * len(text):
        return "text looks garbled (Latin-1 letters where Chinese should be)"
    han = points[_han_chars().members(points)]
    total = len(han)
    common = common_chars().count(han)
    if total >= MIN_HAN and common < COMMON_SHARE * total:
        return "text looks garbled (mostly rare characters)"
    return None


@functools.cache
def _han_chars() -> CharSet:
    from unionreader.arrays import CharSet

    return CharSet.of(han_codes())


@functools.cache
def common_chars() -> CharSet:
    """The 3,755 common characters of GB 2312 (level 1: rows 16 to 55), and the compatibility
    ideographs that NFKC makes one of them."""
    common = set()
    for row in range(0xB0, 0xD8):
        for cell in range(0xA1, 0xFF):
            try:
                common.add(bytes((row, cell)).decode("gb2312"))
            except UnicodeDecodeError:  # the end of row 55
                continue
    first, last = HAN_RANGES[-1]
    compatible = (chr(code) for code in range(first, last + 1))
    common |= {char for char in compatible if unicodedata.normalize("NFKC", char) in common}
    from unionreader.arrays import CharSet

    return CharSet.of(ord(char) for char in common)
