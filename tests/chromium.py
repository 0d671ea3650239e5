"""How the browser tests and bench/search.py launch Chromium: Debian's, never a downloaded
one (a plain module, importable from both)."""

from __future__ import annotations

import os

CHROMIUM = os.environ.get("UNIONREADER_CHROMIUM", "/usr/bin/chromium")
"""Debian's Chromium; GitHub's runners point UNIONREADER_CHROMIUM at their preinstalled Chrome."""
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
