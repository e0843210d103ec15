// archtei report: sorting and filtering on the index, value <-> source highlighting on a
// document page. Everything works without it: it only adds behaviour to static HTML.
"use strict";

// Rows per chunk, as index_page.cpp writes them, and a row's estimated height in pixels for
// chunks not yet laid out.
const ROWS_PER_CHUNK = 100, ROW_HEIGHT = 36;

function setUpIndex() {
  const table = document.getElementById("documents");
  const chunks = Array.from(table.querySelectorAll(".chunk"));
  const form = document.getElementById("filters");
  const count = document.getElementById("count");
  const headers = Array.from(table.querySelectorAll("[role=columnheader]"));
  // Each row read once: its cells' text for sorting, all of it for the free-text filter.
  const rows = Array.from(table.querySelectorAll(".rows [role=row]"), (el, order) => {
    const cells = Array.from(el.children, (c) => c.textContent);
    return {
      el, order, cells, shown: true,
      text: cells.join(" ").toLowerCase(),
      archives: el.dataset.archives ? el.dataset.archives.split("|") : [],
      translators: el.dataset.translators ? el.dataset.translators.split("|") : [],
      decade: el.dataset.decade,
      warnings: Number(cells[6]),
      invalid: cells[5] === "invalid" || cells[5] === "failed",
    };
  });
  const total = rows.length;
  // A chunk's height, until it is laid out, is estimated from the rows it shows.
  function sizeChunks() {
    chunks.forEach((chunk, i) => {
      let shown = 0;
      for (let k = i * ROWS_PER_CHUNK; k < Math.min(total, (i + 1) * ROWS_PER_CHUNK); k++) if (rows[k].shown) shown++;
      chunk.hidden = shown === 0;
      chunk.style.containIntrinsicSize = `0 ${shown * ROW_HEIGHT}px`;
    });
  }
  const f = (id) => document.getElementById(id);
  function filter() {
    const words = f("f-text").value.toLowerCase().split(/\s+/).filter(Boolean);
    const warn = f("f-warnings").checked, invalid = f("f-invalid").checked;
    const archive = f("f-archive").value, translator = f("f-translator").value, decade = f("f-decade").value;
    let n = 0;
    for (const r of rows) {
      const show = (!warn || r.warnings > 0) && (!invalid || r.invalid) &&
        (!archive || r.archives.includes(archive)) && (!translator || r.translators.includes(translator)) &&
        (!decade || r.decade === decade) && words.every((w) => r.text.includes(w));
      if (show !== r.shown) { r.el.hidden = !show; r.shown = show; }
      if (show) n++;
    }
    sizeChunks();
    count.textContent = n === total ? `${total} documents` : `${n} of ${total} documents`;
  }
  form.addEventListener("input", filter);
  form.addEventListener("submit", (e) => e.preventDefault());
  form.hidden = false;

  headers.forEach((th, column) => {
    const button = document.createElement("button");
    button.type = "button";
    button.textContent = th.textContent;
    th.textContent = "";
    th.appendChild(button);
    button.addEventListener("click", () => {
      const ascending = th.getAttribute("aria-sort") !== "ascending";
      headers.forEach((h) => h.removeAttribute("aria-sort"));
      th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      const numeric = th.dataset.numeric === "1";
      const sign = ascending ? 1 : -1;
      rows.sort((a, b) => {
        const x = a.cells[column], y = b.cells[column];
        // Empty cells last whichever way; ISO dates sort as text.
        if (!x !== !y) return x ? -1 : 1;
        const c = numeric ? Number(x) - Number(y) : x < y ? -1 : x > y ? 1 : 0;
        return c * sign || a.order - b.order;
      });
      chunks.forEach((chunk, i) => {
        const fragment = document.createDocumentFragment();
        for (const r of rows.slice(i * ROWS_PER_CHUNK, (i + 1) * ROWS_PER_CHUNK)) fragment.appendChild(r.el);
        chunk.appendChild(fragment);
      });
      sizeChunks();
    });
  });
  sizeChunks();
}

function setUpDocument() {
  const marksOf = new Map();   // span id -> its marks
  const valuesOf = new Map();  // span id -> the record values it belongs to
  for (const mark of document.querySelectorAll("mark[data-s]"))
    for (const id of mark.dataset.s.split(" ")) {
      if (!marksOf.has(id)) marksOf.set(id, []);
      marksOf.get(id).push(mark);
    }
  const values = Array.from(document.querySelectorAll(".val[data-spans]"));
  for (const v of values)
    for (const id of v.dataset.spans.split(" ").filter(Boolean)) {
      if (!valuesOf.has(id)) valuesOf.set(id, []);
      valuesOf.get(id).push(v);
    }
  let lit = [];
  function clear() { for (const el of lit) el.classList.remove("on"); lit = []; }
  function light(elements) { for (const el of elements) { el.classList.add("on"); lit.push(el); } }
  function showValue(v, scroll) {
    clear();
    light([v]);
    const ids = v.dataset.spans.split(" ").filter(Boolean);
    const marks = ids.flatMap((id) => marksOf.get(id) || []);
    light(marks);
    if (scroll && marks.length) marks[0].scrollIntoView({ block: "nearest" });
  }
  for (const v of values) {
    v.addEventListener("mouseenter", () => showValue(v, false));
    v.addEventListener("focus", () => showValue(v, true));
    v.addEventListener("click", () => showValue(v, true));
    v.addEventListener("mouseleave", clear);
    v.addEventListener("blur", clear);
  }
  for (const [id, marks] of marksOf)
    for (const mark of marks) {
      mark.addEventListener("mouseenter", () => {
        clear();
        const ids = mark.dataset.s.split(" ");
        light(ids.flatMap((i) => valuesOf.get(i) || []));
        light(ids.flatMap((i) => marksOf.get(i) || []));
      });
      mark.addEventListener("mouseleave", clear);
    }
}

document.addEventListener("DOMContentLoaded", () => {
  if (document.body.classList.contains("index-page")) setUpIndex();
  if (document.body.classList.contains("doc-page")) setUpDocument();
});
