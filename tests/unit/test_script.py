"""The script rule: detection by content, Traditional → Simplified, and the whole-string helpers."""

from __future__ import annotations

from pathlib import Path

import pytest

from unionreader.arrays import code_points
from unionreader.model import Edit, Line, Script
from unionreader.normalise.script import (
    S2T_DICTIONARIES,
    T2S_DICTIONARIES,
    changing,
    changing_set,
    converter,
    detect_script,
    simplified,
    simplified_all,
    to_simplified,
    traditional,
    writes_zhe_as_zhu,
)

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
TRADITIONAL_SEED = next(SEEDS.glob("000_*.txt"))
SIMPLIFIED_SEEDS = sorted(p for p in SEEDS.glob("*.txt") if not p.name.startswith("000_"))

HONG_KONG = (
    "香港市民沿着海旁散步，在這裏可以看到維港的天際綫。特區政府着力推動創新科技，"
    "啓動多項計劃。這位作家的原著影響卓著，成效顯著。"
)
HONG_KONG_SIMPLIFIED = (
    "香港市民沿着海旁散步，在这里可以看到维港的天际线。特区政府着力推动创新科技，"
    "启动多项计划。这位作家的原著影响卓著，成效显著。"
)


def read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def numbered(*texts: str) -> tuple[Line, ...]:
    return tuple(Line(number, text) for number, text in enumerate(texts, start=1))


def test_four_simplified_seeds_and_one_traditional() -> None:
    assert len(SIMPLIFIED_SEEDS) == 4


# ---------------------------------------------------------------- detection


def test_detects_the_traditional_seed() -> None:
    assert detect_script(read(TRADITIONAL_SEED)) is Script.TRADITIONAL


@pytest.mark.parametrize("seed", SIMPLIFIED_SEEDS, ids=lambda p: p.name[:3])
def test_detects_the_simplified_seeds(seed: Path) -> None:
    assert detect_script(read(seed)) is Script.SIMPLIFIED


def test_detects_hong_kong_traditional() -> None:
    assert detect_script(HONG_KONG) is Script.TRADITIONAL


@pytest.mark.parametrize("text", ["", "2019-09-24 09:25:16", "Copyright 2008", "十一", "工人"])
def test_text_without_distinctive_characters_counts_as_simplified(text: str) -> None:
    assert detect_script(text) is Script.SIMPLIFIED


def test_detection_holds_a_lone_surrogate_and_characters_beyond_the_bmp() -> None:
    assert detect_script("這是繁體字\ud800的文章𠀀") is Script.TRADITIONAL
    assert detect_script("这是简体字\ud800的文章𠀀") is Script.SIMPLIFIED


@pytest.mark.parametrize("dictionaries", [T2S_DICTIONARIES, S2T_DICTIONARIES])
def test_the_changing_table_counts_what_the_changing_set_holds(
    dictionaries: tuple[str, ...],
) -> None:
    text = "".join(read(path) for path in sorted(SEEDS.glob("*.txt"))) + HONG_KONG + "\U0002a6a5𠀀"
    chars = changing(*dictionaries)
    expected = sum(1 for char in text if char in chars)
    assert changing_set(*dictionaries).count(code_points(text)) == expected > 0


def test_detection_goes_by_the_majority() -> None:
    assert detect_script("這是繁體字的文章，只有一個简字") is Script.TRADITIONAL
    assert detect_script("这是简体字的文章，只有一个體字") is Script.SIMPLIFIED


# ---------------------------------------------------------------- whole strings


@pytest.mark.parametrize("seed", SIMPLIFIED_SEEDS, ids=lambda p: p.name[:3])
def test_simplified_seeds_round_trip_exactly(seed: Path) -> None:
    text = read(seed)
    there = traditional(text)
    assert there != text
    assert detect_script(there) is Script.TRADITIONAL
    assert simplified(there) == text


