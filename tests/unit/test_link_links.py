"""A document's links: their digest (its page's identity) holds every field a page shows."""

from __future__ import annotations

import dataclasses
from typing import Any

from unionreader.cards import DocRef
from unionreader.link.links import Context, DocLinks, Related, Share, TermUse

REF = DocRef("d1", "文献一", "2024-05-01")
LINKS = DocLinks(
    (TermUse("两个维护", "两个维护", 3, "p2", 5), TermUse("娘家人", "娘家人", 1)),
    (Related("p2", 0, 12, REF, "p7", Context("…前文", "共同的文字", "后文…"), 10),),
    (Share(REF, 10, 2.5),),
)


def _changed(value: Any) -> Any:
    if isinstance(value, bool) or value is None:
        return "x" if value is None else not value
    if isinstance(value, int | float):
        return value + 1
    if isinstance(value, str):
        return value + "x"
    if isinstance(value, Context):
        return value._replace(text=value.text + "x")
    raise TypeError(value)


def _variants(item: Any) -> list[Any]:
    """`item` (a dataclass or a named tuple) with each of its fields changed in turn, down
    into the dataclasses it holds."""
    named = not dataclasses.is_dataclass(item)
    names = item._fields if named else [field.name for field in dataclasses.fields(item)]

    def replaced(**change: Any) -> Any:
        return item._replace(**change) if named else dataclasses.replace(item, **change)

    variants = []
    for name in names:
        value = getattr(item, name)
        if dataclasses.is_dataclass(value):
            variants += [replaced(**{name: v}) for v in _variants(value)]
        else:
            variants.append(replaced(**{name: _changed(value)}))
    return variants


def test_every_field_a_page_shows_changes_the_digest_of_its_links() -> None:
    assert DocLinks(LINKS.terms, LINKS.related, LINKS.shares).digest == LINKS.digest
    variants = [
        *(dataclasses.replace(LINKS, terms=(t, LINKS.terms[1])) for t in _variants(LINKS.terms[0])),
        *(dataclasses.replace(LINKS, related=(r,)) for r in _variants(LINKS.related[0])),
        *(dataclasses.replace(LINKS, shares=(s,)) for s in _variants(LINKS.shares[0])),
        dataclasses.replace(LINKS, terms=LINKS.terms[::-1]),
        dataclasses.replace(LINKS, related=()),
    ]
    assert len(variants) == 5 + 9 + 5 + 2
    digests = {links.digest for links in variants}
    assert len(digests) == len(variants) and LINKS.digest not in digests
