// Checks pages of a published site in one headless Chromium: console errors, requests leaving the
// folder, axe-core (WCAG 2.1 A and AA), screenshots at 1366 and 390 px and, for texts named, the fonts
// Chromium really draws them with (CSS.getPlatformFontsForNode) and the page's web fonts; prints JSON,
// one entry a page.
// Usage: node site_check.mjs CHROMIUM JOBS.json
// JOBS.json: [{"file": "/abs/page.html", "shots": "/abs/prefix" (optional),
//              "choose": {"#f-against": true, "#f-year": "2011"} (optional: filters set before checking),
//              "texts": ["王小明", {"text": "שרה לוי", "family": "CouncilDesk Hebrew"}] (optional: each
//              found in the page's text and put in a span of its own; a family given is the span's only
//              one, to check that web font itself, as this machine's own fonts would draw Hebrew first)}]
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";

const require = createRequire(import.meta.url);
const { chromium } = require("playwright-core");
const axePath = require.resolve("axe-core/axe.min.js");

const [executablePath, jobsFile] = process.argv.slice(2);
const jobs = JSON.parse(readFileSync(jobsFile, "utf-8"));
const browser = await chromium.launch({
  executablePath,
  args: [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
  ],
});

function isolate(wanted) {
  // In the page: each text in a span of its own (not inside one made for an earlier text).
  return wanted.map(({ text, family }, n) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeValue.includes(text) && !node.parentElement.closest("[data-font-check]")) {
        const at = node.nodeValue.indexOf(text);
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + text.length);
        const span = document.createElement("span");
        span.setAttribute("data-font-check", String(n));
        if (family) { span.style.fontFamily = `"${family}"`; }
        range.surroundContents(span);
        return true;
      }
    }
    return false;
  });
}

async function fonts(page, texts) {
  const found = await page.evaluate(isolate, texts);
  await page.evaluate(() => document.fonts.ready);
  const faces = await page.evaluate(() => [...document.fonts].map((f) => ({ family: f.family, status: f.status })));
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("DOM.enable");
  await cdp.send("CSS.enable");
  const { root } = await cdp.send("DOM.getDocument", { depth: -1 });
  const drawn = [];
  for (let n = 0; n < texts.length; n += 1) {
    if (!found[n]) { drawn.push(null); continue; }
    const selector = `[data-font-check="${n}"]`;
    const { nodeId } = await cdp.send("DOM.querySelector", { nodeId: root.nodeId, selector });
    drawn.push((await cdp.send("CSS.getPlatformFontsForNode", { nodeId })).fonts);
  }
  return { drawn, faces };
}

const out = [];
try {
  for (const job of jobs) {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    const outside = [];
    const errors = [];
    page.on("request", (r) => { if (!r.url().startsWith("file:")) outside.push(r.url()); });
    page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.goto(pathToFileURL(job.file).href);
    let status = null;
    for (const [selector, value] of Object.entries(job.choose || {})) {
      if (value === true) { await page.check(selector); } else { await page.selectOption(selector, value); }
    }
    if (job.choose) { status = await page.textContent("#vote-count"); }
    const texts = (job.texts || []).map((t) => (typeof t === "string" ? { text: t } : t));
    const drawn = texts.length ? await fonts(page, texts) : {};
    const visibleRows = await page.$$eval("#votes-table tbody tr", (rows) => rows.filter((r) => !r.hidden).length);
    if (job.shots) {
      for (const width of [1366, 390]) {
        await page.setViewportSize({ width, height: 800 });
        await page.screenshot({ path: `${job.shots}-${width}.png`, fullPage: true });
      }
      await page.setViewportSize({ width: 1366, height: 768 });
    }
    const requests = [...outside];  // the page's own, before axe reads the style sheets itself
    const pageErrors = [...errors];
    await page.addScriptTag({ path: axePath });
    const result = await page.evaluate(() =>
      // eslint-disable-next-line no-undef
      axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } }),
    );
    const violations = result.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(" ")).slice(0, 5),
    }));
    out.push({
      file: job.file, passes: result.passes.length, violations, requests, errors: pageErrors, status, visibleRows,
      ...drawn,
    });
    await page.close();
  }
  console.log(JSON.stringify(out));
} finally {
  await browser.close();
}
