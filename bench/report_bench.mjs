// Times the report's index in chromium: first render (navigation start to the first
// contentful paint: the first rows on screen while the rest is still parsed), ready
// (the page parsed and the script's set-up done: sorting and filtering work) and one
// filter keystroke (a letter typed into the search field until the rows are updated and the
// next frame painted).
//
//   node bench/report_bench.mjs REPORT/index.html [RUNS]
// puppeteer-core comes from tests/report/node_modules.
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL, fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(path.join(here, "..", "tests", "report", "package.json"));
const puppeteer = (await import(pathToFileURL(require.resolve("puppeteer-core")).href)).default;
const [index, runsArg] = process.argv.slice(2);
const runs = Number(runsArg || 5);
const browser = await puppeteer.launch({ executablePath: process.env.ARCHTEI_CHROMIUM || "/usr/bin/chromium",
  headless: true, args: ["--no-sandbox", "--disable-gpu"] });
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const render = [], ready = [], keystroke = [], keystroke2 = [];
for (let i = 0; i < runs; i++) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1400, height: 1000 });
  await page.goto(pathToFileURL(path.resolve(index)).href, { waitUntil: "load" });
  const t = await page.evaluate(() => ({
    paint: performance.getEntriesByName("first-contentful-paint")[0].startTime,
    ready: performance.getEntriesByType("navigation")[0].domContentLoadedEventEnd,
  }));
  render.push(t.paint);
  ready.push(t.ready);
  const rows = await page.$$eval("#documents .rows [role=row]", (r) => r.length);
  for (const [letter, into] of [["g", keystroke], ["o", keystroke2]]) {
    into.push(await page.evaluate((letter) => new Promise((done) => {
      const input = document.getElementById("f-text");
      const t0 = performance.now();
      input.value += letter;
      input.dispatchEvent(new Event("input", { bubbles: true }));
      requestAnimationFrame(() => setTimeout(() => done(performance.now() - t0), 0));
    }), letter));
  }
  const shown = await page.$$eval("#documents .rows [role=row]", (r) => r.filter((x) => !x.hidden).length);
  if (i === 0) console.log(`rows: ${rows}; shown after "go": ${shown}`);
  await page.close();
}
await browser.close();
console.log(`first render, first contentful paint (ms, median of ${runs}): ${median(render).toFixed(0)}  runs: ${render.map((x) => x.toFixed(0)).join(" ")}`);
console.log(`ready: parsed and set up (ms): ${median(ready).toFixed(0)}  runs: ${ready.map((x) => x.toFixed(0)).join(" ")}`);
console.log(`filter keystroke "g" (ms): ${median(keystroke).toFixed(1)}  runs: ${keystroke.map((x) => x.toFixed(1)).join(" ")}`);
console.log(`filter keystroke "o" after "g" (ms): ${median(keystroke2).toFixed(1)}  runs: ${keystroke2.map((x) => x.toFixed(1)).join(" ")}`);
