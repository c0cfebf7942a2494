// Keyboard shortcuts and the decision template swap. Everything works without this script:
// rows hold links, forms post normally, and the ground starts from the preselected action's
// template.
(function () {
  "use strict";

  function typing(event) {
    var tag = (event.target.tagName || "").toLowerCase();
    return tag === "input" || tag === "textarea" || tag === "select" || event.target.isContentEditable;
  }

  function queueKeys() {
    var rows = Array.prototype.slice.call(document.querySelectorAll("tr[data-href]"));
    if (!rows.length) return;
    var at = -1;
    function select(index) {
      if (at >= 0) rows[at].classList.remove("selected");
      at = Math.max(0, Math.min(rows.length - 1, index));
      rows[at].classList.add("selected");
      rows[at].setAttribute("tabindex", "-1");
      rows[at].focus();
    }
    document.addEventListener("keydown", function (event) {
      if (typing(event) || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.key === "j") { select(at + 1); event.preventDefault(); }
      else if (event.key === "k") { select(at - 1); event.preventDefault(); }
      else if (event.key === "Enter" && at >= 0) { window.location = rows[at].dataset.href; }
    });
  }

  function caseKeys() {
    document.addEventListener("keydown", function (event) {
      if (typing(event) || event.ctrlKey || event.metaKey || event.altKey) return;
      var link = document.querySelector('[data-key="' + event.key + '"]');
      if (link) { window.location = link.getAttribute("href"); event.preventDefault(); }
      if (event.key === "d") {
        var form = document.getElementById("decide");
        if (form) { form.scrollIntoView(); var first = form.querySelector("input, textarea"); if (first) first.focus(); }
        event.preventDefault();
      }
    });
  }

  // Choosing another action offers its template, unless the reviewer already edited the ground.
  function templates() {
    document.querySelectorAll("form.decision-form").forEach(function (form) {
      var ground = form.querySelector("textarea[name=ground]");
      if (!ground) return;
      var pristine = ground.value;
      ground.addEventListener("input", function () { pristine = null; });
      form.querySelectorAll("input[name=action]").forEach(function (radio) {
        radio.addEventListener("change", function () {
          if (pristine !== null && ground.value === pristine) {
            ground.value = radio.dataset.ground;
            pristine = ground.value;
          }
        });
      });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    var page = document.body.dataset.page;
    if (page === "queue") queueKeys();
    if (page === "case") caseKeys();
    templates();
  });
})();
