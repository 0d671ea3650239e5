"""A built site served on 127.0.0.1 like GitHub Pages serves it: under a prefix, 404.html for
anything missing. Used by the end-to-end and browser tests.
"""

from __future__ import annotations

import functools
import http.server
import threading
from pathlib import Path


class _SiteHandler(http.server.SimpleHTTPRequestHandler):
    """Serves a site under `prefix` like GitHub Pages: 404.html for anything missing."""

    prefix = "/"

    def log_message(self, format: str, *args: object) -> None:
        pass

    def translate_path(self, path: str) -> str:
        if not path.startswith(self.prefix):
            return str(Path(self.directory) / "__nowhere__")
        return super().translate_path("/" + path[len(self.prefix) :])

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        page = Path(self.directory) / "404.html"
        if code != 404 or not page.exists():
            super().send_error(code, message, explain)
            return
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class SiteServer:
    """A site folder served on 127.0.0.1 under a prefix, in a background thread."""

    def __init__(self, directory: Path, prefix: str = "/") -> None:
        handler = type("Handler", (_SiteHandler,), {"prefix": prefix})
        bound = functools.partial(handler, directory=str(directory))
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), bound)
        self.prefix = prefix
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        """The site root URL, ending with /."""
        return f"http://127.0.0.1:{self.httpd.server_address[1]}{self.prefix}"

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
