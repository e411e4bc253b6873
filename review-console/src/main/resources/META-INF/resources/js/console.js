// review-console: the little behaviour htmx does not give by itself. The pages work without it.
(function () {
  if (!window.htmx) { return; }
  // Swap error answers too (the server renders the problem as a fragment), but not 204s.
  htmx.config.responseHandling = [
    { code: "204", swap: false },
    { code: "[23]..", swap: true },
    { code: "499", swap: false, error: true },
    { code: "[45]..", swap: true, error: true }
  ];
  // Quarkus OIDC answers 499 instead of redirecting script requests whose session expired: reload to log in.
  document.body.addEventListener("htmx:configRequest", function (e) {
    e.detail.headers["X-Requested-With"] = "XMLHttpRequest";
  });
  document.body.addEventListener("htmx:responseError", function (e) {
    if (e.detail.xhr && e.detail.xhr.status === 499) { window.location.reload(); }
  });
  // Upload progress for forms posting files (registration, new content).
  document.body.addEventListener("htmx:xhr:progress", function (e) {
    var form = e.target.closest ? e.target.closest("form") : null;
    var bar = form ? form.querySelector("progress") : null;
    if (bar && e.detail.lengthComputable && e.detail.total > 0) {
      bar.value = Math.round(e.detail.loaded * 100 / e.detail.total);
    }
  });
})();
