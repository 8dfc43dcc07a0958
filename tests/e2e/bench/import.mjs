// Measures importing a generated 5 MB course: from the tap on "Télécharger" to the course listed
// on the device (download over loopback, SHA-256 of every file, validation, one IndexedDB
// transaction), median of N cold runs at 1x and 4x CPU slowdown. Then opens 10 lessons and
// reports the wasm memory and the JS heap. Not a test: numbers vary with the machine. Usage:
//   node tests/e2e/bench/import.mjs [DIST_DIR] [--runs N]
// Needs target/debug/nour-bundle (cargo build --bin nour-bundle) to pack the generated course.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { startServer } from '../server.mjs';
import { png } from '../png.mjs';

const args = process.argv.slice(2);
const root = new URL('../../../', import.meta.url).pathname;
const dist = args.find((a) => !a.startsWith('--') && !/^\d+$/.test(a)) ?? join(root, 'dist');
const runs = Number(args[args.indexOf('--runs') + 1]) || 5;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const TITLE = 'Cours de mesure : 5 Mo';

// A deterministic pseudo-random stream, so every run measures the same text.
let seed = 42;
const random = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);

/** A PNG of pure noise (it does not compress), about `bytes` long. */
const noisePng = (bytes) => png(256, Math.ceil(bytes / (256 * 3)), 255);

const WORDS = 'le la les un une des web page site style texte titre lien image code mobile écran élève projet coopérative formation apprendre construire tester publier'.split(' ');
function paragraph(words) {
  const out = [];
  for (let i = 0; i < words; i++) out.push(WORDS[Math.floor(random() * WORDS.length)]);
  return `${out.join(' ')}.`;
}

/** 4 modules of 10 lessons (about 62 KB of Markdown each) and 10 images of about 260 KB: 5 MB. */
function generateCourse(dir) {
  mkdirSync(join(dir, 'img'), { recursive: true });
  const assets = [];
  for (let n = 1; n <= 10; n++) {
    const path = `img/bruit-${n}.png`;
    writeFileSync(join(dir, path), noisePng(290_000));
    assets.push({ path, media_type: 'image/png' });
  }
  const modules = [];
  let lesson = 0;
  for (let m = 1; m <= 4; m++) {
    const lessons = [];
    for (let l = 1; l <= 10; l++) {
      lesson += 1;
      const parts = [`## Partie ${lesson}`];
      if (lesson <= assets.length) parts.push(`![Image ${lesson}](${assets[lesson - 1].path})`);
      while (parts.join('\n\n').length < 62_000) parts.push(paragraph(60));
      lessons.push({ id: `l${lesson}`, title: { fr: `Leçon ${lesson}` }, minutes: 10, body: { fr: parts.join('\n\n') } });
    }
    modules.push({ id: `m${m}`, title: { fr: `Module ${m}` }, lessons });
  }
  const bundle = {
    format: 'nour-bundle/1',
    id: 'mesure-5mo',
    version: '1.0.0',
    languages: ['fr'],
    title: { fr: TITLE },
    summary: { fr: 'Un cours généré pour mesurer une importation.' },
    authors: [{ name: 'Nour' }],
    license: 'CC0-1.0',
    assets,
    modules,
  };
  writeFileSync(join(dir, 'bundle.json'), JSON.stringify(bundle));
}

// A copy of the build whose catalog offers only the generated course.
const work = mkdtempSync(join(tmpdir(), 'nour-import-'));
const site = join(work, 'site');
cpSync(dist, site, { recursive: true });
rmSync(join(site, 'catalog'), { recursive: true, force: true });
generateCourse(join(work, 'course'));
execFileSync(join(root, 'target/debug/nour-bundle'), ['pack', join(work, 'course'), '--out', join(site, 'catalog')], { stdio: 'inherit' });
const catalog = JSON.parse(await (await import('node:fs/promises')).readFile(join(site, 'catalog/catalog.json'), 'utf8'));
const course = catalog.courses[0];
const bytes = course.size + course.assets.reduce((sum, asset) => sum + asset.size, 0);
console.log(`\nGenerated course: ${course.lessons} lessons, ${(bytes / 1e6).toFixed(2)} MB (bundle and assets).`);

