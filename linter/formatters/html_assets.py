"""The review page's style sheet and script, inlined so the page needs no other file.

The script filters by rule and severity (also from the address: ``#rule=DL401&severity=
error,warning&sort=1:desc``), sorts the summary table, opens a finding's explanation
from its highlight, and records any script error on ``body[data-errors]``.
"""

from __future__ import annotations

STYLE = """
:root{--error:#b3261e;--error-bg:#fde2e0;--warning:#8a5a00;--warning-bg:#fff0c2;
--info:#0b57a4;--info-bg:#e1edfb;--line:#e6e6e6;--muted:#666}
*{box-sizing:border-box}
body{margin:0;font:15px/1.7 "PingFang SC","Noto Sans CJK SC","Source Han Sans SC",
"Microsoft YaHei","WenQuanYi Micro Hei","Noto Sans SC",sans-serif;color:#1d1d1d;background:#fafafa}
header{padding:16px 24px;background:#fff;border-bottom:1px solid var(--line)}
header h1{margin:0;font-size:22px}
header p{margin:4px 0 0}.version{color:var(--muted);font-size:12px}
main{padding:16px 24px}
#summary{background:#fff;border:1px solid var(--line);border-radius:6px;padding:12px 16px}
.filters{display:flex;flex-wrap:wrap;gap:16px;align-items:center;margin-bottom:8px}
.filters select{font:inherit}
#summary-table{border-collapse:collapse;width:100%}
#summary-table th,#summary-table td{border-bottom:1px solid var(--line);padding:4px 8px;
text-align:left}
#summary-table th{cursor:pointer;user-select:none;background:#f3f3f3}
#summary-table th[aria-sort=ascending]::after{content:" ▲"}
#summary-table th[aria-sort=descending]::after{content:" ▼"}
.n{text-align:right!important;font-variant-numeric:tabular-nums}
.report{margin-top:18px;background:#fff;border:1px solid var(--line);border-radius:6px}
.report>details>summary{padding:8px 16px;cursor:pointer;border-bottom:1px solid var(--line)}
.report h2{display:inline;font-size:17px;margin:0}
.badge{display:inline-block;border-radius:10px;padding:0 8px;font-size:12px;margin-left:4px}
.badge.sev-error{background:var(--error-bg);color:var(--error)}
.badge.sev-warning{background:var(--warning-bg);color:var(--warning)}
.badge.sev-info{background:var(--info-bg);color:var(--info)}
.text{padding:4px 0}
.line{display:grid;grid-template-columns:3.5em minmax(0,1fr) minmax(16em,30%);
gap:0 12px;padding:1px 16px}
.line.has-findings{background:#fffdf5}
.ln{color:#999;text-align:right;font-size:12px;padding-top:3px;user-select:none}
.src{white-space:pre-wrap;word-break:break-all}
mark.finding{background:transparent;color:inherit;border-bottom:2px solid;cursor:pointer;
-webkit-print-color-adjust:exact;print-color-adjust:exact}
mark.sev-error{background:var(--error-bg);border-color:var(--error)}
mark.sev-warning{background:var(--warning-bg);border-color:var(--warning)}
mark.sev-info{background:var(--info-bg);border-color:var(--info)}
mark.point{display:inline-block;min-width:.6em;height:1.1em;vertical-align:middle}
mark.off{background:transparent;border-color:transparent;cursor:default}
.notes{font-size:13px}
.note{border-left:3px solid;padding:1px 8px;margin:2px 0;background:#fff}
.note.sev-error{border-color:var(--error)}.note.sev-warning{border-color:var(--warning)}
.note.sev-info{border-color:var(--info)}
.note summary{cursor:pointer;list-style:none}
.note summary::-webkit-details-marker{display:none}
.note .rule{font-weight:bold}.note .place{color:var(--muted);margin-left:4px}
.note.flash{outline:2px solid #333}
.explain{color:#333;border-top:1px dashed var(--line);margin-top:4px}
.explain p{margin:4px 0;white-space:pre-line}.explain b{margin-right:6px}
[hidden]{display:none!important}
@media (max-width:900px){.line{grid-template-columns:3em minmax(0,1fr)}
.notes{grid-column:2}}
@media print{body{background:#fff;font-size:11pt}.filters{display:none}
#summary,.report{border:none}.line{grid-template-columns:3em 1fr 38%}
.notes{grid-column:auto}.note{break-inside:avoid}
.report{break-before:page}.report>details>summary{border-bottom:1px solid #999}}
"""

