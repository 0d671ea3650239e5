"""What a format states (front matter, a page's or a Word file's properties), made canonical."""

from __future__ import annotations

import pytest

from unionreader.model import Kind, SeedMeta
from unionreader.normalise.stated import Stated, canonical, person


def test_a_plain_title_and_a_person_pass_through() -> None:
    meta = SeedMeta(title="在全市工会工作会议上的讲话", author="王晓东", date="2024-01-18")
    assert canonical(meta, traditional=False) == Stated(meta)


def test_the_title_is_taken_apart_like_a_title_line() -> None:
    stated = canonical(SeedMeta(title="【职工盟解散】工会何去何从"), traditional=False)
    assert stated == Stated(SeedMeta(title="工会何去何从"), kicker="职工盟解散")


def test_an_author_before_the_title_becomes_the_author() -> None:
    stated = canonical(SeedMeta(title="王文：职工就业的持久战"), traditional=False)
    assert (stated.meta.title, stated.meta.author) == ("职工就业的持久战", "王文")


def test_the_stated_author_wins_over_one_in_the_title() -> None:
    stated = canonical(SeedMeta(title="王文：职工就业的持久战", author="李四"), traditional=False)
    assert stated.meta.author == "李四"


def test_a_bracketed_title_with_a_subtitle() -> None:
    stated = canonical(SeedMeta(title="【坚定信心 真抓实干】——全区工会工作综述"), False)
    assert stated == Stated(
        SeedMeta(title="坚定信心 真抓实干"), kicker=None, subtitle="全区工会工作综述"
    )


@pytest.mark.parametrize(
    ("author", "expected"),
    [
        ("刘晓梅", "刘晓梅"),
        ("记者郑启智", "郑启智"),
        ("本报记者 王小明", "王小明"),
        ("作者：张三", "张三"),
        ("文彦", "文彦"),  # 文 a surname, not the writer's label
        ("文｜辛辛", "辛辛"),
        ("张三、李四", "张三、李四"),
        ("张三，李四", "张三、李四"),
        ("本报评论员", "本报评论员"),
        ("特约转载", None),
        ("众新闻记者", None),
        ("某某市总工会", None),
        ("Administrator", None),
        ("张三、某某市总工会", None),  # one part that is no person: the field is no byline
    ],
)
def test_an_author_field_is_kept_only_when_it_names_people(
    author: str, expected: str | None
) -> None:
    assert person(author) == expected


def test_traditional_metadata_is_converted_with_the_text() -> None:
    meta = SeedMeta(
        title="【職工盟解散】工會何去何從",
        author="記者鄭啟智",
        place="香港",
        source="眾新聞",
        description="職工盟宣佈解散。",
        kind=Kind.ARTICLE,
        date="2021-10-03",
    )
    stated = canonical(meta, traditional=True)
    assert stated == Stated(
        SeedMeta(
            title="工会何去何从",
            author="郑启智",
            place="香港",
            source="众新闻",
            description="职工盟宣布解散。",
            kind=Kind.ARTICLE,
            date="2021-10-03",
        ),
        kicker="职工盟解散",
    )


def test_simplified_metadata_is_left_in_its_script() -> None:
    meta = SeedMeta(title="工会发展", source="眾新聞")
    assert canonical(meta, traditional=False).meta.source == "眾新聞"


def test_nothing_stated_stays_nothing() -> None:
    assert canonical(SeedMeta(), traditional=True) == Stated(SeedMeta())


@pytest.mark.parametrize(
    ("author", "expected"),
    [
        ("家兴", "家兴"),  # a pen name, with no surname
        ("揽炒艺术家", None),  # five characters: not a name the field is sure of
        ("读者来论", None),  # a column
        ("网友", None),
        ("佚名", None),
        ("新华社", None),  # an agency: a source
        ("特约转载", None),  # how the post came
        ("张三、家兴", "张三、家兴"),
        ("Mrered Cio、ChatGPT", "Mrered Cio"),  # a list's tool, no person, left out of it
        ("张三、新华社", "张三"),
    ],
)
def test_front_matter_may_name_an_author_by_a_pen_name(author: str, expected: str | None) -> None:
    """What a text's own front matter states is its author even with no surname; the fields
    of a page or a Word file (`person` without pen names) stay strict."""
    assert person(author, pen_names=True) == expected
    assert canonical(SeedMeta(author=author), False, stated=True).meta.author == expected
    assert canonical(SeedMeta(author="家兴"), False).meta.author is None


def test_front_matter_may_name_a_body_as_the_author() -> None:
    """A notice is issued by a body; a page's or a Word file's field naming one stays none."""
    assert (
        canonical(SeedMeta(author="某某市总工会"), False, stated=True).meta.author == "某某市总工会"
    )
    assert canonical(SeedMeta(author="某某市总工会"), False).meta.author is None
    assert canonical(SeedMeta(author="家兴"), False).meta.author is None


@pytest.mark.parametrize(
    ("field", "name"),
    [
        ("冯春梅 李昌禹 刘博通", "冯春梅、李昌禹、刘博通"),  # front matter's spaces collapsed
        ("新华社记者  姜  琳", "姜琳"),
        ("康 岩", "康岩"),
        ("mandy", "mandy"),  # a note's writer, in Latin letters
        ("admin", None),
    ],
)
def test_a_front_matter_author_names_its_writers(field: str, name: str | None) -> None:
    assert person(field, pen_names=True) == name


@pytest.mark.parametrize("outlet", ["澎湃新闻", "南方人物周刊", "工人日报", "中工网"])
def test_an_author_field_naming_an_outlet_is_the_source(outlet: str) -> None:
    """A clipper's `author: 澎湃新闻`: where the text was published, not who wrote it (the
    reporters the byline names are the authors; they had been lost behind it)."""
    stated = canonical(SeedMeta(title="标题", author=outlet), traditional=False, stated=True)
    assert (stated.meta.author, stated.meta.source) == (None, outlet)
