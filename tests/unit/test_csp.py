"""The Content-Security-Policy: each inline script allowed by the hash of exactly the text a
template prints, and a clear error for a script that is not there."""

from __future__ import annotations

import base64
import hashlib
from pathlib import Path

import pytest
from paths import ROOT

from unionreader.csp import inline_scripts, script_hash
from unionreader.errors import BuildError
from unionreader.render import environment


def test_the_hash_is_the_sha256_of_the_text_in_base64() -> None:
    digest = base64.b64encode(hashlib.sha256(b"alert(1)").digest()).decode()
    assert script_hash("alert(1)") == "sha256-" + digest
    assert script_hash("alert(1)") != script_hash("alert(1) ")  # one byte more is another script


def test_a_template_prints_exactly_the_text_its_hash_allows(tmp_path: Path) -> None:
    (tmp_path / "inline").mkdir()
    (tmp_path / "inline" / "hello.js").write_text('/* says hello */\nvar a = "<b>";\n')
    (tmp_path / "page.html").write_text(
        '<meta content="{{ csp }}"><script>{{ inline_script("hello") }}</script>'
    )
    html = environment(tmp_path).get_template("page.html").render()
    printed = html.split("<script>")[1].split("</script>")[0]
    assert printed == 'var a="<b>";'  # minified, comment gone, not HTML-escaped
    assert f"&#39;{script_hash(printed)}&#39;" in html
    assert "script-src &#39;self&#39; &#39;wasm-unsafe-eval&#39; &#39;sha256-" in html


def test_a_missing_inline_script_is_a_build_error(tmp_path: Path) -> None:
    with pytest.raises(BuildError, match=r"no inline script 'theme'.*none"):
        inline_scripts(tmp_path).script("theme")


def test_an_inline_script_that_would_end_its_element_is_a_build_error(tmp_path: Path) -> None:
    (tmp_path / "inline").mkdir()
    (tmp_path / "inline" / "bad.js").write_text('var s = "</SCRIPT>";\n')
    with pytest.raises(BuildError, match=r"bad\.js: an inline script may not contain </script"):
        inline_scripts(tmp_path)


def test_the_sites_templates_have_their_four_inline_scripts() -> None:
    scripts = inline_scripts(ROOT / "templates")
    assert sorted(scripts.sources) == ["query", "root", "theme", "toc"]
    for text in scripts.sources.values():
        assert f"'{script_hash(text)}'" in scripts.policy
