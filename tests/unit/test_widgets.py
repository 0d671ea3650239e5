"""Widgets of a web page by their shape: each a whole line that is never the text."""

from __future__ import annotations

import pytest
from helpers import numbered, texts

from unionreader.normalise.boilerplate import remove_boilerplate
from unionreader.normalise.widgets import (
    is_appeal,
    is_bar_label,
    is_caption,
    is_control_bar,
    is_related_label,
    is_share_bar,
    is_subscription,
    is_url_line,
    is_widget,
    is_widget_piece,
)


@pytest.mark.parametrize(
    "line",
    [
        "分享到：微信 微博 QQ空间",
        "分享到：",
        "分享至：微信朋友圈 | 新浪微博",
        "微信 | 微博 | QQ空间",
        "一键分享",
        "Share to: Facebook Twitter",
        "分享：复制链接",
        "—分享—",  # set between rules
    ],
)
def test_share_bars(line: str) -> None:
    assert is_share_bar(line) and is_widget(line)


@pytest.mark.parametrize("line", ["微信", "更多", "分享我们的经验，共同进步。", "微信公众号"])
def test_not_share_bars(line: str) -> None:
    assert not is_share_bar(line)


@pytest.mark.parametrize(
    "line",
    [
        "【字体：大 中 小】【打印本页】【关闭窗口】",
        "字号：大 中 小",
        "【打印】【关闭】",
        "打印本页 关闭窗口",
        "[我要纠错] [返回顶部]",
        "【字体：放大 缩小 默认】",
        "【字号 大 中 小】 打印 留言 论坛 网摘 手机点评 纠错",  # people.com.cn's toolbar
        "字级：最小字型预设最大字型",  # a Taiwan paper's (字級：最小字型 預設 最大字型)
    ],
)
def test_reading_controls(line: str) -> None:
    assert is_control_bar(line) and is_widget(line)


@pytest.mark.parametrize(
    "line",
    [
        "打印",
        "大",
        "【工会动态】",
        "大力推进职工书屋建设",
        "字体设计比赛圆满结束",
        "职工论坛 留言板",
    ],
)
def test_not_reading_controls(line: str) -> None:
    assert not is_control_bar(line)


