"""Shared fixtures: golden files (regenerate with `pytest --update-golden`), the build cache, and
the five seeds built once for the tests that only read the output: `site` as a local build makes
it (no --base-url) and `published` as the Pages workflow does (with one)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import Golden
from paths import BASE_URL, SEEDS

from unionreader.pipeline import BuildConfig, build


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="rewrite golden files from the current output instead of comparing",
    )


@pytest.fixture
def golden(request: pytest.FixtureRequest) -> Golden:
    return Golden(bool(request.config.getoption("--update-golden")))


@pytest.fixture(autouse=True, scope="session")
def build_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Builds in tests keep their cache in a folder of the test run, never in the user's."""
    folder = tmp_path_factory.mktemp("build-cache")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("UNIONREADER_CACHE", str(folder))
        yield folder


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("site") / "_site"
    build(BuildConfig(seeds_dir=SEEDS, out_dir=out))
    return out


@pytest.fixture(scope="session")
def published(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("published") / "_site"
    build(BuildConfig(seeds_dir=SEEDS, out_dir=out, base_url=BASE_URL))
    return out
