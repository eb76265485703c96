// docloc search: loads the locale's index (a script that sets window.doclocSearchIndex, so it works from
// disk as well as from any web server under any base path) on first use, and lists matching pages.
(function () {
  "use strict";
  var form = document.querySelector("form.search");
  if (!form) { return; }
  var input = form.querySelector("input");
  var list = form.querySelector(".search-results");
  var root = form.getAttribute("data-root") || "";
  var loading = false;

  function load(then) {
    if (window.doclocSearchIndex) { then(); return; }
    if (loading) { return; }
    loading = true;
    var script = document.createElement("script");
    script.src = form.getAttribute("data-index");
    script.onload = function () { loading = false; then(); };
    document.head.appendChild(script);
  }

  function normalize(text) {
    return (text || "").toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  }

  function score(entry, terms) {
    var title = normalize(entry.title), headings = normalize(entry.headings.join(" ")), body = normalize(entry.text);
    var total = 0;
    for (var i = 0; i < terms.length; i++) {
      var term = terms[i];
      var s = (title.indexOf(term) >= 0 ? 10 : 0) + (headings.indexOf(term) >= 0 ? 4 : 0) + (body.indexOf(term) >= 0 ? 1 : 0);
      if (s === 0) { return 0; }
      total += s;
    }
    return total;
  }

  function show() {
    var terms = normalize(input.value).split(/\s+/).filter(function (t) { return t.length > 1; });
    list.textContent = "";
    if (terms.length === 0) { list.hidden = true; return; }
    var hits = [];
    (window.doclocSearchIndex || []).forEach(function (entry) {
      var s = score(entry, terms);
      if (s > 0) { hits.push({ entry: entry, score: s }); }
    });
    hits.sort(function (a, b) { return b.score - a.score || (a.entry.title < b.entry.title ? -1 : 1); });
    hits.slice(0, 12).forEach(function (hit) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = root + hit.entry.url;
      link.textContent = hit.entry.title;
      var path = document.createElement("span");
      path.className = "result-path";
      path.textContent = hit.entry.url.replace(/^[^/]+\//, "");
      link.appendChild(path);
      item.appendChild(link);
      list.appendChild(item);
    });
    if (hits.length === 0) {
      var empty = document.createElement("li");
      empty.className = "result-empty";
      empty.textContent = form.getAttribute("data-empty");
      list.appendChild(empty);
    }
    list.hidden = false;
  }

  // `page.html?q=words` opens the page with those words searched (links from elsewhere, and tests).
  var query = /[?&]q=([^&#]*)/.exec(window.location.search);
  if (query) {
    input.value = decodeURIComponent(query[1].replace(/\+/g, " "));
    load(show);
  }

  input.addEventListener("focus", function () { load(function () {}); });
  input.addEventListener("input", function () { load(show); });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var first = list.querySelector("a");
    if (first) { window.location.href = first.href; }
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") { list.hidden = true; }
  });
})();
