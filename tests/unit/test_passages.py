"""A law's passage under its title is its note, called 题注 (an editor's note is 编者按), on its
page, in its download and in search."""

from __future__ import annotations

from pathlib import Path

import pytest

from unionreader.normalise.passages import note_label
from unionreader.pipeline import BuildConfig, build


@pytest.mark.parametrize(
    ("note", "label"),
    [
        ("2020年2月7日 北京市第十五届人民代表大会常务委员会第十八次会议通过", "题注"),
        ("（1992年4月3日第七届全国人民代表大会第五次会议通过　2001年10月27日修正）", "题注"),
        ("本报今日刊发张师傅的事迹，以飨读者。", "编者按"),
        ("2020年2月7日，记者来到工地，看到工人们正在施工。", "编者按"),
    ],
)
def test_a_law_s_passage_is_a_title_note_and_anything_else_an_editor_s(
    note: str, label: str
) -> None:
    assert note_label(note) == label


def test_the_page_and_the_download_call_a_passage_a_title_note(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "law.txt").write_text(
        "北京市人民代表大会常务委员会关于依法防控疫情的决定\n\n"
        "2020年2月7日 北京市第十五届人民代表大会常务委员会第十八次会议通过\n\n"
        "为了依法科学有序防控疫情，保障人民群众生命健康安全，作如下决定：\n\n"
        "一、本市各级人民政府应当依法履行职责。\n",
        encoding="utf-8",
    )
    site = tmp_path / "site"
    build(BuildConfig(seeds, site, cache_dir=tmp_path / "cache", progress=False))
    page = next(site.glob("d/*/index.html")).read_text(encoding="utf-8")
    assert '<span class="editor-note-label">题注</span>' in page and "编者按" not in page
    download = next(site.glob("data/*.md")).read_text(encoding="utf-8")
    assert "*题注：2020年2月7日" in download
