"""The site's Content-Security-Policy, given as a <meta> on every page.

Scripts and style sheets come only from the site. The few scripts that must run before the first
paint (the reader's theme, the open table of contents, the 404 page's search for the site's root)
live in `templates/inline/` and are allowed by their hashes, so that no other inline script can
run, nor any inline style. Pagefind compiles its WebAssembly, which needs 'wasm-unsafe-eval' (and
only that: no `eval`). `frame-ancestors` cannot be given in a <meta>, so it is left out."""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
from pathlib import Path

import rjsmin
from markupsafe import Markup

from unionreader.errors import BuildError

INLINE_FOLDER = "inline"  # below the templates folder
REFERRER = "same-origin"  # nothing leaves the site, and links out carry no address of ours


@dataclass(frozen=True)
class InlineScripts:
    """The inline scripts a template may use (name → minified source) and the policy that allows
    exactly them."""

    sources: dict[str, str]

    def script(self, name: str) -> Markup:
        """The source of an inline script, to go between <script> and </script> as it is."""
        if name not in self.sources:
            known = ", ".join(sorted(self.sources)) or "none"
            raise BuildError(f"no inline script {name!r} in templates/{INLINE_FOLDER}/ ({known})")
        return Markup(self.sources[name])

    @property
    def policy(self) -> str:
        hashes = " ".join(f"'{script_hash(text)}'" for _, text in sorted(self.sources.items()))
        return "; ".join(
            (
                "default-src 'none'",
                f"script-src 'self' 'wasm-unsafe-eval' {hashes}".rstrip(),
                "style-src 'self'",
                "img-src 'self'",
                "connect-src 'self'",
                "manifest-src 'self'",
                "base-uri 'self'",
                "form-action 'self'",
            )
        )


def inline_scripts(templates_dir: Path) -> InlineScripts:
    """Every `templates/inline/<name>.js`, minified, by name."""
    folder = templates_dir / INLINE_FOLDER
    sources: dict[str, str] = {}
    for path in sorted(folder.glob("*.js")) if folder.is_dir() else []:
        text = rjsmin.jsmin(path.read_text(encoding="utf-8"))
        if "</script" in text.lower():
            raise BuildError(f"{path}: an inline script may not contain </script")
        sources[path.stem] = text
    return InlineScripts(sources)


def script_hash(text: str) -> str:
    """A script's CSP source expression: sha256 of its UTF-8 text, base64."""
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode()
