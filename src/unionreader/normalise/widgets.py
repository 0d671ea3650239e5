"""Shapes of a web page's widgets: lines a page shows around a text that are never the text.

Each shape is a whole line made only of widget words, so it is removed wherever it stands: share
bars (`分享到：微信 微博 QQ空间`), reading controls (`【字体：大 中 小】`,
`【打印本页】【关闭窗口】`), "now reading" lines (`正在阅读：…`), links to the previous and next
article (`上一篇：…`), counters (`阅读 1.2万`), a subscription's prompts (`点击上方蓝字关注我们`,
`阅读原文`, `- END -`), photo credits (`摄影：张三`) and a repost's disclaimer
(`本文来源于网络，仅供参考`), a Taiwan news site's box of suicide prevention hotlines
(`自杀防治安心专线：0800-788995（24小时）`). A label for related links (`相关阅读`,
`推荐阅读`) opens the page's tail when it stands after the end of the text.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Iterator

from unionreader.chinese import ends_sentence, is_han
from unionreader.markers import leading_marker

logger = logging.getLogger(__name__)

SHARE_SERVICES = (
    "微信朋友圈",
    "新浪微博",
    "腾讯微博",
    "QQ空间",
    "QQ好友",
    "朋友圈",
    "微信",
    "微博",
    "QQ",
    "豆瓣",
    "人人网",
    "开心网",
    "百度贴吧",
    "贴吧",
    "复制链接",
    "复制网址",
    "更多",
    "Facebook",
    "Twitter",
    "LINE",
    "Line",
    "WhatsApp",
    "Telegram",
    "E-mail",
    "Email",
    "分享",
    "一键分享",
    "收藏",
)
CONTROL_WORDS = (
    "打印本页",
    "打印此页",
    "打印文章",
    "我要打印",
    "打印",
    "关闭窗口",
    "关闭本页",
    "关闭",
    "收藏本页",
    "加入收藏",
    "收藏",
    "纠错",
    "我要纠错",
    "留言",
    "我要留言",
    "论坛",
    "网摘",
    "手机点评",
    "返回顶部",
    "回到顶部",
    "返回列表",
    "返回首页",
    "返回",
    "大",
    "中",
    "小",
    "默认",
    "放大",
    "缩小",
    "字号",
    "字体",
    "打印预览",
    "设为首页",
    "设为主页",
    "收藏本站",
    "回顶端",
    "回顶部",
    "友善列印",
    "列印",
    "加大",
    "减小",
    "还原",
    "全屏",
    "下载",
    "TOP",
    "顶部",
    "分享",
    "推荐",
    "评论",
    "点赞",
    "在看",
    "转发",
    "举报",
    "网民举报",
    "我要评论",
    "我要发表评论",
    "发表评论",
    "推荐朋友",
    "推荐给朋友",
    "打印本稿",
)
_SPLIT = re.compile(r"[\s|｜/·•、,，]+")
_RULES = "-—–_=~·• "
"""What a page sets a label between as a rule: `—分享—`."""
_SHARE_LABEL = re.compile(r"^(?:分享(?:到|至)?|一键分享|share(?: to)?)\s*[:：]?\s*", re.I)
SIZE_WORDS = r"[大中小默认\s]|放大|缩小|标准|预设|最[大小]字型"
"""The words of a page's control of its type's size (`字号：默认 小 大`, Taiwan's `字級：最小字型
預設 最大字型`), as a line alone and run on after a line's text (`boilerplate`) both read them."""
_FONT = re.compile(
    r"^[【\[]?\s*(?:字号|字体|文字|字级)\s*[:：]?\s*[【\[]?\s*"
    rf"(?:大\s*中\s*小|(?:{SIZE_WORDS}|加大|减小|还原|正常)+)"
    r"\s*[】\]]?"
)
_BRACKETED = re.compile(r"[【\[]([^】\]]{1,8})[】\]]")
_NOW_READING = re.compile(r"^(?:正在阅读|您正在阅读|当前阅读|正在浏览|您正在浏览|当前文章)\s*[:：]")
_NEIGHBOUR = re.compile(r"^(?:上一篇|下一篇|上一条|下一条|上一页|下一页)\s*[:：]")
HALF = re.compile(r"^(?:上篇|下篇)\s*[:：]")
"""A link to the article before or after (`上篇：…`), or a book's half over its chapters
(`下篇：毛泽东与延安整风运动` over `第六章 …`): `boilerplate` tells them apart by the line below."""
_COUNTER = re.compile(
    r"^(?:(?:阅读|浏览|点击|阅读量|浏览量|阅读数|点赞|在看|评论|收藏|转发|分享)\s*[:：]?\s*"
    r"[\d.,]+\s*[万千kKwW]?\+?\s*次?\s*)+$"
    r"|^(?:阅读|浏览|点击|阅读量|浏览量|阅读数|浏览次数|点击数|点击量)\s*[:：]$"
)
"""A counter (`阅读 1.2万`), or its label left without the number a script showed (`阅读量：`)."""
_SUBSCRIBE = re.compile(
    r"^(?:[点长扫欢]\S{0,8})?(?:关注|订阅|置顶|星标)(?:我们|本号|公众号|本公众号)[!！~]*$"
)
_SUBSCRIPTION_WORDS = re.compile(
    r"蓝字|公众号(?:二维码|名片)|^(?:点击|轻触)?阅读原文$|预览时标签不可点|继续滑动看下一个|"
    r"^[<＜←👈]*\s*(?:左右|向左|向右|左)?滑动查看(?:更多|下一张|全部|图片|全文)?\s*[>＞→👉]*$|"
    r"^(?:Like the Author|Read more|喜欢作者|Scan to Follow|Got It)$|"  # WeChat's, in English too
    r"^取消\s*允许$|^知道了$|^[×✕]\s*分析$|点个\s*[“\"]?(?:在看|赞)|"
    r"向上滑动看下一个|喜欢此内容的人还喜欢|长按(?:识别)?二维码|^微信扫一扫|扫码关注|扫描二维码关注|"
    r"(?:支持|成为|加入|订阅)\S{0,12}(?:订户|付费用户|付费会员)|"  # 请支持《众新闻》，成为订户
    r"扫一扫在手机|防失联|加备用?号|^关注$|^(?:点击|点|长按)?关注\s*[👉→>]|"
    r"加入\S{0,12}粉丝团|^下载\s*[「“《]?\S{0,12}(?:APP|App|客户端)[」”》]?$|"
    r"^(?!个人|我的)[\u4e00-\u9fff]{2,10}(?:微信公众号|微信|官方微博|微博|视频号|抖音号)$|"
    r"戳右上角|点\s*[【\[「“]\s*在看\s*[】\]」”]|点击菜单栏|"  # an account's calls to act
    r"^(?:\d{1,2}\s*[、.．]\s*)?回复\s*[【\[「“][^】\]」”]{1,12}[】\]」”]\s*(?:查看|获取|即可|了解)|"
    r"^如果(?:喜欢|觉得\S{0,6}(?:好|不错))[^。]{0,12}(?:分享|点赞|在看|转发)"
)
_WECHAT_CLOSE = re.compile(
    r"[“\"]?点赞[”\"]?\s*[和、与]?\s*[“\"]?在看|点赞[^。]{0,4}在看|点击跳转"
    r"|转载[^。，]{0,8}[，,]?\s*(?:文末|文首|请|需|务必)[^。]{0,6}注明"
    r"|^防失联[，,：:]?\s*(?:请|记得|欢迎)?(?:关注|添加|加)"
)
"""A WeChat article's closing prompts, sentences and all (`全文完，多谢大家阅读，如果喜欢。请点赞和
“在看”吧`, `“点赞”“在看”，让更多人看到`, `如果转载本文，文末务必注明：…`, `…点击跳转：…`,
`防失联，请关注木田君的另一个家：…`, an account's spare one named), in a line of at most
`REPOST_LENGTH`."""
REPOST_LENGTH = 60
_APP_PROMPT = re.compile(r"欢迎下载\S{0,12}(?:APP|App|客户端)")
"""A site's prompt to download its app, longer than a subscription's (up to `PROMPT_LENGTH`, no
full stop): `还想看更多新闻吗？欢迎下载自由时报APP，现在看新闻还能抽奖…`."""
PROMPT_LENGTH = 100
_WECHAT_UI = re.compile(
    r"^(?:Weixin ID\s+\S+|About Feature\b.*|Scan to Follow|Scan with Weixin to\b.*"
    r"|Scan QR Code via Weixin\b.*|微信号\s*[A-Za-z][\w-]{3,}|功能介绍\s*\S.*)$"
)
"""A WeChat account's card as a saved article shows it, in English or Chinese (`Weixin ID
RD-jcy`, `About Feature 服务如东人民`, `Scan to Follow`, `功能介绍 …`)."""
_PLAYER = re.compile(r"^\S.{0,40}?\s+\d{1,2}:\d{2}\s+\d{1,2}:\d{2}$")
"""An audio or video player's title with its clock and length (`扶贫医生双城生活 00:00 04:06`)."""
_OLD_BROWSER = re.compile(r"浏览器版本过低|(?:建议|请)升级(?:您的)?浏览器")
"""A page's warning to a reader whose browser it does not serve, however long its line."""
_HOTLINE = re.compile(
    r"^[★☆※◎●]?\s*(?:\S{0,12}关心(?:您|你)\s*[：:]?\s*)?再给自己一次机会[。！!]?$"
    r"|^(?:自杀|安心|生命线|张老师|卫福部)\S{0,10}专线(?:电话)?\s*[：:]\s*[\d\-－ ]{3,}"
    r"(?:[（(][^（）()]{1,8}[）)])?$"
    r"|^生命线\s*[：:]\s*1995$"
    r"|^[★☆※◎●]?\s*(?:《[^《》]{1,8}》|\S{0,10}(?:报|网|新闻|电子报))关心(?:您|你)$"
    r"|^自杀解决不了问题.{0,30}珍惜生命[。！!]?$"
    rf"|^(?=.{{0,{PROMPT_LENGTH}}}$)[^。]*?(?:安心专线|生命线\S{{0,4}}专线)\s*[：:]\s*[\d\-－]{{3,}}[^。]*$"
)
"""The box of suicide prevention hotlines a Taiwan news site must set under a report of a
suicide (`★中时电子报关心您：再给自己一次机会`, `自杀防治安心专线：0800-788995（24小时）`,
`生命线协谈专线：1995`, `张老师专线：1980`, `《苹果》关心你` over `自杀解决不了问题，…请珍惜
生命。`), or the box on one line, of at most `PROMPT_LENGTH` and no full stop (`●《ETNEWS新闻云》
提醒您，请给自己机会：自杀防治咨询安心专线：0800-788995；生命线协谈专线：1995`)."""
_WECHAT_BAR = re.compile(r"轻点两下取消(?:赞|在看)")
"""The bar under a WeChat article, however long its line: `视频 小程序 赞，轻点两下取消赞 …`."""
_END = re.compile(
    r"^[-—–_=·•\s]*(?:END|end|End|完|全文完)[-—–_=·•\s]*$|^[（(【\[]\s*(?:完|全文完)\s*[）)】\]]$"
)
_PHOTO_CREDIT = re.compile(
    r"^(?:◎\s*)?[（(]?(?:摄影|拍摄|图片来源|图片|照片|相片|图|视频|制图|设计|海报|题图|头图|封面图)\s*[:：/|｜]\s*"
    r"\S.{0,23}[)）]?$"
)
_DISCLAIMER = re.compile(
    r"^(?:本文|文章|以上|以上内容|本站文章)?(?:来源于|来自|转自|摘自|整理自)(?:网络|互联网)"
    r"|如有侵权[，,]?请(?:联系|告知)|仅供其表达个人看法"
    r"|并不(?:表明|代表)(?:本网|本站|本报|本刊|[^。，的]{1,6}(?:网|站))(?:的)?(?:立场|观点)"
    r"|^本文[^。]{0,12}(?:编译|转载|原创)[^。]{0,6}[，,]\s*不代表[^。]{1,12}(?:立场|观点)"
    r"|(?:评论|留言)仅代表(?:个人|网友)(?:看法|观点)|^留言要注意语言文明"
    r"|下载文档前请自行甄别|仅部分预览.{0,4}的文档|如文档侵犯您的权益"  # a document site's terms
    r"|仅代表作者(?:本人|个人)?(?:观点|立场)|(?:本|该)平台仅提供信息存储空间服务"
    r"|^[^。，]{0,8}(?:自动)?备份[，,]\s*仅供(?:查阅|学习|参考|研究)"  # 小懒自动备份，仅供查阅学习
    r"|^(?:本文|文章)?观点仅代表作者(?:本人|个人)?[，,]\s*不代表[^。，]{1,12}立场"  # a portal's
    r"|^投资有风险[，,]\s*入市[需须]谨慎|仅供参考[，,]?\s*(?:勿|请勿|不)(?:作为|构成)投资"  # terms
)
_NOTICE = re.compile(
    r"^[“\"]?(?:[【\[]?(?:免责声明|特别声明)[】\]：:]|Notice: The content above)"
    r"|^本(?:新闻|文|报导|报道)[^。]{0,30}版权所有[，,]\s*(?:禁止|未经)"  # …版权所有，禁止…
    r"|^[*＊]?本文(?:为|系)[「“《]?[^，。,\s」”》]{2,16}[」”》]?(?:独家|原创)(?:稿件|内容|文章)[。.]?$"
    r"|^本文为原创内容[，,]\s*版权归"  # 本文为原创内容，版权归「三联生活周刊」所有。…严禁复制…
    r"|^(?:本网站|本站|本网)使用\S{0,12}(?:[Cc]ookies?|技术)[^。]{0,40}(?:隐私|体验)"  # consent
    r"|当您(?:关闭|继续使用|继续浏览)\S{0,10}(?:即|代表|表示)您?同意\S{0,12}(?:规范|政策|条款|使用)"
    r"|^[【\[](?:声明|公告|提示|通告)[】\]]\s*\S{0,12}(?:网站|本站|本网|app|APP|App)(?:并无|并未|没有|不会)"
    # a converter's trial mark, which it prints on every page (`WORD批量转PDF工具-未注册
    # 注册码购买联系QQ:…`, `Evaluation Warning: The document was created with Spire.Doc`)
    r"|^.{0,12}?(?:转\s*PDF|PDF\s*转)\S{0,8}工具\s*[-－—]?\s*未注册|^Evaluation (?:Warning|Only)\b"
    r"|^.{0,60}?[Cc]reated with (?:an )?[Ee]valuation (?:copy|version)"
)
"""A platform's notice on what it carries, however long (`免责声明：…`, a site's word on what it
does not do: `【声明】港生活网站并无进行电话推广活动`, `特别声明：以上作品内容…
为…“大风号”用户上传并发布…`, and its English), or on its rights over the text (`本新闻文字、照片、
影片专供…阅览，版权所有，禁止任何媒体…引用`), or a site's notice that asks consent to its
cookies (`本网站使用相关技术提供更好的阅读体验，同时尊重使用者隐私，…当您关闭此视窗，代表您同意上述
规范。`)."""
_CREDIT = (
    r"(?:(?:(?:照片|图片)由)?[^\s。，！？：:由]{2,12}(?<![能可未不将会已要并])(?:提供|供图)"
    r"|(?:网络|网上|资料|档案|受访者|受访单位|官方|本报|本网"
    r"|[^\s。，！？：:]{1,10}(?:Facebook|网站|电台|电视台|报社|通讯社))(?:照片|图片))"
)
"""Who gave a photo, alone or after its caption: `工党提供`, `照片由工党提供`, `故宫博物院供图`,
`网络照片`, `香港电台照片`."""
_CAPTION = re.compile(
    r"^图为.{2,80}$|[（(](?![^（）()]*[见如]\S{0,2}图)[^（）()]{0,16}(?:摄|摄影|供图|图片|相片|照片|资料照|图)[）)]$"
    r"|(?:^[（(]?|[。，\s])(?:图片来源|照片来源|图源|图片)[:：]"
    r"|^[（(]?(?:图片|照片|图|视频)(?:来自|源自|来源于|取自)[^。！？]{1,40}[）)]?$"
    r"|(?:^|[。\s（(])(?:(?:本报|新华社|特约)?(?:记者|通讯员)\s?)?[\u4e00-\u9fff]{2,4}\s?/?摄[）)]?$"
    r"|(?:^|[。\s（(])(?:(?:本报|新华社|特约)?(?:记者|通讯员)\s?)?[\u4e00-\u9fff]{2,4}\s?[/／]\s?摄影[）)]?$"
    r"|(?:^|[。\s（(])(?:本报|新华社|特约)?(?:记者|通讯员)\s?[\u4e00-\u9fff]{2,4}\s?摄影[）)]?$"
    r"|^(?:视频|网络|网页|微博|手机|监控)?截图$"
    r"|[\s\u4e00-\u9fff](?:[\u4e00-\u9fff]{0,8}(?:记者|通讯员))\s?[\u4e00-\u9fff]{2,4}\s?/?图$"
    r"|^[^。！？，；]{2,40}[（(](?:图片)?来源[:：][^（）()]{1,16}[）)]$"  # 城中村（来源：视觉中国）
    r"|^(?:左起|右起|从左至右|从左到右|从右至左|左一|右一)[:：，,]"
    r"|[（(]图源[:：]|^[^。！？，；]{0,40}(?:资料图|供图|剧照|示意图|配图|截图|(?:公众号|微博|官网)截?图)$"
    r"|^(?:资料|网传|网络)(?:图片|照片)$|^\S{0,10}(?:新闻|日报|报|网|社|台)》?(?:图片|照片|制图)$"
    r"|^(?:作者|本报|本网|本刊)?制图$|^图\s?[0-9０-９一二三四五六七八九十]{1,3}(?:\s?[:：]|\s+(?=\S))"
    rf"|(?:^|[。！]\s*){_CREDIT}$|^[△▲↑↓]"
    r"|[。！？”）)]\s*_?[^\s。！？，、；：:“”（）()是的了在有这那请看见]{2,16}?"  # …合影。
    r"(?:资料图片|资料照片|网页截图|图片|照片|相片|截图|供图|翻拍|资料图|资料|网站图|影像图|摄|图)_?$"
    r"|[。！？”）)]\s*_?图\s?/\s?[^\s。！？，、；：]{2,12}_?$"  # …医院。图/视觉中国
    r"|[。！？”）)]\s*[/／]\s*图\s?[:：]\s?[^\s。！？，、；]{2,16}$"  # …超重。/图：123rf
    r"|(?:中央社|本报|本社)?记者\s?[\u4e00-\u9fff]{2,4}[\u4e00-\u9fff]{0,4}?(?:传真|摄)\s*"
    r"\d{2,4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$"  # 中央社记者邱俊钦桃园传真 105年3月19日
    r"|[（(](?:视觉中国|图虫创意|东方IC|IC ?photo|Getty Images|CFP|人民视觉)"
    r"(?:供图|资料图?|图片)?[）)]_?$"  # …发表讲话。（视觉中国）: a picture agency's credit
)
"""A caption or credit: `图为…`, `（刘通摄）`, `刘冉阳 摄`, `…拖欠遣散费。照片由工党提供`,
`资料照片`, `（中评社 资料照）`, `香港电台照片`, `故宫博物院供图`, `图片来自…的小红书账号`,
`视频截图`, `资料图`,
`众新闻制图`, `…举行集会（图源：韩联社）`, a credit after the caption's sentence (`…合影。
南京体育学院网站图`, `…。美联社资料图片`, `…医院。图/视觉中国`, `…属于超重。/图：123rf`,
`…讲话。（视觉中国）`), a caption
marked `△`, `▲` or an arrow (as CCTV's
pages and WeChat's posts mark them, `↑农民工携带钻机被拦下`; WeChat's prompts too:
`▲点击认识不一样的她`)."""
_APPEAL = re.compile(
    r"(?:加入|成为|订阅|支持|赞助).{0,16}(?:订户|会员|赞助人|付费用户)|长期支持我们|支持我们的工作"
    r"|订户网址|欢迎订阅|欢迎投稿|投稿邮箱|不设稿酬|稿件请|来稿请"
)
_URL_LINE = re.compile(
    r"^\S{0,12}?\s*(?:网址|链接|网站|地址|网页)?\s*[:：]?\s*(?:https?://|www\.)?"
    r"[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?:[/#?]\S*)?$"
)
_BAR_LABEL = re.compile(r"^[^|｜\s]{1,8}\s*[|｜]\s*[^|｜]{1,12}$")
_RELATED_LABEL = (
    r"^[—\-－=·•▼▎👉👇▶►➤ \u3000]*[【\[]?"
    r"(?:相关阅读|推荐阅读|优品推荐|好物推荐|好文推荐|往期精选|往期精彩|相关新闻|相关链接|相关文章|延伸阅读|往期回顾|往期推荐|热点推荐|精彩推荐|相关推荐"
    r"|猜你喜欢|更多阅读|热门文章|最新文章|精彩阅读|相关附件|相关报道|相关稿件|原文链接|大家都在看"
    r"|相关热词搜索|相关热词|热词搜索|相关搜索|相关专题|相关评论|[\u4e00-\u9fff]{0,10}其他文章)[】\]]?\s*"
)
RELATED = re.compile(rf"{_RELATED_LABEL}(?:[:：]|>>|》》|»)?[—\-－=·•▼ \u3000]*$")
"""A related-links label alone on its line, perhaps set between rules (`— 往期回顾 —`)."""
RELATED_LINK = re.compile(
    rf"(?!延伸阅读){_RELATED_LABEL}(?:[:：]|>>|》》|»|(?<=[】\]]))\s*(?P<headline>[^。！？]{{4,60}})$"
)
"""A related-links label with the one headline it links on the same line (`相关新闻：
港漂开店卖家乡美食：在港创业有规矩，大陆要靠关系`), set between a text's paragraphs (not
`延伸阅读：`, under which a column names the book it reviews)."""
APPEAL_LENGTH = 120
"""A site's appeal to its readers is at most this long."""

