/* Before the first paint: the reader's chosen theme, so that a dark page never flashes light. */
try {
  var t = localStorage.getItem("unionreader-theme");
  if (t === "dark" || t === "light") document.documentElement.setAttribute("data-theme", t);
} catch (e) {}
