// curation pages

// Import page: show the encoding and line-ending options only for the formats that have them.
document.addEventListener('DOMContentLoaded', function () {
  var format = document.querySelector('.import-upload select[name="format"]');
  if (!format) {
    return;
  }
  function update() {
    var chosen = format.options[format.selectedIndex];
    document.querySelectorAll('.import-upload .import-option').forEach(function (block) {
      var allowed = !chosen || !chosen.value || chosen.dataset[block.dataset.option === 'encoding' ? 'encoding' : 'lineEnding'] === 'true';
      block.hidden = !allowed;
      block.querySelectorAll('select').forEach(function (select) {
        select.disabled = !allowed;
      });
    });
  }
  format.addEventListener('change', update);
  update();
});
