"""The latin rule: stranded English function words become Chinese; every other Latin word stays."""

from __future__ import annotations

import pytest

from unionreader.model import Edit, Line
from unionreader.normalise.latin import FUNCTION_WORDS, normalise_latin


def run(text: str) -> str:
    return normalise_latin((Line(1, text),)).lines[0].text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("以思想 and 党的十九大精神为指导", "以思想和党的十九大精神为指导"),
        ("坚持“两个确立” and “两个维护”", "坚持“两个确立”和“两个维护”"),
        ("职工 or 会员均可申请", "职工或会员均可申请"),
        ("加强企业 with 社会组织的联系", "加强企业与社会组织的联系"),
        ("思想and党的精神", "思想和党的精神"),
        ("*区 and *县工会", "*区和*县工会"),
    ],
)
def test_stranded_function_word_becomes_chinese(text: str, expected: str) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "完成*工之家APP*频道上线运行",
        "“法院+工会+人社+N”劳动争议多元化解模式",
        "Copyright 2008-2018 by example.com. all rights reserved",
        "公司邮箱:info@example.com",
        "访问 https://www.example.org/search?q=and&x=1 查询",
        "access and use 服务平台",
        "服务平台 access and use",
        "下载Pandas和Android版本",
        "2019 and 2020",
        "思想 AND 精神",
        "思想 andor 精神",
        "思想 and",
    ],
)
def test_other_latin_is_kept(text: str) -> None:
    result = normalise_latin((Line(1, text),))
    assert result.lines[0].text == text
    assert result.edits == ()


def test_edit_records_line_rule_and_context() -> None:
    lines = (Line(4, "学习贯彻"), Line(5, "以思想 and 党的精神为指导"))
    result = normalise_latin(lines)
    assert [line.number for line in result.lines] == [4, 5]
    assert result.edits == (Edit("latin", 5, "以思想 and 党的精神", "以思想和党的精神"),)


def test_the_table_is_small_and_maps_to_chinese() -> None:
    assert set(FUNCTION_WORDS) == {"and", "or", "with"}
    assert all(len(word) == 1 for word in FUNCTION_WORDS.values())
