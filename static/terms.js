/* The term index: filter as one types (characters or pinyin, tones and spaces ignored) and
   order by count or by pinyin. The list is in count order in the HTML; each item carries its
   pinyin and its place in pinyin order. */
(() => {
  const d = document, list = d.querySelector("[data-terms-list]");
  if (!list) return;
  const input = d.querySelector("[data-terms-filter]"), shown = d.querySelector("[data-terms-shown]");
  const items = Array.from(list.children);
  const byCount = items.slice(), byPinyin = items.slice().sort((a, b) => a.dataset.order - b.dataset.order);
  const squash = (s) => s.toLowerCase().replace(/\s+/g, "");
  const filter = () => {
    const q = squash(input.value);
    let n = 0;
    for (const li of items) {
      const hit = !q || li.firstChild.textContent.includes(q) || squash(li.dataset.pinyin).startsWith(q) ||
        li.dataset.pinyin.split(" ").map((s) => s[0]).join("").startsWith(q);
      li.hidden = !hit;
      n += hit;
    }
    shown.textContent = q ? `筛出 ${n} 条` : "";
  };
  const order = (how) => list.append(...(how === "pinyin" ? byPinyin : byCount));
  input.addEventListener("input", filter);
  d.querySelectorAll("[data-terms-order]").forEach((r) => r.addEventListener("change", () => order(r.value)));
  const checked = d.querySelector("[data-terms-order]:checked");
  if (checked) order(checked.value);
  filter();
})();
