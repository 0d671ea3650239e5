from __future__ import annotations

import pytest
from helpers import normal_text
from markdown_it import MarkdownIt
from paths import FIXTURES, ROOT, SEEDS

from unionreader.catalog import load_catalog
from unionreader.documents import load_document
from unionreader.edit_labels import RULE_LABELS
from unionreader.link.links import NO_LINKS
from unionreader.model import Facts
from unionreader.pages import (
    PAGER_SLOT,
    SiteContext,
    document_page,
    notes_page,
    section_label,
    short,
)
from unionreader.render import environment, render_template
from unionreader.structure import parse_document

TEXT = (
    "同志们：\n开场。\n一、部署工作\n一要抓落实，不折不扣。\n二要强作风。\n同志们，让我们团结奋斗！"
)


def _doc():  # type: ignore[no-untyped-def]
    return parse_document(normal_text(TEXT, Facts(title="在全委会上的讲话")))


def test_untitled_sections_are_named_for_the_reader() -> None:
    doc = _doc()
    assert [section_label(s, i) for i, s in enumerate(doc.sections, 1)] == [
        "开篇",
        "一、部署工作",
        "结束语",
    ]


def test_a_closing_address_over_its_call_is_the_closing_part() -> None:
    """`各位代表！` on a line of its own over the call that closes a report: 结束语, as one line
    of both is (it had been named 第N部分, N counting the subsections too)."""
    text = (
        "一、过去一年工作回顾\n这次会议的主要任务是，总结工作，部署任务。\n"
        "二、今年工作总体要求\n各级工会要认真贯彻落实。\n各位代表！\n"
        "使命重在担当，奋斗创造未来。让我们更加紧密地团结起来，为实现目标而努力奋斗！"
    )
    doc = parse_document(normal_text(text, Facts(title="政府工作报告")))
    labels = [section_label(s, i) for i, s in enumerate(doc.sections, 1)]
    assert labels[-1] == "结束语"


def test_citations_name_title_section_and_point() -> None:
    ctx = SiteContext(None, MarkdownIt())
    view = document_page(ctx, _doc(), NO_LINKS)
    point = view.sections[1].blocks[0]
    assert point.cite == "《在全委会上的讲话》，一、部署工作，一要"
    assert point.marker == "一要" and "".join(r.text for r in point.runs) == "抓落实，不折不扣。"
    assert [e.label for e in view.toc][:3] == ["开篇", "一、部署工作", "抓落实，不折不扣"]
    assert view.page.root == "../../" and view.page.css_href == "../../static/style.css"
    assert view.pager == PAGER_SLOT


def test_a_paragraph_that_holds_inline_points_heads_them_in_the_contents() -> None:
    text = "今年要抓好两件事：一是抓学习，提高本领；二是抓落实，见到实效。"
    doc = parse_document(normal_text(text, Facts(title="讲话")))
    view = document_page(SiteContext(None, MarkdownIt()), doc, NO_LINKS)
    entries = [(e.depth, e.marker, e.href) for e in view.toc]
    assert entries[:4] == [
        (1, None, "#s1"),
        (3, None, "#s1-p1"),
        (4, "一是", "#s1-p1-i1"),
        (4, "二是", "#s1-p1-i2"),
    ]
    pieces = [(r.kind, r.text, r.id) for r in view.sections[0].blocks[0].runs]
    assert pieces == [
        ("text", "今年要抓好两件事：", ""),
        ("point", "一是", "s1-p1-i1"),
        ("text", "抓学习，提高本领；", ""),
        ("end", "", ""),
        ("point", "二是", "s1-p1-i2"),
        ("text", "抓落实，见到实效。", ""),
        ("end", "", ""),
    ]


