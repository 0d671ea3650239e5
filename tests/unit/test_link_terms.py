"""Terms found by the build (link/terms.py) and the hand adjustments of terms.toml."""

from __future__ import annotations

import pickle
from dataclasses import replace
from pathlib import Path

import pytest

from unionreader.errors import CatalogError
from unionreader.link.collection import Collection
from unionreader.link.marked import NUMBERED
from unionreader.link.term_config import TermsConfig, read_terms_config
from unionreader.link.terms import FoundTerm, TermSource, find_terms
from unionreader.link.texts import LinkText, Unit


def _texts(*docs: str) -> list[LinkText]:
    return [
        LinkText.of(
            f"d{i}", f"文献{i}", None, [Unit(f"p{j}", t) for j, t in enumerate(doc.split("\n"))]
        )
        for i, doc in enumerate(docs)
    ]


def _found(*docs: str, config: TermsConfig | None = None) -> dict[str, FoundTerm]:
    return {t.text: t for t in find_terms(Collection.of(_texts(*docs)), config or TermsConfig())}


def test_numbered_formulas_are_terms_and_counted_units_are_not() -> None:
    found = _found("坚决做到“两个维护”，实施“十大行动”。", "做到两个维护，从三个方面抓好八个着力。")
    assert found["两个维护"].source is TermSource.NUMBERED and found["两个维护"].count == 2
    assert "十大行动" in found and "八个着力" not in found  # used once, and not quoted
    assert "三个方面" not in found
    people = _found("她有两个儿子，都在外地打工。", "两个儿子很少回家，留下两个小孩。", "两个小孩")
    assert not people  # people counted (两个儿子, 两个小孩) name no formula


def test_a_numbered_formula_used_once_is_a_term_only_where_it_is_quoted() -> None:
    """One use cannot tell a formula from a counted thing (主要有两点原因, 有两项议程), but
    quotation marks can (聚焦“八个着力”, “三大任务、四区布局、五个提升”); one used again
    unread (中央八项规定精神, where 精神 runs on) is used twice."""
    found = _found(
        "主要有两点原因，第一点是时间。今天的发布会有两项议程：首先通报情况。",
        "聚焦“八个着力”、深化“十大行动”，落实“三大任务、四区布局、五个提升”工作思路。",
        "严格执行八项规定，落实中央八项规定精神。",
    )
    numbered = {t for t, term in found.items() if term.source is TermSource.NUMBERED}
    assert numbered == {"八个着力", "十大行动", "五个提升", "八项规定"}
    assert found["八项规定"].count == 2


def test_a_numbered_formula_names_a_thing_and_ends_at_a_word_edge() -> None:
    """Counting, qualifying or placing is no formula; a formula cut short is read to the end
    of the word it cuts, or is none."""
    text = (
        "访问两个星期，讨论两项重要议题，发展六大新兴产业，反对两个台湾，用了两个多小时，"
        "打好三大攻坚战，坚持两个毫不动摇，做到两个维护，两个月的时间。"
    )
    found = _found(text, text)
    numbered = {t for t, term in found.items() if term.source is TermSource.NUMBERED}
    assert numbered == {"三大攻坚战", "两个毫不动摇", "两个维护"}
    assert found["三大攻坚战"].count == 2


def test_a_numbered_formula_ends_its_phrase_somewhere() -> None:
    """What the numeral counts may be the head of a longer noun (六大核心|战略产业, 三项国际|
    赛事): a formula is read only where a phrase ends after it, at punctuation or a character
    that joins words, at least once. Nor does a word that names nothing (而已, 上面) make one."""
    text = "发展六大核心战略产业，举办三项国际赛事，说了两点而已，写在两项上面。"
    found = _found(text, text)
    assert not {t for t, term in found.items() if term.source is TermSource.NUMBERED}
    text = "做到两个维护，落实两个维护的要求，发展六大核心产业。"
    numbered = {t for t, term in _found(text).items() if term.source is TermSource.NUMBERED}
    assert numbered == {"两个维护"}


