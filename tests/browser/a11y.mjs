// a11y.mjs HTML_FILE SCREENSHOT_PNG [PDF_FILE]
// Opens a local HTML file in Debian's headless Chromium (puppeteer-core never
// downloads a browser), runs axe-core with the WCAG 2.2 A and AA rules, prints
// every violation, saves a full-page screenshot and, when asked, an A4 PDF
// printed with the page's own print styles. Exits 1 on any violation.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import puppeteer from 'puppeteer-core';

const [htmlFile, screenshot, pdfFile] = process.argv.slice(2);
if (!htmlFile || !screenshot) {
  console.error('usage: node a11y.mjs HTML_FILE SCREENSHOT_PNG [PDF_FILE]');
  process.exit(2);
}
const require = createRequire(import.meta.url);
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-a11y-'));

const browser = await puppeteer.launch({
  executablePath,
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
         '--disable-component-update', '--disable-sync', `--user-data-dir=${profile}`],
});
let failed = false;
try {
  const page = await browser.newPage();
  // The paper must be self-contained: any request other than the file itself is a fault.
  const external = [];
  await page.setRequestInterception(true);
  const url = 'file://' + path.resolve(htmlFile);
  page.on('request', (req) => {
    if (req.url() === url || req.url().startsWith('data:')) req.continue();
    else { external.push(req.url()); req.abort(); }
  });
  await page.setViewport({ width: 1100, height: 900 });
  await page.goto(url, { waitUntil: 'load' });
  await page.addScriptTag({ content: axeSource });
  const results = await page.evaluate(async () =>
    // eslint-disable-next-line no-undef
    await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } }));
  await page.screenshot({ path: screenshot, fullPage: true });
  if (pdfFile) await page.pdf({ path: pdfFile, format: 'A4', preferCSSPageSize: true, printBackground: true, tagged: true });

  for (const v of results.violations) {
    console.log(`violation: ${v.id} (${v.impact}): ${v.help}\n  ${v.helpUrl}`);
    for (const node of v.nodes.slice(0, 10)) console.log(`  at ${node.target.join(' ')}: ${node.failureSummary.replace(/\n/g, ' ')}`);
  }
  for (const u of external) console.log(`external request: ${u}`);
  console.log(`axe-core ${results.testEngine.version}: ${results.passes.length} rules passed, ` +
              `${results.violations.length} violated, ${results.incomplete.length} need review; screenshot ${screenshot}`);
  failed = results.violations.length > 0 || external.length > 0;
} finally {
  await browser.close();
  fs.rmSync(profile, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
