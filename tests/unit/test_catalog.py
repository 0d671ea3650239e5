"""The catalogue: seeds found and sorted, entries validated, slugs derived, errors with lines."""

from __future__ import annotations

import logging
import textwrap
from pathlib import Path

import pytest

from unionreader import catalog_file, kept
from unionreader.catalog import SLUG_LENGTH, derive_slug, load_catalog
from unionreader.errors import CatalogError
from unionreader.model import Kind, Seed, SeedMeta

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"

ENTRY_A = '[[seed]]\nfile = "000_a.txt"\nslug = "alpha"\n'
ENTRY_B = '[[seed]]\nfile = "001_b.txt"\nslug = "beta"\n'


@pytest.fixture
def seeds_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A seeds folder with 000_a.txt and 001_b.txt; the working directory is its parent."""
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "seeds"
    folder.mkdir()
    for name in ("000_a.txt", "001_b.txt"):
        (folder / name).write_text("正文\n", encoding="utf-8")
    return folder


def write_catalog(folder: Path, text: str) -> None:
    (folder / "catalog.toml").write_text(textwrap.dedent(text), encoding="utf-8")


def catalog_error(folder: Path, text: str | None = None) -> CatalogError:
    if text is not None:
        write_catalog(folder, text)
    with pytest.raises(CatalogError) as info:
        load_catalog(folder)
    return info.value


def slugs(seeds: list[Seed]) -> list[str]:
    return [seed.slug for seed in seeds]


# ---------------------------------------------------------------- the real seeds


def test_real_seeds_are_all_catalogued(caplog: pytest.LogCaptureFixture) -> None:
    seeds = load_catalog(SEEDS)
    assert [seed.name for seed in seeds] == sorted(path.name for path in SEEDS.glob("*.txt"))
    assert len(seeds) == 5
    assert all(seed.catalogued for seed in seeds)
    assert slugs(seeds) == [
        "quanzong-zhiwei-2022",
        "guangxi-gonghui-2024",
        "beijing-shisi-da",
        "gansu-tuopin-2019",
        "shi-quanweihui-2023",
    ]
    assert [seed.meta.kind for seed in seeds] == [
        Kind.SPEECH,
        Kind.ARTICLE,
        Kind.DIGEST,
        Kind.ARTICLE,
        Kind.SPEECH,
    ]
    assert seeds[0].path == SEEDS / "000_99a53d783226639c.txt"
    assert seeds[0].meta.title == "在全总十七届六次执委会议上的讲话"
    assert caplog.records == []


# ---------------------------------------------------------------- finding seeds


def test_full_entry(seeds_dir: Path) -> None:
    write_catalog(
        seeds_dir,
        '''\
        [[seed]]
        file = "000_a.txt"
        slug = "quanzong-zhiwei-2022"
        title = "  在全总十七届六次执委会议上的讲话 "
        kind = "speech"
        author = "某某"
        date = "2022-03-01"
        place = "北京"
        source = "网络转载"
        description = """
        总结工会工作，**部署**七项任务。
        """

        [[seed]]
        file = "001_b.txt"
        slug = "b"
        ''',
    )
    first, second = load_catalog(seeds_dir)
    assert first == Seed(
        path=seeds_dir / "000_a.txt",
        slug="quanzong-zhiwei-2022",
        meta=SeedMeta(
            title="在全总十七届六次执委会议上的讲话",
            kind=Kind.SPEECH,
            author="某某",
            date="2022-03-01",
            place="北京",
            source="网络转载",
            description="总结工会工作，**部署**七项任务。",
        ),
        catalogued=True,
    )
    assert second == Seed(seeds_dir / "001_b.txt", "b", SeedMeta(), catalogued=True)


def test_seeds_are_sorted_by_file_name(seeds_dir: Path) -> None:
    for name in ("b.txt", "9.txt", "a.txt", "10.txt"):
        (seeds_dir / name).write_text("正文", encoding="utf-8")
    names = [seed.name for seed in load_catalog(seeds_dir)]
    assert names == ["000_a.txt", "001_b.txt", "10.txt", "9.txt", "a.txt", "b.txt"]


def test_files_in_seed_formats_are_seeds(seeds_dir: Path, caplog: pytest.LogCaptureFixture) -> None:
    for name in ("c.md", "d.markdown", "e.html", "f.HTM", "g.docx", "h.doc", "i.pdf"):
        (seeds_dir / name).write_text("正文", encoding="utf-8")
    (seeds_dir / "photo.png").write_bytes(b"\x89PNG")
    (seeds_dir / ".draft.txt").write_text("编辑器的临时文件", encoding="utf-8")
    (seeds_dir / "folder.txt").mkdir()
    write_catalog(seeds_dir, ENTRY_A + ENTRY_B)
    names = [seed.name for seed in load_catalog(seeds_dir)]
    assert names == [
        "000_a.txt", "001_b.txt", "c.md", "d.markdown", "e.html", "f.HTM", "g.docx", "h.doc",
        "i.pdf",
    ]  # fmt: skip
    assert "seeds/photo.png: not a seed format; skipped" in caplog.messages
    assert not any("folder.txt" in message for message in caplog.messages)  # empty: no word


def test_a_sub_folder_of_texts_is_not_read_and_says_so(
    seeds_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (seeds_dir / "2018" / "archive").mkdir(parents=True)
    (seeds_dir / "2018" / "archive" / "章程.txt").write_text("正文", encoding="utf-8")
    (seeds_dir / "images").mkdir()
    (seeds_dir / "images" / "photo.png").write_bytes(b"\x89PNG")
    write_catalog(seeds_dir, ENTRY_A + ENTRY_B)
    assert [seed.name for seed in load_catalog(seeds_dir)] == ["000_a.txt", "001_b.txt"]
    assert caplog.messages == [
        "seeds/2018: a folder of texts; not read (seeds are the files of seeds itself)"
    ]


def test_no_seed_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "seeds").mkdir()
    write_catalog(tmp_path / "seeds", "")
    error = catalog_error(tmp_path / "seeds")
    assert str(error) == (
        "seeds: holds no seed texts (*.txt, *.md, *.markdown, *.html, *.htm, *.docx files)"
    )
    assert error.path == tmp_path / "seeds"


def test_no_seeds_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert str(catalog_error(tmp_path / "nowhere")) == "nowhere: is not a folder of seed texts"


# ---------------------------------------------------------------- seeds with no entry


def test_no_catalogue_derives_every_seed(seeds_dir: Path, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="unionreader.catalog"):
        seeds = load_catalog(seeds_dir)
    assert seeds == [
        Seed(seeds_dir / "000_a.txt", "000-a", SeedMeta(), catalogued=False),
        Seed(seeds_dir / "001_b.txt", "001-b", SeedMeta(), catalogued=False),
    ]
    assert [(r.levelno, r.getMessage()) for r in caplog.records] == [
        (
            logging.WARNING,
            "2 seeds have no entry in seeds/catalog.toml (000_a.txt, 001_b.txt); "
            "their metadata will be derived from the text",
        )
    ]


def test_many_seeds_with_no_entry_make_one_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    for number in range(5):
        (tmp_path / f"{number:03d}.txt").write_text("工会工作。\n", encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="unionreader.catalog"):
        load_catalog(tmp_path)
    (record,) = caplog.records
    assert record.getMessage().startswith("5 seeds have no entry in ")
    assert "(000.txt, 001.txt, 002.txt and 2 more)" in record.getMessage()


def test_seed_missing_from_catalogue_is_derived(
    seeds_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    write_catalog(seeds_dir, ENTRY_B)
    seeds = load_catalog(seeds_dir)
    assert [(seed.slug, seed.catalogued) for seed in seeds] == [("000-a", False), ("beta", True)]
    assert [r.getMessage() for r in caplog.records] == [
        "seeds/000_a.txt: no entry in seeds/catalog.toml; metadata will be derived from the text"
    ]


def test_empty_catalogue_is_allowed(seeds_dir: Path) -> None:
    write_catalog(seeds_dir, "# nothing catalogued yet\n")
    assert slugs(load_catalog(seeds_dir)) == ["000-a", "001-b"]


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("000_99a53d783226639c.txt", "000-99a53d783226639c"),
        ("My File (2).txt", "my-file-2"),
        ("__x__.txt", "x"),
        ("讲话2022.txt", "jiang-hua-2022"),
        ("a--b.txt", "a-b"),
        ("全总执委会讲话.txt", "quan-zong-zhi-wei-hui-jiang-hua"),
        ("中文 文件名 (1).txt", "zhong-wen-wen-jian-ming-1"),
        ("001_讲话稿.md", "001-jiang-hua-gao"),
        ("重庆市总工会.txt", "chong-qing-shi-zong-gong-hui"),  # words read as words
        ("工會法.txt", "gong-hui-fa"),  # Traditional too
        ("Résumé ＡＢＣ.txt", "resume-abc"),
        ("（）.txt", ""),
    ],
)
def test_derive_slug(name: str, slug: str) -> None:
    assert derive_slug(name) == slug


def test_a_long_name_gives_a_slug_cut_at_a_hyphen() -> None:
    slug = derive_slug("在中华全国总工会第十八届执行委员会第三次全体会议上的工作报告.txt")
    assert slug == "zai-zhong-hua-quan-guo-zong-gong-hui-di-shi-ba-jie-zhi-xing-wei"
    assert len(slug) <= SLUG_LENGTH


def test_a_seed_with_a_chinese_name_builds_with_a_pinyin_slug(seeds_dir: Path) -> None:
    (seeds_dir / "讲话.txt").write_text("正文", encoding="utf-8")
    write_catalog(seeds_dir, ENTRY_A + ENTRY_B)
    assert "jiang-hua" in slugs(load_catalog(seeds_dir))


def test_slug_cannot_be_derived(seeds_dir: Path) -> None:
    (seeds_dir / "（）.txt").write_text("正文", encoding="utf-8")
    write_catalog(seeds_dir, ENTRY_A + ENTRY_B)
    error = catalog_error(seeds_dir)
    assert (
        str(error) == 'seeds/catalog.toml: cannot derive a slug from "（）.txt"; give it an entry'
    )


def test_derived_slugs_clash(seeds_dir: Path) -> None:
    (seeds_dir / "a_b.txt").write_text("正文", encoding="utf-8")
    (seeds_dir / "a-b.txt").write_text("正文", encoding="utf-8")
    assert str(catalog_error(seeds_dir)) == (
        'seeds/catalog.toml: a_b.txt has no entry and its derived slug "a-b" is already used by '
        "a-b.txt; give it an entry with its own slug"
    )


def test_derived_slug_clashes_with_a_catalogued_one(seeds_dir: Path) -> None:
    error = catalog_error(seeds_dir, '[[seed]]\nfile = "001_b.txt"\nslug = "000-a"\n')
    assert str(error) == (
        'seeds/catalog.toml: 000_a.txt has no entry and its derived slug "000-a" is already used '
        "by 001_b.txt; give it an entry with its own slug"
    )


# ---------------------------------------------------------------- malformed catalogues


def test_invalid_toml(seeds_dir: Path) -> None:
    error = catalog_error(seeds_dir, '[[seed]]\nfile = "000_a.txt"\nslug "alpha"\n')
    assert str(error) == (
        "seeds/catalog.toml:3: invalid TOML: "
        "Expected '=' after a key in a key/value pair (column 6)"
    )
    assert (error.path, error.line) == (seeds_dir / "catalog.toml", 3)


def test_invalid_toml_at_end_of_document(seeds_dir: Path) -> None:
    error = catalog_error(seeds_dir, '[[seed]]\nfile = "000_a.txt"\nslug = """alpha\n\n')
    assert str(error).startswith("seeds/catalog.toml:3: invalid TOML: ")