@pytest.mark.parametrize("seed", SIMPLIFIED_SEEDS, ids=lambda p: p.name[:3])
def test_simplified_text_comes_back_unchanged(seed: Path) -> None:
    text = read(seed)
    assert simplified(text) == text


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("堅持面向基層,著力擴大覆蓋面", "坚持面向基层,着力扩大覆盖面"),
        ("要著眼職工實際需要", "要着眼职工实际需要"),
        ("充分展示制度的顯著優勢", "充分展示制度的显著优势"),
        ("學習著名勞模的著作", "学习著名劳模的著作"),
        ("以習近平同志為核心的黨中央", "以习近平同志为核心的党中央"),
        ("深刻領悟為什么能", "深刻领悟为什么能"),
        ("臺灣的軟體產業", "台湾的软体产业"),
        ("第十一,要加強工會幹部隊伍建設", "第十一,要加强工会干部队伍建设"),
    ],
)
def test_simplified(source: str, expected: str) -> None:
    assert simplified(source) == expected


def test_hong_kong_text_keeps_zhu_and_reads_its_variants() -> None:
    assert not writes_zhe_as_zhu(HONG_KONG)
    assert simplified(HONG_KONG) == HONG_KONG_SIMPLIFIED


def test_simplified_query_with_zhu_is_not_taken_for_taiwan_usage() -> None:
    assert not writes_zhe_as_zhu("成效显著")
    assert simplified("成效显著") == "成效显著"
    assert simplified("著力") == "著力"  # no sign of Traditional: searched as typed


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("着力解决", "着力解決"),
        ("核心要义", "核心要義"),
        ("软件", "軟件"),
        ("关于工会", "關於工會"),
    ],
)
def test_traditional_keeps_vocabulary(source: str, expected: str) -> None:
    assert traditional(source) == expected


def test_converters_are_built_once() -> None:
    assert converter("t2s") is converter("t2s")


# ---------------------------------------------------------------- the rule


def test_to_simplified_records_one_whole_line_edit_per_changed_line() -> None:
    lines = numbered("著力擴大覆蓋面", "2019-09-24 09:25:16", "以習近平同志為核心")
    result = to_simplified(lines)
    assert [line.text for line in result.lines] == [
        "着力扩大覆盖面",
        "2019-09-24 09:25:16",
        "以习近平同志为核心",
    ]
    assert [line.number for line in result.lines] == [1, 2, 3]
    assert result.edits == (
        Edit("script", 1, "著力擴大覆蓋面", "着力扩大覆盖面"),
        Edit("script", 3, "以習近平同志為核心", "以习近平同志为核心"),
    )


def test_zhu_is_read_once_for_the_whole_document() -> None:
    lines = numbered("他的原著影響卓著", "特區政府着力推動")
    result = to_simplified(lines)
    assert [line.text for line in result.lines] == ["他的原著影响卓著", "特区政府着力推动"]


def test_to_simplified_on_the_traditional_seed() -> None:
    raw = read(TRADITIONAL_SEED).splitlines()
    result = to_simplified(numbered(*raw))
    text = "\n".join(line.text for line in result.lines)
    assert "着力" in text and "着眼" in text
    assert "著力" not in text and "著眼" not in text
    assert text.count("核心") == read(TRADITIONAL_SEED).count("核心") > 0
    assert "内核" not in text
    assert "什么" in text and "什幺" not in text
    assert "显著" in text
    assert detect_script(text) is Script.SIMPLIFIED
    assert all(edit.rule == "script" for edit in result.edits)
    assert {e.line for e in result.edits} == {
        n for n, (a, b) in enumerate(zip(raw, text.split("\n"), strict=True), 1) if a != b
    }
    assert all(raw[e.line - 1] == e.before for e in result.edits)


def test_simplified_all_converts_as_each_text_alone() -> None:
    texts = ["【職工盟解散】工會領袖", "記者鄭啟智", "", "他們看著這個時代", "頭髮\n乾淨", "顯著"]
    assert simplified_all(texts) == [simplified(text) for text in texts]
    assert simplified_all(texts)[3::2] == ["他们看着这个时代", "显著"]  # 著 read in its own text


def test_a_hong_kong_text_s_characters_come_out_as_simplified_writing_has_them() -> None:
    """抬 stays 抬 (the Hong Kong table would make it 擡, which no table turns back); the
    Cantonese 嗰 and 劏 stay as Simplified writing keeps them, not 𠮶 and 㓥."""
    assert simplified("佢抬起頭，收到風嗰班人去咗唐樓劏房") == "佢抬起头，收到风嗰班人去咗唐楼劏房"
    assert simplified("擡頭") == "抬头"
