// Document page: clicking a fact highlights and scrolls to its evidence span; clicking a span
// highlights its facts.
(function () {
  "use strict";
  function clear() {
    document.querySelectorAll("mark.active, .fact.active").forEach(function (el) { el.classList.remove("active"); });
  }
  function marksOf(id) {
    return Array.prototype.filter.call(document.querySelectorAll("mark[data-fact]"), function (m) {
      return m.dataset.fact.split(" ").indexOf(id) >= 0;
    });
  }
  function showFact(id, scrollText) {
    clear();
    var marks = marksOf(id);
    marks.forEach(function (m) { m.classList.add("active"); });
    var item = document.getElementById("fact-" + id);
    if (item) item.classList.add("active");
    if (scrollText && marks.length) marks[0].scrollIntoView({behavior: "smooth", block: "center"});
    if (!scrollText && item) item.scrollIntoView({behavior: "smooth", block: "nearest"});
  }
  document.querySelectorAll(".fact[data-fact]").forEach(function (li) {
    li.addEventListener("click", function () { showFact(li.dataset.fact, true); });
    li.addEventListener("keydown", function (e) { if (e.key === "Enter") showFact(li.dataset.fact, true); });
  });
  document.querySelectorAll("mark[data-fact]").forEach(function (m) {
    m.addEventListener("click", function () {
      var ids = m.dataset.fact.split(" ");
      showFact(ids[0], false);
      ids.slice(1).forEach(function (id) {
        var item = document.getElementById("fact-" + id);
        if (item) item.classList.add("active");
      });
    });
  });
})();
