"""Characters rule: code points that look like a Chinese character but are another, and characters
nobody sees, become what the text means. It runs first, before the script is detected.

- Invisible format characters go: the zero-width space and non-joiner, the word joiner, a
  byte-order mark inside the text, the soft hyphen (but between two figures, where pdftotext
  gives it for a printed hyphen, `2014­2020`, a hyphen), a form feed (pdftotext's page break, which
  cut words and kept `第十一条` from being read), and a variation selector after a Chinese
  character. Copied from web pages and PDFs, they cut words in two (人\u200b民), for search as
  for every rule that reads the text. A zero-width joiner goes unless an emoji follows it (it
  joins emoji into one).
- CJK compatibility ideographs (U+F900–U+FAFF, U+2F800–U+2FA1F) and Kangxi radicals
  (U+2F00–U+2FD5, U+2E80–U+2EFF), which text copied from PDFs is full of (勞 as U+F92C, ⼯ for
  工), become the unified ideographs Unicode says they stand for (their NFKC form): conversion,
  search and terms then see the character, and a Traditional text is converted whole.
- Code points of the private use area at a line's end (a converter's filler for a lost glyph
  or space, `厕所门卫周明贵\ue004\ue004`), which no font shows, go.
- Spaces of typesetting (an em space, a thin space …), which Word keeps where a writer
  indented with them, become the ideographic space (as wide as a character) or a space.
- Strokes written for the characters they look like (㇐ for 一, ㇑ for 丨) become them; so do
  a symbol font's dash and check mark, which a PDF keeps as private-use code points.
- Small and vertical forms of punctuation (U+FE10–FE19, U+FE30–FE6B), which Hong Kong and
  Taiwan texts in Big5 are full of (﹗ ﹖ ﹔ ﹕, ︰ for a colon), become the full-width forms
  (！ ？ ； ：): every rule that reads a sentence's end or a label's colon then sees them.
- HTML's character references left in a text copied from a page's source (`&nbsp;`,
  `&ldquo;`, `&#8220;`, `&amp;`) become the characters they stand for (`characters.entity`);
  a name HTML does not know stays as written.
- A line that holds only a question mark or three, what an encoding left of a character it
  has not (a no-break space under every line of a GBK copy), or only replacement characters
  (emoji a copy lost: `������`), is a blank line (`characters.lost`).
- HTML tags in a plain text, copied from a page's source with the text (`<table
  cellspacing="20">`, `据新华社<a href="…">`, `</tbody>`), go, and the lines they leave empty
  (`characters.markup`): a browser shows none of them. Only in a text with a line of tags
  alone (one that writes about a tag keeps it), and only the tags of elements a page's text is
  set in (`<工会法>` or `<A股>` is no tag).
- An emoji or a symbol set before a numbered heading or point as decoration (`🎉 一、劳模风采
  展示`, as WeChat articles set their sections) goes (`characters.decoration`), so that its
  number is read; so does a symbol font's bullet copied from Word at any line's start (U+F09F,
  U+F0B7: no font shows these private-use code points), and a Wingdings bullet a PDF's
  extraction read as a letter, alone on its line (`l` for ●).
- A string of scrambled ASCII that a site inserts into its paragraphs against copying
  (`…中央级大报。 L3.5Iu8!6Ip8.2l`) goes (`characters.watermark`): a word of ten to twenty-four
  characters set apart by spaces in Chinese text that mixes capitals, small letters, digits and
  at least two kinds of punctuation, and spells no word (an address, a mail address or a
  product's model never mixes so).
"""

from __future__ import annotations

import functools
import html
import logging
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import replace

from unionreader.chinese import HAN, has_han
from unionreader.markers import leading_marker
from unionreader.model import Edit, Line, Pass
from unionreader.normalise.edits import substitute, substitute_all

logger = logging.getLogger(__name__)

RULE = "characters"

