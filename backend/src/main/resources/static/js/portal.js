// Progressive enhancement only: every page works without this script.
// Moves keyboard and screen-reader focus to the error summary, so that the reader hears what to fix first.
document.addEventListener('DOMContentLoaded', function () {
  var summary = document.getElementById('error-summary');
  if (summary) {
    summary.focus();
  }
});
