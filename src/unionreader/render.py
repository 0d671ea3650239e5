"""Rendering: documents and cards → the site's pages as OutputFiles (Jinja2 over view models)."""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from html import escape
from pathlib import Path

from jinja2 import (
    Environment,
    FileSystemBytecodeCache,
    FileSystemLoader,
    StrictUndefined,
    TemplateError,
    TemplateSyntaxError,
    select_autoescape,
)
from jinja2.bccache import Bucket

from unionreader import kept, urls
from unionreader.cards import DocRef, DocumentCard
from unionreader.csp import REFERRER, inline_scripts
from unionreader.errors import BuildError
from unionreader.link.links import DocLinks, IndexedTerm, Term
from unionreader.model import Document, OutputFile
from unionreader.pages import (
    PAGER_SLOT,
    SITE_NAME,
    SiteContext,
    document_page,
    home_pages,
    list_pages,
    notes_page,
    page,
    pager,
)
from unionreader.prose import keep_prose, render_prose
from unionreader.search.page import search_page
from unionreader.term_views import term_index, term_page
from unionreader.views import Link, NotFoundPage, ProsePage

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class RenderConfig:
    """Where templates and Markdown content are, and the site's public address if known."""

    templates_dir: Path
    base_url: str | None = None  # https://user.github.io/unionreader/ (ends with /)