INVISIBLE = "\u200b\u200c\u2060\ufeff\u00ad\f\v"
"""Format characters that go wherever they are (and the form feed, a page's end as pdftotext
writes it: `劳动合` over `\f同，…`, a word cut by a page, whose lines are joined as any others,
and the vertical tab)."""
JOINER = "\u200d"
EMOJI = "\U0001f000-\U0001faff\u2600-\u27bf"
"""What a zero-width joiner may join (it stays before one of these)."""
SELECTORS = "\ufe00-\ufe0f\U000e0100-\U000e01ef"
"""Variation selectors: after a Chinese character they ask for a glyph, and go."""
STAND_INS = ((0xF900, 0xFAFF), (0x2F800, 0x2FA1F), (0x2F00, 0x2FDF), (0x2E80, 0x2EFF))
"""Compatibility ideographs and radicals: those with a single-character NFKC form are mapped."""
PUNCTUATION_FORMS = ((0xFE10, 0xFE19), (0xFE30, 0xFE6B))
"""Vertical and small forms of punctuation: mapped to their NFKC form, made full-width."""
FORMS_MEANT = {"\ufe30": "：", "\ufe19": "…"}
"""Where the NFKC form is not what the text means: ︰ (a two-dot leader) serves as a colon."""
STROKES_MEANT = {"\u31d0": "一", "\u31d1": "丨", "\u31d2": "丿"}
"""Strokes (U+31C0–U+31EF, which have no NFKC form) that a text, typed with an input method's
stroke table, writes for the characters they look like (`發放㇐定數量`)."""
SYMBOL_FONT = {"\uf8e7": "—", "\uf0fc": "✓"}
"""Marks a PDF set in a symbol font keeps as code points of the private use area, which no
font here shows: Symbol's horizontal bar (U+F8E7, two of them a dash: `候選人——其中`) and
Wingdings' check mark (U+F0FC: `蓋上1個“✓”號`)."""
SPACES_MEANT = {
    **{chr(code): " " for code in range(0x2000, 0x200B)},
    "\u2001": "\u3000",
    "\u2003": "\u3000",
    "\u202f": " ",
    "\u205f": " ",
}
"""Spaces of typesetting (U+2000–U+200A, U+202F, U+205F), which Word keeps where a writer
indented with them (`\u2003\u2003（一）…`, two em spaces): an em space or quad is as wide as a
Chinese character, as the ideographic space is; the others are spaces. Every rule that reads a
line's indent or a space between words then sees them."""
PRIVATE = "\ue000-\uf8ff"
"""The private use area: a run of its code points at a line's end (`厕所门卫周明贵\ue004\ue004`,
a converter's filler for a lost glyph or space, at the end of every line of a text) goes: no
font here shows them (one a symbol font's mark stands for, `SYMBOL_FONT`, is mapped first)."""
FULL_WIDTH = 0xFEE0
"""From an ASCII character to its full-width form (! → ！)."""


@functools.cache
def stand_ins() -> dict[str, str]:
    """Each compatibility ideograph or radical → the unified ideograph it stands for, and each
    small or vertical form of punctuation → the full-width form."""
    found = STROKES_MEANT | SYMBOL_FONT | SPACES_MEANT
    for first, last in STAND_INS:
        for code in range(first, last + 1):
            char = chr(code)
            meant = unicodedata.normalize("NFKC", char)
            if meant != char and len(meant) == 1:
                found[char] = meant
    for first, last in PUNCTUATION_FORMS:
        for code in range(first, last + 1):
            char = chr(code)
            meant = FORMS_MEANT.get(char) or unicodedata.normalize("NFKC", char)
            if "!" <= meant <= "~":
                meant = chr(ord(meant) + FULL_WIDTH)
            if meant != char and len(meant) == 1:
                found[char] = meant
    return found


def _ranges(chars: Iterable[str]) -> str:
    """`chars` as a character class's body of ranges (`\uf900-\ufa6d…`): a class of 1,218
    single characters, some beyond the BMP, is looked through one by one at every character of
    a text; a few ranges are not."""
    codes = sorted(map(ord, chars))
    runs: list[list[int]] = []
    for code in codes:
        if runs and code == runs[-1][1] + 1:
            runs[-1][1] = code
        else:
            runs.append([code, code])
    return "".join(f"\\U{first:08x}-\\U{last:08x}" for first, last in runs)


