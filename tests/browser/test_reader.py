"""The reader in a real browser: the collection, a document's table of contents, citations, dark
mode, the keyboard, redactions, phones and desktops, print, and a site that never leaves its origin.
The site is served under /unionreader/ as GitHub Pages serves a project site.
"""

from __future__ import annotations

import json
import re
import urllib.parse
from pathlib import Path
from typing import Any

import pytest
from serving import SiteServer

from unionreader.pages import short

pytestmark = pytest.mark.browser
expect = pytest.importorskip("playwright.sync_api").expect

SPEECH = "shi-quanweihui-2023"  # points under numbered headings, redactions, a salutation
INLINE = "quanzong-zhiwei-2022"  # a title supplied by the editor, fifteen inline points
PHONE = {"width": 375, "height": 812}


def corpus(site: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((site / "data" / "corpus.json").read_text("utf-8"))
    return data


def document(site: Path, slug: str) -> dict[str, Any]:
    return next(d for d in corpus(site)["documents"] if d["slug"] == slug)


def first_point_under(
    doc: dict[str, Any], heading_start: str
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The first section whose heading starts with `heading_start`, and its first point."""
    section = next(s for s in doc["sections"] if (s["heading"] or "").startswith(heading_start))
    point = next(b for b in section["blocks"] if b["type"] == "point")
    return section, point


def test_home_lists_the_collection_and_opens_a_document(
    page: Any, site: Path, server: SiteServer
) -> None:
    docs = corpus(site)["documents"]
    page.goto("./")
    expect(page.locator("ol.entries > li.entry")).to_have_count(len(docs))
    titles = page.locator("li.entry a.entry-title").all_inner_texts()
    assert sorted(titles) == sorted(d["title"] for d in docs)
    expect(page.locator("form[role=search] input[name=q]").first).to_be_visible()

    speech = document(site, SPEECH)
    page.get_by_role("link", name=speech["title"], exact=True).click()
    expect(page).to_have_url(f"{server.url}d/{SPEECH}/")
    expect(page.locator("h1")).to_have_text(speech["title"])
    expect(page.locator("nav.breadcrumbs a")).to_have_text(["首页"])


def test_document_keeps_the_dom_contract(page: Any, site: Path) -> None:
    doc = document(site, INLINE)
    page.goto(f"d/{INLINE}/")
    expect(page.locator(".title-note")).to_contain_text("编者")
    for section in doc["sections"]:
        expect(page.locator(f"section#{section['id']}")).to_have_count(1)
        for block in section["blocks"]:
            kind = "point" if block["type"] == "point" else "para"
            element = page.locator(f"#{block['id']}")
            expect(element).to_have_class(kind if kind == "point" else f"para role-{block['role']}")
            if kind == "point":
                expect(element.locator(":scope > .marker")).to_have_text(block["marker"])
            expect(
                element.locator(f':scope > .tools a.permalink[href="#{block["id"]}"]')
            ).to_have_count(1)
            expect(
                element.locator(f':scope > .tools button.cite[data-id="{block["id"]}"]')
            ).to_have_count(1)
            for inline in block["points"]:
                span = page.locator(f"span.inline-point#{inline['id']}")
                expect(span.locator(".marker")).to_have_text(inline["marker"])
                expect(span.locator(f'a.permalink[href="#{inline["id"]}"]')).to_have_count(1)
    expect(page.locator("a[rel=next]")).to_have_count(1)
    expect(page.locator("a[rel=prev]")).to_have_count(1)
    expect(page.locator("#status[role=status]")).to_have_count(1)
    expect(page.locator("script[src$='static/highlight.js']")).to_have_count(1)


def test_a_toc_entry_lands_on_its_point_and_becomes_current(page: Any, site: Path) -> None:
    _, point = first_point_under(document(site, SPEECH), "五、")
    page.goto(f"d/{SPEECH}/")
    entry = page.locator(f'nav.toc a[href="#{point["id"]}"]')
    expect(entry).to_be_visible()  # open beside the text on a wide screen
    entry.click()
    expect(page).to_have_url(f"{page.url.split('#')[0]}#{point['id']}")
    expect(page.locator(f"#{point['id']}")).to_be_in_viewport()
    expect(entry).to_have_attribute("aria-current", "true")
    expect(page.locator('nav.toc a[aria-current="true"]')).to_have_count(1)


def test_the_current_toc_entry_follows_the_scroll(page: Any, site: Path) -> None:
    section, _ = first_point_under(document(site, SPEECH), "七、")
    page.goto(f"d/{SPEECH}/")
    expect(page.locator('nav.toc a[href="#s1"]')).to_have_attribute("aria-current", "true")
    page.locator(f"#{section['id']}").evaluate(
        "e => window.scrollTo({top: e.getBoundingClientRect().top + scrollY, behavior: 'instant'})"
    )
    current = page.locator('nav.toc a[aria-current="true"]')
    ids = [section["id"]] + [b["id"] for b in section["blocks"]]  # the section or its first point
    expect(current).to_have_attribute("href", re.compile("^#(" + "|".join(ids) + ")$"))


def test_on_a_phone_the_toc_is_collapsed_and_closes_after_a_jump(page: Any, site: Path) -> None:
    _, point = first_point_under(document(site, SPEECH), "三、")
    page.set_viewport_size(PHONE)
    page.goto(f"d/{SPEECH}/")
    entry = page.locator(f'nav.toc a[href="#{point["id"]}"]')
    expect(entry).to_be_hidden()
    page.locator("nav.toc summary").click()
    entry.click()
    expect(page.locator(f"#{point['id']}")).to_be_in_viewport()
    expect(page.locator("nav.toc details")).not_to_have_attribute("open", "")


def test_copy_citation_gives_title_section_point_and_address(
    page: Any, site: Path, server: SiteServer
) -> None:
    doc = document(site, SPEECH)
    section, point = first_point_under(doc, "一、")
    assert point["marker"] == "一要"
    page.goto(f"d/{SPEECH}/")
    block = page.locator(f"#{point['id']}")
    block.hover()
    block.locator(":scope > .tools button.cite").click()
    expected = (
        f"《{doc['title']}》，{short(section['heading'])}，一要"
        f" — {server.url}d/{SPEECH}/#{point['id']}"
    )
    expect(page.locator("#status")).to_have_text("已复制引用")
    assert page.evaluate("navigator.clipboard.readText()") == expected


def test_copy_citation_of_an_inline_point(page: Any, site: Path, server: SiteServer) -> None:
    doc = document(site, INLINE)
    block = next(b for s in doc["sections"] for b in s["blocks"] if b["points"])
    inline = block["points"][2]
    page.goto(f"d/{INLINE}/#{inline['id']}")
    span = page.locator(f"#{inline['id']}")
    span.hover()
    span.locator("button.cite").click()
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.startswith(f"《{doc['title']}》，")
    assert copied.endswith(f"，{inline['marker']} — {server.url}d/{INLINE}/#{inline['id']}")


def test_dark_mode_switches_and_is_remembered(page: Any) -> None:
    page.goto(f"d/{SPEECH}/")
    background = "getComputedStyle(document.body).backgroundColor"
    light = page.evaluate(background)
    toggle = page.locator("button[data-theme-toggle]")
    expect(toggle).to_have_attribute("aria-pressed", "false")
    toggle.click()
    expect(page.locator("html")).to_have_attribute("data-theme", "dark")
    expect(toggle).to_have_attribute("aria-pressed", "true")
    dark = page.evaluate(background)
    assert dark != light
    assert page.evaluate("localStorage.getItem('unionreader-theme')") == "dark"
    page.reload()
    expect(page.locator("html")).to_have_attribute("data-theme", "dark")
    assert page.evaluate(background) == dark
    page.locator("button[data-theme-toggle]").click()
    assert page.evaluate(background) == light


def test_dark_mode_follows_the_system(browser: Any, server: SiteServer) -> None:
    context = browser.new_context(color_scheme="dark", base_url=server.url)
    try:
        page = context.new_page()
        page.goto(f"d/{SPEECH}/")
        expect(page.locator("button[data-theme-toggle]")).to_have_attribute("aria-pressed", "true")
        red, green, blue = page.evaluate(
            "getComputedStyle(document.body).backgroundColor.match(/\\d+/g).slice(0, 3).map(Number)"
        )
        assert red + green + blue < 150
    finally:
        context.close()


def test_keyboard_skip_link_and_search_shortcuts(page: Any) -> None:
    page.goto(f"d/{SPEECH}/")
    page.keyboard.press("Tab")
    skip = page.locator("a.skip-link")
    expect(skip).to_be_focused()
    expect(skip).to_have_attribute("href", "#main")
    assert skip.evaluate("e => e.getBoundingClientRect().top") >= 0  # shown when focused
    page.keyboard.press("Enter")
    expect(page.locator("main#main")).to_be_focused()

    search = page.locator("header form[role=search] input[name=q]")
    page.keyboard.press("/")
    expect(search).to_be_focused()
    page.keyboard.type("工会/职工")
    expect(search).to_have_value("工会/职工")  # typing a / in the box stays typing
    page.locator("h1").click()
    page.keyboard.press("Control+k")
    expect(search).to_be_focused()
    for edition in ("zh-Hans", "zh-Hant"):  # the 简/繁 switch, then the theme
        page.keyboard.press("Tab")
        expect(page.locator(f".edition-switch a[hreflang={edition}]")).to_be_focused()
    page.keyboard.press("Tab")
    expect(page.locator("button[data-theme-toggle]")).to_be_focused()

    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline not in {"", "none"}, "focus must be visible"


def test_permalinks_and_citations_appear_on_focus(page: Any) -> None:
    page.goto(f"d/{SPEECH}/")
    permalink = page.locator("#s3-pt1 > .tools a.permalink")
    assert permalink.evaluate("e => getComputedStyle(e.parentElement).opacity") == "0"
    permalink.focus()
    expect(permalink.locator("..")).to_have_css("opacity", "1")


def test_a_redaction_explains_itself_on_focus_and_hover(page: Any) -> None:
    page.goto(f"d/{SPEECH}/")
    redaction = page.locator(".redaction").first
    expect(redaction).to_have_text("*")
    expect(redaction).to_have_attribute("tabindex", "0")
    tip = "e => { const s = getComputedStyle(e, '::after'); return [s.display, s.content]; }"
    assert redaction.evaluate(tip)[0] == "none"
    redaction.focus()
    expect(redaction).to_be_focused()
    display, content = redaction.evaluate(tip)
    assert display != "none" and "此处来源中写作 *，原字未给出" in content
    page.locator("h1").focus()
    redaction.hover()
    assert redaction.evaluate(tip)[0] != "none"


def test_screenshots_and_no_horizontal_overflow_on_a_phone(page: Any, artifacts: Path) -> None:
    page.goto(f"d/{SPEECH}/")
    page.screenshot(path=str(artifacts / "doc-1280.png"))
    page.goto("./")
    page.screenshot(path=str(artifacts / "home-1280.png"))
    page.set_viewport_size(PHONE)
    page.goto(f"d/{SPEECH}/")
    page.screenshot(path=str(artifacts / "doc-375.png"))
    for path in ["./", f"d/{SPEECH}/", f"d/{INLINE}/", f"d/{INLINE}/notes/", "about/", "no/such/"]:
        page.goto(path)
        width = page.evaluate("document.scrollingElement.scrollWidth")
        assert width <= PHONE["width"], f"{path}: {width} px wide on a 375 px phone"


def test_print_shows_the_address_and_hides_the_navigation(page: Any, server: SiteServer) -> None:
    page.goto(f"d/{SPEECH}/")
    page.emulate_media(media="print")
    page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
    for hidden in ["nav.toc", "header.site-header", "nav.pager", "button.cite >> nth=0"]:
        expect(page.locator(hidden)).to_be_hidden()
    expect(page.locator(".page-url")).to_have_text(f"{server.url}d/{SPEECH}/")
    notes = page.locator(".doc-links a.notes-link")
    assert notes.get_attribute("data-print-href") == f"{server.url}d/{SPEECH}/notes/"
    assert "notes/" in notes.evaluate("e => getComputedStyle(e, '::after').content")


def test_no_request_leaves_the_site(page: Any, server: SiteServer) -> None:
    for path in ["./", f"d/{SPEECH}/", f"d/{INLINE}/notes/", "about/", "no/such/page/"]:
        page.goto(path)
        page.wait_for_load_state("networkidle")
    page.goto(f"d/{SPEECH}/")
    page.locator("button[data-theme-toggle]").click()
    origin = urllib.parse.urlsplit(server.url)
    for url in page.requests:
        parts = urllib.parse.urlsplit(url)
        assert (parts.scheme, parts.netloc) == (origin.scheme, origin.netloc), url
        assert parts.path.startswith(origin.path), url


def test_the_404_page_works_deep_under_the_sub_path(page: Any, server: SiteServer) -> None:
    response = page.goto(server.url + "no/such/deep/page/")
    assert response is not None and response.status == 404
    expect(page.locator("h1")).to_have_text("找不到这个页面")
    position = page.evaluate("getComputedStyle(document.querySelector('.skip-link')).position")
    assert position == "absolute", "the stylesheet did not load"
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    expect(page.locator("main#main")).to_be_focused()
    assert page.url == server.url + "no/such/deep/page/"  # the skip link stays on this page
    page.locator("a.home-link").click()
    expect(page).to_have_url(server.url)
    expect(page.locator("li.entry")).to_have_count(5)


@pytest.mark.parametrize(
    "path",
    [
        "./",
        f"d/{SPEECH}/",
        f"d/{SPEECH}/notes/",
        "search/?q=工会",
        "terms/",
        "zh-hant/",
        f"zh-hant/d/{SPEECH}/",
        "zh-hant/search/?q=工會",
        "d/no-such-document/",  # the 404 page, built without --base-url: the root is the
        "zh-hant/terms/no-such-term/",  # folder above d/ or zh-hant/, found with no request
    ],
)
def test_no_page_makes_a_request_that_fails(page: Any, server: SiteServer, path: str) -> None:
    failed = _failed_requests(page)
    page.goto(path)
    page.wait_for_load_state("networkidle")
    assert not failed
    assert not [url for url in page.requests if url.endswith("/favicon.ico")]
    icon = page.locator("link[rel=icon]").get_attribute("href")
    manifest = page.locator("link[rel=manifest]").get_attribute("href")
    assert icon and manifest and not icon.startswith("/") and not manifest.startswith("/")
    fetched = page.evaluate(
        """async ([icon, manifest]) => {
            const m = await fetch(manifest), data = await m.json();
            const i = await fetch(new URL(data.icons[0].src, m.url));
            return [(await fetch(icon)).status, m.status, i.status];
        }""",
        [icon, manifest],
    )
    assert fetched == [200, 200, 200]


def _failed_requests(page: Any) -> list[str]:
    """Every request of `page` from now on that fails or is answered 400 or above (but for the
    page itself: a 404 page is answered 404)."""
    failed: list[str] = []
    page.on("requestfailed", lambda request: failed.append(f"{request.url} (failed)"))
    page.on(
        "response",
        lambda r: (
            failed.append(f"{r.url} {r.status}")
            if r.status >= 400 and r.request.resource_type != "document"
            else None
        ),
    )
    return failed


def test_the_404_page_off_the_sites_folders_finds_the_root_within_the_site(
    page: Any, server: SiteServer
) -> None:
    failed = _failed_requests(page)
    page.goto("no/such/deep/page/")  # built without --base-url; the site is under /unionreader/
    page.wait_for_load_state("networkidle")
    asked = [f"{server.url}{folder}static/manifest.webmanifest 404" for folder in FOLDERS_BELOW]
    assert failed == asked  # the folders below the root, nearest first; none above it
    page.locator("a.home-link").click()
    expect(page).to_have_url(server.url)


FOLDERS_BELOW = ["no/such/deep/page/", "no/such/deep/", "no/such/", "no/"]


LINE_EDGES = r"""() => {
  const CLOSING = "，。、；：？！）》」』”’〕】…", OPENING = "（《「『“‘〔【";
  const bad = [];
  let tailTools = 0;
  for (const p of document.querySelectorAll(".doc-body p")) {
    const lines = [];
    const walk = document.createTreeWalker(p, NodeFilter.SHOW_TEXT, {acceptNode: (n) =>
      n.parentElement.closest(".tools") ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT});
    let last = null;
    for (let n; (n = walk.nextNode());) {
      for (let i = 0; i < n.data.length; i++) {
        if (/\s/.test(n.data[i])) continue;
        const range = document.createRange();
        range.setStart(n, i);
        range.setEnd(n, i + 1);
        const rect = range.getClientRects()[0];
        if (!rect) continue;
        if (!lines.length || rect.top > lines[lines.length - 1].top + 8)
          lines.push({top: rect.top, text: ""});
        lines[lines.length - 1].text += n.data[i];
        last = rect;
      }
    }
    lines.forEach((line, k) => {
      if (k > 0 && CLOSING.includes(line.text[0]))
        bad.push(`${p.id} starts: ${line.text.slice(0, 8)}`);
      if (k < lines.length - 1 && OPENING.includes(line.text.at(-1)))
        bad.push(`${p.id} ends: ${line.text.slice(-8)}`);
    });
    const tools = p.querySelector(":scope > .tools");
    if (tools && last && tools.getBoundingClientRect().top > last.bottom) tailTools++;
  }
  return {bad, tailTools};
}"""


@pytest.mark.parametrize("width", [375, 402, 444, 577, 682, 1280])
def test_no_line_starts_with_closing_or_ends_with_opening_punctuation(
    browser: Any, server: SiteServer, width: int
) -> None:
    """Also next to redactions (*), which once were inline blocks that CSS could break around;
    and the hidden ¶/引用 tools never take a line of their own."""
    context = browser.new_context(viewport={"width": width, "height": 900}, base_url=server.url)
    try:
        page = context.new_page()
        for slug in (SPEECH, INLINE):
            page.goto(f"d/{slug}/")
            found = page.evaluate(LINE_EDGES)
            assert found == {"bad": [], "tailTools": 0}, (slug, width)
    finally:
        context.close()


def test_the_search_page_does_not_move_when_results_arrive(page: Any, server: SiteServer) -> None:
    page.add_init_script(
        """window.shifted = 0; new PerformanceObserver((list) => {
             for (const e of list.getEntries()) if (!e.hadRecentInput) window.shifted += e.value;
           }).observe({type: "layout-shift", buffered: true});"""
    )
    for width in (1280, 375):
        page.set_viewport_size({"width": width, "height": 800})
        page.goto("search/?q=工会")
        page.wait_for_selector("[data-search-results][data-state=done]", state="attached")
        page.wait_for_timeout(300)
        assert page.evaluate("window.shifted") < 0.01, width  # Lighthouse counts 0.1 as poor


def test_tools_are_tap_targets_of_24_px_on_a_touch_screen(browser: Any, server: SiteServer) -> None:
    context = browser.new_context(
        viewport={"width": 375, "height": 812}, has_touch=True, is_mobile=True, base_url=server.url
    )
    try:
        page = context.new_page()
        page.goto(f"d/{SPEECH}/")
        sizes = page.evaluate(
            """() => [...document.querySelectorAll(".tools > *")]
                 .map((e) => e.getBoundingClientRect())
                 .filter((r) => r.width > 0).map((r) => [r.width, r.height])"""
        )
        assert len(sizes) > 20
        assert min(w for w, _ in sizes) >= 24 and min(h for _, h in sizes) >= 24
    finally:
        context.close()
