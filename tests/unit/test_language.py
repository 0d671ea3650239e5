"""Only Chinese texts are read: a Japanese or Korean one is refused, naming the file; one with no
Chinese character is read with a warning."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from unionreader.errors import SeedError
from unionreader.model import Line
from unionreader.normalise.language import check_language


def lines(*texts: str) -> tuple[Line, ...]:
    return tuple(Line(number, text) for number, text in enumerate(texts, 1))


@pytest.mark.parametrize(
    ("texts", "language"),
    [
        (
            (
                "労働組合の役割について",
                "労働組合は、労働者が団結して労働条件の改善を図る組織である。",
            ),
            "Japanese",
        ),
        (
            ("노동조합의 역할", "노동조합은 노동자가 단결하여 노동조건을 개선하는 조직이다."),
            "Korean",
        ),
    ],
)
def test_a_japanese_or_korean_text_is_refused_naming_the_file(
    texts: tuple[str, ...], language: str
) -> None:
    with pytest.raises(SeedError, match=f"x.txt: is {language} text .* not Chinese"):
        check_language(lines(*texts), Path("x.txt"))


@pytest.mark.parametrize(
    "text",
    [
        "中日两国工会代表在东京会面，日方代表来自トヨタ労組。" + "双方就劳动条件交换了意见。" * 20,
        "卡尔・马克思和弗里德里希・恩格斯在《共产党宣言》中写道：" * 5,  # ・ is no kana here
        # a short news item under a site's banner in Japanese (a twelfth of its letters kana)
        "こちらのページは繁体字版です。日本語版に移動しますか。"
        + "桃园市今天凌晨发生火警，消防局派员到场抢救，详细起火原因仍在调查中。" * 7,
    ],
)
def test_a_chinese_text_quoting_a_japanese_name_is_read(
    text: str, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING):
        check_language(lines(text), Path("x.txt"))
    assert not caplog.records


def test_a_text_with_no_chinese_is_read_with_a_warning(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING):
        check_language(lines("A statement in English.", "It has no Chinese."), Path("en.txt"))
    assert [record.getMessage() for record in caplog.records] == [
        "en.txt: has no Chinese characters; it is read as it is"
    ]
