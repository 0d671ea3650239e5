/* UnionReader search: Ctrl-F over the whole collection, on a static Pagefind index.

   How a phrase is found (src/unionreader/search/postings.py and pagefind_files.py build the index):
   - the query is folded like the text (NFKC, lower case, letters, digits, redaction marks); if it
     has a character the collection lacks, Traditional and variant characters are read as the
     collection's characters they stand for (search/variants.json, fetched only then);
   - a match may not run through a break in the text (sentence punctuation or a symbol: not a
     space, 、, a middle dot, a hyphen, a quotation mark or a bracket) unless the reader typed a
     mark or a space at that place (src/unionreader/search/codes.py: a pair's word has "z"
     between its codes when a break stands inside it, and "z" at its end when the text runs on
     after it with no break);
   - position i of a document's folded text is indexed as one opaque Pagefind word: the codes of
     characters i and i+1 (a code is the code point in four base-26 letters). A phrase of m
     characters occurs at p when the words of its pairs stand at p … p+m−2, and a few of them
     pin it down: the words at offsets 0, 2, 4 … (and m−2) cover every character and every
     place between two characters (inside a word or just after one). A word is looked up with
     its end "z" where the phrase runs on with no mark, and without it after the phrase's last
     character or where a mark was typed: Pagefind extends a word to the longer one too;
   - each word is looked up on its own (Pagefind loads the index chunk that holds it, once), in
     the order of what its chunk costs to download (search/data.json lists chunk sizes); after
     each, the positions left are those where every word looked up so far stands in its place.
     When few documents are left, their text (fetched anyway to show them) settles the rest;
     otherwise the cheapest set of words that covers every character is looked up.
   Pagefind does the lookups; this file decides what is a match. Results are exact: every
   occurrence, and nothing that does not contain the phrase.

   window.UnionSearch.search(q) is what the page runs and what bench/search.py measures. */
