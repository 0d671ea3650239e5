"""A realistic corpus of trade-union texts, for benchmarks: N distinct documents from one seed.

Run: `.venv/bin/python bench/corpus.py --count 1000 --seed 1 --out /tmp/corpus` writes 1,000
`.txt` seeds (add `--catalog` for a catalog.toml, `--stats` to print their statistics), and
`.venv/bin/python bench/corpus.py --describe seeds` prints the same statistics for any folder.
Other benchmarks call `generate(count, seed, out)`. Needs jieba (a bench-only dependency:
`pip install jieba`), whose dictionary (word, frequency, part of speech) supplies the vocabulary.

Each document is drawn from its own random stream, `Random(f"{seed}:{index}")`, so the first 100
documents of a 1,000-document corpus are the 100-document corpus. A document is shaped like a real
seed: a speech (title, speaker and date lines, 同志们：, headings 一、… with points 一要…, a
closing address), a signed article (kicker, byline, points 第一，…), a report digest (headings 一、
and （一）…, inline points 一是…；二是…) or a news page (a dateline of labelled fields). Sentences
are clauses built from part-of-speech shapes (verb + noun phrase, adverb + verb, preposition +
noun + verb, idioms, enumerations with 、, quoted slogans “…”, book titles 《…》, numbers), words
drawn by their frequency in the dictionary (so characters, pairs and posting lists are Zipfian as
in real text), with a per-document topic vocabulary (real texts repeat their subject) and a fixed
set of domain phrases (工会, 职工, 劳模精神…). Lengths are log-normal, about 6.5 KB a document on
average; about 20% of the documents are converted to Traditional script with the project's OpenCC
configuration, some use ASCII punctuation or blank lines between paragraphs, as copied web pages do.
"""

from __future__ import annotations

import argparse
import bisect
import functools
import hashlib
import importlib.util
import itertools
import json
import logging
import math
import random
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import opencc

logger = logging.getLogger(__name__)

TO_TRADITIONAL = "s2t"
"""OpenCC configuration of the Traditional documents: the project's own (normalise/script.py)."""
TRADITIONAL_SHARE = 0.2
ASCII_PUNCTUATION_SHARE = 0.2
BLANK_LINES_SHARE = 0.3
MEAN_CHARS = 2150
"""Characters of a document on average (about 6.5 KB of UTF-8: nearly all are 3 bytes)."""
SIGMA = 0.5
"""Spread of the log-normal document length."""
ZIPF = 1.2
"""Words are drawn with weight frequency ** ZIPF: a little steeper than the dictionary's mixed
sources, as one register (official speech and reporting) repeats its vocabulary more."""
TOPIC_SHARE = 0.4
"""Share of noun draws from the document's own topic words (verbs: TOPIC_SHARE too)."""
DOMAIN_SHARE = 0.2
"""Share of noun draws from the domain phrases."""
KINDS = {"speech": 0.4, "article": 0.25, "digest": 0.2, "news": 0.15}