def test_duplicate_key_is_invalid_toml(seeds_dir: Path) -> None:
    error = catalog_error(seeds_dir, ENTRY_A + 'slug = "again"\n')
    assert str(error) == "seeds/catalog.toml:4: invalid TOML: Cannot overwrite a value (column 15)"


def test_catalogue_not_utf8(seeds_dir: Path) -> None:
    (seeds_dir / "catalog.toml").write_bytes(ENTRY_A.encode() + 'title = "讲话"\n'.encode("gbk"))
    assert str(catalog_error(seeds_dir)) == "seeds/catalog.toml:4: is not UTF-8 text"


def test_catalogue_with_bom(seeds_dir: Path) -> None:
    (seeds_dir / "catalog.toml").write_bytes(b"\xef\xbb\xbf" + (ENTRY_A + ENTRY_B).encode())
    assert slugs(load_catalog(seeds_dir)) == ["alpha", "beta"]


def test_unknown_top_level_key(seeds_dir: Path) -> None:
    error = catalog_error(seeds_dir, '# seeds\ntitle = "x"\n' + ENTRY_A)
    assert str(error) == (
        'seeds/catalog.toml:2: unknown top-level key "title"; '
        "the catalogue holds only [[seed]] entries"
    )


def test_seed_must_be_an_array_of_tables(seeds_dir: Path) -> None:
    error = catalog_error(seeds_dir, '[seed]\nfile = "000_a.txt"\nslug = "alpha"\n')
    assert str(error) == 'seeds/catalog.toml: "seed" must be a list of [[seed]] tables'


