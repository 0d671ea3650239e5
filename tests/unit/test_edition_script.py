"""Simplified → Traditional for the Traditional edition: the hard cases, the override table, and
a round trip that gives every seed back exactly."""

from __future__ import annotations

import re

import numpy as np
import pytest
from paths import GOLDEN, SEEDS

from unionreader.catalog import load_catalog
from unionreader.documents import load_document
from unionreader.edition import script
from unionreader.edition.guard import word_guard
from unionreader.edition.script import JOINERS, overrides, to_traditional, to_traditional_all
from unionreader.link.texts import link_text
from unionreader.normalise.conversion import conversion

HARD_CASES = [
    tuple(line.split("\t"))
    for line in (GOLDEN / "edition" / "hard-cases.tsv").read_text("utf-8").splitlines()
]


@pytest.mark.parametrize(("simplified", "traditional"), HARD_CASES)
def test_the_hard_cases_convert_as_print_writes_them(simplified: str, traditional: str) -> None:
    assert to_traditional(simplified) == traditional


def test_common_print_glyphs_not_the_rare_ones() -> None:
    text = to_traditional("为人民服务，群众的力量，说到做到，这里")
    assert "為" in text and "爲" not in text and "羣" not in text and "衆" not in text
    assert "說" in text and "説" not in text


def test_an_override_wins_in_context_and_the_rest_converts_around_it() -> None:
    assert to_traditional("工会是职工的娘家人，关于干部") == "工會是職工的娘家人，關於幹部"
    assert all(len(s) == len(t) for s, t in overrides().items())


def test_bing_wei_is_and_for_but_merged_into_after_a_word_of_merging() -> None:
    """OpenCC's table reads 并为 as 併爲 (merged into); in running text it is 並為 (and for),
    but after a word of merging (合并, 归并, 一并) it is 併為."""
    assert to_traditional("并为之奋斗，委员并为主任委员") == "並為之奮鬥，委員並為主任委員"
    assert (
        to_traditional("两校合并为一校，归并为一类，一并为大家")
        == "兩校合併為一校，歸併為一類，一併為大家"
    )


def test_words_the_table_loses_to_an_entry_before_them_or_reads_in_the_rarer_glyph() -> None:
    """借由 after 能 (the table's entry 能借 comes first) is 藉由 as elsewhere; 背包 is 背包
    (Taiwan's print), not 揹包."""
    assert (
        to_traditional("希望能借由今天的活动，借由此一发表") == "希望能藉由今天的活動，藉由此一發表"
    )
    assert to_traditional("大型背包") == "大型背包"


def test_bu_zhun_forbids_before_what_it_forbids_and_is_inaccurate_elsewhere() -> None:
    """不准 before what it forbids, and in a numbered list of prohibitions, is 不准 (OpenCC's
    table writes 不準 everywhere); after a verb it completes, before punctuation and in words of
    準 it is 不準, not accurate."""
    assert (
        to_traditional("不准拖欠工资，不准他去，严格执行“八不准”")
        == "不准拖欠工資，不准他去，嚴格執行“八不准”"
    )
    assert (
        to_traditional("拿不准的事，说不准。定位不准、数据不准确，测不准原理，准不准")
        == "拿不準的事，說不準。定位不準、數據不準確，測不準原理，準不準"
    )
    assert to_traditional("不准备参加，他不准时") == "不準備參加，他不準時"


def test_li_after_a_number_is_distance_and_yun_before_a_quotation_says() -> None:
    assert (
        to_traditional("东南数千里外，往返七百里，十万里之波涛，这里面")
        == "東南數千里外，往返七百里，十萬里之波濤，這裡面"
    )
    assert (
        to_traditional("所遇女子也。云：「共君出矣」传云：古人云：“白云飘飘")
        == "所遇女子也。云：「共君出矣」傳云：古人云：“白雲飄飄"
    )


def test_tuo_that_holds_up_or_looks_after_is_not_tuo_that_entrusts() -> None:
    assert (
        to_traditional("托儿所、托婴和日托服务，托底保障，委托办理")
        == "托兒所、托嬰和日托服務，托底保障，委託辦理"
    )


def test_words_of_official_writing() -> None:
    """编发 is to issue (編發簡報), not to braid hair; 时松时紧 loosens (鬆)."""
    assert to_traditional("编发简报，不要时松时紧") == "編發簡報，不要時鬆時緊"


