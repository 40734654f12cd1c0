// Progressive enhancement only: every page works without this script.
document.addEventListener('DOMContentLoaded', function () {
  // Moves keyboard and screen-reader focus to the error summary, so that the reader hears what to fix first.
  var summary = document.getElementById('error-summary');
  if (summary) {
    summary.focus();
  }
  // On narrow screens a menu of more than two items folds behind its button (portal.css); without script,
  // and for a short menu, every item stays in view.
  var nav = document.querySelector('.main-nav');
  var toggle = nav && nav.querySelector('.menu-toggle');
  if (toggle && nav.querySelectorAll('.menu-items li').length > 2) {
    nav.classList.add('collapsible');
    toggle.hidden = false;
    toggle.addEventListener('click', function () {
      toggle.setAttribute('aria-expanded', String(toggle.getAttribute('aria-expanded') !== 'true'));
    });
  }
  // A form whose action cannot be undone asks first (its data-confirm says what happens); without script, or
  // when the reader agrees, it submits as usual. Attached here because the CSP allows no inline handlers.
  document.querySelectorAll('form[data-confirm]').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      if (!window.confirm(form.getAttribute('data-confirm'))) {
        event.preventDefault();
      }
    });
  });
});
