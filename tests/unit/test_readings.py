"""The Traditional edition of a text written in Traditional script follows its writer where the
conversion from the canonical Simplified text would write otherwise: names, and the writer's
choice among the characters one Simplified character stands for; not a machine conversion."""

from __future__ import annotations

from pathlib import Path

from paths import FIXTURES, SEEDS

from unionreader.edition.readings import applied, examined, in_title, merged, readings_of
from unionreader.edition.script import to_traditional
from unionreader.model import NO_READINGS, Reading, Readings
from unionreader.normalise.conversion import conversion
from unionreader.normalise.script import simplified

SOURCE = (FIXTURES / "edition" / "written-in-traditional.txt").read_text(encoding="utf-8")
WRITTEN = [
    "計畫推動", "係政府", "游院長", "合作夥伴", "共同布局", "了解各界", "解封後",
    "為台灣",
]  # fmt: skip
CONVERTED = [
    "計劃推動", "系政府", "遊院長", "合作伙伴", "共同佈局", "瞭解各界", "解封后",
    "為臺灣",
]  # fmt: skip
OWN = ["王郁琦", "並為", "余副院長"]
"""What the conversion itself writes as the writer did (`script.CHOICES`, the overrides)."""


def _edition(source: str, text: str | None = None) -> tuple[str, str]:
    """The conversion of `text` (the source's Simplified form if not given), without and with
    the source's readings."""
    text = simplified(source) if text is None else text
    converted = to_traditional(text)
    return converted, applied(readings_of(source), text, converted)


def test_the_edition_of_a_traditional_text_keeps_its_names_and_usage() -> None:
    converted, followed = _edition(SOURCE)
    for written, wrong in zip(WRITTEN, CONVERTED, strict=True):
        assert wrong in converted and written not in converted  # what the conversion writes
        assert written in followed and wrong not in followed, written
    assert followed.replace("\n", "") == SOURCE.replace("\n", "")
    assert "洽簽協議" in converted  # 签 alone: the edition's own reading (`script.CHOICES`)
    assert all(own in converted for own in OWN)


def test_readings_are_found_again_in_the_normalised_text() -> None:
    """A line broken inside a word, joined by the normaliser; punctuation made full width."""
    text = simplified(SOURCE).replace("的辛\n劳", "的辛劳").replace("，", ",")
    _, followed = _edition(SOURCE, text)
    assert "主任委員王郁琦,感謝" in followed and "計畫推動" in followed
    assert all(len(r.window) >= 2 for r in readings_of(SOURCE).entries)


def test_variants_and_simplified_forms_in_common_words_follow_the_dictionary() -> None:
    source = SOURCE.replace("感謝", "爲此感謝").replace("總統指出", "關于此事，總統指出")
    _, followed = _edition(source)
    assert "為此感謝" in followed and "爲" not in followed  # a variant glyph: the edition's form
    assert "關於此事" in followed  # 于 in 关于, a common word: a Simplified form left in
    assert "台灣" in followed  # 台 in 台湾, a common word: Hong Kong's print, the writer's
    assert "余副院長" in followed and "王郁琦" in followed  # in no common word: names


def test_a_simplified_form_no_traditional_print_writes_follows_the_dictionary() -> None:
    """该 left in a Traditional source (`该組織`, in no common word) is the conversion's; 庄 and
    虱, which Taiwan's print writes (Big5 holds them), stay the writer's, and so does Taiwan's
    雇主, though a common word holds it and OpenCC writes 僱主."""
    source = SOURCE.replace("總統指出", "该組織指出，客庄的虱目魚，雇主與勞工，總統指出")
    converted, followed = _edition(source)
    assert "僱主" in converted and "莊" in converted and "蝨" in converted
    assert "該組織指出" in followed and "该" not in followed
    assert "客庄的虱目魚，雇主與勞工" in followed


def test_a_character_at_a_hard_wrapped_line_s_break_keeps_its_context() -> None:
    """A wrapped line's last or first character is read with the characters across the break,
    as the normaliser joins the lines: 簽封 over 後 (the dictionary reads 封后 across the join),
    甚 over 鉅."""
    source = SOURCE.replace("總統指出", "選票由監票員簽封\n後，移交保管，影響甚\n鉅。總統指出")
    text = simplified(source).replace("\n", "")
    converted = to_traditional(text)
    assert "簽封后" in converted and "影響甚巨" in converted
    followed = applied(readings_of(source), text, converted)
    assert "簽封後，移交" in followed and "影響甚鉅" in followed


def test_a_line_the_normaliser_does_not_join_keeps_its_writer_s_glyphs() -> None:
    """A heading under another (`集會須知` over `衣着、裝備`) had been read only across the
    break, a window found nowhere once the heading stays a line of its own."""
    source = "集會須知\n衣着、裝備\n請穿着黑色T恤，帶備口罩。\n求助熱綫\n致電熱綫，啓事如下。"
    text = simplified(source)
    followed = applied(readings_of(source), text, to_traditional(text))
    assert followed.split("\n")[1] == "衣着、裝備" and followed.split("\n")[3] == "求助熱綫"


def test_a_machine_converted_source_gives_no_readings() -> None:
    seed = next(SEEDS.glob("000_*.txt")).read_text(encoding="utf-8")  # Simplified forms left
    assert "關于" in seed and "今后" in seed
    assert readings_of(seed) is NO_READINGS
    for path in sorted(SEEDS.glob("00[1-4]_*.txt")):  # OpenCC's own conversions
        text = path.read_text(encoding="utf-8")
        for config in ("s2t", "s2tw"):
            assert readings_of(conversion(config).convert(text)).entries == (), (path, config)