@pytest.mark.parametrize(
    "line",
    [
        "正在阅读：区总工会开展送法进企业活动",
        "您正在浏览：首页",
        "上一篇：区总工会召开全委会议",
        "下一篇：没有了",
        "阅读 1.2万",
        "浏览：356次",
        "阅读 100000+ 在看 12",
        "点击上方蓝字关注我们",
        "长按二维码关注",
        "欢迎关注我们！",
        "阅读原文",
        "- END -",
        "—— 完 ——",
        "摄影：王立新",
        "图片来源：新华社",
        "◎ 图：123rf",  # a photo's credit alone, after a health site's mark
        "本文来源于网络，仅供参考",
        "文章转自网络，如有侵权请联系删除",
        "设为主页收藏本页",  # control words run together
        "您好！今天是",  # a greeting, and the day its script filled in
        "陕西工人报官方网站 | 陕工网首页 今天是",
        "您的浏览器不支援JavaScript功能，若部份网页功能无法正常使用时，请开启浏览器JavaScript状态",
        "请利用键盘按住Ctrl + P开启列印功能",
        ":::",
        "阅读量：",  # a counter's label, its number not shown
        "视频小程序赞，轻点两下取消赞在看，轻点两下取消在看分享留言收藏听过",  # WeChat's bar
        "取消 允许",
        "知道了",
        "：，，，，，，，，，，，，。",  # what the page's script fills in
        '觉得不错，就点个“在看”或 "赞”吧~',
        "点个“在看”，分享给更多工友👇",
        "题图：Pexels License",
        "本文由奇安信编译，不代表奇安信观点。转载请注明“转自奇安信代码卫士”。",
        "> **原文链接**: https://mp.weixin.qq.com/s/abc",
        "原文链接",  # a link's words, its address gone
        "Like the Author",  # WeChat's buttons, in English
        "WORD批量转PDF工具-未注册 注册码购买联系QQ:3049816538",  # a converter's trial mark
        "Evaluation Warning: The document was created with Spire.Doc for .NET.",
        "Read more",
        "湖南人大微信",  # a site's account, over its QR code
        "工联会会长吴秋北（中）宣读劳动节宣言。记者林骏强摄",  # a caption and its credit
        "人工智能朗读：",
        "定义你的浏览字号:",
        "1/1",  # a pager
        "打印本页 转发 收藏 关闭 网民举报",
        "留言要注意语言文明，此间评论仅代表个人看法",
        "- 1、下载文档前请自行甄别文档内容的完整性，平台不提供额外的编辑、内容补充服务",
        "中工网官方微博",
        "★中时电子报关心您：再给自己一次机会",  # a Taiwan site's box of suicide hotlines
        "自杀防治咨询安心专线：0800-788995（24小时）",
        "生命线协谈专线：1995",
        "张老师专线：1980",
        "《苹果》关心你",
        "自杀解决不了问题，却留给家人无比悲痛。请珍惜生命。",
        "●《ETNEWS新闻云》提醒您，请给自己机会：自杀防治咨询安心专线：0800-788995；生命线协谈专线：1995",
        "还想看更多新闻吗？欢迎下载自由时报APP，现在看新闻还能抽奖，共9万个中奖机会等着你：",
        "看更多！请加入自由时报粉丝团",
        "本网站使用相关技术提供更好的阅读体验，同时尊重使用者隐私，点这里了解中央社隐私声明。当您关闭此视窗，代表您同意上述规范。",
        "本站使用Cookies以提升您的浏览体验，继续浏览即表示您同意我们的隐私政策。",
        "返回列表页",  # a backup's wrapper of a WeChat article
        "小懒自动备份，仅供查阅学习",
        "*本文为「三联生活周刊」原创内容",
        "本文为原创内容，版权归「三联生活周刊」所有。欢迎文末分享、点赞、在看三连！未经许可，严禁复制",
        "《乘风破浪》剧照",  # a picture's caption, the picture gone
        "韩媒报道工厂构造示意图",
        "“点赞”“在看”，让更多人看到",  # its closing prompts
        "全文完，多谢大家阅读，如果喜欢。请点赞和“在看”吧，或者分享到朋友圈。",
        "如果转载本文，文末务必注明：“转自微信公众号：九边”。",
        "详细岗位要求点击跳转：《三联生活周刊》招实习生、撰稿人",
        "戳右上角「+关注」获取最新资讯↗↗",  # an account's calls to act
        "如果喜欢，请分享or点赞吧~比心❤",
        "点击菜单栏【便民服务】解锁更多服务！",
        "看都看完了，点【在看】试试",
        "（完）",  # an end mark in brackets
        "┌───────┐",  # an e-book site's banner in its frame, at a text file's top
        "└───────┘",
        "＊＊＊＊＊＊＊＊＊＊＊＊",  # a press release's rule under its headline (full-width)
        "※※※",  # a break between a text's parts
        "字级：",  # a type size's label, its controls gone
        "免费TXT小说下载",
        "更多TXT小说下载请访问：http://www.4020.cn",
        "www.4020.cn",
    ],
)
def test_page_widgets(line: str) -> None:
    assert is_widget(line)


