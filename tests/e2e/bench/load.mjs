// Measures what a learner pays to open Nour: the size of each shipped file (raw, gzip, brotli),
// the bytes and time to app-ready on DevTools' "3G" and "Slow 4G" profiles at 4x CPU slowdown
// (median of N cold loads), and a repeat visit offline from the service worker.
// Not a test: numbers vary with the machine. Usage:
//   node tests/e2e/bench/load.mjs [DIST_DIR] [--runs N]
// The server compresses like a production host (brotli if the browser asks for it, else gzip).
import { chromium } from 'playwright-core';
import { startServer } from '../server.mjs';
import { measureShell } from './sizes.mjs';

const args = process.argv.slice(2);
const dist = args.find((a) => !a.startsWith('--') && !/^\d+$/.test(a)) ?? new URL('../../../dist', import.meta.url).pathname;
const runs = Number(args[args.indexOf('--runs') + 1]) || 5;
const PROFILES = [
  { name: '3G', latency: 2000, download: 50_000, upload: 50_000 },
  { name: 'Slow 4G', latency: 562.5, download: 180_000, upload: 84_375 },
];
const LAUNCH = {
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
};
const kb = (n) => (n / 1000).toFixed(1);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// 1. Static sizes of the shell (what the service worker precaches), without course content.
// The CI size guard (.ci/size-guard.mjs) counts the first load with the same code.
// A part loaded on demand is marked as such: it is not in the first load.
const { files: shell, firstLoad, parts, whole } = measureShell(dist);
const lazy = new Set(parts.map((p) => p.file));
console.log(`\n| file | raw KB | gzip -9 KB | brotli 11 KB |\n|---|---:|---:|---:|`);
for (const { file, raw, gzip, br } of shell) console.log(`| ${file}${lazy.has(file) ? ' (part, on demand)' : ''} | ${kb(raw)} | ${kb(gzip)} | ${kb(br)} |`);
console.log(`| **first load (HTML + JS + wasm + CSS)** | **${kb(firstLoad.raw)}** | **${kb(firstLoad.gzip)}** | **${kb(firstLoad.br)}** |`);
console.log(`| **the whole app (first load + every part)** | | | **${kb(whole.br)}** |`);

const server = await startServer({ root: dist, compress: true });
const browser = await chromium.launch(LAUNCH);

async function coldLoad(profile) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false, latency: profile.latency, downloadThroughput: profile.download, uploadThroughput: profile.upload,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  let bytes = 0;
  let ready = false;
  cdp.on('Network.loadingFinished', (e) => { if (!ready) bytes += e.encodedDataLength; });
  await page.goto(server.url, { waitUntil: 'commit' });
  await page.waitForFunction(() => document.documentElement.hasAttribute('data-app-ready'), null, { timeout: 120_000, polling: 50 });
  ready = true;
  const ms = await page.evaluate(() => performance.getEntriesByName('nour-app-ready')[0].startTime);
  const encoding = await page.evaluate(() => performance.getEntriesByType('resource').length);
  await context.close();
  return { ms, bytes, encoding };
}

const summary = {
  first_load_kb: firstLoad.br / 1000,
  wasm_kb: firstLoad.brByKind.wasm / 1000,
  whole_kb: whole.br / 1000,
  parts: parts.map((p) => [p.file.replace(/-[0-9a-f]{16}\.\w+$/, '').replace(/^nour-/, ''), p.br / 1000]),
};
console.log(`\nCold load to app-ready, 4x CPU slowdown, median of ${runs}:\n\n| profile | median s | runs s | bytes on the wire KB |\n|---|---:|---|---:|`);
for (const profile of PROFILES) {
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await coldLoad(profile));
  const times = results.map((r) => r.ms / 1000);
  summary[profile.name === '3G' ? 'g3_s' : 'slow4g_s'] = median(times);
  console.log(`| ${profile.name} | ${median(times).toFixed(2)} | ${times.map((t) => t.toFixed(2)).join(', ')} | ${kb(median(results.map((r) => r.bytes)))} |`);
}

// 3. Repeat visit with no network: the service worker answers everything.
{
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  // The online visit's own requests (the catalog) must end before counting starts.
  await page.waitForLoadState('networkidle');
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  let networkBytes = 0;
  const fromWorker = new Set();
  cdp.on('Network.responseReceived', (e) => { if (e.response.fromServiceWorker) fromWorker.add(e.requestId); });
  cdp.on('Network.loadingFinished', (e) => { if (!fromWorker.has(e.requestId)) networkBytes += e.encodedDataLength; });
  await context.setOffline(true);
  const times = [];
  for (let i = 0; i < runs; i++) {
    await page.reload({ waitUntil: 'commit' });
    await page.waitForFunction(() => document.documentElement.hasAttribute('data-app-ready'), null, { polling: 20 });
    times.push(await page.evaluate(() => performance.getEntriesByName('nour-app-ready')[0].startTime) / 1000);
  }
  summary.offline_s = median(times);
  summary.offline_bytes = networkBytes;
  console.log(`\nRepeat visit offline (service worker), 4x CPU: median ${median(times).toFixed(2)} s (${times.map((t) => t.toFixed(2)).join(', ')}), bytes from the network: ${networkBytes}`);
  await context.close();
}

await browser.close();
await server.close();
console.log(`BENCH_JSON ${JSON.stringify(summary)}`);
