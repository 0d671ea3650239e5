"""Document metadata: what the text says (Facts) merged with what the catalogue says (SeedMeta).

The title comes from the text where it has one, else from the catalogue, else from the first
words of the text; a title not found in the text is marked as derived. For the other fields the
catalogue wins, since it exists to hold what the text lacks or gets wrong.
"""

from __future__ import annotations

import logging
import re

from unionreader.errors import display_path
from unionreader.model import DocumentMeta, Facts, Kind, Line, NormalText

logger = logging.getLogger(__name__)

_ADDRESS = re.compile(r"^(?:同志们|朋友们|各位|尊敬的|亲爱的)[^。]{0,24}?[，,：:！!]")
_CALL = re.compile(r"^让我们")
_SALUTATION = re.compile(r"^[^。；！？]{2,40}[：:]$")
_ADDRESSEE = re.compile(
    r"^(?:各|尊敬的|亲爱的)|(?:工会|单位|部门|委员会|同志|代表|朋友|们|会员|职工|来宾|嘉宾|领导"
    r"|女士|先生|机关|企业|公司|学校|组织|团体|协会|同仁|同事|同学|老师|选手)$"
)
_ASIDE = re.compile(r"[（(][^）)]*[）)]")
_THANKS = re.compile(r"^(?:谢谢|多谢|感谢)(?:大家|各位|您|你们)?[^，。；,;]{0,8}[！!。]?$")
_SPEECH_TITLE = re.compile(r"讲话|致辞|发言|报告会")
_FIRST_CLAUSE = re.compile(r"^[^，。；：！？]{1,24}")
DERIVED_TITLE_LENGTH = 24


def is_address(text: str) -> bool:
    """Whether a paragraph opens with a form of address to the audience (同志们：/ 同志们，…)."""
    return bool(_ADDRESS.match(text))


def is_salutation(text: str) -> bool:
    """A line that only addresses the audience or recipients: 同志们：/ 各区总工会、各产业工会：

    Every addressee (between 、 and ，, asides in brackets left out) opens with 各/尊敬的/亲爱的
    or ends with a word for people or bodies (工会, 代表, 们 …): 各县（市、区）总工会，市直各产业
    工会： is one, 领导小组组成如下： is not.
    """
    if not _SALUTATION.match(text):
        return False
    if is_address(text) and not any(comma in text for comma in "，,"):
        return True
    parts = re.split(r"[，,、]", _ASIDE.sub("", text.rstrip("：:")))
    return all(_ADDRESSEE.search(part.strip()) for part in parts)


def is_closing(text: str) -> bool:
    """A closing address: 同志们，让我们… / 让我们…！ / 谢谢大家！"""
    if _THANKS.match(text) or _CALL.match(text):
        return True
    return is_address(text) and not is_salutation(text)


def describe(normal: NormalText) -> DocumentMeta:
    """Merge catalogue and text metadata for one document."""
    seed, facts = normal.seed, normal.facts
    title = facts.title or seed.meta.title
    if title is None:
        title = _first_words(normal.lines)
        logger.warning(
            "%s: no title in the text or the catalogue; using its first words: %s",
            display_path(seed.path),
            title,
        )
    return DocumentMeta(
        title=title,
        title_derived=facts.title is None,
        kicker=facts.kicker,
        kind=seed.meta.kind or _guess_kind(normal.lines, facts, title),
        author=seed.meta.author or facts.author,
        office=facts.author_note,
        date=seed.meta.date or facts.date,
        place=seed.meta.place,
        source=seed.meta.source or facts.source,
        original_script=normal.script,
        description=seed.meta.description,
    )


def _first_words(lines: tuple[Line, ...]) -> str:
    text = lines[0].text if lines else ""
    match = _FIRST_CLAUSE.match(text)
    words = match.group(0) if match else text[:DERIVED_TITLE_LENGTH]
    return words + ("…" if len(words) < len(text) else "")


def _guess_kind(lines: tuple[Line, ...], facts: Facts, title: str) -> Kind:
    if _SPEECH_TITLE.search(title) or any(is_address(line.text) for line in lines[:2]):
        return Kind.SPEECH
    if facts.author or facts.author_note:
        return Kind.ARTICLE
    return Kind.TEXT
