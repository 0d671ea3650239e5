"""Document metadata: kinds guessed from the title, and which source of each field wins."""

from __future__ import annotations

from dataclasses import replace

import pytest
from helpers import normal_text

from unionreader.docmeta import (
    describe,
    guess_kind,
    is_address,
    is_closing,
    is_salutation,
)
from unionreader.model import Facts, Kind, NormalText, Script, SeedMeta, TitleFrom

BODY = "这次会议的主要任务是，总结工作，部署任务。"
NOTHING = SeedMeta()


def kind_of(title: str, facts: Facts | None = None, text: str = BODY) -> Kind:
    normal = normal_text(text, replace(facts or Facts(), title=title))
    return guess_kind(normal, title)


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("在全市工会工作会议上的讲话", Kind.SPEECH),
        ("在劳模表彰大会上的致辞", Kind.SPEECH),
        ("2024年新年贺词", Kind.SPEECH),
        ("职工运动会开幕词", Kind.SPEECH),
        ("在中国工会第十八次全国代表大会上的报告", Kind.REPORT),
        ("市总工会2023年工作报告", Kind.REPORT),
        ("全市职工队伍状况调研报告", Kind.REPORT),
        ("2023年全市工会组织和工会工作发展状况统计公报", Kind.REPORT),
        ("让劳动光荣的风尚蔚然成风", Kind.ARTICLE),
        ("评论：让劳动者更有尊严", Kind.EDITORIAL),
        ("工人日报社论：弘扬劳模精神", Kind.EDITORIAL),
        ("大众日报评论：使劳动者的腰板更加硬朗", Kind.EDITORIAL),
        ("河南省交通工会“五一”慰问信", Kind.NOTICE),
        ("习近平向中吉乌铁路项目启动仪式致贺信", Kind.ARTICLE),  # news of a letter
        ("中共中央 国务院对C919大型客机首飞成功的贺电", Kind.NOTICE),  # the telegram itself
        ("关于开展“安康杯”竞赛活动的通知", Kind.NOTICE),
        ("关于表彰先进职工之家的决定", Kind.NOTICE),
        ("关于加强新就业形态劳动者权益保障的意见", Kind.NOTICE),
        ("2024年全市工会工作要点", Kind.NOTICE),
        ("致全市广大职工的一封信", Kind.NOTICE),
        ("告全市职工书", Kind.NOTICE),
        ("联署声明：支持职工维权", Kind.NOTICE),
        ("香港各界就“18-19中国劳权大扫荡”声明书", Kind.NOTICE),
        ("致立法会的请愿书", Kind.NOTICE),
        ("中国证券业协会倡议书：全力维护市场稳定", Kind.ARTICLE),  # a page's news headline
        ("联合国报告：全球失业率上升", Kind.ARTICLE),
        ("中国工会十八大报告解读", Kind.DIGEST),
        ("中国工会章程", Kind.NOTICE),
        ("中华人民共和国工会法", Kind.NOTICE),
        ("中华人民共和国劳动合同法（2012修正）", Kind.NOTICE),
        ("职工代表大会议事规则（试行）", Kind.NOTICE),
        ("谈谈工会工作的方法", Kind.ARTICLE),
        ("习近平出席金砖国家领导人会晤并发表重要讲话", Kind.ARTICLE),  # news of a speech
        ("2019年对台工作会议在京召开 汪洋出席并讲话", Kind.ARTICLE),
        ("中国工会第十七次全国代表大会开幕 王沪宁代表党中央致词", Kind.ARTICLE),
        ("习近平出席第六届东方经济论坛全会开幕式并致辞", Kind.ARTICLE),
        ("习近平将在第四届中国国际进口博览会开幕式上通过视频发表主旨演讲", Kind.ARTICLE),
        ("国家主席习近平将发表二〇二四年新年贺词", Kind.ARTICLE),
        ("九三学社第十次全国代表大会在京开幕 李克强代表中共中央致贺词", Kind.ARTICLE),
        ("在全国劳动模范表彰大会上的讲话", Kind.SPEECH),  # the speech itself
        ("论学习贯彻习近平总书记在庆祝中国共产党成立100周年大会上的重要讲话", Kind.ARTICLE),
        ("二〇二四年新年贺词", Kind.SPEECH),
        ("在全国战斗英雄代表会议上的祝词", Kind.SPEECH),
        ("探讨调整最低工资可行方案", Kind.ARTICLE),  # about a plan, not the plan
        ("论十大关系", Kind.ARTICLE),
        ("论文征集活动的通知", Kind.NOTICE),  # 论文 is no discussing
        ("论坛筹备工作方案", Kind.NOTICE),
    ],
)
def test_kinds_from_the_title(title: str, kind: Kind) -> None:
    assert kind_of(title) is kind


