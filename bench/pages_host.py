"""A built site served as GitHub Pages serves it, for the benchmarks: under a project path
(PREFIX), text compressed with gzip when the browser asks, 404.html for anything missing."""

from __future__ import annotations

import functools
import gzip
import http.server
import io
import sys
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from unionreader.serve import SiteHandler  # noqa: E402

PREFIX = "/unionreader/"
COMPRESSED = {".html", ".js", ".css", ".json", ".txt", ".md", ".xml", ".svg", ".webmanifest"}


class _Handler(SiteHandler):
    prefix = PREFIX

    def send_head(self):  # type: ignore[no-untyped-def]
        path = Path(self.translate_path(self.path.split("?")[0]))
        if path.is_dir():
            path = path / "index.html"
        accepts = "gzip" in self.headers.get("Accept-Encoding", "")
        if not path.is_file() or path.suffix not in COMPRESSED or not accepts:
            return super().send_head()
        body = gzip.compress(path.read_bytes(), compresslevel=6)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)


class PagesServer:
    """`site` served on 127.0.0.1 (any free port) under PREFIX, in a background thread. The
    folder may be filled after the server starts: `url` is known first, for --base-url."""

    def __init__(self, site: Path) -> None:
        handler = functools.partial(_Handler, directory=str(site))
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}{PREFIX}"

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
