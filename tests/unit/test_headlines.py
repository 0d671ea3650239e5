"""News headlines at the top of a plain text, as pages copied from the web and papers set them:
punctuated headlines, a page's title over the article's, captions and credits between the
headline and the text, a paper's 引题 and its summary box (normalise/headline.py,
normalise/header_roles.py, normalise/widgets.py, normalise/preface.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from unionreader.documents import load_document
from unionreader.model import Document, Kind, Seed, SeedMeta, TitleFrom
from unionreader.normalise.passages import note_label

TEXT = "当地时间13日，代表16万演艺人员的美国演员工会宣布罢工。此前，编剧工会已在5月2日开始罢工。"


def _read(tmp_path: Path, text: str) -> Document:
    path = tmp_path / "t.txt"
    path.write_text(text, encoding="utf-8")
    return load_document(Seed(path, "t", SeedMeta(), catalogued=False))


def _first_text(doc: Document) -> str:
    return str(doc.sections[0].blocks[0].text)  # type: ignore[union-attr]


KICKER = "聚焦产业工人队伍建设改革"
MAIN = "全国总工会召开产业工人队伍建设改革推进会"
SUB = "强调要进一步激发职工创新创造活力"
LEAD = "本报北京3月5日电（记者 张三）"


@pytest.mark.parametrize("sub", [SUB, f"——{SUB}"])
def test_a_paper_s_three_decks_are_kicker_title_and_subtitle(tmp_path: Path, sub: str) -> None:
    """引题 over 主题 over 副题, one under the other over a news lead: the middle one is the
    title, the first its kicker, the last its subtitle, and none heads a section."""
    doc = _read(tmp_path, f"{KICKER}\n{MAIN}\n{sub}\n\n{LEAD}{TEXT}\n")
    assert (doc.meta.kicker, doc.meta.title, doc.meta.subtitle) == (KICKER, MAIN, SUB)
    assert (doc.meta.author, [section.heading for section in doc.sections]) == ("张三", [None])
    assert _first_text(doc).startswith("本报北京3月5日电")


def test_a_speech_s_title_over_two_lines_over_its_occasion_stays_whole(tmp_path: Path) -> None:
    """Two headlines over a dashed subtitle, with no news lead under them: a speech's title set
    over two lines, not a kicker over it."""
    first, second = "坚定不移走中国特色社会主义工会发展道路", "团结动员亿万职工建功新时代"
    occasion = "——在中国工会第十八次全国代表大会上的报告"
    doc = _read(tmp_path, f"{first}\n{second}\n{occasion}\n\n各位代表：\n\n{TEXT}\n")
    assert (doc.meta.kicker, doc.meta.title) == (None, f"{first} {second}")


@pytest.mark.parametrize(
    "headline",
    [
        "63年来首次全面停摆！好莱坞大罢工抵制“AI入侵”",
        "又生事？自己衰落几十年后，美工会要求对造船业发起“301调查”",
    ],
)
def test_a_headline_set_again_under_itself_is_the_title_whatever_follows(
    tmp_path: Path, headline: str
) -> None:
    doc = _read(tmp_path, f"{headline}\n\n{headline}\n\n（观察者网讯）\n\n{TEXT}\n")
    assert doc.meta.title == headline
    assert headline not in _first_text(doc)


def test_a_headline_over_a_paragraph_broken_over_lines_is_the_title(tmp_path: Path) -> None:
    headline = "天津公交集团拖欠员工工资？宣传部工作人员：不清楚此事"
    broken = (
        "近日，有网友在社交平台发文反映称天津市公交集团拖欠员工工资和保险，\n从今年至今没有发放。"
    )
    doc = _read(tmp_path, f"{headline}\n\n{broken}\n")
    assert doc.meta.title == headline


def test_a_group_blog_s_post_line_and_its_writer_with_where_she_works(tmp_path: Path) -> None:
    """`Posted on … by` the blog, then the writer and her department parted by a slash: the
    date and the source, the author and her office; the title stays the title."""
    top = "民主不再進步\nPosted on 2015/11/19 by 巷仔口社會學\n蔡宏政/中山大學社會學系\n\n"
    doc = _read(tmp_path, top + TEXT + "\n")
    meta = doc.meta
    assert (meta.title, meta.date, meta.source) == ("民主不再進步", "2015-11-19", "巷仔口社會學")
    assert (meta.author, meta.office) == ("蔡宏政", "中山大學社會學系")


def test_a_preface_s_genre_in_brackets_under_its_title_is_its_subtitle(tmp_path: Path) -> None:
    """`（代序）` under the title, the writer's name under it: the subtitle 代序 and the author."""
    doc = _read(tmp_path, f"《清华周刊》及其价值\n（代序）\n黄延复\n\n{TEXT}\n")
    assert (doc.meta.title, doc.meta.subtitle, doc.meta.author) == (
        "《清华周刊》及其价值",
        "代序",
        "黄延复",
    )


