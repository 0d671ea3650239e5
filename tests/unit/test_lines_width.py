"""The page width a hard-wrapped text was cut at (a PDF or a fixed-width page pasted)."""

from __future__ import annotations

import random
import unicodedata

from helpers import numbered

from unionreader.normalise.lines import (
    WRAP_SLACK,
    display_width,
    display_widths,
    join_broken_lines,
    wrap_width,
)

PRINTED = """各基层工会：
2023年，全市各级工会积极分子立足本职、甘
于奉献，在推动工会工作高质量发展中作出了
积极贡献。为树立典型、弘扬正气，经研究，
决定对张海燕等同志予以表彰。
希望受到表彰的同志珍惜荣誉、再接再厉，在
各自岗位上发挥示范作用，为全市工会事业发
展作出新的更大贡献。"""


def test_display_width_counts_chinese_as_two_cells() -> None:
    assert display_width("工会") == 4
    assert display_width("2023年，") == 8
    assert display_width("ＡＢ ab") == 7


def test_display_width_is_one_cell_per_character_and_two_per_wide_one() -> None:
    """Counted at once, it gives what counting character by character gives: beyond the BMP
    (𠮷, an emoji), with a lone surrogate, in ASCII and in random text of every plane."""

    def cells(text: str) -> int:
        return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)

    chosen = random.Random(7)
    texts = ["", "abc", "工会\U00020bb7😀", "a\ud800工", "ｱｲｳ\u3000。"]
    for _ in range(200):
        texts.append("".join(chr(chosen.randrange(0x110000)) for _ in range(chosen.randrange(40))))
    for text in texts:
        assert display_width(text) == cells(text), repr(text)
    clean = [text for text in texts if not _surrogate(text)]
    assert display_widths(clean) == [cells(text) for text in clean]  # all at once
    assert display_widths(texts) == [cells(text) for text in texts]  # one has a lone surrogate
    assert display_widths([]) == []


def _surrogate(text: str) -> bool:
    return any(0xD800 <= ord(char) <= 0xDFFF for char in text)


def test_a_text_cut_at_a_page_width() -> None:
    assert wrap_width(numbered(PRINTED)) == 40


def test_a_text_of_whole_paragraphs_has_no_page_width() -> None:
    text = "\n".join(
        [
            "今年以来，全市各级工会紧扣中心、服务大局，各项工作取得新成效。",
            "全市新建职工之家一百二十个。",
            "困难职工帮扶实现应帮尽帮，职工群众的获得感、幸福感、安全感不断增强。",
            "下一步，要坚持以职工为中心。",
            "各级工会要把维护职工合法权益作为基本职责，推动构建和谐劳动关系。",
        ]
    )
    assert wrap_width(numbered(text)) is None


def test_too_few_long_lines_give_no_width() -> None:
    assert wrap_width(numbered("\n".join(PRINTED.splitlines()[:4]))) is None


SPEECH = [
    "今天，举世瞩目的三峡水利枢纽工程胜利实现了大江截流，这是我国现代化建设的一件大事，"
    "也是人类改造和利用自然史上的一个壮举。",
    "我代表党中央、国务院，向三峡工程的广大建设者、科技工作者和库区的广大干部群众，"
    "表示热烈祝贺和亲切慰问！",
    "向支援三峡工程的全国各族人民，向关心三峡工程的香港特别行政区、澳门、台湾同胞和海外侨胞"
    "以及国际友好人士，表示衷心感谢！",
]


def _cut(paragraphs: list[str], width: int) -> list[str]:
    """Paragraphs set on a page `width` characters wide, each first line indented by two."""
    lines = []
    for paragraph in paragraphs:
        text = "\u3000\u3000" + paragraph
        lines += [text[at : at + width] for at in range(0, len(text), width)]
    return lines


def test_a_text_cut_at_a_width_with_its_paragraphs_indented() -> None:
    """Each paragraph's first line is two characters short of the width once its indent is
    stripped: the width is the full lines', 30 characters."""
    lines = numbered("\n".join(line.strip() for line in _cut(SPEECH, 30)))
    assert wrap_width(lines) == 60


def test_a_text_cut_at_two_widths_is_cut_at_the_narrower() -> None:
    """A transcript's answer set in an indented block, five characters narrower than the
    speeches around it: at the narrower width a line of either reaches the page's edge, and a
    word broken at the block's edge (因|素) is joined."""
    block = "然而，须注意的是，行业的总薪酬开支上升是受到很多因素所影响，除法定最低工资外，"
    block += "其他可能令劳工成本上涨的因素包括行业内雇员的经验及技术有所提升。"
    lines = _cut(SPEECH * 4, 30) + _cut([block * 2], 25)
    width = wrap_width(numbered("\n".join(line.strip() for line in lines)))
    assert width is not None and width - WRAP_SLACK <= 50 < 60 - WRAP_SLACK
    joined = join_broken_lines(numbered("\n".join(line.strip() for line in lines)))
    assert [line.text for line in joined.lines][-1] == block * 2  # the block, one paragraph


def test_headlines_of_one_length_over_long_paragraphs_are_no_page_width() -> None:
    """A news round-up: each item's headline about as long as the others, each paragraph far
    longer than they are: no page was that narrow."""
    paragraph = "联合国11日发起一项运动，呼吁全球采取一致行动，以确保所有国家都能公平获得疫苗。" * 3
    text = "\n".join(
        [
            "联合国呼吁支持全球公平获得疫苗", paragraph,
            "多国启动新一轮疫苗接种计划安排", paragraph,
            "世卫组织发布最新全球疫情数据表", paragraph,
            "欧洲多国放宽部分防疫限制措施等", paragraph,
            "非洲联盟呼吁加强疫苗生产合作事", paragraph,
        ]
    )  # fmt: skip
    assert wrap_width(numbered(text)) is None


def test_paragraphs_of_one_length_that_end_their_sentences_are_no_page_width() -> None:
    text = "\n".join(
        f"第{n}号主席令说，《中华人民共和国某某法》已由全国人大常委会第十八次会议通过，现予公布施行。"
        for n in range(36, 42)
    )
    assert wrap_width(numbered(text)) is None
