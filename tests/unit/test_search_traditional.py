from __future__ import annotations

from unionreader.search.text import fold
from unionreader.search.traditional import traditional_map

TEXTS = ["干净的后院，显著着力", "产业工人"]


def test_traditional_characters_map_to_the_collection_only() -> None:
    chars = "".join(sorted(set(fold("".join(TEXTS)))))
    mapping = traditional_map(chars, TEXTS)
    assert mapping["後"] == "后" and mapping["產"] == "产" and mapping["産"] == "产"
    assert mapping["淨"] == "净" and mapping["顯"] == "显"
    assert mapping["乾"] == "干"  # OpenCC's choice in context: 干净 → 乾淨
    assert all(set(simple) <= set(chars) for simple in mapping.values())
    assert "學" not in mapping  # 学 is not in this collection
    assert "工" not in mapping
    assert mapping["著"] == "着"  # in the collection itself, and Taiwan's 著 for 着