def test_a_subtitle_or_a_kicker_names_the_kind_too() -> None:
    assert kind_of("坚定信心 真抓实干", Facts(subtitle="在全区工会工作会议上的讲话")) is Kind.SPEECH
    assert kind_of("让劳动者更有尊严", Facts(kicker="社论")) is Kind.EDITORIAL
    occasion = Facts(subtitle="三月二日在左翼作家联盟成立大会讲")  # 讲 alone: he spoke there
    assert kind_of("对于左翼作家联盟的意见", occasion) is Kind.SPEECH
    commentary = Facts(
        subtitle="论学习贯彻习近平总书记在庆祝中华人民共和国成立70周年大会上重要讲话"
    )
    assert kind_of("为祖国自豪 为祖国祝福", commentary) is Kind.ARTICLE  # on a speech


def test_a_commentator_byline_makes_an_editorial() -> None:
    assert kind_of("让劳动光荣的风尚蔚然成风", Facts(author="本报评论员")) is Kind.EDITORIAL


def test_an_opening_address_makes_a_speech() -> None:
    assert kind_of("凝心聚力 实干争先", text="同志们：\n" + BODY) is Kind.SPEECH
    assert kind_of("凝心聚力 实干争先", text="各位代表，大家好！\n" + BODY) is Kind.SPEECH


@pytest.mark.parametrize(
    "opening",
    [
        "现在，我代表第十八届中央委员会向大会作报告。",
        "现在，我代表国务院，向大会报告政府工作，请予审议。",
        "受中华全国总工会第十七届执行委员会委托，我代表执行委员会向大会作工作报告。",
    ],
)
def test_an_opening_that_reports_to_the_congress_makes_a_report(opening: str) -> None:
    """A report says it is one in its first sentence, under its salutation or without one."""
    assert kind_of("现在，我代表…", text=f"同志们：\n{opening}\n{BODY}") is Kind.REPORT
    assert kind_of("现在，我代表…", text=f"{opening}\n{BODY}") is Kind.REPORT
    assert kind_of("会议", text=f"他代表国务院向大会作报告。\n{BODY}") is not Kind.REPORT


def test_a_text_with_no_title_of_its_own_is_a_text() -> None:
    normal = normal_text(BODY)
    assert guess_kind(normal, "这次会议的主要任务是…") is Kind.TEXT


# ---------------------------------------------------------------- precedence


def with_sources(
    facts: Facts,
    catalogue: SeedMeta = NOTHING,
    stated: SeedMeta = NOTHING,
    fallback: SeedMeta = NOTHING,
    text: str = BODY,
) -> NormalText:
    normal = normal_text(text, facts)
    seed = replace(normal.seed, meta=catalogue, catalogued=catalogue != NOTHING)
    return replace(normal, seed=seed, stated=stated, fallback=fallback)


FACTS = Facts(title="文中标题", author="文中作者", date="2024-01-03", source="文中来源")
STATED = SeedMeta(title="前置标题", author="前置作者", date="2024-01-02", source="前置来源")
PAGE = SeedMeta(title="网页标题", author="网页作者", date="2024-01-04", source="网页来源")
CATALOGUE = SeedMeta(title="目录标题", author="目录作者", date="2024-01-01", source="目录来源")


