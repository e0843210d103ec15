// Converts every fixture with `archtei convert --report`, opens the report in Debian's
// chromium (puppeteer-core, nothing downloaded) and checks what a reader relies on: one row
// per document, filters and sorting, every record value highlighted in the source text,
// hover linking value and text, no console error, no network request, identical bytes on a
// second run. Screenshots of the index and one document page go to ARTIFACTS.
//
// usage: node report_check.mjs ARCHTEI FIXTURES SHARED GAPS_FILE ARTIFACTS
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import puppeteer from "puppeteer-core";

const [archtei, fixtures, shared, gapsFile, artifacts] = process.argv.slice(2);
const chromium = process.env.ARCHTEI_CHROMIUM || "/usr/bin/chromium";
let failures = 0;
function check(ok, what) {
  if (!ok) {
    failures++;
    console.error(`FAIL: ${what}`);
  }
}

// The browser first: a missing or broken chromium fails the test at once, never skips it.
let browser;
try {
  browser = await puppeteer.launch({
    executablePath: chromium,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
  });
} catch (e) {
  console.error(`FAIL: cannot start chromium at ${chromium}: ${e.message.split("\n")[0]}`);
  process.exit(1);
}

// The fixture inputs, each copied under its case's name.
const work = fs.mkdtempSync(path.join(os.tmpdir(), "archtei-report-"));
fs.mkdirSync(path.join(work, "inputs"));
const cases = [];
for (const name of fs.readdirSync(fixtures).sort()) {
  const dir = path.join(fixtures, name);
  let input = path.join(dir, "input.txt");
  if (!fs.existsSync(input)) {
    const location = path.join(dir, "input.location");
    if (!fs.existsSync(location)) continue;
    input = path.join(shared, fs.readFileSync(location, "utf8").trim());
  }
  fs.copyFileSync(input, path.join(work, "inputs", `${name}.txt`));
  cases.push(name);
}
check(cases.length > 40, `fixtures found: ${cases.length}`);