@pytest.mark.parametrize(
    ("lead", "date", "place"),
    [
        ("香港，2023年4月14日 — ", "2023-04-14", "香港"),
        ("北京，2024年5月8日 /美通社/ -- ", "2024-05-08", "北京"),
        ("他说，2023年4月14日—", None, None),  # a sentence's speaker, no place
    ],
)
def test_a_press_release_s_place_and_day_before_a_dash_date_it(
    tmp_path: Path, lead: str, date: str | None, place: str | None
) -> None:
    doc = _read(
        tmp_path, f"数码港推出初创企业支援计划\n\n{lead}数码港今日宣布推出新计划。\n\n{TEXT}\n"
    )
    assert (doc.meta.date, doc.meta.place) == (date, place)


def test_a_repost_s_original_headline_under_its_title_leaves_the_lead_first(
    tmp_path: Path,
) -> None:
    """`原标题：…` under a repost's title is a note on where it ran: no paragraph of the text,
    and the lead under it names the reporters."""
    original = "原标题：现代快报｜外卖订单上写着“救命”字样，商家报警结果让你想不到"
    lead = "现代快报讯（通讯员 六公宣 记者 顾元森）6月28日，一家外卖商家接到一份奇怪的订单。"
    doc = _read(tmp_path, f"外卖订单上写着救命字样\n\n{original}\n\n{lead}\n\n{TEXT}\n")
    assert (doc.meta.author, _first_text(doc)) == ("六公宣、顾元森", lead)


def test_a_lead_of_several_sentences_first_in_the_text_is_no_headline(tmp_path: Path) -> None:
    """A long first line that runs a semicolon's clauses or two exclamations (an interview's
    lead, with no stop): the text's first paragraph, not its title."""
    lead = (
        "台北市長柯文哲就職滿周年前夕接受本報專訪，回顧過去1年，他首度坦承「我最大缺點，就是傲慢！」"
        "做為長孫、長子的他，「就是一個被寵壞的小孩」；別人講錯一句話就完了，但他都沒事，"
        "「我擁有最高的忍受度！」"
    )
    doc = _read(tmp_path, f"{lead}\n坦承 最大缺點就是傲慢\n{TEXT}\n")
    assert doc.meta.title_from is TitleFrom.FIRST_WORDS
    assert _first_text(doc).startswith("台北市长柯文哲就职满周年前夕")


def test_a_line_of_running_text_not_set_apart_is_no_headline_over_it(tmp_path: Path) -> None:
    """A paragraph hard-wrapped into lines: its first line is no title over the rest."""
    first = "各级工会要深入学习贯彻党的二十大精神！紧紧围绕中心"
    doc = _read(
        tmp_path, f"{first}\n服务大局，团结引领广大职工建功立业，\n为推动高质量发展贡献力量。\n"
    )
    assert doc.meta.title != first


def test_captions_and_credits_between_the_headline_and_the_text_go(tmp_path: Path) -> None:
    headline = "中国农民工超2.95亿人：月均收入4615元，高学历占比不断提高"
    top = f"{headline}\n\n↑农民工携带钻机被拦下\n视频截图\n\n中新社记者\n刘冉阳 摄\n\n文/王恩博\n\n"
    doc = _read(tmp_path, top + TEXT + "\n")
    assert (doc.meta.title, doc.meta.author, doc.meta.kicker) == (headline, "王恩博", None)
    assert _first_text(doc) == TEXT


