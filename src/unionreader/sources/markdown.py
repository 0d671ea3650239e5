"""Markdown seeds (`.md`): parsed with markdown-it-py into lines that keep what the format states.

- Front matter (`---` YAML at the top) gives metadata: title, date, author, source, place, kind,
  description (and their common aliases, see `frontmatter`); it leaves the text as one edit.
- Headings become HEADING lines with their level; items of numbered lists become ITEM lines that
  start with their number as written (`3.`); items of other lists BULLET lines; block quotations
  QUOTE lines; every other paragraph a PARAGRAPH line (never joined to its neighbours); a
  paragraph that is all bold, short and no sentence is a heading (below every `#` level). A hard
  line break starts a new line; the lines of a paragraph broken by hand are plain lines, which the
  normaliser rejoins where a sentence runs on (a PDF pasted with hard breaks). A paragraph's soft
  breaks join its lines, but before a numbered item, before a date alone (a signature's), and
  in a law's article, a block of fields, a contact card or a stanza of verse (`verse`) set a
  line each, or a copy that sets each paragraph on a line with no blank line between (a WeChat
  article's backup: most of its lines end a sentence; `_lines_apart`). A line of ideographic
  spaces is a blank line, and `###标题` with no space after its marks a heading, as their
  writers meant.
- A table's row is one line, its cells parted by tabs (`tables`).
- Footnotes (`…思索[^1]：…` and `[^1]: 本文原载…`) keep their text: the mark becomes `[1]` in
  the sentence, and each note a paragraph at the end that opens with its mark.
- Text struck through (`~~…~~`) is what its writer took back: it goes, recorded
  (`markdown.struck`); a link struck through (a copy deleted, as an archive marks it) stays,
  its marks dropped.
- Emphasis is formatting: its marks go and its text stays. CommonMark does not see `**…**` next
  to Chinese punctuation as emphasis (`**一、总体要求。**正文`); marks left unpaired by that rule
  are dropped when they pair up within the paragraph. A single `*` between two Chinese characters
  (`全*职工`) is a redaction, never emphasis.
- A note-taker's syntax (Obsidian's, Logseq's) reads as what it shows: a link to a note is its
  text (`[[目标|显示]]`: 显示), an embedded file goes (`![[照片.jpg]]`), a highlight is its text
  (`==…==`), a callout's mark goes (`> [!note] 要点`: its title a line of its own), a shared
  note's mark on a comment goes (`[name=仔魚]`); a hashtag stays, as a page's text quotes one.
- Images, raw HTML, link targets and thematic breaks go, each removal an edit (rule
  `markdown.*`). Link text stays; the text inside an HTML block (a figure caption) stays as a
  line, for the furniture rules to judge like any other line.

Line numbers are lines of the file. Errors name the file and line:

    seeds/x.md:3: front matter is not valid YAML: mapping values are not allowed here
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path

from markdown_it import MarkdownIt
from markdown_it.rules_inline import StateInline
from markdown_it.token import Token
from mdit_py_plugins.footnote import footnote_plugin
from mdit_py_plugins.front_matter import front_matter_plugin

from unionreader.chinese import (
    SAID,
    SENTENCE_END,
    SPACES,
    compact,
    ends_sentence,
    has_han,
    is_han,
    is_heading_like,
)
from unionreader.errors import SeedError
from unionreader.markers import ends_in_function_word, leading_marker
from unionreader.model import BOLD_LEVEL, Edit, Line, RawText, Seed, SeedMeta, Shape
from unionreader.normalise.articles import ALONE, SEPARATOR
from unionreader.normalise.fields import is_phone_line, parse_date_line
from unionreader.normalise.furniture import CONTACT_POINT
from unionreader.normalise.headings import HEADING_BROKEN
from unionreader.normalise.lines import NO_PARAGRAPH_START
from unionreader.normalise.verse import stanzas
from unionreader.sources.frontmatter import (
    FrontMatter,
    parse_front_matter,
    parse_toml_front_matter,
)
from unionreader.sources.htmltext import fragment_lines, link_share, read_fragment
from unionreader.sources.text import decode
from unionreader.tables import is_row, row_text

logger = logging.getLogger(__name__)

FORMAT = "markdown"
STRONG = "**"
BOLD_HEADING = 40
"""…and is at most this long."""

_MARKUP_START = re.compile(r"<(?:!--|/?[A-Za-z][\w-]*[\s>/])")
"""What opens a page's markup (`<!-- 文末二维码 start -->`, `<style>`, `</div>`): an indented
block that opens so is the page's HTML, which CommonMark takes for code."""
_SHORTCODE = re.compile(r"\{\{[<%].*?[>%]\}\}")
_LIQUID = re.compile(
    r"(?<!\{)\{%-?\s*(?P<name>[A-Za-z_][\w-]*)(?P<args>(?:[^%]|%(?!\}))*?)-?%\}(?!\})"
)
"""A tag of a Liquid-family template (Hexo's, Jekyll's, GitBook's, Eleventy's: `{% note info %}`,
`{% endnote %}`, `{% asset_img vote.png 会员大会现场 %}`, `{% quot 开心时光 %}`): markup, of which
only the words it shows readers stay (`_shown_words`)."""
_PICTURE_TAG = re.compile(r"im(?:a)?g|figure|photo|gallery|swiper|video|bilibili|youtube", re.I)
"""A tag that shows a picture or a film (`asset_img`, `image`, `gallery`): its words caption it."""
_TAG_WORD = re.compile(r"""(?:"[^"]*"|'[^']*'|\S)+""")
_REF_LINK = re.compile(r"""\]\(\{\{[<%]\s*(?:rel)?ref\s+["']?([^"'\s<>%]+)["']?\s*[>%]\}\}""")
"""A Hugo link to a page of the site (`[裸辞总结]({{< relref "/posts/…" >}})`): a link to that
page, whose text is read as any link's (the shortcode had gone and left `[裸辞总结]（）`)."""
_PANDOC = re.compile(
    r"\s*\{:?(?:\s*(?:[.#][\w-]+|[\w-]+=(?:\"[^\"]*\"|\S+)|[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)+))+"
    r"\s*\}\s*$"
)
"""Attributes after a heading or a span: Pandoc's (`{.noindent}`, `{#intro}`), kramdown's (`{:
.note}`) and markdown-it-attrs' or attr_list's, which may name one bare (`{ data-search-exclude
}`: a hyphenated name, not a word of the text)."""
_IAL_PART = r"(?:[.#][\w-]+|[\w-]+=(?:\"[^\"]*\"|'[^']*'|[^\s{}]+))"
_SPAN_IAL = re.compile(rf"\{{:\s*{_IAL_PART}(?:\s+{_IAL_PART})*\s*\}}")
"""kramdown's attributes of a span, wherever it stands (`[瞭望东方周刊](…){: target="_blank" }`)."""
_FENCE_LINE = re.compile(r"^[ \t]*:{3,}[ \t]*(?:\{[^{}\n]*\}|[\w-]+)?[ \t]*$", re.MULTILINE)
"""A fence of a Pandoc division (`::: {.noindent}`, `:::`), on its own line."""
_COLUMN_BREAK = re.compile(r"^[ \t]*<--->[ \t]*$", re.MULTILINE)
"""What parts the columns of a Hugo theme's `{{< columns >}}`: a break between paragraphs."""
_TOC = re.compile(
    r"^[ \t]*(?:\[\[_?toc_?\]\]|\[toc\]|\$\{toc\}|@\[toc\](?:\([^()\n]*\))?"
    r"|(?:(?:[*+-]|1\.)[ \t]+[^\n]*\n[ \t]*)?\{:toc\})[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
"""A directive on its own line that has a site generator or an editor make a table of contents
there (`[[toc]]` VitePress's, `[TOC]` Python-Markdown's and Typora's, `${toc}`, `@[toc](目录)`
CSDN's; kramdown's `{:toc}` under the list item it replaces, `* 目录`): no text."""
_EMOJI_CODE = re.compile(r"(?<![A-Za-z0-9_:]):[a-z0-9_+-]{2,30}:(?![A-Za-z0-9_:])")
"""An emoji's shortcode, which GitHub shows as the emoji (`:house:返回首页`): decoration, no
text (a time or a ratio has digits on both sides: `10:30:00` is none)."""


def _han_star(state: StateInline, silent: bool) -> bool:
    """A lone `*` between two Chinese characters is a redaction, and one between two figures
    (`12*6=72`, `(8*5)/(12*6)`) or between a quantity and a figure (`22天*2小时*11.49元/小时*1.5`)
    a multiplication: emit it as text, not as emphasis (which had made `(8*5)/(12*6)` read
    `(85)/(126)`, and a wage's sum `22天2小时11.49元/小时1.5`)."""
    src, pos = state.src, state.pos
    if src[pos] != "*" or pos == 0 or pos + 1 >= len(src):
        return False
    before, after = src[pos - 1], src[pos + 1]
    quantity = _QUANTITY_END.search(src, max(0, pos - len("11.49元/小时")), pos) is not None
    times = (before in _FACTOR_END or quantity) and after in _FACTOR_START
    if not (times or (is_han(before) and is_han(after))):
        return False
    if not silent:
        state.push("text", "", 0).content = "*"
    state.pos += 1
    return True


_FACTOR_END = frozenset("0123456789)）%")
_FACTOR_START = frozenset("0123456789(（")
_QUANTITY_END = re.compile(r"\d[\u4e00-\u9fff/]{1,4}$")
"""A figure and its unit of measure right before a `*` (`22天`, `11.49元/小时`)."""


def parser() -> MarkdownIt:
    """CommonMark with tables, strikethrough, footnotes, front matter and Chinese redactions."""
    md = MarkdownIt("commonmark").enable(["table", "strikethrough"])
    md = md.use(front_matter_plugin).use(footnote_plugin)
    md.inline.ruler.before("emphasis", "han_star", _han_star)
    return md


_PARSER = parser()


_FIELD = re.compile(r"^[A-Za-z_\u4e00-\u9fff][\w\u4e00-\u9fff -]{0,30}\s*[:：]")


_BARE_KEY = re.compile(r"^(?:title|date|updated|author|categories|category|tags|layout)\s*:", re.I)
_YAML_LINE = re.compile(r"^(?:[A-Za-z_][\w-]{0,30}\s*:.*|\s+-\s+.*|\s*-\s+.*|\s*)$")
FRONT_LINES = 30
"""Front matter with no opening `---` is at most this many lines, up to its closing one."""


def _bare_front_matter(source: list[str]) -> int:
    """The number of lines of front matter a file opens with and closes with `---` but never
    opens with one (`title: …` / `date: …` / `---`, as some blog generators write it), or 0."""
    if not source or not _BARE_KEY.match(source[0]):
        return 0
    for index, line in enumerate(source[:FRONT_LINES]):
        if line.strip() == "---":
            return index
        if not _YAML_LINE.match(line):
            return 0
    return 0


def _late_front_matter(source: list[str], path: Path) -> tuple[int, int, FrontMatter] | None:
    """Front matter that opens the file after blank lines (`---` at its first line of text,
    `title:` or the like under it, a YAML mapping up to the next `---` within `FRONT_LINES`
    lines), which the parser reads only on the file's first line: its opening and closing
    lines' indexes and what it states, or None."""
    start = next((i for i, line in enumerate(source[:FRONT_LINES]) if line.strip()), None)
    if not start or source[start].strip() != "---" or start + 1 >= len(source):
        return None
    if not _BARE_KEY.match(source[start + 1]):
        return None
    end = next(
        (
            i
            for i in range(start + 1, min(len(source), start + 2 * FRONT_LINES))
            if source[i].strip() == "---"
        ),
        None,
    )
    if end is None:
        return None
    try:
        front = parse_front_matter("\n".join(source[start + 1 : end]), path, start + 2)
    except SeedError:
        return None  # no YAML: a rule, then the text's own lines
    return start, end, front


def _front_matter_out(
    reader: _Reader, source: list[str], start: int, end: int, shown: list[str]
) -> str:
    """The text with front matter the parser does not read (lines `start` to `end`) made blank
    lines, so that the numbers hold; `shown`, its lines as the edit records them."""
    reader.edits.append(Edit("markdown.front-matter", start + 1, " · ".join(shown), ""))
    return "\n" * (end + 1) + "\n".join(source[end + 1 :])


def _toml_front_matter(source: list[str]) -> int:
    """The index of the `+++` line that closes the TOML front matter a file opens with (Hugo's:
    `+++` / `title = '…'` / … / `+++`), or 0."""
    if not source or source[0].strip() != "+++":
        return 0
    return next((i for i, line in enumerate(source[1:], 1) if line.strip() == "+++"), 0)


def _unclosed_front_matter(source: list[str]) -> bool:
    """A file that opens with `---` and `key: value` lines under it, and never closes them:
    front matter meant, which would otherwise be read as the text."""
    if not source or source[0].strip() != "---":
        return False
    following = next((line for line in source[1:] if line.strip()), "")
    return bool(_FIELD.match(following.strip()))


def _numbers_to_headings(lines: list[Line], edits: list[Edit]) -> None:
    """A part's number alone on its line over its heading (`1` over `**改开前后**`, as a WeChat
    essay numbers its parts) goes before the heading's text (`1 改开前后`): alone, it read as a
    paragraph closing the part before."""
    for index in range(len(lines) - 2, -1, -1):
        number, heading = lines[index], lines[index + 1]
        headed = heading.shape is Shape.HEADING or (
            heading.shape is Shape.PARAGRAPH and is_heading_like(heading.text, PART_HEADING)
        )
        if _PART_NUMBER.fullmatch(number.text.strip()) and headed:
            lines[index + 1] = replace(heading, text=f"{number.text.strip()} {heading.text}")
            edits.append(Edit("markdown.number", number.number, number.text, ""))
            del lines[index]


def _speakers_to_turns(lines: list[Line], edits: list[Edit]) -> None:
    """A transcript that sets each speaker as a heading of their own (`### 唐鳳：` over what
    they said): the speaker goes before their words (`唐鳳：…`), a turn as the text's own
    transcripts write it, not a section a turn. Only where such headings name speakers again
    and again (three or more, a name at least twice): one `### 附：` is a heading."""
    found = [
        index
        for index, line in enumerate(lines[:-1])
        if line.shape is Shape.HEADING
        and _SPEAKER.fullmatch(line.text.strip())
        and lines[index + 1].shape is not Shape.HEADING
    ]
    names = Counter(compact(lines[index].text) for index in found)
    if len(found) < SPEAKERS or max(names.values(), default=0) < 2:
        return
    edits.extend(Edit("markdown.speaker", lines[i].number, lines[i].text, "") for i in found)
    for index in reversed(found):
        label, words = lines[index], lines[index + 1]
        lines[index + 1] = replace(words, text=label.text.strip() + words.text.lstrip())
        del lines[index]


_SPEAKER = re.compile(r"[\u4e00-\u9fff·・]{2,6}[:：]")
SPEAKERS = 3
"""Headings naming a speaker that make a transcript of a Markdown text (at least)."""


_PART_NUMBER = re.compile(r"[1-9]\d?")
PART_HEADING = 20
"""A part's heading under its number, set as a paragraph, is at most this long."""


_WIDE_BLANK = re.compile(rf"^[{SPACES}]+$", re.MULTILINE)
"""A line of nothing but spaces, ideographic or no-break ones among them: a blank line (which
CommonMark sees only in ASCII spaces)."""


_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
"""A line break written in HTML (`<br>`, `<br/>`, `<br />`): in a paragraph, its line ends there."""
_MARKDOWN_INSIDE = re.compile(
    r"^[ \t]*<[a-z][a-z0-9]*\b[^<>\n]*\bmarkdown=[\"']?(?:1|block)[\"']?[^<>\n]*>[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
"""A block's opening tag alone on its line that asks for Markdown inside it (`<div class="item"
markdown="1">`, Python-Markdown's and kramdown's way): what follows is Markdown (`### C1`, a
picture, a paragraph), which CommonMark would take with the tag for raw HTML, one line."""
_WIKI_FURNITURE = re.compile(
    r"/wiki/(?:File|Image|Category|文件|檔案|档案|图像|圖像|分类|分類)[:：]", re.IGNORECASE
)
"""A wiki's link to a picture's page or to a category (`[Chunghwa_…_20150501.jpg](…/wiki/File:…
"fig:…")`, `[Category:臺灣的企業工會](…/wiki/Category:…)`, as a wiki's pages converted to
Markdown keep them): the page's, its text no words of the article."""
_BREAK_LINE = re.compile(rf"^[ \t]*(?:{_BREAK.pattern}[ \t]*)+$", re.IGNORECASE | re.MULTILINE)
"""A line of nothing but `<br>`: a blank line. (CommonMark opens an HTML block at it, which runs
to the next blank line and so swallows the list or the lines after it as raw HTML, one line.)"""


_UNSPACED_HEADING = re.compile(r"^( {0,3}(?:#{2,6}|#(?=[^#\n]*$)))(?=[^\s#])", re.MULTILINE)
"""A heading's marks with no space before its text (`###雇主相關諮詢單位`, as hand-written
Markdown has them), which CommonMark reads as text; one `#` only where the line holds no other
(`#上吊 #自杀` and `#话题#` are tags)."""


def _link_only(token: Token) -> bool:
    """Whether an inline's content is links to other pages and nothing else (`[首页](/)`; not
    a table of contents' `[第一章](#第一章)`)."""
    children = token.children or []
    inside = 0
    linked = False
    for child in children:
        if child.type == "link_open":
            if str(child.attrGet("href") or "").startswith("#"):
                return False  # a table of contents' entry, to a heading of the text
            inside, linked = inside + 1, True
        elif child.type == "link_close":
            inside -= 1
        elif child.type not in _IN_A_LINK or (
            child.type == "text" and not inside and child.content.strip()
        ):
            return False  # text outside the links, or anything else
    return linked


_IN_A_LINK = frozenset({"text", "softbreak", "image", "strong_open", "strong_close"})


MENU_ITEMS = 4
"""A site's menu saved as Markdown is at least this many list items in a row…"""
MENU_WORDS = 12
"""…each a link of at most this many characters…"""


def _link_menus(lines: list[Line], linked: list[Line], edits: list[Edit]) -> list[Line]:
    """`lines` without a site's menus saved as Markdown (`* [首页](/)` `* [Linux](/linux)` …):
    four list items or more in a row, each a short link and nothing else, above the text's
    first sentence or below its last (a list of links in the text's middle is the text's);
    each an edit (`markdown.menu`)."""
    ids = {id(line) for line in linked if len(line.text.strip()) <= MENU_WORDS}
    said = [i for i, line in enumerate(lines) if SAID.search(line.text) and id(line) not in ids]
    if not ids or not said:
        return lines
    drop: set[int] = set()
    run: list[int] = []
    for index, line in enumerate([*lines, Line(0, "")]):
        if id(line) in ids:
            run.append(index)
            continue
        outside = run and (run[-1] < said[0] or run[0] > said[-1])
        if len(run) >= MENU_ITEMS and outside:
            drop.update(run)
        run = []
    edits.extend(Edit("markdown.menu", lines[i].number, lines[i].text, "") for i in sorted(drop))
    return [line for index, line in enumerate(lines) if index not in drop]


def _blanked(text: str, pattern: re.Pattern[str], rule: str) -> tuple[str, list[Edit]]:
    """`text` with the lines `pattern` matches whole (one or more) made blank (they part
    paragraphs, and the lines keep their numbers), each match an edit of `rule`."""
    edits: list[Edit] = []
    number, counted = 1, 0  # the line number at `counted`

    def blank(match: re.Match[str]) -> str:
        nonlocal number, counted
        number += text.count("\n", counted, match.start())
        counted = match.start()
        edits.append(Edit(rule, number, " ".join(match.group(0).split()), ""))
        return "\n" * match.group(0).count("\n")

    return pattern.sub(blank, text), edits


_WRAPPED = re.compile(
    r"^[ \t]{0,3}(?P<fence>`{3,}|~{3,})[ \t]*(?:markdown|md)[ \t]*\n(?P<body>(?:.*\n)*?)"
    r"[ \t]{0,3}(?P=fence)[ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)
WRAPPED_SHARE = 0.5
"""Fences marked `markdown` that hold this share of a text's lines or more wrap the document
(a converter's or a language model's output), not an example of Markdown's syntax."""


def _unwrapped(text: str) -> tuple[str, list[Edit]]:
    """`text` with the fences that wrap it as Markdown (```` ```markdown ```` … ```` ``` ````,
    perhaps closed and opened again at every page) made blank lines, their contents read as the
    text; each fence an edit (`markdown.fence`). Fences that hold less are code, as written."""
    blocks = list(_WRAPPED.finditer(text))
    if not blocks:
        return text, []  # (most files: their lines not counted for nothing)
    held = sum(block.group("body").count("\n") for block in blocks)
    if held < WRAPPED_SHARE * sum(1 for line in text.splitlines() if line.strip()):
        return text, []
    edits: list[Edit] = []
    for block in blocks:
        opening = text.count("\n", 0, block.start()) + 1
        closing = opening + block.group(0).count("\n")
        edits.append(Edit("markdown.fence", opening, block.group(0).split("\n", 1)[0].strip(), ""))
        edits.append(Edit("markdown.fence", closing, block.group("fence"), ""))
    return _WRAPPED.sub(lambda block: "\n" + block.group("body"), text), edits


_CONTAINER = re.compile(
    r"^[ \t]*:{3,}[ \t]*(?P<kind>[A-Za-z][\w-]*)(?:[ \t]+(?P<title>\S.*?))?[ \t]*$"
)
"""The line a documentation site's box opens with (`::: tip 小提示`, `::: warning`: VitePress's,
VuePress's, markdown-it-container's), its kind and perhaps its title."""
_CLOSING = re.compile(r"^[ \t]*:{3,}[ \t]*$")
_CODE_FENCE = re.compile(r"^[ \t]{0,3}(?:`{3,}|~{3,})")


def _containers(text: str) -> tuple[str, list[Edit]]:
    """`text` with each box of a documentation site (`::: tip 小提示` over its text, closed by
    `:::`) made the block quotation it is shown as: its title a line of its own (ending with a
    hard break), its text quoted, its fences gone (each an edit, `markdown.callout`), as a
    note-taker's callout (`> [!note] 会议要点`) is read. A box never closed stays as written."""
    if ":::" not in text:
        return text, []  # (most files: not split into lines for nothing)
    lines = text.split("\n")
    edits: list[Edit] = []
    opened: list[int] = []  # the boxes open, innermost last (their first lines)
    boxes: list[tuple[int, int]] = []
    fenced = False
    for index, line in enumerate(lines):
        if _CODE_FENCE.match(line):
            fenced = not fenced
        elif fenced:
            continue
        elif _CONTAINER.match(line):
            opened.append(index)
        elif _CLOSING.match(line) and opened:
            boxes.append((opened.pop(), index))
    for first, last in boxes:
        box = _CONTAINER.match(lines[first])
        assert box is not None
        title = box.group("title")
        edits.append(Edit("markdown.callout", first + 1, lines[first].strip(), title or ""))
        edits.append(Edit("markdown.callout", last + 1, lines[last].strip(), ""))
        lines[first] = f"{title}  " if title else ""  # a hard break after the title
        lines[last] = ""
        for index in range(first, last):
            lines[index] = "> " + lines[index]
    return "\n".join(lines), edits


_COMMENT_FRONT = re.compile(
    r"\A---[ \t]*\n(?P<inner>(?:[ \t]*(?:#[^\n]*)?\n){1,20}?)---[ \t]*$", re.M
)
"""What opens a file as front matter would, but holds only `#` lines (a heading between two
rules: `---`, `# 員工常見問題`, `---`), which YAML reads as comments: no front matter, and the
heading is the text's."""


def _rules_apart(match: re.Match[str]) -> str:
    """The heading between two rules, the rules blanked (no front matter; numbers hold)."""
    inner = match.group("inner")
    return f"\n{inner}" if "#" in inner else match.group(0)


def _shown_words(args: str) -> str:
    """The words a template tag's arguments show readers: those in Chinese, not an address, a
    file's path or name, nor an option (`key:value`, `key=value`)."""
    words = [word.strip("\"'") for word in _TAG_WORD.findall(args)]
    return " ".join(
        word
        for word in words
        if has_han(word) and not re.search(r"[/\\]|^\w+[:=]|\.\w{2,4}$", word)
    )


def read_markdown(seed: Seed) -> RawText:
    """Read a Markdown seed into shaped lines, its front matter and the edits reading made."""
    text, encoding = decode(seed.path)
    text = _WIDE_BLANK.sub("", text)  # a line of ideographic spaces parts paragraphs too
    text = _UNSPACED_HEADING.sub(r"\1 ", text)  # `###标题`: a heading, as its writer meant
    text = _COMMENT_FRONT.sub(_rules_apart, text)  # `---` / `# 員工常見問題` / `---`: text
    text = _REF_LINK.sub(r"](\1", text) if "ref" in text else text  # Hugo's page links
    text, breaks = _blanked(text, _BREAK_LINE, "markdown.html")  # `<br>` alone on its line
    text, wrapped = _unwrapped(text)  # ```markdown … ```: a document, not code
    text, boxes = _containers(text)  # `::: tip 小提示` … `:::`: a box, read as a callout
    text, fences = _blanked(text, _FENCE_LINE, "markdown.shortcode")  # Pandoc's `:::`
    text, columns = _blanked(text, _COLUMN_BREAK, "markdown.shortcode")  # Hugo's `<--->`
    text, contents = _blanked(text, _TOC, "markdown.toc")  # `[[toc]]`: no link to a note
    text, inside = _blanked(text, _MARKDOWN_INSIDE, "markdown.html")  # <div markdown="1">
    breaks += wrapped + boxes + fences + columns + contents + inside
    source = text.splitlines()
    reader = _Reader(source)
    reader.edits.extend(breaks)
    front = FrontMatter(SeedMeta(), SeedMeta())
    bare = _bare_front_matter(source)
    if bare:  # read as the front matter it is; its lines kept blank, so numbers hold
        front = parse_front_matter("\n".join(source[:bare]), seed.path, first_line=1)
        text = _front_matter_out(reader, source, 0, bare, source[:bare])
    elif late := _late_front_matter(source, seed.path):  # `---` … `---` after blank lines
        start, end, front = late
        text = _front_matter_out(reader, source, start, end, source[start : end + 1])
    elif toml := _toml_front_matter(source):  # Hugo's `+++` … `+++`
        front = parse_toml_front_matter("\n".join(source[1:toml]), seed.path, first_line=2)
        text = _front_matter_out(reader, source, 0, toml, source[: toml + 1])
    tokens = _PARSER.parse(text)
    if not any(token.type == "front_matter" for token in tokens) and _unclosed_front_matter(source):
        raise SeedError("front matter is never closed (a line of --- after it)", seed.path, 1)
    for token in tokens:
        if token.type == "front_matter":
            front = parse_front_matter(token.content, seed.path, first_line=2)
            reader.front_matter(token)
        else:
            reader.token(token)
    if not reader.lines:
        raise SeedError("has no text (only front matter, markup or images)", seed.path)
    reader.lines = _link_menus(reader.lines, reader.linked, reader.edits)
    for line in [line for line in reader.lines if _EMPTY_TASK.match(line.text)]:
        reader.edits.append(Edit("markdown.empty-item", line.number, line.text, ""))
        reader.lines.remove(line)  # `- [ ] []()`: a task a note's template left empty
    if not reader.lines:
        raise SeedError("has no text (only front matter, markup or images)", seed.path)
    stated = _headline_stated(front.stated, reader.lines)
    _captions_as_text(reader.lines, source)
    _numbers_to_headings(reader.lines, reader.edits)
    _speakers_to_turns(reader.lines, reader.edits)
    if stated.title and _SLUG.match(stated.title):  # labor-standards-act: a note's file name
        stated = replace(stated, title=None)
        lines = reader.lines
        if len(lines) > 1 and lines[0].shape is Shape.HEADING and _slug_of(lines[0].text):
            reader.edits.append(Edit("markdown.slug", lines[0].number, lines[0].text, ""))
            del lines[0]  # `# 🚀 labor-standards-act`: the note's template wrote it again
    edits = tuple(reader.edits)
    return RawText(seed, encoding, tuple(reader.lines), stated, edits, fallback=front.made)


def _captions_as_text(lines: list[Line], source: list[str]) -> None:
    """Bold lines right over a table's rows or a picture are its caption (`**香港段死亡工人个案
    统计**`, and `**来源：…**` under it), lines of the text: no headings, under which the
    paragraphs after the table would fall."""
    captioned = False  # the line below is a caption made a line of text
    for index in range(len(lines) - 1, -1, -1):  # from the bottom: a caption over its note
        line = lines[index]
        bold = line.shape is Shape.HEADING and line.level == BOLD_LEVEL
        below = lines[index + 1] if index + 1 < len(lines) else None
        captioned = bold and (
            captioned or (below is not None and is_row(below.text)) or _over_picture(line, source)
        )  # (the source is looked through only under a bold line)
        if captioned:
            lines[index] = replace(line, shape=None, level=0)


def _over_picture(line: Line, source: list[str]) -> bool:
    """Whether the next line of the source after `line`'s that holds anything is a picture."""
    after = (text.strip() for text in source[line.number :])
    return next((text for text in after if text), "").startswith(("![", "<img"))


_EMPTY_TASK = re.compile(r"^\s*\[[ xX]?\]\s*$")
"""A task list's item with nothing after its box."""
_SLUG = re.compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+)+$")
"""A title that is a file's name (`labor-standards-act`, as a note app's template fills it in):
words in small letters joined by hyphens. It names no text; the text's headings do."""


def _slug_of(text: str) -> bool:
    """Whether a heading is a slug after the emoji or marks a template sets before it."""
    return bool(_SLUG.match(re.sub(r"^[^A-Za-z0-9]+", "", text.strip())))


_ITEM_START = re.compile(
    rf"^[{SPACES}]*"
    r"(?:\d{1,2}[.．、](?!\d)|[（(](?:\d{1,2}|[一二三四五六七八九十]{1,3})[）)]|[一二三四五六七八九十]{1,3}、)\S"
)
"""A list item's number at the start of a line, with no space after it (`2.确保…`, or after
no-break spaces that indent it: `&nbsp;&nbsp;(一)专有部分：…`): CommonMark takes it for no list
item, and the line for part of the paragraph above."""


_LABELLED = re.compile(r"^[\u4e00-\u9fff]{2,6}[：:]\s*\S")
"""A field's Chinese label and its value (`法規名稱：工會法`, `修正日期：20221130`)."""


def _lines_apart(children: list[Token]) -> bool:
    """Whether the lines of a paragraph are paragraphs of their own, though no blank line
    parts them: an article of a law that opens with its number alone on a line and sets each
    of its paragraphs on a line (as Taiwan's law database gives them: `第 3 條` over `…為縣
    （市）政府。` over `工會之目的事業…監督。`, and `三、職業工會：…。` over `前項第三款…`),
    every line but the last ending a sentence; or a paragraph whose every line is a field
    (`法規名稱：工會法` over `修正日期：20221130`). Elsewhere a writer's lines in a paragraph are
    one paragraph, as Markdown has them (a bold lead over what it leads: `**一是明确…。**` over
    `将非银行支付机构定义为…`)."""
    lines = [""]
    for child in children:
        if child.type == "softbreak":
            lines.append("")
        elif child.type in ("text", "code_inline"):
            lines[-1] += child.content
    texts = [line.strip() for line in lines]
    if len(texts) < 2:
        return False
    if all(_LABELLED.match(text) for text in texts):
        return True
    if _card(texts) or _roster(texts):
        return True
    if len(stanzas(texts)) == len(texts):
        return True  # a stanza's lines (`verse`), which run together joined
    above = texts[1:-1]
    ended = all(ends_sentence(text) or text.endswith(("：", ":")) for text in above)
    if ALONE.match(texts[0]) and ended:
        return True
    # a copy that sets each paragraph on a line with no blank line between (a WeChat article's
    # Markdown backup): most of its lines end a sentence, and are a paragraph's length
    closing = [text for text in texts[:-1] if text]
    finished = sum(_ends_paragraph(text) for text in closing)
    long = sum(len(text) >= LINE_PARAGRAPH for text in closing)
    return (
        len(closing) >= PARAGRAPH_LINES - 1
        and finished >= LINES_ENDED * len(closing)
        and long >= LINES_ENDED * len(closing)
    )


def _card(texts: list[str]) -> bool:
    """Whether the lines are a contact card's, a unit each: short, none a clause, one of them
    telephone numbers (`勞動部` over `臺北市大同區延平北路二段83號9樓` over `0800-08-5151`)."""
    short = all(0 < len(text) <= CARD_LINE and not _CLAUSE.search(text) for text in texts)
    return short and any(is_phone_line(text) for text in texts)


def _roster(texts: list[str]) -> bool:
    """Whether the lines are names one to a line, under a label perhaps (`發起人 Initiators:`
    over `陳景生 Chan King Sang Edward SC (1975)` over `梁家傑 Leong Kah Kit Alan SC (1983)` …):
    `ROSTER` or more, each opening with a name of two to four characters and no clause."""
    names = texts[1:] if texts and texts[0].endswith((":", "：")) else texts
    return len(names) >= ROSTER and all(
        len(text) <= CARD_LINE + 10 and not _CLAUSE.search(text) and _NAMED.match(text)
        for text in names
    )


ROSTER = 4
_NAMED = re.compile(r"^[\u4e00-\u9fff]{2,4}(?:\s|$)")


CARD_LINE = 30
_CLAUSE = re.compile(r"[，,。；;！？!?]")


def _ends_paragraph(text: str) -> bool:
    """Whether a line ends as a paragraph does: with a sentence, perhaps inside bold marks the
    parser left (`…的。**`), or with a picture's address (a broken image link's tail)."""
    stripped = text.rstrip("*_ ")
    return ends_sentence(stripped) or bool(_ADDRESS_END.search(stripped))


_ADDRESS_END = re.compile(r"(?:https?://|wx_fmt=|\.(?:png|jpe?g|gif|webp)\b)[^\s\u4e00-\u9fff]*$")


PARAGRAPH_LINES = 3
LINES_ENDED = 0.6
LINE_PARAGRAPH = 30
"""A Markdown paragraph of `PARAGRAPH_LINES` lines or more, `LINES_ENDED` of them (all but
the last) ending a sentence and as long as a paragraph, is a paragraph to a line."""


def _date_next(siblings: list[Token], index: int) -> bool:
    """Whether the line after a soft break is a date alone (`996.星火` over `2019.4.18`: a
    signature's name, then its date)."""
    below = siblings[index + 1] if index + 1 < len(siblings) else None
    following = siblings[index + 2] if index + 2 < len(siblings) else None
    alone = following is None or following.type in ("softbreak", "hardbreak")
    return (
        below is not None
        and below.type == "text"
        and alone
        and bool(parse_date_line(below.content))
    )


def _images_next(siblings: list[Token], index: int) -> int:
    """Where the line after a soft break ends, when it holds only pictures (`…会有不一样。` over
    `![](…)` over `汀兰提问：…`), else 0: a line of pictures parts the lines around it, as a
    paragraph break would (with the pictures gone, they would run together)."""
    found, written = False, ""
    for at in range(index + 1, len(siblings)):
        token = siblings[at]
        if token.type in ("softbreak", "hardbreak"):
            return at if _only_pictures(found, written) else 0
        if token.type == "image":
            found = True
        elif token.type == "text":
            written += token.content  # (a picture's data CommonMark left as text: `![](data:…`)
        elif token.type != "html_inline":  # (markup inside that data: `<svg …>`, which goes)
            return 0
    return 0


def _only_pictures(found: bool, written: str) -> bool:
    """Whether a line of pictures (`found`) and text holds no text but pictures CommonMark left
    as text (`![](data:image/svg+xml;utf8,<svg …></svg>)`, a copy's placeholder)."""
    broken = _BROKEN_IMAGE.findall(written)
    return (found or bool(broken)) and not _BROKEN_IMAGE.sub("", written).strip()


def _bold_label_next(siblings: list[Token], index: int) -> bool:
    """Whether the line after a soft break opens with a label set in bold and its colon
    (`**旧民主主义革命实践的历史启示**：…` under `**旧民主主义革命实践**：…`, a note's terms
    one to a line), inside the bold or after it: a line of its own."""
    below = [t for t in siblings[index + 1 :] if t.type != "text" or t.content][:4]
    if below and below[0].type == "text":  # `**要点：**工会…`: marks CommonMark left as text
        return bool(_BOLD_LABEL.match(below[0].content))
    if [token.type for token in below[:3]] != ["strong_open", "text", "strong_close"]:
        return False
    label, rest = below[1].content, below[3:]
    colon = ("：", ":")
    return len(label) <= BOLD_LABEL and (
        label.rstrip().endswith(colon)
        or bool(rest and rest[0].type == "text" and rest[0].content.startswith(colon))
    )


BOLD_LABEL = 20
"""A label set in bold over its value is at most this long."""
_BOLD_LABEL = re.compile(rf"^\*\*[^*\n]{{1,{BOLD_LABEL}}}?(?:[：:]\*\*|\*\*[：:])")


def _item_next(parts: list[str], siblings: list[Token], index: int) -> bool:
    """Whether a soft break ends a clause or a sentence and the line after it opens with a
    list item's number: the items of a list written one to a line (`1.立即…；` over `2.确保…`)."""
    above = "".join(parts).rstrip()
    below = siblings[index + 1] if index + 1 < len(siblings) else None
    return (
        above.endswith(tuple("；;。：:！？"))
        and below is not None
        and below.type == "text"
        and _ITEM_START.match(below.content) is not None
    )


def _heading_over(parts: list[str], siblings: list[Token], index: int) -> bool:
    """Whether a paragraph's first line is a heading set over its text with a line break, no
    blank line (`结语` over `在此次访谈结束后，…。`): a few words with no punctuation, that
    no phrase breaks off in, over a line of a paragraph's length that ends a sentence. A text
    broken at a width has no short first line; run together, the two would read `结语在此次…`."""
    if any(token.type in ("softbreak", "hardbreak") for token in siblings[:index]):
        return False
    above = "".join(parts).strip().strip("*_").strip()
    below = []
    for token in siblings[index + 1 :]:
        if token.type in ("softbreak", "hardbreak"):
            break
        below.append(token.content if token.type in ("text", "code_inline") else "")
    line = "".join(below).strip().strip("*_").strip()
    return (
        0 < len(above) <= HEADING_OVER
        and is_heading_like(above)
        and not _CLAUSE.search(above)
        and not ends_in_function_word(above)
        and len(line) >= LINE_PARAGRAPH
        and line[0] not in NO_PARAGRAPH_START
        and ends_sentence(line)
    )


HEADING_OVER = 12
"""A heading over its paragraph's first line, with no blank line between, is this short."""


def _headline_stated(stated: SeedMeta, lines: list[Line]) -> SeedMeta:
    """The front matter's title, or the text's first heading where that title is the page's
    (the heading, then the site's words: `《中国工人》发刊词全文在线阅读 - 毛泽东选集第二卷`
    over `# 《中国工人》发刊词`, as a site or a clipper copies a page's title)."""
    first = lines[0]
    if not stated.title or first.shape is not Shape.HEADING:
        return stated
    heading, title = compact(first.text), compact(stated.title)
    site = title.startswith(heading) and _SITE_WORDS.match(title[len(heading) :])
    if len(heading) >= HEADLINE and site:
        return replace(stated, title=" ".join(first.text.split()))
    return stated


HEADLINE = 4
"""A heading the front matter's title begins with is at least this long."""
_SITE_WORDS = re.compile(r"^.{0,10}?[-_|｜—–·]")
"""What a page's title adds to its headline: the site's or the section's name after a
separator, perhaps after a few words (`全文在线阅读 - 毛泽东选集第二卷`, `_新浪网`), not a
qualifier of the title (`（2023年）`)."""


@dataclass
class _Context:
    """Where the walk is: inside which lists and quotations."""

    lists: list[str] = field(default_factory=list)  # "ol" / "ul", innermost last
    quotes: int = 0
    item_marker: str | None = None  # the number of the list item whose first paragraph is next
    note_marker: str | None = None  # the mark of the footnote whose first paragraph is next
    row: list[str] | None = None  # the cells of the table row being read
    row_line: int = 0  # and its line


@dataclass
class _Reader:
    """Walks the block tokens, collecting lines and edits."""

    source: list[str]
    lines: list[Line] = field(default_factory=list)
    edits: list[Edit] = field(default_factory=list)
    context: _Context = field(default_factory=_Context)
    heading: int = 0  # the level of the heading whose inline content is next
    linked: list[Line] = field(default_factory=list)  # list items that are a link and no more

    def front_matter(self, token: Token) -> None:
        start, end = token.map or (0, 0)
        before = " · ".join(line.strip() for line in self.source[start + 1 : end - 1] if line)
        self.edits.append(Edit("markdown.front-matter", start + 1, before, ""))

    def token(self, token: Token) -> None:
        kind = token.type
        if kind == "bullet_list_open":
            self.context.lists.append("ul")
        elif kind == "ordered_list_open":
            self.context.lists.append("ol")
        elif kind in ("bullet_list_close", "ordered_list_close"):
            self.context.lists.pop()
        elif kind == "list_item_open":
            ordered = self.context.lists[-1:] == ["ol"]
            self.context.item_marker = token.info + token.markup if ordered else ""
        elif kind == "blockquote_open":
            self.context.quotes += 1
        elif kind == "blockquote_close":
            self.context.quotes -= 1
        elif kind == "heading_open":
            self.heading = int(token.tag[1:])
        elif kind == "footnote_open":
            self.context.note_marker = _note_mark(token)
        elif kind == "tr_open":
            self.context.row, self.context.row_line = [], self._line(token)
        elif kind == "tr_close" and self.context.row is not None:
            cells, self.context.row = self.context.row, None
            self._add(self.context.row_line, row_text(cells), Shape.ROW)
        elif kind == "inline":
            self._inline(token)
        elif kind == "html_block":
            self._html_block(token)
        elif kind == "hr":
            self._drop(
                token, "markdown.rule", self.source[token.map[0]].strip() if token.map else "---"
            )
        elif kind == "code_block" and _MARKUP_START.match(token.content.lstrip()):
            self._html_block(token)  # a page's markup indented as a saved page indents it
        elif kind in ("fence", "code_block"):
            for offset, text in enumerate(token.content.splitlines()):
                self._add(self._line(token) + offset + (kind == "fence"), text, Shape.PARAGRAPH)

    # ------------------------------------------------------------ lines

    def _line(self, token: Token) -> int:
        return (token.map[0] + 1) if token.map else (self.lines[-1].number if self.lines else 1)

    def _add(
        self, number: int, text: str, shape: Shape | None, level: int = 0, closed: bool = False
    ) -> None:
        if text.strip():
            self.lines.append(Line(number, text, shape, level, closed=closed))

    def _drop(self, token: Token, rule: str, before: str, after: str = "") -> None:
        self.edits.append(Edit(rule, self._line(token), before, after))

    def _shape(self) -> tuple[Shape | None, str]:
        """The shape of the paragraph now read, and the marker to write before it."""
        note, self.context.note_marker = self.context.note_marker, None
        marker, self.context.item_marker = self.context.item_marker, None  # taken here, or the
        # next paragraph outside would take it (a list in a quotation: `> 1. …`)
        if self.heading:
            return Shape.HEADING, ""
        if self.context.quotes:
            return Shape.QUOTE, marker or ""
        if note is not None:
            return Shape.PARAGRAPH, note
        if marker is not None:
            return (Shape.ITEM, marker) if marker else (Shape.BULLET, "")
        if self.context.lists:
            return Shape.CONTINUED, ""  # a later paragraph of a list item
        return Shape.PARAGRAPH, ""

    def _inline(self, token: Token) -> None:
        if self.context.row is not None:  # a table's cell: its row is one line
            self.context.row.append(" ".join(_Inline(self, token, self._line(token)).lines()))
            return
        shape, marker = self._shape()
        level, self.heading = self.heading, 0
        first = self._line(token)
        rendered = _Inline(self, token, first)
        texts = [self._broken_images(first, text) for text in rendered.lines()]
        if shape is Shape.PARAGRAPH and _image_caption(token):
            self.edits.extend(Edit("markdown.caption", first, text, "") for text in texts)
            return
        if shape is Shape.PARAGRAPH and len(texts) == 1 and _bold_heading(token, texts[0]):
            shape, level = Shape.HEADING, BOLD_LEVEL
        if shape is Shape.PARAGRAPH and len(texts) > 1:
            shape = None  # lines broken by hand: the normaliser judges them as plain text
        for offset, text in enumerate(texts):
            number = first + rendered.offsets[offset]
            prefix = marker if offset == 0 else ""
            if offset and shape is Shape.BULLET:
                shape = Shape.CONTINUED  # an item's line under a break: the same item's
            self._add(number, prefix + self._shortcodes(number, text), shape, level)
        if shape is Shape.BULLET and len(texts) == 1 and _link_only(token) and self.lines:
            self.linked.append(self.lines[-1])

    def _broken_images(self, number: int, text: str) -> str:
        """An image whose address a line break cut (`![](https://…-` over `kAA/0)`), which
        CommonMark leaves as text: it goes too, an edit."""
        for image in _BROKEN_IMAGE.findall(text):
            self.edits.append(Edit("markdown.image", self.locate(number, image[:12]), image, ""))
        return _BROKEN_IMAGE.sub("", text)

    def _shortcodes(self, number: int, text: str) -> str:
        """A site generator's shortcodes (`{{< video … >}}`) are no text: each goes, an edit;
        of a Liquid tag, the words it shows readers stay (`{% quot 开心时光 %}`: 开心时光)."""
        codes = _SHORTCODE.findall(text) + _EMOJI_CODE.findall(text) + _PANDOC.findall(text)
        codes += _SPAN_IAL.findall(text)
        for code in codes:
            self.edits.append(Edit("markdown.shortcode", number, code.strip(), ""))
        if "{%" in text:
            text = _LIQUID.sub(lambda tag: self._liquid(number, tag), text)
        text = _SPAN_IAL.sub("", text) if "{:" in text else text
        return _PANDOC.sub("", _EMOJI_CODE.sub("", _SHORTCODE.sub("", text))).strip()

    def _liquid(self, number: int, tag: re.Match[str]) -> str:
        pictured = _PICTURE_TAG.search(tag["name"])  # a picture's caption goes, as captions do
        shown = "" if pictured else _shown_words(tag["args"])
        self.edits.append(Edit("markdown.shortcode", number, tag.group(0), shown))
        return shown

    def _html_block(self, token: Token) -> None:
        raw = token.content.strip()
        captions = {line for inner in _FIGCAPTION.findall(raw) for line in fragment_lines(inner)}
        fragment = read_fragment(raw)
        shown = fragment.lines
        if _IMAGE_TAG.search(raw) and _captioned(fragment.pictured):
            captions.update(fragment.pictured)  # (a block's text away from its icon is none:
            # `<div><img …></div><div><h4>罰則</h4></div>違反…罰鍰。`)
        heading = _HTML_HEADING.match(raw)  # <h3>仍在押和失踪人士名单</h3>: a heading still
        if heading is None and _links_only(raw, shown):
            shown = []  # <div>⏩老生常谈 / <a href="…">大萌的老生常谈</a></div>: the site's
        kept = [line for line in shown if line not in captions]
        self._drop(token, "markdown.html", _clip(raw), "　".join(kept))
        self.edits.extend(Edit("markdown.caption", self._line(token), c, "") for c in captions)
        for text in kept:
            if heading is not None and len(kept) == 1:
                self._add(self._line(token), text, Shape.HEADING, int(heading.group(1)))
            elif text in fragment.headings:  # <div>…<h4>罰則</h4></div>违反…: the block's own
                self._add(self._line(token), text, Shape.HEADING, fragment.headings[text])
            else:  # (the writer's HTML closed it: `<p>…</p>`, however it ends)
                self._add(self._line(token), text, Shape.PARAGRAPH, closed=True)

    def locate(self, first: int, needle: str) -> int:
        """The line at or after `first` whose source holds `needle` (else `first`)."""
        for number in range(first, len(self.source) + 1):
            if needle in self.source[number - 1]:
                return number
        return first


CLIP = 80
NEEDLE = 8
"""Characters of a text looked for in the source to find its line (its formatting, left out of
the text, may follow them)."""


def _clip(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= CLIP else flat[:CLIP] + "…"


_BROKEN_IMAGE = re.compile(
    r"!\[[^\]\n]{0,200}\]\((?:(?:https?:)?//[^()\s]+(?:\s[^()\s]+)*|data:[^()\s]*)\)"
)
"""An image CommonMark left as text: its address cut by a line break, or an inline picture's
data whose markup (`data:image/svg+xml;utf8,<svg …></svg>`, a copy's placeholder) made it no
address at all."""


class _Inline:
    """The text of one inline token: formatting dropped, removals recorded, split at hard
    breaks into lines (`offsets` gives each line's offset from the block's first line)."""

    def __init__(self, reader: _Reader, token: Token, first: int) -> None:
        self.reader = reader
        self.first = first
        self.parts: list[list[str]] = [[]]
        self.offsets = [0]
        self.link: tuple[str, int] | None = None  # the target of the open link, and where its
        # text starts in the current line's parts
        self.callout: re.Match[str] | None = None  # the callout's mark this quotation opens with
        self.struck: tuple[list[str], int] | None = None  # where the open strikethrough starts
        self.struck_link = False  # it holds a link
        children = token.children or []
        self.apart = _lines_apart(children)
        for index, child in enumerate(children):
            self._child(child, children, index)

    def _strike(self, parts: list[str], start: int, alone: bool = False) -> None:
        """Drop the text struck through (`~~…~~`: what its writer took back, a retracted
        claim), recorded: shown as plain text it would read as said. A link struck through in a
        line of text is kept, its marks dropped: it is the link that is gone (`~~[微信原文](…)~~、
        ~~[NGOCN转载](…)~~ 均删除`, as an archive marks the copies deleted), not its words; alone
        on its line it goes (a dead link to the original). One that runs over a line break is
        kept as it is."""
        self.struck = None
        if parts is not self.parts[-1]:
            return
        text = "".join(parts[start:])
        line = self.reader.locate(self.first, text.strip()[:NEEDLE]) if text.strip() else self.first
        if self.struck_link and not alone:
            self.reader.edits.append(Edit("markdown.struck", line, f"~~{text}~~", text))
            return
        del parts[start:]
        self.reader.edits.append(Edit("markdown.struck", line, f"~~{text}~~", ""))

    def lines(self) -> list[str]:
        return [_drop_unparsed_strong("".join(parts)) for parts in self.parts]

    def _child(self, child: Token, siblings: list[Token], index: int) -> None:
        kind, parts = child.type, self.parts[-1]
        if kind == "text" and self.callout is None and self.reader.context.quotes:
            self.callout = _CALLOUT.match(child.content) if not any(parts) else None
            if self.callout is not None:  # `> [!note] 会议要点`: its title a line of its own
                line = self.reader.locate(self.first, self.callout.group(0).strip())
                self.reader.edits.append(Edit("markdown.callout", line, self.callout[0], ""))
                title = child.content[self.callout.end() :]
                kind_named = self.callout.group("kind")  # a type of the writer's own, shown
                if not title.strip() and _HAN_KIND.search(kind_named):  # as its title
                    title = kind_named
                parts.append(self._note_syntax(title))
                return
        if kind == "softbreak" and index and _is_break(siblings[index - 1]):
            return  # the line ended at its `<br>` already
        if kind == "text":
            parts.append(self._note_syntax(child.content))
        elif _is_break(child):  # `…<br>` at a line's end, as some write every line: it ends
            line = self.reader.locate(self.first + self._offset(siblings, index), child.content)
            self.reader.edits.append(Edit("markdown.html", line, child.content, ""))
            if "".join(parts).strip():
                after = index + 1 < len(siblings) and siblings[index + 1].type == "softbreak"
                self.parts.append([])
                self.offsets.append(self._offset(siblings, index + 1 if after else index))
        elif kind == "softbreak" and self.callout is not None and len(self.parts) == 1:
            self.parts.append([])  # under a callout's title
            self.offsets.append(self._offset(siblings, index))
        elif kind == "code_inline":
            parts.append(child.content)
        elif kind == "softbreak" and (pictures := _images_next(siblings, index)):
            self.parts.append([])  # the line after the pictures' line starts a line
            self.offsets.append(self._offset(siblings, pictures))
        elif kind == "softbreak" and (
            _item_next(parts, siblings, index)
            or _heading_over(parts, siblings, index)
            or _date_next(siblings, index)
            or _bold_label_next(siblings, index)
        ):
            self.parts.append([])  # `1.立即…；` over `2.确保…；`: a list's items, line by line
            self.offsets.append(self._offset(siblings, index))
        elif kind == "softbreak" and _CHAPTER_ALONE.match("".join(parts).strip()):
            self.parts.append([])  # `第 一 章 總則` over `第 1 條`: a law's chapter, a line
            self.offsets.append(self._offset(siblings, index))
        elif kind == "softbreak" and ALONE.match("".join(parts).strip()):
            parts.append(SEPARATOR)  # `第二条` over its text: the article's number and a space
        elif kind == "softbreak" and self.apart:
            self.parts.append([])  # a paragraph to a line (`_lines_apart`)
            self.offsets.append(self._offset(siblings, index))
        elif kind == "softbreak" and not _BRACKETED.match("".join(parts).strip()):
            parts.append(_soft_break(siblings, index))
        elif kind == "footnote_ref":
            parts.append(_note_mark(child))
        elif kind in ("hardbreak", "softbreak"):  # a line in 【】 over the text stays a line
            self.parts.append([])
            self.offsets.append(self._offset(siblings, index))
        elif kind == "s_open":
            self.struck = (parts, len(parts))
            self.struck_link = False
        elif kind == "s_close" and self.struck is not None:
            rest = siblings[index + 1 :]
            last = all(c.type in ("softbreak", "hardbreak") or not c.content.strip() for c in rest)
            self._strike(*self.struck, alone=last and not "".join(parts[: self.struck[1]]).strip())
        elif kind == "link_open":
            self.link = (str(child.attrs.get("href", "")), len(parts))
            self.struck_link = self.struck is not None
        elif kind == "link_close" and self.link is not None:
            href, start = self.link
            self.link = None
            text = "".join(parts[start:])
            if child.markup != "autolink" and href:
                line = self.reader.locate(self.first, href)
                wiki = bool(_WIKI_FURNITURE.search(href))  # a picture's or a category's link
                if wiki:
                    del parts[start:]
                kept = "" if wiki else text
                self.reader.edits.append(Edit("markdown.link", line, f"[{text}]({href})", kept))
        elif kind == "image":
            src = str(child.attrs.get("src", ""))
            line = self.reader.locate(self.first, src) if src else self.first
            before = f"![{child.content}]({src})"
            self.reader.edits.append(Edit("markdown.image", line, before, ""))
        elif kind == "html_inline":
            line = self.reader.locate(self.first, child.content)
            self.reader.edits.append(Edit("markdown.html", line, child.content, ""))

    def _note_syntax(self, text: str) -> str:
        """A text's note-taking syntax (Obsidian's, Logseq's) read as what it shows: an
        embedded file goes, a link to a note is its text (`[[目标|显示]]`: 显示; `[[目标]]`:
        目标), a highlight its text (`==…==`), a shared note's mark on a comment goes
        (`[name=仔魚]`); each removal an edit. A tag (`#产业工人`) stays
        as written: a page's text quotes hashtags (`「#叫人冲 #自己松」`) as it quotes words."""
        if "[[" in text:
            for embed in _EMBED.findall(text):
                line = self.reader.locate(self.first, embed)
                self.reader.edits.append(Edit("markdown.image", line, embed, ""))
            text = _EMBED.sub("", text)
            text = _WIKILINK.sub(lambda link: self._wikilink(link), text)
        if "=" in text and "[" in text:
            for tag in _NOTE_TAG.findall(text):
                line = self.reader.locate(self.first, tag.strip())
                self.reader.edits.append(Edit("markdown.tag", line, tag.strip(), ""))
            text = _NOTE_TAG.sub("", text)
        return _HIGHLIGHT.sub(r"\1", text) if "==" in text else text

    def _wikilink(self, link: re.Match[str]) -> str:
        target = _WIKI_PREFIX.sub("", link.group("target"))  # [[zh:人民币]]: the page's name
        shown = link.group("shown") or target.split("#")[0].strip()
        line = self.reader.locate(self.first, link.group(0))
        self.reader.edits.append(Edit("markdown.link", line, link.group(0), shown))
        return shown

    def _offset(self, siblings: list[Token], index: int) -> int:
        return sum(s.type in ("softbreak", "hardbreak") for s in siblings[: index + 1])


_NOTE_TAG = re.compile(r"[ \t]*\[(?:name|time|color)=[^\[\]\n]{1,40}\]")
"""A shared note's mark on a comment (HackMD's `[name=仔魚]`, `[time=Sun, Jan 6]`): who wrote
it and when, not its text."""
_CALLOUT = re.compile(r"^\[!(?P<kind>[A-Za-z-]{1,20}|[^\]\s!]{1,20})\][+-]?[ \t]*")
"""The mark a note-taker's callout opens with, in a quotation (`> [!note] 会议要点`), its type
perhaps the writer's own in Chinese (`> [!如果你想说点什么]`, which Obsidian shows as the title
where none follows)."""
_HAN_KIND = re.compile(r"[\u4e00-\u9fff]")
_EMBED = re.compile(r"!\[\[[^\[\]\n]{1,200}\]\]")
"""A note-taker's embedded file (`![[会议照片.jpg]]`)."""
_WIKILINK = re.compile(r"\[\[(?P<target>[^\[\]|\n]{1,200})(?:\|(?P<shown>[^\[\]\n]{1,200}))?\]\]")
"""A link to another note (`[[新就业形态劳动者]]`, `[[目标|显示的字]]`)."""
_WIKI_PREFIX = re.compile(r"^:?(?:[a-z]{2,3}(?:-[a-z]{2,4})?|wikt|w|Wikipedia|维基百科)\s*:(?=\S)")
"""A wiki link's language or wiki before the page's name (`zh:`, `en:`, `w:`): not shown."""
_HIGHLIGHT = re.compile(r"==(?=\S)([^=\n]{1,500}?)(?<=\S)==")
"""A highlight (`==切实维护职工合法权益==`): formatting, as emphasis is."""
_CHAPTER_ALONE = re.compile(
    r"^第\s*[一二三四五六七八九十百零〇\d]{1,4}\s*[章编編节節](?:\s+[^\s，。；：！？,;:!?]{1,20})?$"
)
"""A law's chapter alone on its line (`第 一 章 總則`), as the law database's pages set it over
its first article: the line is the chapter's heading, not the start of a paragraph."""
_BRACKETED = re.compile(r"^【[^【】]+】$")
"""A line wholly in 【】 (a byline, a column's name): what follows it starts a line."""
_IMAGE_TAG = re.compile(r"<img\b", re.IGNORECASE)
PICTURE_CAPTION = 60
"""A caption set beside its picture is at most this long…"""
PICTURE_CAPTION_LINES = 2
"""…in this many lines."""


LINKED = 0.5
"""A block of HTML whose visible text is at least this share links to other pages, and no
sentence, is the site's navigation…"""


def _links_only(raw: str, lines: list[str]) -> bool:
    """…(`<div align="right">⏩老生常谈 / <a href="https://…/c/">大萌的老生常谈</a></div>`, a
    column's label and link, in a post's Markdown): not the text's."""
    return (
        bool(lines) and not any(ends_sentence(line) for line in lines) and link_share(raw) >= LINKED
    )


def _captioned(lines: list[str]) -> bool:
    """Whether the lines a block of HTML holds beside a picture are its caption (`<div><img …>
    <br>表一. 2018年至今被打压工运人士概况</div>`): a line or two, each short."""
    return 0 < len(lines) <= PICTURE_CAPTION_LINES and all(
        len(line.strip()) <= PICTURE_CAPTION for line in lines
    )


_FIGCAPTION = re.compile(r"<figcaption\b[^>]*>(.*?)</figcaption>", re.DOTALL | re.IGNORECASE)


def _image_caption(token: Token) -> bool:
    """A paragraph of an image and the caption set in italics after it (`![](…)_涉事酒店_`): the
    caption goes with the image, as a figure's does."""
    children = [
        c
        for c in token.children or []
        if (c.type != "softbreak" and c.content.strip()) or c.type not in ("text", "softbreak")
    ]
    kinds = [c.type for c in children]
    return (
        len(kinds) >= 4
        and kinds[0] == "image"
        and kinds[1] == "em_open"
        and kinds[-1] == "em_close"
        and all(kind in ("text", "code_inline") for kind in kinds[2:-1])
    )


def _note_mark(token: Token) -> str:
    """How a footnote is marked in the text: `[1]`, numbered in the order of the notes."""
    return f"[{int(token.meta['id']) + 1}]"


_HTML_HEADING = re.compile(r"^<h([1-6])\b[^>]*>.*</h\1>$", re.IGNORECASE | re.DOTALL)
"""A heading written in HTML inside a Markdown file (as blog generators keep them)."""


def _is_break(token: Token) -> bool:
    """Whether `token` is a line break written in HTML (`<br>`)."""
    return token.type == "html_inline" and _BREAK.fullmatch(token.content.strip()) is not None


def _bolds(token: Token, side: str) -> bool:
    """Whether `token` opens (`side` "open") or closes ("close") bold text, in Markdown or in
    HTML (`<strong>`, `<b>`)."""
    tags = ("<strong>", "<b>") if side == "open" else ("</strong>", "</b>")
    inline = token.type == "html_inline" and token.content.lower() in tags
    return token.type == f"strong_{side}" or inline


def _bold_heading(token: Token, text: str) -> bool:
    """A paragraph that is all bold, short and no sentence: a heading written as bold text
    (`**正式逮捕**`, or in HTML: `<strong>正式逮捕</strong>`), or the first half of one, which
    breaks off after a clause (`**骗局曝光后，**`: `headings.join_broken_headings` joins it to
    the rest, or makes it a paragraph)."""
    children = [
        c for c in token.children or [] if c.type != "softbreak" and (c.type != "text" or c.content)
    ]
    bold = (
        len(children) >= 3
        and _bolds(children[0], "open")
        and _bolds(children[-1], "close")
        and all(c.type in ("text", "code_inline") for c in children[1:-1])
    )
    heading = text.rstrip().rstrip(HEADING_BROKEN)  # its first half (`**骗局曝光后，**`)
    headed = is_heading_like(heading, max_length=BOLD_HEADING) or _numbered_question(text)
    return bold and bool(heading) and headed and not CONTACT_POINT.search(text)


def _numbered_question(text: str) -> bool:
    """A numbered question, all of it bold (`**三、主动辞职能不能领取失业保险金呢？**`): a question
    and answer page's question, which heads its answer; or a short one, numbered or not
    (`**扣分制度，烂在哪里？**`, an article's subhead among others set in bold)."""
    stripped = text.strip()
    return (
        len(stripped) <= BOLD_HEADING
        and stripped.endswith(("？", "?"))
        and (leading_marker(stripped) is not None or _subhead_question(stripped))
        and not any(mark in stripped[:-1] for mark in SENTENCE_END)
    )


SHORT_QUESTION = 16
"""A question set in bold alone, this long or shorter, is a subhead…"""


def _subhead_question(text: str) -> bool:
    """…unless someone says it (`他说：真的吗？`, a line of quoted speech)."""
    return len(text) <= SHORT_QUESTION and not any(mark in text for mark in '：:“”「」"')


def _soft_break(siblings: list[Token], index: int) -> str:
    """A soft line break inside a paragraph: nothing between Chinese text or after a hyphen
    (`S-` over `Connect`), else a space."""
    before = _edge(siblings[:index], -1)
    after = _edge(siblings[index + 1 :], 0)
    if before and after and not (before.isascii() and after.isascii()):
        return ""
    if before == "-" and after.isalnum():
        return ""
    return " " if before and after else ""


def _edge(tokens: list[Token], end: int) -> str:
    """The character at one end of the text of `tokens` (the last one for end=-1)."""
    texts = [t.content for t in tokens if t.type in ("text", "code_inline") and t.content]
    if not texts:
        return ""
    return texts[end][end]


def _drop_unparsed_strong(text: str) -> str:
    """`**` marks CommonMark left as text beside Chinese punctuation, when they pair up; stars
    that mask a name (`金****檬`, three or more right after a character) are no marks."""
    pieces = _MASK.split(text)  # text, mask, text …
    count = sum(piece.count(STRONG) for piece in pieces[::2])
    if count < 2 or count % 2:
        return text
    return "".join(
        piece if at % 2 else piece.replace(STRONG, "") for at, piece in enumerate(pieces)
    )


_MASK = re.compile(r"(?<=\w)(\*{3,})")
