/* nassij menu: on a phone the main menu is one row that scrolls sideways
   (the header must stay within 160 px of a 740 px screen, so it cannot
   wrap); this brings the current section's item into view at load. Without
   it the menu works the same, the item is only further along the row.
   Loaded with <script defer>; no inline script, no global, no style. */
(function () {
  var item = document.querySelector('nav.menu [aria-current="page"], nav.menu a.in');
  var list = item && item.closest('ul');
  if (!list || list.scrollWidth <= list.clientWidth) return;
  var a = item.getBoundingClientRect();
  var b = list.getBoundingClientRect();
  // Centre the item in the row. scrollLeft moves in the physical direction
  // in right-to-left pages too (it is negative there), so the physical
  // offset is added as is.
  list.scrollLeft += (a.left + a.right - b.left - b.right) / 2;
})();
