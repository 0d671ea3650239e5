"""Simplified → Traditional for the Traditional edition: OpenCC's `s2tw` (Taiwan's standard
glyphs, 為 rather than the rare 爲, and no vocabulary rewrites; `bench/opencc_configs.py`
measured the choice), with a small table of words it gets wrong (`overrides.txt`).

The conversion keeps every text's length (each entry of `s2tw` and of the table maps n
characters to n), so offsets into a converted text are offsets into the Simplified one: a page
split into runs by markup converts as one text, and search offsets hold in both editions.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

import numpy as np
import numpy.typing as npt

from unionreader.arrays import POLYNOMIAL_BASE, code_points, ranks, span_hashes, text_of
from unionreader.chinese import HAN, HAN_RANGES
from unionreader.edition.guard import word_guard
from unionreader.normalise.conversion import conversion

logger = logging.getLogger(__name__)

CONFIG = "s2tw"
CONVERTED_RANGES = (*HAN_RANGES, (0x3007, 0x3007), (0x20000, 0x3FFFF))
CONVERTED = "".join(f"\\U{first:08x}-\\U{last:08x}" for first, last in CONVERTED_RANGES)
"""Every character the conversion may change or read as part of a word (the Chinese ones, 〇
and the planes of rare ones), as a pattern's character class; a test holds every dictionary
entry, override and common word of the guard to it."""
OVERRIDES = Path(__file__).with_name("overrides.txt")
CHOICES = (("签", "簽"), ("范", "范"), ("郁", "郁"), ("余", "余"))
"""Characters whose reading OpenCC's table lists a rarer one first, read as the common one
where no entry of more characters reads them (签 alone is 簽, to sign, in 已签, 应签尽签, 签合同;
抽签, 标签, 书签 stay 籤). Measured on 1,000 press releases written in Traditional (Taiwan's
Office of the President), converted to Simplified and back (`bench/edition_originals.py`):
the only character the table's first reading gets wrong more often than right. And 范 alone
is the surname (大使范惠君, 范志明老师: jieba's dictionary tags 范 alone as a name), where the
table's first reading is 範: every word of 範 in jieba's dictionary used 20 times or more is
an entry of the table (范围, 规范, 示范, 防范, 典范 …), and the few rarer ones that are not are
in `overrides.txt` (失范, 范型 …). On 500 of those press releases, 13 surnames had been 範.
So is 郁 alone a name (王郁琦: jieba tags it so), not 鬱, whose words are all the table's
(忧郁, 郁闷, 抑郁 …). And 余 alone is the surname (余振东, 余光中) or the writer's 余 (余誓以至诚),
not 餘: the words of 餘 jieba counts 20 times or more are the table's entries (其余, 剩余, 业余 …)
or a number's 余 before its measure (十余年, 30余家, 百余人: jieba tags them numerals), which
`overrides.txt` reads 餘 (余年, 余家, 余人 …). On the 500 press releases: 9 glyphs of 余 or 餘
differed from the writers' (surnames and oaths written 餘), 4 now (3 of them a name written
陳寶餘)."""


@functools.cache
def overrides() -> dict[str, str]:
    """The table: Simplified word → Traditional word."""
    table = {}
    for number, line in enumerate(OVERRIDES.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        simplified, traditional = line.split("\t")
        if len(simplified) != len(traditional):
            raise ValueError(f"{OVERRIDES}:{number}: the two words differ in length")
        table[simplified] = traditional
    return table


IN_CONTEXT = {
    "不准": f"不准(?:(?=[{HAN}])|(?<=[一二三四五六七八九十]不准))",
    "里": r"里(?<=[〇一二三四五六七八九十百千万两几数\d]里)",
    "云": r"云(?=\s*[：:「“])(?:(?<![\u4e00-\u9fff]云)|(?<=[人诗书传又亦经记曰语谚]云))",
}
"""Words the table takes only in a context (a pattern), as they are: 不准 forbids before what
it forbids (不准拖欠工资, 不准他, 不准再组织) and in a numbered list of prohibitions (三不准,
八不准); elsewhere it is 不準, not accurate (定位不准、), as OpenCC's table reads it, and so
after a verb it completes (拿不准, 说不准, 看不准: entries of the table, which start first) and
in a word of 準 (不准确, 不准时: longer entries of the table). On the real texts of the audits,
23 of 30 uses of 不准 forbid, and OpenCC wrote 不準 for every one. 里 after a number is the
measure of distance (数千里外, 七百里, 十万里: OpenCC read 里外 and 百里 as 裡); 云 before a
colon or a quotation, after a pause or a source's word, says what is quoted (所遇女子也。云：「…,
传云：, 古人云：), not 雲, a cloud. Each pattern opens with its word, and looks behind it only
once it is found: the table's pattern then still finds its words by their first characters
(a pattern that opened with a look behind made it try every place of a text, 22 times slower,
and a cold build 1.2 times slower: `bench/build.py --against`)."""


@functools.cache
def _pattern() -> re.Pattern[str]:
    words = sorted(overrides(), key=lambda word: (-len(word), word))  # longest first
    return re.compile("|".join([*(re.escape(word) for word in words), *IN_CONTEXT.values()]))


def _written(word: str) -> str:
    """What the table or a word in context (`IN_CONTEXT`) writes for `word`."""
    return overrides().get(word) or word


def prepare() -> None:
    """Load what converting takes (the conversion's tables, the common words' guard, the
    table of overrides), so that a process that is waiting anyway has them when it first
    converts, and the processes it forks next share them."""
    conversion(CONFIG, CHOICES)
    word_guard()
    _pattern()


SHORT = 200
"""Texts up to this long are converted once per process and remembered (the interface strings,
labels and citations of a page recur on every page)."""


REMEMBERED = 1 << 13
"""Short texts a process remembers (then it starts again)."""
_remembered: dict[str, str] = {}


def to_traditional(text: str) -> str:
    """`text` in Traditional script, as long as `text`."""
    if len(text) > SHORT:
        return _convert(text)
    found = _remembered.get(text)
    if found is None:
        found = _remember(text, _convert(text))
    return found


def remember_traditional(texts: Iterable[str]) -> None:
    """Convert those of `texts` that are short and not remembered yet, in one conversion, and
    remember them (`to_traditional` then finds them: the names of a collection's term pages,
    each converted alone, cost a rebuild a conversion per term)."""
    new = list(dict.fromkeys(t for t in texts if len(t) <= SHORT and t not in _remembered))
    for text, converted in zip(new, to_traditional_all(new), strict=True):
        _remember(text, converted)


def _remember(text: str, converted: str) -> str:
    if len(_remembered) >= REMEMBERED:
        _remembered.clear()
    _remembered[text] = converted
    return converted


JOINERS = ("\x1f", "\x1e", "\x1d", "\x1c")
"""Between texts converted in one call (`to_traditional_all`): control characters, which no
dictionary entry holds (the conversion reads no word across one) and no page or text has."""


def to_traditional_all(texts: Sequence[str]) -> list[str]:
    """`to_traditional` of each text, in one conversion: a conversion costs about as much for
    a download as for a text five times as long, so a batch of files costs far less at once."""
    joiner = next((j for j in JOINERS if not any(j in text for text in texts)), None)
    if len(texts) < 2 or joiner is None:
        return [to_traditional(text) for text in texts]
    return _convert(joiner.join(texts)).split(joiner)


HIDDEN = "\0"
"""What stands in for a word of the table while the rest is converted: no dictionary entry holds
it, so no entry is read across the word (as if the text were converted piece by piece between
the table's words), and the whole text is still one conversion."""


def _read(codes: npt.NDArray[np.uint32]) -> npt.NDArray[np.bool_]:
    """Which of `codes` are `CONVERTED` characters (looked up in a table up to the last of
    them: 256 KB; a code point beyond stands for the table's last entry, which is none)."""
    read: npt.NDArray[np.bool_] = np.take(_read_table(), codes, mode="clip")
    return read


@functools.cache
def _read_table() -> npt.NDArray[np.bool_]:
    table = np.zeros(max(last for _, last in CONVERTED_RANGES) + 2, dtype=bool)
    for first, last in CONVERTED_RANGES:
        table[first : last + 1] = True
    return table


SHORTER = 1 << 10
"""Texts shorter than this are converted as they are (looking for runs to leave out would save
less than it costs)."""
PIECE = 1 << 17
"""What is converted is converted in pieces of about this many characters, each cut after a
character the conversion never reads (so no word is cut): the conversion's arrays then stay in
the processor's cache (`bench/edition.py --batch`)."""
SPAN = 1 << 21
"""A longer text is looked through in spans of about this many characters (`_convert`): what
that takes stays at a few tens of megabytes however large a batch of files is."""
_UNREAD = re.compile(f"[^{CONVERTED}]")
_LINE = ord("\n")


def _convert(text: str) -> str:
    """`text` converted, span by span (`SPAN`, cut as pieces are)."""
    if len(text) < SHORTER:
        return _convert_dense(text)
    return "".join(_runs_converted(span) for span in _cut(text, SPAN))


def _cut(text: str, size: int) -> Iterator[str]:
    """`text` in pieces of about `size` characters, each cut after a character the conversion
    never reads (a text with no such character, or none far enough, in fewer)."""
    start = 0
    while len(text) - start > size and (gap := _UNREAD.search(text, start + size)):
        yield text[start : gap.end()]
        start = gap.end()
    yield text[start:]


def _runs_converted(text: str) -> str:
    """`text` converted, each distinct run of the characters the conversion reads converted
    once. No dictionary entry, override or common word holds a character it does not read
    (markup, Latin, digits, punctuation: most of a page), so a run converts alone as it does in
    the text; and a batch of a document's files holds its text many times (its page, downloads
    and search table). The distinct runs are converted together, a line break after each."""
    codes = code_points(text, surrogates=True)  # a lone surrogate is read as no character
    read = _read(codes)
    at = np.flatnonzero(read)
    if not len(at):
        return text
    edges = np.diff(read.view(np.int8), prepend=np.int8(0), append=np.int8(0))
    lengths = np.flatnonzero(edges == -1) - np.flatnonzero(edges == 1)
    points = codes[at]  # the runs, end to end
    run = np.repeat(np.arange(len(lengths)), lengths)  # the run of each character
    within = ranks(lengths)  # its place in its run
    first = _first_equal(points, lengths, run, within)
    own = first == np.arange(len(lengths))
    sizes = np.where(own, lengths + 1, 0)
    places = np.cumsum(sizes) - sizes  # where each distinct run is in the text converted
    spot = places[first][run] + within  # where each character's run is converted
    distinct = np.full(int(sizes.sum()), _LINE, dtype=np.uint32)
    mine = own[run]
    distinct[spot[mine]] = points[mine]
    converted = "".join(_convert_dense(piece) for piece in _cut(text_of(distinct), PIECE))
    out = codes.copy()
    out[at] = code_points(converted)[spot]
    return out.tobytes().decode("utf-32-le", "surrogatepass")


def _first_equal(
    points: npt.NDArray[np.uint32],
    lengths: npt.NDArray[np.int64],
    run: npt.NDArray[np.int64],
    within: npt.NDArray[np.int64],
) -> npt.NDArray[np.int64]:
    """For each run (of `lengths`, laid end to end in `points`), the first run equal to it:
    found by hash and length, then checked character by character (a run that only hashes
    like an earlier one is its own first)."""
    keys = span_hashes(points, lengths, within) * POLYNOMIAL_BASE + lengths.astype(np.uint64)
    _, firsts, which = np.unique(keys, return_index=True, return_inverse=True)
    first = firsts[which.reshape(-1)].astype(np.int64)
    count = np.arange(len(lengths))
    first = np.where(lengths[first] == lengths, first, count)
    again = np.flatnonzero((first != count)[run])  # the characters of runs seen before
    if len(again):
        starts = np.cumsum(lengths) - lengths
        seen = run[again]
        differs = points[starts[first[seen]] + within[again]] != points[again]
        first[seen[differs]] = seen[differs]
    return first


def _convert_dense(text: str) -> str:
    words = list(_pattern().finditer(text))
    pieces, done = [], 0
    for word in words:
        pieces += [text[done : word.start()], HIDDEN * (word.end() - word.start())]
        done = word.end()
    converted = conversion(CONFIG, CHOICES).convert(
        "".join([*pieces, text[done:]]), word_guard().kept
    )
    if len(converted) != len(text):  # s2tw's tables are all of equal lengths: never happens
        raise ValueError(f"{CONFIG} changed the length of {text[:20]!r}…")
    pieces, done = [], 0
    for word in words:
        pieces += [converted[done : word.start()], _written(word.group())]
        done = word.end()
    return "".join([*pieces, converted[done:]])