@functools.cache
def _pattern() -> re.Pattern[str]:
    mapped = _ranges(stand_ins())
    return re.compile(
        f"[{INVISIBLE}{mapped}]|{JOINER}(?![{EMOJI}])|(?<=[{HAN}])[{SELECTORS}]+"
        f"|[{PRIVATE}]+(?=[ \t\u3000]*$)"
    )


@functools.cache
def _any() -> re.Pattern[str]:
    """Any character the rule may change: one character class, looked for in a whole text at
    once (the rule's own pattern, with its look-behind, is tried only on texts that hold one)."""
    return re.compile(f"[{INVISIBLE}{JOINER}{_ranges(stand_ins())}{SELECTORS}{PRIVATE}]")


def normalise_characters(lines: tuple[Line, ...]) -> Pass:
    """Drop the invisible characters and map the stand-ins, each change an edit."""
    if not _any().search("\n".join(line.text for line in lines)):
        return Pass(lines)
    table = stand_ins()

    def replaced(match: re.Match[str]) -> str:
        found, text, at = match.group(0), match.string, match.start()
        if found == SOFT_HYPHEN and text[at - 1 : at].isdigit() and text[at + 1 : at + 2].isdigit():
            return "-"  # （2014­2020 年）: a printed hyphen between figures, as pdftotext gives it
        return table.get(found, "")

    return substitute_all(RULE, lines, _pattern(), replaced)


SOFT_HYPHEN = "\u00ad"


ENTITY = "characters.entity"
_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
"""A character reference of HTML, to its semicolon (`&nbsp;`, `&#8220;`, `&#x201C;`)."""


def decode_entities(lines: tuple[Line, ...]) -> Pass:
    """HTML's character references become the characters they stand for, each an edit (one
    that stands for a control character, or for none, goes)."""
    if "&" not in "".join(line.text for line in lines):
        return Pass(lines)
    return substitute_all(ENTITY, lines, _ENTITY, _decoded)


def _decoded(reference: re.Match[str]) -> str:
    char = html.unescape(reference.group(0))
    if char == reference.group(0):
        return char  # a name HTML does not know
    return (
        "" if any(unicodedata.category(c) in ("Cc", "Cs") or c == "\ufffd" for c in char) else char
    )


LOST = "characters.lost"
_LOST_LINE = re.compile(r"^[ \t\u3000\u00a0]*(?:\?{1,3}|\ufffd+)[ \t\u3000\u00a0]*$")


def blank_lost_lines(lines: tuple[Line, ...]) -> Pass:
    """A line of a Chinese text that holds only a question mark or three (what an encoding
    left of a character it has not, a no-break space on a line of its own: `?` under every
    line of a GBK copy of a report), or only replacement characters (`������` between a
    repost's paragraphs, where a copy lost its emoji), is a blank line, each an edit: the
    header and the paragraphs are read as the writer set them apart."""
    if not any(_LOST_LINE.match(line.text) for line in lines) or not any(
        has_han(line.text) for line in lines
    ):
        return Pass(lines)
    out: list[Line] = []
    edits: list[Edit] = []
    for line in lines:
        if _LOST_LINE.match(line.text):
            edits.append(Edit(LOST, line.number, line.text.strip(), ""))
            line = replace(line, text="")
        out.append(line)
    return Pass(tuple(out), tuple(edits))


MARKUP = "characters.markup"
_TAG = re.compile(
    r"</?(?:a|abbr|b|big|blockquote|br|center|code|dd|div|dl|dt|em|font|h[1-6]|hr|i|iframe"
    r"|img|li|ol|p|pre|s|section|small|span|strike|strong|sub|sup|table|tbody|td|tfoot|th"
    r"|thead|tr|tt|u|ul|article|figure|figcaption|header|footer|nav|aside|main)"
    r"(?:\s[^<>]*)?/?>",
    re.IGNORECASE,
)
"""An HTML tag (of an element a page's text is set in), with its attributes."""


