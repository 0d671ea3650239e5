"""Maximal repeats found again after an edit (link/repeats_again.py) are those found from
scratch, array for array."""

from __future__ import annotations

import random

import numpy as np
import pytest
from helpers import calls_to

from unionreader.link.repeats import MAX_LENGTH, Laid, Repeats, maximal_repeats
from unionreader.link.repeats_again import MAX_CHANGED, repeats_of

ALPHABET = "天地人和" * 6 + "、、。a"


def _laid(docs: list[list[str]]) -> Laid:
    units = [unit for doc in docs for unit in doc]
    owners = [d for d, doc in enumerate(docs) for _ in doc]
    return Laid.of(units, owners)


def _same(found: Repeats, expected: Repeats) -> None:
    assert found.lengths.tolist() == expected.lengths.tolist()
    assert found.offsets.tolist() == expected.offsets.tolist()
    assert found.starts.tolist() == expected.starts.tolist()


def _text(rng: random.Random, longest: int) -> str:
    return "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, longest)))


def _document(rng: random.Random) -> list[str]:
    return [_text(rng, 40) for _ in range(rng.randint(1, 3))]


def _edited(rng: random.Random, docs: list[list[str]]) -> list[list[str]]:
    """One to three edits: a unit changed, lengthened or cut, a document added or removed."""
    docs = [list(doc) for doc in docs]
    for _ in range(rng.randint(1, 3)):
        kind = rng.choice(["change", "append", "cut", "add", "remove"])
        if kind == "add" or not docs:
            docs.insert(rng.randint(0, len(docs)), _document(rng))
            continue
        doc = docs[rng.randrange(len(docs))]
        unit = rng.randrange(len(doc))
        if kind == "change" and doc[unit]:
            at = rng.randrange(len(doc[unit]))
            doc[unit] = doc[unit][:at] + rng.choice(ALPHABET) + doc[unit][at + 1 :]
        elif kind == "append":
            doc[unit] += _text(rng, 12)
        elif kind == "cut":
            doc[unit] = doc[unit][: rng.randint(0, len(doc[unit]))]
        elif kind == "remove":
            docs.remove(doc)
    return docs


@pytest.mark.parametrize("seed", range(300))
def test_repeats_after_an_edit_are_those_found_from_scratch(seed: int) -> None:
    rng = random.Random(seed)
    docs = [_document(rng) for _ in range(rng.randint(30, 60))]
    if seed % 4 == 0:  # a long stretch shared by documents (longer than the longest repeat)
        shared = "".join(rng.choice("天地人和") for _ in range(MAX_LENGTH + 6))
        for doc in rng.sample(docs, 3):
            doc.append(shared + rng.choice("、。"))
    last = repeats_of(_laid(docs), None)
    _same(last.repeats, maximal_repeats(_laid(docs)))
    for _ in range(3):  # edits upon edits, each from the state the last one left
        docs = _edited(rng, docs)
        laid = _laid(docs)
        now = repeats_of(laid, last)
        _same(now.repeats, maximal_repeats(laid))
        last = now


def test_a_large_change_is_worked_out_from_scratch(monkeypatch: pytest.MonkeyPatch) -> None:
    """More than `MAX_CHANGED` of the text new: the repeats are found from scratch."""
    import unionreader.link.repeats_again as again

    rng = random.Random(5)
    docs = [_document(rng) for _ in range(10)]
    last = repeats_of(_laid(docs), None)
    calls = calls_to(monkeypatch, again, "grown")
    docs[0] = ["天地人和" * 20]  # far more than MAX_CHANGED of the text
    assert sum(len(u) for u in docs[0]) > MAX_CHANGED * sum(len(u) for d in docs for u in d)
    laid = _laid(docs)
    _same(repeats_of(laid, last).repeats, maximal_repeats(laid))
    assert not calls  # not worked out from the last state
    docs[1] = docs[1] + ["天"]
    laid2 = _laid(docs)
    _same(repeats_of(laid2, repeats_of(laid, None)).repeats, maximal_repeats(laid2))
    assert calls  # a small edit is


def test_nothing_changed_gives_the_last_repeats_back() -> None:
    rng = random.Random(9)
    docs = [_document(rng) for _ in range(20)]
    last = repeats_of(_laid(docs), None)
    again = repeats_of(_laid(docs), last)
    _same(again.repeats, last.repeats)
    assert np.array_equal(again.starts, last.starts)