def environment(templates_dir: Path) -> Environment:
    """Jinja2 with autoescape everywhere and undefined names as errors; templates reach their
    inline scripts and the policy that allows them through `inline_script` and `csp`.
    Templates compiled once are kept for the next build (`kept`, beside the tables), so that no
    process of a rebuild compiles them again."""
    compiled = kept.folder(COMPILED)
    env = Environment(
        loader=FileSystemLoader(templates_dir),
        bytecode_cache=_Compiled(str(compiled)) if compiled else None,
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    scripts = inline_scripts(templates_dir)
    env.globals.update(inline_script=scripts.script, csp=scripts.policy, referrer=REFERRER)
    return env


COMPILED = "templates"
"""The folder of the kept tables where compiled templates are kept (Jinja2 checks each against
its template's source; the folder is per code and library version, like the tables)."""


class _Compiled(FileSystemBytecodeCache):
    """Jinja2's cache of compiled templates, where one that cannot be written is not kept."""

    def dump_bytecode(self, bucket: Bucket) -> None:
        try:
            super().dump_bytecode(bucket)
        except OSError:
            logger.debug("a compiled template could not be kept in %s", self.directory)


class Renderer:
    """The site's templates with its context: renders each page as an OutputFile."""

    def __init__(self, config: RenderConfig) -> None:
        self.config = config
        self.env = environment(config.templates_dir)
        self.ctx = SiteContext(base_url=config.base_url, markdown=render_prose)

    def out(self, path: str, template: str, view: object) -> OutputFile:
        return OutputFile(
            path, render_template(self.env, self.config.templates_dir, template, view)
        )

    def document(
        self, doc: Document, links: DocLinks, before: DocRef | None, after: DocRef | None
    ) -> OutputFile:
        """A document's page, linking its neighbours in reading order."""
        page = self.unlinked(doc, links)
        return OutputFile(urls.document_path(doc.slug), self.link(page, doc.slug, before, after))

    def unlinked(self, doc: Document, links: DocLinks) -> bytes:
        """A document's page with an empty pager slot (`link` fills it)."""
        view = document_page(self.ctx, doc, links)
        return render_template(self.env, self.config.templates_dir, "document.html", view)

    def link(self, page: bytes, slug: str, before: DocRef | None, after: DocRef | None) -> bytes:
        """The page of `slug` with the links to its neighbours in its pager slot."""
        links = render_template(
            self.env, self.config.templates_dir, "pager.html", pager(slug, before, after)
        )
        slot = PAGER_SLOT.encode()
        if page.count(slot) != 1:
            raise BuildError("document.html must have one pager slot ({{ view.pager|safe }})")
        return page.replace(slot, links.rstrip(b"\n"))

    def sitemap(self, cards: Sequence[DocumentCard], terms: Sequence[str]) -> OutputFile | None:
        """sitemap.xml when the base URL is known: every page in both editions (the terms by
        slug)."""
        if not self.config.base_url:
            return None
        paths = [urls.list_path(number) for number in range(1, list_pages(len(cards)) + 1)]
        for card in cards:
            paths += [urls.document_path(card.slug), urls.notes_path(card.slug)]
        paths += [urls.ABOUT, urls.SEARCH, urls.TERMS]
        paths += [urls.term_path(slug) for slug in terms]
        paths += [urls.traditional_path(path) for path in paths]  # and the Traditional edition
        return OutputFile(urls.SITEMAP, _sitemap(self.config.base_url, paths).encode())

    def term(self, term: Term, documents: Mapping[int, DocRef]) -> bytes:
        """A term's page."""
        path = urls.term_path(term.slug)
        crumbs = (
            Link(urls.relative(path, urls.HOME), "首页"),
            Link(urls.relative(path, urls.TERMS), "提法"),
        )
        view = page(
            self.ctx, path, f"“{term.text}”", f"提法“{term.text}”在文献中的全部用例", crumbs
        )
        return self.out(path, "term.html", term_page(view, term, documents)).content

    def term_index(self, terms: Sequence[IndexedTerm]) -> bytes:
        """The index of every term."""
        crumbs = (Link(urls.relative(urls.TERMS, urls.HOME), "首页"),)
        view = page(self.ctx, urls.TERMS, "提法", "文献中反复出现的提法及其全部用例", crumbs)
        return self.out(urls.TERMS, "terms.html", term_index(view, terms)).content

    def notes(self, doc: Document) -> OutputFile:
        """A document's notes page (every change the normaliser made)."""
        return self.out(urls.notes_path(doc.slug), "notes.html", notes_page(self.ctx, doc))

    def collection(self, cards: Sequence[DocumentCard]) -> list[OutputFile]:
        """The pages about the whole collection (cards in reading order): home (and the
        collection's pages after it), about, search and 404."""
        folder = self.config.templates_dir / "content"
        intro, about = read_content(folder / "intro.md"), read_content(folder / "about.md")
        ctx = self.ctx
        about_page = page(ctx, urls.ABOUT, "关于本站", f"关于{SITE_NAME}")
        files = [
            *(
                self.out(view.page.path, "home.html", view)
                for view in home_pages(ctx, cards, intro)
            ),
            self.out(urls.ABOUT, "about.html", ProsePage(about_page, ctx.markdown(about))),
            self.out(urls.SEARCH, "search.html", search_page(ctx, len(cards))),
            self.out(urls.NOT_FOUND, "404.html", _not_found(ctx)),
        ]
        keep_prose()  # the home page has rendered every document's description
        return files


def read_content(path: Path) -> str:
    """A Markdown content file (the home introduction, the about page)."""
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise BuildError(f"cannot read content: {error}", path) from error


def render_template(env: Environment, folder: Path, name: str, view: object) -> bytes:
    """One template rendered with `view`; a template error names the file and line."""
    try:
        return env.get_template(name).render(view=view).encode("utf-8")
    except TemplateSyntaxError as error:
        raise BuildError(error.message or "syntax error", folder / name, error.lineno) from error
    except TemplateError as error:
        raise BuildError(f"{type(error).__name__}: {error}", folder / name) from error


def _not_found(ctx: SiteContext) -> NotFoundPage:
    """404.html is served at any depth, so its links resolve against <base href> (the site root)."""
    base_path = "/"
    if ctx.base_url:
        base_path = "/" + ctx.base_url.split("://", 1)[-1].partition("/")[2]
    view = page(ctx, urls.NOT_FOUND, "找不到这个页面", "找不到这个页面")
    return NotFoundPage(
        page=view,
        base_href=base_path if base_path.endswith("/") else base_path + "/",
        tops=" ".join(urls.top_folders()),
    )


def _sitemap(base_url: str, pages: Sequence[str]) -> str:
    entries = "".join(
        f"<url><loc>{escape(urls.absolute(base_url, p), quote=False)}</loc></url>\n" for p in pages
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        f"{entries}</urlset>\n"
    )
