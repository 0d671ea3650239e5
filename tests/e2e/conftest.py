"""The five seeds built once for the end-to-end tests that only read the output: `site` as a
local build makes it (no --base-url) and `published` as the Pages workflow does (with one)."""

from __future__ import annotations

from pathlib import Path

import pytest
from paths import BASE_URL, SEEDS

from unionreader.pipeline import BuildConfig, build


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