def test_a_character_read_alone_takes_its_common_reading_and_words_keep_theirs() -> None:
    """签 alone is 簽 (to sign), where OpenCC's table lists 籤 first; its words that mean a
    slip or a label keep 籤."""
    assert (
        to_traditional("应签尽签，已签集体合同，双方签合同") == "應簽盡簽，已簽集體合同，雙方簽合同"
    )
    assert to_traditional("抽签，标签，书签") == "抽籤，標籤，書籤"
    assert conversion("s2tw").convert("已签") == "已籤"  # the library's table as it is


def test_fan_alone_is_the_surname_and_its_words_are_fan_of_models() -> None:
    """范 alone is a surname (OpenCC's table lists 範 first); the words of 範 keep it, those
    of the library's table and those of the overrides alike."""
    assert (
        to_traditional("大使范惠君、次长范巽绿与范志明老师") == "大使范惠君、次長范巽綠與范志明老師"
    )
    assert (
        to_traditional("规范化的示范区，防范风险，范围之内，师范大学")
        == "規範化的示範區，防範風險，範圍之內，師範大學"
    )
    assert to_traditional("行为失范，范型，有范儿") == "行為失範，範型，有範兒"
    assert to_traditional("主委王郁琦心情郁闷，忧郁") == "主委王郁琦心情鬱悶，憂鬱"
    assert conversion("s2tw").convert("大使范惠君") == "大使範惠君"  # the library's table


def test_yu_alone_is_the_surname_and_after_a_number_it_is_yu_of_the_rest() -> None:
    """余 alone is a surname or the writer's 余 (OpenCC's table lists 餘 first); after a number
    and before its measure (十余年, 30余家, 3万余人, 10余只) it is 餘, and so are its words."""
    assert to_traditional("许超凡、余振东和许国俊") == "許超凡、余振東和許國俊"
    assert to_traditional("宣读誓词：余誓以至诚") == "宣讀誓詞：余誓以至誠"
    assert (
        to_traditional("十余年来，30余家企业、3万余人、10余只、5余周、二十余里")
        == "十餘年來，30餘家企業、3萬餘人、10餘隻、5餘週、二十餘里"
    )
    assert (
        to_traditional("其余的剩余，业余之余，余额，心有余悸，平均余命")
        == "其餘的剩餘，業餘之餘，餘額，心有餘悸，平均餘命"
    )


def test_a_choice_no_entry_offers_is_refused() -> None:
    with pytest.raises(ValueError, match="签 offers 答"):
        conversion("s2tw", (("签", "答"),))


@pytest.mark.parametrize("seed", load_catalog(SEEDS), ids=lambda seed: seed.slug)
def test_every_seed_goes_to_traditional_and_back_unchanged_and_keeps_its_length(
    seed: object,
) -> None:
    doc = load_document(seed)  # type: ignore[arg-type]
    text = "\n".join(link_text(doc).texts)
    traditional = to_traditional(text)
    assert len(traditional) == len(text)
    assert traditional != text
    assert conversion("tw2s").convert(traditional) == text


def _piece_by_piece(text: str) -> str:
    """The table's words as the table has them, and the text between them converted on its
    own, piece by piece (what `to_traditional` must come to in one conversion)."""
    table, guard = overrides(), word_guard()

    def convert(piece: str) -> str:
        return conversion("s2tw").convert(piece, guard.kept)

    words = sorted(table, key=len, reverse=True)
    out, at = [], 0
    while at < len(text):
        word = next((w for w in words if text.startswith(w, at)), None)
        if word is None:
            end = at + 1
            while end < len(text) and not any(text.startswith(w, end) for w in words):
                end += 1
            out.append(convert(text[at:end]))
            at = end
        else:
            out.append(table[word])
            at += len(word)
    return "".join(out)


def test_no_dictionary_entry_is_read_across_a_word_of_the_table() -> None:
    """Each word of the table between characters that make dictionary phrases with its own
    first and last characters (头发 reads 頭髮; 发娘 or 家头 must not be read)."""
    long = "".join(f"头{word}发干部，于{word}后" for word in overrides()) * 3  # a long text
    for text in ["发娘家头发", "一个中心，以学促干部", long]:
        assert to_traditional(text) == _piece_by_piece(text), text[:40]


def test_texts_converted_together_convert_as_each_alone() -> None:
    """`to_traditional_all` joins texts with a control character no entry holds: no word is
    read across two texts, and a text holding every joiner is converted alone."""
    texts = [
        "干部" * 150,  # long, ends where the next begins with a word's second half
        "发展关于以后",
        "",
        "头",
        "发" + "工会" * 200,
        "".join(JOINERS) + "头发",  # holds every joiner
    ]
    each = [to_traditional(text) for text in texts]
    assert to_traditional_all(texts) == each
    assert to_traditional_all(texts[:-1]) == each[:-1]
    assert each[3] + each[4][0] == "頭發"  # apart, not 頭髮
    assert to_traditional_all([]) == []


