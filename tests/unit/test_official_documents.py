"""Official documents, letters and transcripts as pages copy them: who issued or signed them,
when, their numbers, salutations and notes, read through the whole chain (a seed file in, a
document out)."""

from __future__ import annotations

from pathlib import Path

from helpers import numbered

from unionreader.documents import load_document
from unionreader.model import Document, Paragraph, ParagraphRole, Point, Seed, SeedMeta
from unionreader.normalise.header_title import title_pieces


def read(tmp_path: Path, text: str) -> Document:
    path = tmp_path / "t.txt"
    path.write_text(text, encoding="utf-8")
    return load_document(Seed(path, "t", SeedMeta(), catalogued=False))


def paragraphs(doc: Document) -> list[Paragraph]:
    return [b for s in doc.sections for b in s.blocks if isinstance(b, Paragraph)]


def headings(doc: Document) -> list[str]:
    return [s.heading for s in doc.sections if s.heading]


NOTICE = """宿迁市人民政府关于印发宿迁市城乡医疗救助暂行办法的通知
时间:2024-07-19 23:36:30 来源: 法律资料网 作者:法律资料网 阅读:8489
宿迁市人民政府关于印发宿迁市城乡医疗救助暂行办法的通知

宿政发〔2008〕65号

各县、区人民政府,宿迁经济开发区、市湖滨新城开发区、苏州
  宿迁工业园区,市各委、办、局,市各直属单位:
  《宿迁市城乡医疗救助暂行办法》已经市政府三届三次常务会议审议通过,现印发给你们,请认真贯彻执行。

                    二OO八年六月四日
(此件公开发布)

宿迁市城乡医疗救助暂行办法

第一章 总 则
  第一条 为加快新型社会救助体系建设,缓解城乡特困居民医疗困难,制定本办法。
  第二条 城乡医疗救助是指患病的城乡困难群众获得的补充性医疗救助。
"""


def test_a_notice_copied_from_a_law_site(tmp_path: Path) -> None:
    doc = read(tmp_path, NOTICE)
    meta = doc.meta
    assert meta.title == "宿迁市人民政府关于印发宿迁市城乡医疗救助暂行办法的通知"
    assert (meta.author, meta.date) == ("宿迁市人民政府", "2008-06-04")  # not the site's
    assert headings(doc) == ["宿迁市城乡医疗救助暂行办法", "第一章 总则"]  # no number, no note
    texts = [p.text for p in paragraphs(doc)]
    assert "宿政发〔2008〕65号" in texts and "（此件公开发布）" in texts
    assert texts.count(meta.title) == 0  # the title again goes
    (salutation,) = [p for p in paragraphs(doc) if p.role is ParagraphRole.SALUTATION]
    assert salutation.text.startswith("各县、区人民政府") and salutation.text.endswith("直属单位：")


def test_a_letter_signed_by_a_body_under_its_title_block(tmp_path: Path) -> None:
    text = (
        "2025年工会爱心互献行动\n倡议书\n全市广大职工朋友们：\n"
        "让我们行动起来，献出一份爱心。\n某市总工会\n2025年12月1日\n"
    )
    doc = read(tmp_path, text)
    assert (doc.meta.author, doc.meta.date) == ("某市总工会", "2025-12-01")
    roles = {p.text: p.role for p in paragraphs(doc)}
    assert roles["全市广大职工朋友们："] is ParagraphRole.SALUTATION


def test_a_broadcast_transcript_s_tags_head_nothing(tmp_path: Path) -> None:
    text = (
        "两会观察：发布会现场直击\n3月4日，十四届全国人大一次会议举行新闻发布会。\n"
        "【同期】中新社记者 梁晓辉\n我是中新社记者梁晓辉。如你所见，我现在就在人民大会堂。\n"
        "【同期】中新社记者 梁晓辉\n我现在已经来到了新闻发布厅。\n"
    )
    assert headings(read(tmp_path, text)) == []


