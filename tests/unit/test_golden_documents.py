"""Golden dumps of whole documents: all five seeds, and fixtures none of the seeds resembles.

The fixtures have no catalogue entry and go through the same code as the seeds: no per-file code.
Regenerate with `pytest --update-golden` and review the diff.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest
from helpers import Golden
from paths import FIXTURES, GOLDEN, SEEDS

from unionreader.catalog import load_catalog
from unionreader.documents import load_document
from unionreader.export import document_json
from unionreader.sources import READERS

SEED_NAMES = sorted(p.name for p in SEEDS.glob("*.txt"))
FIXTURE_NAMES = sorted(
    p.name for p in (FIXTURES / "corpus").iterdir() if p.suffix.lower() in READERS
)
FORMATS = {Path(name).suffix for name in FIXTURE_NAMES}


def _dump(folder: Path, name: str) -> str:
    (seed,) = load_catalog(folder, only=name)
    data = document_json(load_document(seed))
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


@pytest.mark.parametrize("name", SEED_NAMES)
def test_seed_matches_golden(name: str, golden: Golden) -> None:
    golden.check(GOLDEN / "documents" / name.replace(".txt", ".json"), _dump(SEEDS, name))


@pytest.mark.parametrize("name", FIXTURE_NAMES)
def test_fixture_matches_golden(
    name: str, golden: Golden, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING):
        dump = _dump(FIXTURES / "corpus", name)
    golden.check(GOLDEN / "documents" / "fixtures" / f"{Path(name).stem}.json", dump)
    assert any("no entry in" in message for message in caplog.messages)


def test_every_seed_and_fixture_is_covered() -> None:
    assert len(SEED_NAMES) == 5 and len(FIXTURE_NAMES) >= 24
    assert {".txt", ".md", ".html", ".docx"} == FORMATS


def test_fixture_golden_files_have_a_fixture() -> None:
    stems = {Path(name).stem for name in FIXTURE_NAMES}
    assert len(stems) == len(FIXTURE_NAMES)  # one golden file per fixture
    goldens = {p.stem for p in (GOLDEN / "documents" / "fixtures").glob("*.json")}
    assert goldens == stems
