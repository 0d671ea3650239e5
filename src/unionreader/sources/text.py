"""Plain-text seeds (`.txt`): bytes decoded into numbered lines. The other text formats
(Markdown, HTML) decode their bytes with `decode` too.

A seed is UTF-8, with or without a byte-order mark. A file that is not UTF-8 is read as GB18030
(which includes GBK and GB2312) or Big5 (with Hong Kong's characters), with a warning: nearly any
bytes decode as GB18030, so which of the two is meant is told by which reading makes sense
(charset-normalizer, `legacy_encodings`). UTF-16 (what Windows' Notepad saves as "Unicode") is
read too, with a warning: by its byte-order mark, or without one when it has zero bytes (the
high byte of every ASCII character, line breaks included, and the low byte of 一, 最, 退…) and
reads as Chinese text in one byte order (the order with more zeros on the high side tried
first). A
few stray zero bytes in a text (a copy's or a download's damage, no character of any encoding
here) are taken out, with a warning naming the first line that held one. Line endings may be LF,
CRLF or CR, even mixed; each ends one line, and a final line ending does not start an extra empty
line; so does a line separator (U+2028: a `<br>` copied from a web page or Word), and a
paragraph separator (U+2029) a paragraph, the lines they part keeping their line's number.
Form feeds, NEL and the like stay inside the text.
Lines keep their content otherwise (spaces included); normalisation is a later stage. A saved
web page named `.txt` (it opens with `<!DOCTYPE html` or `<html`, and has a head, a body or an
end tag) is read as the page it is, with a warning; so is Markdown named `.txt` (it opens with
front matter or a `#` heading, or has two `#` headings: no plain text starts a line so), copied
from a repository or a site generator's sources.

Errors name the file, and the line where there is one:

    seeds/x.txt: cannot be read: No such file or directory
    seeds/x.txt: is empty
    seeds/x.txt: is empty (only whitespace)
    seeds/x.txt: is binary, not text
    seeds/x.txt:3: not valid UTF-8, GB18030 or Big5 text
"""

from __future__ import annotations

import codecs
import logging
import math
import re
from dataclasses import replace
from pathlib import Path

from unionreader.chinese import HAN, compact
from unionreader.errors import SeedError, display_path
from unionreader.model import Edit, Line, RawText, Seed

logger = logging.getLogger(__name__)

UTF8 = "utf-8"
GB18030 = "gb18030"
BIG5 = "big5hkscs"
LEGACY = (GB18030, BIG5)
"""The encodings of Chinese text before UTF-8 that a seed may be in, the more common first."""

_BREAK = re.compile(r"\r\n|\r|\n")
_PAGE = re.compile(
    r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>])", re.IGNORECASE | re.DOTALL
)
_PAGE_BODY = re.compile(r"<(?:body|head)[\s>]|</html>", re.IGNORECASE)
_BREAK_BYTES = re.compile(rb"\r\n|\r|\n")
_ATX_HEADING = re.compile(r"^ {0,3}#{1,6}[ \t]+\S", re.MULTILINE)
_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\n(?:[^\n]*\n){0,60}?---[ \t]*(?:\n|\Z)")
_FIELD = re.compile(r"^[A-Za-z_][\w -]{0,30}:(?:[ \t]|$)", re.MULTILINE)
# C0 controls other than tab, LF, VT, FF and CR, and DEL: rare in text, common in binary files.
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1f\x7f]")
# A file is binary when more than one byte in this many is a control byte.
_CONTROL_SHARE = 20


def read_text(seed: Seed) -> RawText:
    """Read and decode one text file into numbered lines; raise SeedError if it is not text."""
    text, encoding = decode(seed.path)
    if _PAGE.match(text) and _PAGE_BODY.search(text):
        from unionreader.sources.html import read_html  # which reads its text with `decode`

        logger.warning("%s: is a web page; read as one (name it .html)", display_path(seed.path))
        return read_html(seed)
    if is_markdown(text):
        from unionreader.sources.markdown import read_markdown  # which reads it with `decode`

        logger.warning("%s: is Markdown; read as such (name it .md)", display_path(seed.path))
        return read_markdown(seed)
    lines = split_lines(text)
    record = _record_fields(lines)
    if not record:
        return RawText(seed=seed, encoding=encoding, lines=lines)
    from unionreader.sources.frontmatter import stated_meta

    fields: dict[object, object] = {key: value for _, key, value in record}
    edits = [Edit(RECORD, line.number, line.text, "") for line, _, _ in record]
    body = list(lines[len(record) :])
    last, key, value = record[-1]
    if key in _BODY_KEYS and value:
        body.insert(0, replace(last, text=value))  # content: 本报讯…
        edits.pop()
    return RawText(seed, encoding, tuple(body), stated_meta(fields, seed.path), tuple(edits))


