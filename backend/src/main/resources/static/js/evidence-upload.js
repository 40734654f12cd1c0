// Progressive enhancement of the document upload form: the plain form post works without this script.
// With it, the file is sent with XMLHttpRequest so that a <progress> bar and a live status line can follow
// the upload; the portal answers exactly as to the plain post (a redirect, or the page with its errors).
document.addEventListener('DOMContentLoaded', function () {
  enhance(document.getElementById('upload-form'));

  function enhance(form) {
    if (!form || !window.FormData || !window.XMLHttpRequest) {
      return;
    }
    form.addEventListener('submit', function (event) {
      var file = form.querySelector('input[type=file]');
      var status = document.getElementById('upload-status');
      var maxBytes = Number(form.getAttribute('data-max-bytes'));
      if (file.files.length && maxBytes && file.files[0].size > maxBytes) {
        // Saves sending megabytes only to have them refused; the portal checks again in any case.
        event.preventDefault();
        status.textContent = form.getAttribute('data-too-large');
        file.focus();
        return;
      }
      event.preventDefault();
      send(form, status);
    });
  }

  function send(form, status) {
    var bar = document.getElementById('upload-progress');
    var button = form.querySelector('button[type=submit]');
    var token = form.querySelector('input[name=_csrf]');
    var xhr = new XMLHttpRequest();
    xhr.open('POST', form.action);
    if (token) {
      xhr.setRequestHeader('X-CSRF-TOKEN', token.value);
    }
    // The texts live on the status line itself, next to where they are shown.
    function showProgress(percent) {
      bar.value = percent;
      status.textContent = status.getAttribute('data-sending').replace('{0}', percent);
    }
    bar.parentElement.hidden = false;
    button.disabled = true;
    showProgress(0);
    xhr.upload.onprogress = function (e) {
      if (e.lengthComputable) {
        showProgress(Math.floor(e.loaded * 100 / e.total));
      }
    };
    xhr.onload = function () {
      if (xhr.status === 200 && /[?&]uploaded/.test(xhr.responseURL)) {
        window.location.assign(xhr.responseURL);
        return;
      }
      showReturnedPage(xhr.responseText);
    };
    xhr.onerror = function () {
      button.disabled = false;
      bar.parentElement.hidden = true;
      status.textContent = status.getAttribute('data-failed');
    };
    xhr.send(new FormData(form));
  }

  // The portal answered with the page and its error messages: show its main content in place of ours.
  function showReturnedPage(html) {
    var returned = new DOMParser().parseFromString(html, 'text/html').getElementById('main');
    var main = document.getElementById('main');
    if (!returned) {
      document.open();
      document.write(html);
      document.close();
      return;
    }
    main.innerHTML = returned.innerHTML;
    enhance(document.getElementById('upload-form'));
    var summary = document.getElementById('error-summary');
    if (summary) {
      summary.focus();
    }
  }
});
