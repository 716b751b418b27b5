// The filters of items.html: they read and write the page's address (items.html?status=done&kind=followup),
// so a filtered list can be shared. Without this script the page is the plain full list.
(function () {
  "use strict";
  var form = document.getElementById("filters");
  var table = document.getElementById("items");
  if (!form || !table) return;
  var rows = Array.prototype.slice.call(table.tBodies[0].rows);
  var shown = document.getElementById("shown");

  // The same folding as `status --search`: case folded, accents removed, ø æ œ đ ł spelt out, spaces collapsed.
  var LETTERS = { "ø": "o", "æ": "ae", "œ": "oe", "đ": "d", "ł": "l" };
  function fold(text) {
    var s = text.toLowerCase().replace(/ß/g, "ss").normalize("NFKD").replace(/\p{M}/gu, "");
    s = s.replace(/[øæœđł]/g, function (c) { return LETTERS[c]; });
    return s.split(/\s+/).filter(Boolean).join(" ");
  }

  function wanted() {
    var data = new FormData(form);
    return {
      kinds: data.getAll("kind"),
      statuses: data.getAll("status"),
      owner: data.get("owner") || "",
      objective: data.get("objective") || "",
      overdue: data.get("overdue") === "1",
      search: fold(String(data.get("search") || ""))
    };
  }

  function matches(row, w) {
    var d = row.dataset;
    return (!w.kinds.length || w.kinds.indexOf(d.kind) >= 0) &&
      (!w.statuses.length || w.statuses.indexOf(d.status) >= 0) &&
      (!w.owner || d.owners.split(" ").indexOf(w.owner) >= 0) &&
      (!w.objective || d.objectives.split(" ").indexOf(w.objective) >= 0) &&
      (!w.overdue || d.overdue === "1") &&
      (!w.search || d.search.split("\n").some(function (text) { return text.indexOf(w.search) >= 0; }));
  }

  function apply() {
    var w = wanted();
    var count = 0;
    rows.forEach(function (row) {
      var keep = matches(row, w);
      row.hidden = !keep;
      if (keep) count += 1;
    });
    shown.textContent = shown.dataset.template.replace("{shown}", count).replace("{total}", rows.length);
  }

  function remember() {
    var query = new URLSearchParams();
    new FormData(form).forEach(function (value, name) { if (value) query.append(name, value); });
    var text = query.toString();
    try {
      history.replaceState(null, "", location.pathname + (text ? "?" + text : ""));
    } catch (e) { /* some browsers refuse on file://; the filters still work */ }
  }

  function restore() {
    var query = new URLSearchParams(location.search);
    Array.prototype.forEach.call(form.elements, function (field) {
      if (!field.name) return;
      var values = query.getAll(field.name);
      if (field.type === "checkbox") field.checked = values.indexOf(field.value) >= 0 || (field.name === "overdue" && values.indexOf("true") >= 0);
      else if (field.tagName === "SELECT" || field.type === "search") field.value = values.length ? values[0] : "";
    });
  }

  form.hidden = false;
  form.addEventListener("submit", function (event) { event.preventDefault(); apply(); remember(); });
  form.addEventListener("input", function () { apply(); remember(); });
  form.addEventListener("change", function () { apply(); remember(); });
  form.addEventListener("reset", function () { setTimeout(function () { apply(); remember(); }, 0); });
  restore();
  apply();
})();
