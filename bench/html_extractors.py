"""Compare main-text extraction libraries on saved pages of Chinese portals; prints the tables.

Run (in a separate venv holding the candidates, not the project's own):

    python3.11 -m venv /work/venv-extract
    /work/venv-extract/bin/pip install trafilatura readability-lxml goose3 gne justext boilerpy3 \\
        newspaper4k jieba resiliparse html-text inscriptis
    /work/venv-extract/bin/python bench/html_extractors.py --pages /work/audit/html

A library that is not installed is listed as such and skipped. `--per-page` adds the main-text F1
of every library on every page.

The pages are not committed: they are third-party pages taken from the public test corpora of
extraction libraries (brought here with the search tool's `fetch`, read with `git show`). Put one
file per page in the folder with the names below, and a `truth.json` mapping each file name to
{"portal", "url", "title", "text"} (text: the article's paragraphs, one per line; "" and
"no_main_text": true for a page that has none). The expected texts were written by hand from an
XPath of the article container minus bylines, captions, editor/source lines and share widgets, and
checked against the corpus's own expected output where it has one (newspaper4k `tests/data/txt`,
readability `expected.html`).

Where each page (saved as NAME.html) comes from, as repository, folder: source file → NAME:

- AndyTheFactory/newspaper4k, tests/data/html/ (its own expected text in tests/data/txt/):
  chinese_article_001 → chinadaily-zhongmei (中国日报网), chinese_article_002 → newscn-duanque
  (新华网 news.cn), chinese_article → bbc-zhongwen-liangzhenying (BBC中文网).
- mozilla/readability, test/test-pages/ (expected.html beside each): qq/source.html → qq-deepmind
  (腾讯网), pixnet/source.html → pixnet-meishu (痞客邦, Taiwan).
- kingname/GeneralNewsExtractor, tests/: people/1 → people-zhengbanqiao (人民网), xinhuanet/1 →
  xinhuanet-bagong (新华网), shanxi/1 → shanxi-gov-sichou (山西省人民政府), gzggw/1 →
  deqing-gov-touzi (德清县人民政府), thepaper/3 → thepaper-zhongyaowenzhang (澎湃新闻), sina/5 →
  sina-chentongjia (新浪), 163/8 → 163-lianfang (网易), sxmu/1 → sxmu-jianchafa (a law text on a
  university site), cjn/1 → cjn-wuhan (长江网).
- adbar/trafilatura, tests/eval/: xinhuanet.com.c_1125597921 → xinhuanet-wuhan (新华网),
  banyuetan.org.1000200033136171577956287380194268_1 → banyuetan-yiyang (半月谈).
- Gerapy/GerapyAutoExtractor, samples/: detail/china_news1 → chinanews-neixu (中国新闻网),
  list/netease_rolling_news → 163-list-gunlun.nomain (a list page: no main text).
- virus-warnning/twnews, twnews/samples/ (unxz first): cna → cna-pingzhen (中央社), ltn →
  ltn-xiongzhai (自由時報), udn → udn-taoji (聯合新聞網), ettoday → ettoday-siji (ETtoday).

All of these are stored as UTF-8 (several still declare GB2312, as pages saved from a browser
do). `*.gbk.html`, `*.gb2312.html` and `*.big5.html` are copies re-encoded here (GBK, GB18030
declared as GB2312, Big5; unencodable characters as `&#...;`) with the meta charset rewritten.

trafilatura runs with include_comments=False and, except in the "tables on" row,
include_tables=False (in plain-text output a layout table becomes one "| ... |" line); goose3 with
its Chinese stopwords; newspaper4k with language="zh" (needs jieba) and fetch_images=False (else it
downloads the page's images); jusText in its language-independent mode with shorter length limits.

Main table: every library gets the same `str` (decoded the way a reader would: UTF-8, else the
declared charset, else GB18030). Encoding table: libraries that accept `bytes` get the raw file,
on the pages whose bytes are not UTF-8 or whose declared charset is wrong.

Measures: precision/recall/F1 of the bag of Han-character bigrams of the extracted text against
the expected text, micro-averaged over the article pages; the share of expected paragraphs
(of at least 6 Han characters) found whole as one output line; the median ratio of output lines
to expected paragraphs; exact titles (spaces and punctuation width ignored); mean time per page;
and what comes back for the list page that has no main text.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import logging
import re
import statistics
import sys
import time
import unicodedata
import warnings
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

logger = logging.getLogger(__name__)

HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
KEEP = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff0-9A-Za-z]")
CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w-]+)""", re.IGNORECASE)
MIN_PARAGRAPH = 6
"""Han characters an expected paragraph needs to count in the paragraph measure."""
BLOCK_TAGS = frozenset(
    {"p", "div", "br", "li", "tr", "td", "th", "section", "article", "table", "ul", "ol"}
    | {"h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "center", "dd", "dt", "figure"}
    | {"figcaption", "pre", "header", "footer"}
)


@dataclass(frozen=True)
class Page:
    name: str
    raw: bytes
    text: str
    """The page decoded as a reader would (see `decode`)."""
    portal: str
    title: str
    expected: str
    main: bool
    """False for a page that has no main text."""
    copy: bool
    """A re-encoded copy of another page: used in the encoding table only."""


@dataclass(frozen=True)
class Extracted:
    text: str
    title: str | None = None
    date: str | None = None
    author: str | None = None


@dataclass
class Score:
    bigrams_found: int = 0
    bigrams_extracted: int = 0
    bigrams_expected: int = 0
    paragraphs_found: int = 0
    paragraphs_expected: int = 0
    line_ratios: list[float] = field(default_factory=list)
    titles: int = 0
    suffixed_titles: int = 0
    dates: int = 0
    seconds: float = 0.0
    pages: int = 0
    failures: int = 0
    per_page: dict[str, float] = field(default_factory=dict)

    def precision(self) -> float:
        return self.bigrams_found / self.bigrams_extracted if self.bigrams_extracted else 0.0

    def recall(self) -> float:
        return self.bigrams_found / self.bigrams_expected if self.bigrams_expected else 0.0

    def f1(self) -> float:
        p, r = self.precision(), self.recall()
        return 2 * p * r / (p + r) if p + r else 0.0


# -- decoding -----------------------------------------------------------------------------------


def codec_for(declared: str) -> str:
    """The codec to decode a declared charset with: GB2312/GBK pages are GB18030 in practice."""
    name = declared.lower()
    if name in {"gb2312", "gbk", "gb18030", "x-gbk", "cp936"}:
        return "gb18030"
    if name in {"big5", "big5-hkscs", "cp950", "x-x-big5"}:
        return "big5hkscs"
    return name


def decode(raw: bytes) -> str:
    """UTF-8 (BOM stripped) when the bytes are UTF-8, else the declared charset, else GB18030."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    match = CHARSET.search(raw[:4096])
    if match:
        with contextlib.suppress(LookupError, UnicodeDecodeError):
            return raw.decode(codec_for(match.group(1).decode("ascii")))
    return raw.decode("gb18030", errors="replace")


def load_pages(folder: Path) -> list[Page]:
    truth: dict[str, dict[str, Any]] = json.loads((folder / "truth.json").read_text("utf-8"))
    pages = []
    for name, entry in sorted(truth.items()):
        path = folder / name
        if not path.exists():
            logger.warning("%s: listed in truth.json but missing", path)
            continue
        raw = path.read_bytes()
        pages.append(
            Page(
                name=name,
                raw=raw,
                text=decode(raw),
                portal=str(entry.get("portal", "")),
                title=str(entry.get("title", "")),
                expected=str(entry.get("text", "")),
                main=not entry.get("no_main_text", False),
                copy=bool(entry.get("copy_of")),
            )
        )
    return pages


# -- extractors ---------------------------------------------------------------------------------


def html_lines(fragment: str) -> str:
    """The text of an HTML fragment, one line per block element."""
    import lxml.html

    root = lxml.html.fromstring(fragment)
    parts: list[str] = [""]

    def walk(element: Any) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag in {"script", "style", "noscript"} or not isinstance(element.tag, str):
            parts[-1] += element.tail or ""
            return
        block = tag in BLOCK_TAGS
        if block:
            parts.append("")
        parts[-1] += element.text or ""
        for child in element:
            walk(child)
        if block:
            parts.append("")
        parts[-1] += element.tail or ""

    walk(root)
    return "\n".join(line.strip() for line in parts if line.strip())


def run_trafilatura(source: str | bytes, **options: Any) -> Extracted:
    import trafilatura
    from trafilatura.settings import Document

    options.setdefault("include_tables", False)
    doc = trafilatura.bare_extraction(source, include_comments=False, with_metadata=True, **options)
    if not isinstance(doc, Document):  # None when nothing is found
        return Extracted("")
    return Extracted(doc.text or "", doc.title, doc.date, doc.author)


def run_readability(source: str | bytes) -> Extracted:
    from readability import Document

    doc = Document(source)
    return Extracted(html_lines(doc.summary(html_partial=True)), doc.short_title())


def run_goose(source: str | bytes) -> Extracted:
    from goose3 import Goose
    from goose3.text import StopWordsChinese

    html = source.decode("utf-8") if isinstance(source, bytes) else source
    with Goose({"stopwords_class": StopWordsChinese, "enable_image_fetching": False}) as goose:
        article = goose.extract(raw_html=html)
    date = article.publish_date
    author = ", ".join(article.authors) if article.authors else None
    return Extracted(article.cleaned_text or "", article.title, date, author)


def run_gne(source: str | bytes) -> Extracted:
    from gne import GeneralNewsExtractor

    html = source.decode("utf-8") if isinstance(source, bytes) else source
    result = GeneralNewsExtractor().extract(html)
    return Extracted(
        result.get("content") or "",
        result.get("title"),
        result.get("publish_time") or None,
        result.get("author") or None,
    )


def run_justext(source: str | bytes) -> Extracted:
    import justext

    # No Chinese stoplist ships with jusText: its language-independent mode, with the length
    # thresholds (70 and 200 characters, meant for Latin script) cut to suit Han text.
    paragraphs = justext.justext(
        source,
        frozenset(),
        stopwords_low=0,
        stopwords_high=0,
        length_low=20,
        length_high=60,
        encoding=None,
    )
    return Extracted("\n".join(p.text for p in paragraphs if not p.is_boilerplate))


def run_boilerpy3(source: str | bytes) -> Extracted:
    from boilerpy3 import extractors

    html = source.decode("utf-8") if isinstance(source, bytes) else source
    doc = extractors.ArticleExtractor(raise_on_failure=False).get_doc(html)
    return Extracted(doc.content or "", doc.title)


def run_newspaper(source: str | bytes) -> Extracted:
    import newspaper

    html = source.decode("utf-8") if isinstance(source, bytes) else source
    # fetch_images=False: otherwise parse() downloads the page's images to size them.
    article = newspaper.Article("http://example.invalid/a.html", language="zh", fetch_images=False)
    article.download(input_html=html)
    article.parse()
    date = article.publish_date.isoformat() if article.publish_date else None
    author = ", ".join(article.authors) if article.authors else None
    return Extracted(article.text or "", article.title, date, author)


def run_resiliparse(source: str | bytes) -> Extracted:
    from resiliparse.extract.html2text import extract_plain_text
    from resiliparse.parse.encoding import bytes_to_str, detect_encoding
    from resiliparse.parse.html import HTMLTree

    html = bytes_to_str(source, detect_encoding(source)) if isinstance(source, bytes) else source
    tree = HTMLTree.parse(html)
    text = extract_plain_text(tree, preserve_formatting=True, main_content=True, alt_texts=False)
    return Extracted(text, tree.title)


def run_html_text(source: str | bytes) -> Extracted:
    import html_text

    html = source.decode("utf-8") if isinstance(source, bytes) else source
    return Extracted(html_text.extract_text(html))


def run_inscriptis(source: str | bytes) -> Extracted:
    import inscriptis

    html = source.decode("utf-8") if isinstance(source, bytes) else source
    return Extracted(inscriptis.get_text(html))


@dataclass(frozen=True)
class Candidate:
    name: str
    short: str
    """A column heading for the per-page table."""
    module: str
    run: Callable[[str | bytes], Extracted]
    takes_bytes: bool
    """Whether the library itself decodes bytes (and so is tried in the encoding table)."""


CANDIDATES = (
    Candidate(
        "trafilatura tables on",
        "traf+tab",
        "trafilatura",
        lambda s: run_trafilatura(s, include_tables=True),
        True,
    ),
    Candidate("trafilatura", "traf", "trafilatura", run_trafilatura, True),
    Candidate(
        "trafilatura precision",
        "traf-prec",
        "trafilatura",
        lambda s: run_trafilatura(s, favor_precision=True),
        True,
    ),
    Candidate(
        "trafilatura recall",
        "traf-rec",
        "trafilatura",
        lambda s: run_trafilatura(s, favor_recall=True),
        True,
    ),
    Candidate("readability-lxml", "readab", "readability", run_readability, True),
    Candidate("goose3 (zh stopwords)", "goose3", "goose3", run_goose, False),
    Candidate("gne", "gne", "gne", run_gne, False),
    Candidate("justext (no stoplist)", "justext", "justext", run_justext, True),
    Candidate("boilerpy3 Article", "boilerpy3", "boilerpy3", run_boilerpy3, False),
    Candidate("newspaper4k (zh)", "np4k", "newspaper", run_newspaper, False),
    Candidate("resiliparse main", "resilip", "resiliparse", run_resiliparse, True),
    Candidate("html-text (whole page)", "html-text", "html_text", run_html_text, False),
    Candidate("inscriptis (whole page)", "inscrip", "inscriptis", run_inscriptis, False),
)


# -- measures -----------------------------------------------------------------------------------


def bigrams(text: str) -> Counter[str]:
    counts: Counter[str] = Counter()
    for line in text.splitlines():
        han = "".join(HAN.findall(line))
        counts.update(han[i : i + 2] for i in range(len(han) - 1))
    return counts


def key(text: str) -> str:
    return "".join(KEEP.findall(unicodedata.normalize("NFKC", text)))


def same_title(found: str | None, expected: str) -> bool:
    return bool(found) and key(found or "") == key(expected)


def suffixed_title(found: str | None, expected: str) -> bool:
    """The title followed by the site's name, as in most <title> elements."""
    return bool(found) and key(found or "").startswith(key(expected)) != same_title(found, expected)


def is_bytes_case(page: Page) -> bool:
    """A page whose bytes are not UTF-8, or whose declared charset is not UTF-8."""
    match = CHARSET.search(page.raw[:4096])
    declared = match.group(1).decode("ascii").lower() if match else "utf-8"
    try:
        page.raw.decode("utf-8")
    except UnicodeDecodeError:
        return True
    return declared not in {"utf-8", "utf8"}


@contextlib.contextmanager
def quiet() -> Iterator[None]:
    """Silence the chatter some libraries print or log while extracting."""
    previous = logging.root.manager.disable
    logging.disable(logging.CRITICAL)
    with (
        warnings.catch_warnings(),
        contextlib.redirect_stdout(io.StringIO()),
        contextlib.redirect_stderr(io.StringIO()),
    ):
        warnings.simplefilter("ignore")
        try:
            yield
        finally:
            logging.disable(previous)


def attempt(candidate: Candidate, source: str | bytes) -> tuple[Extracted | None, float]:
    start = time.perf_counter()
    try:
        with quiet():
            result = candidate.run(source)
    except Exception as error:  # a library failing on a page is a result, not a crash
        logger.debug("%s failed: %r", candidate.name, error)
        return None, time.perf_counter() - start
    return result, time.perf_counter() - start


def add(score: Score, page: Page, result: Extracted | None, seconds: float) -> None:
    score.pages += 1
    score.seconds += seconds
    expected = bigrams(page.expected)
    score.bigrams_expected += sum(expected.values())
    if result is None:
        score.failures += 1
        score.per_page[page.name] = 0.0
        return
    got = bigrams(result.text)
    found = sum((got & expected).values())
    score.bigrams_found += found
    score.bigrams_extracted += sum(got.values())
    page_p = found / sum(got.values()) if got else 0.0
    page_r = found / sum(expected.values()) if expected else 0.0
    score.per_page[page.name] = 2 * page_p * page_r / (page_p + page_r) if found else 0.0
    lines = {key(line) for line in result.text.splitlines() if key(line)}
    paragraphs = [key(p) for p in page.expected.splitlines()]
    paragraphs = [p for p in paragraphs if len(HAN.findall(p)) >= MIN_PARAGRAPH]
    score.paragraphs_expected += len(paragraphs)
    score.paragraphs_found += sum(p in lines for p in paragraphs)
    if paragraphs:
        score.line_ratios.append(len(lines) / len(paragraphs))
    score.titles += same_title(result.title, page.title)
    score.suffixed_titles += suffixed_title(result.title, page.title)
    score.dates += bool(result.date)


def installed(module: str) -> bool:
    try:
        __import__(module)
    except ImportError:
        return False
    return True


def table(header: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]

    def fmt(row: list[str]) -> str:
        return "| " + " | ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)) + " |"

    rule = "|" + "|".join("-" * (w + 2) for w in widths) + "|"
    return "\n".join([fmt(header), rule, *(fmt(row) for row in rows)])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=Path, required=True, help="folder of .html + truth.json")
    parser.add_argument("--per-page", action="store_true", help="also print F1 per page")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")

    pages = load_pages(args.pages)
    articles = [p for p in pages if p.main and not p.copy]
    empty = [p for p in pages if not p.main]
    odd = [p for p in pages if p.main and is_bytes_case(p)]
    portals = {p.portal for p in articles}
    print(
        f"{len(articles)} article pages from {len(portals)} portals, {len(empty)} without main "
        f"text, {sum(p.copy for p in pages)} re-encoded copies"
    )

    main_rows, enc_rows, empty_rows = [], [], []
    scores: dict[str, Score] = {}
    for candidate in CANDIDATES:
        if not installed(candidate.module):
            main_rows.append([candidate.name, "not installed", *[""] * 8])
            logger.warning("%s: not installed, skipped", candidate.module)
            continue
        score = scores[candidate.name] = Score()
        for page in articles:
            add(score, page, *attempt(candidate, page.text))
        ratio = statistics.median(score.line_ratios) if score.line_ratios else 0.0
        main_rows.append(
            [
                candidate.name,
                f"{score.precision():.3f}",
                f"{score.recall():.3f}",
                f"{score.f1():.3f}",
                f"{min(score.per_page.values()):.2f}",
                f"{score.paragraphs_found / max(score.paragraphs_expected, 1):.0%}",
                f"{ratio:.2f}",
                f"{score.titles}/{score.pages} (+{score.suffixed_titles})",
                f"{score.dates}/{score.pages}",
                f"{1000 * score.seconds / max(score.pages, 1):.0f}"
                + (f" ({score.failures} failed)" if score.failures else ""),
            ]
        )
        for page in empty:
            result, _ = attempt(candidate, page.text)
            shown = "raises" if result is None else f"{len(HAN.findall(result.text))} Han chars"
            empty_rows.append([candidate.name, page.name, shown])
        if candidate.takes_bytes and odd:
            from_bytes = Score()
            for page in odd:
                add(from_bytes, page, *attempt(candidate, page.raw))
            from_str = Score()
            for page in odd:
                add(from_str, page, *attempt(candidate, page.text))
            worst = min(from_bytes.per_page, key=lambda name: from_bytes.per_page[name])
            enc_rows.append(
                [
                    candidate.name,
                    f"{from_str.f1():.3f}",
                    f"{from_bytes.f1():.3f}",
                    f"{worst} {from_bytes.per_page[worst]:.2f}",
                ]
            )

    print()
    print(
        table(
            ["library", "P", "R", "F1", "worst", "paras", "lines", "title", "date", "ms/page"],
            main_rows,
        )
    )
    print(
        "\nP/R/F1: Han bigrams, micro-averaged; worst: lowest F1 on one page; paras: expected "
        "paragraphs found whole as one line; lines: median output lines / expected paragraphs; "
        "title: exact (+ followed by the site's name)."
    )
    if enc_rows:
        print(f"\nEncoding: {len(odd)} pages not UTF-8 or declaring another charset")
        print(", ".join(p.name for p in odd))
        print(table(["library (bytes in)", "F1 str in", "F1 bytes in", "worst page"], enc_rows))
    if empty_rows:
        print("\nPages without main text (ideally nothing comes back):")
        print(table(["library", "page", "returned"], empty_rows))
    if args.per_page:
        names = [p.name for p in articles]
        shorts = {c.name: c.short for c in CANDIDATES}
        header = ["page", *(shorts[name] for name in scores)]
        rows = [[n[:30], *(f"{s.per_page[n]:.2f}" for s in scores.values())] for n in names]
        print()
        print(table(header, rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
