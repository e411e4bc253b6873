// review-console: the little behaviour htmx does not give by itself. The pages work without it; no page has
// inline script or inline event handlers (the Content-Security-Policy allows scripts from this origin only).
(function () {
  // Fields that apply to one choice only (data-enable-when="<id of the radio>") are disabled otherwise.
  function syncChoiceFields() {
    document.querySelectorAll("[data-enable-when]").forEach(function (group) {
      var radio = document.getElementById(group.getAttribute("data-enable-when"));
      if (radio) { group.disabled = !radio.checked; }
    });
  }
  document.addEventListener("change", function (e) {
    if (e.target && e.target.type === "radio") { syncChoiceFields(); }
  });
  syncChoiceFields();
  // "Go back" links go to the previous page when there is one (their href is the dashboard otherwise).
  document.addEventListener("click", function (e) {
    var link = e.target && e.target.closest ? e.target.closest("[data-history-back]") : null;
    if (link && window.history.length > 1) { e.preventDefault(); window.history.back(); }
  });

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
  // A form swapped back with problems: move the focus to its summary so it is read first.
  document.body.addEventListener("htmx:afterSwap", function () {
    var summary = document.getElementById("register-errors");
    if (summary) { summary.focus(); }
    syncChoiceFields();
  // "Go back" links go to the previous page when there is one (their href is the dashboard otherwise).
  document.addEventListener("click", function (e) {
    var link = e.target && e.target.closest ? e.target.closest("[data-history-back]") : null;
    if (link && window.history.length > 1) { e.preventDefault(); window.history.back(); }
  });
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