def test_a_paper_s_lead_in_over_its_headline_and_its_summary_box(tmp_path: Path) -> None:
    """People's Daily: a long 引题 that leads into the headline with a dash, then the headline,
    then 核心阅读 over the article's summary, which is the document's note."""
    kicker = (
        "围绕培育“大国工匠”这件重点提案，3次督办调研，30场互动交流，一场双周协商座谈会重点聚焦——"
    )
    headline = "提案有分量 履职成果实（人民政协新实践）"
    summary = "委员有所呼，政协有所应。提案办理推动了产业工人队伍建设改革。"
    doc = _read(tmp_path, f"{kicker}\n{headline}\n\n　　核心阅读\n　　{summary}\n\n　　{TEXT}\n")
    assert (doc.meta.kicker, doc.meta.title, doc.meta.note) == (kicker, headline, summary)
    assert _first_text(doc) == TEXT


def test_the_byline_under_a_headline_set_again_is_read(tmp_path: Path) -> None:
    headline = "美国16万演员大罢工！好莱坞已被AI入侵，超级大片全面告急"
    byline = "腾讯新闻《潜望》特约作者 刘承 编辑 杨布丁"
    doc = _read(tmp_path, f"{headline}\n\n{headline}\n\n{byline}\n\n{TEXT}\n")
    assert (doc.meta.title, doc.meta.author) == (headline, "刘承")
    assert _first_text(doc) == TEXT


def test_a_wire_s_lead_with_its_editor_on_a_line_of_its_own_heads_nothing(tmp_path: Path) -> None:
    headline = "北京发布2023年企业工资指导线：基准线5.1%，下线2.8%"
    doc = _read(tmp_path, f"{headline}\n\n财联社11月24日讯（编辑 赵昊）\n\n{TEXT}\n")
    assert doc.meta.title == headline
    assert [section.heading for section in doc.sections] == [None]
    assert _first_text(doc) == TEXT


@pytest.mark.parametrize(
    "caption",
    [
        "深圳的城中村（来源：视觉中国）",
        "黄渭强在自己的画室内 澎湃新闻记者 杨喆 图",
        "拍摄：界面新闻记者",
        "左起：郭永健、李卓人、麦德正和吴敏儿。",
    ],
)
def test_a_picture_s_caption_between_paragraphs_goes(tmp_path: Path, caption: str) -> None:
    doc = _read(tmp_path, f"工会罢工进入第二周\n\n{TEXT}\n\n{caption}\n\n{TEXT[:30]}。\n")
    texts = [str(block.text) for section in doc.sections for block in section.blocks]  # type: ignore[union-attr]
    assert texts == [TEXT, TEXT[:30] + "。"]


@pytest.mark.parametrize(
    ("top", "title", "kicker"),
    [
        (  # a short lead-in with its dash and no other punctuation
            "全国人大代表陈科含——\n为保障职工权益找办法（新春走基层·代表委员履职故事）",
            "为保障职工权益找办法（新春走基层·代表委员履职故事）",
            "全国人大代表陈科含——",
        ),
        (  # a punctuated headline over a wire's lead
            "涨钱了！4省份上调最低工资标准，15个地区≥2000元\n\n中新经纬2月9日电",
            "涨钱了！4省份上调最低工资标准，15个地区≥2000元",
            None,
        ),
        (  # over a subhead that opens the text
            "“31年来最严重罢工”！德国30多万人参与，航班取消\n\n“欧盟火车头”德国乱套了？",
            "“31年来最严重罢工”！德国30多万人参与，航班取消",
            None,
        ),
        (  # a label in brackets and a punctuated headline on one line
            "【职工盟解散】昔日领导码头工潮　何伟航泪言：职工盟「娘家」被搞散！",
            "昔日领导码头工潮　何伟航泪言：职工盟「娘家」被搞散！",
            "职工盟解散",
        ),
        (  # over a writer's credit in brackets: its clauses keep their space
            "承诺检讨巴士车长工作5个月无下文　张建宗你说话会负责吗？\n\n【撰文：巴士业职工会联盟】",
            "承诺检讨巴士车长工作5个月无下文　张建宗你说话会负责吗？",
            None,
        ),
    ],
)
def test_a_punctuated_headline_over_the_header_s_own_lines_is_the_title(
    tmp_path: Path, top: str, title: str, kicker: str | None
) -> None:
    doc = _read(tmp_path, f"{top}\n\n{TEXT}\n")
    assert (doc.meta.title, doc.meta.kicker) == (title, kicker)


