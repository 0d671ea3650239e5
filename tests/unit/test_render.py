from __future__ import annotations

import shutil
from pathlib import Path
from typing import NoReturn

import pytest
from jinja2 import Environment, FileSystemBytecodeCache
from paths import ROOT

from unionreader.errors import BuildError
from unionreader.kept import kept_in
from unionreader.render import COMPILED, environment, render_template


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


def test_compiled_templates_are_kept_for_the_next_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A build keeps its compiled templates beside its tables: the next compiles none, but a
    template whose source changed; with nowhere to keep them, templates still render."""
    templates, tables = tmp_path / "templates", tmp_path / "tables"
    templates.mkdir()
    (templates / "t.html").write_text("<p>{{ view }}</p>")
    with kept_in(tables):
        assert (
            render_template(environment(templates), templates, "t.html", "一")
            == b"<p>\xe4\xb8\x80</p>"
        )
        assert list((tables / COMPILED).iterdir())

        def compile_nothing(*args: object, **kwargs: object) -> NoReturn:
            raise AssertionError("compiled again")

        monkeypatch.setattr(Environment, "compile", compile_nothing)
        assert (
            render_template(environment(templates), templates, "t.html", "二")
            == b"<p>\xe4\xba\x8c</p>"
        )
        (templates / "t.html").write_text("<b>{{ view }}</b>")
        with pytest.raises(AssertionError, match="compiled again"):
            environment(templates).get_template("t.html")
    monkeypatch.undo()

    def full(*args: object) -> NoReturn:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(FileSystemBytecodeCache, "dump_bytecode", full)
    (templates / "t.html").write_text("<i>{{ view }}</i>")
    with kept_in(tables):  # cannot be written: not kept, and the page is still made
        assert render_template(environment(templates), templates, "t.html", "三")
    shutil.rmtree(tables / COMPILED)
    (tables / COMPILED).write_text("")  # cannot be made: nothing kept
    with kept_in(tables):
        assert render_template(environment(templates), templates, "t.html", "四")
