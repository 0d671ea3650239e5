from __future__ import annotations

from unionreader.search import variants


def test_the_committed_table_is_what_the_dictionaries_give() -> None:
    assert variants.load() == variants.generate()


def test_variants_people_type_are_read_as_the_standard_characters() -> None:
    table = variants.load()
    assert table["於"] == "于" and table["巿"] == "市" and table["後"] == "后"
    assert set(table["裡"]) >= {"里"} and table["裏"] == "里"
    assert table["著"] == "着" and "干" in table["乾"] and table["衞"] == "卫"


def test_only_readings_the_collection_has_are_kept() -> None:
    kept = variants.for_alphabet(frozenset("里后干净工会"))
    assert kept["裡"] == "里" and kept["後"] == "后" and kept["淨"] == "净"
    assert "學" not in kept and "工" not in kept
    assert all(set(readings) <= set("里后干净工会") for readings in kept.values())