SUBSCRIBE_LENGTH = 30
"""A subscription prompt is a short line."""

CAPTION_LENGTH = 100
"""A photo's caption is at most this long."""

DISCLAIMER_LENGTH = 100
"""So is a repost's disclaimer (本文来源于网络，仅供参考学习。)."""


def is_share_bar(text: str) -> bool:
    """`分享到：微信 微博 QQ空间`, `微信 | 微博`, `分享到：`, `—分享—`."""
    stripped = text.strip().strip(_RULES)
    rest = _SHARE_LABEL.sub("", stripped)
    tokens = _pieces(rest)
    first = next(tokens, None)
    if first is None:
        return rest != stripped  # a bare `分享到：`
    if first not in SHARE_SERVICES:
        return False  # (most lines: a sentence is looked at no further)
    others = list(tokens)
    services = all(token in SHARE_SERVICES for token in others)
    return services and (rest != stripped or len(others) >= 1)


def is_control_bar(text: str) -> bool:
    """`【字体：大 中 小】【打印本页】【关闭窗口】`, `打印本页 关闭窗口`."""
    stripped = _FONT.sub("", text.strip()).strip()
    if not stripped:
        return True
    bracketed = _BRACKETED.findall(stripped)
    if bracketed and not _BRACKETED.sub("", stripped).strip():
        return all(_control(word) for word in bracketed)
    tokens = _pieces(stripped)
    first, second = next(tokens, None), next(tokens, None)
    if first is None:
        return False
    if second is None:
        return bool(_CONTROLS.fullmatch(first))  # 设为主页收藏本页
    return _control(first) and _control(second) and all(_control(token) for token in tokens)