RECORD = "text.record"
_RECORD_FIELD = re.compile(
    r"^\s*(?P<key>title|url|link|href|time|date|pubdate|publish_?time|pub_?time|source|author"
    r"|editor|category|tags|keywords|content|text|body)\s*[:：]\s*(?P<value>.*)$",
    re.IGNORECASE,
)
"""A field of a crawler's record, as a scraped article's file opens (`title: …`, `url: …`,
`time: …`, `source: …`, `content: …`)."""
_BODY_KEYS = frozenset({"content", "text", "body"})
RECORD_LEAST = 2
"""A record opens with at least this many fields, one of them `title` or `url`."""


_LABELLED_FIELD = re.compile(r"^\s*【\s*(?P<key>[^】\s][^】]{0,11}?)\s*】\s*(?P<value>.*)$")
"""A field of a catalogue's record, its label in brackets (`【 标  题 】社会主义市场经济与…`,
`【原文出处】上海工运`, as the 人大复印报刊资料 and the corpora made from it give each text)."""
_LABELS = {
    "标题": "title", "题名": "title", "作者": "author", "著者": "author", "责任者": "author",
    "原文出处": "source", "出处": "source", "来源": "source", "刊名": "source",
    "原刊期号": "date", "日期": "date", "发表日期": "date", "正文": "content", "全文": "content",
}  # fmt: skip
"""The labels of such a record that name a field of the text (the rest, `文献号`, `原刊页号`,
`分类号`, are the catalogue's own)."""
_ISSUE = re.compile(r"^(?P<year>(?:19|20)\d\d)(?P<month>0[1-9]|1[0-2])$")
"""An issue given as year and month (`199904`)."""


def _record_fields(lines: tuple[Line, ...]) -> list[tuple[Line, str, str]]:
    """The fields a plain text opens with when it is a crawler's record (`RECORD_LEAST` of them
    or more, `title` or `url` among them) or a catalogue's (its labels in brackets, `title`
    among them), up to and with the one that opens the body (`content:`, `【 正  文 】`), each
    as its line, its key and its value; [] when it opens otherwise."""
    fields: list[tuple[Line, str, str]] = []
    for line in lines:
        match = _RECORD_FIELD.match(line.text)
        labelled = None if match else _LABELLED_FIELD.match(line.text)
        if match is not None:
            key, value = match["key"].lower(), match["value"].strip()
        elif labelled is not None:
            key = _LABELS.get(compact(labelled["key"]), compact(labelled["key"]))
            value = labelled["value"].strip()
            if key == "date" and (issue := _ISSUE.match(value)):
                value = f"{issue['year']}-{issue['month']}"
        else:
            break
        fields.append((line, key, value))
        if key in _BODY_KEYS:
            break
    keys = {key for _, key, _ in fields}
    return fields if len(fields) >= RECORD_LEAST and keys & {"title", "url", "link"} else []


def is_markdown(text: str) -> bool:
    """Whether a text is Markdown: it opens with front matter (`---`, fields, `---`) or with a
    `#` heading, or it has two `#` headings."""
    front = _FRONT_MATTER.match(text)
    if front and _FIELD.search(front.group(0)):
        return True
    headings = _ATX_HEADING.finditer(text)
    first = next(headings, None)
    if first is None:
        return False
    return not text[: first.start()].strip() or next(headings, None) is not None


def decode(path: Path) -> tuple[str, str]:
    """The text of a file and its encoding; SeedError if it is missing, binary, undecodable or
    empty."""
    data = read_bytes(path)
    wide = _utf16(data)
    if wide is not None:
        logger.warning("%s: not UTF-8; read as UTF-16", display_path(path))
        text, encoding = data.decode(wide).removeprefix("\ufeff"), wide
    else:
        text, encoding = _decode(_without_zeros(data, path), path)
    if not text.strip():
        raise SeedError("is empty (only whitespace)" if text else "is empty", path)
    return text, encoding


