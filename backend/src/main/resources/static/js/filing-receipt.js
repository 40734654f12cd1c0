// The receipt's print button: it needs the browser's print dialog, so it is shown only where this script
// runs. Without it the page says to use the browser's own print command, and prints the same either way.
(function () {
  'use strict';
  document.querySelectorAll('[data-print]').forEach(function (button) {
    button.hidden = false;
    button.addEventListener('click', function () {
      window.print();
    });
  });
})();
