"""The search postings made again from the last build's after an edit
(search/postings_again.py) are those collected from scratch, array for array."""

from __future__ import annotations

import random
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from helpers import calls_to

from unionreader.cache import read_pickled, store_pickled
from unionreader.search import postings_again as again
from unionreader.search.postings import Postings, collect
from unionreader.search.postings_again import PostingsMemo, PostingsState, postings_of
from unionreader.search.records import SearchEntry
from unionreader.search.text import BREAK

ALPHABET = "工会职人民法院和" + BREAK


def _entry(rng: random.Random) -> SearchEntry:
    blocks = ["".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 30))) for _ in range(3)]
    blocks = [block.strip(BREAK) for block in blocks]
    marked = "".join(block + "\0" for block in blocks)
    return SearchEntry("s", "t", "讲话", None, None, marked, b"")


def _state(
    entries: list[SearchEntry], identities: list[str], last: PostingsState | None
) -> PostingsState:
    """`postings_of`, the entries' sizes counted here."""
    return postings_of(entries, [entry.positions for entry in entries], identities, last)


def _scratch(entries: list[SearchEntry]) -> Postings:
    return _state(entries, [str(i) for i in range(len(entries))], None).postings


def _same(found: Postings, expected: Postings) -> None:
    for name in ("keys", "pages", "positions"):
        column, wanted = getattr(found, name), getattr(expected, name)
        assert column.dtype == wanted.dtype, name
        assert column.tolist() == wanted.tolist(), name


def _edited(
    rng: random.Random, docs: list[tuple[str, SearchEntry]], serial: list[int]
) -> list[tuple[str, SearchEntry]]:
    """One to three edits: a document changed, added or removed."""
    docs = list(docs)
    for _ in range(rng.randint(1, 3)):
        kind = rng.choice(["change", "add", "remove"])
        serial[0] += 1
        made = (f"new{serial[0]}", _entry(rng))
        if kind == "add" or not docs:
            docs.insert(rng.randint(0, len(docs)), made)
        elif kind == "change":
            docs[rng.randrange(len(docs))] = made
        else:
            docs.pop(rng.randrange(len(docs)))
    return docs


@pytest.mark.parametrize("seed", range(100))
def test_postings_after_an_edit_are_those_collected_from_scratch(seed: int) -> None:
    rng = random.Random(seed)
    docs = [(f"doc{i}", _entry(rng)) for i in range(rng.randint(20, 50))]
    serial = [0]
    last = _state([e for _, e in docs], [i for i, _ in docs], None)
    for _ in range(3):  # edits upon edits, each from the state the last one left
        docs = _edited(rng, docs, serial)
        entries = [entry for _, entry in docs]
        now = _state(entries, [identity for identity, _ in docs], last)
        _same(now.postings, _scratch(entries))
        last = now


def test_only_the_new_documents_pair_keys_are_found(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(1)
    entries = [_entry(rng) for _ in range(40)]
    identities = [str(i) for i in range(40)]
    last = _state(entries, identities, None)
    entries[7] = _entry(random.Random(99))
    identities[7] = "edited"
    keyed = calls_to(monkeypatch, again, "entry_keys")
    now = _state(entries, identities, last)
    assert [len(entries) for (entries,) in keyed] == [1]
    _same(now.postings, _scratch(entries))


def test_the_same_documents_give_the_last_state_itself() -> None:
    rng = random.Random(2)
    entries = [_entry(rng) for _ in range(10)]
    identities = [str(i) for i in range(10)]
    last = _state(entries, identities, None)
    memo = PostingsMemo(identities, last)
    memo.postings(entries, [entry.positions for entry in entries])
    assert memo.now is last and not memo.changed
    assert memo.last is None  # let go once used
    memo = PostingsMemo(identities)
    memo.postings(entries, [entry.positions for entry in entries])
    assert memo.changed


@pytest.mark.parametrize("case", ["reordered", "damaged", "duplicated", "much new"])
def test_postings_that_cannot_be_made_again_are_collected_from_scratch(
    case: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Documents kept in another order, a state whose positions are not the documents', two
    documents with one identity, or more than `MAX_NEW` of the positions new: from scratch."""
    rng = random.Random(3)
    entries = [_entry(rng) for _ in range(30)]
    identities = [str(i) for i in range(30)]
    last = _state(entries, identities, None)
    if case == "reordered":
        entries[3], entries[4] = entries[4], entries[3]
        identities[3], identities[4] = identities[4], identities[3]
    elif case == "damaged":
        postings = last.postings
        cut = Postings(postings.keys[1:], postings.pages[1:], postings.positions[1:])
        last = replace(last, postings=cut)
        identities[0], entries[0] = "new", _entry(rng)
    elif case == "duplicated":
        identities[5] = identities[6]
    else:
        for i in range(15):
            identities[i], entries[i] = f"new{i}", _entry(rng)
    collected = calls_to(monkeypatch, again, "collect")
    now = _state(entries, identities, last)
    assert len(collected) == 1 and np.sum(collected[0][1]) == now.postings.size
    _same(now.postings, collect([entry.keys for entry in entries]))


def test_identities_must_match_the_entries() -> None:
    with pytest.raises(ValueError, match="2 identities for 1 entries"):
        _state([_entry(random.Random(4))], ["a", "b"], None)


def test_the_state_pickles_with_its_arrays(tmp_path: Path) -> None:
    rng = random.Random(5)
    entries = [_entry(rng) for _ in range(5)]
    state = _state(entries, list("abcde"), None)
    path = tmp_path / "postings.pickle"
    store_pickled(path, state)
    back = read_pickled(path)
    assert isinstance(back, PostingsState) and back.identities == state.identities
    _same(back.postings, state.postings)


def test_a_document_that_goes_takes_its_positions_with_it() -> None:
    """Nothing new, one document gone from the end: its positions are taken out."""
    rng = random.Random(6)
    entries = [_entry(rng) for _ in range(20)]
    identities = [str(i) for i in range(20)]
    last = _state(entries, identities, None)
    now = _state(entries[:-1], identities[:-1], last)
    _same(now.postings, _scratch(entries[:-1]))