def _fields(normal: NormalText) -> tuple[str, TitleFrom, str | None, str | None, str | None]:
    meta = describe(normal)
    return meta.title, meta.title_from, meta.author, meta.date, meta.source


def test_the_catalogue_wins_over_everything() -> None:
    normal = with_sources(FACTS, CATALOGUE, STATED, PAGE)
    assert _fields(normal) == (
        "目录标题",
        TitleFrom.CATALOGUE,
        "目录作者",
        "2024-01-01",
        "目录来源",
    )


def test_front_matter_wins_over_the_text() -> None:
    normal = with_sources(FACTS, stated=STATED, fallback=PAGE)
    assert _fields(normal) == ("前置标题", TitleFrom.FORMAT, "前置作者", "2024-01-02", "前置来源")


def test_the_text_wins_over_the_page_and_file_properties() -> None:
    normal = with_sources(FACTS, fallback=PAGE)
    assert _fields(normal) == ("文中标题", TitleFrom.TEXT, "文中作者", "2024-01-03", "文中来源")


def test_the_page_fills_in_what_the_text_does_not_say() -> None:
    normal = with_sources(Facts(title="文中标题"), fallback=PAGE)
    assert _fields(normal) == ("文中标题", TitleFrom.TEXT, "网页作者", "2024-01-04", "网页来源")
    normal = with_sources(Facts(), fallback=PAGE)
    assert _fields(normal)[:2] == ("网页标题", TitleFrom.FORMAT)


def test_each_field_comes_from_the_first_source_that_has_it() -> None:
    normal = with_sources(
        Facts(title="文中标题", date="2024-01-03"),
        catalogue=SeedMeta(author="目录作者"),
        stated=SeedMeta(source="前置来源"),
        fallback=SeedMeta(date="2024-01-04", source="网页来源", place="北京"),
    )
    meta = describe(normal)
    assert (meta.title, meta.author, meta.date, meta.source, meta.place) == (
        "文中标题",
        "目录作者",
        "2024-01-03",
        "前置来源",
        "北京",
    )


def test_with_no_title_anywhere_the_first_words_are_the_title(
    caplog: pytest.LogCaptureFixture,
) -> None:
    normal = with_sources(Facts(), text="今年以来，全市各级工会紧扣中心、服务大局。\n第二段。")
    meta = describe(normal)
    title = "今年以来，全市各级工会紧扣中心、服务大局…"  # past a first clause that names nothing
    assert (meta.title, meta.title_from) == (title, TitleFrom.FIRST_WORDS)
    assert meta.title_derived
    assert "no title in the text or the catalogue" in caplog.text


def test_kind_from_the_catalogue_then_the_format_then_the_title() -> None:
    facts = Facts(title="在全市工会工作会议上的讲话")
    assert describe(with_sources(facts)).kind is Kind.SPEECH
    assert describe(with_sources(facts, stated=SeedMeta(kind=Kind.REPORT))).kind is Kind.REPORT
    catalogue = SeedMeta(kind=Kind.TEXT)
    assert describe(with_sources(facts, catalogue, SeedMeta(kind=Kind.REPORT))).kind is Kind.TEXT


def test_the_speaker_a_title_names_when_nothing_else_does() -> None:
    meta = describe(with_sources(Facts(title="王东明在中国工会第十七次全国代表大会上的报告")))
    assert meta.author == "王东明"
    meta = describe(
        with_sources(Facts(title="王东明在中国工会第十七次全国代表大会上的报告", author="李四"))
    )
    assert meta.author == "李四"


