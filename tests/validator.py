"""The Nu Html Checker (vnu), as the test suite runs it: `vnu-jar` from npm on a JRE from Debian.

The jar is taken from UNIONREADER_VNU if set, else installed from npm into `.tools/`
(npm_tools.py). Java must be there: `apt-get install -y default-jre-headless` (.ci/run does it).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from npm_tools import Missing, installed

VERSION = "26.9.27"
SITE_STATIC = (
    r".*violates Content Security Policy \(meta tag\): external (stylesheet|script) "
    r"“(\.\./)*static/[^”/]*” blocked by.*"
)
"""vnu cannot tell that a relative address is the page's own origin when it checks a file on
disk (its origin is file:), so it reports the site's own style sheet and scripts as refused by
'self'. Only those are filtered, by their relative static/ address; Chromium checks the policy
for real in tests/browser/test_security.py."""


@dataclass(frozen=True)
class Message:
    file: str
    line: int
    kind: str  # error | warning | info
    text: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.kind}: {self.text}"


def jar() -> Path:
    """The vnu jar: UNIONREADER_VNU, or the pinned vnu-jar from npm."""
    given = os.environ.get("UNIONREADER_VNU")
    if given:
        if not Path(given).is_file():
            raise Missing(f"UNIONREADER_VNU={given} is not a file")
        return Path(given)
    return installed("vnu-jar", VERSION, "build/dist/vnu.jar")


def check(files: list[Path]) -> list[Message]:
    """Every error, warning and note vnu has on `files` (HTML, CSS and SVG by their suffix)."""
    java = shutil.which("java")
    if java is None:
        raise Missing("java is missing: apt-get install -y default-jre-headless (see .ci/run)")
    result = subprocess.run(
        [java, "-jar", str(jar()), "--format", "json", "--also-check-css", "--also-check-svg",
         "--filterpattern", SITE_STATIC, *map(str, files)],
        capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip
    report = json.loads(result.stderr)  # vnu writes its report to stderr
    return [
        Message(
            m.get("url", "").removeprefix("file:"),
            m.get("lastLine", 0),
            m.get("subType", m["type"]) if m["type"] == "info" else m["type"],
            m["message"],
        )
        for m in report["messages"]
    ]
