"""Simplified → Traditional for the Traditional edition: the hard cases, the override table, and
a round trip that gives every seed back exactly."""

from __future__ import annotations

import pytest
from paths import GOLDEN, SEEDS

from unionreader.catalog import load_catalog
from unionreader.documents import load_document
from unionreader.edition.script import overrides, to_traditional
from unionreader.link.texts import link_text
from unionreader.normalise.conversion import conversion

HARD_CASES = [
    tuple(line.split("\t"))
    for line in (GOLDEN / "edition" / "hard-cases.tsv").read_text("utf-8").splitlines()
]


@pytest.mark.parametrize(("simplified", "traditional"), HARD_CASES)
def test_the_hard_cases_convert_as_print_writes_them(simplified: str, traditional: str) -> None:
    assert to_traditional(simplified) == traditional


def test_common_print_glyphs_not_the_rare_ones() -> None:
    text = to_traditional("为人民服务，群众的力量，说到做到，这里")
    assert "為" in text and "爲" not in text and "羣" not in text and "衆" not in text
    assert "說" in text and "説" not in text


def test_an_override_wins_in_context_and_the_rest_converts_around_it() -> None:
    assert to_traditional("工会是职工的娘家人，关于干部") == "工會是職工的娘家人，關於幹部"
    assert all(len(s) == len(t) for s, t in overrides().items())


@pytest.mark.parametrize("seed", load_catalog(SEEDS), ids=lambda seed: seed.slug)
def test_every_seed_goes_to_traditional_and_back_unchanged_and_keeps_its_length(
    seed: object,
) -> None:
    doc = load_document(seed)  # type: ignore[arg-type]
    text = "\n".join(link_text(doc).texts)
    traditional = to_traditional(text)
    assert len(traditional) == len(text)
    assert traditional != text
    assert conversion("tw2s").convert(traditional) == text