(() => {
  "use strict";

  const KEEP = /[\p{L}\p{N}*×○□]/u; // what search sees: letters, digits, redaction marks
  const LETTERS = "abcdefghijklmnopqrstuvwxyz";
  const WIDTH = 4; // letters per character code
  const BROKEN = "z"; // between a pair's codes: a break stands between its characters
  const CLEAN = "z"; // after a pair's codes: the text runs on after it with no break
  const LIMIT = 26 ** WIDTH;
  const HAN_FIRST = 0x3400, HAN_END = 0xa000; // the range data.json gives as a bitmap
  const PAGE_PREFIX = "und_"; // a Pagefind page id: this and the document's number in base 36
  const MAX_INPUT = 256; // characters of a query that are read
  const MAX_ALTERNATIVES = 8; // readings tried for one Traditional query
  const VERIFY_DOCS = 5; // at most this many documents left: their text settles the rest
  const DOCS_PER_PAGE = 5; // documents shown at once
  const HITS_PER_DOC = 5; // occurrences shown per document before "more"
  const CONTEXT = 30; // characters of context on each side of an occurrence

  /* ------------------------------------------------------------------ folding and queries */

  const folds = new Map(); // character → its folded characters: a text has few distinct ones
  const foldChar = (ch) => {
    let folded = folds.get(ch);
    if (folded === undefined) {
      folded = Array.from(ch.normalize("NFKC").toLowerCase()).filter((c) => KEEP.test(c));
      folds.set(ch, folded);
    }
    return folded;
  };
  /* Marks a phrase may run through (src/unionreader/search/text.py: SOFT); any other character
     that folds away is a break. */
  const SOFT = /^[\p{Z}\p{Pi}\p{Pf}\p{Ps}\p{Pe}\p{Cc}\p{Cf}\p{M}、·・‧\-‐]*$/u;
  const breaking = new Map();
  const isBreak = (ch) => {
    let is = breaking.get(ch);
    if (is === undefined) {
      is = foldChar(ch).length === 0 && !SOFT.test(ch.normalize("NFKC"));
      breaking.set(ch, is);
    }
    return is;
  };

  /* A text as an array of characters, its folded characters, where each came from, and where
     it breaks: broken[k] when a break stands between folded characters k and k+1. */
  const foldText = (text) => {
    const chars = Array.from(text), folded = [], origins = [], broken = [];
    let pending = false;
    chars.forEach((ch, index) => {
      const own = foldChar(ch);
      if (own.length === 0) {
        pending = pending || (folded.length > 0 && isBreak(ch));
        return;
      }
      for (const c of own) {
        if (folded.length) broken.push(pending);
        pending = false;
        folded.push(c);
        origins.push(index);
      }
    });
    return { chars, folded, origins, broken };
  };

  const code = (ch) => {
    let n = ch.codePointAt(0) % LIMIT, out = "";
    for (let i = 0; i < WIDTH; i++) {
      out = LETTERS[n % 26] + out;
      n = Math.floor(n / 26);
    }
    return out;
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

  const getJson = async (href) => {
    const response = await fetch(href);
    if (!response.ok) throw new Error(`${new URL(href).pathname}: ${response.status}`);
    return response.json();
  };

  /* ------------------------------------------------------------------ the engine */

  class Engine {
    constructor(dataHref, bundleHref) {
      this.dataHref = dataHref;
      this.bundleHref = bundleHref;
      this.loaded = {};
      this.texts = new Map();
      this.fetchedChunks = new Set();
    }

    /* data.json and Pagefind, each fetched once. */
    load() {
      return Promise.all([this.once("data", () => this.loadData()), this.once("pagefind", () => this.loadPagefind())]);
    }

    once(name, start) {
      if (!this.loaded[name]) {
        this.loaded[name] = start();
        this.loaded[name].catch(() => delete this.loaded[name]); // a failed fetch is tried again
      }
      return this.loaded[name];
    }

    async loadData() {
      const response = await fetch(this.dataHref, { cache: "no-cache" });
      if (!response.ok) throw new Error(`${new URL(this.dataHref).pathname}: ${response.status}`);
      const data = await response.json();
      this.version = data.version;
      this.han = Uint8Array.from(atob(data.han), (c) => c.charCodeAt(0));
      this.other = new Set(Array.from(data.other));
      this.chunkFirsts = [];
      for (let i = 0; i < data.chunks.length; i += 2 * WIDTH) this.chunkFirsts.push(data.chunks.slice(i, i + 2 * WIDTH));
      this.chunkSizes = data.sizes;
      this.documents = data.kind.map((kind, index) => {
        const date = data.dates[index] || null;
        return {
          index, id: index.toString(36), date,
          kind: data.kinds[kind],
          place: data.place[index] >= 0 ? data.places[data.place[index]] : null,
          year: (date || "").match(/^\d{4}/)?.[0] || null,
        };
      });
    }

    async loadPagefind() {
      const pagefind = await import(new URL("pagefind.js", this.bundleHref).href);
      // Pagefind searches in its worker (pagefind-worker.js): a word on most pages (工会 in a
      // thousand documents) took its WebAssembly 0.4 s of this thread on a phone (Lighthouse,
      // 4× slower), which blocked the page; copying the results back costs a millisecond.
      await pagefind.init();
      this.pagefind = pagefind;
    }

    /* Traditional and variant characters → the collection's readings of them. */
    variants() {
      return this.once("variants", async () => {
        const data = await getJson(new URL(`variants.json?v=${this.version}`, this.dataHref));
        this.variantMap = new Map();
        for (const entry of data.variants.split(" ").filter(Boolean)) {
          const [foreign, ...readings] = Array.from(entry);
          this.variantMap.set(foreign, readings);
        }
      });
    }

    /* Titles and slugs of all documents (search/titles.json), for the document filter. */
    titles() {
      return this.once("titles", async () => {
        const data = await getJson(new URL(`titles.json?v=${this.version}`, this.dataHref));
        this.documents.forEach((d, i) => {
          d.title = data.titles[i];
          d.slug = data.slugs[i];
        });
      });
    }

    has(ch) {
      const point = ch.codePointAt(0);
      if (point >= HAN_FIRST && point < HAN_END) {
        const offset = point - HAN_FIRST;
        return (this.han[offset >> 3] & (1 << (offset & 7))) !== 0;
      }
      return this.other.has(ch);
    }

    /* The query as search reads it: its folded characters, a status, and the readings to look
       for (usually one). Mirrored by src/unionreader/search/query.py. */
    async normalise(q) {
      await this.once("data", () => this.loadData());
      const raw = Array.from(String(q ?? ""));
      const read = raw.slice(0, MAX_INPUT).reduce((r, ch) => {
        const own = foldChar(ch);
        if (own.length === 0) r.gap = r.chars.length > 0;
        for (const c of own) {
          if (r.chars.length) r.open.push(r.gap);
          r.chars.push(c);
          r.gap = false;
        }
        return r;
      }, { chars: [], open: [], gap: false });
      const { chars, open } = read; // open[j]: a mark or space typed between chars j and j+1
      const query = { text: raw.join(""), chars, open, clipped: raw.length > MAX_INPUT, alternatives: [] };
      if (chars.length === 0) return { ...query, status: "empty" };
      if (chars.length === 1) return { ...query, status: "short" };
      if (chars.some((c) => !this.has(c))) await this.variants();
      const variants = this.variantMap || new Map();
      const traditional = chars.some((c) => !this.has(c) && variants.has(c));
      const options = chars.map((c) => {
        const own = this.has(c) ? [c] : [];
        const mapped = (own.length === 0 || traditional) && variants.get(c);
        return [...new Set([...own, ...(mapped || [])])];
      });
      const missing = chars.filter((c, i) => options[i].length === 0);
      if (missing.length) return { ...query, status: "absent", missing: [...new Set(missing)] };
      const alternatives = product(options, MAX_ALTERNATIVES).map((a) => a.join(""));
      return { ...query, status: "ok", alternatives };
    }

    /* Every occurrence of q: documents with their positions in folded text, in reading order.
       options.slugs: also give every document its slug and title (loads titles.json). */
    async search(q, options = {}) {
      const started = performance.now();
      await this.load();
      const query = await this.normalise(q);
      const result = { query, status: query.status, total: 0, documents: [] };
      if (query.status === "ok") {
        const found = await Promise.all(query.alternatives.map((a) => this.findPhrase(Array.from(a), query.open)));
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
      if (options.slugs && result.total) {
        await this.titles();
        for (const d of result.documents) {
          Object.assign(d, { slug: this.documents[d.index].slug, title: this.documents[d.index].title });
        }
      }
      if (options.describe !== false && result.total) {
        const first = order(result.documents, options.order || "rel").slice(0, DOCS_PER_PAGE);
        await Promise.all(first.map((d) => this.describe(d, query, HITS_PER_DOC)));
      }
      result.elapsed = performance.now() - started;
      return result;
    }

    /* The index chunk that holds a word (the last one starting at or before it), or -1. */
    chunkOf(word) {
      let lo = 0, hi = this.chunkFirsts.length - 1, found = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (this.chunkFirsts[mid] <= word) {
          found = mid;
          lo = mid + 1;
        } else hi = mid - 1;
      }
      return found;
    }

    /* Bytes a word's lookup downloads: its chunk's, unless that is loaded (or there is none). */
    cost(word) {
      const chunk = this.chunkOf(word);
      return chunk < 0 || this.fetchedChunks.has(chunk) ? 0 : this.chunkSizes[chunk];
    }

    /* Document index → positions of one word. One lookup at a time: Pagefind (1.5) reads its
       index pointer, awaits, then replaces it with the one loading a chunk returns, so two
       chunk loads that interleave could lose one (pagefind.js, loadChunk). */
    lookup(word) {
      const run = (this.lookups || Promise.resolve()).then(() => this.lookupNow(word));
      this.lookups = run.catch(() => {});
      return run;
    }

    async lookupNow(term) {
      const response = await this.pagefind.search(term);
      const chunk = this.chunkOf(term);
      if (chunk >= 0) this.fetchedChunks.add(chunk);
      const out = new Map();
      for (const record of response.results) {
        const doc = parseInt(record.id.slice(PAGE_PREFIX.length), 36); // und_<number in base 36>
        if (record.id.startsWith(PAGE_PREFIX) && doc < this.documents.length) out.set(doc, record.words);
      }
      return out;
    }

    /* What looking up `words` downloads: the chunks not loaded yet that hold them. */
    costOf(words) {
      const chunks = new Map(words.map((w) => [this.chunkOf(w), this.cost(w)]));
      return [...chunks.values()].reduce((sum, cost) => sum + cost, 0);
    }

    /* Document index → positions of any of `words` (the readings of one pair of a phrase). */
    async lookupAny(words) {
      const out = await this.lookup(words[0]);
      for (const word of words.slice(1)) {
        for (const [doc, positions] of await this.lookup(word)) out.set(doc, [...(out.get(doc) || []), ...positions]);
      }
      return out;
    }

    /* Start positions of one phrase (an array of characters; open[j]: a break may stand between
       characters j and j+1), per document index. The pair at offset i is looked up as the words
       it may be: with BROKEN inside too where the phrase is open there, and with CLEAN at its
       end where the phrase runs on after it with no mark typed (else as a prefix: either). */
    async findPhrase(chars, open) {
      const last = chars.length - 1;
      const words = [];
      for (let i = 0; i < last; i++) {
        const after = i + 1 === last || open[i + 1] ? "" : CLEAN;
        const inside = open[i] ? ["", BROKEN] : [""];
        words.push(inside.map((mark) => code(chars[i]) + mark + code(chars[i + 1]) + after));
      }
      const pinned = new Array(chars.length).fill(false);
      const lookedUp = new Set();
      let candidates = null; // document index → Set of starts still possible
      for (;;) {
        const costs = words.map((w) => this.costOf(w));
        const next = cover(costs, lookedUp)
          .filter((o) => !lookedUp.has(o))
          .sort((a, b) => costs[a] - costs[b] || a - b)[0];
        if (next === undefined) break; // every character is pinned
        lookedUp.add(next);
        candidates = narrow(candidates, await this.lookupAny(words[next]), next);
        pinned[next] = pinned[next + 1] = true;
        if (candidates.size === 0 || pinned.every(Boolean)) break;
        if (candidates.size <= VERIFY_DOCS) return this.verify(candidates, chars, open);
      }
      const out = new Map();
      for (const [doc, starts] of candidates || []) out.set(doc, [...starts].sort((a, b) => a - b));
      return out;
    }

    /* The candidates where the documents' text holds the phrase (inside one block). */
    async verify(candidates, chars, open) {
      const out = new Map();
      await Promise.all([...candidates].map(async ([doc, starts]) => {
        const text = await this.text(this.documents[doc].id);
        const hits = [...starts].filter((p) => matchesAt(text, p, chars, open)).sort((a, b) => a - b);
        if (hits.length) out.set(doc, hits);
      }));
      return out;
    }

    /* The blocks of a document (search/text/<id>.json), fetched once. */
    text(id) {
      if (!this.texts.has(id)) {
        const href = new URL(`text/${encodeURIComponent(id)}.json?v=${this.version}`, this.dataHref);
        const loading = getJson(href).then(textOf);
        loading.catch(() => this.texts.delete(id));
        this.texts.set(id, loading);
      }
      return this.texts.get(id);
    }

    /* Section, point, excerpt and link for the first `limit` occurrences of a result document. */
    async describe(doc, query, limit) {
      const text = await this.text(doc.id);
      doc.slug = text.slug;
      doc.title = text.title;
      doc.hits = doc.hits || [];
      const length = query.chars.length;
      for (const position of doc.positions.slice(doc.hits.length, limit)) {
        doc.hits.push(hitAt(text, doc, position, length));
      }
      return doc.hits;
    }
  }

  /* The offsets to look up so that every character is pinned (offset o pins characters o and
     o+1), at the least cost; offsets already looked up cost nothing. Dynamic programming: the
     best cover ending at o extends the best one ending at o−1 or o−2. */
  const cover = (costs, lookedUp) => {
    const best = [], from = [];
    costs.forEach((cost, o) => {
      const own = lookedUp.has(o) ? 0 : cost;
      const back = o === 0 ? -1 : o >= 2 && best[o - 2] < best[o - 1] ? o - 2 : o - 1;
      best.push(own + (back < 0 ? 0 : best[back]));
      from.push(back);
    });
    const plan = [];
    for (let o = costs.length - 1; o >= 0; o = from[o]) plan.push(o);
    return plan;
  };

  /* Starts still possible once the word at `offset` is looked up: it must stand at start+offset. */
  const narrow = (candidates, found, offset) => {
    const out = new Map();
    if (candidates === null) {
      for (const [doc, positions] of found) {
        const starts = new Set(positions.map((p) => p - offset).filter((p) => p >= 0));
        if (starts.size) out.set(doc, starts);
      }
      return out;
    }
    for (const [doc, starts] of candidates) {
      const at = found.get(doc);
      if (!at) continue;
      const here = new Set(at);
      const kept = new Set([...starts].filter((p) => here.has(p + offset)));
      if (kept.size) out.set(doc, kept);
    }
    return out;
  };

  /* ------------------------------------------------------------------ result documents */

  const textOf = (data) => {
    // `shown`: the block in the page's script (the Traditional edition's texts carry it; the
    // positions and the matching stay on the collection's text, which `text` holds), decoded
    // the first time it is asked for: a page of results shows a few blocks of each document.
    const usual = readings(data.usual);
    const blocks = data.blocks.map(([id, section, marker, text, start, points, code]) => ({
      id, section: data.sections[section] || "", marker, text, start,
      get shown() { return this.decoded ?? (this.decoded = shownOf(text, code, usual)); },
      points: points.map(([pid, pmarker, pstart]) => ({ id: pid, marker: pmarker, start: pstart })),
    }));
    return { slug: data.slug, title: data.title, blocks };
  };

  /* A block's shown text from its text table (edition/page.py, `Coded`): none (the text
     itself), [as it is], MAPPED (each character as the table usually reads it: `usual`, pairs
     end to end), or a string as long as the text with SAME where a character is so read. */
  const SAME = "~";
  const MAPPED = 1;
  const readings = (usual) => {
    const chars = Array.from(usual || "");
    const map = new Map();
    for (let i = 0; i + 1 < chars.length; i += 2) map.set(chars[i], chars[i + 1]);
    return map;
  };
  const shownOf = (text, code, usual) => {
    if (code === undefined) return text;
    if (Array.isArray(code)) return code[0];
    const own = Array.from(text, (c) => usual.get(c) ?? c);
    if (code === MAPPED) return own.join("");
    return Array.from(code, (c, i) => (c === SAME ? own[i] : c)).join("");
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

  const foldBlock = (block) => {
    if (!block.folded) {
      block.folded = foldText(block.text);
      block.folded.shown = block.shown === block.text ? block.folded.chars : Array.from(block.shown);
    }
    return block.folded;
  };

  /* Whether the phrase `chars` starts at `position` of the document's folded text, running
     through no break where it is not open. */
  const matchesAt = (text, position, chars, open) => {
    const block = blockAt(text.blocks, position);
    const offset = position - block.start, { folded: own, broken } = foldBlock(block);
    return offset >= 0 && offset + chars.length <= own.length && chars.every((c, i) => own[offset + i] === c) &&
      open.every((o, j) => o || !broken[offset + j]);
  };

  const hitAt = (text, doc, position, length) => {
    const block = blockAt(text.blocks, position);
    const { folded, origins, broken, shown: chars } = foldBlock(block);
    const offset = position - block.start;
    const from = origins[offset] ?? 0;
    const to = (origins[offset + length - 1] ?? from) + 1;
    const point = block.points.filter((p) => p.start <= from).pop();
    const shown = block.shown === block.text
      ? folded.slice(offset, offset + length)
      : chars.slice(from, to).flatMap(foldChar); // as the page shows it, for ?hl=
    // a space where the match runs through a break, so that the page's highlight may too
    const phrase = shown.map((c, j) => (j && broken[offset + j - 1] ? " " : "") + c).join("");
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
      if (state.filters.document) await this.withTitles(result); // filtering by slug needs them all
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
        const counts = this.counts(result, value, caption);
        const partial = result.documents.length - [...counts.values()].reduce((n, e) => n + e.documents, 0);
        if (counts.size === 0 && (name !== "document" || !partial)) continue;
        const select = el("select", { name, "aria-label": label });
        this.fillOptions(select, name, label, counts, state, name === "document" && partial > 0);
        if (name === "document" && partial > 0) {
          const complete = async () => { // titles of every result document, when the list is used
            await this.withTitles(result);
            this.fillOptions(select, name, label, this.counts(result, value, caption), state, false);
          };
          for (const event of ["focus", "pointerenter", "touchstart"]) select.addEventListener(event, complete, { once: true, passive: true });
        }
        select.addEventListener("change", () => this.refine(name, select.value));
        box.append(el("label", { class: "search-filter" }, select));
      }
      if (Object.keys(state.filters).length) {
        box.append(el("button", { type: "button", class: "search-clear-filters", text: "清除筛选", onclick: () => this.refine(null, "") }));
      }
      return box;
    }

    /* Give every result document its slug and title (from search/titles.json). */
    async withTitles(result) {
      await this.engine.titles();
      for (const d of result.documents) {
        d.slug = this.engine.documents[d.index].slug;
        d.title = this.engine.documents[d.index].title;
      }
    }

    /* Occurrences and documents per value of a facet, among the result documents. */
    counts(result, value, caption) {
      const counts = new Map();
      for (const d of result.documents) {
        const key = value(d);
        if (!key) continue;
        const entry = counts.get(key) || { caption: caption(d), count: 0, documents: 0 };
        entry.count += d.count;
        entry.documents += 1;
        counts.set(key, entry);
      }
      return counts;
    }

    fillOptions(select, name, label, counts, state, partial) {
      select.replaceChildren(el("option", { value: "", text: `${label}：全部` }));
      const keys = [...counts.keys()];
      if (name !== "document") keys.sort((a, b) => a.localeCompare(b, "zh"));
      for (const key of keys) {
        const { caption: text, count } = counts.get(key);
        select.append(el("option", { value: key, text: `${text}（${count}）`, selected: state.filters[name] === key }));
      }
      if (partial) select.append(el("option", { value: "", disabled: true, text: "（其余篇目载入中…）" }));
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
  const bundle = app?.dataset.bundle ? new URL(app.dataset.bundle, location.href) : new URL("pagefind/", base);
  const engine = new Engine(base.href, bundle.href);
  window.UnionSearch = {
    engine,
    ready: () => engine.load(),
    normalise: (q) => engine.normalise(q),
    search: (q, options) => engine.search(q, options),
  };
  if (app) new Page(app, engine);
})();
