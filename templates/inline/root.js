/* The 404 page built without --base-url, so the site's root is unknown here: it is the nearest
   folder above this address that holds static/manifest.webmanifest (data-root if none does),
   which only the root has (each edition has a static/ of its own). Links on the page resolve
   against the root, or against the edition's folder in it (data-edition). */
(function () {
  var d = location.pathname.split("/").slice(0, -1), root = document.currentScript.dataset.root;
  for (; d.length; d.pop()) {
    var p = d.join("/") + "/";
    try {
      var r = new XMLHttpRequest();
      r.open("HEAD", p + "static/manifest.webmanifest", false);
      r.send();
      if (r.status === 200) { root = p + (document.currentScript.dataset.edition || ""); break; }
    } catch (e) { break; }
  }
  var b = document.createElement("base");
  b.href = root;
  document.head.appendChild(b);
})();