def test_unknown_key_with_a_suggestion(seeds_dir: Path) -> None:
    error = catalog_error(seeds_dir, ENTRY_B + ENTRY_A + 'auther = "某某"\n')
    assert str(error) == (
        'seeds/catalog.toml:7: seed "000_a.txt": unknown key "auther"; did you mean "author"?'
    )
    assert error.line == 7


def test_unknown_key_without_a_suggestion(seeds_dir: Path) -> None:
    error = catalog_error(seeds_dir, '[[seed]]\nfile = "000_a.txt"\nweight = "1"\nslug = "a"\n')
    assert str(error) == (
        'seeds/catalog.toml:3: seed "000_a.txt": unknown key "weight"; '
        "known keys: file, slug, title, kind, author, date, place, source, description, reviewed"
    )


def test_missing_file(seeds_dir: Path) -> None:
    error = catalog_error(seeds_dir, ENTRY_A + '\n[[seed]]  # the second\nslug = "beta"\n')
    assert str(error) == 'seeds/catalog.toml:5: seed #2: missing required key "file"'


def test_missing_slug(seeds_dir: Path) -> None:
    error = catalog_error(seeds_dir, ENTRY_B + '[[seed]]\nfile = "000_a.txt"\nkind = "text"\n')
    assert str(error) == 'seeds/catalog.toml:4: seed "000_a.txt": missing required key "slug"'