def split_lines(text: str) -> tuple[Line, ...]:
    """Split on LF, CRLF and CR; number the lines from 1; no extra line after a final break.
    Within a line, a line separator (U+2028, a `<br>` copied from a web page or Word) ends a
    line and a paragraph separator (U+2029) a paragraph too (a blank line after it): the lines
    so made keep the number of the line they stand in, as an editor shows it."""
    parts = _BREAK.split(text)
    if parts[-1] == "":
        parts.pop()
    lines: list[Line] = []
    for number, part in enumerate(parts, start=1):
        if "\u2028" not in part and "\u2029" not in part:
            lines.append(Line(number, part))
            continue
        pieces = _SEPARATOR.split(part)  # text, separator, text, …, text
        texts, separators = pieces[::2], [*pieces[1::2], ""]
        if not texts[-1]:  # a separator closing the line: no line after it
            texts.pop()
        for piece, separator in zip(texts, separators, strict=False):
            lines.append(Line(number, piece))
            if separator == "\u2029":
                lines.append(Line(number, ""))
    return tuple(lines)


_SEPARATOR = re.compile("([\u2028\u2029])")


def read_bytes(path: Path) -> bytes:
    """The bytes of a seed file; SeedError naming it when it cannot be read."""
    try:
        return path.read_bytes()
    except OSError as error:
        reason = error.strerror or str(error)
        raise SeedError(f"cannot be read: {reason}", path) from error


UTF16 = {codecs.BOM_UTF16_LE: "utf-16-le", codecs.BOM_UTF16_BE: "utf-16-be"}
_UNCOMMON = re.compile(f"[^\\t\\n\\r\\x20-\\x7e{HAN}\\u3000-\\u303f\\uff00-\\uffef\\u2010-\\u2027]")
"""Characters other than ASCII's, Chinese ones and Chinese punctuation."""


def _utf16(data: bytes) -> str | None:
    """The UTF-16 codec `data` is written in, when it is UTF-16 text: it opens with a
    byte-order mark, or it has zero bytes and decodes in one byte order (the one with more
    zeros at even offsets, big-endian, or odd, little-endian, first) into text nearly all of
    whose characters are ASCII's, Chinese or Chinese punctuation (a binary file's pairs decode
    to anything); else None."""
    for mark, codec in UTF16.items():
        if data.startswith(mark) and len(data) % 2 == 0:
            return codec
    zeros = data.count(0)
    if not zeros or len(data) % 2:
        return None
    even = data[::2].count(0)
    likelier = ("utf-16-be", "utf-16-le") if even * 2 > zeros else ("utf-16-le", "utf-16-be")
    for codec in likelier:  # both: Chinese puts zeros on both sides (一 U+4E00, 最 U+6700)
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if len(_UNCOMMON.findall(text)) * _CONTROL_SHARE <= len(text):
            return codec
    return None


def _without_zeros(data: bytes, path: Path) -> bytes:
    """`data`, with a few stray zero bytes taken out (a warning names the first one's line);
    SeedError when it holds so many control bytes that it is no text."""
    controls = len(_CONTROL_BYTES.findall(data))
    if controls * _CONTROL_SHARE > len(data):
        raise SeedError("is binary, not text", path)
    zeros = data.count(0)
    if not zeros:
        return data
    line = _line_at(data, data.index(0))
    logger.warning(
        "%s:%d: %d zero byte%s taken out (no text; the file is likely damaged there)",
        display_path(path),
        line,
        zeros,
        "s" if zeros > 1 else "",
    )
    return data.replace(b"\x00", b"")


