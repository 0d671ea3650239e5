"""The review list: documents whose outline needs a human look, each reason with its fix."""

from __future__ import annotations

import unicodedata
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from helpers import normal_text

from unionreader.cards import card, reviews
from unionreader.chinese import han_codes
from unionreader.cli import main
from unionreader.model import Document, Edit, Facts, Kind, TitleFrom
from unionreader.outline import outline
from unionreader.review import FIXES, Reason, Review, common_chars, garbled, review, review_all
from unionreader.structure import parse_document

TEXT = (
    "同志们：\n今年以来，全市各级工会紧扣中心、服务大局，各项工作取得新成效。\n"
    "下一步，要坚持以职工为中心，推动工会工作高质量发展。"
)


def document(name: str = "a.txt", text: str = TEXT, **meta: object) -> Document:
    facts = Facts(title="在全市工会工作会议上的讲话", author="王晓东", date="2024-01-18")
    doc = parse_document(normal_text(text, facts, name=name))
    return replace(doc, meta=replace(doc.meta, **meta))


def keys(doc: Document) -> list[str]:
    found = review(doc)
    return [reason.key for reason in found.reasons] if found else []


def test_a_sound_document_is_not_listed() -> None:
    assert document().meta.kind is Kind.SPEECH
    assert review(document()) is None


def test_each_reason() -> None:
    assert keys(document(title_from=TitleFrom.FIRST_WORDS)) == ["title"]
    assert keys(document(date=None)) == ["date"]
    assert keys(document(author=None)) == ["speaker"]
    assert keys(document(author=None, kind=Kind.ARTICLE)) == []


def test_a_short_title_from_the_text_is_listed_it_may_be_a_page_s_label() -> None:
    found = review(document(title="首页"))
    assert found is not None and found.reasons[0].text == "a title of 2 characters (is it a label?)"
    assert review(document(title="首页", title_from=TitleFrom.CATALOGUE)) is None
    assert review(document(title="寒冬中的温暖")) is None
    found = review(document(title="996.ICU"))  # no Chinese: its length in all is told
    assert found is not None and found.reasons[0].text == "a title of 7 characters (is it a label?)"
    assert review(document(title="Global China as Method")) is None


@pytest.mark.parametrize(
    "title",
    [
        "您当前的位置：凯发k8官网登录vip",
        "农民工劳动模范：最关注住房子女教育问题 | |||",
        "http://www.sina.com.cn 农民工的期盼",
        "首页 > 工会动态 > 正文",
    ],
)
def test_a_title_that_holds_a_page_s_furniture_is_listed(title: str) -> None:
    for source in (TitleFrom.TEXT, TitleFrom.FORMAT):
        found = review(document(title=title, title_from=source))
        assert found is not None and found.reasons[0].text.startswith("the title holds a page's")
    assert review(document(title=title, title_from=TitleFrom.CATALOGUE)) is None


def test_a_title_from_the_catalogue_or_the_format_needs_no_look() -> None:
    assert review(document(title_from=TitleFrom.CATALOGUE)) is None
    assert review(document(title_from=TitleFrom.FORMAT)) is None


def test_reasons_come_in_order_with_their_fixes_on_one_line() -> None:
    found = review(document(title_from=TitleFrom.FIRST_WORDS, date=None, author=None))
    assert found is not None
    assert found.reasons == (
        Reason("title", "title taken from the first words"),
        Reason("date", "no date"),
        Reason("speaker", "a speech with no speaker"),
    )
    assert found.line() == (
        "seeds/a.txt: title taken from the first words → "
        'add title = "…" to its catalogue entry; '
        'no date → add date = "YYYY-MM-DD" (or "YYYY-MM", "YYYY") to its catalogue entry; '
        'a speech with no speaker → add author = "…" (or the right kind) to its catalogue entry'
    )
    assert set(FIXES) == {"title", "date", "speaker", "removed", "garbled", "same"}


def test_reviewed_in_the_catalogue_is_no_longer_listed() -> None:
    doc = document(date=None, author=None, reviewed="checked 2024-06")
    assert review(doc) is None


def _removed(doc: Document, lines: list[int], rule: str = "boilerplate.footer") -> Document:
    edits = tuple(Edit(rule, n, f"第{n}行", "") for n in lines)
    return replace(doc, edits=doc.edits + edits)


def test_a_large_share_of_lines_removed_as_furniture() -> None:
    doc = document()  # a salutation and two paragraphs: three blocks
    assert keys(_removed(doc, [10, 11, 12])) == []  # half is not more than half
    found = review(_removed(doc, [10, 11, 12, 13]))
    assert found is not None
    assert found.reasons == (Reason("removed", "4 of 7 lines removed as page furniture"),)


def test_removals_count_once_per_line_and_only_removals_of_furniture() -> None:
    doc = document()
    doc = _removed(doc, [10, 10, 10, 11], "boilerplate.widget")
    doc = _removed(doc, [20, 21, 22], "metadata.title")  # the header is no furniture
    doc = replace(doc, edits=(*doc.edits, Edit("boilerplate.page-title", 1, "甲_乙_丙", "甲")))
    assert keys(doc) == []
    doc = _removed(doc, [12, 13], "markdown.image")
    assert keys(doc) == ["removed"]