def _pieces(text: str) -> Iterator[str]:
    """The pieces of `text` between separators (`_SPLIT`), one by one: a rule that turns a line
    away at its first piece does not cut the rest of it."""
    done = 0
    for gap in _SPLIT.finditer(text):
        if gap.start() > done:
            yield text[done : gap.start()]
        done = gap.end()
    if done < len(text):
        yield text[done:]


def _control(word: str) -> bool:
    stripped = word.strip()
    return stripped in _control_words() or bool(
        _FONT.fullmatch(stripped) or _CONTROLS.fullmatch(stripped)
    )


@functools.cache
def _control_words() -> frozenset[str]:
    """The control words, and as a page in Traditional script writes them."""
    return frozenset(CONTROL_WORDS) | _traditional_controls()


@functools.cache
def _traditional_controls() -> frozenset[str]:
    """The controls as a page in Traditional script writes them (`返回首頁`, `列印`), where a
    text otherwise in Simplified is not converted: the edition's conversion, which a build
    loads anyway, of each."""
    from unionreader.edition.script import to_traditional_all  # the tables, when first asked

    words = [*CONTROL_WORDS, *ALONE_CONTROLS]
    return frozenset(to_traditional_all(words)) - frozenset(words)


_CONTROLS = re.compile(
    "(?:"
    + "|".join(sorted((w for w in CONTROL_WORDS if len(w) > 1), key=len, reverse=True))
    + "){2,}"
)
"""Control words run together with nothing between them: `设为主页收藏本页`, `打印本页关闭窗口`."""


