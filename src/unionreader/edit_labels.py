"""What each normalisation rule is called on a notes page, and what its edits mean."""

from __future__ import annotations

import logging

logger = logging.getLogger(__name__)

RULE_LABELS: dict[str, tuple[str, str]] = {
    "characters": (
        "不可见字符与兼容字",
        "从网页、PDF 复制带来的零宽空格、软连字符等不可见字符删去；兼容汉字与康熙部首（如“⼯”）"
        "改为通用汉字。",
    ),
    "script": ("繁体转简体", "原文为繁体字，以 OpenCC 转为简体；整行对照。"),
    "boilerplate.page-title": ("网页标题行", "浏览器标题（标题-栏目-网站名）不是正文。"),
    "boilerplate.page-header": ("网页页眉", "网页标题与正文标题之间的栏目名等页面元素。"),
    "boilerplate.navigation": ("导航栏", "网站导航与“当前位置”路径。"),
    "boilerplate.sidebar": ("侧栏名单", "网页侧栏的领导名单，与本文无关。"),
    "boilerplate.credit": ("编辑署名", "网站编辑、责任编辑等署名。"),
    "boilerplate.footer": ("网页页脚", "备案号、版权声明、举报电话、扫码提示、友情链接等。"),
    "boilerplate.contact": ("无关联系信息", "与本文无关的单位邮箱、电话、传真、邮编、地址。"),
    "boilerplate.widget": (
        "网页控件",
        "分享栏、字号与打印按钮、“正在阅读”、上一篇下一篇、阅读数、公众号关注提示、图片署名。",
    ),
    "boilerplate.aggregator": (
        "转载站标记",
        "范文、文库类网站加在标题前后的“第一篇：”“（精选）”等，以及“（附图片1张）”“（组图）”等图片标记。",
    ),
    "pinyin": ("注音", "转载站在汉字后插入的拼音注音，如“發(fā)展”。"),
    "lines.unfold": (
        "丢失的换行",
        "原文换行丢失、各段连成一行，按段落间的空格重新分段（⏎ 为分段处）。",
    ),
    "subtitles.cue": ("字幕时间码", "字幕文件（SRT、WebVTT）中的序号、时间码和文件头。"),
    "printed.jump": ("转版说明", "报纸的转版、接版说明，如“（下转第二版）”“（A、B版）”。"),
    "printed.page-number": ("页码", "从 PDF 或印刷页复制带来的页码行。"),
    "printed.running-head": ("页眉页脚", "每页重复出现、紧挨页码的页眉或页脚行。"),
    "lines.note-mark": (
        "注释编号",
        "被拆成单独几行的注释编号（如 [1]）接回原处，被它断开的句子重新接上。",
    ),
    "lines.quote": (
        "引号归位",
        "引文中间分了段，后引号落在下一段开头；移回它所关闭的引文末尾。",
    ),
    "lines.article": (
        "条文编号",
        "单独成行的条文编号（如“第 1 條”“第一条【立法宗旨】”）接到条文开头；"
        "编号后漏了空格的条文（“第一条为…”，自第一条起逐条相接）补上空格。",
    ),
    "contents": ("目录", "正文前印出的目录；所列各条都是下文的标题，由阅读页自己的目录代替。"),
    "docx.contents": ("目录", "Word 自动生成的目录（目录样式的段落），由阅读页自己的目录代替。"),
    "html.extraction": (
        "网页框架",
        "保存的网页中正文以外的内容（导航、分享、相关链接、页脚等），由正文提取工具去除。",
    ),
    "markdown.front-matter": (
        "文件头信息",
        "Markdown 文件开头的元数据（标题、日期、作者等），移入元数据。",
    ),
    "markdown.image": ("图片", "Markdown 中的图片不是正文，删去。"),
    "markdown.number": ("部分序号", "单独一行的部分序号并入其下的小标题（1 改开前后）。"),
    "markdown.speaker": ("说话人", "单独写成标题的说话人（### 唐凤：）并入其下的发言。"),
    "markdown.link": ("链接地址", "保留链接文字，删去链接地址。"),
    "markdown.tag": (
        "批注标记",
        "协作笔记（如 HackMD）给批注加的署名、时间标记，如“[name=某某]”；批注文字保留。",
    ),
    "markdown.struck": (
        "删除线",
        "作者加了删除线、表示收回的文字（~~…~~），不作正文显示，原文照录于此。",
    ),
    "markdown.html": ("网页代码", "Markdown 中夹带的 HTML 代码；其中的文字保留。"),
    "markdown.caption": (
        "图片说明",
        "Markdown 中图片下的说明文字（figcaption 或图片后的斜体字），随图片删去。",
    ),
    "markdown.rule": ("分隔线", "Markdown 中的分隔线。"),
    "markdown.callout": (
        "提示框标记",
        "笔记软件提示框开头的标记（如 [!note]）和文档网站提示框的标记（如 ::: tip）；"
        "提示框的标题和文字保留。",
    ),
    "markdown.toc": ("目录指令", "让网站生成目录的指令（如 [[toc]]、[TOC]），不是正文。"),
    "markdown.shortcode": (
        "网站代码",
        "网站生成器的短代码（如 {{< video … >}}）和 Pandoc 的属性、分区标记"
        "（如 {.noindent}、:::），不是正文。",
    ),
    "markdown.menu": (
        "网站菜单",
        "存成 Markdown 的网站导航：正文之前或之后一连串只有短链接的列表项，不是正文。",
    ),
    "markdown.fence": (
        "代码围栏",
        "整篇文字外面包着的 ```markdown 代码围栏（转换工具或大模型的输出），"
        "围栏删去，其中的文字照 Markdown 读。",
    ),
    "markdown.empty-item": ("空白待办项", "笔记模板留下的空白待办项（“- [ ]”），不是正文。"),
    "markdown.slug": (
        "文件名标题",
        "笔记模板以文件名（如 labor-standards-act）写成的标题，不是正文的标题。",
    ),
    "characters.entity": (
        "网页字符实体",
        "从网页源码复制带来的字符实体（如 &nbsp;、&ldquo;）改为它们所代表的字符。",
    ),
    "text.record": (
        "抓取记录的字段",
        "爬虫保存文章时在开头写下的字段（title:、url:、time:、source:、content:），读入元数据，不是正文。",
    ),
    "characters.lost": (
        "编码丢失的字符",
        "只剩问号（?）或替换符（�）的行：编码转换时丢失的字符（如另起一行的不换行空格、表情符号），按空行处理。",
    ),
    "characters.markup": (
        "网页标签",
        "从网页源码复制带来的 HTML 标签（如 <table>、<a href=…>、</tr>），浏览器不显示，不是正文。",
    ),
    "characters.decoration": (
        "装饰符号",
        "编号标题或要点前的表情、符号，以及从 Word 复制的符号字体项目符号。",
    ),
    "characters.watermark": (
        "防复制乱码",
        "网站为防止复制而插在段落中的乱码字符串（如 L3.5Iu8!6Ip8.2l），不是正文。",
    ),
    "boilerplate.tags": ("话题标签", "微博等帖子的话题标签（#话题#），不是正文。"),
    "boilerplate.release": (
        "新闻稿标记",
        "新闻稿顶部的“新闻稿”“即时发布”等标记，说明文本是什么，不是标题或正文。",
    ),
    "boilerplate.page": ("版次", "报纸电子版页面顶部的版次（如 02、第2版），不是正文。"),
    "boilerplate.bars": ("空表格线", "网页排版表格留在行尾的空单元格（| ||||）。"),
    "boilerplate.keywords": ("关键词堆砌", "转载页开头堆砌的搜索关键词，不是标题。"),
    "latin": ("英文词", "夹在中文里的英文虚词改为中文。"),
    "punctuation": ("标点全角化", "中文语境中的半角标点改为全角；数字、时间、日期和英文保持原样。"),
    "spacing": ("多余空格", "汉字之间、全角标点之后多余的空格。"),
    "boxes": (
        "制表符表格",
        "用制表符（┌─┬─┐、│）画出的表格改为表格的行：表格线删去，两条横线之间的各行合为一行，"
        "每格文字按列连接。",
    ),
    "blank": (
        "待填空白",
        "表格、合同范本中留给填写日期的空格，改为下划线“＿＿”，以免空格被删后读成“年月日”。",
    ),
    "boilerplate.caption": ("图片说明", "文末电头之后的图片说明与摄影署名，不是正文。"),
    "metadata.kicker": ("引题", "标题上方的栏目或系列名，移入元数据。"),
    "metadata.epigraph": ("题记", "标题上方的引语及其出处，移入元数据，显示为题记。"),
    "metadata.title": ("标题", "标题行移入元数据。"),
    "metadata.letterhead": (
        "信头",
        "标题上方的机构名称、英文名和地址（PDF每页的信头）删除，机构作为作者。",
    ),
    "metadata.subtitle": ("副标题", "标题下方的副标题（如“——在……上的讲话”），移入元数据。"),
    "metadata.note": ("编者按", "正文之前编者的按语或引出全文的导语，单独显示在正文之前。"),
    "metadata.date": ("日期", "标题下方的日期行（如“（2019年8月19日）”），移入元数据。"),
    "metadata.byline": ("署名", "作者署名行移入元数据。"),
    "metadata.dateline": ("日期行", "发布时间行移入元数据。"),
    "metadata.infobox": (
        "信息公开表",
        "政府网站文件上方的索引号、发文机关、成文日期、标题等栏目，邮件的发件人、主题，"
        "论坛帖子的作者、看板、标题、时间，移入元数据。",
    ),
    "metadata.source": (
        "来源",
        "“来源：”行、文末的刊载出处（如“《人民日报》（2020年11月25日 02 版）”）"
        "与电头，移入元数据。",
    ),
    "metadata.author-note": ("作者简介", "文末“（作者为……）”移入元数据。"),
    "metadata.text-note": (
        "关于本文的说明",
        "文末关于本文的说明（如“（本文为作者在……上的发言，有删节）”），移入元数据，显示为按语。",
    ),
    "lines.join": ("断行合并", "段落在句中或词中被硬换行，重新接上（⏎ 为原换行处）。"),
    "lines.split": ("标题与首条分开", "标题与第一条粘在同一行，拆为两行（⏎ 为拆分处）。"),
    "duplicates": ("重复段落", "紧接着重复出现的同一段落只保留一次。"),
    "duplicates.pull-quote": (
        "重复摘引",
        "以引文样式单独摆出、正文中另有原句的句子（“拉引”），只保留正文中的一处。",
    ),
}
"""Rule name → (Chinese label, explanation), in pipeline order (the notes page's order)."""

MOVED = ("metadata.", "markdown.front-matter")
"""Rules whose emptied lines moved into the metadata rather than going."""


def emptied(rule: str) -> str:
    """What an empty `after` means for `rule`'s edits: moved to the metadata, or removed."""
    return "（移入元数据）" if rule.startswith(MOVED) else "（删去）"
