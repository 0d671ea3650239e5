/* Before the first paint: the table of contents open beside the text on a wide screen. */
if (matchMedia("(min-width: 64em)").matches) document.currentScript.previousElementSibling.open = true;