def test_points_under_a_point_of_another_count_stand_deeper_and_leave_the_contents() -> None:
    """A law's items (（一）…) under its article stand a level deeper (the page sets them in by
    `depth-2`, corpus.json says `depth`); the contents list the articles, not the items."""
    text = (
        "第一章　总则\n第十八条　下列劳动合同无效：\n（一）违反法律、行政法规的劳动合同；\n"
        "（二）采取欺诈、威胁等手段订立的劳动合同。\n无效的劳动合同，从订立的时候起就没有约束力。\n"
        "第十九条　劳动合同应当以书面形式订立。"
    )
    doc = parse_document(normal_text(text, Facts(title="中华人民共和国劳动法")))
    view = document_page(SiteContext(None, MarkdownIt()), doc, NO_LINKS)
    blocks = view.sections[0].blocks
    assert [(b.marker, b.depth) for b in blocks] == [
        ("第十八条　", 1),
        ("（一）", 2),
        ("（二）", 2),
        (None, 1),
        ("第十九条　", 1),
    ]
    assert [e.marker for e in view.toc] == [None, "第十八条", "第十九条"]
    templates = ROOT / "templates"
    html = render_template(environment(templates), templates, "document.html", view).decode()
    assert html.count('class="point depth-2"') == 2 and html.count('class="point"') == 2


def test_short_takes_the_first_clause() -> None:
    assert short("抓落实，不折不扣。再说") == "抓落实，不折不扣"
    assert short("一" * 30, 5) == "一" * 5 + "…"


def test_every_rule_the_seeds_and_fixtures_trigger_has_a_label() -> None:
    rules: set[str] = set()
    for folder in (SEEDS, FIXTURES / "corpus"):
        for seed in load_catalog(folder):
            rules |= {edit.rule for edit in load_document(seed).edits}
    assert len(rules) >= 15
    assert rules <= set(RULE_LABELS)


def test_every_rule_of_the_printed_page_and_line_rules_has_a_label() -> None:
    from unionreader.normalise import articles, characters, notemarks, printed

    named = {characters.RULE, printed.PAGE_RULE, printed.HEAD_RULE, notemarks.RULE, articles.RULE}
    assert named <= set(RULE_LABELS)


def test_notes_group_edits_by_rule_in_pipeline_order() -> None:
    ctx = SiteContext(None, MarkdownIt())
    doc = _doc()
    view = notes_page(ctx, doc)
    assert view.total == len(doc.edits)
    assert view.raw_seed.href == "../../../data/raw/t.txt"


def test_notes_say_whether_an_emptied_line_was_removed_or_moved_to_metadata() -> None:
    ctx = SiteContext(None, MarkdownIt())
    (seed,) = [s for s in load_catalog(SEEDS) if s.name.startswith("003")]
    groups = {g.rule: g for g in notes_page(ctx, load_document(seed)).groups}
    assert groups["metadata.title"].emptied == "（移入元数据）"
    assert groups["boilerplate.footer"].emptied == "（删去）"
    assert list(groups)[:2] == ["boilerplate.page-title", "boilerplate.page-header"]


def _card(number: int, date: str | None):  # type: ignore[no-untyped-def]
    from pathlib import Path

    from unionreader.cards import DocumentCard

    return DocumentCard(
        f"d{number}", Path(f"seeds/d{number}.txt"), f"标题{number}", None, "讲话", None, date,
        None, None, 100, 1, 0, 0, (),
    )  # fmt: skip


def test_a_long_home_page_has_an_index_by_year_leading_to_each_year_s_first_document() -> None:
    from unionreader.pages import YEAR_INDEX, home_pages

    def home_page(ctx: SiteContext, cards: list[object], intro: str):  # type: ignore[no-untyped-def]
        (view,) = home_pages(ctx, cards, intro)  # type: ignore[arg-type]
        return view

    ctx = SiteContext(None, lambda text: text)
    dates = ["2022-03-01"] * 5 + ["2023-01-02", "2023-05-06"] + ["2024-02-02"] * 5 + [None] * 2
    cards = [_card(n, date) for n, date in enumerate(dates)]
    assert len(cards) >= YEAR_INDEX
    view = home_page(ctx, cards, "")
    assert [(y.label, y.count, y.href) for y in view.years] == [
        ("2022", 5, "#y2022"),
        ("2023", 2, "#y2023"),
        ("2024", 5, "#y2024"),
        ("未注日期", 2, "#y-undated"),
    ]
    anchors = [e.anchor for e in view.entries]
    assert [i for i, a in enumerate(anchors) if a] == [0, 5, 7, 12]
    few = home_page(ctx, cards[: YEAR_INDEX - 1], "")
    one_year = home_page(ctx, [_card(n, "2024-01-01") for n in range(20)], "")
    assert few.years == () and one_year.years == ()