def test_the_tail_of_a_count_is_no_term() -> None:
    """第5大贸易伙伴, 第四大贸易伙伴: what the counts share (大贸易伙伴) is no phrase."""
    docs = [f"日本是台湾第{n}大贸易伙伴，也是重要市场。" for n in ("5", "四", "三", "10")]
    found = _found(*docs)
    assert not any(text.startswith("大贸易伙伴") for text in found)


def test_a_party_congress_is_not_a_numbered_formula() -> None:
    assert not any(text.startswith("十八大") for text in _found("党的十八大以来，十九大报告指出"))


@pytest.mark.parametrize(
    ("text", "formulas"),
    [
        ("十一个坚持和十个坚持", ["十一个坚持", "十个坚持"]),
        ("二十个方面，第三个百年，千三个字", []),  # a numeral or 第 before: not a formula
        ("两大任务五大发展十大行动", ["两大任务", "五大发展", "十大行动"]),
        (
            "九项措施，四条底线，三种能力，八点要求",
            ["九项措施", "四条底线", "三种能力", "八点要求"],
        ),
        ("十二五规划一二个人", []),
    ],
)
def test_numbered_formulas_are_read_from_their_first_numeral(
    text: str, formulas: list[str]
) -> None:
    assert NUMBERED.findall(text) == formulas


def test_an_expression_quoted_again_and_again_is_a_term_a_word_quoted_once_is_not() -> None:
    found = _found("当好职工“娘家人”。", "做职工的“娘家人”，“工会”", "工会工会工会工会")
    assert found["娘家人"].source is TermSource.QUOTED and found["娘家人"].documents == 2
    assert "工会" not in found


def test_a_long_phrase_repeated_in_two_documents_is_a_term_and_its_fragments_are_not() -> None:
    one = "我们要深化产业工人队伍建设改革。推进产业工人队伍建设改革，"
    two = "坚持产业工人队伍建设改革！关于产业工人队伍建设改革的意见"
    found = _found(one, two)
    assert found["产业工人队伍建设改革"].count == 4
    assert not any(text.endswith("的") or text.startswith("的") for text in found)
    assert "工人队伍建设改革" not in found and "产业工人队伍建设" not in found


def test_a_repeat_ends_before_a_localiser() -> None:
    """在…下 frames a phrase: 党中央坚强领导下 is the phrase and a localiser after it."""
    docs = ["在党中央坚强领导下，全国人民团结奋斗。", "在以习近平同志为核心的党中央坚强领导下，"]
    assert "党中央坚强领导下" not in _found(*docs)
    found = _found(*docs, "坚持党中央坚强领导。")
    assert "党中央坚强领导" in found and "党中央坚强领导下" not in found


def test_a_repeat_that_runs_into_a_term_in_most_of_its_uses_is_no_term() -> None:
    """推动构建人类 runs into 人类命运共同体 in two of its three uses: a fragment; the term it
    runs into has uses of its own (two of its four are run into)."""
    found = _found(
        "推动构建人类命运共同体，共建美好世界。",
        "推动构建人类命运共同体。",
        "推动构建人类卫生健康共同体。",
        "人类命运共同体理念深入人心。",
        "携手构建人类命运共同体！",
    )
    assert "人类命运共同体" in found
    assert "推动构建人类" not in found


def test_a_repeat_that_runs_into_two_terms_in_most_of_its_uses_is_no_term() -> None:
    """推动构建人类 runs into 人类命运共同体 in two of its five uses and into 人类卫生健康共同体
    in two: in four of five, into one term or another."""
    found = _found(
        "推动构建人类命运共同体。",
        "推动构建人类命运共同体！",
        "推动构建人类卫生健康共同体。",
        "推动构建人类卫生健康共同体！",
        "推动构建人类文明新形态。",
        *[f"{verb}人类命运共同体{end}" for verb, end in (("共建", "。"), ("携手", "！"))],
        *[f"{verb}人类命运共同体{end}" for verb, end in (("打造", "；"), ("迈向", "，"))],
        *[f"{verb}人类卫生健康共同体{end}" for verb, end in (("共建", "。"), ("携手", "！"))],
        *[f"{verb}人类卫生健康共同体{end}" for verb, end in (("打造", "；"), ("迈向", "，"))],
    )
    assert "人类命运共同体" in found and "人类卫生健康共同体" in found
    assert "推动构建人类" not in found