LONG_HEADLINE = (
    "习近平作出重要指示强调 锲而不舍落实中央八项规定精神 推进作风建设常态化长效化 "
    "蔡奇主持中央党的建设工作领导小组会议并讲话 李希出席并讲话"
)


@pytest.mark.parametrize(
    ("lead", "source", "author"),
    [
        ("央视网消息（新闻联播）：", "央视网", None),
        ("本报讯（记者 张三）", None, "张三"),
        ("新华社北京3月5日电（记者 李四、王五）：", "新华社", "李四、王五"),
    ],
)
def test_a_lead_alone_on_its_line_under_a_long_headline_is_the_header_s(
    tmp_path: Path, lead: str, source: str | None, author: str | None
) -> None:
    doc = _read(tmp_path, f"{LONG_HEADLINE}\n\n{lead}\n\n{TEXT}\n")
    assert (doc.meta.title, doc.meta.source, doc.meta.author) == (LONG_HEADLINE, source, author)
    assert _first_text(doc) == TEXT


def test_a_subtitle_after_a_long_dash_gives_the_day_and_who_spoke(tmp_path: Path) -> None:
    """`----` is a dash however long; the day and the speaker before 在 are the report's."""
    doc = _read(
        tmp_path,
        "2025年上海市政府工作报告\n"
        "----2025年1月15日龚正市长在上海市第十六届人民代表大会第三次会议的政府工作报告\n"
        f"各位代表：\n{TEXT}\n",
    )
    subtitle = "2025年1月15日龚正市长在上海市第十六届人民代表大会第三次会议的政府工作报告"
    assert (doc.meta.subtitle, doc.meta.date, doc.meta.author) == (subtitle, "2025-01-15", "龚正")


def test_a_body_credited_as_the_writer_is_the_author(tmp_path: Path) -> None:
    headline = "承诺检讨巴士车长工作5个月无下文　张建宗你说话会负责吗？"
    doc = _read(tmp_path, f"{headline}\n\n【撰文：巴士业职工会联盟】\n\n{TEXT}\n")
    assert (doc.meta.title, doc.meta.author) == (headline, "巴士业职工会联盟")
    assert [section.heading for section in doc.sections] == [None]


RELEASE_TEXT = (
    "（2024年4月30日）工聯會今日召開記者會，公布調查結果，並促請政府盡快檢討法定最低工資水平。\n\n"
    "工聯會將於五一勞動節舉行遊行，表達訴求。\n"
)


@pytest.mark.parametrize(
    "labels",
    ["新聞稿\n即時發布\n", "新闻稿（即时发布）\n", "PRESS RELEASE\nFor Immediate Release\n", ""],
)
def test_a_press_release_s_letterhead_and_labels_are_no_part_of_its_title(
    tmp_path: Path, labels: str
) -> None:
    text = f"香港工會聯合會\n{labels}\n工聯會促請政府盡快檢討最低工資水平\n\n{RELEASE_TEXT}"
    doc = _read(tmp_path, text)
    assert doc.meta.title == "工联会促请政府尽快检讨最低工资水平"
    assert doc.meta.kicker == "香港工会联合会"
    assert doc.meta.date == "2024-04-30"  # the day in brackets the release opens with
    assert _first_text(doc).startswith("（2024年4月30日）工联会今日")
    kept = {edit.rule for edit in doc.edits}
    assert ("boilerplate.release" in kept) is bool(labels)


def test_a_body_s_name_over_the_title_of_a_document_it_issues_is_part_of_the_title(
    tmp_path: Path,
) -> None:
    text = (
        "中华全国总工会\n\n关于开展2024年职工技能竞赛的通知\n\n"
        "各省、自治区、直辖市总工会：\n\n现将有关事项通知如下。\n"
    )
    assert _read(tmp_path, text).meta.title == "中华全国总工会关于开展2024年职工技能竞赛的通知"


