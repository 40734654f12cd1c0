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
  // The reviewer menu's groups (<details>, usable without script): one open at a time, closed by Escape (the focus
  // back on the group's name), by a click elsewhere or when the focus leaves it; inside the folded phone menu
  // every group stays open, so that the opened menu reads as one list.
  var groups = nav ? Array.prototype.slice.call(nav.querySelectorAll('.menu-group details')) : [];
  var phone = window.matchMedia('(max-width: 40rem)');
  var fitGroups = function () {
    groups.forEach(function (group) { group.open = phone.matches; });
  };
  if (groups.length) {
    fitGroups();
    phone.addEventListener('change', fitGroups);
    groups.forEach(function (group) {
      group.addEventListener('toggle', function () {
        if (group.open && !phone.matches) {
          groups.forEach(function (other) { if (other !== group) { other.open = false; } });
        }
      });
      group.addEventListener('keydown', function (event) {
        if (event.key === 'Escape' && group.open && !phone.matches) {
          group.open = false;
          group.querySelector('summary').focus();
        }
      });
      group.addEventListener('focusout', function (event) {
        if (!phone.matches && event.relatedTarget && !group.contains(event.relatedTarget)) {
          group.open = false;
        }
      });
    });
    document.addEventListener('click', function (event) {
      groups.forEach(function (group) {
        if (!phone.matches && group.open && !group.contains(event.target)) { group.open = false; }
      });
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
