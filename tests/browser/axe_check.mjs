// Runs axe-core (WCAG 2.1 A and AA rules) on HTML files in headless Chromium; prints JSON.
// Usage: node axe_check.mjs CHROMIUM FILE.html [SCREENSHOT_PREFIX]
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";

const require = createRequire(import.meta.url);
const { chromium } = require("playwright-core");
const axePath = require.resolve("axe-core/axe.min.js");

const [executablePath, file, shots] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath,
  args: [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
  ],
});
try {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  const outside = [];
  page.on("request", (r) => { if (!r.url().startsWith("file:")) outside.push(r.url()); });
  await page.goto(pathToFileURL(file).href);
  if (shots) {
    for (const width of [1366, 390]) {
      await page.setViewportSize({ width, height: 800 });
      await page.screenshot({ path: `${shots}-${width}.png`, fullPage: true });
    }
    await page.setViewportSize({ width: 1366, height: 768 });
  }
  const requests = [...outside];  // the page's own requests, before axe is added
  await page.addScriptTag({ path: axePath });
  const result = await page.evaluate(() =>
    // eslint-disable-next-line no-undef
    axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } }),
  );
  const violations = result.violations.map((v) => ({
    id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(" ")),
  }));
  console.log(JSON.stringify({ version: result.testEngine.version, passes: result.passes.length, violations, requests }));
} finally {
  await browser.close();
}
