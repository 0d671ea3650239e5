"""Reading seeds: encodings, line endings, line numbers, and errors for files that are not text."""

from __future__ import annotations

import codecs
import importlib.util
import logging
from pathlib import Path

import pytest

from unionreader.errors import SeedError
from unionreader.model import Line, RawText, Seed, SeedMeta
from unionreader.sources import read_source, split_lines
from unionreader.sources.text import legacy_encodings, nearly_decoded, read_text

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
READING = ROOT / "tests" / "fixtures" / "reading"


@pytest.fixture(autouse=True)
def _at_root(monkeypatch: pytest.MonkeyPatch) -> None:
    """Run from the project root, so paths in messages read tests/fixtures/reading/…"""
    monkeypatch.chdir(ROOT)


def seed_at(path: Path) -> Seed:
    return Seed(path=path, slug="test", meta=SeedMeta(), catalogued=False)


def read(path: Path) -> RawText:
    """Read with the plain-text reader (these fixtures test decoding, whatever their suffix)."""
    return read_text(seed_at(path))


def read_error(path: Path) -> SeedError:
    with pytest.raises(SeedError) as info:
        read(path)
    return info.value


def texts(raw: RawText) -> list[str]:
    return [line.text for line in raw.lines]


def numbers(raw: RawText) -> list[int]:
    return [line.number for line in raw.lines]


# ---------------------------------------------------------------- the real seeds


@pytest.mark.parametrize(
    ("name", "count"),
    [
        ("000_99a53d783226639c.txt", 27),  # 26 line feeds and a last line with none
        ("001_cae083bbb758f2df.txt", 10),  # 9 line feeds and a last line with none
        ("002_18f728541ba54b62.txt", 91),  # opens with two empty lines; no final line feed
        ("003_ccb1519a43502d92.txt", 134),  # no final line feed
        ("004_3e65e61f32c4d131.txt", 45),  # ends with a line feed: no extra empty line
    ],
)
def test_real_seeds_read_as_utf8(name: str, count: int, caplog: pytest.LogCaptureFixture) -> None:
    raw = read(SEEDS / name)
    assert raw.encoding == "utf-8"
    assert len(raw.lines) == count
    assert numbers(raw) == list(range(1, count + 1))
    assert not any("\r" in text or "\n" in text or "\ufeff" in text for text in texts(raw))
    assert caplog.records == []


def test_real_seed_lines_keep_their_content() -> None:
    data = (SEEDS / "002_18f728541ba54b62.txt").read_text(encoding="utf-8")
    raw = read(SEEDS / "002_18f728541ba54b62.txt")
    assert texts(raw) == data.split("\n")
    assert raw.lines[0] == Line(1, "")
    assert raw.seed.slug == "test"


# ---------------------------------------------------------------- line endings and BOM


def test_bom_and_crlf_are_gone_and_spaces_kept() -> None:
    raw = read(READING / "bom-crlf.txt")
    assert raw.encoding == "utf-8"
    assert raw.lines == (
        Line(1, "第一行"),
        Line(2, "  第二行有前导空格  "),
        Line(3, ""),
        Line(4, "　　第四行以全角空格开头"),
    )


def test_cr_only_endings() -> None:
    raw = read(READING / "cr-only.txt")
    assert raw.lines == (Line(1, "甲"), Line(2, "乙"), Line(3, ""), Line(4, "丁"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a\r\nb\rc\nd", ["a", "b", "c", "d"]),
        ("a\r\n\r\nb\r\n", ["a", "", "b"]),
        ("a\n\n", ["a", ""]),
        ("a\r\r", ["a", ""]),
        ("\na", ["", "a"]),
        ("a\x0cb\x85d\te", ["a\x0cb\x85d\te"]),  # a form feed, NEL: no line's end
    ],
)
def test_split_lines(text: str, expected: list[str]) -> None:
    lines = split_lines(text)
    assert [line.text for line in lines] == expected
    assert [line.number for line in lines] == list(range(1, len(expected) + 1))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("题\u2028副题\u2028作者\n正文", [(1, "题"), (1, "副题"), (1, "作者"), (2, "正文")]),
        ("甲段。\u2029乙段。\n", [(1, "甲段。"), (1, ""), (1, "乙段。")]),
        ("甲\u2028\n乙", [(1, "甲"), (2, "乙")]),  # closing its line: no line after it
    ],
)
def test_a_line_separator_ends_a_line_that_keeps_its_number(
    text: str, expected: list[tuple[int, str]]
) -> None:
    """U+2028 (a `<br>` copied from a page or Word) ends a line, U+2029 a paragraph; the lines
    keep the number of the line they stand in, as an editor counts them."""
    assert [(line.number, line.text) for line in split_lines(text)] == expected


