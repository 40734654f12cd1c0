// While an import runs, its page fetches itself every two seconds and swaps in the new progress and the rows
// not imported so far, until the import has ended; without the script the page's own link refreshes it.
document.addEventListener('DOMContentLoaded', function () {
  var progress = document.getElementById('import-progress');
  if (!progress || progress.getAttribute('data-running') !== 'true' || !window.fetch || !window.DOMParser) {
    return;
  }
  function poll() {
    fetch(window.location.href, {credentials: 'same-origin', headers: {'Accept': 'text/html'}})
      .then(function (response) { return response.ok ? response.text() : Promise.reject(response.status); })
      .then(function (html) {
        var page = new DOMParser().parseFromString(html, 'text/html');
        var fresh = page.getElementById('import-progress');
        var problems = page.querySelector('section[aria-labelledby=problems-title]');
        if (!fresh) {
          return;
        }
        progress.innerHTML = fresh.innerHTML;
        var current = document.querySelector('section[aria-labelledby=problems-title]');
        if (problems && current) {
          current.innerHTML = problems.innerHTML;
        }
        if (fresh.getAttribute('data-running') === 'true') {
          window.setTimeout(poll, 2000);
        } else {
          progress.setAttribute('data-running', 'false');
        }
      })
      .catch(function () { window.setTimeout(poll, 5000); });
  }
  window.setTimeout(poll, 2000);
});
