/* The 404 page built without --base-url, so the site's root is unknown here: it is the nearest
   folder above this address that holds static/reader.js (data-root if none does). Links on the
   page resolve against it. */
(function () {
  var d = location.pathname.split("/").slice(0, -1), root = document.currentScript.dataset.root;
  for (; d.length; d.pop()) {
    var p = d.join("/") + "/";
    try {
      var r = new XMLHttpRequest();
      r.open("HEAD", p + "static/reader.js", false);
      r.send();
      if (r.status === 200) { root = p; break; }
    } catch (e) { break; }
  }
  var b = document.createElement("base");
  b.href = root;
  document.head.appendChild(b);
})();