// The run: a bad page is an error for that page only, so the exit status may be 1.
function run(args) {
  try {
    execFileSync(archtei, args, { cwd: work, stdio: ["ignore", "ignore", "pipe"] });
  } catch (e) {
    if (e.status !== 1) throw e;
  }
}
run(["convert", "inputs", "-o", "out", "--to", "tei,jsonld", "--validate", "-q", "--report", "report"]);
run(["report", "out", "-o", "report2"]);
const manifest = fs.readFileSync(path.join(work, "out", "manifest.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l));
check(manifest.length === cases.length, `manifest has ${manifest.length} records for ${cases.length} inputs`);

// Same input, same bytes.
function files(dir, base = dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(path.join(dir, e.name), base) : [path.relative(base, path.join(dir, e.name))]).sort();
}
const first = files(path.join(work, "report")), second = files(path.join(work, "report2"));
check(JSON.stringify(first) === JSON.stringify(second), "both runs write the same files");
for (const f of first)
  check(fs.existsSync(path.join(work, "report2", f)) &&
        fs.readFileSync(path.join(work, "report", f)).equals(fs.readFileSync(path.join(work, "report2", f))),
        `${f} has the same bytes on a second run`);
for (const f of first.filter((f) => f.endsWith(".html"))) {
  const html = fs.readFileSync(path.join(work, "report", f), "utf8");
  check(!/(src|href)="(https?:)?\/\//.test(html), `${f} refers to nothing on the network`);
}

// Values with no span yet, "case: path" (shared with the C++ span test).
const gaps = new Set(fs.readFileSync(gapsFile, "utf8").split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("#")));

const squeeze = (s) => s.replace(/[\s\u00a0\u25a1]+/g, "").toLowerCase();

try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1400, height: 1000 });
  const problems = [];
  page.on("console", (m) => { if (m.type() === "error" || m.type() === "warn") problems.push(`console ${m.type()}: ${m.text()}`); });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("requestfailed", (r) => problems.push(`request failed: ${r.url()}`));
  page.on("request", (r) => { if (!r.url().startsWith("file://")) problems.push(`network request: ${r.url()}`); });
  const url = (f) => pathToFileURL(path.join(work, "report", f)).href;

  // The index: one row per document.
  await page.goto(url("index.html"), { waitUntil: "load" });
  const rowCount = await page.$$eval("#documents .rows [role=row]", (rows) => rows.length);
  check(rowCount === cases.length, `index has ${rowCount} rows for ${cases.length} documents`);
  // The rows shown, in order, as their cells' text: a row is shown when neither it nor its chunk is hidden.
  const visible = () => page.$$eval("#documents .rows [role=row]", (rows) =>
    rows.filter((r) => !r.hidden && !r.parentElement.hidden).map((r) => Array.from(r.children, (c) => c.textContent)));

  // "has warnings" shows exactly the documents the manifest gives warnings.
  const withWarnings = manifest.filter((r) => (r.warnings || []).length > 0).length;
  await page.click("#f-warnings");
  let rows = await visible();
  check(rows.length === withWarnings && rows.length < cases.length && rows.length > 0,
        `"has warnings" shows ${rows.length} rows; the manifest has ${withWarnings} documents with warnings`);
  check(rows.every((r) => Number(r[6]) > 0), `"has warnings" shows only rows with warnings`);
  await page.click("#f-warnings");

  // Free text: a translator's name narrows the rows to those that name it.
  const translator = await page.$eval("#f-translator option:nth-child(2)", (o) => o.value);
  await page.type("#f-text", translator);
  rows = await visible();
  const expected = await page.$$eval("#documents .rows [role=row]", (trs, t) =>
    trs.filter((tr) => tr.textContent.toLowerCase().includes(t.toLowerCase())).length, translator);
  check(rows.length > 0 && rows.length < cases.length && rows.length === expected,
        `search "${translator}" shows ${rows.length} rows, ${expected} rows hold it`);
  check(rows.every((r) => r.join(" ").toLowerCase().includes(translator.toLowerCase())), `search rows all hold "${translator}"`);
  await page.$eval("#f-text", (i) => { i.value = ""; i.dispatchEvent(new Event("input", { bubbles: true })); });
  check((await visible()).length === cases.length, "clearing the search shows every row again");

  // Decade filter: every row shown has a date in that decade.
  const decade = await page.$eval("#f-decade option:nth-child(2)", (o) => o.value);
  await page.select("#f-decade", decade);
  rows = await visible();
  check(rows.length > 0 && rows.every((r) => r[1].startsWith(decade.slice(0, 3))), `decade ${decade} shows only its dates`);
  await page.select("#f-decade", "");

  // Sorting by date orders the ISO dates, empty dates last; again, the other way.
  await page.click("#documents [role=columnheader][data-key=date] button");
  let dates = (await visible()).map((r) => r[1]);
  let filled = dates.filter(Boolean);
  check(filled.length > 10 && filled.every((d, i) => i === 0 || filled[i - 1] <= d), "ascending date sort");
  check(dates.slice(filled.length).every((d) => d === ""), "documents without a date come last");
  await page.click("#documents [role=columnheader][data-key=date] button");
  dates = (await visible()).map((r) => r[1]).filter(Boolean);
  check(dates.every((d, i) => i === 0 || dates[i - 1] >= d), "descending date sort");
  await page.click("#documents [role=columnheader][data-key=title] button");
  await page.screenshot({ path: path.join(artifacts, "index.png") });

  // The overview draws its charts without script.
  await page.goto(url("overview.html"), { waitUntil: "load" });
  check((await page.$$eval("figure.chart svg", (s) => s.length)) === 6, "overview has its six charts");
  await page.screenshot({ path: path.join(artifacts, "overview.png"), fullPage: true });

  // Every document page: each value's marks hold it; hovering links value and text.
  const pages = fs.readdirSync(path.join(work, "report", "docs")).sort();
  check(pages.length === cases.length, `one page per document (${pages.length})`);
  let values = 0;
  for (const p of pages) {
    await page.goto(url(`docs/${p}`), { waitUntil: "load" });
    const doc = await page.evaluate(() => {
      const input = document.querySelector(".meta").textContent.match(/inputs\/([^ ]+)\.txt/);
      const marks = new Map();
      for (const m of document.querySelectorAll("mark[data-s]"))
        for (const id of m.dataset.s.split(" ")) marks.set(id, (marks.get(id) || "") + m.textContent);
      return {
        name: input ? input[1] : "",
        values: Array.from(document.querySelectorAll(".val"), (v) => ({
          field: v.dataset.field, value: v.textContent,
          texts: v.dataset.spans.split(" ").filter(Boolean).map((id) => marks.get(id) || ""),
        })),
      };
    });
    check(doc.name !== "", `${p} names its input`);
    for (const v of doc.values) {
      values++;
      const key = `${doc.name}: ${v.field}`;
      if (v.texts.length === 0) {
        check(gaps.has(key), `${key} (${JSON.stringify(v.value)}) has no highlighted span`);
        continue;
      }
      const field = v.field.replace(/.*\./, "").replace(/\[\d+\]$/, "");
      // A credit role shared by two credits is marked word by word: its marks hold it together.
      if (field === "role" && squeeze(v.texts.join("")).includes(squeeze(v.value))) continue;
      for (const t of v.texts) {
        let ok;
        if (field === "date") ok = t.includes(v.value.slice(2, 4));  // the year, at least its last two digits
        else if (field === "warnings") ok = squeeze(t).includes(squeeze(v.value.split(": ").pop()));
        // Normalised or derived (an acronym read from another spelling, a name from the archive
        // table, a language from the text's letters): record_spans_test.cpp checks them against the tables.
        else if (["archive", "archive_name", "original_languages"].includes(field)) ok = t.trim().length > 0;
        else ok = squeeze(t).includes(squeeze(v.value));
        check(ok, `${key}: highlighted text ${JSON.stringify(t.slice(0, 80))} does not hold ${JSON.stringify(v.value.slice(0, 80))}`);
      }
    }
    // Hover the first value with a span: it and its marks light up; hovering a mark lights the value.
    const hovered = await page.$(".val[data-spans]:not([data-spans=''])");
    if (hovered) {
      await hovered.hover();
      const lit = await page.evaluate(() => {
        const v = document.querySelector(".val[data-spans]:not([data-spans=''])");
        const ids = v.dataset.spans.split(" ");
        const marks = Array.from(document.querySelectorAll("mark[data-s]")).filter((m) => m.dataset.s.split(" ").some((i) => ids.includes(i)));
        return { value: v.classList.contains("on"), marks: marks.length, on: marks.filter((m) => m.classList.contains("on")).length };
      });
      check(lit.value && lit.marks > 0 && lit.on === lit.marks, `${p}: hovering a value lights it and all ${lit.marks} of its marks (${lit.on})`);
      const mark = await page.$("mark[data-s]");
      await mark.hover();
      const back = await page.evaluate(() => {
        const ids = document.querySelector("mark[data-s]").dataset.s.split(" ");
        const vals = Array.from(document.querySelectorAll(".val")).filter((v) => v.dataset.spans.split(" ").some((i) => ids.includes(i)));
        return vals.length > 0 && vals.every((v) => v.classList.contains("on"));
      });
      check(back, `${p}: hovering a mark lights its values`);
    }
    if (doc.name === "letter-spaced-signature-delo-not-given") {
      await page.hover(".val[data-field='translators']");
      await page.screenshot({ path: path.join(artifacts, "document.png") });
    }
  }
  check(values > 500, `values checked: ${values}`);
  for (const p of problems) check(false, p);
} finally {
  await browser.close();
}
fs.rmSync(work, { recursive: true, force: true });
if (failures) {
  console.error(`${failures} checks failed`);
  process.exit(1);
}
console.log(`report checked in chromium: ${cases.length} documents`);