const server = await startServer({ root: site });
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

/** One cold import at `cpu`x slowdown: ms from the tap to the course listed on the device. */
async function importOnce(cpu, { keep = false } = {}) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await page.addInitScript(() => addEventListener('NourWasmStarted', (e) => (window.__nourWasm = e.detail.wasm)));
  await page.goto(server.url);
  await page.waitForSelector('html[data-app-ready]');
  const download = page.getByRole('button', { name: new RegExp(`^Télécharger ${TITLE}`) });
  await download.waitFor();
  // The download itself is timed, not what a first visit does in the background: wait for the
  // intake part (its course-file section shows once it is here), for the service worker to keep
  // every part (it fetches them right after the first screen), and for the browser to finish
  // compiling (2 s), as a learner reading the catalog would before she taps.
  await page.getByRole('heading', { name: 'Un cours reçu en fichier' }).waitFor();
  await page.waitForFunction(async () => {
    const [name] = await caches.keys();
    return name && (await (await caches.open(name)).match('/nour-parts-kept')) !== undefined;
  }, null, { polling: 100, timeout: 60_000 });
  await page.waitForTimeout(2000);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  // Timed in the page, from the tap to the course's link under "Sur cet appareil": Playwright's
  // own role queries, slowed down like the page, would otherwise count too (0.3 s at 4x).
  const button = await download.elementHandle();
  const ms = await page.evaluate(({ button, title }) => new Promise((resolve) => {
    const onDevice = document.querySelector('[aria-labelledby="on-device-heading"]');
    const start = performance.now();
    const done = () => [...onDevice.querySelectorAll('a')].some((a) => a.textContent.trim() === title);
    new MutationObserver((_, observer) => {
      if (!done()) return;
      observer.disconnect();
      resolve(performance.now() - start);
    }).observe(onDevice, { childList: true, subtree: true, characterData: true });
    button.click();
  }), { button, title: TITLE });
  if (!keep) {
    await context.close();
    return { ms };
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  for (let n = 1; n <= 10; n++) {
    await page.goto(`${server.url}/course/${course.id}/lesson/l${n}`);
    await page.getByRole('heading', { level: 1, name: `Leçon ${n}` }).waitFor();
  }
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const wasm = await page.evaluate(() => window.__nourWasm?.memory?.buffer.byteLength ?? null);
  await context.close();
  return { ms, heap: heap.usedSize, wasm };
}

const results = {};
for (const cpu of [1, 4]) {
  const times = [];
  for (let run = 0; run < runs; run++) times.push((await importOnce(cpu)).ms);
  results[cpu] = times;
}
const memory = await importOnce(1, { keep: true });
await browser.close();
await server.close();
rmSync(work, { recursive: true, force: true });

console.log(`\nImport of the ${(bytes / 1e6).toFixed(2)} MB course (tap → on the device), median of ${runs}:\n`);
console.log('| CPU | median s | runs s |\n|---|---:|---|');
for (const cpu of [1, 4]) {
  console.log(`| ${cpu}× | ${(median(results[cpu]) / 1000).toFixed(2)} | ${results[cpu].map((ms) => (ms / 1000).toFixed(2)).join(', ')} |`);
}
console.log(`\nAfter the import and 10 lessons opened: wasm memory ${(memory.wasm / 1e6).toFixed(1)} MB, JS heap ${(memory.heap / 1e6).toFixed(1)} MB.`);
console.log(`BENCH_JSON ${JSON.stringify({ import_mb: bytes / 1e6, import_1x_s: median(results[1]) / 1000, import_4x_s: median(results[4]) / 1000, wasm_mb: memory.wasm / 1e6, heap_mb: memory.heap / 1e6 })}`);