_PIECE = re.compile(r"^(?:[【\[]?\s*(?:字号|字体|文字|字级设定|友善列印)\s*[:：]?|[【\[]|[】\]])$")
"""A piece of a control bar set on a line of its own: `【字号：`, `】` (a bare `分享：` or
`阅读量：` is a widget whole, `is_widget`, and counts as a piece where one is looked for)."""


def is_widget_piece(text: str) -> bool:
    """Whether `text` is one piece of a page's control or share bar (`打印`, `全屏`, `【字号：`,
    `加大`, `】`, `微信`): a page copied as text sets each on a line of its own. Alone such a
    word may be text; a run of them is the bar (`boilerplate`)."""
    stripped = text.strip()
    if len(stripped) > PIECE_LENGTH:
        return False
    return _control(stripped) or stripped in SHARE_SERVICES or bool(_PIECE.match(stripped))


PIECE_LENGTH = 12
"""A piece of a bar is at most this long."""


def is_subscription(text: str) -> bool:
    """A subscription's prompt or end mark (`点击上方蓝字关注我们`, `阅读原文`, `- END -`)."""
    stripped = text.strip()
    if _END.match(stripped) or _WECHAT_BAR.search(stripped) or _WECHAT_UI.match(stripped):
        return True
    if _PLAYER.match(stripped) or _OLD_BROWSER.search(stripped):
        return True
    if SUBSCRIBER in stripped and (is_appeal(stripped) or is_url_line(stripped)):
        return True  # a news site's appeal for subscribers and its address, wherever they stand
    if len(stripped) <= REPOST_LENGTH and _WECHAT_CLOSE.search(stripped):
        return True
    if "。" in stripped:
        return False
    if len(stripped) <= PROMPT_LENGTH and _APP_PROMPT.search(stripped):
        return True
    short = len(stripped) <= SUBSCRIBE_LENGTH
    return short and bool(_SUBSCRIBE.match(stripped) or _SUBSCRIPTION_WORDS.search(stripped))