def test_where_a_text_was_printed_under_its_headline_gives_the_source_and_date(
    tmp_path: Path,
) -> None:
    text = f"夜访城市工人休息室\n《工人日报》(2016年01月11日 02版)\n\n{TEXT}\n"
    doc = _read(tmp_path, text)
    assert doc.meta.title == "夜访城市工人休息室"
    assert (doc.meta.date, doc.meta.source) == ("2016-01-11", "《工人日报》2016年01月11日02版")


def test_an_e_paper_s_page_number_at_the_top_goes_a_text_s_part_numbers_stay(
    tmp_path: Path,
) -> None:
    paper = _read(
        tmp_path, f"出版日期:2004年07月29日\n综合新闻\n02\n\n这样的报道让职工感动\n\n{TEXT}\n"
    )
    assert paper.meta.title == "这样的报道让职工感动" and paper.meta.date == "2004-07-29"
    assert "boilerplate.page" in {edit.rule for edit in paper.edits}
    parts = _read(tmp_path, f"标题\n\n{TEXT}\n\n01\n\n{TEXT}\n\n02\n\n{TEXT}\n")
    assert "boilerplate.page" not in {edit.rule for edit in parts.edits}


def test_a_question_set_apart_over_the_text_is_its_title(tmp_path: Path) -> None:
    """A first line asking a question, a blank line under it: the title, not the text's first
    paragraph; a question run on into the text is its first sentence."""
    question = "996ICU会走向何处？"
    doc = _read(tmp_path, f"{question}\n\n本文想为以下3个问题提供一些思路：\n\n{TEXT}\n")
    assert doc.meta.title == question
    assert _first_text(doc) == "本文想为以下3个问题提供一些思路："
    doc = _read(tmp_path, f"{question}\n本文想为以下3个问题提供一些思路：\n\n{TEXT}\n")
    assert doc.meta.title != question


def test_a_notice_of_rights_over_a_licence_is_no_title(tmp_path: Path) -> None:
    """A licence opens with its notice of rights (版权所有（c）<年份><版权持有人>): the title is
    under it, and the notice is a line of the text."""
    doc = _read(tmp_path, f"版权所有（c）<年份><版权持有人>\n\n反996授权条款版本1.0\n\n{TEXT}\n")
    assert doc.meta.title == "反996授权条款版本1.0"
    assert _first_text(doc) == "版权所有（c）<年份><版权持有人>"
    assert doc.sections[0].heading is None


def test_a_writer_s_first_sentences_are_no_kicker_and_title(tmp_path: Path) -> None:
    """An essay that opens with the writer's own sentences (我…, 你…), one to a line: they stay
    its text, and it has no title of its own; a kicker that names a place as 我国 is one."""
    doc = _read(
        tmp_path,
        "想了很久，我还是绝对怼一下马云。\n去年八月份，你宣布了自己准备退休，专心做教师事业\n"
        f"你曾在众多场合公开表示过，你会毫不犹豫的选择。\n{TEXT}\n",
    )
    assert _first_text(doc) == "想了很久，我还是绝对怼一下马云。"
    kicked = _read(
        tmp_path,
        f"去年我国城镇新增就业1361万人，连续第六年超过1300万人——\n措施有力就业稳\n\n{TEXT}\n",
    )
    assert kicked.meta.title == "措施有力就业稳"


def _read_md(tmp_path: Path, text: str) -> Document:
    path = tmp_path / "t.md"
    path.write_text(text, encoding="utf-8")
    return load_document(Seed(path, "t", SeedMeta(), catalogued=False))


def test_a_front_matter_title_set_again_as_the_heading_with_its_author_and_subtitle(
    tmp_path: Path,
) -> None:
    """The heading repeats the front matter's title whole (the writer's name before a colon,
    a subtitle after a dash): it is the title's line, and the byline under it the header's,
    with the writer's office."""
    title = "叶锦龙：政府漏风一日　鬼祟封佐敦——问题及建议"
    doc = _read_md(
        tmp_path,
        f'---\ntitle: "{title}"\nauthor: "特约转载"\n---\n\n# {title}\n\n'
        f"【撰文：中西区区议员叶锦龙】\n\n{TEXT}\n",
    )
    assert [s.heading for s in doc.sections] == [None]
    assert (doc.meta.author, doc.meta.office) == ("叶锦龙", "中西区区议员")
    assert _first_text(doc) == TEXT


