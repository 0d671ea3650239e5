/* Before the first paint of the search page: with a query in the address, room is kept for the
   results that are on their way, so that nothing below them moves when they arrive. */
if (new URLSearchParams(location.search).get("q")) document.documentElement.classList.add("searching");