def _decode(data: bytes, path: Path) -> tuple[str, str]:
    """Decode as UTF-8 (BOM removed), else as GB18030 or Big5 (`legacy_encodings`), with a
    warning.

    When all fail, the error names the line where the decoding that got furthest broke: that is
    the likelier encoding of the file, and the line most likely to need mending.
    """
    body = data.removeprefix(codecs.BOM_UTF8)
    try:
        return body.decode(UTF8), UTF8
    except UnicodeDecodeError as error:
        stops = [error.start]
    readings: list[tuple[str, str, int, int]] = []  # encoding, text, bad sequences, first
    for encoding in legacy_encodings(body):
        try:
            readings.append((encoding, body.decode(encoding), 0, 0))
        except UnicodeDecodeError as error:
            stops.append(error.start)
            if (nearly := nearly_decoded(body, encoding)) is not None:
                readings.append((encoding, *nearly))
    if readings:  # in the detector's order, but a reading with characters of the private
        # use area (GB18030's of Big5 bytes) after one without, and a damaged one after a whole
        encoding, text, count, first = min(readings, key=lambda r: (_private(r[1]) > 0, r[2]))
        if count:
            warn_damaged(path, body, encoding, count, first)
        logger.warning("%s: not UTF-8; read as %s", display_path(path), NAMES[encoding])
        return text.removeprefix("\ufeff"), encoding
    raise SeedError("not valid UTF-8, GB18030 or Big5 text", path, _line_at(body, max(stops)))


NAMES = {GB18030: "GB18030", BIG5: "Big5"}
BAD_SHARE = 0.002
"""A file that decodes in an encoding but for at most this share of its bytes beyond ASCII…"""
BAD_MOST = 20
"""…and at most this many bad sequences is in that encoding, a few bytes damaged: they are
read as U+FFFD (with a warning naming the line of the first), not the whole file in another
encoding (GB18030 reads any bytes, a Big5 page with one bad byte among them into nonsense)."""


def nearly_decoded(data: bytes, encoding: str) -> tuple[str, int, int] | None:
    """`data` in `encoding` with its few bad sequences replaced (`BAD_SHARE`, `BAD_MOST`): the
    text, how many there were and the offset of the first; None if it decodes cleanly or is
    too damaged to be in it."""
    bad: list[int] = []

    def replaced(error: UnicodeError) -> tuple[str, int]:
        assert isinstance(error, UnicodeDecodeError)
        bad.append(error.start)
        return "\ufffd", error.end

    name = f"unionreader-{encoding}-nearly"
    codecs.register_error(name, replaced)
    try:
        text = data.decode(encoding, errors=name)
    except LookupError:
        return None
    if not bad:
        return None
    wide = len(data) - len(data.translate(None, _WIDE_BYTES))  # the bytes beyond ASCII
    if len(bad) > min(BAD_MOST, max(1, BAD_SHARE * wide)):
        return None
    return text, len(bad), bad[0]


_WIDE_BYTES = bytes(range(0x80, 0x100))


def warn_damaged(path: Path, data: bytes, encoding: str, count: int, first: int) -> None:
    logger.warning(
        "%s:%d: %d byte sequence%s that %s does not read, shown as �",
        display_path(path),
        _line_at(data, first),
        count,
        "" if count == 1 else "s",
        NAMES.get(encoding, encoding),
    )


def legacy_encodings(data: bytes) -> list[str]:
    """`LEGACY`, the one whose reading of `data` makes sense first: nearly any bytes decode as
    GB18030, Big5 among them, into characters nobody writes together. charset-normalizer tells
    them apart by how ordinary the text each reading gives is; where it cannot (a short text,
    much of it Latin), the reading with fewer characters of the private use area comes first.
    On the 2,005 texts of the two real collections and the seeds, encoded both ways, whole and
    cut to 200 and 60 characters (8,730 samples), none is read first as the other encoding;
    charset-normalizer could not tell 32 of them (`python bench/encodings.py --seeds DIR…`)."""
    import charset_normalizer  # loaded only for a file that is not UTF-8

    best = charset_normalizer.from_bytes(data, cp_isolation=list(LEGACY)).best()
    if best is None or best.encoding not in LEGACY:
        return sorted(LEGACY, key=lambda encoding: _oddness(data, encoding))
    return [best.encoding, *(encoding for encoding in LEGACY if encoding != best.encoding)]


def _oddness(data: bytes, encoding: str) -> float:
    """How little `data` reads as text in `encoding`: the characters of the private use area it
    decodes to (GB18030 reads Big5's bytes as many of them; no text writes them), or infinity
    when it does not decode."""
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return math.inf
    return _private(text)


def _private(text: str) -> int:
    """How many characters of the private use area `text` holds."""
    return sum(1 for char in text if "\ue000" <= char <= "\uf8ff")


def _line_at(data: bytes, offset: int) -> int:
    """The 1-based line of a byte offset (line breaks are ASCII in UTF-8 and GB18030 alike)."""
    return len(_BREAK_BYTES.findall(data, 0, offset)) + 1
