/* The 404 page built without --base-url, so the site's root is unknown here. When the address
   runs through one of the site's own top folders (data-tops: d/, terms/, zh-hant/ …, as a moved
   document's old address does) the root is the folder above it, and nothing is fetched. Else it
   is the nearest folder above this address that holds static/manifest.webmanifest, which only
   the root has (each edition has a static/ of its own): the folders below the root are asked
   in vain first, never one above it, which would be another site (data-root if none holds it).
   Links on the page resolve against the root, or against the edition's folder in it
   (data-edition). */
(function () {
  var s = document.currentScript, d = location.pathname.split("/").slice(1, -1);
  var tops = (s.dataset.tops || "").split(" "), root = null;
  for (var i = 0; i < d.length && root === null; i++) {
    if (tops.indexOf(d[i]) >= 0) root = "/" + d.slice(0, i).join("/") + (i ? "/" : "");
  }
  for (var n = d.length; n >= 0 && root === null; n--) {
    var p = "/" + d.slice(0, n).join("/") + (n ? "/" : "");
    try {
      var r = new XMLHttpRequest();
      r.open("HEAD", p + "static/manifest.webmanifest", false);
      r.send();
      if (r.status === 200) root = p;
    } catch (e) { break; }
  }
  var b = document.createElement("base");
  b.href = root === null ? s.dataset.root : root + (s.dataset.edition || "");
  document.head.appendChild(b);
})();
