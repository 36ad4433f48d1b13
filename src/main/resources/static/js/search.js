// search pages
(function () {
  // The filters panel is a <details>: folded on phones, always open on wider screens.
  function openFiltersOnWideScreens(root) {
    if (window.matchMedia('(min-width: 768px)').matches) {
      root.querySelectorAll('details[data-open-on-wide]').forEach(function (d) { d.open = true; });
    }
  }

  // htmx replaces the filters panel: keep the folds the reader opened or closed.
  var openState = {};
  document.addEventListener('htmx:beforeSwap', function (event) {
    if (event.detail.target && event.detail.target.id === 'search-body') {
      openState = {};
      event.detail.target.querySelectorAll('details[id]').forEach(function (d) { openState[d.id] = d.open; });
    }
  });
  document.addEventListener('htmx:afterSettle', function () {
    var body = document.getElementById('search-body');
    if (!body) { return; }
    body.querySelectorAll('details[id]').forEach(function (d) {
      if (Object.prototype.hasOwnProperty.call(openState, d.id)) { d.open = openState[d.id]; }
    });
    openFiltersOnWideScreens(body);
  });
  document.addEventListener('DOMContentLoaded', function () { openFiltersOnWideScreens(document); });
})();
