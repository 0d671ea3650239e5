"""Plain-text seeds (`.txt`): bytes decoded into numbered lines. The other text formats
(Markdown, HTML) decode their bytes with `decode` too.

A seed is UTF-8, with or without a byte-order mark. A file that is not UTF-8 but decodes as
GB18030 (which includes GBK and GB2312) is read as such, with a warning. Line endings may be LF,
CRLF or CR, even mixed; each ends one line, and a final line ending does not start an extra empty
line. Only these three end a line: form feeds, U+2028 and the like stay inside the text.
Lines keep their content otherwise (spaces included); normalisation is a later stage.

Errors name the file, and the line where there is one:

    seeds/x.txt: cannot be read: No such file or directory
    seeds/x.txt: is empty
    seeds/x.txt: is empty (only whitespace)
    seeds/x.txt: is UTF-16 text; save it as UTF-8
    seeds/x.txt: is binary, not text
    seeds/x.txt:3: not valid UTF-8 or GB18030 text
"""

from __future__ import annotations

import codecs
import logging
import re
from pathlib import Path

from unionreader.errors import SeedError, display_path
from unionreader.model import Line, RawText, Seed

logger = logging.getLogger(__name__)

UTF8 = "utf-8"
GB18030 = "gb18030"

_BREAK = re.compile(r"\r\n|\r|\n")
_BREAK_BYTES = re.compile(rb"\r\n|\r|\n")
# C0 controls other than tab, LF, VT, FF and CR, and DEL: rare in text, common in binary files.
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1f\x7f]")
# A file is binary when more than one byte in this many is a control byte.
_CONTROL_SHARE = 20


def read_text(seed: Seed) -> RawText:
    """Read and decode one text file into numbered lines; raise SeedError if it is not text."""
    text, encoding = decode(seed.path)
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
    """Decode as UTF-8 (BOM removed), else as GB18030 with a warning.

    When both fail, the error names the line where the decoding that got further broke: that is
    the likelier encoding of the file, and the line most likely to need mending.
    """
    body = data.removeprefix(codecs.BOM_UTF8)
    try:
        return body.decode(UTF8), UTF8
    except UnicodeDecodeError as error:
        utf8_stop = error.start
    try:
        text = body.decode(GB18030)
    except UnicodeDecodeError as error:
        line = _line_at(body, max(utf8_stop, error.start))
        raise SeedError("not valid UTF-8 or GB18030 text", path, line) from None
    logger.warning("%s: not UTF-8; read as GB18030", display_path(path))
    return text.removeprefix("\ufeff"), GB18030


def _line_at(data: bytes, offset: int) -> int:
    """The 1-based line of a byte offset (line breaks are ASCII in UTF-8 and GB18030 alike)."""
    return len(_BREAK_BYTES.findall(data, 0, offset)) + 1
