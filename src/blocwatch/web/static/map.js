// Home page: move the date, refetch /api/members, recolour the tiles without a reload.
(function () {
  "use strict";
  var cfg = window.BLOCWATCH, orgs = cfg.orgs;
  var year = document.getElementById("year"), yearOut = document.getElementById("year-out");
  var date = document.getElementById("at"), label = document.getElementById("at-label");
  var loading = document.getElementById("loading"), twin = document.getElementById("twin");
  var today = year.dataset.today, pending = null, timer = null;

  function dayOf(y) {
    // A year on the slider stands for its 1 July (today for the current year, if earlier).
    var d = y + "-07-01";
    return d > today ? today : d;
  }

  function paint(members) {
    var by = {};
    members.forEach(function (m) { by[m.state] = m.memberships || {}; });
    document.querySelectorAll("#map .tile").forEach(function (tile) {
      var ms = by[tile.dataset.code] || {};
      orgs.forEach(function (org) {
        var o = org.toLowerCase();
        Array.prototype.slice.call(tile.classList).forEach(function (c) {
          if (c.indexOf(o + "-") === 0) tile.classList.remove(c);
        });
        var st = ms[org];
        if (st) tile.classList.add(o + "-" + st);
        var bar = tile.querySelector('.bar[data-org="' + org + '"]');
        bar.querySelector(".bar-fill").setAttribute("class", "bar-fill " + o + " s-" + (st || "none"));
        bar.querySelector(".bar-label").textContent = org + (st && st !== "member" ? " · " + (cfg.abbrev[st] || st) : "");
      });
    });
  }

  function load(day) {
    if (pending) pending.abort();
    pending = new AbortController();
    loading.hidden = false;
    var url = cfg.membersApi + "&limit=1000&at=" + encodeURIComponent(day);
    fetch(url, {signal: pending.signal, headers: {Accept: "application/json"}})
      .then(function (r) { return r.json().then(function (body) { return {ok: r.ok, body: body}; }); })
      .then(function (res) {
        loading.hidden = true;
        if (!res.ok) { label.textContent = day + " (" + res.body.error.message + ")"; return; }
        paint(res.body.items);
        label.textContent = day;
        document.body.dataset.at = day;
        if (twin) twin.href = "/api/map?at=" + encodeURIComponent(day);
        history.replaceState(null, "", "/?at=" + encodeURIComponent(day));
      })
      .catch(function (e) { if (e.name !== "AbortError") { loading.hidden = true; label.textContent = day + " (failed: " + e + ")"; } });
  }

  year.addEventListener("input", function () {
    yearOut.textContent = year.value;
    var day = dayOf(year.value);
    date.value = day;
    clearTimeout(timer);
    timer = setTimeout(function () { load(day); }, 120);
  });
  date.addEventListener("change", function () {
    if (!date.value) return;
    year.value = date.value.slice(0, 4);
    yearOut.textContent = year.value;
    load(date.value);
  });
  document.getElementById("when").addEventListener("submit", function (e) {
    e.preventDefault();
    if (date.value) load(date.value);
  });
  document.body.dataset.at = label.textContent;
})();
