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

// Import page: refuse a file larger than the server accepts before uploading it for nothing.
document.addEventListener('DOMContentLoaded', function () {
  var input = document.querySelector('.import-upload input[type="file"][data-max-bytes]');
  if (!input) {
    return;
  }
  var message = document.getElementById('files-too-large');
  var submit = input.form.querySelector('button[type="submit"]');
  input.addEventListener('change', function () {
    var max = Number(input.dataset.maxBytes);
    var tooLarge = Array.prototype.some.call(input.files, function (file) { return file.size > max; });
    input.classList.toggle('is-invalid', tooLarge);
    message.hidden = !tooLarge;
    submit.disabled = tooLarge;
    if (tooLarge) {
      input.setAttribute('aria-describedby', 'files-help files-too-large');
    }
  });
});