@pytest.mark.parametrize(
    "line",
    [
        "同志们：",
        "一、加强思想政治引领",
        "工会干部要多到一线走一走、看一看。",
        "上一年度的工作任务已全面完成。",
        "职工阅读活动丰富多彩。",
        "会议结束后，大家纷纷表示要关注职工需求。",
        "2024年3月1日",
        "区总工会",
        "（一）推广扫码入会",
        "近日，区总工会组织职工参观了劳模工作室，大家深受教育，纷纷表示要向劳模学习。",
        "打印",  # a control's word alone may be text: a run of them is the bar
        "今天是个好日子，职工们都很高兴。",
        "点赞中国",  # a title that praises
        "局长亲自带货，景甜点赞长春",
        "工会关心你",  # a union's slogan, not a news site's box
        "困难职工求助热线：12351",
        "职工心理咨询专线：12345，欢迎来电。",
        "他加入了偶像的粉丝团，每天在网上为偶像打榜，家人多次劝说他把精力放回学业上来。",
        "平台要求用户必须同意其隐私政策才能使用，消协认为此举侵犯了消费者的选择权。",
        "他在网上点赞并转发了这条消息，引来不少网友围观。",
        "返回家乡创业的青年越来越多。",
        "职工书屋提供电子书下载服务，职工可通过手机阅读。",  # a sentence about downloads
        "扫描下方二维码报名参加比赛",  # a notice's instructions
        "如果喜欢这本书，就推荐给朋友",
        "你好，欢迎来到独属于我的罅隙。",  # a writer's greeting, a sentence of the text
        "个人微博",  # a note's heading over the writer's account, no site's box
        "详见 www.acftu.org/news/123.html",
        # a copy's paragraph with the caption of the picture in it run on after its sentence
        "有锂电池行业技术专家告诉本刊，监控录像所显示的使用干粉灭火器的行为，不是对锂电池起火的"
        "规范操作，应该用大量水对电池降温。韩国电池工厂发生火灾后被烧毁的外观（视觉中国）",
    ],
)
def test_lines_of_a_text_are_no_widgets(line: str) -> None:
    assert not is_widget(line)


@pytest.mark.parametrize(
    ("line", "prompt"),
    [
        ("点击上方蓝字关注我们", True),
        ("长按识别二维码", True),
        ("阅读原文", True),
        ("预览时标签不可点", True),
        ("- END -", True),
        ("全文完", True),
        ("欢迎关注本公众号", True),
        ("点击下方阅读原文，了解更多详情。", False),  # a sentence
        ("职工群众要关注自身权益保障问题", False),
        ("Weixin ID RD-jcy", True),  # a WeChat account's card, as a saved article shows it
        ("About Feature 服务如东人民", True),
        ("Scan to Follow", True),
        ("点击关注👉 柏举居士", True),
        ("防失联 加备号 → →", True),
        ("防失联，请关注木田君的另一个家：木田君的镐头（mutianpickaxe）", True),  # its spare
        ("为防失联，工会建立了困难职工联系档案，每月走访一次。", False),
        ("关注", True),  # the button alone
        ("关注职工", False),
        ("扶贫医生双城生活 00:00 04:06", True),  # an audio player: its title, clock, length
        ("您当前使用的浏览器版本过低，导致网站不能正常访问，建议升级浏览器", True),
        (">>加入苹果日报粉丝团94即时94狂！", True),  # a news site's appeals under its text
        ("下载「苹果新闻网APP」", True),
        ("欢迎加入工会", False),
        ("滑动查看更多", True),  # a gallery's prompt, set as a bold line between pictures
        ("← 左右滑动查看图片 →", True),
        ("滑动查看更多的职工故事请关注本报专题。", False),
    ],
)
def test_subscription_prompts(line: str, prompt: bool) -> None:
    assert is_subscription(line) is prompt


