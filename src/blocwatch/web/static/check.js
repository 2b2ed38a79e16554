// Check page: judge the pasted text through POST /api/check and show the verdicts in place;
// without JavaScript (or for a file upload) the form posts to /check instead.
(function () {
  "use strict";
  var form = document.getElementById("check-form"), out = document.getElementById("results");
  var status = document.getElementById("check-status");
  function esc(s) {
    return String(s == null ? "" : s).replace(/[&<>"]/g, function (c) {
      return {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"}[c];
    });
  }
  form.addEventListener("submit", function (e) {
    var file = form.querySelector("input[type=file]");
    if (file && file.files.length) return;  // uploads go through the server-rendered form
    e.preventDefault();
    var text = document.getElementById("check-text").value, at = document.getElementById("check-at").value;
    status.textContent = "checking…";
    fetch("/api/check", {method: "POST", headers: {"Content-Type": "application/json", Accept: "application/json"},
                         body: JSON.stringify({text: text, at: at || null})})
      .then(function (r) { return r.json().then(function (b) { return {ok: r.ok, body: b}; }); })
      .then(function (res) {
        status.textContent = "";
        if (!res.ok) { out.innerHTML = '<p class="error">' + esc(res.body.error.message) + "</p>"; return; }
        var items = res.body.items;
        var html = "<h2>Claims (" + items.length + ")</h2>";
        if (!items.length) html += '<p class="muted">No checkable claim was found in the text.</p>';
        items.forEach(function (c) {
          html += '<div class="claim card" data-verdict="' + esc(c.verdict) + '"><span class="verdict ' + esc(c.verdict) + '">' +
                  esc(c.verdict) + "</span> “" + esc(c.claim.text) + '” <span class="muted">judged at ' + esc(c.at) + '</span><div class="muted">' + esc(c.explanation) + "</div></div>";
        });
        out.innerHTML = html;
      })
      .catch(function (err) { status.textContent = "failed: " + err; });
  });
})();