@pytest.mark.parametrize(
    ("line", "what"),
    [
        ("slug = 3", "a number"),
        ("date = 2022.5", "a number"),
        ("date = 2022-03-01", "a date"),
        ("date = 2022-03-01T10:00:00", "a date-time"),
        ('title = ["一", "二"]', "an array"),
        ("kind = true", "a boolean"),
        ('author = { name = "某某" }', "a table"),
    ],
)
def test_values_must_be_strings(seeds_dir: Path, line: str, what: str) -> None:
    key = line.split(" ")[0]
    text = ENTRY_A.replace('slug = "alpha"', line) if key == "slug" else ENTRY_A + line
    error = catalog_error(seeds_dir, text + "\n")
    line_number = 3 if key == "slug" else 4
    assert str(error) == (
        f'seeds/catalog.toml:{line_number}: seed "000_a.txt": '
        f'"{key}" must be a quoted string, not {what}'
    )


def test_file_must_be_a_string(seeds_dir: Path) -> None:
    error = catalog_error(seeds_dir, '[[seed]]\nfile = 0\nslug = "a"\n')
    assert (
        str(error) == 'seeds/catalog.toml:2: seed #1: "file" must be a quoted string, not a number'
    )


def test_empty_value(seeds_dir: Path) -> None:
    error = catalog_error(seeds_dir, ENTRY_A + 'title = "  "\n')
    assert str(error) == (
        'seeds/catalog.toml:4: seed "000_a.txt": "title" is empty; give it a value or leave it out'
    )


@pytest.mark.parametrize("slug", ["Alpha", "-alpha", "al_pha", "al pha", " alpha", "讲话", "a/b"])
def test_bad_slug(seeds_dir: Path, slug: str) -> None:
    error = catalog_error(seeds_dir, ENTRY_A.replace('"alpha"', f'"{slug}"'))
    assert str(error) == (
        f'seeds/catalog.toml:3: seed "000_a.txt": slug "{slug}" must match ^[a-z0-9][a-z0-9-]*$'
    )


@pytest.mark.parametrize("slug", ["a", "0", "2022-beijing", "a-"])
def test_good_slug(seeds_dir: Path, slug: str) -> None:
    write_catalog(seeds_dir, ENTRY_A.replace('"alpha"', f'"{slug}"'))
    assert load_catalog(seeds_dir)[0].slug == slug


def test_duplicate_slug(seeds_dir: Path) -> None:
    error = catalog_error(seeds_dir, ENTRY_A + ENTRY_B.replace("beta", "alpha"))
    assert str(error) == (
        'seeds/catalog.toml:6: seed "001_b.txt": slug "alpha" is already used by "000_a.txt" '
        "(line 1)"
    )


def test_duplicate_file(seeds_dir: Path) -> None:
    error = catalog_error(seeds_dir, ENTRY_A + ENTRY_B.replace("001_b", "000_a"))
    assert str(error) == (
        'seeds/catalog.toml:5: seed "000_a.txt": a second entry for this file; '
        "the first is above (line 1)"
    )


