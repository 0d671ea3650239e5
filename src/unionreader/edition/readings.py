"""How a text written in Traditional script spells what the edition's conversion would spell
otherwise: the edition follows its writer, not the dictionary, where the two part ways.

The edition is made from the canonical Simplified text, and Simplified merges characters that
Traditional keeps apart: 郁 is both 郁 and 鬱, 余 both 余 and 餘, 画 and 划 are both written 畫 in
計畫. Converting a Traditional text to Simplified and back therefore loses what its writer
chose: on 500 press releases of Taiwan's Office of the President, the round trip wrote 王鬱琦,
遊院長 and 餘登發 for the names, 計劃 for 計畫 (309 times), 伙伴, 併為, 解封后 and 百年曆史.

A document whose source is Traditional therefore keeps, for its own pages and downloads, each
character where its source and the conversion differ, as the source writes it: a `Reading`
records it with up to two characters of context on either side (within one run of Chinese), so
that it is found again in the text however the normaliser joined its lines or changed its
punctuation. A glyph of Hong Kong's print, where the edition writes Taiwan's, is the
writer's too (`hong_kong_form`: 台灣, 懷着, 這裏, 啓發, 香港電台, as a Hong Kong or a Taiwan writer
wrote them; the edition had written 臺灣 beside 駐台 in one speech). These differences are the
dictionary's to settle instead:

- a variant glyph that neither Taiwan's nor Hong Kong's print writes there, which the edition
  writes in its standard form wherever it is (爲 → 為: `edition.script`);
- a Simplified form no Traditional print writes (`normalise.script.simplified_only`: 该,
  们), wherever a source left it;
- a character that is also a Simplified form (于, 后, 余), inside a common word
  (`link/words.txt`), where Hong Kong's print writes otherwise: a word the dictionary knows,
  written as no Traditional text writes it (關于, 奮斗). Outside such a word (a name: 余忠仁,
  范振國) the writer's character stays;
- a character that OpenCC's own conversion writes there (`MACHINE`), in a source that writes
  fewer than `WRITTEN` characters otherwise than OpenCC: it may be such a conversion, and the
  edition's guard reads a phrase across a word less often (明白發現, not 明白髮現). A source
  with characters of its own (計畫, names) is a writer's, and is followed there too (了解,
  南沙崙, where the guard reads 瞭解, 南沙侖);
- every difference of a source that was machine-converted character by character, which
  leaves Simplified forms in common words throughout (the Traditional seed writes 關于, 今后,
  干部, 奮斗, 關系 …): such a text gives no readings, and its edition follows the dictionary.
  A source is taken for one when `MACHINE_CONVERTED` different characters are left so, at
  `MACHINE_SHARE` of its characters or more (`python bench/readings.py --seeds DIR`: at most 6
  in any of the 500 press releases, 16 in the seed, at 10.1‰).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from unionreader.chinese import HAN
from unionreader.edition.script import to_traditional
from unionreader.link.words import cut
from unionreader.model import NO_READINGS, Reading, Readings
from unionreader.normalise.conversion import conversion
from unionreader.normalise.script import first_forms, simplified, simplified_only

CONTEXT = 2
"""Characters of context a reading keeps on either side of its character (fewer at the edge
of a run of Chinese; a reading of one character alone is not kept)."""

MACHINE_CONVERTED = 10
"""How many different characters a source may leave in Simplified form inside common words
before it is taken for a machine conversion (see the module's note)…"""
MACHINE_SHARE = 0.004
"""…when they stand at this share of its Chinese characters or more. A machine conversion
leaves them wherever the word is (關于, 今后: 10.1‰ of the Traditional seed's characters, 16
different); a long text of a writer who writes Hong Kong's forms gathers many different ones,
each in a word or two (每周, 公布, 不准, 回歸: 11 different, at 1.9‰ of a Legislative Council
record of 67,000 characters; `python bench/readings.py --seeds DIR`)."""

MACHINE = "s2tw"
"""OpenCC's conversion without the edition's guard and table: where a source writes what it
writes, or what `s2t` does (the same but for Taiwan's variant glyphs, `TWVariants.txt`), the
source may be such a conversion (`bench/corpus.py` makes its Traditional texts with s2t, and
sites publish such copies), and the edition's own conversion decides."""


def hong_kong_form(char: str) -> str:
    """The glyph Hong Kong's print writes where the edition writes `char` (Taiwan's): OpenCC's
    `s2hk` is its `s2t` and Hong Kong's variants, as `s2tw` is `s2t` and Taiwan's, so the glyph
    is Taiwan's variant undone and Hong Kong's done (臺 → 台, 著 → 着, 裡 → 裏, 啟 → 啓). Where a
    source writes it, the source follows Hong Kong's print, as the edition follows Taiwan's,
    and the edition follows the source. Glyphs neither writes (爲, 羡) are the edition's."""
    standard = first_forms("TWVariantsRev.txt").get(char, char)
    return first_forms("HKVariants.txt").get(standard, standard)


TW_VARIANTS = "TWVariants.txt"
"""OpenCC's dictionary of Taiwan's variant glyphs (爲 → 為): what s2tw writes after s2t."""

WRITTEN = 2
"""Characters a source must write otherwise than OpenCC would (計畫, a name) for the rest of
what it writes as OpenCC does and the edition does not (了解 where the edition reads 瞭解) to be
taken as its writer's too: a copy made by OpenCC writes none."""

_RUN = re.compile(f"[{HAN}]+")
JOINER = "\x1f"
"""Between runs converted in one call: a control character, which no dictionary entry holds."""


@dataclass(frozen=True)
class Examined:
    """What reading a source against its edition found: its readings, and the characters it
    leaves in Simplified form inside common words (`MACHINE_CONVERTED`)."""

    readings: Readings
    left_simplified: frozenset[str]
    left_places: int = 0  # how many places hold them
    chinese: int = 0  # Chinese characters of the source

    @property
    def machine_converted(self) -> bool:
        """Whether the source looks machine-converted (`MACHINE_CONVERTED`, `MACHINE_SHARE`)."""
        return (
            len(self.left_simplified) >= MACHINE_CONVERTED
            and self.left_places >= MACHINE_SHARE * self.chinese
        )


def readings_of(source: str, simple: str | None = None) -> Readings:
    """The readings of a text written in Traditional script (none if it cannot be aligned with
    its Simplified form, or looks machine-converted); `simple`, its Simplified form where the
    caller has it (else it is converted here)."""
    found = examined(source, simple)
    if found.machine_converted:
        return NO_READINGS
    return found.readings


def examined(source: str, simple: str | None = None) -> Examined:
    """`source` read against the edition made of its Simplified form (`simple`, or converted
    here), character by character."""
    simple = simplified(source) if simple is None else simple
    if len(source) != len(simple):
        return Examined(NO_READINGS, frozenset())
    source, simple, breaks = _rejoined(source, simple)
    edition = to_traditional(simple)
    if len(simple) != len(edition):
        return Examined(NO_READINGS, frozenset())
    runs = [(run.start(), run.end()) for run in _RUN.finditer(simple)]
    starts = [start for start, _ in runs]
    kept: list[tuple[int, tuple[int, int]]] = []  # (place, its run) the writer's, so far
    left_simplified: set[str] = set()
    left_places = 0
    for at, (written, converted) in enumerate(zip(source, edition, strict=True)):
        if written == converted:
            continue
        number = bisect.bisect_right(starts, at) - 1
        if number < 0 or not runs[number][0] <= at < runs[number][1]:
            continue  # not Chinese (the conversion changes nothing else)
        in_word = cut(simple, at) or cut(simple, at + 1)  # a common word holds it
        hong_kong = written == hong_kong_form(converted)  # its print (台灣, 懷着, 這裏, 啓發)
        if in_word and written == simple[at] and not hong_kong:
            left_simplified.add(written)
            left_places += 1
        if hong_kong or not _settled(written, in_word):
            kept.append((at, runs[number]))
    found: dict[tuple[str, int], str] = {}
    conflicting: set[tuple[str, int]] = set()
    machine = _machine(simple, {run for _, run in kept})
    by_machine = {at for at, _ in kept if _written_by_machine(source[at], machine.get(at))}
    if len(kept) - len(by_machine) >= WRITTEN:
        by_machine = set()  # a writer's text, where OpenCC happens to write the same
    for at, run in kept:
        written = source[at]
        if at in by_machine:
            continue
        start, end = max(run[0], at - CONTEXT), min(run[1], at + CONTEXT + 1)
        line = bisect.bisect_right(breaks, at)  # the line it stands in, as the source breaks it
        first = max(start, breaks[line - 1]) if line else start
        last = min(end, breaks[line]) if line < len(breaks) else end
        for a, b in dict.fromkeys(((start, end), (first, last))):  # a heading stays a line
            if b - a < 2:
                continue
            key = (simple[a:b], at - a)
            if found.setdefault(key, written) != written:
                conflicting.add(key)
    entries = (Reading(*key, char) for key, char in sorted(found.items()) if key not in conflicting)
    chinese = sum(end - start for start, end in runs)
    return Examined(Readings(tuple(entries)), frozenset(left_simplified), left_places, chinese)


_BROKEN = re.compile(f"(?<=[{HAN}])\n(?=[{HAN}])")
"""A line break between two Chinese characters: a hard-wrapped line, which the normaliser joins
with nothing between."""


def _rejoined(source: str, simple: str) -> tuple[str, str, list[int]]:
    """`source` and its Simplified form with the line breaks between two Chinese characters
    taken out of both, as the normaliser joins a wrapped line (`…監票員簽封` over `後，移交…`):
    a character at a break keeps its context (簽封後, which the dictionary would read 簽封后
    across the join, OpenCC's 封后 of an empress); and where those breaks stood in the texts
    so joined. A line the normaliser does not join (a heading: `集會須知` over `衣着、裝備`) is
    read within itself too (`examined`): its window across the break is found nowhere."""
    cuts = [match.start() for match in _BROKEN.finditer(source)]
    if not cuts:
        return source, simple, []

    def cut(text: str) -> str:
        pieces = [text[a + 1 : b] for a, b in itertools.pairwise([-1, *cuts, len(text)])]
        return "".join(pieces)

    return cut(source), cut(simple), [at - n for n, at in enumerate(cuts)]


def _machine(text: str, runs: set[tuple[int, int]]) -> dict[int, str]:
    """What `MACHINE` writes in the runs of Chinese `runs` of `text` (place → character), the
    runs converted together but apart from each other (a dictionary entry reaches beyond a run
    of Chinese only through 〇 or a rare character: near enough)."""
    ordered = sorted(runs)
    converted = conversion(MACHINE).convert(JOINER.join(text[a:b] for a, b in ordered))
    found: dict[int, str] = {}
    runs_converted = converted.split(JOINER)
    if len(runs_converted) == len(ordered):
        for (start, _), run in zip(ordered, runs_converted, strict=True):
            found.update(enumerate(run, start))
    return found


def _written_by_machine(char: str, machine: str | None) -> bool:
    """Whether `char` is what `MACHINE` writes there (`machine`), or what `s2t` writes: the
    glyph that Taiwan's variant table turns into `machine`."""
    return machine is not None and (
        char == machine or first_forms("TWVariants.txt").get(char) == machine
    )


WRITERS_STANDARD = frozenset("雇")
"""Characters Taiwan's print writes as they are where OpenCC gives only another form: 雇主 and
解雇, as Taiwan's 勞動基準法 writes them (beside 僱用), which OpenCC writes 僱主 as Hong Kong
does. A Traditional source that writes them keeps them."""


def _settled(char: str, in_word: bool) -> bool:
    """Whether the edition's conversion, not the source, says how `char` is written: a
    variant glyph the edition writes in its standard form (爲 → 為, 裏 → 裡), a Simplified
    form no Traditional print writes (该 → 該, however a source left it), or a Simplified form
    inside a common word."""
    if to_traditional(char) == char or char in WRITERS_STANDARD:
        return False  # the writer chose it among the characters one Simplified one stands for
    if char in simplified_only():
        return True  # 该組織 in a Traditional source: a Simplified form left in it
    return in_word or simplified(char) != char


def in_title(title: str, readings: Readings) -> Readings:
    """What a document's readings change in its title (Simplified), each change a reading whose
    window is the whole title: the pages that show the title of another document (the home
    page, the term pages, the search tables, a neighbour's page) follow them, so that a title
    reads there as on its own page, and nothing else does (a shorter window, even a whole run
    of Chinese such as 台中, is found in other titles too)."""
    if not readings.entries:
        return NO_READINGS
    converted = to_traditional(title)
    followed = applied(readings, title, converted)
    changed = (at for at, char in enumerate(followed) if char != converted[at])
    return Readings(tuple(Reading(title, at, followed[at]) for at in changed))


def merged(many: Iterable[Readings]) -> Readings:
    """The readings of many documents' titles (`in_title`) together; a title two documents
    read differently is left as the conversion writes it."""
    found: dict[tuple[str, int], str] = {}
    conflicting: set[tuple[str, int]] = set()
    for readings in many:
        for reading in readings.entries:
            key = (reading.window, reading.at)
            if found.setdefault(key, reading.char) != reading.char:
                conflicting.add(key)
    entries = (Reading(*key, char) for key, char in sorted(found.items()) if key not in conflicting)
    return Readings(tuple(entries))


def on_page(own: Readings, titles: Readings) -> Readings:
    """The readings a document's page follows: its own, and those of the other documents'
    titles it shows (`titles`: their readings, and the titles themselves)."""
    return Readings(own.entries + titles.entries, titles.titles)


def applied(readings: Readings, text: str, converted: str) -> str:
    """`converted` (the conversion of `text`, as long) with each reading's character put where
    its window is in `text`; where one of `readings.titles` is, as the conversion wrote it, but
    for the readings whose window is that title."""
    if not readings.entries:
        return converted
    chars = list(converted)
    titles = set(readings.titles)
    for reading in readings.entries:
        if reading.window not in titles:
            _put(reading, text, chars)
    for title in titles:
        for at in _found(text, title):
            chars[at : at + len(title)] = converted[at : at + len(title)]
    for reading in readings.entries:
        if reading.window in titles:
            _put(reading, text, chars)
    return "".join(chars)


def _put(reading: Reading, text: str, chars: list[str]) -> None:
    for at in _found(text, reading.window):
        chars[at + reading.at] = reading.char


def _found(text: str, window: str) -> Iterator[int]:
    """Where `window` is in `text` (every place, overlapping too)."""
    at = text.find(window)
    while at >= 0:
        yield at
        at = text.find(window, at + 1)