def test_a_long_text_that_writes_many_hong_kong_forms_each_in_a_word_is_a_writer_s() -> None:
    """Eleven characters a long Legislative Council record writes as Hong Kong does (每周, 公布,
    不准, 回歸 …), each in a word or two of a long text, are no machine conversion's: its
    readings stand (a machine conversion leaves its forms wherever their words are)."""
    words = "每周、公布、不准、回歸、借此、巨變、搜集、橋梁、系數、可耻、腰酸、了解、扎實、伙伴"
    sentence = "立法會議員今日在會議上發言，要求政府保障僱員的權益和工作環境。"
    text = f"{words}都是我們常用的說法。" + sentence * 120
    found = examined(text)
    assert len(found.left_simplified) >= 10 and not found.machine_converted
    assert readings_of(text) is not NO_READINGS


def test_a_simplified_text_has_nothing_to_follow() -> None:
    text = simplified(SOURCE)
    assert readings_of(text).entries == ()


def test_applied_puts_each_reading_wherever_its_window_is() -> None:
    readings = Readings((Reading("游院长", 0, "游"),))
    text = "游院长说，游院长"
    assert applied(readings, text, to_traditional(text)) == "游院長說，游院長"
    untouched = to_traditional("旅游")
    assert applied(readings, "旅游", untouched) == untouched == "旅遊"


def test_titles_read_on_collection_pages_as_on_their_documents_pages() -> None:
    title = simplified(next(line for line in SOURCE.splitlines() if "游院長" in line))
    other = "参访台中智慧机械成果　盼双方尽速洽签协议"
    own = in_title(title, readings_of(SOURCE))
    found = merged([own, in_title(other, NO_READINGS)])
    assert {reading.window for reading in found.entries} == {title}
    assert "游院長與余副院長" in applied(found, title, to_traditional(title))
    assert applied(found, other, to_traditional(other)) == to_traditional(other)
    at = title.index("游")
    clash = Readings((Reading(title[at : at + 3], 0, "斿"),))  # the same title read otherwise
    both = merged([own, in_title(title, clash)])
    assert applied(both, title, to_traditional(title)).count("遊院長") == 1


def test_a_page_shows_other_documents_titles_as_their_own_pages_do() -> None:
    """Its document's readings stop at another document's title; that title's own apply."""
    other = "总统盼深化台美合作"  # another document's title, which its own page writes 臺美
    named = "接见游院长"  # and one whose own page keeps 游
    text = f"深化台美合作。下一篇：{other}。上一篇：{named}"
    own = Reading("化台美合", 1, "台")
    theirs = in_title(named, Readings((Reading("见游院长", 1, "游"),)))
    readings = Readings((own, *theirs.entries), (other, named))
    followed = applied(readings, text, to_traditional(text))
    assert followed.startswith("深化台美合作") and "總統盼深化臺美合作" in followed
    assert followed.endswith("接見游院長")
    assert applied(Readings((own,)), text, to_traditional(text)).count("台美") == 2


def test_a_writer_is_followed_where_opencc_writes_the_same_and_a_copy_is_not() -> None:
    """What a writer writes as OpenCC does and the edition does not (了解, where the edition's
    guard reads 瞭解) is the writer's in a text that writes otherwise than OpenCC elsewhere
    (names, 計畫); a text with nothing of its own may be OpenCC's copy, and is not followed."""
    said = "總統表示，他了解省、市政建設的需要。\n"
    for source, followed in ((SOURCE + said, True), (said, False)):
        text = simplified(source)
        converted = to_traditional(text)
        assert "他瞭解省" in converted
        assert ("他了解省" in applied(readings_of(source), text, converted)) is followed


def test_a_document_s_readings_come_from_the_normaliser_s_own_conversion(tmp_path: Path) -> None:
    from unionreader.documents import load_document
    from unionreader.model import Seed, SeedMeta
    from unionreader.normalise.chain import normalise
    from unionreader.sources import read_source

    path = tmp_path / "written.txt"
    path.write_text(SOURCE, encoding="utf-8")
    seed = Seed(path, "written", SeedMeta(), catalogued=False)
    converted = normalise(read_source(seed)).converted
    assert converted is not None and converted.simplified == simplified(converted.written)
    assert readings_of(converted.written, converted.simplified) == readings_of(SOURCE)
    assert load_document(seed).readings == readings_of(SOURCE) != NO_READINGS
    path.write_text(simplified(SOURCE), encoding="utf-8")
    assert normalise(read_source(seed)).converted is None  # a Simplified text converts nothing


def test_a_hong_kong_writer_s_glyphs_are_followed_and_a_machine_s_simplified_forms_not() -> None:
    """台, 着, 裏, 啓 as Hong Kong prints them (where the edition writes Taiwan's 臺, 著, 裡,
    啟) stay the writer's, in common words too, and in names (香港電台); a rare variant (爲)
    and a Simplified form no print writes in a common word (關于) are the dictionary's."""
    source = "香港電台的記者懷着希望來到這裏，受到啓發。台灣的朋友爲此關于合作發言。"
    _, followed = _edition(source)
    assert followed == source.replace("爲", "為").replace("關于", "關於")