@pytest.mark.parametrize(
    "line",
    [
        "图为律师志愿者为职工解答法律问题",
        "9月5日，全市职工技能大赛开幕。（刘通摄）",
        "比赛现场（新华社记者 张三 摄）",
        "选手在比赛中。 王立新/摄",
        # who gave the photo, alone or after its caption
        "今年五一游行照片。工党提供",
        "海丽邨清洁工友罢工，抗议外判商拖欠遣散费。照片由工党提供",
        "1925年的省港大罢工。网络照片",
        "资料照片",
        "香港电台照片",
        "职工盟Facebook照片",
        "照片来源：新公务员工会Facebook",
        "故宫博物院供图",
        "△坦帕市市长简·卡斯特",  # a caption marked as CCTV's pages mark them
        "▲点击认识不一样的她",  # WeChat's prompt
        "▲ 河北某中学军训，磨砺学生吃苦耐劳的意志和品质。图 / 视觉中国",
        "↑农民工携带钻机被拦下",  # marked with an arrow
        "视频截图",
        "刘冉阳 摄",
        "深圳的城中村（来源：视觉中国）",
        "韩民主劳总成员手举标语举行集会（图源：韩联社）",
        "汝州市妇幼保健院 资料图",
        "众新闻制图",
        "《苹果日报》图片",
        "黄渭强在自己的画室内 澎湃新闻记者 杨喆 图",
        "左起：郭永健、李卓人、麦德正和吴敏儿。",
        "全台总工会秘书长温宗谕。（中评社 资料照）",  # a file photo's credit in brackets
        # a credit after the caption's sentence
        "蔡振华（左六）与南京体育学院党委领导班子全体成员合影。南京体育学院网站图",
        "医管局员工阵线早前发动医护首次罢工行动，促政府全面封关。EYEPRESS图片",
        "当地时间2023年1月19日，英国伦敦，一辆救护车离开医院。图/视觉中国",
        "_香港建筑工。图/《南华早报》_",
        "◎ 不少人采用激光手段治疗肥胖。/图：锐景视觉",  # a health site's mark and credit
        "电影《百元之恋》截图",
        "共享充电宝。视觉中国资料",
        "大公报本月1日的头条。大公报网页截图",
        "职工盟：「但愿不久将来，香港工人运动能种出更坚实的花果。」郭日朗摄",
        "美国总统拜登就全美汽车工人联合会罢工发表讲话。（视觉中国）",
        "美国司法部关于“二许案”的通告美国司法部关于“二许案”的通告",  # alt text and caption
        "图1  示例流程图",  # a figure's number and title, spaced as Word sets them
        "记者郑清元／摄影",
        "一名62岁女子逃生不及，命丧火窟。 （消防局提供） 中央社记者邱俊钦桃园传真 105年3月19日",
        "中央社记者王飞华摄 105年3月19日",  # CNA's credit, dated
    ],
)
def test_captions(line: str) -> None:
    assert is_caption(line)


@pytest.mark.parametrize(
    "line",
    [
        "图书室建设稳步推进。",
        "试图为职工办实事。",
        "王立新摄影作品展在市工人文化宫开幕。",
        "历史照片",
        "我们一起看照片",
        "经费由市总工会提供",
        "能提供",  # a cell of a table copied from a PDF
        "院校未能提供",
        "市总工会为困难职工提供帮扶。",
        "数据显示，去年全国新增就业1200万人（来源：国家统计局）",  # a sentence
        "见下图",
        "精心绘制蓝图",
        "会议结束。这是一张老照片",  # a sentence about a picture
        "（新华社北京4月30日电）",  # a wire's dateline, not a picture's credit
        "活动取得圆满成功。请看下图",
        "文章结构：共分为六个部分（详见下图）",  # a reference to a figure, in brackets
        "具体流程（如图）",
        "图1显示，收入增长。",  # a sentence about a figure
        "学习摄影",  # a word of photography, no credit
        "如图：流程分为三步。",
        "蓝图：建设职工之家",
        "记者会于2016年3月19日召开",
        "团结奋斗团结奋斗",  # a slogan said twice, too short for a picture's description
        "我们要干到底。我们要干到底。",  # a sentence said twice
        # a passage of sentences a list marks (a speech's excerpts), no picture's caption
        "▲ 在十九世纪时，还没有无线电。资产阶级学得会的东西，我不相信无产阶级就学不会。",
    ],
)
def test_not_captions(line: str) -> None:
    assert not is_caption(line)


@pytest.mark.parametrize(
    "line",
    [
        "请加入成为本刊的月费订户，长期支持我们的工作。",
        "欢迎投稿，投稿邮箱见网站首页",
        "成为我们的付费会员",
    ],
)
def test_appeals(line: str) -> None:
    assert is_appeal(line)


def test_a_long_paragraph_is_no_appeal() -> None:
    text = "各级工会要" + "持续推进会员服务工作，" * 12 + "支持我们的工作。"
    assert not is_appeal(text)