def test_a_dateline_broken_after_its_date(tmp_path: Path) -> None:
    dateline = "2019-09-26\n12:11来源：证券时报网作者：李在山"
    text = f"午间公告：两家公司中标项目\n{dateline}\n公司公告称中标。\n"
    meta = read(tmp_path, text).meta
    assert (meta.date, meta.source, meta.author) == ("2019-09-26", "证券时报网", "李在山")


def test_a_title_s_pieces_set_apart_by_a_page() -> None:
    lines = numbered("部分节假日安排的通知\n国办发明电〔2018〕15号\n国务院办公厅关于2019年\n各省：")
    whole = "国务院办公厅关于2019年部分节假日安排的通知"
    assert title_pieces(lines, 0, whole) == [0, 2]
    assert title_pieces(lines, 2, whole) == [0, 2]
    assert title_pieces(lines, 3, whole) == []
    assert title_pieces(lines, 0, "国务院办公厅关于2020年部分节假日安排的通知") == []


def test_a_bulleted_field_of_a_list_page_heads_nothing(tmp_path: Path) -> None:
    text = (
        "全国五一劳动奖是中华全国总工会设立的荣誉。\n基本介绍\n- 中文名：2022年全国五一劳动奖\n"
        "- 颁奖时间：2022年4月28日\n“全国五一劳动奖状”是授予先进集体的荣誉。\n"
    )
    assert headings(read(tmp_path, text)) == []


def test_minutes_their_fields_and_their_title(tmp_path: Path) -> None:
    text = (
        "市总工会第五次主席办公会议纪要\n\n时间：2024年3月12日上午9:00\n地点：市总工会三楼会议室\n"
        "主持人：张伟\n参加人员：李明、王芳、赵强、刘洋\n记录：陈静\n\n"
        "会议听取了各部室一季度工作汇报。现纪要如下：\n\n一、关于职工服务中心建设\n"
        "会议认为，职工服务中心建设是今年的重点工作。\n\n市总工会办公室\n2024年3月13日\n"
    )
    doc = read(tmp_path, text)
    assert doc.meta.title == "市总工会第五次主席办公会议纪要"
    assert (doc.meta.author, doc.meta.date) == ("市总工会办公室", "2024-03-13")
    assert headings(doc) == ["一、关于职工服务中心建设"]  # no field heads anything


def test_a_numbered_heading_over_a_table_s_rows(tmp_path: Path) -> None:
    text = (
        "2023年全市职工技能竞赛获奖名单\n\n一、焊工组\n名次\t姓名\t单位\n一等奖\t王强\t市建工集团\n"
        "二等奖\t李伟\t市机械厂\n\n二、电工组\n名次\t姓名\t单位\n一等奖\t赵刚\t市供电局\n"
    )
    doc = read(tmp_path, text)
    assert headings(doc) == ["一、焊工组", "二、电工组"]
    assert [p.text for p in paragraphs(doc)][:2] == ["名次\t姓名\t单位", "一等奖\t王强\t市建工集团"]


def test_numbers_in_circles_are_points_and_a_signature_stands_above_its_distribution(
    tmp_path: Path,
) -> None:
    text = (
        "关于开展“安康杯”竞赛活动的通知\n各区县总工会、各产业工会：\n现将有关事项通知如下：\n"
        "一、活动内容\n开展三项活动：\n①安全知识竞赛；\n②隐患排查；\n③应急演练。\n"
        "二、活动时间\n2024年4月至12月。\n市总工会\n2024年3月20日\n抄送：市应急管理局、市卫健委。\n"
    )
    doc = read(tmp_path, text)
    assert (doc.meta.author, doc.meta.date) == ("市总工会", "2024-03-20")
    assert headings(doc) == ["一、活动内容", "二、活动时间"]
    points = [b for s in doc.sections for b in s.blocks if isinstance(b, Point)]
    assert [p.marker.text for p in points] == ["①", "②", "③"]


