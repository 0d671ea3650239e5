"""A built site served on 127.0.0.1 like GitHub Pages serves it: under a prefix, 404.html for
anything missing. Used by the end-to-end and browser tests.
"""

from __future__ import annotations

import functools
import http.server
import threading
from pathlib import Path

from unionreader.serve import SiteHandler


class SiteServer:
    """A site folder served on 127.0.0.1 under a prefix, in a background thread."""

    def __init__(self, directory: Path, prefix: str = "/") -> None:
        handler = type("Handler", (SiteHandler,), {"prefix": prefix})
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
