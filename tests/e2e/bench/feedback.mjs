// Measures the time from "Vérifier" to the feedback on screen, for every item type of the sample
// practice `decouvrir-types`, at 4x CPU slowdown (a low-end phone). The clock starts in the
// click's capture phase and stops at the first animation frame after the feedback is in the DOM,
// i.e. when the browser is about to paint it. Not a test: numbers vary with the machine. Usage:
//   node tests/e2e/bench/feedback.mjs [DIST_DIR] [--runs N] [--cpu N]
import { chromium } from 'playwright-core';
import { startServer } from '../server.mjs';

const args = process.argv.slice(2);
const dist = args.find((a) => !a.startsWith('--') && !/^\d+$/.test(a)) ?? new URL('../../../dist', import.meta.url).pathname;
const runs = Number(args[args.indexOf('--runs') + 1]) || 5;
const cpu = Number(args[args.indexOf('--cpu') + 1]) || 4;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const server = await startServer({ root: dist });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const samples = new Map();

for (let run = 0; run < runs; run++) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForSelector('html[data-app-ready]');
  await page.getByRole('button', { name: /^Télécharger Initiation/ }).click();
  await page.getByRole('region', { name: 'Sur cet appareil' }).getByRole('link', { name: 'Initiation au développement web : HTML et CSS', exact: true }).waitFor();
  await page.goto(`${server.url}/course/web-html-css/assessment/decouvrir-types`);
  await page.getByRole('button', { name: 'Commencer' }).click();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  await page.evaluate(() => {
    window.__feedback = [];
    document.addEventListener('click', (event) => {
      if (!event.target.closest('button')?.textContent.includes('Vérifier')) return;
      const start = performance.now();
      const observer = new MutationObserver(() => {
        if (!document.querySelector('.item__feedback .feedback')) return;
        observer.disconnect();
        requestAnimationFrame(() => window.__feedback.push(performance.now() - start));
      });
      observer.observe(document.querySelector('.item__feedback'), { childList: true, subtree: true });
    }, { capture: true });
  });
  for (let item = 1; item <= 9; item++) {
    const heading = await page.locator('.item__number').textContent();
    // Any answer will do: a wrong one gets feedback too. Fill what the item offers.
    const radio = page.locator('.item input[type=radio]').first();
    const box = page.locator('.item input[type=checkbox]').first();
    const text = page.locator('.item input[type=text], .item textarea').first();
    if (await radio.count()) await radio.check();
    else if (await box.count() && !(await text.count())) await box.check();
    else if (await text.count()) for (const input of await page.locator('.item input[type=text], .item textarea').all()) await input.fill('5');
    else for (const select of await page.locator('.item select').all()) await select.selectOption({ index: 1 });
    const before = await page.evaluate(() => window.__feedback.length);
    await page.getByRole('button', { name: 'Vérifier' }).click();
    await page.waitForFunction((n) => window.__feedback.length > n, before);
    const ms = await page.evaluate(() => window.__feedback.at(-1));
    const list = samples.get(heading) ?? [];
    list.push(ms);
    samples.set(heading, list);
    await page.getByRole('button', { name: /Passer|Question suivante|Voir le résultat/ }).click();
  }
  await context.close();
}
await browser.close();
await server.close();

console.log(`\nAnswer → feedback painted, ${cpu}x CPU slowdown, median of ${runs} runs (ms):\n`);
console.log('| item | median | max |\n|---|---:|---:|');
const all = [];
for (const [heading, list] of samples) {
  all.push(...list);
  console.log(`| ${heading} | ${median(list).toFixed(1)} | ${Math.max(...list).toFixed(1)} |`);
}
console.log(`| **all items** | **${median(all).toFixed(1)}** | **${Math.max(...all).toFixed(1)}** |`);
console.log(`BENCH_JSON ${JSON.stringify({ feedback_median_ms: median(all), feedback_max_ms: Math.max(...all) })}`);