def test_the_texts_own_parts_are_carried_over() -> None:
    facts = Facts(
        title="坚定信心 真抓实干",
        kicker="特稿",
        subtitle="在全区工会工作会议上的讲话",
        author_note="区总工会主席",
        epigraph="“劳动创造幸福。”",
        attribution="习近平",
        note="本报今日刊发讲话全文。",
    )
    normal = replace(with_sources(facts), script=Script.TRADITIONAL)
    meta = describe(normal)
    assert (meta.kicker, meta.subtitle, meta.office, meta.note) == (
        "特稿",
        "在全区工会工作会议上的讲话",
        "区总工会主席",
        "本报今日刊发讲话全文。",
    )
    assert meta.epigraph is not None
    assert (meta.epigraph.text, meta.epigraph.attribution) == ("“劳动创造幸福。”", "习近平")
    assert meta.original_script is Script.TRADITIONAL


def test_the_catalogues_reviewed_note_is_carried_over() -> None:
    normal = with_sources(FACTS, catalogue=SeedMeta(reviewed="2024-06 checked by 王"))
    assert describe(normal).reviewed == "2024-06 checked by 王"


# ---------------------------------------------------------------- addresses


@pytest.mark.parametrize(
    ("line", "salutation"),
    [
        ("同志们：", True),
        ("同志们，朋友们：", True),
        ("各位代表：", True),
        ("各区总工会、各产业工会：", True),
        ("各县（市、区）总工会，市直各产业工会：", True),
        ("尊敬的各位来宾：", True),
        ("全市广大职工朋友们：", True),
        ("领导小组组成如下：", False),
        ("会议要求：", False),
        ("同志们，今天我们召开会议。", False),
        ("→一裁终局(一些裁决做出后，单方面对用人单位生效)：", False),  # a note's item, glossed
        ("一裁终局（裁决做出后，对用人单位生效）：", False),
    ],
)
def test_salutations(line: str, salutation: bool) -> None:
    assert is_salutation(line) is salutation


@pytest.mark.parametrize(
    ("line", "closing"),
    [
        ("同志们，让我们更加紧密地团结在一起，奋力开创工会工作新局面！", True),
        ("让我们携手并进，共创美好未来！", True),
        ("谢谢大家！", True),
        ("谢谢！", True),
        ("同志们：", False),
        ("今年的任务十分艰巨。", False),
    ],
)
def test_closings(line: str, closing: bool) -> None:
    assert is_closing(line) is closing


def test_an_address_opens_with_the_audience() -> None:
    assert is_address("同志们，今天我们召开会议。")
    assert is_address("各位代表：")
    assert not is_address("会议号召各位代表积极建言献策。")


def test_the_first_words_are_taken_past_a_salutation() -> None:
    normal = with_sources(
        Facts(), text="同志们：\n今天我们召开全市工会工作会议，主要任务是部署工作。"
    )
    assert describe(normal).title == "今天我们召开全市工会工作会议…"


@pytest.mark.parametrize(
    "line",
    [
        "全市劳动模范：",
        "集团各工会小组、广大职工：",
        "各县、区人民政府，宿迁经济开发区、市湖滨新城开发区、苏州宿迁工业园区，市各委、办、局，"
        "市各直属单位：",
        "黑龙江省人民政府，教育部、外交部、财政部、体育总局：",  # a 复函's ministries
        "各会员单位：",
        "阁下：",
    ],
)
def test_salutations_of_letters_and_notices(line: str) -> None:
    assert is_salutation(line)


@pytest.mark.parametrize(
    "line",
    [
        "领导小组组成如下：",
        "主要任务：",
        "国务院关于印发：" * 5,
        "出席议员：",
        "具体分工如下：",
        "主办单位：",  # who holds a part in an event, over their names
        "共同发起团体：",
        "承办单位：",
        "本法所称主管机关：",  # a law's definition, which names bodies as an address does
        "本办法所称职工：",
    ],
)
def test_not_salutations(line: str) -> None:
    assert not is_salutation(line)


def test_a_subtitle_that_is_the_title_again_is_none() -> None:
    title = "宝马3系降价10万，奥迪A4卖不到30万"
    normal = normal_text(BODY, Facts(title=title, subtitle=title))
    assert describe(normal).subtitle is None
    columned = normal_text(BODY, Facts(title=title, subtitle=f"汽车｜{title}"))
    assert describe(columned).subtitle is None