def test_a_repeat_that_cuts_through_a_word_is_no_term() -> None:
    # 专业化|工会干部队伍: 专业化 spans the left edge in every occurrence.
    found = _found("建设专业化工会干部队伍，", "打造专业化工会干部队伍。", "一支专业化工会干部队伍")
    assert "化工会干部队伍" not in found


def test_short_repeats_must_stand_alone_between_punctuation() -> None:
    found = _found("劳模精神、劳动精神、工匠精神。", "弘扬“劳动精神”。", "职工群众的心声")
    assert "劳动精神" in found
    assert "职工群众" not in _found("服务职工群众工作", "团结职工群众力量", "职工群众心声")


@pytest.mark.parametrize(
    "repeat",
    [
        "陈建仁副总统指出",  # who said it
        "国务院总理李克强",  # a title and a name
        "总统府秘书长",  # an office
        "外交部次长李",  # a title and a surname: where the names differ
        "蔡英文总统今",  # … 今（5）日: a date cut through
        "日上午出席国际论坛",  # （5月3）日上午 …
        "今年以来",  # when
        "下午在人民大会堂",
        "另一方面",  # what joins sentences
        "针对两岸关系",
        "发言人张惇涵",  # a title and a name
        "国家安全会议咨询委员甘逸骅",
        "谢谢大家",  # a speaker addressing people
        "大家共同努力",
        "我们一起努力",
        "她要特别感谢",
        "马英九总统上午接见",  # the time of day inside
        "当地时间",
        "桃园市长郑文灿",  # a title and a name
        "工会主席王晓东",
        "生产经营单位应当",  # a modal: what must follow
        "用人单位应当按照",
        "全总副主席、书记处",  # a person's offices, listed
        "值此新春佳节",  # a greeting's occasion (… 来临之际)
        "公开资料显示",  # a source, not a thing named
        "工作人员告诉",
        "央视网本台消息",
        "新闻记者致电",
        "接受媒体采访时",
        "一般而言",  # what joins sentences
        "除此之外",
        "另一边厢",
        "保安局局长李家超",  # a title and a name (李家 is a word too)
        "立法会议员梁",  # a title and a surname
        "中国外交部发言人",  # an office
        "中国新闻周刊",  # a source of news
        "华尔街日报",
        "向大会表示热烈祝贺",  # courtesy
        "一名工作人员",  # someone, counted
        "律师事务所律师",  # an office
        "政务司司长林郑月娥",  # a title and a name of four (a double surname)
        "乌克兰总统泽连斯基",  # or a foreign one
        "北韩领袖金正恩",
        "有报道指",  # a source
        "包括美国",  # what a list opens with
        "具体来看",  # what a summary opens with
        "受此影响",
        "行政主管部门责令",  # an office doing something: a law's clause
        "县级以上人民政府批准",
        "公安机关依法",
        "进行监督检查",  # a light verb: the phrase is what follows it
        "中做出突出贡献",
        "涉嫌非法集结",
        "没有作出任何",  # a negation
        "出版的人民日报发表",  # what a paper published
        "亲爱的吼记哥哥姐姐",  # a salutation
    ],
)
def test_what_reports_speech_time_or_people_is_no_term(repeat: str) -> None:
    docs = [f"一、{repeat}，产业工人队伍建设改革。", f"二、{repeat}。产业工人队伍建设改革！"]
    found = _found(*docs)
    assert "产业工人队伍建设改革" in found
    assert repeat not in found


