"""Full-text search: Ctrl-F semantics over the whole collection, on a static Pagefind index.

`write_search_index` (index.py) writes the bundle under `search/` once the site is complete;
`search_page` (page.py) is the view of `search/index.html`; `static/search.js` runs queries in
the browser and `static/highlight.js` highlights the phrase on the document page it leads to.
"""

from __future__ import annotations
