/* UnionReader search: Ctrl-F over the whole collection, on a static Pagefind index.

   How a phrase is found (see src/unionreader/search/codes.py for the index side):
   - the query is folded like the text (NFKC, lower case, letters and digits only) and each
     Traditional character is mapped to the Simplified character(s) of the collection it stands for;
   - position i of a document's folded text is indexed as one opaque word: the codes of
     characters i and i+1. A phrase of m characters is the m−1 words of its bigrams, and it occurs
     at p when those words sit at p … p+m−2. Pagefind returns, for each document holding all the
     words, every location of any of them; a run of m−1 consecutive locations is an occurrence
     whenever the phrase's bigrams allow a single walk of that length (no repeated character
     makes it ambiguous). A phrase that does not is cut into overlapping windows that do, each
     searched on its own, and the occurrences are the positions where every window is found.
   Pagefind does the lookup; this file decides what is a match. Results are exact: every
   occurrence, and nothing that does not contain the phrase.

   window.UnionSearch.search(q) is what the page runs and what bench/search.py measures. */
(() => {
  "use strict";

  const KEEP = /[\p{L}\p{N}*×○□]/u; // what search sees: letters, digits, redaction marks
  const LETTERS = "abcdefghijklmnopqrstuvwxyz";
  const MAX_INPUT = 256; // characters of a query that are read
  const MAX_WINDOW = 16; // characters per Pagefind query (15 words)
  const MAX_ALTERNATIVES = 8; // Simplified readings tried for one Traditional query
  const DOCS_PER_PAGE = 5; // documents shown at once
  const HITS_PER_DOC = 5; // occurrences shown per document before "more"
  const CONTEXT = 30; // characters of context on each side of an occurrence

  /* ------------------------------------------------------------------ folding and queries */

  const foldChar = (ch) => Array.from(ch.normalize("NFKC").toLowerCase()).filter((c) => KEEP.test(c));

  /* A text as an array of characters, its folded characters, and where each came from. */
  const foldText = (text) => {
    const chars = Array.from(text), folded = [], origins = [];
    chars.forEach((ch, index) => {
      for (const c of foldChar(ch)) {
        folded.push(c);
        origins.push(index);
      }
    });
    return { chars, folded, origins };
  };

  const product = (options, limit) => {
    let out = [[]];
    for (const choices of options) {
      const next = [];
      for (const head of out) for (const c of choices) if (next.length < limit) next.push([...head, c]);
      out = next;
    }
    return out;
  };

  /* ------------------------------------------------------------------ the engine */

  class Engine {
    constructor(dataHref, bundleHref) {
      this.dataHref = dataHref;
      this.bundleHref = bundleHref;
      this.loaded = {};
      this.texts = new Map();
    }

    /* data.json and Pagefind, each fetched once. */
    load() {
      return Promise.all([this.once("data", () => this.loadData()), this.once("pagefind", () => this.loadPagefind())]);
    }

    once(name, start) {
      if (!this.loaded[name]) this.loaded[name] = start();
      return this.loaded[name];
    }

    async loadData() {
      const response = await fetch(this.dataHref, { cache: "no-cache" });
      if (!response.ok) throw new Error(`${this.dataHref}: ${response.status}`);
      const data = await response.json();
      this.version = data.version;
      this.width = data.width;
      this.codes = new Map(Array.from(data.chars, (c, i) => [c, i + 1]));
      this.traditional = new Map();
      for (const entry of data.traditional.split(" ").filter(Boolean)) {
        const [foreign, ...simple] = Array.from(entry);
        this.traditional.set(foreign, simple);
      }
      this.documents = data.documents.map((row, index) => {
        const [slug, title, kind, place, year, date, record] = row;
        return { index, slug, title, kind, place, year, date, record };
      });
      this.byRecord = new Map(this.documents.map((d) => [d.record, d.index]));
    }

    async loadPagefind() {
      const pagefind = await import(new URL("pagefind.js", this.bundleHref).href);
      await pagefind.options({ noWorker: true }); // results stay on this thread: no copying
      await pagefind.init();
      this.pagefind = pagefind;
    }

    code(c) {
      let n = this.codes.get(c), out = "";
      for (let i = 0; i < this.width; i++) {
        out = LETTERS[n % 26] + out;
        n = Math.floor(n / 26);
      }
      return out;
    }

    /* The query as search reads it: its folded characters, a status, and the Simplified
       readings to look for (usually one). Mirrored by src/unionreader/search/query.py. */
    normalise(q) {
      const raw = Array.from(String(q ?? ""));
      const chars = raw.slice(0, MAX_INPUT).flatMap(foldChar);
      const query = { text: raw.join(""), chars, clipped: raw.length > MAX_INPUT, alternatives: [] };
      if (chars.length === 0) return { ...query, status: "empty" };
      if (chars.length === 1) return { ...query, status: "short" };
      const traditional = chars.some((c) => !this.codes.has(c) && this.traditional.has(c));
      const options = chars.map((c) => {
        const own = this.codes.has(c) ? [c] : [];
        const mapped = (own.length === 0 || traditional) && this.traditional.get(c);
        return [...new Set([...own, ...(mapped || [])])];
      });
      const missing = chars.filter((c, i) => options[i].length === 0);
      if (missing.length) return { ...query, status: "absent", missing: [...new Set(missing)] };
      const alternatives = product(options, MAX_ALTERNATIVES).map((a) => a.join(""));
      return { ...query, status: "ok", alternatives };
    }

    /* Every occurrence of q: documents with their positions in folded text, in reading order. */
    async search(q, options = {}) {
      const started = performance.now();
      await this.load();
      const query = this.normalise(q);
      const result = { query, status: query.status, total: 0, documents: [] };
      if (query.status === "ok") {
        const found = await Promise.all(query.alternatives.map((a) => this.findPhrase(Array.from(a))));
        const merged = new Map();
        for (const hits of found) {
          for (const [doc, starts] of hits) {
            if (!merged.has(doc)) merged.set(doc, new Set());
            for (const p of starts) merged.get(doc).add(p);
          }
        }
        result.documents = [...merged.keys()].sort((a, b) => a - b).map((index) => {
          const positions = [...merged.get(index)].sort((a, b) => a - b);
          return { ...this.documents[index], positions, count: positions.length };
        });
        result.total = result.documents.reduce((sum, d) => sum + d.count, 0);
        if (result.total === 0) result.status = "none";
      }
      if (options.describe !== false && result.total) {
        const first = order(result.documents, options.order || "rel").slice(0, DOCS_PER_PAGE);
        await Promise.all(first.map((d) => this.describe(d, query, HITS_PER_DOC)));
      }
      result.elapsed = performance.now() - started;
      return result;
    }

    /* Start positions of one phrase (an array of characters), per document index. */
    async findPhrase(chars) {
      const windows = decompose(chars);
      const found = await Promise.all(windows.map(([a, b]) => this.findWindow(chars.slice(a, b + 1))));
      const order = windows.map((w, k) => k).sort((x, y) => size(found[x]) - size(found[y]));
      const base = order[0], out = new Map();
      for (const [doc, starts] of found[base]) {
        const hits = [];
        for (const p of starts) {
          const start = p - windows[base][0];
          if (order.every((k) => found[k].get(doc)?.has(start + windows[k][0]))) hits.push(start);
        }
        if (hits.length) out.set(doc, hits);
      }
      return out;
    }

    /* One window: a phrase whose bigrams allow a single walk of its length. */
    async findWindow(chars) {
      const words = new Set();
      for (let i = 0; i + 1 < chars.length; i++) words.add(this.code(chars[i]) + this.code(chars[i + 1]));
      const response = await this.pagefind.search([...words].join(" "));
      const out = new Map();
      for (const record of response.results) {
        const doc = this.byRecord.get(record.id);
        if (doc === undefined) continue;
        const starts = runs([...new Set(record.words)].sort((a, b) => a - b), chars.length - 1);
        if (starts.length) out.set(doc, new Set(starts));
      }
      return out;
    }

    /* The blocks of a document (search/text/<slug>.json), fetched once. */
    text(slug) {
      if (!this.texts.has(slug)) {
        const href = new URL(`text/${encodeURIComponent(slug)}.json?v=${this.version}`, this.dataHref);
        this.texts.set(slug, fetch(href).then((r) => {
          if (!r.ok) throw new Error(`${href.pathname}: ${r.status}`);
          return r.json();
        }).then(textOf));
      }
      return this.texts.get(slug);
    }

    /* Section, point, excerpt and link for the first `limit` occurrences of a result document. */
    async describe(doc, query, limit) {
      doc.hits = doc.hits || [];
      if (doc.hits.length >= Math.min(limit, doc.count)) return doc.hits;
      const text = await this.text(doc.slug);
      const length = query.chars.length;
      for (const position of doc.positions.slice(doc.hits.length, limit)) {
        doc.hits.push(hitAt(text, doc, position, length));
      }
      return doc.hits;
    }
  }

  /* Locations (sorted) where a run of `need` consecutive locations starts. */
  const runs = (locations, need) => {
    const starts = [];
    let run = 0;
    for (let i = locations.length - 1; i >= 0; i--) {
      run = i + 1 < locations.length && locations[i + 1] === locations[i] + 1 ? run + 1 : 1;
      if (run >= need) starts.push(locations[i]);
    }
    return starts.reverse();
  };

  const size = (found) => {
    let total = 0;
    for (const starts of found.values()) total += starts.size;
    return total;
  };

  /* Whether the bigrams of chars[a..b] allow exactly one walk of b−a steps (the phrase itself):
     then a run of b−a consecutive bigram locations can only be the phrase. */
  const uniqueWalk = (chars, a, b) => {
    const next = new Map();
    for (let i = a; i < b; i++) {
      if (!next.has(chars[i])) next.set(chars[i], new Set());
      next.get(chars[i]).add(chars[i + 1]);
    }
    let counts = new Map(chars.slice(a, b + 1).map((c) => [c, 1]));
    for (let step = a; step < b; step++) {
      const after = new Map();
      for (const [c, n] of counts) {
        for (const d of next.get(c) || []) after.set(d, Math.min(2, (after.get(d) || 0) + n));
      }
      counts = after;
    }
    let walks = 0;
    for (const n of counts.values()) walks += n;
    return walks === 1;
  };

  /* Overlapping windows [a, b] covering the phrase, each with a unique walk, as long as allowed. */
  const decompose = (chars) => {
    const windows = [];
    for (let a = 0; ; ) {
      let b = a + 1;
      while (b + 1 < chars.length && b + 2 - a <= MAX_WINDOW && uniqueWalk(chars, a, b + 1)) b++;
      windows.push([a, b]);
      if (b >= chars.length - 1) return windows;
      a = b;
    }
  };

  /* ------------------------------------------------------------------ result documents */

  const textOf = (data) => {
    const blocks = data.blocks.map(([id, section, marker, text, start, points]) => ({
      id, section: data.sections[section] || "", marker, text, start,
      points: points.map(([pid, pmarker, pstart]) => ({ id: pid, marker: pmarker, start: pstart })),
    }));
    return { slug: data.slug, blocks };
  };

  const blockAt = (blocks, position) => {
    let lo = 0, hi = blocks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (blocks[mid].start <= position) lo = mid;
      else hi = mid - 1;
    }
    return blocks[lo];
  };

  const hitAt = (text, doc, position, length) => {
    const block = blockAt(text.blocks, position);
    block.folded = block.folded || foldText(block.text);
    const { chars, folded, origins } = block.folded;
    const offset = position - block.start;
    const from = origins[offset] ?? 0;
    const to = (origins[offset + length - 1] ?? from) + 1;
    const point = block.points.filter((p) => p.start <= from).pop();
    const phrase = folded.slice(offset, offset + length).join("");
    return {
      slug: doc.slug,
      block: block.id,
      anchor: point ? point.id : block.id,
      section: block.section,
      marker: point ? point.marker : block.marker,
      phrase,
      before: (from > CONTEXT ? "…" : "") + chars.slice(Math.max(0, from - CONTEXT), from).join(""),
      match: chars.slice(from, to).join(""),
      after: chars.slice(to, to + CONTEXT).join("") + (to + CONTEXT < chars.length ? "…" : ""),
    };
  };

  const order = (documents, how) => {
    const sorted = [...documents];
    if (how === "doc") return sorted.sort((a, b) => a.index - b.index);
    return sorted.sort((a, b) => b.count - a.count || a.index - b.index);
  };

  /* ------------------------------------------------------------------ the page */

  const FACETS = [
    ["document", "文献", (d) => d.slug, (d) => d.title],
    ["kind", "类型", (d) => d.kind, (d) => d.kind],
    ["place", "地点", (d) => d.place, (d) => d.place],
    ["year", "年份", (d) => d.year, (d) => d.year],
  ];

  const el = (tag, attrs = {}, ...children) => {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs)) {
      if (value === undefined || value === null || value === false) continue;
      if (key === "class") node.className = value;
      else if (key === "text") node.textContent = value;
      else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value === true ? "" : String(value));
    }
    for (const child of children) if (child !== null && child !== undefined) node.append(child);
    return node;
  };

  class Page {
    constructor(app, engine) {
      this.app = app;
      this.engine = engine;
      this.root = app.dataset.root || "../";
      this.form = app.querySelector("[data-search-form]");
      this.input = app.querySelector("input[name=q]");
      this.summary = app.querySelector("[data-search-summary]");
      this.controls = app.querySelector("[data-search-controls]");
      this.results = app.querySelector("[data-search-results]");
      this.cache = new Map();
      this.current = null;
      this.timer = 0;
      this.form.addEventListener("submit", (event) => {
        event.preventDefault();
        this.go(this.input.value, true);
      });
      this.input.addEventListener("input", (event) => {
        if (event.isComposing) return;
        clearTimeout(this.timer);
        this.timer = setTimeout(() => this.go(this.input.value, false), 250);
      });
      this.input.addEventListener("compositionend", () => this.input.dispatchEvent(new Event("input")));
      window.addEventListener("popstate", () => this.fromUrl());
      this.fromUrl();
    }

    state() {
      const params = new URLSearchParams(location.search);
      const filters = {};
      for (const [name] of FACETS) if (params.get(name)) filters[name] = params.get(name);
      return { q: params.get("q") || "", order: params.get("order") === "doc" ? "doc" : "rel", filters };
    }

    url(state) {
      const params = new URLSearchParams();
      if (state.q) params.set("q", state.q);
      if (state.order === "doc") params.set("order", "doc");
      for (const [name] of FACETS) if (state.filters[name]) params.set(name, state.filters[name]);
      const search = params.toString();
      return location.pathname + (search ? `?${search}` : "");
    }

    /* A new query from the box: a new history entry when submitted, the same one while typing. */
    go(q, submitted) {
      const before = this.state();
      if (q === before.q && !submitted) return;
      const state = { q, order: before.order, filters: q === before.q ? before.filters : {} };
      const url = this.url(state);
      if (submitted && q !== before.q) history.pushState(null, "", url);
      else history.replaceState(null, "", url);
      this.run(state);
    }

    fromUrl() {
      const state = this.state();
      if (this.input.value !== state.q) this.input.value = state.q;
      const header = document.getElementById("site-q");
      if (header && header !== this.input) header.value = state.q;
      this.run(state);
    }

    async run(state) {
      const token = {};
      this.current = token;
      this.results.dataset.state = "loading";
      this.results.setAttribute("aria-busy", "true");
      try {
        if (!this.cache.has(state.q)) {
          this.cache.set(state.q, this.engine.search(state.q, { order: state.order }));
          if (this.cache.size > 30) this.cache.delete(this.cache.keys().next().value);
        }
        const result = await this.cache.get(state.q);
        if (this.current !== token) return;
        await this.render(result, state);
        if (this.current !== token) return;
        this.results.dataset.state = "done";
      } catch (error) {
        if (this.current !== token) return;
        this.cache.delete(state.q);
        this.summary.textContent = "搜索出错，请稍后再试。";
        this.results.replaceChildren(el("p", { class: "search-error", text: String(error?.message || error) }));
        this.results.dataset.state = "error";
      } finally {
        if (this.current === token) this.results.removeAttribute("aria-busy");
      }
    }

    async render(result, state) {
      this.controls.replaceChildren();
      this.results.replaceChildren();
      document.title = state.q ? `搜索“${state.q}” · ${this.app.dataset.siteName || ""}` : this.app.dataset.title || document.title;
      const message = this.message(result);
      if (message) {
        this.summary.textContent = message;
        return;
      }
      const shown = result.documents.filter((d) => FACETS.every(([name, , value]) => !state.filters[name] || value(d) === state.filters[name]));
      const total = shown.reduce((sum, d) => sum + d.count, 0);
      let summary = `${total} 处，${shown.length} 篇`;
      if (shown.length !== result.documents.length) summary += `（筛选前共 ${result.total} 处，${result.documents.length} 篇）`;
      if (result.query.clipped) summary += `；检索词过长，只查了前 ${MAX_INPUT} 个字`;
      this.summary.textContent = summary;
      this.controls.append(this.filterControls(result, state), this.orderControl(state));
      const list = el("ol", { class: "search-docs" });
      this.results.append(list);
      await this.more(list, order(shown, state.order), result.query, 0);
    }

    message(result) {
      const query = result.query, clip = (s, n) => (Array.from(s).length > n ? `${Array.from(s).slice(0, n).join("")}…` : s);
      const q = clip(query.text.trim(), 40);
      const note = query.clipped ? `（检索词过长，只查了前 ${MAX_INPUT} 个字）` : "";
      if (result.status === "empty") return "输入要查找的字词，例如：新就业形态劳动者。";
      if (result.status === "short") return "请至少输入两个字。";
      if (result.status === "absent") return `没有找到“${q}”：文库中没有“${clip(query.missing.join(""), 10)}”字。${note}`;
      if (result.status === "none") return `没有找到“${q}”。${note}`;
      return "";
    }

    /* Documents from `start`, a page at a time. */
    async more(list, documents, query, start) {
      const page = documents.slice(start, start + DOCS_PER_PAGE);
      await Promise.all(page.map((d) => this.engine.describe(d, query, HITS_PER_DOC)));
      for (const d of page) list.append(this.documentItem(d, query));
      list.nextElementSibling?.remove();
      if (start + DOCS_PER_PAGE < documents.length) {
        const rest = documents.length - start - DOCS_PER_PAGE;
        const button = el("button", { type: "button", class: "search-more", text: `再显示 ${Math.min(rest, DOCS_PER_PAGE)} 篇（还有 ${rest} 篇）` });
        button.addEventListener("click", async () => {
          button.disabled = true;
          await this.more(list, documents, query, start + DOCS_PER_PAGE);
        });
        list.after(button);
      }
    }

    documentItem(d, query) {
      const docHref = `${this.root}d/${encodeURIComponent(d.slug)}/`;
      const facts = [d.kind, d.place, d.date].filter(Boolean).join(" · ");
      const head = el("header", { class: "search-doc-head" },
        el("h2", {}, el("a", { href: docHref, "data-doc": d.slug, text: d.title })),
        el("p", { class: "search-doc-facts", text: `${facts}${facts ? " · " : ""}${d.count} 处` }));
      const hits = el("ol", { class: "search-hits" });
      const item = el("li", { class: "search-doc", "data-doc": d.slug }, head, hits);
      const add = (from) => {
        for (const hit of d.hits.slice(from)) hits.append(this.hitItem(hit));
      };
      add(0);
      if (d.count > d.hits.length) {
        const button = el("button", { type: "button", class: "search-more-hits", text: `本篇其余 ${d.count - d.hits.length} 处` });
        button.addEventListener("click", async () => {
          button.disabled = true;
          const from = d.hits.length;
          await this.engine.describe(d, query, d.count);
          add(from);
          button.remove();
        });
        item.append(button);
      }
      return item;
    }

    hitItem(hit) {
      const href = `${this.root}d/${encodeURIComponent(hit.slug)}/?hl=${encodeURIComponent(hit.phrase)}#${encodeURIComponent(hit.anchor)}`;
      const where = [hit.section, hit.marker].filter(Boolean).join(" · ");
      return el("li", { class: "search-hit" },
        el("a", { href, "data-doc": hit.slug, "data-anchor": hit.anchor },
          el("span", { class: "search-where", text: where || "正文" }),
          el("span", { class: "search-kwic" }, hit.before, el("mark", { text: hit.match }), hit.after)));
    }

    filterControls(result, state) {
      const box = el("div", { class: "search-filters", role: "group", "aria-label": "筛选" });
      for (const [name, label, value, caption] of FACETS) {
        const counts = new Map();
        for (const d of result.documents) {
          const key = value(d);
          if (!key) continue;
          const entry = counts.get(key) || { caption: caption(d), count: 0 };
          entry.count += d.count;
          counts.set(key, entry);
        }
        if (counts.size === 0) continue;
        const select = el("select", { name, "aria-label": label },
          el("option", { value: "", text: `${label}：全部` }));
        const keys = [...counts.keys()].sort((a, b) => (name === "document" ? 0 : a.localeCompare(b, "zh")));
        for (const key of keys) {
          const { caption: text, count } = counts.get(key);
          select.append(el("option", { value: key, text: `${text}（${count}）`, selected: state.filters[name] === key }));
        }
        select.addEventListener("change", () => this.refine(name, select.value));
        box.append(el("label", { class: "search-filter" }, select));
      }
      if (Object.keys(state.filters).length) {
        box.append(el("button", { type: "button", class: "search-clear-filters", text: "清除筛选", onclick: () => this.refine(null, "") }));
      }
      return box;
    }

    orderControl(state) {
      const select = el("select", { name: "order", "aria-label": "排序" },
        el("option", { value: "rel", text: "按出现次数", selected: state.order === "rel" }),
        el("option", { value: "doc", text: "按文献顺序", selected: state.order === "doc" }));
      select.addEventListener("change", () => this.refine("order", select.value));
      return el("label", { class: "search-order" }, "排序：", select);
    }

    /* A filter or the order changed: same query, same history entry, new view. */
    refine(name, value) {
      const state = this.state();
      if (name === "order") state.order = value;
      else if (name === null) state.filters = {};
      else if (value) state.filters[name] = value;
      else delete state.filters[name];
      history.replaceState(null, "", this.url(state));
      this.run(state);
    }
  }

  /* ------------------------------------------------------------------ start */

  const app = document.querySelector("[data-search-app]");
  const base = new URL(app?.dataset.data || "../search/data.json", location.href);
  const bundle = new URL(app?.dataset.bundle || "pagefind/", base);
  const engine = new Engine(base.href, bundle.href);
  window.UnionSearch = {
    engine,
    ready: () => engine.load(),
    normalise: async (q) => {
      await engine.once("data", () => engine.loadData());
      return engine.normalise(q);
    },
    search: (q, options) => engine.search(q, options),
    decompose,
  };
  if (app) new Page(app, engine);
})();