PRINTED_NOTICE = """中华全国总工会文件
总工发〔2023〕23号

中华全国总工会关于印发《工会参与劳动争议处
理办法》的通知

各省、自治区、直辖市总工会，各全国产业工会，中央和国家机
关工会联合会，全总各部门、各直属单位：
《工会参与劳动争议处理办法》已经中华全国总工会第十八届
执行委员会主席团第六次会议审议通过，现印发给你们，请认真
贯彻执行。

中华全国总工会
2023年12月28日

- 1 -

工会参与劳动争议处理办法

第一章 总 则
第一条 为深入贯彻落实党中央关于构建和谐劳动关系的决
策部署，规范工会参与劳动争议处理工作，根据有关法律法规，
制定本办法。
第二条 本办法适用于县级以上地方总工会。

- 2 -
"""


def test_a_notice_as_printed_with_its_masthead_and_the_rules_it_issues(tmp_path: Path) -> None:
    doc = read(tmp_path, PRINTED_NOTICE)
    meta = doc.meta
    assert meta.title == "中华全国总工会关于印发《工会参与劳动争议处理办法》的通知"  # one title
    assert (meta.kicker, meta.author) == ("中华全国总工会文件", "中华全国总工会")
    assert meta.date == "2023-12-28"
    assert headings(doc) == ["工会参与劳动争议处理办法", "第一章 总则"]
    roles = [p.role for p in paragraphs(doc)]
    assert roles.count(ParagraphRole.SALUTATION) == 1


def test_a_decision_with_its_list_of_honours_attached(tmp_path: Path) -> None:
    text = (
        "关于表彰2024年全国五一劳动奖和全国工人先锋号的决定\n\n各省、自治区、直辖市总工会：\n"
        "为表彰先进，中华全国总工会决定，授予下列单位和个人荣誉称号。\n"
        "附件：2024年全国五一劳动奖获奖名单\n\n中华全国总工会\n2024年4月28日\n\n附件\n"
        "2024年全国五一劳动奖获奖名单\n\n一、全国五一劳动奖状（2个）\n北京市\n北京市地铁运营有限公司\n"
        "天津市\n天津港第一港埠有限公司\n\n二、全国五一劳动奖章（2名）\n北京市\n"
        "王　刚　北京市公交集团第一客运分公司驾驶员\n天津市\n张　伟　天津钢铁集团炼钢厂工人\n"
    )
    doc = read(tmp_path, text)
    assert (doc.meta.author, doc.meta.date) == ("中华全国总工会", "2024-04-28")
    assert headings(doc)[-2:] == ["一、全国五一劳动奖状（2个）", "二、全国五一劳动奖章（2名）"]
    assert "附件：2024年全国五一劳动奖获奖名单" in [p.text for p in paragraphs(doc)]  # kept


def test_the_headline_again_below_the_lead_is_the_first_item_s_heading(tmp_path: Path) -> None:
    text = (
        "北方多地现暴雨强对流天气\n央视网消息（新闻联播）：强降雨天气影响我国南北方多地。\n"
        "北方多地现暴雨强对流天气\n从昨天晚上开始，京津冀地区大部出现降雨天气。\n"
        "南方大范围降雨仍将持续\n江南、华南等地仍有较强降雨。\n"
    )
    assert headings(read(tmp_path, text)) == ["北方多地现暴雨强对流天气", "南方大范围降雨仍将持续"]


def test_a_wire_s_lead_run_into_a_speech_s_header(tmp_path: Path) -> None:
    text = (
        "新华社上海11月12日电在浦东开发开放30周年庆祝大会上的讲话（2020年11月12日）习近平"
        "女士们，先生们，同志们：30年前，国际形势风云变幻。 党中央全面研判国际国内大势。"
    )
    meta = read(tmp_path, text).meta
    assert meta.title == "在浦东开发开放30周年庆祝大会上的讲话"
    assert (meta.source, meta.place, meta.author) == ("新华社", "上海", "习近平")


