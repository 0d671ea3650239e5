"""The site's style sheets and scripts as published: minified (`rjsmin`, `rcssmin`), so that a
page's CSS and JS stay within their budget (`bench/page_weight.py`) while `static/` keeps its
comments for whoever reads or edits it."""

from __future__ import annotations

import logging

import rcssmin
import rjsmin

from unionreader.model import OutputFile

logger = logging.getLogger(__name__)


def minified(file: OutputFile) -> OutputFile:
    """A static file as published: a script or style sheet minified, anything else as it is."""
    if file.path.endswith(".js"):
        text = rjsmin.jsmin(file.content.decode("utf-8"))
    elif file.path.endswith(".css"):
        text = rcssmin.cssmin(file.content.decode("utf-8"))
    else:
        return file
    return OutputFile(file.path, text.encode("utf-8"))