@pytest.mark.parametrize(
    ("line", "url"),
    [
        ("网址：hkcnews.com/aboutus", True),
        ("www.acftu.org", True),
        ("https://www.example.gov.cn/gh/index.html", True),
        ("原文链接：https://mp.weixin.qq.com/s/abc", True),
        ("原文连结：https://news.rthk.hk/rthk/ch/component/k2/1800770-20250417.htm", True),
        ("原始网址：https://news.rthk.hk/rthk/ch/component/k2/1800770-20250417.htm", True),
        ("法规网址：https://law.moj.gov.tw/LawClass/LawAll.aspx?pcode=N0020001", True),
        ("请登录市总工会网站了解详情。", False),
        ("职工之家", False),
    ],
)
def test_url_lines(line: str, url: bool) -> None:
    assert is_url_line(line) is url


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("博客 | 家兴", True),
        ("评论｜时事", True),
        ("工会新闻｜区总工会召开职工代表大会工作推进会", False),
    ],
)
def test_bar_labels(line: str, label: bool) -> None:
    assert is_bar_label(line) is label


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("相关阅读", True),
        ("【推荐阅读】", True),
        ("延伸阅读：", True),
        ("往期回顾", True),
        ("相关阅读材料已发至各单位。", False),
    ],
)
def test_related_labels(line: str, label: bool) -> None:
    assert is_related_label(line) is label


# ---------------------------------------------------------------- in place


def test_widgets_go_wherever_they_stand_each_an_edit() -> None:
    text = (
        "区总工会开展送法进企业活动\n分享到：微信 微博\n近日，区总工会开展送法进企业活动。\n"
        "阅读 356\n律师志愿者为职工解答了问题。\n【打印本页】【关闭窗口】"
    )
    result = remove_boilerplate(numbered(text))
    assert texts(result.lines) == [
        "区总工会开展送法进企业活动",
        "近日，区总工会开展送法进企业活动。",
        "律师志愿者为职工解答了问题。",
    ]
    assert [(e.rule, e.line, e.after) for e in result.edits] == [
        ("boilerplate.widget", 2, ""),
        ("boilerplate.widget", 4, ""),
        ("boilerplate.widget", 6, ""),
    ]


def test_a_related_label_at_the_end_goes_with_the_footer() -> None:
    text = "职工书屋建设取得新进展\n今年以来，全省新建职工书屋三百家。\n相关阅读\n往期推荐"
    result = remove_boilerplate(numbered(text))
    assert texts(result.lines) == texts(numbered(text))[:2]
    assert {e.rule for e in result.edits} == {"boilerplate.footer"}


@pytest.mark.parametrize(
    ("line", "widget"),
    [
        ("网友评论仅供其表达个人看法，并不表明网易立场。", True),
        ("文章内容并不代表新浪网观点。", True),
        ("这并不代表工会的立场改变了，我们要坚持原则，继续为职工争取权益。", False),
        ("【免责声明】本文仅代表作者本人观点，与和讯网无关。请读者仅作参考。", True),
        (
            "“特别声明：以上作品内容为自媒体平台“大风号”用户上传并发布，本平台仅提供信息存储空间服务。",
            True,
        ),
        ("Notice: The content above is uploaded and posted by a user of Dafeng Hao.", True),
        ("他发表特别声明，表示将继续维护职工权益。", False),
        ("【声明】港生活网站并无进行电话推广活动", True),  # a site's word on what it does not do
        ("【声明】我们坚决反对任何打压工会的行为", False),  # a statement of the text's own
    ],
)
def test_a_site_s_disclaimer_of_its_readers_views(line: str, widget: bool) -> None:
    assert is_widget(line) is widget


def test_a_bar_set_one_piece_to_a_line_goes_and_a_word_alone_stays() -> None:
    text = "下载\n打印\n全屏\n【字号：\n加大\n】\n标题\n正文一段。\n打印\n正文二段。"
    result = remove_boilerplate(numbered(text))
    assert texts(result.lines) == ["标题", "正文一段。", "打印", "正文二段。"]


def test_a_related_links_label_and_the_headlines_under_it_go_wherever_they_stand() -> None:
    text = "\n".join(
        [
            "正文一段。",
            "推荐阅读",
            "前安全主管指责推特隐藏重大缺陷",
            "黑客利用推特漏洞",
            "正文二段。",
        ]
    )
    assert texts(remove_boilerplate(numbered(text)).lines) == ["正文一段。", "正文二段。"]


def test_a_labelled_photo_credit_is_a_widget() -> None:
    assert is_widget("照片：手风琴网络照片") and is_widget("拍摄：界面新闻记者")
    assert not is_widget("照片记录了工会七十年的变迁。")


