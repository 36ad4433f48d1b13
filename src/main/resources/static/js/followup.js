// followup pages
// A recommendation ticked among the search results joins the chosen ones, so the next search
// (which replaces the results) does not drop it; unticking a chosen one leaves it in place.
document.addEventListener('change', function (event) {
  var box = event.target;
  if (!box.matches || !box.matches('#recommendation-results input[name="recommendationIds"]') || !box.checked) {
    return;
  }
  var chosen = document.getElementById('recommendation-selected');
  var item = box.closest('li');
  if (chosen && item) {
    chosen.appendChild(item);
  }
});
