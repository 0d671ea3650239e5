"""Common Chinese words, to tell a phrase's edge from a cut through a word.

`words.txt` holds the words of one to four characters that jieba's dictionary (MIT licence)
counts at least `MIN_FREQUENCY` times, each with that count: those of two or more characters are
the common words, a general word list, not one made for this collection; the counts tell which
of two equally short readings of a stretch is the likelier (`edition/guard.py`). `verbs.txt`
holds those of two characters it tags as verbs (v); `qualifiers.txt` those it tags as
words that qualify, count or place a thing (`QUALIFIER_TAGS`). Regenerate all three with
`python -m unionreader.link.words` (needs jieba: `pip install jieba`).

An edge between two characters of a text is cut when a listed word spans it: 专业化|工会
cuts 专业化, 贯彻|习近平 cuts nothing.
"""

from __future__ import annotations

import functools
import importlib
import logging
import sys
from importlib import resources
from pathlib import Path

logger = logging.getLogger(__name__)

MIN_FREQUENCY = 30
LONGEST = 4
WORDS_FILE = "words.txt"
VERBS_FILE = "verbs.txt"
QUALIFIERS_FILE = "qualifiers.txt"
QUALIFIER_TAGS = frozenset({"a", "b", "c", "f", "m", "nr", "ns", "p", "r", "t", "u", "y"})
"""jieba's tags of words that qualify, count or place a thing rather than name it: adjectives
(重要), distinguishing words (新兴), numerals (百年), people's and places' names, pronouns and
time words (星期), localisers (上面); and the words that name nothing: conjunctions (而且),
prepositions (关于), particles (而已, 似的)."""
FUNCTION_CHARACTERS = frozenset(
    "的地得了着过和与及或并而是在对把被将从向于也都就还又要等为以中上下由让使给跟同其之这那该此各每"
)
"""Characters that join words or place a phrase (在…中, 在…下) rather than end it: no term ends
with one, and one that follows a phrase does not continue it."""


@functools.cache
def common_words() -> frozenset[str]:
    return frozenset(word for word in word_counts() if len(word) > 1)


@functools.cache
def word_counts() -> dict[str, int]:
    """How often jieba's dictionary counts each common word and each common character."""
    fields = _read(WORDS_FILE).split()
    return dict(zip(fields[::2], map(int, fields[1::2]), strict=True))


@functools.cache
def qualifiers() -> frozenset[str]:
    """Common words that qualify, count or place a thing rather than name it (重要, 新兴, 台湾,
    星期: `QUALIFIER_TAGS`)."""
    return _listed(QUALIFIERS_FILE)


@functools.cache
def verbs() -> frozenset[str]:
    """Common verbs of two characters (推进, 坚持, 构建 …)."""
    return _listed(VERBS_FILE)


def _listed(name: str) -> frozenset[str]:
    return frozenset(_read(name).split())


def _read(name: str) -> str:
    return resources.files(__package__).joinpath(name).read_text(encoding="utf-8")


def cut(text: str, edge: int) -> bool:
    """Whether a common word spans the edge before `text[edge]`."""
    start = max(edge - LONGEST + 1, 0)
    return _cut(text[start : edge + LONGEST - 1], edge - start)  # where such a word can lie


@functools.lru_cache(maxsize=1 << 16)
def _cut(text: str, edge: int) -> bool:
    words = common_words()
    for length in range(2, LONGEST + 1):
        for start in range(max(edge - length + 1, 0), edge):
            if start + length <= len(text) and text[start : start + length] in words:
                return True
    return False


def main() -> int:
    """Write words.txt, verbs.txt and qualifiers.txt from jieba's dictionary."""
    jieba = importlib.import_module("jieba")  # maintenance only: not a dependency of builds

    source = Path(str(jieba.__file__)).with_name("dict.txt")
    counted: dict[str, int] = {}
    verbs_found, qualifiers_found = set(), set()
    for line in source.read_text(encoding="utf-8").splitlines():
        word, frequency, tag = line.split()
        if len(word) <= LONGEST and int(frequency) >= MIN_FREQUENCY:
            counted[word] = int(frequency)
            if len(word) == 1:
                continue
            if len(word) == 2 and tag == "v":
                verbs_found.add(word)
            if tag in QUALIFIER_TAGS:
                qualifiers_found.add(word)
    counts = "".join(f"{word} {counted[word]}\n" for word in sorted(counted))
    lists = ((VERBS_FILE, verbs_found), (QUALIFIERS_FILE, qualifiers_found))
    files = [(WORDS_FILE, counts, len(counted))]
    files += [(name, "".join(w + "\n" for w in sorted(words)), len(words)) for name, words in lists]
    for name, text, count in files:
        target = Path(__file__).with_name(name)
        target.write_text(text, encoding="utf-8")
        print(f"{target}: {count} words")
    return 0


if __name__ == "__main__":
    sys.exit(main())