@pytest.mark.parametrize(
    ("stated", "byline", "author", "office"),
    [
        (
            "乐施会",
            "【撰文：乐施会总裁曾迦慧】",
            "曾迦慧",
            "乐施会总裁",
        ),  # the person, not the body
        ("特约转载", "【撰文：区锦新（澳门立法会议员、澳门民主发展联委会代表】", "区锦新", None),
    ],
)
def test_a_writer_s_byline_names_the_writer_over_the_body_the_front_matter_names(
    tmp_path: Path, stated: str, byline: str, author: str, office: str | None
) -> None:
    doc = _read_md(
        tmp_path,
        f'---\ntitle: "探讨调整最低工资可行方案"\nauthor: "{stated}"\n---\n\n'
        f"# 探讨调整最低工资可行方案\n\n{byline}\n\n{TEXT}\n",
    )
    assert doc.meta.author == author and _first_text(doc) == TEXT
    assert office is None or doc.meta.office == office
    assert doc.meta.kind is Kind.ARTICLE  # 探讨…方案: about a plan, not the plan


def test_a_greeting_first_opens_the_speech_and_is_no_title(tmp_path: Path) -> None:
    """An untitled speech that opens greeting its audience (`…，全体国人同胞，大家好`): no line
    is its title (it is taken from its first words, to review), its first heading heads its
    first section, and it is a speech."""
    greeting = "各位友邦的元首与贵宾、各国驻台使节及代表、现场的好朋友，全体国人同胞，大家好"
    doc = _read(tmp_path, f"{greeting}\n\n感谢与承担\n\n{TEXT}\n\n结语\n\n{TEXT}\n")
    assert doc.meta.title_from is TitleFrom.FIRST_WORDS and doc.meta.kind is Kind.SPEECH
    assert [s.heading for s in doc.sections] == [None, "感谢与承担", "结语"]
    assert doc.meta.kicker is None


def test_a_speaker_greeting_and_introducing_themself_first_is_no_title(tmp_path: Path) -> None:
    """`大家好，我是本次的项目汇报人，连志林` first: the speech's opening, kept in its text."""
    opening = "大家好，我是本次的项目汇报人，连志林"
    doc = _read(tmp_path, f"\t{opening}\n\t{TEXT}\n\t谢谢大家。\n")
    assert doc.meta.title_from is TitleFrom.FIRST_WORDS
    assert doc.sections[0].blocks[0].text == opening


def test_a_selected_work_s_headnote_is_its_note_and_names_the_speaker(tmp_path: Path) -> None:
    """`这是毛泽东在…会议上的讲话。…` under a selected work's title and date: its headnote
    (题解), which says who spoke and that it is a speech."""
    headnote = "这是毛泽东在中共中央政治局扩大会议上的讲话。这篇讲话总结了我国的经验。"
    doc = _read(tmp_path, f"论十大关系\n\n（一九五六年四月二十五日）\n\n{headnote}\n\n{TEXT}\n")
    assert (doc.meta.note, doc.meta.author, doc.meta.date) == (headnote, "毛泽东", "1956-04-25")
    assert doc.meta.kind is Kind.SPEECH and _first_text(doc) == TEXT
    assert note_label(headnote) == "题解"


@pytest.mark.parametrize(
    ("headnote", "kind"),
    [
        ("这是毛泽东同志代表中共中央在全国劳动模范代表会议上致的祝词。", Kind.SPEECH),
        ("毛泽东此文是为反对当时党内存在着的两种倾向而写的。", Kind.ARTICLE),
        (
            "这篇哲学论文，是毛泽东继《实践论》之后，为了克服党内的教条主义思想而写的。",
            Kind.ARTICLE,
        ),
    ],
)
def test_a_headnote_s_other_forms_name_the_writer(
    tmp_path: Path, headnote: str, kind: Kind
) -> None:
    """The editions word a headnote in other ways too: someone who spoke for a body before the
    occasion, a 祝词 (a speech), `X此文是为…而写的`, `这篇…是X…而写的`."""
    doc = _read(tmp_path, f"矛盾论\n\n（一九三七年八月）\n\n{headnote}\n\n{TEXT}\n")
    assert (doc.meta.note, doc.meta.author, doc.meta.kind) == (headnote, "毛泽东", kind)