_HAN_WORD = re.compile(r"^[\u4e00-\u9fff]+$")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_CLASSES: dict[str, tuple[frozenset[str], int, int]] = {
    # class: (jieba tags, shortest, longest word)
    "noun": (frozenset({"n", "vn", "nz"}), 2, 4),
    "verb": (frozenset({"v", "vn"}), 2, 3),
    "adj": (frozenset({"a", "an", "ad"}), 2, 2),
    "adv": (frozenset({"d", "ad"}), 1, 3),
    "idiom": (frozenset({"i", "l"}), 4, 4),
    "place": (frozenset({"ns"}), 2, 4),
    "name": (frozenset({"nr"}), 2, 3),
    "org": (frozenset({"nt"}), 3, 8),
    "time": (frozenset({"t"}), 2, 4),
    "prep": (frozenset({"p"}), 1, 2),
}
DOMAIN = (
    "工会", "职工", "工会工作", "职工群众", "工会组织", "工人阶级", "劳动者", "工会干部",
    "广大职工", "基层工会", "总工会", "高质量发展", "主力军作用", "劳模精神", "劳动精神",
    "工匠精神", "产业工人队伍建设改革", "新就业形态劳动者", "职工之家", "娘家人", "和谐劳动关系",
    "劳动关系", "维权服务", "困难职工", "帮扶", "劳动和技能竞赛", "工会改革", "劳模工匠",
    "大国工匠", "创新工作室", "普惠服务", "户外劳动者服务站点", "职代会", "厂务公开", "民主管理",
    "集体协商", "工资集体协商", "安康杯", "送温暖", "金秋助学", "职工书屋", "农民工", "技能人才",
    "职业技能", "劳动报酬", "权益保障", "中国式现代化", "全过程人民民主", "工运事业",
    "工运时代主题", "党建带工建", "政治性、先进性、群众性", "习近平新时代中国特色社会主义思想",
    "党的二十大精神", "全总", "中华全国总工会", "习近平总书记关于工人阶级和工会工作的重要论述",
    "劳动法律监督", "心理健康服务", "职工生活品质",
)  # fmt: skip
SLOGANS = (
    "听党话、跟党走", "两个确立", "两个维护", "四个意识", "四个自信", "我为群众办实事", "五小",
    "娘家人", "职工之家", "建功新时代", "当好主人翁", "强国复兴有我", "中国梦·劳动美",
    "劳动光荣、技能宝贵、创造伟大", "安康杯",
)  # fmt: skip
BOOKS = ("工会法", "劳动法", "劳动合同法", "中华人民共和国工会法", "中国工会章程", "工人日报")
CONNECTIVES = (
    "同时", "此外", "与此同时", "近年来", "今年以来", "一方面", "另一方面", "总的来看", "实践证明",
    "特别是", "为此", "对此", "当前",
)  # fmt: skip
PREPOSITIONS = ("以", "在", "把", "为", "对", "从", "围绕", "通过", "按照", "坚持")
MODALS = ("要", "要进一步", "必须", "切实", "积极", "不断", "持续", "大力", "着力", "深入")
UNITS = ("个", "家", "名", "项", "万名", "万余人", "次", "场", "多家", "余个")
DIGITS = "〇一二三四五六七八九"


# ---------------------------------------------------------------- vocabulary


@dataclass(frozen=True)
class Pool:
    """Words and their cumulative frequencies, for weighted draws."""

    words: tuple[str, ...]
    cumulative: tuple[float, ...]

    def draw(self, rng: random.Random) -> str:
        index = bisect.bisect(self.cumulative, rng.random() * self.cumulative[-1])
        return self.words[min(index, len(self.words) - 1)]


def _pool(weighted: Iterable[tuple[str, float]]) -> Pool:
    words, weights = zip(*weighted, strict=True)
    return Pool(tuple(words), tuple(itertools.accumulate(weights)))


def dictionary_path() -> Path:
    spec = importlib.util.find_spec("jieba")
    if spec is None or spec.origin is None:
        raise SystemExit("bench/corpus.py needs jieba's dictionary: pip install jieba")
    return Path(spec.origin).parent / "dict.txt"


@functools.cache
def lexicon() -> dict[str, Pool]:
    """jieba's dictionary, Han words only, as one pool per word class; plus the domain phrases
    (weighted 1/rank, so 工会 and 职工 lead)."""
    found: dict[str, list[tuple[str, float]]] = {name: [] for name in _CLASSES}
    for line in dictionary_path().read_text(encoding="utf-8").splitlines():
        word, frequency, tag = line.split(" ")
        if not _HAN_WORD.match(word):
            continue
        for name, (tags, shortest, longest) in _CLASSES.items():
            if tag in tags and shortest <= len(word) <= longest:
                found[name].append((word, float(frequency) ** ZIPF))
    pools = {name: _pool(words) for name, words in found.items()}
    pools["domain"] = _pool((word, 1 / rank) for rank, word in enumerate(DOMAIN, 1))
    return pools