SUBSCRIBER = "订户"
"""A news site's paying reader: a site's appeal names one (a union's for members is the text's)."""


_ROLE_ALONE = re.compile(r"^(?:[^。]{0,60}[。\s])?[\u4e00-\u9fff]{0,8}?(?:摄影记者|记者|通讯员)$")


def credits_photographer(text: str, below: str) -> bool:
    """Whether `text` is the first half of a photographer's credit set on two lines: a role
    with no name (`中新社记者`, or after the caption: `等待工作的老傅。潮新闻记者`) over the name
    and 摄 (`朱高祥 摄`)."""
    return bool(_ROLE_ALONE.match(text.strip())) and is_caption(below) and "摄" in below


_PHOTO_CREDIT_ALONE = re.compile(
    r"^(?:[\u4e00-\u9fff]{2,16}\s?(?:供图|摄)|(?:资料|网络)(?:图片|照片)"
    r"|[\u4e00-\u9fff]{2,16}\s?[/／]\s?摄影|(?:记者|通讯员)\s?[\u4e00-\u9fff]{2,12}\s?摄影)$"
)
"""A photo's credit alone on its line, with no caption before it (`本钢集团党委宣传部供图`,
`翦英明摄`, `记者郑清元／摄影`)."""
_IN_PICTURE = re.compile(r"[（(](?:左|右|中|前|后)[一二三四五六七八九\d]?[）)]")
"""Where a person stands in a picture (`刘晓峰（中）`, `江俊（右）`): only a caption says so."""