def test_a_garbled_text_is_listed() -> None:
    mojibake = TEXT.encode("utf-8").decode("gbk", errors="replace")
    found = review(document(text=mojibake * 2))
    assert found is not None and [r.key for r in found.reasons] == ["garbled"]
    assert found.reasons[0].fix == "save the file as UTF-8 from the original, then build again"


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("工会" * 40 + "\ufffd" * 3, "3 undecodable characters (�)"),
        (
            "å·¥ä¼šå·¥ä½œ" * 5 + "工会" * 20,
            "text looks garbled (Latin-1 letters where Chinese should be)",
        ),
        (
            "鍏ㄥ浗鎬诲伐浼氬彫寮€浼氳鍏ㄥ浗鎬诲伐浼氬彫寮€浼氳" * 3,
            "text looks garbled (mostly rare characters)",
        ),
    ],
)
def test_garbled_shapes(text: str, why: str) -> None:
    assert garbled(text) == why


@pytest.mark.parametrize(
    "text",
    [
        TEXT * 3,
        "",
        "鍏ㄥ浗鎬诲伐浼",  # too short to judge
        "Café résumé — a note in French within 工会 text." + "工会工作" * 30,
        "工会" * 100 + "\ufffd",  # one mark in a long text
        "粤港澳大湾区職工權益保障" * 10,  # Traditional characters are no garbling
        "工会" * 40 + "\ud800" + "𠀀",  # a lone surrogate and a character beyond the BMP
        "（××××）×民终字第××号。审判长×××，审判员×××。" * 5,  # a form's blanks: × is no letter
    ],
)
def test_texts_that_are_not_garbled(text: str) -> None:
    assert garbled(text) is None


def test_the_review_list_is_in_order_of_seed_file() -> None:
    docs = [
        document("c.txt", date=None),
        document("a.txt"),
        document("b.txt", title_from=TitleFrom.FIRST_WORDS),
    ]
    found = review_all(docs)
    assert [(item.seed, item.slug) for item in found] == [
        ("seeds/b.txt", "t"),
        ("seeds/c.txt", "t"),
    ]
    assert all(isinstance(item, Review) for item in found)


def test_the_outline_shows_the_review_line() -> None:
    assert outline(document()).splitlines()[1] == "review: —"
    assert outline(document(date=None)).splitlines()[1] == (
        'review: no date → add date = "YYYY-MM-DD" (or "YYYY-MM", "YYYY") to its catalogue entry'
    )


def test_inspect_prints_the_review_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "speech.txt").write_text(
        "在全市工会工作会议上的讲话\n同志们：\n今年以来，各项工作取得新成效。\n", encoding="utf-8"
    )
    assert main(["inspect", "seeds/speech.txt"]) == 0
    printed = capsys.readouterr().out.splitlines()
    assert printed[0] == "speech.txt → speech  (speech, simplified)"
    assert printed[1] == (
        'review: no date → add date = "YYYY-MM-DD" (or "YYYY-MM", "YYYY") to its catalogue entry; '
        'a speech with no speaker → add author = "…" (or the right kind) to its catalogue entry'
    )


def _common_in_gb2312(char: str) -> bool:
    """The definition: NFKC of `char` is in GB 2312 level 1 (first byte 0xB0 to 0xD7)."""
    try:
        code = unicodedata.normalize("NFKC", char).encode("gb2312")
    except UnicodeEncodeError:
        return False
    return 0xB0 <= code[0] <= 0xD7


def test_the_common_characters_table_is_gb2312_level_one_for_every_han_character() -> None:
    table = common_chars()
    codes = list(han_codes())
    found = table.members(np.asarray(codes, dtype=np.uint32))
    wrong = [
        chr(code)
        for code, got in zip(codes, found, strict=True)
        if got != _common_in_gb2312(chr(code))
    ]
    assert not wrong and int(found.sum()) == 3755 + 211  # level 1, and compatibility forms of it


def test_documents_a_reader_cannot_tell_apart_in_a_list_are_listed() -> None:
    """Two texts with one title and one date (two versions of a charter, a text saved twice):
    each is listed, naming the other; a third with another date is not."""
    twins = [document("a.txt"), document("b.txt"), document("c.txt", date="2023-01-18")]
    twins = [replace(doc, slug=doc.seed.stem) for doc in twins]
    found = reviews([card(doc) for doc in twins])
    assert [(r.slug, r.reasons) for r in found] == [
        ("a", (Reason("same", "same title and date as b.txt"),)),
        ("b", (Reason("same", "same title and date as a.txt"),)),
    ]
    assert "add title" in found[0].line()


def test_a_document_many_others_share_a_title_with_names_a_few_of_them() -> None:
    """A thousand news summaries titled alike: each names three others and counts the rest
    (a message naming every other would be a thousand names long, a thousand times)."""
    many = [replace(document(f"{n:04}.txt"), slug=f"{n:04}") for n in range(1, 1001)]
    found = reviews([card(doc) for doc in many])
    assert len(found) == 1000
    assert found[0].reasons == (
        Reason("same", "same title and date as 0002.txt、0003.txt、0004.txt and 996 more"),
    )
    third = found[2].reasons[0].text
    assert third == "same title and date as 0001.txt、0002.txt、0004.txt and 996 more"