def test_bad_kind(seeds_dir: Path) -> None:
    error = catalog_error(seeds_dir, ENTRY_A + 'kind = "talk"\n')
    assert str(error) == (
        'seeds/catalog.toml:4: seed "000_a.txt": kind "talk" is not one of '
        "speech, report, article, editorial, notice, digest, text"
    )


@pytest.mark.parametrize("kind", list(Kind))
def test_every_kind(seeds_dir: Path, kind: Kind) -> None:
    write_catalog(seeds_dir, ENTRY_A + f'kind = "{kind.value}"\n')
    assert load_catalog(seeds_dir)[0].meta.kind is kind


@pytest.mark.parametrize(
    "date",
    ["22", "2022-1", "2022-13", "2022-02-30", "2022/03/01", "0000", "2022年", "2022-03-01T8"],
)
def test_bad_date(seeds_dir: Path, date: str) -> None:
    error = catalog_error(seeds_dir, ENTRY_A + f'date = "{date}"\n')
    assert str(error) == (
        f'seeds/catalog.toml:4: seed "000_a.txt": date "{date}" is not a date as '
        "YYYY, YYYY-MM or YYYY-MM-DD"
    )


@pytest.mark.parametrize("date", ["2022", "2022-03", "2024-02-29"])
def test_good_date(seeds_dir: Path, date: str) -> None:
    write_catalog(seeds_dir, ENTRY_A + f'date = "{date}"\n')
    assert load_catalog(seeds_dir)[0].meta.date == date


def test_entry_for_a_missing_file(seeds_dir: Path) -> None:
    error = catalog_error(
        seeds_dir, ENTRY_A + ENTRY_B + '\n[[seed]]\nfile = "404.txt"\nslug = "x"\n'
    )
    assert str(error) == (
        'seeds/catalog.toml:9: seed "404.txt": file "404.txt" does not exist in seeds/'
    )


@pytest.mark.parametrize("file", ["../000_a.txt", "sub/000_a.txt", "000_a.doc", ".hidden.txt"])
def test_file_must_be_a_seed_name(seeds_dir: Path, file: str) -> None:
    error = catalog_error(seeds_dir, ENTRY_A.replace('"000_a.txt"', f'"{file}"'))
    assert str(error) == (
        f'seeds/catalog.toml:2: seed "{file}": file "{file}" must be the name of a seed file '
        "(.txt, .md, .markdown, .html, .htm, .docx), without folders"
    )


def test_lines_skip_comments_and_multiline_strings(seeds_dir: Path) -> None:
    text = """\
    # [[seed]] in a comment is no entry
    [[seed]]
    file = "000_a.txt"
    description = '''
    slug = "this line is inside a string"
    [[seed]]
    '''
    slug = "Alpha"
    """
    error = catalog_error(seeds_dir, text)
    assert error.line == 8


def test_inline_entries_have_no_line(seeds_dir: Path) -> None:
    text = 'seed = [{ file = "000_a.txt", slug = "x" }, { file = "001_b.txt", slug = "x" }]\n'
    error = catalog_error(seeds_dir, text)
    assert (
        str(error)
        == 'seeds/catalog.toml: seed "001_b.txt": slug "x" is already used by "000_a.txt"'
    )
    assert error.line is None


def test_a_rebuild_reads_an_unchanged_catalogue_as_the_last_build_kept_it(
    seeds_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With the build's kept tables, the entries of a catalogue that has not changed are read
    back, not parsed and checked again; a changed one is read anew, errors and all."""
    monkeypatch.setattr(kept, "_FOLDER", [])
    write_catalog(seeds_dir, ENTRY_A + ENTRY_B)
    with kept.kept_in(tmp_path / "kept"):
        (tmp_path / "kept").mkdir()
        first = load_catalog(seeds_dir)
        real_parse = catalog_file._parse

        def parsed_again(text: str, catalog: Path) -> dict[str, object]:
            raise AssertionError("parsed again")

        monkeypatch.setattr(catalog_file, "_parse", parsed_again)
        assert load_catalog(seeds_dir) == first
        monkeypatch.setattr(catalog_file, "_parse", real_parse)
        write_catalog(seeds_dir, ENTRY_A + ENTRY_B.replace("beta", "alpha"))
        assert "already used" in str(catalog_error(seeds_dir))
        write_catalog(seeds_dir, ENTRY_A.replace("alpha", "gamma") + ENTRY_B)
        assert slugs(load_catalog(seeds_dir)) == ["gamma", "beta"]