def captions_credit(text: str, below: str, after_caption: bool, first: bool = False) -> bool:
    """Whether `text` is the caption of a photo whose credit is `below` (`刘晓峰（中）和技术人员
    在研究…。` over `本钢集团党委宣传部供图`): a short line that says where someone stands in
    the picture, or that follows another caption's credit (`after_caption`), or a sentence
    that opens the text (`first`: the picture over an article, `无票民众等候补位，…秩序。` over
    `记者郑清元／摄影`)."""
    stripped = text.strip()
    if len(stripped) > CAPTION_LENGTH or not _PHOTO_CREDIT_ALONE.match(below.strip()):
        return False
    opening = first and ends_sentence(stripped)
    return after_caption or opening or bool(_IN_PICTURE.search(stripped))


def is_caption(text: str) -> bool:
    """A photo's caption or credit, left behind by a photo that is not there (`图为…`,
    `…启动仪式。（刘通摄）`), or its description written twice over, as its alternative text
    and its caption (`美国司法部关于“二许案”的通告美国司法部关于“二许案”的通告`)."""
    stripped = text.strip()
    if _twice_over(stripped):
        return True
    if len(stripped) > CAPTION_LENGTH or not _CAPTION.search(stripped):
        return False
    if _MARKED.match(stripped) and _sentences(stripped) >= 2:
        return False  # ▲ 现代修正主义是…不要革命。老的修正主义者说…: a passage a list marks
    end = max(stripped.rfind(mark) for mark in "。！？")
    after = _CLOSING_CREDIT.sub("", stripped[end + 1 :]).strip()
    credit = bool(_CREDIT_WORD.search(after))  # …质疑。香港电台图片: the caption's own credit
    return end < CAPTION_LEAD or credit or sum(map(is_han, after)) < CAPTION_AFTER


_MARKED = re.compile(r"^[△▲↑↓]")
_SENTENCE_END = re.compile(r"[。！？]+[”」』）)]*")


def _sentences(text: str) -> int:
    """How many sentences `text` holds (each end of one counted once, quotation marks after
    it and all)."""
    return len(_SENTENCE_END.findall(text))


def _twice_over(text: str) -> bool:
    half = len(text) // 2
    return (
        len(text) % 2 == 0
        and TWICE_OVER <= half <= CAPTION_LENGTH
        and text[:half] == text[half:]
        and not ends_sentence(text[:half])
    )


