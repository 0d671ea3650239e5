"""Plain-text seeds (`.txt`): bytes decoded into numbered lines. The other text formats
(Markdown, HTML) decode their bytes with `decode` too.

A seed is UTF-8, with or without a byte-order mark. A file that is not UTF-8 is read as GB18030
(which includes GBK and GB2312) or Big5 (with Hong Kong's characters), with a warning: nearly any
bytes decode as GB18030, so which of the two is meant is told by which reading makes sense
(charset-normalizer, `legacy_encodings`). Line endings may be LF,
CRLF or CR, even mixed; each ends one line, and a final line ending does not start an extra empty
line. Only these three end a line: form feeds, U+2028 and the like stay inside the text.
Lines keep their content otherwise (spaces included); normalisation is a later stage. A saved
web page named `.txt` (it opens with `<!DOCTYPE html` or `<html`, and has a head, a body or an
end tag) is read as the page it is, with a warning.

Errors name the file, and the line where there is one:

    seeds/x.txt: cannot be read: No such file or directory
    seeds/x.txt: is empty
    seeds/x.txt: is empty (only whitespace)
    seeds/x.txt: is UTF-16 text; save it as UTF-8
    seeds/x.txt: is binary, not text
    seeds/x.txt:3: not valid UTF-8, GB18030 or Big5 text
"""

from __future__ import annotations

import codecs
import logging
import math
import re
from pathlib import Path

from unionreader.errors import SeedError, display_path
from unionreader.model import Line, RawText, Seed

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
    return RawText(seed=seed, encoding=encoding, lines=split_lines(text))


def decode(path: Path) -> tuple[str, str]:
    """The text of a file and its encoding; SeedError if it is missing, binary, undecodable or
    empty."""
    data = read_bytes(path)
    _check_text(data, path)
    text, encoding = _decode(data, path)
    if not text.strip():
        raise SeedError("is empty (only whitespace)" if text else "is empty", path)
    return text, encoding


def split_lines(text: str) -> tuple[Line, ...]:
    """Split on LF, CRLF and CR; number the lines from 1; no extra line after a final break."""
    parts = _BREAK.split(text)
    if parts[-1] == "":
        parts.pop()
    return tuple(Line(number, part) for number, part in enumerate(parts, start=1))


def read_bytes(path: Path) -> bytes:
    """The bytes of a seed file; SeedError naming it when it cannot be read."""
    try:
        return path.read_bytes()
    except OSError as error:
        reason = error.strerror or str(error)
        raise SeedError(f"cannot be read: {reason}", path) from error


def _check_text(data: bytes, path: Path) -> None:
    """Refuse UTF-16 and binary files before trying to decode them."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise SeedError("is UTF-16 text; save it as UTF-8", path)
    if b"\x00" in data:
        raise SeedError("is binary, not text", path)
    controls = len(_CONTROL_BYTES.findall(data))
    if controls * _CONTROL_SHARE > len(data):
        raise SeedError("is binary, not text", path)


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
    for encoding in legacy_encodings(body):
        try:
            text = body.decode(encoding)
        except UnicodeDecodeError as error:
            stops.append(error.start)
            continue
        logger.warning("%s: not UTF-8; read as %s", display_path(path), NAMES[encoding])
        return text.removeprefix("\ufeff"), encoding
    raise SeedError("not valid UTF-8, GB18030 or Big5 text", path, _line_at(body, max(stops)))


NAMES = {GB18030: "GB18030", BIG5: "Big5"}


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
    return sum(1 for char in text if "\ue000" <= char <= "\uf8ff")


def _line_at(data: bytes, offset: int) -> int:
    """The 1-based line of a byte offset (line breaks are ASCII in UTF-8 and GB18030 alike)."""
    return len(_BREAK_BYTES.findall(data, 0, offset)) + 1