SCRIPT = """
(function () {
  "use strict";
  var errors = [];
  window.addEventListener("error", function (event) {
    errors.push(String(event.message));
    document.body.setAttribute("data-errors", errors.join(" | "));
  });
  var findings = JSON.parse(document.getElementById("findings").textContent);
  var select = document.getElementById("rule-filter");
  var boxes = Array.from(document.querySelectorAll('input[name="severity"]'));
  var table = document.getElementById("summary-table");
  var notes = Array.from(document.querySelectorAll("details.note"));
  var marks = Array.from(document.querySelectorAll("mark.finding"));

  function chosen() {
    return {
      rule: select.value,
      severities: boxes.filter(function (b) { return b.checked; })
        .map(function (b) { return b.value; })
    };
  }

  function apply() {
    var state = chosen(), shown = {}, counts = {};
    findings.forEach(function (f) {
      var on = (!state.rule || f.rule === state.rule) && state.severities.indexOf(f.severity) >= 0;
      shown[f.id] = on;
      counts[f.report] = counts[f.report] || {error: 0, warning: 0, info: 0};
      if (on) { counts[f.report][f.severity] += 1; }
    });
    notes.forEach(function (n) { n.hidden = !shown[n.id]; });
    marks.forEach(function (m) {
      var on = m.getAttribute("data-f").split(" ").some(function (k) { return shown[k]; });
      m.classList.toggle("off", !on);
    });
    Array.from(table.tBodies[0].rows).forEach(function (row) {
      var c = counts[row.getAttribute("data-report")] || {error: 0, warning: 0, info: 0};
      Array.from(row.querySelectorAll("td[data-severity]")).forEach(function (cell) {
        cell.textContent = String(c[cell.getAttribute("data-severity")]);
      });
    });
    var count = Object.keys(shown).filter(function (k) { return shown[k]; }).length;
    document.body.setAttribute("data-shown", String(count));
  }

  function sortBy(column, descending) {
    var heads = Array.from(table.tHead.rows[0].cells), body = table.tBodies[0];
    var numeric = heads[column].getAttribute("data-sort") === "number";
    var rows = Array.from(body.rows);
    rows.sort(function (a, b) {
      var x = a.cells[column].textContent, y = b.cells[column].textContent;
      var order = numeric ? Number(x) - Number(y) : x.localeCompare(y, "zh-CN");
      return descending ? -order : order;
    });
    rows.forEach(function (row) { body.appendChild(row); });
    heads.forEach(function (h, i) {
      if (i === column) { h.setAttribute("aria-sort", descending ? "descending" : "ascending"); }
      else { h.removeAttribute("aria-sort"); }
    });
  }

  Array.from(table.tHead.rows[0].cells).forEach(function (head, column) {
    head.addEventListener("click", function () {
      sortBy(column, head.getAttribute("aria-sort") === "ascending");
    });
  });
  select.addEventListener("change", apply);
  boxes.forEach(function (b) { b.addEventListener("change", apply); });
  marks.forEach(function (m) {
    m.addEventListener("click", function () {
      var note = document.getElementById(m.getAttribute("data-f").split(" ")[0]);
      if (!note) { return; }
      note.open = true;
      note.classList.add("flash");
      setTimeout(function () { note.classList.remove("flash"); }, 1200);
    });
  });
  window.addEventListener("beforeprint", function () {
    document.querySelectorAll(".report > details").forEach(function (d) { d.open = true; });
  });

  var hash = new URLSearchParams(location.hash.replace(/^#/, ""));
  if (hash.has("rule")) { select.value = hash.get("rule"); }
  if (hash.has("severity")) {
    var wanted = hash.get("severity").split(",");
    boxes.forEach(function (b) { b.checked = wanted.indexOf(b.value) >= 0; });
  }
  apply();
  if (hash.has("sort")) {
    var parts = hash.get("sort").split(":");
    sortBy(Number(parts[0]), parts[1] === "desc");
  }
  document.body.setAttribute("data-ready", "1");
})();
"""