TWICE_OVER = 6
"""A picture's description written twice over is at least this long each time."""
CAPTION_LEAD = 30
CAPTION_AFTER = 6
"""A paragraph of `CAPTION_LEAD` characters or more, a picture's caption run on after its last
sentence (`…应该用大量水对电池降温。韩国电池工厂发生火灾后被烧毁的外观（视觉中国）`: a copy's
paragraph and the caption under the picture in it), is text, not a caption: what follows its
sentence is a caption of `CAPTION_AFTER` characters or more, not only a credit (`…讲话。（视觉
中国）`)."""
_CLOSING_CREDIT = re.compile(r"[（(][^（）()]*[）)]\s*_?$")
_CREDIT_WORD = re.compile(
    r"(?:图片|照片|相片|影像|供图|资料图?|截图|摄影?|图)_?$|^(?:图片|照片|图)?(?:来源|来自|源)[:：]"
    r"|^(?:图|摄影)\s?[/／:：]|(?:传真|摄)\s*\d{2,4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$"
)


ALONE_CONTROLS = (
    "返回顶部", "回到顶部", "回顶端", "回顶部", "返回页首", "打印本页", "关闭窗口", "返回列表",
    "返回列表页", "返回目录", "返回首页", "返回上一页", "返回上级",
)  # fmt: skip
"""The controls that stand alone on a line (`_ALONE` reads them in Simplified script)."""
_ALONE = re.compile(
    rf"^[【\[]?(?:{'|'.join(sorted(ALONE_CONTROLS, key=len, reverse=True))})[】\]]?$"
    r"|^(?:人工智能朗读|智能朗读|语音播报|听新闻|朗读本文|收听本文)\s*[:：]?$"
    r"|^(?:定义|选择|调整|设置)?(?:你|您)?的?(?:浏览)?(?:字号|字级)\s*[:：]?$"
    r"|^\d{1,3}\s*/\s*\d{1,3}$"  # page 1 of 1
    r"|^正文\s*[:：]?$"  # the label over a text, under its contents or summary
    r"|^[【\[]?(?:原文链接|原文连结|原文地址|原文网址)[】\]]?$"  # a link's words, its address gone
    r"|^[【\[]?(?:点击|点此)?(?:查看|阅读|观看)(?:原文|全文|原始内容)[】\]]?\s*[>》→]*$"  # a link
    # to its page
    r"|^\d{1,3}\s*min read(?:\s*[·•|]\s*[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4})?$"  # a reading time
    r"|^点击右上角(?:微信好友|分享)?$|^请使用浏览器(?:的)?分享功能(?:进行分享)?$"  # a share prompt
    r"|^(?:标签|标签云|文章标签|Tags?)\s*[:：]?$"  # a page's tags' label, its tags not copied
    r"|^[\s|:]*-{3,}[\s|:-]*\|[\s|:-]*$"  # a Markdown table's rule in a text: ---|---|
    r"|^(?:下载地址|附件下载|文件下载|全文下载)\s*[:：]?\s*(?:点击(?:此处|这里)?下载)?$"
    r"|^(?=[^=\-_*~—─━＝－＿～＊※]*[=\-_*~—─━＝－＿～＊※])[=\-_*~·•—─━＝－＿～＊※\s]+$"  # a rule
    # drawn with characters (`＊＊＊＊`, a press release's under its headline; a bullet alone on
    # its line may be a menu's: `boilerplate.navigation`)
    r"|^[=\-_~·—─━\s]{2,}[A-Za-z][A-Za-z ]{1,20}[=\-_~·—─━\s]{2,}$"  # --RECOMMEND--
    r"|^[\u2500-\u257f\s]{3,}$"  # a frame drawn round a banner (`┌───────┐`), no table's
    r"|^(?:更多|免费)?[^。！？，\s]{0,10}(?:TXT|txt|电子书|全本小说)[^。！？，\s]{0,6}下载"
    r"(?:请访问|请到|尽在|就到)?[:：]?\s*(?:(?:https?://)?[\w./-]+)?$"  # an e-book site's banner
    r"|^(?:https?://)?www\.[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/?$"  # a site's bare address
)
"""A control that is never text, even alone on its line."""
_PLACEHOLDER = re.compile(r"^[：，。、；\s]{3,}$")
"""A line of punctuation only: what a page's script fills in with words (WeChat's
`：，，，，，。`)."""
_LINK_LINE = re.compile(
    r"^[>\s]*(?:\*\*)?(?:原文链接|原文连结|原文地址|原文网址|原始网址|原始链接|原始连结|原文|阅读原文"
    r"|法规网址)(?:\*\*)?\s*[:：]\s*https?://\S+$"
)
"""A link to where the text was first published: `原文链接：https://mp.weixin.qq.com/…` (and as
Taiwan and Hong Kong write it, `原文連結`, `原始網址`), a law's address in Taiwan's law database
(`法規網址：https://law.moj.gov.tw/…`)."""
_BROWSER = re.compile(
    r"(?:浏览器|browser).{0,30}(?:JavaScript|Javascript|javascript)|(?:键盘|keyboard).{0,12}"
    r"(?:Ctrl|CTRL|ALT|Alt)|^(?:您好|你好)[!！,，]?\s*(?:今天是|欢迎)(?!.*。$)|今天是$|^:::$",
    re.I,
)
"""What a page tells its reader about the page: its scripts, its keys for printing or for the
size of its type, its greeting and the day (`您好！今天是`, a date its script filled in; not a
writer's greeting that ends as a sentence, `你好，欢迎来到我的博客。`), the
mark of its content's start for keyboards (`:::`, on Taiwan's government sites)."""
BROWSER_LENGTH = 120


