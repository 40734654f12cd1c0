// Progressive enhancement only: every page works without this script.
document.addEventListener('DOMContentLoaded', function () {
  // Moves keyboard and screen-reader focus to the error summary, so that the reader hears what to fix first.
  var summary = document.getElementById('error-summary');
  if (summary) {
    summary.focus();
  }
  // On narrow screens the main menu folds behind its button (portal.css); without script it stays open.
  var nav = document.querySelector('.main-nav');
  var toggle = nav && nav.querySelector('.menu-toggle');
  if (toggle) {
    nav.classList.add('collapsible');
    toggle.hidden = false;
    toggle.addEventListener('click', function () {
      toggle.setAttribute('aria-expanded', String(toggle.getAttribute('aria-expanded') !== 'true'));
    });
  }
});