@pytest.mark.parametrize(
    "repeat",
    [
        "中华民族大家庭",
        "党的自我革命",
        "我国工人阶级",
        "中央军事委员会",
        "便民市长热线",
        "区委书记信箱",
        "省委书记处办公室",  # four characters after a title that hold a word: no name
    ],
)
def test_a_pronoun_or_a_title_inside_a_longer_word_makes_no_exception(repeat: str) -> None:
    docs = [f"一、{repeat}，产业工人队伍建设改革。", f"二、{repeat}。产业工人队伍建设改革！"]
    assert repeat in _found(*docs)


@pytest.mark.parametrize(
    "repeat",
    [
        "全市广大职工朋友们",  # a letter's salutation
        "身体健康",  # its wishes
        "身体健康、万事如意",
        "集团有限公司",  # a company's legal form: the tail of its name
        "股份有限公司",
        "中国节能环保集团有限公司",  # or its name
    ],
)
def test_a_letter_s_salutation_and_wishes_and_a_company_s_name_are_no_terms(repeat: str) -> None:
    docs = [f"一、{repeat}，产业工人队伍建设改革。", f"二、{repeat}。产业工人队伍建设改革！"]
    found = _found(*docs)
    assert "产业工人队伍建设改革" in found
    assert repeat not in found


def test_a_salutation_holds_what_lies_inside_it() -> None:
    """全市广大职工朋友 lies inside the salutation 全市广大职工朋友们 in three of its four uses:
    a part of it, no term either, as a part of a term is none."""
    letters = [
        f"全市广大职工朋友们：\n{body}，产业工人队伍建设改革。"
        for body in ("新春将至", "我们向全市广大职工朋友发出倡议", "值此新春佳节来临之际")
    ]
    found = _found(*letters)
    assert "产业工人队伍建设改革" in found
    assert not any(text.startswith("全市广大职工朋友") for text in found)


def test_the_tail_that_names_of_institutions_share_is_no_term_a_name_is() -> None:
    """电力科学研究院 ends the names of three institutions (a name goes on before it); 中华经济
    研究院 stands after punctuation or a preposition: a name of its own."""
    lists = [
        "高级技师朱洪斌，江苏省电力公司电力科学研究院技术主管。由中华经济研究院主办。",
        "国网冀北电力有限公司电力科学研究院（华北电力科学研究院有限责任公司）",
        "出席会议的有中华经济研究院、台湾综合研究院的代表。",
    ]
    found = _found(*lists)
    assert "中华经济研究院" in found
    assert not any(text.endswith("电力科学研究院") for text in found)


def test_a_list_cut_from_a_longer_list_is_no_term_a_whole_list_is() -> None:
    """Where the list goes on (、) after or before most uses of a repeat that lists, the repeat
    begins or ends in the middle of it; a whole list that recurs stands between other words."""
    docs = [
        "崇尚劳动、热爱劳动、辛勤劳动、诚实劳动的劳动精神，大力弘扬劳模精神、劳动精神、工匠精神。",
        "崇尚劳动、热爱劳动、辛勤劳动、诚实劳动的劳动精神。",
        "让全社会尊重劳动、热爱劳动，诠释了劳模精神、劳动精神、工匠精神。",
        "辛勤劳动、诚实劳动、创造性劳动，自觉做到戴口罩、勤洗手、勤消毒、常通风。",
        "要养成戴口罩、勤洗手、常通风的良好卫生习惯。",
        "2014年全国五一劳动奖状、奖章和全国工人先锋号评选揭晓。",
        "全国五一劳动奖状、全国五一劳动奖章和全国工人先锋号的决定。",
        "2013年全国五一劳动奖状、奖章和全国工人先锋号的评选工作。",
    ]
    found = _found(*docs)
    assert "劳模精神、劳动精神、工匠精神" in found
    for fragment in (
        "劳动、热爱劳动",
        "辛勤劳动、诚实劳动",
        "戴口罩、勤洗手",
        "奖章和全国工人先锋号",
    ):
        assert fragment not in found