# ---------------------------------------------------------------- sentences


@functools.cache
def converter(config: str) -> opencc.OpenCC:
    return opencc.OpenCC(config)


def traditional(text: str) -> str:
    return str(converter(TO_TRADITIONAL).convert(text))


@functools.cache
def _changes(config: str, char: str) -> bool:
    return bool(converter(config).convert(char) != char)


def is_traditional(text: str) -> bool:
    """As the project decides it: more Han characters change under t2s than under s2t."""
    counts = Counter(_HAN.findall(text))
    to_simple = sum(n for char, n in counts.items() if _changes("t2s", char))
    return to_simple > sum(n for char, n in counts.items() if _changes("s2t", char))


def chinese_number(n: int) -> str:
    """一 … 九十九, as headings and meetings number themselves."""
    tens, units = divmod(n, 10)
    if tens == 0:
        return DIGITS[units]
    head = "" if tens == 1 else DIGITS[tens]
    return head + "十" + (DIGITS[units] if units else "")


class Writer:
    """Draws the words, clauses, sentences and paragraphs of one document."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.pools = lexicon()
        # What this document is about: it comes back again and again, as in a real text.
        nouns = self.pools["noun"]
        self.topic_nouns = [nouns.draw(rng) for _ in range(16)]
        self.topic_nouns += [nouns.draw(rng) + nouns.draw(rng) for _ in range(8)]
        self.topic_verbs = [self.pools["verb"].draw(rng) for _ in range(12)]
        self.place = self.pools["place"].draw(rng)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def word(self, name: str) -> str:
        return self.pools[name].draw(self.rng)

    def noun(self) -> str:
        r = self.rng.random()
        if r < DOMAIN_SHARE:
            return self.word("domain")
        if r < DOMAIN_SHARE + TOPIC_SHARE:
            return self.rng.choice(self.topic_nouns)
        return self.word("noun")

    def verb(self) -> str:
        return self.rng.choice(self.topic_verbs) if self.chance(TOPIC_SHARE) else self.word("verb")

    def number(self) -> str:
        n = int(self.rng.lognormvariate(3, 1.5)) + 1
        if self.chance(0.15):
            return f"{self.rng.randint(1, 99)}.{self.rng.randint(1, 9)}%"
        return f"{n}{self.rng.choice(UNITS)}"

    def noun_phrase(self) -> str:
        r = self.rng.random()
        if r < 0.5:
            return self.noun()
        if r < 0.6:
            return self.noun() + self.noun()
        if r < 0.65:
            return self.noun() + self.rng.choice(("和", "与", "及")) + self.noun()
        if r < 0.75:
            return self.word("adj") + ("的" if self.chance(0.4) else "") + self.noun()
        if r < 0.82:
            return self.place + self.noun()
        if r < 0.9:
            return self.noun() + "的" + self.noun()
        if r < 0.95:
            return self.number() + self.noun()
        return self.verb() + "的" + self.noun()

    def verb_phrase(self) -> str:
        r = self.rng.random()
        if r < 0.35:
            return self.verb() + self.noun_phrase()
        if r < 0.55:
            return self.word("adv") + self.verb() + self.noun_phrase()
        if r < 0.67:
            return self.rng.choice(MODALS) + self.verb() + self.noun_phrase()
        if r < 0.8:
            return self.rng.choice(PREPOSITIONS) + self.noun_phrase() + self.verb() + self.noun()
        if r < 0.9:
            return self.verb() + self.noun_phrase() + "的" + self.noun()
        return self.noun_phrase() + self.word("adv") + self.word("adj")

    def enumeration(self) -> str:
        make = self.noun_phrase if self.chance(0.5) else self.verb_phrase
        return "、".join(make() for _ in range(self.rng.randint(2, 5)))

    def clause(self) -> str:
        r = self.rng.random()
        if r < 0.5:
            return self.verb_phrase()
        if r < 0.68:
            return self.noun_phrase() + self.verb_phrase()
        if r < 0.78:
            return self.enumeration()
        if r < 0.84:
            return self.word("idiom")
        if r < 0.9:
            quoted = self.rng.choice(SLOGANS) if self.chance(0.4) else self.noun_phrase()
            return self.verb() + "“" + quoted + "”" + self.noun()
        if r < 0.93:
            return self.verb() + "《" + self.rng.choice(BOOKS) + "》"
        if r < 0.97:
            return self.word("name") + self.verb() + self.noun_phrase()
        return self.word("org") + self.verb_phrase()

    def sentence(self) -> str:
        clauses = [self.clause() for _ in range(self.rng.choice((1, 2, 2, 3, 3, 4)))]
        text = "，".join(clauses)
        if len(clauses) > 2 and self.chance(0.2):
            text = text.replace("，", "；", 1)
        if self.chance(0.12):
            text = self.rng.choice(CONNECTIVES) + "，" + text
        elif self.chance(0.05):
            text = f"{self.rng.randint(2010, 2024)}年以来，" + text
        return text + "。"

    def paragraph(self, opening: str = "") -> str:
        target = min(900, max(40, int(self.rng.lognormvariate(math.log(160), 0.6))))
        text = opening
        while len(text) < target:
            text += self.sentence()
        return text

    def heading(self) -> str:
        text = self.verb_phrase()
        return text + "，" + self.verb_phrase() if self.chance(0.5) else text


# ---------------------------------------------------------------- documents


def _speech(w: Writer, budget: int) -> tuple[str, list[str]]:
    rng = w.rng
    place = rng.choice(("全市", "全省", "全区", "全县", w.place))
    meeting = rng.choice(
        (
            f"总工会{chinese_number(rng.randint(10, 18))}届{chinese_number(rng.randint(1, 9))}次"
            "全委（扩大）会议",
            "工会工作会议",
            f"工会第{chinese_number(rng.randint(8, 16))}次代表大会",
            "劳动模范表彰大会",
            "产业工人队伍建设改革推进会",
        )
    )
    lines = [f"在{place}{meeting}上的讲话"]
    if w.chance(0.4):
        lines.append(w.word("name"))
    if w.chance(0.4):
        lines.append(f"（{rng.randint(2015, 2024)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日）")
    lines.append(rng.choice(("同志们：", "各位代表、同志们：", "同志们、朋友们：")))
    lines += [w.paragraph() for _ in range(rng.randint(1, 3))]
    family = rng.choice(("要", "是"))
    _sections(w, lines, budget, lambda n: chinese_number(n) + family)
    lines.append(w.paragraph("同志们，"))
    return "speech", lines


def _sections(w: Writer, lines: list[str], budget: int, marker: Callable[[int], str]) -> None:
    """Headings 一、… until the budget is spent, each with numbered points or sub-headings."""
    for number in range(1, 16):
        lines.append(f"{chinese_number(number)}、{w.heading()}")
        for point in range(1, w.rng.randint(2, 5)):
            if w.chance(0.15):
                lines.append(f"（{chinese_number(point)}）{w.verb_phrase()}")
                lines.append(w.paragraph())
            else:
                lines.append(w.paragraph(f"{marker(point)}{w.verb_phrase()}。"))
            if _length(lines) >= budget:
                return


def _length(lines: list[str]) -> int:
    return sum(len(line) for line in lines)


def _article(w: Writer, budget: int) -> tuple[str, list[str]]:
    lines = []
    if w.chance(0.3):
        lines.append(f"【{w.verb_phrase()}】{w.heading()}")
    else:
        lines.append(" ".join(w.verb_phrase() for _ in range(w.rng.randint(1, 3))))
    lines.append(w.word("name"))
    lines += [w.paragraph() for _ in range(w.rng.randint(1, 2))]
    ordinal = 1
    while _length(lines) < budget:
        if ordinal < 10 and w.chance(0.7):
            lines.append(w.paragraph(f"第{chinese_number(ordinal)}，{w.verb_phrase()}。"))
            ordinal += 1
        else:
            lines.append(w.paragraph())
    lines.append(f"（作者为{w.word('org')}{w.rng.choice(('主席', '党组书记', '副主席'))}）")
    return "article", lines


def _digest(w: Writer, budget: int) -> tuple[str, list[str]]:
    place = w.place + w.rng.choice(("市", "省", "区"))
    congress = chinese_number(w.rng.randint(8, 16))
    lines = [f"{place}工会第{congress}次代表大会报告解读（{w.rng.choice('上下')}）"]
    lines.append(w.paragraph())
    for number in range(1, 12):
        lines.append(f"{chinese_number(number)}、{w.heading()}")
        for sub in range(1, w.rng.randint(2, 4)):
            lines.append(f"（{chinese_number(sub)}）{w.verb_phrase()}")
            lines.append(_inline_points(w) if w.chance(0.3) else w.paragraph())
            if _length(lines) >= budget:
                return "digest", lines
    return "digest", lines


def _inline_points(w: Writer) -> str:
    """An enumeration inside one paragraph: …以下几个方面：一是…；二是…。"""
    count = w.rng.randint(2, 6)
    points = [f"{chinese_number(n)}是{w.verb_phrase()}" for n in range(1, count + 1)]
    return (
        f"{w.verb_phrase()}，重点抓好以下{chinese_number(count)}个方面：" + "；".join(points) + "。"
    )


def _news(w: Writer, budget: int) -> tuple[str, list[str]]:
    rng = w.rng
    lines = [w.place + rng.choice(("总工会", "市总工会", "产业工会")) + w.verb_phrase()]
    date = f"{rng.randint(2015, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    lines.append(f"发布时间：{date}　来源：{w.word('org')}　浏览次数：{rng.randint(10, 9999)}")
    while _length(lines) < budget:
        lines.append(w.paragraph())
    return "news", lines


def _spread(index: int, seed: int) -> float:
    """A low-discrepancy draw in [0, 1): every prefix of the corpus gets its share of a trait."""
    return ((index + 1) * 0.6180339887498949 + seed * 0.7548776662466927) % 1


_SHAPES = {"speech": _speech, "article": _article, "digest": _digest, "news": _news}


@dataclass(frozen=True)
class Generated:
    name: str
    kind: str
    script: str
    text: str


def document(seed: int, index: int) -> Generated:
    """Document `index` of the corpus drawn from `seed`: independent of every other document."""
    rng = random.Random(f"{seed}:{index}")
    writer = Writer(rng)
    budget = int(rng.lognormvariate(math.log(MEAN_CHARS) - SIGMA**2 / 2, SIGMA))
    kind, lines = _SHAPES[rng.choices(list(KINDS), list(KINDS.values()))[0]](writer, budget)
    text = "\n".join(lines) + "\n"
    script = "simplified"
    if _spread(index, seed) < TRADITIONAL_SHARE:
        text, script = traditional(text), "traditional"
    if rng.random() < ASCII_PUNCTUATION_SHARE:
        text = text.translate(str.maketrans("，：；（）", ",:;()"))
    if rng.random() < BLANK_LINES_SHARE:
        text = text.replace("\n", "\n\n")
    return Generated(f"{index:05d}_{rng.getrandbits(64):016x}.txt", kind, script, text)


def seeds_of(folder: Path | None, count: int, work: Path) -> list[Path]:
    """The first `count` seeds of `folder` (its .txt and .md files, by name), or, with no folder,
    `count` generated documents (seed 1) written into `work`."""
    if folder is None:
        return generate(count, 1, work)
    return sorted(p for p in folder.iterdir() if p.suffix in {".txt", ".md"})[:count]


def generate(count: int, seed: int, out: Path, catalog: bool = False) -> list[Path]:
    """Write `count` distinct documents into `out` (created if needed); return their paths."""
    out.mkdir(parents=True, exist_ok=True)
    seen: set[str] = set()
    paths: list[Path] = []
    entries: list[str] = []
    for index in range(count):
        doc = document(seed, index)
        digest = hashlib.sha256(doc.text.encode()).hexdigest()
        if digest in seen:
            raise RuntimeError(f"document {index} repeats an earlier one")  # never seen so far
        seen.add(digest)
        path = out / doc.name
        path.write_text(doc.text, encoding="utf-8")
        paths.append(path)
        slug = f"gen-{index:05d}"
        entries.append(
            f'[[seed]]\nfile = "{doc.name}"\nslug = "{slug}"\nkind = "{_KIND[doc.kind]}"\n'
        )
    if catalog:
        (out / "catalog.toml").write_text("\n".join(entries), encoding="utf-8")
    return paths


_KIND = {"speech": "speech", "article": "article", "digest": "digest", "news": "text"}


# ---------------------------------------------------------------- statistics


def describe(paths: list[Path]) -> dict[str, float]:
    """Size, script and the character statistics that drive index sizes and posting lists."""
    chars: Counter[str] = Counter()
    bigrams: Counter[str] = Counter()
    total = traditional_docs = 0
    for path in paths:
        data = path.read_bytes()
        total += len(data)
        text = data.decode("utf-8-sig", errors="replace")
        traditional_docs += is_traditional(text)
        chars.update(_HAN.findall(text))
        for run in re.findall(r"[\u4e00-\u9fff]{2,}", text):
            bigrams.update(run[i : i + 2] for i in range(len(run) - 1))
    han = sum(chars.values())
    top100 = sum(n for _, n in chars.most_common(100))
    return {
        "documents": len(paths),
        "bytes": total,
        "mean_kb": total / max(1, len(paths)) / 1000,
        "traditional_share": traditional_docs / max(1, len(paths)),
        "han_chars": han,
        "distinct_chars": len(chars),
        "distinct_bigrams": len(bigrams),
        "bigrams_once": sum(1 for n in bigrams.values() if n == 1) / max(1, len(bigrams)),
        "top100_char_share": top100 / max(1, han),
        "gonghui_per_1000": 1000 * sum(text.count("工会") for text in _texts(paths)) / max(1, han),
    }


def _texts(paths: list[Path]) -> Iterable[str]:
    for path in paths:
        yield path.read_bytes().decode("utf-8-sig", errors="replace").replace("工會", "工会")


def print_stats(label: str, stats: dict[str, float]) -> None:
    print(
        f"{label}: {stats['documents']:.0f} documents, {stats['bytes'] / 1e6:.2f} MB "
        f"({stats['mean_kb']:.1f} KB each), {stats['traditional_share']:.0%} Traditional; "
        f"{stats['han_chars']:.0f} Han characters, {stats['distinct_chars']:.0f} distinct, "
        f"{stats['distinct_bigrams']:.0f} distinct pairs ({stats['bigrams_once']:.0%} seen once); "
        f"top 100 characters {stats['top100_char_share']:.0%} of the text; "
        f"工会 {stats['gonghui_per_1000']:.1f} per 1,000 characters"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100, help="documents (default 100)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument("--out", type=Path, help="the folder to write the .txt files into")
    parser.add_argument("--catalog", action="store_true", help="also write a catalog.toml")
    parser.add_argument("--stats", action="store_true", help="print the corpus's statistics")
    parser.add_argument("--json", type=Path, help="write the statistics as JSON")
    parser.add_argument("--describe", type=Path, help="print the statistics of this folder only")
    args = parser.parse_args(argv)
    if args.describe:
        paths = sorted(args.describe.glob("*.txt"))
        label = str(args.describe)
    elif args.out:
        paths = generate(args.count, args.seed, args.out, args.catalog)
        label = f"{args.count} generated documents (seed {args.seed})"
        print(f"wrote {len(paths)} documents into {args.out}")
    else:
        parser.error("give --out DIR (generate) or --describe DIR")
    if args.stats or args.describe or args.json:
        stats = describe(paths)
        print_stats(label, stats)
        if args.json:
            args.json.write_text(json.dumps(stats, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
