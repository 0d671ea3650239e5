from __future__ import annotations

from pathlib import Path

import pytest
from paths import ROOT

from unionreader.errors import BuildError
from unionreader.render import environment, render_template


def test_views_are_escaped_and_undefined_names_are_errors(tmp_path: Path) -> None:
    (tmp_path / "t.html").write_text("<p>{{ view }}</p>")
    (tmp_path / "bad.html").write_text("<p>{{ missing }}</p>")
    env = environment(tmp_path)
    assert render_template(env, tmp_path, "t.html", "<script>") == b"<p>&lt;script&gt;</p>"
    with pytest.raises(BuildError, match="UndefinedError"):
        render_template(env, tmp_path, "bad.html", "x")


def test_a_template_syntax_error_names_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "t.html").write_text("<p>\n{% if %}\n</p>")
    with pytest.raises(BuildError) as error:
        render_template(environment(tmp_path), tmp_path, "t.html", None)
    assert str(error.value).endswith(":2: Expected an expression, got 'end of statement block'")


def test_the_project_templates_exist() -> None:
    names = {"base.html", "home.html", "document.html", "notes.html", "about.html", "404.html"}
    assert names <= {p.name for p in (ROOT / "templates").iterdir()}