def test_a_stock_line_is_no_term_a_formulation_used_as_widely_is() -> None:
    """A line nearly every text has once (a dateline, a press release's set phrase) is not a
    formulation; one as widespread that the texts take up again and again is."""
    stock = [
        f"亦出席是项活动：第{i}段。全心全意依靠工人阶级，全心全意依靠工人阶级。" for i in range(40)
    ]
    found = _found(*stock)
    assert "全心全意依靠工人阶级" in found
    assert "亦出席是项活动" not in found
    assert "亦出席是项活动" in _found(*stock[:19])  # too few documents to tell


def test_every_count_is_the_substring_count_of_the_text() -> None:
    docs = ("两个维护两个维护，“娘家人”和“娘家人”", "坚决做到两个维护；娘家人")
    for term in find_terms(Collection.of(_texts(*docs)), TermsConfig()):
        assert term.count == sum(doc.count(term.text) for doc in docs), term.text


def test_terms_toml_adds_suppresses_and_joins() -> None:
    docs = ("实施十大行动，“娘家人”“娘家人”。", "十大行动；职工之家，职工小家。")
    config = TermsConfig(
        add=("职工之家",), suppress=frozenset({"十大行动"}), join=(("娘家人", ("职工之家",)),)
    )
    found = _found(*docs, config=config)
    assert "十大行动" not in found
    assert found["娘家人"].variants == ("职工之家",) and found["娘家人"].count == 3
    assert "职工之家" not in found  # joined under 娘家人


def test_terms_toml_is_read_and_checked(tmp_path: Path) -> None:
    (tmp_path / "terms.toml").write_text(
        'add = ["八个着力"]\nsuppress = ["习近平总书记"]\n[join]\n"劳模精神" = ["劳模的精神"]\n',
        encoding="utf-8",
    )
    config = read_terms_config(tmp_path)
    assert config.add == ("八个着力",) and config.suppress == {"习近平总书记"}
    assert config.variants() == {"劳模的精神": "劳模精神"}
    assert read_terms_config(tmp_path / "missing") == TermsConfig()


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ('add = ["八个着力"]\nadd = ["x"]\n', 2, "Cannot overwrite"),
        ('add = ["八个着力"]\nremove = ["两个维护"]\n', 2, 'unknown key "remove"'),
        ('add = ["八个着力"]\nsuppress = ["a b"]\n', 2, "is not a term"),
        ('suppress = "两个维护"\n', 1, "must be a list"),
    ],
)
def test_a_bad_terms_toml_names_the_file_and_the_line(
    tmp_path: Path, text: str, line: int, message: str
) -> None:
    (tmp_path / "terms.toml").write_text(text, encoding="utf-8")
    with pytest.raises(CatalogError) as caught:
        read_terms_config(tmp_path)
    assert caught.value.line == line and caught.value.path == tmp_path / "terms.toml"
    assert message in str(caught.value)