def test_a_collection_of_more_than_a_page_is_listed_a_hundred_to_a_page() -> None:
    from unionreader.pages import LISTED, home_pages, list_pages

    ctx = SiteContext(None, lambda text: text)
    dates = ["2021-01-01"] * 150 + ["2022-01-01"] * 60 + ["2023-01-01"] * 30 + [None] * 10
    cards = [_card(n, date) for n, date in enumerate(dates)]
    views = home_pages(ctx, cards, "引言")
    assert LISTED == 100 and list_pages(len(cards)) == len(views) == 3
    assert list_pages(0) == list_pages(1) == 1 and list_pages(100) == 1 and list_pages(101) == 2
    assert [v.page.path for v in views] == ["index.html", "page/2/index.html", "page/3/index.html"]
    assert [len(v.entries) for v in views] == [100, 100, 50]
    assert [v.first for v in views] == [1, 101, 201]
    assert [v.entries[0].title for v in views] == ["标题0", "标题100", "标题200"]
    assert [v.intro_html for v in views] == ["引言", "", ""]  # the home page's alone
    assert {v.total for v in views} == {250} and {v.count for v in views} == {3}
    # each year leads to the page its first document is on, from every page
    assert [y.href for y in views[0].years] == ["#y2021", "page/2/#y2022", "page/3/#y2023",
                                                "page/3/#y-undated"]  # fmt: skip
    assert [y.href for y in views[1].years] == ["../../#y2021", "#y2022", "../3/#y2023",
                                                "../3/#y-undated"]  # fmt: skip
    assert [y.href for y in views[2].years][:2] == ["../../#y2021", "../2/#y2022"]
    anchors = {e.anchor: (v.number, e.title) for v in views for e in v.entries if e.anchor}
    assert anchors == {"y2021": (1, "标题0"), "y2022": (2, "标题150"), "y2023": (3, "标题210"),
                       "y-undated": (3, "标题240")}  # fmt: skip
    assert (views[0].previous, views[0].next) == (None, "page/2/")
    assert (views[1].previous, views[1].next) == ("../../", "../3/")
    assert (views[2].previous, views[2].next) == ("../2/", None)
    assert views[1].page.title == "文献（第 2 页）" and views[0].page.title == "工会文献读本"
    assert [link.label for link in views[1].page.breadcrumbs] == ["首页"]
    assert [e.href for e in views[1].entries][:1] == ["../../d/d100/"]


def test_the_list_of_pages_shows_the_ends_and_the_pages_around_the_current_one() -> None:
    from unionreader.pages import LISTED, home_pages

    ctx = SiteContext(None, lambda text: text)
    cards = [_card(n, "2024-01-01") for n in range(LISTED * 12)]
    views = home_pages(ctx, cards, "")

    def shown(number: int) -> str:
        links = views[number - 1].pages
        assert [link.current for link in links].count(True) == 1
        return " ".join(f"[{p.label}]" if p.current else p.label for p in links)

    assert shown(1) == "[1] 2 3 … 12"
    assert shown(5) == "1 … 3 4 [5] 6 7 … 12"
    assert shown(4) == "1 2 3 [4] 5 6 … 12"
    assert shown(12) == "1 … 10 11 [12]"
    assert [p.href for p in views[4].pages][:3] == ["../../", None, "../3/"]
    assert home_pages(ctx, cards[:LISTED], "")[0].pages == ()  # one page: no list of pages


def test_the_collection_s_pages_after_the_first_are_below_page() -> None:
    from unionreader import urls

    assert urls.list_path(1) == urls.HOME
    assert urls.list_path(2) == "page/2/index.html"
    assert urls.relative(urls.list_path(12), urls.list_path(3)) == "../3/"
    assert "page" not in urls.top_folders()  # no/such/page/ is no page of the site's
    with pytest.raises(ValueError, match="no page 0"):
        urls.list_path(0)