def _page_of(texts: list[str]) -> str:
    """The texts as a page marks them up: each paragraph in tags with attributes, Latin and
    digits between, a term link through a word, and a kept piece's mark."""
    lines = ['<html lang="zh-Hans"><head><title>页</title></head><body>']
    for number, text in enumerate(texts):
        half = len(text) // 2
        lines.append(
            f'<p id="p{number}" class="para">{text[:half]}<a href="../t/{text[half : half + 2]}/">'
            f"{text[half : half + 2]}</a>{text[half + 2 :]} (2024) ABC\0{number}\0</p>"
        )
    return "\n".join([*lines, "</body></html>"])


def test_a_page_converted_run_by_run_and_in_pieces_converts_as_in_one_piece(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`_convert` converts each distinct run of Chinese once, in pieces; with spans, pieces and
    texts made tiny (cuts everywhere, next to the guard's words and the table's), every seed's
    page still converts as the whole page does in one conversion."""
    texts = [line for seed in load_catalog(SEEDS) for line in link_text(load_document(seed)).texts]
    texts += ["国家具有", "头发展现", "新征程", "以学促干部", "余秋雨"]  # the guard, the table
    page = _page_of(texts) * 2  # every run again
    whole = script._convert_dense(page)
    assert whole != page
    assert script._convert(page) == whole  # the build's pieces
    for span, piece, shorter in [(1 << 12, 64, 8), (64, 7, 2), (1, 1, 1)]:
        monkeypatch.setattr(script, "SPAN", span)
        monkeypatch.setattr(script, "PIECE", piece)
        monkeypatch.setattr(script, "SHORTER", shorter)
        assert script._convert(page) == whole, (span, piece, shorter)


def test_runs_that_only_hash_alike_are_converted_each_as_it_is(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Runs are told apart by a hash and their length, then checked character by character: with
    every run hashed alike, each distinct run is still converted as itself."""
    text = "头发，干部。发展、关于！头发；以后？范围。" * 80 + "干部"
    converted = script._convert_dense(text)
    calls = []
    dense = script._convert_dense
    monkeypatch.setattr(script, "_convert_dense", lambda t: calls.append(t) or dense(t))
    assert script._convert(text) == converted
    assert sum(map(len, calls)) == len("头发\n干部\n发展\n关于\n以后\n范围\n")  # each run once
    monkeypatch.setattr(script, "span_hashes", lambda points, spans, within: 0 * spans + 7)
    assert script._convert(text) == converted


def test_a_text_with_a_lone_surrogate_or_one_long_run_converts_as_in_one_piece(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(script, "SPAN", 64)
    monkeypatch.setattr(script, "PIECE", 16)
    monkeypatch.setattr(script, "SHORTER", 4)
    for text in [
        "<b>头发\ud800</b>" * 40,
        "头发干部关于以后" * 40,
        "abc" * 100 + "头发",
        "𠀀头发" * 30,
    ]:
        assert script._convert(text) == script._convert_dense(text), text[:20]


def test_the_set_of_characters_read_is_the_converted_pattern() -> None:
    pattern = re.compile(f"[{script.CONVERTED}]")
    codes = np.asarray(
        [code for code in range(0x50000) if not 0xD800 <= code <= 0xDFFF], dtype=np.uint32
    )
    expected = np.asarray([bool(pattern.match(chr(code))) for code in codes.tolist()])
    assert (script._read(codes) == expected).all()


def test_short_texts_remembered_in_one_batch_convert_as_each_alone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`remember_traditional` converts the short texts it is given in one conversion; each is
    then what `to_traditional` alone makes of it, found without converting again."""
    texts = ["t/干部/", "t/头发/", "t/发展关于以后/", "t/干部/", "头", "发" * (script.SHORT + 1)]
    monkeypatch.setattr(script, "_remembered", {})
    alone = {text: to_traditional(text) for text in texts}
    monkeypatch.setattr(script, "_remembered", {})
    calls = []
    convert = script._convert
    monkeypatch.setattr(script, "_convert", lambda text: calls.append(text) or convert(text))
    script.remember_traditional(texts)
    assert len(calls) == 1  # the long text is not remembered: converted when asked for
    assert {text: to_traditional(text) for text in texts} == alone
    assert len(calls) == 2 and calls[1] == texts[-1]
    assert alone["t/头发/"] == "t/頭髮/"