def test_a_large_collection_finds_terms_in_a_spread_sample_and_counts_them_in_all(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("unionreader.link.terms.DISCOVERY", 2)
    docs = ["实施十大行动，“娘家人”。", "开展娘家人活动。", "做好“娘家人”，十大行动。", "十大行动"]
    found = _found(*docs)  # found in documents 0 and 2; counted in all four
    assert found["十大行动"].count == 3 and found["娘家人"].count == 3
    assert found["十大行动"].documents == 3


def test_characters_found_at_once_are_where_each_is_found_alone() -> None:
    docs = ("工会工作要加强，职工之家建设", "加强工会工作。职工之家", "a工b会c")
    alone, at_once = Collection.of(_texts(*docs)), Collection.of(_texts(*docs))
    chars = ["工", "会", "职", "家", "a", "无"]
    at_once.where_all(chars)
    assert set(chars) <= set(at_once._where)  # all kept from the one pass
    for char in chars:
        assert at_once.where(char).tolist() == alone.where(char).tolist()
    assert at_once.find("工会工作").tolist() == alone.find("工会工作").tolist() != []


def test_a_document_s_marked_terms_are_found_with_it_and_follow_its_text() -> None:
    """Each document's numbered formulas and quoted expressions are counted when its link
    text is made (`LinkText.numbered`, `.quoted`), kept through the cache (pickled), and
    worked out again when its text is replaced; the link stage adds them up."""
    units = [Unit("p1", "坚持“两个维护”，做到两个维护。"), Unit("p2", "两个")]
    text = LinkText.of("a", "甲", None, units)
    assert text.numbered == (("两个维护", 2, 1),)  # used twice, once quoted
    assert text.quoted == (("两个维护", 1, 2),)
    assert pickle.loads(pickle.dumps(text)).numbered == text.numbered
    edited = replace(text, texts=("做到两个确立。", "两个确立"))
    assert edited.numbered == (("两个确立", 2, 0),) and edited.quoted == ()
    other = LinkText.of("b", "乙", None, [Unit("p1", "“两个维护”")])
    found = find_terms(Collection.of([text, other]), TermsConfig())
    assert [(t.text, t.source, t.count) for t in found] == [("两个维护", TermSource.NUMBERED, 3)]


def test_a_repeat_that_never_ends_in_many_uses_is_no_term() -> None:
    """深入学习贯彻习近平 is followed by more Chinese at each of its sixteen uses, each time
    another (新时代…, 总书记…, 法治思想 …): it is cut out of longer expressions, not a phrase of
    its own. 深化产业工人队伍建设改革, as often, ends in three of its uses (。 or 的)."""
    continuations = (
        "新时代中国特色社会主义思想",
        "总书记重要指示",
        "法治思想",
        "文化思想",
        "经济思想",
        "外交思想",
        "生态文明思想",
        "强军思想",
        "总书记重要讲话精神",
        "总书记回信精神",
        "总书记贺信",
        "关于劳动的论述",
        "致辞精神",
        "新年贺词",
        "重要文章",
        "著作选读",
    )
    after = ("。", "工作", "任务", "的要求", "目标", "举措", "成效", "进程") * 2
    found = _found(
        *(
            f"深入学习贯彻习近平{text}\n深化产业工人队伍建设改革{tail}"
            for text, tail in zip(continuations, after, strict=True)
        )
    )
    assert "深化产业工人队伍建设改革" in found
    assert not any(text.startswith("深入学习贯彻") for text in found)


def test_what_a_speaker_says_they_do_is_no_term() -> None:
    """我 + 代表省人民政府: the opening of every government report, not a formulation."""
    docs = [f"现在，我代表省人民政府，向大会报告工作{end}" for end in "。！"]
    found = _found(*docs, "我代表省人民政府，向大会报告工作；", "产业工人队伍建设改革。")
    assert not any(text.startswith("代表省人民政府") for text in found)
    assert "行政长官何厚铧" not in _found(
        "一、行政长官何厚铧，产业。", "二、行政长官何厚铧。产业！"
    )


def test_the_head_of_a_statistic_is_no_term() -> None:
    """地区生产总值增长 + a figure that differs in every use: not a phrase."""
    docs = [f"全年地区生产总值增长{n}%，产业工人队伍建设改革。" for n in ("5.5", "6.1", "4.8")]
    found = _found(*docs, "地区生产总值增长较快。产业工人队伍建设改革！")
    assert "产业工人队伍建设改革" in found
    assert not any(text.endswith("生产总值增长") for text in found)


@pytest.mark.parametrize(
    "repeat",
    [
        "县级以上人民政府或者",  # … + 街道办事处: a conjunction at the end
        "有关部门按照各自",  # … + 职责: a pronoun at the end
        "法律、法规规定的其他",
        "县级人民政府批准后",  # a clause of time
        "出席行政会议前",
        "建设主管部门会同",  # a preposition at the end
        "会同有关部门研究",  # … or at the start
        "在工作中的重大问题",  # the tail of 在…中的 (中的重大问题)
        "不得拒绝提供资料",  # what must or may be done
        "经济发展方面",  # 方面: "as for"
    ],
)
def test_a_repeat_with_a_joining_word_at_its_edge_is_no_term(repeat: str) -> None:
    """A phrase never ends with a word that joins, refers or places what comes after it (或者,
    各自, 其他, 后, 会同), nor opens with one."""
    docs = [f"一、{repeat}，产业工人队伍建设改革。", f"二、{repeat}。产业工人队伍建设改革！"]
    found = _found(*docs)
    assert "产业工人队伍建设改革" in found
    assert not any(text.startswith(repeat) or text.endswith(repeat) for text in found)


def test_the_numbering_of_a_law_and_its_references_to_itself_are_no_terms() -> None:
    """Every law has 第十一条 and 违反本条例规定; neither names anything."""
    laws = [
        f"第十一条　违反本条例规定的，由县级以上人民政府责令改正。第十二条　有下列情形之一的，"
        f"依法追究刑事责任。（{i}）"
        for i in range(3)
    ]
    found = _found(*laws)
    assert "依法追究刑事责任" in found
    assert not any("条" in text or "本条例" in text or "下列" in text for text in found)


def test_what_follows_a_figure_and_an_amount_are_no_terms() -> None:
    """250亿立方米, 16亿立方米: what the figures share (亿立方米) is no phrase; nor 26平方公里's
    unit, nor a fine of 五千元以下罚款."""
    docs = [
        "年输气能力250亿立方米。占地26平方公里。处五千元以下罚款。产业工人队伍建设改革。",
        "输送天然气16亿立方米。面积80平方公里。处五千元以下罚款。产业工人队伍建设改革。",
        "向我国输送800亿立方米。共12平方公里。处五千元以下罚款。产业工人队伍建设改革。",
    ]
    found = _found(*docs)
    assert "产业工人队伍建设改革" in found
    assert not {"亿立方米", "平方公里", "五千元以下罚款"} & set(found)


def test_a_common_word_in_scare_quotes_is_no_term_a_quoted_expression_is() -> None:
    """“国有” quoted in one article, against many unquoted uses elsewhere (国有资产): the word,
    not a term; “娘家人”, quoted in most of its uses, is one."""
    quoting = "“国有”土地，“国有”资产，“国有”企业。当好职工“娘家人”。"
    others = ["国有企业改革，国有资产监管，国有资本。做职工的“娘家人”。"] * 3
    found = _found(quoting, *others)
    assert "娘家人" in found
    assert "国有" not in found
    assert "国有" in _found(quoting, "“国有”资产")  # quoted wherever it is used


def test_the_numbers_of_a_law_s_articles_and_items_are_no_terms() -> None:
    """第二十六条规定, 第一百零六条规定: what the references share after their first figures
    (六条规定) is no phrase; nor is an item in a list of ordinals a numbered formula
    (第一、二、三项规定, 第二项至六项规定), nor a count of working days."""
    docs = [
        f"违反本条例第{n}六条规定的，依法追究刑事责任。" for n in ("二十", "十", "三十", "四十")
    ]
    docs += ["违反第一款第一、二、三项规定的，依照第一百零六条规定处理，在五个工作日内答复。"] * 2
    docs += ["依照第二项至六项规定，在十个工作日内作出决定。"] * 2
    found = _found(*docs)
    assert "依法追究刑事责任" in found
    assert not any("规定" in text or "工作日" in text for text in found)


def test_a_numbered_formula_in_a_quoted_sentence_is_not_marked_by_its_quotes() -> None:
    """Quotation marks set a formula apart when they hold a phrase (“三大任务、四区布局、五个
    提升”), not when they hold what someone said (「…见我们两个经理，然后…」): a count in a
    speaker's sentence used once is no term."""
    found = _found(
        "他说：「我返工就去见我们两个经理，然后收到解雇信。」",
        "落实“三大任务、四区布局、五个提升”。",
    )
    numbered = {t for t, term in found.items() if term.source is TermSource.NUMBERED}
    assert numbered == {"五个提升"}