def test_a_markdown_article_whose_front_matter_names_its_title(tmp_path: Path) -> None:
    path = tmp_path / "wx.md"
    path.write_text(
        "---\ntitle: 全市工会“五一”系列活动精彩纷呈\nauthor: 市总工会宣传部\n---\n\n"
        "编者按：为庆祝“五一”国际劳动节，全市各级工会开展了丰富多彩的活动。\n\n"
        "**一、劳模风采展示**\n\n4月28日，市总工会举办劳模事迹报告会。\n\n"
        "**二、职工运动会**\n\n全市职工运动会于4月30日开幕。\n",
        encoding="utf-8",
    )
    doc = load_document(Seed(path, "wx", SeedMeta(), catalogued=False))
    assert (doc.meta.title, doc.meta.author) == ("全市工会“五一”系列活动精彩纷呈", "市总工会宣传部")
    assert doc.meta.kicker is None and doc.meta.note and doc.meta.note.startswith("为庆祝")
    assert headings(doc) == ["一、劳模风采展示", "二、职工运动会"]  # the first stays a heading


def test_a_table_copied_as_text_keeps_its_rows_and_never_goes_as_furniture(
    tmp_path: Path,
) -> None:
    rows = (
        "表16—4 工会组织基本情况\n指 标\n|\n2006年\n|\n2005年\n|\n基层工会数\n|\n6941\n|\n6254\n|\n"
    )
    doc = read(tmp_path, rows * 3)  # no line closes a text: it is all table
    assert "6941" in [p.text for p in paragraphs(doc)]
    spaced = (
        "工会组织基本情况\n指 标          2006年      2005年\n基层工会数      6941        6254\n"
        "工会会员数      1356885     1248255\n注：本表数据由市总工会提供。\n"
    )
    texts = [p.text for p in paragraphs(read(tmp_path, spaced))]
    assert texts[-2:] == ["工会会员数      1356885     1248255", "注：本表数据由市总工会提供。"]


def test_a_pdf_notice_with_its_title_wrapped_and_notes_under_its_signature(
    tmp_path: Path,
) -> None:
    text = (
        "— 1 —\n杭州市人民政府文件\n杭政函〔2024〕16 号\n杭州市人民政府印发关于进一步推动\n"
        "经济高质量发展若干政策的通知\n各区、县（市）人民政府，市政府各部门、各直属单位：\n"
        "现将《关于进一步推动经济高质量发展的若干政策》印发给\n你们，请结合实际认真组织实施。\n"
        "杭州市人民政府\n2024 年 2 月 18 日\n（此件公开发布）\nZJAC00-2024-0001\n— 2 —\n"
        "关于进一步推动经济高质量发展的若干政策\n为推动经济高质量发展，制定如下政策。\n"
    )
    doc = read(tmp_path, text)
    assert doc.meta.title == "杭州市人民政府印发关于进一步推动经济高质量发展若干政策的通知"
    assert (doc.meta.author, doc.meta.date) == ("杭州市人民政府", "2024-02-18")
    assert "现将《关于进一步推动经济高质量发展的若干政策》印发给你们，请结合实际认真组织实施。" in [
        p.text for p in paragraphs(doc)
    ]


def test_an_attachment_named_after_its_mark_dates_the_notice_above_it(tmp_path: Path) -> None:
    text = (
        "关于湖北五一劳动奖推荐对象的公示\n公示时间：2024年3月12日至18日。\n"
        "附件：湖北五一劳动奖推荐对象名单\n湖北省直属机关工会工作委员会\n2024年3月12日\n"
        "湖北五一劳动奖推荐对象名单\n一、湖北五一劳动奖状推荐对象\n生态环境部长江流域监测中心\n"
    )
    meta = read(tmp_path, text).meta
    assert (meta.author, meta.date) == ("湖北省直属机关工会工作委员会", "2024-03-12")


def test_a_press_conference_s_day_before_the_day_its_page_was_posted(tmp_path: Path) -> None:
    text = (
        "全国总工会2017年全国“两会”新闻发布会\n23.02.2017  18:39\n"
        "2017年2月22日下午14:30，全国总工会召开2017年全国“两会”新闻发布会。\n"
        "出席嘉宾：全总新闻发言人王晓峰\n时间：2017-02-22\n"
        "王晓峰：各位记者朋友，大家下午好。\n"
    )
    assert read(tmp_path, text).meta.date == "2017-02-22"