@pytest.mark.parametrize(
    "line",
    [
        "请支持《众新闻》，成为订户",
        "请支持《众新闻》，立即按此订阅成为我们的订户",
        "请加入成为众新闻的月费订户，长期支持我们的工作。所有订户都可以收到我们的「每周时事」通讯。",
        "月费订户 网址：hkcnews.com/aboutus/#subscribe",
    ],
)
def test_a_news_site_s_call_for_subscribers_is_a_widget_a_union_s_for_members_is_not(
    line: str,
) -> None:
    assert is_widget(line)
    assert not is_widget("欢迎加入工会，成为会员")


@pytest.mark.parametrize(
    "line",
    [
        "查看原文",
        "[阅读原文]",
        "点击阅读原文 >>",
        "点此观看原始内容",  # a hackpad's link to the pad it copies
        "43 min read · May 5, 2025",  # a web clipper's reading time
        "5 min read",
        "点击右上角微信好友",
        "请使用浏览器分享功能进行分享",
    ],
)
def test_a_link_to_a_page_s_source_and_a_share_prompt_are_widgets(line: str) -> None:
    assert is_widget(line)


@pytest.mark.parametrize("line", ["查看原文件后发现问题。", "阅读全文的人不多。"])
def test_sentences_about_reading_are_no_widgets(line: str) -> None:
    assert not is_widget(line)


def test_credits_with_only_spaces_name_the_writers() -> None:
    from unionreader.normalise.fields import parse_byline

    assert parse_byline("作者 王之言 高孜然") == "王之言、高孜然"
    assert parse_byline("编辑 周褶褶 ｜排版 魏蔚") is None  # no writer among them
    assert parse_byline("文 王之言") is None  # 文 alone: a sentence may start so
    lines = numbered("正文一段。\n作者 王之言 高孜然\n编辑 周褶褶 ｜排版 魏蔚")
    assert texts(remove_boilerplate(lines).lines) == ["正文一段。", "作者 王之言 高孜然"]


def test_captions_over_their_photos_credits_go_with_them() -> None:
    text = (
        "刘晓峰（中）和技术人员在研究汽车钢产品的质量稳定性。\n本钢集团党委宣传部供图\n"
        "陈帅宇在田间进行水稻机插作业。\n翦英明摄\n"
        "今年是中华全国总工会成立100周年，本报记者采访了一线劳动者。\n"
        "他在车间里忙碌着。\n"  # a paragraph: no credit below it
    )
    assert texts(remove_boilerplate(numbered(text)).lines) == [
        "今年是中华全国总工会成立100周年，本报记者采访了一线劳动者。",
        "他在车间里忙碌着。",
    ]


def test_a_caption_that_opens_the_text_over_its_photographer_goes_with_the_credit() -> None:
    """A picture over an article: its caption (a sentence, under the title only) and the
    photographer's credit (`记者郑清元／摄影`) go; a sentence over a credit lower in the text,
    where nothing says it is a caption, stays."""
    text = (
        "国光免费去宜兰第二天 零星冲突\n无票民众等候补位，国光客运公司人员维持现场排队秩序。\n"
        "记者郑清元／摄影\n国光客运新开三条新路线，今天开放免费试乘第二天，人潮较昨天锐减。\n"
        "他表示将继续改进服务。\n记者郑清元／摄影\n"
    )
    assert texts(remove_boilerplate(numbered(text)).lines) == [
        "国光免费去宜兰第二天 零星冲突",
        "国光客运新开三条新路线，今天开放免费试乘第二天，人潮较昨天锐减。",
        "他表示将继续改进服务。",
    ]


def test_a_news_site_s_notice_of_its_rights_is_a_widget_however_long() -> None:
    notice = (
        "本新闻文字、照片、影片专供苹果《好苹友》壹会员阅览，版权所有，禁止任何媒体、社群网站、"
    )
    assert is_widget(notice + "论坛，在纸本或网路部分引用、改写、转贴，违者必究。")
    assert not is_widget("本文版权所有")


def test_a_control_in_traditional_script_in_a_simplified_text_is_a_control() -> None:
    """A text in Simplified is not converted: a page's `返回首頁` over it is still the page's."""
    assert is_widget("返回首頁") and is_widget("返回首页")
    assert is_widget_piece("列印") and is_widget_piece("關閉")
