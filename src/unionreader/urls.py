"""The only place that spells the site's paths and anchors."""

from __future__ import annotations

import logging

logger = logging.getLogger(__name__)

DATA_DIR = "data"


def data_path(name: str) -> str:
    """A file of the data export, below the site root."""
    return f"{DATA_DIR}/{name}"
