// AllyGuide search: narrows the list of topics on the search page as the reader types, with the locale's prebuilt
// index (search.json, beside the page). No request leaves the site. Without this script the page is the full list.
(function () {
  "use strict";
  var form = document.querySelector(".search-form");
  var list = document.querySelector(".search-list");
  if (!form || !list || !window.fetch) return;
  var input = form.querySelector("input");
  var status = form.querySelector(".search-count");
  var samples = Array.prototype.slice.call(form.querySelector("template").content.querySelectorAll("[data-count]"));
  var rules = window.Intl && Intl.PluralRules ? new Intl.PluralRules(document.documentElement.lang) : null;
  var items = {};
  Array.prototype.forEach.call(list.children, function (li) { items[li.getAttribute("data-topic")] = li; });

  // Case, accents and marks (such as Arabic short vowels) do not matter.
  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f\u064b-\u065f\u0670]/g, "").toLocaleLowerCase();
  }

  function words(text) {
    return fold(text).split(/[^\p{L}\p{N}]+/u).filter(function (w) { return w.length > 0; });
  }

  // "3 topics match" in the page's language: the sample for that count, or one with the same plural form.
  function counted(n) {
    var sample = samples.filter(function (s) { return s.getAttribute("data-count") === String(n); })[0];
    if (!sample && rules) {
      var form = rules.select(n);
      sample = samples.filter(function (s) { return rules.select(Number(s.getAttribute("data-count"))) === form; }).pop();
    }
    if (!sample) return String(n);
    var given = sample.getAttribute("data-count");
    return sample.textContent.replace(new RegExp("(^|\\D)" + given + "(?!\\d)"), "$1" + n);
  }

  fetch(form.getAttribute("data-index")).then(function (response) {
    if (!response.ok) throw new Error(response.status);
    return response.json();
  }).then(function (index) {
    var topics = index.topics.map(function (t) {
      return { id: t.id, title: words(t.title), terms: words(t.title + " " + t.summary + " " + t.terms) };
    });
    function search() {
      var query = words(input.value);
      var shown = 0;
      var ranked = topics.map(function (t, order) {
        var score = 0;
        for (var i = 0; i < query.length; i++) {
          var q = query[i];
          var inTitle = t.title.some(function (w) { return w.indexOf(q) === 0; });
          var inText = inTitle || t.terms.some(function (w) { return w.indexOf(q) === 0; });
          if (!inText) return { t: t, score: -1, order: order };
          score += inTitle ? 2 : 1;
        }
        return { t: t, score: score, order: order };
      }).sort(function (a, b) { return b.score - a.score || a.order - b.order; });
      ranked.forEach(function (r) {
        var li = items[r.t.id];
        if (!li) return;
        li.hidden = r.score < 0;
        if (!li.hidden) shown++;
        list.appendChild(li);
      });
      status.textContent = query.length ? counted(shown) : "";
    }
    input.addEventListener("input", search);
    form.addEventListener("submit", function (e) { e.preventDefault(); search(); });
    var q = new URLSearchParams(location.search).get("q");
    if (q) { input.value = q; search(); }
  }).catch(function () {
    // No index (opened from disk, or not uploaded): the box goes and the full list stays, as without script.
    form.hidden = true;
  });
})();