_STAMPED_HEADLINE = re.compile(
    r"^[^。]{4,80}?[\[［【]\s*(?:\d{4}[-/.])?\d{1,2}[-/.]\d{1,2}\s*[\]］】]$"
)
"""A headline with the day stamped after it in square brackets (`…那些走过的日子——我与我的
母校（2）[08-19]`, `2026工会疗休养第二次报名通知[06-01]`): a link to another article, in a list
a page sets beside or under its text."""


def is_widget(text: str) -> bool:
    """Whether the whole line is a widget of the page (see the module's list). A numbered line
    (a point or heading of the text) never is."""
    stripped = text.strip()
    if leading_marker(stripped) is not None:
        return False
    return bool(
        is_share_bar(stripped)
        or is_control_bar(stripped)
        or _NOW_READING.match(stripped)
        or _NEIGHBOUR.match(stripped)
        or _COUNTER.match(stripped)
        or is_subscription(stripped)
        or _PHOTO_CREDIT.match(stripped)
        or is_caption(stripped)
        or is_disclaimer(stripped)
        or _NOTICE.match(stripped)
        or (len(stripped) <= BROWSER_LENGTH and _BROWSER.search(stripped))
        or _PLACEHOLDER.match(stripped)
        or _ALONE.match(stripped)
        or (len(stripped) <= PIECE_LENGTH and stripped.strip("【】[]") in _traditional_controls())
        or _LINK_LINE.match(stripped)
        or _HOTLINE.match(stripped)
        or _STAMPED_HEADLINE.match(stripped)
    )


def is_disclaimer(text: str) -> bool:
    """A site's disclaimer of what it reposts (`文章观点仅代表作者本人，不代表新浪立场。`,
    `本文来源于网络，仅供参考学习。`)."""
    stripped = text.strip()
    return len(stripped) <= DISCLAIMER_LENGTH and bool(_DISCLAIMER.search(stripped))


def is_appeal(text: str) -> bool:
    """A site's appeal to subscribe (`请加入成为…的月费订户，长期支持我们的工作。`)."""
    return len(text.strip()) <= APPEAL_LENGTH and bool(_APPEAL.search(text))


def is_url_line(text: str) -> bool:
    """A line that is only an address, perhaps labelled (`网址：hkcnews.com/aboutus`)."""
    return bool(_URL_LINE.match(text.strip()))


def is_bar_label(text: str) -> bool:
    """A page's label of two short parts (`博客 | 家兴`, `评论｜时事`)."""
    return bool(_BAR_LABEL.match(text.strip()))


_EARLIER = re.compile(
    r"^[【\[]?(?:[\u4e00-\u9fff]{0,6}?(?:此前报道|往期报道)|[\u4e00-\u9fff]{2,6}?相关报道)"
    r"[】\]]?\s*[:：]?$"
)


def is_earlier_label(text: str) -> bool:
    """`此前报道：`, `红星新闻相关报道：`: a site's label over its earlier reports."""
    return bool(_EARLIER.match(text.strip()))


def is_related_link(text: str) -> bool:
    """`相关报道：香港民族党晚上呈书面申述`: a label and the headline of another article."""
    return bool(RELATED_LINK.match(text.strip()))


_TAIL_WIDGET = re.compile(
    r"^(?:关键词阅读|关键词|关键字|热门标签|标签|相关字词|相关词语|相关标签)\s*[:：]\s*\S.{0,60}$"
    r"|^(?:跟贴热词|热门跟贴|最新跟贴|网友评论|热门评论|最新评论|精彩评论|我要评论|查看评论"
    r"|发表评论|我来说两句)\s*[:：]?$"
    r"|^\d[\d,]*\s*(?:人(?:参与|跟贴|评论)|条(?:评论|跟贴))$"  # 0 人参与
    r"|^[^。]{6,80}?\s*\d{4}[/-]\d{1,2}[/-]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$"
    r"|^(?:感谢|鸣谢|谢谢)\s*[^。，\s]{1,16}\s*(?:录入|打字|扫描|校对|整理|OCR)[。！!]?$"  # typist
)
"""What a page sets under its text and nowhere else: its keywords (`关键词阅读：中国证券业`), its
comments' labels and counters (`跟贴热词：`, `0 人参与`), headlines each dated after it, as a list
of earlier reports prints them (`27省份明确高温津贴标准 多地标准数年未涨（表） 2014/07/24`), and
thanks to who typed the copy in (`感谢 KMTの凯子 录入`)."""


def is_tail_widget(text: str) -> bool:
    """Whether a line under the text's end is a page's (`_TAIL_WIDGET`); only there: a text
    may open with its keywords, or date a heading."""
    return bool(_TAIL_WIDGET.match(text.strip()))


def is_related_label(text: str) -> bool:
    """`相关阅读`, `推荐阅读：`: a label over the page's links to other articles."""
    return bool(RELATED.match(text.strip()))
