/* ?hl=<phrase>: mark the phrase in the text, scroll to it, offer to clear it (button or Esc).
   It looks where search looks, in the elements marked data-find, and folds text as search does
   (NFKC, lower case, letters, digits and the redaction marks; punctuation and spacing vanish),
   and like search it never runs through a break in the text (sentence punctuation or a symbol)
   where the phrase has no mark or space of its own. */
(() => {
  const d = document, q = new URLSearchParams(location.search).get("hl") || "", ok = /[\p{L}\p{N}*×○□]/u;
  const fold = (s) => Array.from(s.normalize("NFKC").toLowerCase()).filter((c) => ok.test(c));
  const soft = /^[\p{Z}\p{Pi}\p{Pf}\p{Ps}\p{Pe}\p{Cc}\p{Cf}\p{M}、·・‧\-‐]*$/u;
  const open = []; // open[j]: the phrase has a mark or space between its characters j and j+1
  let gap = false, want = "";
  for (const ch of q) {
    const own = fold(ch);
    if (!own.length) gap = want.length > 0;
    for (const c of own) {
      if (want) open.push(gap);
      want += c;
      gap = false;
    }
  }
  let marks = [];
  if (want.length < 2) return;
  const walk = d.createTreeWalker(d.body, 4, (n) =>
    n.parentElement.closest("[data-pagefind-ignore],script,style,button") ? 2 : 1);
  d.querySelectorAll("[data-find]").forEach((el) => {
    const chars = [], at = [], hits = [], broken = [];
    let n, pending = false;
    walk.currentNode = el;
    while ((n = walk.nextNode()) && el.contains(n)) {
      let i = 0;
      for (const ch of n.data) {
        const own = fold(ch);
        if (!own.length && chars.length && !soft.test(ch.normalize("NFKC"))) pending = true;
        for (const c of own) {
          if (chars.length) broken.push(pending);
          pending = false;
          chars.push(c);
          at.push([n, i, ch.length]);
        }
        i += ch.length;
      }
    }
    const text = chars.join("");
    const whole = (x) => open.every((o, j) => o || !broken[x + j]);
    for (let x = text.indexOf(want); x >= 0;) {
      if (whole(x)) hits.unshift(x);
      x = text.indexOf(want, whole(x) ? x + want.length : x + 1);
    }
    hits.forEach((x) => {
      const a = at[x], z = at[x + want.length - 1], nodes = [];
      for (let k = x; k < x + want.length; k++) if (!nodes.includes(at[k][0])) nodes.unshift(at[k][0]);
      nodes.forEach((t) => {
        const r = d.createRange(), m = d.createElement("mark");
        r.setStart(t, t === a[0] ? a[1] : 0);
        r.setEnd(t, t === z[0] ? z[1] + z[2] : t.data.length);
        m.className = "hl";
        r.surroundContents(m);
        marks.unshift(m);
      });
    });
  });
  if (!marks.length) return;
  const bar = d.createElement("button");
  bar.type = "button";
  bar.className = "hl-bar";
  bar.style.cssText = "position:fixed;right:1em;bottom:1em;z-index:9;padding:.4em .9em;border:1px solid;" +
    "border-radius:99px;background:var(--bg,#fff);color:inherit;font:inherit";
  bar.textContent = "清除高亮（" + marks.length + " 处）✕";
  const clear = () => {
    marks.forEach((m) => {
      const p = m.parentNode;
      m.replaceWith(...m.childNodes);
      p.normalize();
    });
    marks = [];
    bar.remove();
    const url = new URL(location.href);
    url.searchParams.delete("hl");
    history.replaceState(history.state, "", url);
  };
  bar.onclick = clear;
  d.addEventListener("keydown", (e) => e.key === "Escape" && marks.length && clear());
  d.body.append(bar);
  let target;
  try { target = d.getElementById(decodeURIComponent(location.hash.slice(1))); } catch (e) { /* bad hash */ }
  const first = marks.find((m) => target && target.contains(m)) || marks[0];
  const show = () => first.scrollIntoView({ block: "center", behavior: "instant" });
  first.classList.add("hl-first");
  show();
  addEventListener("load", () => setTimeout(show));
})();
