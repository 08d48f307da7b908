// Types QUERY into a published site's search page in headless Chromium, from file://; prints JSON
// with the result links, console errors and any request that left the folder.
// Usage: node search_check.mjs CHROMIUM SEARCH.html QUERY
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";

const require = createRequire(import.meta.url);
const { chromium } = require("playwright-core");

const [executablePath, file, query] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath,
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
});
try {
  const page = await browser.newPage({ viewport: { width: 390, height: 800 } });
  const outside = [];
  const errors = [];
  page.on("request", (r) => { if (!r.url().startsWith("file:")) outside.push(r.url()); });
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(pathToFileURL(file).href);
  await page.fill("#q", query);
  await page.press("#q", "Enter");
  await page.waitForFunction(() => document.getElementById("search-status").textContent !== "");
  const results = await page.$$eval("#results a", (as) => as.map((a) => ({ text: a.textContent, href: a.href })));
  const status = await page.textContent("#search-status");
  console.log(JSON.stringify({ results, status, errors, requests: outside }));
} finally {
  await browser.close();
}
