"""`unionreader serve`: build, serve the site on 127.0.0.1, rebuild when a source changes.

Changes are found by polling modification times of seeds/, templates/ and static/ (no extra
dependency). A failed rebuild is reported and the last good site keeps being served.
"""

from __future__ import annotations

import functools
import http.server
import logging
import threading
import time
from collections.abc import Callable, Iterable
from http import HTTPStatus
from pathlib import Path

from unionreader import urls
from unionreader.cache import files_below
from unionreader.errors import UnionReaderError
from unionreader.pipeline import BuildConfig, BuildReport, build

logger = logging.getLogger(__name__)

POLL_SECONDS = 0.5


def snapshot(folders: Iterable[Path]) -> dict[Path, float]:
    """Modification time of every file below `folders`."""
    return {path: path.stat().st_mtime for folder in folders for path in files_below(folder)}


class Watcher:
    """Calls `on_change` whenever a file below the watched folders is added, changed or removed."""

    def __init__(self, folders: list[Path], on_change: Callable[[], object]) -> None:
        self.folders = folders
        self.on_change = on_change
        self.seen = snapshot(folders)

    def poll(self) -> bool:
        now = snapshot(self.folders)
        if now == self.seen:
            return False
        self.seen = now
        self.on_change()
        return True


def rebuild(config: BuildConfig, report: Callable[[str], None]) -> BuildReport | None:
    """Build once; report the summary or the error, never raise a UnionReaderError."""
    try:
        result = build(config)
    except UnionReaderError as error:
        *first, last = error.lines()
        for line in first:
            report(f"error: {line}")
        report(f"error: {last} (still serving the last good build)")
        return None
    report(result.line(str(config.out_dir)))
    return result


def site_server(
    site_dir: Path, host: str = "127.0.0.1", port: int = 8000
) -> http.server.HTTPServer:
    """An HTTP server for the built site in `site_dir` (not yet serving)."""
    handler = functools.partial(SiteHandler, directory=str(site_dir))
    return http.server.ThreadingHTTPServer((host, port), handler)


def serve(config: BuildConfig, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Build, then serve `config.out_dir` until interrupted, rebuilding on changes."""
    if rebuild(config, print) is None:
        raise UnionReaderError("the first build failed; nothing to serve")
    httpd = site_server(config.out_dir, host, port)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    print(f"serving http://{host}:{httpd.server_address[1]}/ (Ctrl-C to stop)")
    folders = [config.seeds_dir, config.templates_dir, config.static_dir]
    watcher = Watcher(folders, lambda: rebuild(config, print))
    try:
        while True:
            time.sleep(POLL_SECONDS)
            watcher.poll()
    except KeyboardInterrupt:
        print("stopped")
    finally:
        httpd.shutdown()
        httpd.server_close()


class SiteHandler(http.server.SimpleHTTPRequestHandler):
    """Serves a built site as GitHub Pages does: below `prefix` (a project site's /name/; a
    subclass sets it), with its 404.html for anything missing; requests are logged at debug
    level. The end-to-end tests and bench/search.py serve the site with it too."""

    prefix = "/"

    def log_message(self, format: str, *args: object) -> None:
        logger.debug(format, *args)

    def translate_path(self, path: str) -> str:
        if not path.startswith(self.prefix):
            return str(Path(self.directory) / "__outside_the_site__")
        return super().translate_path("/" + path[len(self.prefix) :])

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        page = Path(self.directory) / urls.NOT_FOUND
        if code != HTTPStatus.NOT_FOUND or not page.is_file():
            super().send_error(code, message, explain)
            return
        body = page.read_bytes()
        self.send_response(code)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)
