// Checks pages of a published site in one headless Chromium: console errors, requests leaving the
// folder, axe-core (WCAG 2.1 A and AA) at 1366 and again at 320 px, what is cut or sticks out at
// 320 px and printed (WCAG 1.4.10), screenshots at 1366 and 390 px and, for texts named, the fonts
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

function cut(paper) {
  // In the page: whatever the reader cannot see all of. The page itself scrolling sideways; an element
  // reaching past the page's right edge, unless a box that scrolls holds it; a box that hides part
  // of what it holds, unless the keyboard can reach it to scroll it (on screen; paper never scrolls).
  const doc = document.documentElement;
  const name = (e) => e.tagName.toLowerCase() + (e.id ? `#${e.id}` : "") + (e.getAttribute("class") ? `.${e.getAttribute("class")}` : "");
  const held = (e) => {
    for (let up = e.parentElement; up && up !== document.body; up = up.parentElement) {
      if (getComputedStyle(up).overflowX !== "visible") { return true; }
    }
    return false;
  };
  const boxes = [];
  const outside = [];
  for (const e of document.body.querySelectorAll("*")) {
    const style = getComputedStyle(e);
    if (style.overflowX !== "visible" && e.scrollWidth > e.clientWidth + 1 && (paper || e.tabIndex < 0)) {
      boxes.push(name(e));
    }
    if (e.getBoundingClientRect().right > doc.clientWidth + 0.5 && !held(e)) { outside.push(name(e)); }
  }
  return { overflow: doc.scrollWidth - doc.clientWidth, outside: outside.slice(0, 5), boxes: boxes.slice(0, 5) };
}

async function wcag(page, width) {
  const result = await page.evaluate(() =>
    // eslint-disable-next-line no-undef
    axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } }),
  );
  return {
    passes: result.passes.length,
    violations: result.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help, width, nodes: v.nodes.map((n) => n.target.join(" ")).slice(0, 5),
    })),
  };
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
    const wide = await wcag(page, 1366);
    // WCAG 1.4.10: at 320 px the page reflows; a table may scroll, but only in a box the keyboard reaches.
    await page.setViewportSize({ width: 320, height: 800 });
    const narrow = await wcag(page, 320);
    const reflow = await page.evaluate(cut, false);
    // Printed on A4 with 1 cm margins: 190 mm of line at 96 px an inch.
    await page.emulateMedia({ media: "print" });
    await page.setViewportSize({ width: 718, height: 1000 });
    const printed = await page.evaluate(cut, true);
    out.push({
      file: job.file, passes: wide.passes, violations: [...wide.violations, ...narrow.violations], reflow,
      printed, requests, errors: pageErrors, status, visibleRows, ...drawn,
    });
    await page.close();
  }
  console.log(JSON.stringify(out));
} finally {
  await browser.close();
}