def test_mixed_endings_in_a_file(tmp_path: Path) -> None:
    path = tmp_path / "mixed.txt"
    path.write_bytes("一\r\n二\r三\n\n五\r\n".encode())
    assert texts(read(path)) == ["一", "二", "三", "", "五"]


# ---------------------------------------------------------------- GB18030


def test_gb18030_is_read_with_a_warning(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="unionreader.sources"):
        raw = read(READING / "gb18030.txt")
    assert raw.encoding == "gb18030"
    assert texts(raw) == [
        "关于加强工会工作的讲话",
        "",
        "同志们：",
        "　　今年是全面贯彻党的二十大精神的开局之年。",
        "工会要做职工群众的“娘家人”，𠮷字也要读得出。",
    ]
    assert [(r.levelno, r.getMessage()) for r in caplog.records] == [
        (logging.WARNING, "tests/fixtures/reading/gb18030.txt: not UTF-8; read as GB18030")
    ]


def test_gb18030_bom_is_gone(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "gb.txt"
    path.write_bytes("\ufeff工会\r\n职工".encode("gb18030"))
    raw = read(path)
    assert (raw.encoding, texts(raw)) == ("gb18030", ["工会", "职工"])
    assert len(caplog.records) == 1


BIG5_TEXT = (
    "工會法\n第一條　為促進勞工團結，提升勞工地位及改善勞工生活，特制定本法。\n"
    "第二條　工會為法人。\n"
)


def test_big5_is_told_from_gb18030_and_read_with_a_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """Big5 bytes decode as GB18030 too, into nonsense (工會法 reads 猭砏嘿穦猭)."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "law.txt").write_bytes(BIG5_TEXT.encode("big5"))
    with caplog.at_level(logging.WARNING, logger="unionreader.sources"):
        raw = read(tmp_path / "law.txt")
    assert raw.encoding == "big5hkscs"
    assert texts(raw) == BIG5_TEXT.splitlines()
    assert [r.getMessage() for r in caplog.records] == ["law.txt: not UTF-8; read as Big5"]


@pytest.mark.parametrize("text", [BIG5_TEXT, "关于加强工会工作的讲话\n同志们：\n"])
def test_gb18030_and_big5_are_each_read_as_themselves(tmp_path: Path, text: str) -> None:
    for encoding, read_as in (("gb18030", "gb18030"), ("big5", "big5hkscs")):
        try:
            data = text.encode(encoding)
        except UnicodeEncodeError:
            continue  # Simplified characters Big5 has not
        (tmp_path / "x.txt").write_bytes(data)
        raw = read(tmp_path / "x.txt")
        assert (raw.encoding, texts(raw)) == (read_as, text.splitlines())


def test_big5_with_a_damaged_byte_is_big5_the_byte_shown_and_its_line_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """One byte sequence Big5 does not read (a page's user-defined character) among the text:
    the file is still Big5, the sequence shown as �, its line named; not the whole file read
    as GB18030 (which reads any bytes) into nonsense."""
    monkeypatch.chdir(tmp_path)
    lines = BIG5_TEXT.splitlines()
    data = "\n".join(lines[:2]).encode("big5") + b"\n\x80" + lines[2].encode("big5") + b"\n"
    (tmp_path / "law.txt").write_bytes(data)
    with caplog.at_level(logging.WARNING, logger="unionreader.sources"):
        raw = read(tmp_path / "law.txt")
    assert raw.encoding == "big5hkscs"
    assert texts(raw) == [*lines[:2], "\ufffd" + lines[2]]
    assert caplog.records[0].getMessage() == (
        "law.txt:3: 1 byte sequence that Big5 does not read, shown as �"
    )


def test_a_gb18030_file_is_not_taken_for_damaged_utf8() -> None:
    data = "关于加强工会工作的讲话\n同志们：".encode("gb18030")
    assert nearly_decoded(data, "utf-8") is None


def test_big5_that_the_detector_cannot_tell_is_told_by_the_private_use_area() -> None:
    """A short text, much of it Latin: charset-normalizer finds nothing, but GB18030 reads its
    Big5 bytes as characters of the private use area, which no text writes."""
    text = (
        "副總統出席「2010年大師論壇──2009年諾貝爾經濟學獎得主威廉森博士（Dr. Oliver E. "
        "Williamson）專題講座」"
    )
    assert legacy_encodings(text.encode("big5hkscs"))[0] == "big5hkscs"
    assert legacy_encodings(text.encode("gb18030"))[0] == "gb18030"


def test_utf8_is_preferred_to_gb18030(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "ascii.txt"
    path.write_bytes(b"plain ASCII is UTF-8\n")
    assert read(path).encoding == "utf-8"
    assert caplog.records == []


# ---------------------------------------------------------------- errors


def test_binary_file() -> None:
    error = read_error(READING / "binary.bin")
    assert str(error) == "tests/fixtures/reading/binary.bin: is binary, not text"
    assert error.line is None
    assert error.path == READING / "binary.bin"


def test_many_control_characters_are_binary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "controls.txt").write_bytes(b"abc\x01\x02\x03\x04\x05\x06\x07\x08def\x1b\x7f" * 4)
    assert str(read_error(tmp_path / "controls.txt")) == "controls.txt: is binary, not text"


def test_a_few_control_characters_are_still_text(tmp_path: Path) -> None:
    path = tmp_path / "bell.txt"
    path.write_bytes("工会工作\x07要抓实，职工群众要满意。\x0c\n".encode())
    assert texts(read(path)) == ["工会工作\x07要抓实，职工群众要满意。\x0c"]


@pytest.mark.parametrize(
    "codec", ["utf-16", "utf-16-le-bom", "utf-16-be-bom", "utf-16-le", "utf-16-be"]
)
def test_utf16_is_read_with_a_warning(
    tmp_path: Path, codec: str, caplog: pytest.LogCaptureFixture
) -> None:
    text = "关于做好工会工作的通知\r\n\r\n各省总工会：\r\n一、总体要求（2026年）\r\n"
    name = codec.removesuffix("-bom")
    data = text.encode(name)
    if codec.endswith("-bom"):
        data = ("\ufeff" + text).encode(name)
    path = tmp_path / "wide.txt"
    path.write_bytes(data)
    raw = read(path)
    assert texts(raw) == ["关于做好工会工作的通知", "", "各省总工会：", "一、总体要求（2026年）"]
    assert raw.encoding in ("utf-16-le", "utf-16-be")
    assert [r.getMessage() for r in caplog.records] == [f"{path}: not UTF-8; read as UTF-16"]


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_with_zeros_on_both_sides_of_its_pairs_is_read(tmp_path: Path, codec: str) -> None:
    """Chinese with no byte-order mark, whose 一, 最, 退 put a zero in the low byte: the zeros
    stand on both sides of the pairs, and it is read all the same (not refused as binary)."""
    lines = ["一切为了职工，最大限度退一步", "一是一，二是二。", "统一思想，一心一意"]
    path = tmp_path / "wide.txt"
    path.write_bytes("\n".join(lines).encode(codec))
    raw = read(path)
    assert (texts(raw), raw.encoding) == (lines, codec)


def test_a_few_zero_bytes_are_taken_out_with_a_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "damaged.txt"
    line = "工会工作要抓实，职工群众要满意。"
    path.write_bytes(f"{line}\n{line}".encode() + b"\x00\x00\x00" + f"{line}\n".encode())
    assert texts(read(path)) == [line, line * 2]
    assert [r.getMessage() for r in caplog.records] == [
        f"{path}:2: 3 zero bytes taken out (no text; the file is likely damaged there)"
    ]


def test_zero_bytes_on_one_side_of_their_pairs_in_a_binary_file_are_no_utf16(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    data = bytes(range(1, 256)) * 8 + b"\x00\x41" * 3 + b"\x9c"
    (tmp_path / "blob.txt").write_bytes(data)
    assert str(read_error(tmp_path / "blob.txt")) == "blob.txt: is binary, not text"


def test_undecodable_names_its_first_bad_line() -> None:
    error = read_error(READING / "undecodable.txt")
    assert (
        str(error)
        == "tests/fixtures/reading/undecodable.txt:3: not valid UTF-8, GB18030 or Big5 text"
    )
    assert error.line == 3


def test_undecodable_gb18030_names_the_line_where_gb18030_breaks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """UTF-8 breaks at once on GB18030 text; the error names the line that GB18030 cannot read
    (where more is damaged than a few bytes: those are read as �, with a warning)."""
    monkeypatch.chdir(tmp_path)
    bad = b"\xff\xff\xff\xff\r\n"
    data = "一行\r\n二行\r\n三行\r\n".encode("gb18030") + bad + "五行".encode("gb18030")
    (tmp_path / "gb.txt").write_bytes(data)
    assert str(read_error(tmp_path / "gb.txt")) == "gb.txt:4: not valid UTF-8, GB18030 or Big5 text"


def test_empty_file() -> None:
    assert str(read_error(READING / "empty.txt")) == "tests/fixtures/reading/empty.txt: is empty"


def test_whitespace_only_file() -> None:
    error = read_error(READING / "whitespace.txt")
    assert str(error) == "tests/fixtures/reading/whitespace.txt: is empty (only whitespace)"


def test_bom_only_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "bom.txt").write_bytes(codecs.BOM_UTF8)
    assert str(read_error(tmp_path / "bom.txt")) == "bom.txt: is empty"


def test_missing_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    error = read_error(tmp_path / "seeds" / "missing.txt")
    assert str(error) == "seeds/missing.txt: cannot be read: No such file or directory"
    assert error.line is None


def test_folder_is_not_a_seed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "folder.txt").mkdir()
    assert str(read_error(tmp_path / "folder.txt")).startswith("folder.txt: cannot be read: ")


# ---------------------------------------------------------------- the fixtures themselves


def test_fixtures_match_their_generator() -> None:
    spec = importlib.util.spec_from_file_location("make_fixtures", READING / "make_fixtures.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    expected: dict[str, bytes] = module.fixtures()
    for name, content in expected.items():
        assert (READING / name).read_bytes() == content, f"rerun {READING / 'make_fixtures.py'}"
    assert b"\x00" in expected["binary.bin"]


# ---------------------------------------------------------------- formats


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("x.doc", "is a Word 97–2003 document; save it as .docx"),
        ("x.pdf", "is a PDF; copy its text into a .txt file"),
        ("x.rtf", "is an RTF document; save it as .docx"),
        ("x.png", "is not a seed format (.txt, .md, .markdown, .html, .htm, .docx)"),
    ],
)
def test_formats_that_cannot_be_read_say_what_to_do(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, message: str
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / name).write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(SeedError) as info:
        read_source(seed_at(tmp_path / name))
    assert str(info.value) == f"{name}: {message}"


def test_the_reader_follows_the_suffix_whatever_its_case(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.MD").write_text("# 标题\n\n正文。\n", encoding="utf-8")
    raw = read_source(seed_at(tmp_path / "a.MD"))
    assert raw.encoding == "utf-8" and [line.text for line in raw.lines] == ["标题", "正文。"]


PAGE = (
    "<html><head><meta charset='utf-8'><title>工会工作会议召开_新闻网</title></head><body>"
    "<nav>首页 | 新闻</nav><article><h1>工会工作会议召开</h1>"
    + "<p>会议强调，要切实维护职工合法权益，推动工会工作高质量发展。</p>" * 4
    + "</article></body></html>"
)


@pytest.mark.parametrize("opening", ["", "<!DOCTYPE html>\n", "\n  <!-- saved from url -->\n"])
def test_a_web_page_named_txt_is_read_as_the_page_it_is(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, opening: str
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "page.txt").write_text(opening + PAGE, encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        raw = read_source(seed_at(tmp_path / "page.txt"))
    texts = [line.text for line in raw.lines]
    assert not any("<" in text for text in texts)
    assert "会议强调，要切实维护职工合法权益，推动工会工作高质量发展。" in texts
    assert "page.txt: is a web page; read as one (name it .html)" in caplog.messages


def test_a_text_that_only_mentions_html_is_text(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("<html> 是网页的开头。\n正文。\n", encoding="utf-8")
    raw = read_source(seed_at(tmp_path / "a.txt"))
    assert [line.text for line in raw.lines] == ["<html> 是网页的开头。", "正文。"]


@pytest.mark.parametrize(
    "text",
    [
        "# 工会工作会议召开\n\n会议强调，要切实维护职工合法权益。\n",
        "---\ntitle: 工会工作会议召开\ndate: 2024-05-01\n---\n\n会议强调，要切实维护职工合法权益。",
        "导语\n\n## 一、总体要求\n\n会议强调，要切实维护职工合法权益。\n\n## 二、主要任务\n",
    ],
)
def test_markdown_named_txt_is_read_as_markdown(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, text: str
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        raw = read_source(seed_at(tmp_path / "a.txt"))
    assert not any(line.text.startswith(("#", "---", "title:")) for line in raw.lines)
    assert "会议强调，要切实维护职工合法权益。" in [line.text for line in raw.lines]
    assert "a.txt: is Markdown; read as such (name it .md)" in caplog.messages


@pytest.mark.parametrize(
    "text",
    [
        "工会工作会议召开\n#话题# 会议强调，要切实维护职工合法权益。\n",
        "工会工作会议召开\n\n# 1 会议强调，要切实维护职工合法权益。\n",  # one, not at the top
        "---\n会议强调，要切实维护职工合法权益。\n---\n",  # rules, no fields
    ],
)
def test_a_text_with_a_hash_or_rules_is_still_text(tmp_path: Path, text: str) -> None:
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    raw = read_source(seed_at(tmp_path / "a.txt"))
    assert [line.text for line in raw.lines if line.text] == [t for t in text.split("\n") if t]


def test_a_crawler_s_record_gives_the_metadata_and_its_content_is_the_text(tmp_path: Path) -> None:
    """A scraped article saved with its crawler's fields at the top: they are read as front
    matter is (the address is none of the metadata), each an edit, and the text is what
    `content:` opens."""
    path = tmp_path / "crawl.txt"
    path.write_text(
        "title: 市总工会开展农民工欠薪专项维权行动\nurl: http://www.example.cn/c123.html\n"
        "time: 2024-03-15 09:30\nsource: 工人日报\ncontent: 本报讯 近日，市总工会开展行动。\n"
        "各级工会将持续关注农民工权益保障。\n",
        encoding="utf-8",
    )
    raw = read_text(Seed(path, "crawl", SeedMeta(), catalogued=False))
    stated = raw.stated
    assert (stated.title, stated.date, stated.source) == (
        "市总工会开展农民工欠薪专项维权行动",
        "2024-03-15",
        "工人日报",
    )
    assert [line.text for line in raw.lines] == [
        "本报讯 近日，市总工会开展行动。",
        "各级工会将持续关注农民工权益保障。",
    ]
    assert [edit.rule for edit in raw.edits] == ["text.record"] * 4
    plain = tmp_path / "plain.txt"
    plain.write_text("title: 一\n正文。\n", encoding="utf-8")  # one field: no record
    assert len(read_text(Seed(plain, "plain", SeedMeta(), catalogued=False)).lines) == 2


def test_a_catalogue_s_record_with_labels_in_brackets_gives_the_metadata(tmp_path: Path) -> None:
    """A text as the 人大复印报刊资料 corpora give it (GBK): its record's labels in brackets,
    the body after `【 正  文 】`. The title, the author, the journal and its issue are the
    text's; the catalogue's own numbers go (the issue `199904` had been the title)."""
    path = tmp_path / "record.txt"
    record = (
        "【 文献号 】1-39\n【原文出处】上海工运\n【原刊期号】199904\n【分 类 号】D422\n"
        "【 标  题 】社会主义市场经济与工会工作思考\n【 作  者 】吴申耀\n【 正  文 】\n"
        "    社会主义市场经济体制的逐步建立，对工会工作产生了巨大的影响。\n"
    )
    path.write_bytes(record.encode("gb18030"))
    raw = read_text(Seed(path, "record", SeedMeta(), catalogued=False))
    stated = raw.stated
    assert (stated.title, stated.author, stated.source, stated.date) == (
        "社会主义市场经济与工会工作思考",
        "吴申耀",
        "上海工运",
        "1999-04",
    )
    assert [line.text.strip() for line in raw.lines] == [
        "社会主义市场经济体制的逐步建立，对工会工作产生了巨大的影响。"
    ]
    lead = tmp_path / "lead.txt"
    lead.write_text("【学习进行时】总书记这样说\n正文。\n", encoding="utf-8")  # no record
    assert len(read_text(Seed(lead, "lead", SeedMeta(), catalogued=False)).lines) == 2
