"""Pagefind's browser code, as the installed binary writes it: pagefind.js, its worker, its wasm.

The binary carries these files inside and writes them with every index. They are taken from a run
over a one-page stub site, once per binary (kept in the build cache), together with the version
and the extra word characters that `pagefind-entry.json` states.
"""

from __future__ import annotations

import json
import logging
import pickle
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from unionreader.cache import Cache, digest
from unionreader.errors import BuildError

logger = logging.getLogger(__name__)

FILES = ("pagefind.js", "pagefind-worker.js", "wasm.unknown.pagefind")
"""What the search page loads (Pagefind searches in its worker: static/search.js)."""
STUB = '<!doctype html><html lang="und"><body data-pagefind-body><p>stub</p></body></html>'
TIMEOUT = 60


@dataclass(frozen=True)
class Runtime:
    """Pagefind's browser files and what its entry file states besides the index."""

    version: str
    include_characters: tuple[str, ...]
    files: tuple[tuple[str, bytes], ...]


def executable() -> Path:
    """The Pagefind binary of the pagefind[extended] dependency."""
    try:
        from pagefind_bin_extended import get_executable
    except ImportError as error:
        message = "Pagefind's extended binary is missing: pip install 'pagefind[extended]'"
        raise BuildError(message) from error
    return Path(get_executable())


def runtime(cache: Cache) -> Runtime:
    """Pagefind's runtime for this binary, from the cache or from a stub run."""
    binary = executable()
    stat = binary.stat()
    key = digest(str(binary), str(stat.st_size), str(stat.st_mtime_ns))
    kept = cache.read("pagefind", key)
    if kept is not None:
        try:
            found = pickle.loads(kept)
            if isinstance(found, Runtime):
                return found
        except (pickle.UnpicklingError, EOFError, AttributeError, TypeError):
            pass
    found = _stub_run(binary)
    cache.write("pagefind", key, pickle.dumps(found))
    return found


def _stub_run(binary: Path) -> Runtime:
    with tempfile.TemporaryDirectory(prefix="unionreader-pagefind-") as folder:
        site = Path(folder) / "site"
        site.mkdir()
        (site / "index.html").write_text(STUB, encoding="utf-8")
        out = Path(folder) / "out"
        command = [str(binary), "--site", str(site), "--output-path", str(out), "--silent"]
        try:
            subprocess.run(command, check=True, capture_output=True, timeout=TIMEOUT)
        except (OSError, subprocess.SubprocessError) as error:
            detail = getattr(error, "stderr", b"") or b""
            message = detail.decode("utf-8", "replace").strip() or str(error)
            raise BuildError(f"Pagefind failed: {message}", binary) from error
        try:
            entry = json.loads((out / "pagefind-entry.json").read_text(encoding="utf-8"))
            files = tuple((name, (out / name).read_bytes()) for name in FILES)
        except (OSError, ValueError) as error:
            raise BuildError(f"Pagefind wrote an unexpected bundle: {error}", out) from error
    return Runtime(str(entry["version"]), tuple(entry.get("include_characters", ())), files)