def drop_markup(lines: tuple[Line, ...]) -> Pass:
    """HTML tags in a plain text copied from a page's source with the text (`<table
    cellspacing="20">`, `据新华社<a href="…">`, `</a>`), go, each an edit, and the lines they
    leave empty: in a text that has a line of tags alone (a text that only writes about tags,
    `也会带有<b>加粗</b>这样的标签`, keeps them). A format's own lines are left to its reader."""
    plain = [line for line in lines if line.shape is None]
    if not any(_TAG.sub("", line.text).strip() == "" and "<" in line.text for line in plain):
        return Pass(lines)  # no line of tags alone: a tag in a sentence is written about
    out: list[Line] = []
    edits: list[Edit] = []
    for line in lines:
        if line.shape is not None or not _TAG.search(line.text):
            out.append(line)
        elif not _TAG.sub("", line.text).strip():
            edits.append(Edit(MARKUP, line.number, line.text.strip(), ""))
        else:
            line, made = substitute(MARKUP, line, _TAG, lambda _: "")
            edits += made
            out.append(line)
    return Pass(tuple(out), tuple(edits))


DECORATION = "characters.decoration"
_DECORATION = re.compile(
    "^[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\u2190-\u21ff\u25a0-\u25ff"
    "\u2700-\u27bf\ufe0f\u200d\u2605\u2606]+[ \u3000]*"
)
"""Emoji and symbols at the start of a line, and the space after them."""


_SYMBOL_BULLET = re.compile("^[ \u3000\t]*[\uf020-\uf0ff][ \u3000\u00a0\t]*")
"""A bullet from a symbol font (Wingdings' U+F09F, Symbol's U+F0B7), as text copied from Word
keeps it at a line's start: a code point of the private use area no font here shows."""


_WINGDINGS_ALONE = re.compile(r"^[ \u3000\t]*[lnuqvØü§][ \u3000\t]*$")
"""A bullet of the Wingdings font alone on its line, as a PDF's text extraction reads it: the
letter its code stands for (● is `l`, ■ `n`, ◆ `u`, ❑ `q`, ❖ `v`, ➢ `Ø`, ✓ `ü`, ▪ `§`)."""


def drop_decorations(lines: tuple[Line, ...]) -> Pass:
    """An emoji or a symbol before a numbered heading or point goes, and a symbol font's
    bullet before any line, each an edit: 🎉 一、…"""
    out: list[Line] = []
    edits: list[Edit] = []
    for line in lines:
        found = _DECORATION.match(line.text)
        if found and leading_marker(line.text[found.end() :]):
            line, made = substitute(DECORATION, line, _DECORATION, lambda _: "")
            edits += made
        if _SYMBOL_BULLET.match(line.text):
            line, made = substitute(DECORATION, line, _SYMBOL_BULLET, lambda _: "")
            edits += made
        if _WINGDINGS_ALONE.match(line.text):
            edits.append(Edit(DECORATION, line.number, line.text, ""))
            continue  # `l` alone: Wingdings' bullet a PDF's extraction read as the letter
        out.append(line)
    return Pass(tuple(out), tuple(edits))


WATERMARK = "characters.watermark"
_TOKEN = re.compile(r"(?:^|[ \u3000\t]+)([!-~]{10,24})(?=[ \u3000\t]|$)")
_MIXED_PUNCTUATION = frozenset("!#$%&*+,-.:;=?^~")


def _scrambled(token: str) -> bool:
    """Whether an ASCII word is a site's anti-copying string (`x9=7DF1.8Wq9;3y`)."""
    if any(char in token for char in "/@\\_") or re.search(r"[A-Za-z]{4}", token):
        return False
    marks = {char for char in token if char in _MIXED_PUNCTUATION}
    return (
        len(marks) >= 2
        and sum(char in _MIXED_PUNCTUATION for char in token) >= 2
        and any(char.islower() for char in token)
        and any(char.isupper() for char in token)
        and any(char.isdigit() for char in token)
    )


def drop_watermarks(lines: tuple[Line, ...]) -> Pass:
    """Scrambled ASCII strings a site set in its paragraphs against copying go, with the space
    before them, each an edit; only in a line of Chinese text."""
    out: list[Line] = []
    edits: list[Edit] = []
    for line in lines:
        if has_han(line.text):  # a token that is no such string stays, and makes no edit
            line, made = substitute(
                WATERMARK, line, _TOKEN, lambda m: "" if _scrambled(m.group(1)) else m.group(0)
            )
            edits += made
        out.append(line)
    return Pass(tuple(out), tuple(edits))
