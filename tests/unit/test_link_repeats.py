"""Maximal repeats across documents (link/repeats.py)."""

from __future__ import annotations

import random
from collections import defaultdict

import numpy as np
import pytest

from unionreader.link.repeats import (
    MAX_LENGTH,
    MIN_LENGTH,
    Laid,
    grouped,
    key_order,
    maximal_repeats,
)


def _repeats(*docs: str, min_documents: int = 2) -> dict[str, int]:
    laid = Laid.of(list(docs), list(range(len(docs))))
    found = maximal_repeats(laid, min_documents)
    texts = {}
    for index in range(len(found)):
        starts = found.occurrences(index)
        texts[laid.text(int(starts[0]), int(found.lengths[index]))] = len(starts)
    return texts


def test_a_phrase_in_two_documents_is_a_repeat_and_its_parts_are_not() -> None:
    found = _repeats("我们要推进产业工人队伍建设改革。", "继续深化产业工人队伍建设改革，")
    assert found == {"产业工人队伍建设改革": 2}


def test_a_phrase_in_one_document_only_is_no_repeat() -> None:
    assert _repeats("推进产业工人队伍建设改革，推进产业工人队伍建设改革", "别的文字都不一样") == {}
    found = _repeats("推进产业工人队伍建设改革，推进产业工人队伍建设改革", "x", min_documents=1)
    assert "推进产业工人队伍建设改革" in found


def test_a_shorter_repeat_with_other_uses_of_its_own_is_kept_beside_the_longer() -> None:
    found = _repeats("坚持产业工人队伍建设改革", "坚持产业工人队伍建设改革", "产业工人队伍建设")
    assert found == {"坚持产业工人队伍建设改革": 2, "产业工人队伍建设": 3}


def test_punctuation_and_latin_break_a_repeat_but_the_enumeration_comma_does_not() -> None:
    found = _repeats("劳模精神、劳动精神、工匠精神。", "弘扬劳模精神、劳动精神、工匠精神！")
    assert found == {"劳模精神、劳动精神、工匠精神": 2}
    assert _repeats("职工之家ABC建设", "职工之家,建设") == {"职工之家": 2}


def test_a_repeat_never_begins_or_ends_with_the_enumeration_comma() -> None:
    found = _repeats("甲、劳动精神乙", "丙、劳动精神丁")
    assert all(not text.startswith("、") and not text.endswith("、") for text in found)
    assert found == {"劳动精神": 2}


def test_repeats_shorter_than_four_characters_are_not_reported() -> None:
    assert _repeats("一娘家人二", "三娘家人四") == {}


def _naive(docs: list[str], min_documents: int) -> dict[str, int]:
    """Maximal repeats by their definition, window by window: strings of Han characters (the
    enumeration comma inside) in `min_documents` documents or more, not preceded by one and the
    same character at every occurrence, nor followed by one; reported with a comma at each edge
    trimmed, each string once with its most occurrences."""
    inner = set("天地人和、")
    places: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for doc, text in enumerate(docs):
        for length in range(MIN_LENGTH, MAX_LENGTH + 1):
            for start in range(len(text) - length + 1):
                window = text[start : start + length]
                if set(window) <= inner:
                    places[window].append((doc, start))
    found: dict[str, int] = {}
    for window, where in places.items():
        if len({doc for doc, _ in where}) < min_documents:
            continue
        before = {docs[d][s - 1] if s > 0 else "" for d, s in where}
        after = {docs[d][s + len(window) : s + len(window) + 1] for d, s in where}
        if (len(before) == 1 and before <= inner) or (len(after) == 1 and after <= inner):
            continue
        text = window[1:] if window.startswith("、") else window
        text = text[:-1] if text.endswith("、") else text
        if len(text) >= MIN_LENGTH:
            found[text] = max(found.get(text, 0), len(where))
    return found


@pytest.mark.parametrize("seed", range(60))
def test_maximal_repeats_are_those_of_the_definition(seed: int) -> None:
    """Random texts over a few characters (so that much repeats, at every length), with the
    enumeration comma, punctuation and Latin letters between."""
    rng = random.Random(seed)
    alphabet = "天地人和" * 6 + "、。a"
    docs = [
        "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60)))
        for _ in range(rng.randint(2, 6))
    ]
    if seed % 3 == 0:  # a long stretch shared by two documents (longer than the longest repeat)
        shared = "".join(rng.choice("天地人和") for _ in range(MAX_LENGTH + 6))
        docs[0] += "。" + shared
        docs[1] = shared + "a" + docs[1]
    minimum = 1 + seed % 2 if seed % 5 else 3
    assert _repeats(*docs, min_documents=minimum) == _naive(docs, minimum)


def test_hashes_are_ordered_as_a_stable_sort_would_order_them() -> None:
    """Keys that share their leading bits (the packed sort's first pass cannot tell them apart)
    and keys that repeat, at several sizes."""
    rng = np.random.default_rng(7)
    for count in (0, 1, 2, 5, 1000, 70_000):
        leading = rng.integers(0, 40, count).astype(np.uint64) << np.uint64(45)
        keys = leading | rng.integers(0, 5, count).astype(np.uint64)
        assert (key_order(keys) == np.argsort(keys, kind="stable")).all()


def test_equal_hashes_are_grouped_in_the_order_given() -> None:
    rng = np.random.default_rng(3)
    hashes = rng.integers(0, 2**63, 5000, dtype=np.int64).astype(np.uint64)
    hashes = hashes[rng.integers(0, 700, 5000)]  # many repeated
    order, keys = grouped(hashes)
    assert (keys == hashes[order]).all()
    assert sorted(order.tolist()) == list(range(len(hashes)))
    runs: list[list[int]] = []
    last = None
    for index, key in zip(order.tolist(), keys.tolist(), strict=True):
        if key != last:
            runs.append([])
        runs[-1].append(index)
        last = key
    assert [sorted(run) for run in runs] == runs  # each run in the order given
    assert all(len({int(hashes[i]) for i in run}) == 1 for run in runs)  # one hash a run
    assert len(runs) == len(set(hashes.tolist()))  # each hash in one run


def test_shared_groups_are_the_groups_of_two_or_more_in_the_same_order() -> None:
    """`hash_groups(…, shared=True)` leaves out the hashes found once, and nothing else."""
    from unionreader.link.repeats import hash_groups

    rng = np.random.default_rng(11)
    for count in (0, 1, 2, 50, 5000):
        hashes = rng.integers(0, 2**63, count, dtype=np.int64).astype(np.uint64)
        hashes = hashes[rng.integers(0, max(count, 1), count)]  # some repeat, most do not
        starts = np.arange(count, dtype=np.int64) * 3
        owners = rng.integers(0, 9, count).astype(np.int32)
        every, shared = (
            hash_groups(starts, hashes, owners),
            hash_groups(starts, hashes, owners, shared=True),
        )
        groups = [
            (every.starts[first : first + size].tolist(), docs)
            for first, size, docs in zip(
                every.first.tolist(), every.sizes.tolist(), every.documents.tolist(), strict=True
            )
            if size > 1
        ]
        found = [
            (shared.starts[first : first + size].tolist(), docs)
            for first, size, docs in zip(
                shared.first.tolist(), shared.sizes.tolist(), shared.documents.tolist(), strict=True
            )
        ]
        assert found == groups
        assert (shared.first[shared.group] <= np.arange(len(shared.starts))).all()
        assert len(shared.owners) == len(shared.starts) == sum(len(s) for s, _ in groups)
