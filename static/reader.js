/* UnionReader: theme switch, term links on or off, search shortcut, citations, and a table of
   contents that follows the scroll. Self-contained: it talks to nothing but the page. */
(function () {
  "use strict";
  var doc = document, root = doc.documentElement, KEY = "unionreader-theme";
  var systemDark = matchMedia("(prefers-color-scheme: dark)"), touch = matchMedia("(hover: none)");
  var each = function (selector, fn) {
    Array.prototype.forEach.call(doc.querySelectorAll(selector), fn);
  };

  /* Theme: the system's until the reader picks one, which is remembered. */
  var theme = function () {
    return root.getAttribute("data-theme") || (systemDark.matches ? "dark" : "light");
  };
  var syncToggles = function () {
    each("[data-theme-toggle]", function (button) {
      button.setAttribute("aria-pressed", String(theme() === "dark"));
    });
  };
  var toggleTheme = function () {
    var next = theme() === "dark" ? "light" : "dark";
    root.setAttribute("data-theme", next);
    try {
      localStorage.setItem(KEY, next);
    } catch (e) { /* storage off: the choice lasts for this page */ }
    syncToggles();
  };
  systemDark.addEventListener("change", syncToggles);

  /* Term links in the text: on unless the reader switched them off (remembered). Off, they read
     as plain text and leave the tab order. */
  var TERMS = "unionreader-terms";
  var showTerms = function (on) {
    root.classList.toggle("terms-off", !on);
    each("a.term", function (link) {
      if (on) link.removeAttribute("tabindex"); else link.setAttribute("tabindex", "-1");
    });
    each("[data-terms-toggle]", function (button) {
      button.setAttribute("aria-pressed", String(on));
    });
  };
  var toggleTerms = function () {
    var on = root.classList.contains("terms-off");
    try {
      localStorage.setItem(TERMS, on ? "on" : "off");
    } catch (e) { /* storage off: the choice lasts for this page */ }
    showTerms(on);
  };
  try {
    if (localStorage.getItem(TERMS) === "off") showTerms(false);
  } catch (e) { /* storage off: terms shown */ }

  /* / and Ctrl-K (Cmd-K) go to the search box (the search page's own, there); a / typed into a
     field stays a /. */
  doc.addEventListener("keydown", function (event) {
    var target = event.target, key = event.key;
    var box = doc.getElementById("search-q") || doc.getElementById("site-q");
    var typing = target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
    var chord = (key === "k" || key === "K") && (event.ctrlKey || event.metaKey) && !event.altKey;
    var slash = key === "/" && !typing && !event.ctrlKey && !event.metaKey && !event.altKey;
    if (box && (chord || slash)) {
      event.preventDefault();
      box.focus();
      box.select();
    }
  });

  /* Citations: 《title》，section，point — the address of this page and the anchor. */
  var pageUrl = function () {
    return location.href.split("#")[0].split("?")[0];
  };
  var toastTimer;
  var announce = function (message) {
    var status = doc.getElementById("status");
    status.textContent = message;
    status.classList.add("show");
    clearTimeout(toastTimer);
    toastTimer = setTimeout(function () {
      status.classList.remove("show");
    }, 2400);
  };
  var legacyCopy = function (text) {
    var area = doc.createElement("textarea"), copied = false;
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.cssText = "position:fixed;top:0;opacity:0";
    doc.body.appendChild(area);
    area.select();
    try {
      copied = doc.execCommand("copy");
    } finally {
      area.remove();
    }
    if (!copied) throw new Error("copy refused");
  };
  var cite = function (button) {
    var text = button.getAttribute("data-cite") + " — " + pageUrl() + "#" + button.getAttribute("data-id");
    var copying = navigator.clipboard && window.isSecureContext
      ? navigator.clipboard.writeText(text).catch(function () { legacyCopy(text); })
      : new Promise(function (resolve) { legacyCopy(text); resolve(); });
    copying.then(function () {
      button.focus();
      announce("已复制引用");
    }, function () {
      window.prompt("复制这条引用：", text);
    });
  };

  /* Editions: the 简/繁 switch leads to the same place (query and anchor kept) in the other
     script, and the choice is remembered; with none made, the first visit follows the browser's
     language (zh-TW, zh-HK, zh-MO and zh-Hant read Traditional). */
  var EDITION = "unionreader-edition";
  var here = root.lang === "zh-Hant" ? "zh-Hant" : "zh-Hans";
  var editionLink = function (lang) {
    return doc.querySelector('.edition-switch a[hreflang="' + lang + '"]');
  };
  var goToEdition = function (lang, replace) {
    var link = editionLink(lang);
    if (!link) return;
    var url = new URL(link.href); // resolved as the browser does (the 404 page sets a <base>)
    url.search = location.search;
    url.hash = location.hash;
    if (replace) location.replace(url.href);
    else location.assign(url.href);
  };
  var chosen = null;
  try {
    chosen = localStorage.getItem(EDITION);
  } catch (e) { /* storage off: no choice remembered */ }
  var preferred = (navigator.languages || [navigator.language || ""]).filter(function (lang) {
    return /^zh\b/i.test(lang);
  })[0] || "";
  var wanted = chosen || (/^zh-(hant|tw|hk|mo)\b/i.test(preferred) ? "zh-Hant" : null);
  if (wanted && wanted !== here && (wanted === "zh-Hans" || wanted === "zh-Hant")) goToEdition(wanted, true);

  /* Clicks: citations, the theme switch, the skip link (which must also work under the 404 page's
     <base>), and on touch screens a tap on a paragraph shows its permalink and citation buttons. */
  var shown = null;
  doc.addEventListener("click", function (event) {
    var target = event.target, button = target.closest("button.cite"), main = doc.getElementById("main");
    if (button) return cite(button);
    var edition = target.closest(".edition-switch a[hreflang]");
    if (edition) {
      event.preventDefault();
      try {
        localStorage.setItem(EDITION, edition.getAttribute("hreflang"));
      } catch (e) { /* storage off: the choice lasts for this visit */ }
      return goToEdition(edition.getAttribute("hreflang"), false);
    }
    if (target.closest("[data-theme-toggle]")) return toggleTheme();
    if (target.closest("[data-terms-toggle]")) return toggleTerms();
    if (target.closest(".skip-link") && main) {
      event.preventDefault();
      main.focus();
      return main.scrollIntoView();
    }
    if (!touch.matches || target.closest("a, button, .redaction")) return;
    var unit = target.closest(".inline-point, .point, .para, .sec-head");
    if (shown && shown !== unit) shown.classList.remove("tools-on");
    if (unit) unit.classList.toggle("tools-on");
    shown = unit;
  });

  /* Print: the page's address under its title, link addresses after the links. */
  each("[data-page-url]", function (line) {
    if (!line.textContent) line.textContent = pageUrl();
  });
  addEventListener("beforeprint", function () {
    each("main a[href]", function (link) {
      if (link.getAttribute("href").charAt(0) !== "#" && !link.closest(".tools, .toc, .pager, .breadcrumbs")) {
        link.setAttribute("data-print-href", link.href);
      }
    });
  });

  /* Table of contents: open beside the text on wide screens; the entry being read is current. */
  var toc = doc.querySelector("nav.toc");
  if (!toc) return syncToggles();
  var details = toc.querySelector("details"), wide = matchMedia("(min-width: 64em)");
  var items = [], current = null, pinned = null, pinnedAt = 0, ticking = false;
  each("nav.toc a[href^='#']", function (link) {
    var element = doc.getElementById(decodeURIComponent(link.getAttribute("href").slice(1)));
    if (element) items.push({ link: link, element: element });
  });
  var setCurrent = function (item) {
    if (item === current) return;
    if (current) current.link.removeAttribute("aria-current");
    current = item;
    if (!item) return;
    item.link.setAttribute("aria-current", "true");
    var list = item.link.closest("ol"), box = list.getBoundingClientRect(), row = item.link.getBoundingClientRect();
    if (box.height && (row.top < box.top || row.bottom > box.bottom)) {
      list.scrollTop += row.top - box.top - box.height / 3;  /* keep it in sight, not the page */
    }
  };
  var update = function () {
    ticking = false;
    if (pinned) {
      var box = pinned.element.getBoundingClientRect();
      if ((box.bottom > 0 && box.top < innerHeight) || Date.now() - pinnedAt < 1500) return setCurrent(pinned);
      pinned = null;
    }
    var found = items[0] || null;
    for (var i = 0; i < items.length && items[i].element.getBoundingClientRect().top <= innerHeight * 0.3; i += 1) {
      found = items[i];
    }
    setCurrent(found);
  };
  var schedule = function () {
    if (!ticking) {
      ticking = true;
      requestAnimationFrame(update);
    }
  };
  /* A followed link makes its own entry current while its target is in view. */
  var pinHash = function () {
    var id = decodeURIComponent(location.hash.slice(1));
    pinned = items.filter(function (item) { return item.element.id === id; })[0] || null;
    pinnedAt = Date.now();
    schedule();
  };
  toc.addEventListener("click", function (event) {
    if (event.target.closest("a") && !wide.matches) details.open = false;
  });
  wide.addEventListener("change", function () {
    details.open = wide.matches;
  });
  addEventListener("scroll", schedule, { passive: true });
  addEventListener("resize", schedule);
  addEventListener("hashchange", pinHash);
  pinHash();
  syncToggles();
})();
