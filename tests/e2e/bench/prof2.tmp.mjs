import { chromium } from 'playwright-core';
import { startServer } from '../server.mjs';
const site = process.argv[2];
const server = await startServer({ root: site });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'] });
const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
const page = await context.newPage();
await page.goto(server.url);
await page.waitForSelector('html[data-app-ready]');
await page.getByRole('heading', { name: 'Un cours reçu en fichier' }).waitFor();
await page.waitForTimeout(4000);
const cdp0 = await context.newCDPSession(page); await cdp0.send('Emulation.setCPUThrottlingRate', { rate: Number(process.argv[3] || 1) });
const cdp = await context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
const t0 = Date.now();
await page.getByRole('button', { name: /^Télécharger Cours de mesure/ }).click();
await page.getByRole('region', { name: 'Sur cet appareil' }).getByRole('link', { name: /Cours de mesure/ }).waitFor({ timeout: 60000 });
const total = Date.now() - t0;
const { profile } = await cdp.send('Profiler.stop');
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
// time buckets of 50ms: which script dominates
const buckets = new Map();
let t = profile.startTime; let i = 0;
for (const id of profile.samples) { t += profile.timeDeltas[i++]; const n = byId.get(id); const k = (n.callFrame.url.split('/').pop() || n.callFrame.functionName || '?').slice(0, 30); const b = Math.floor((t - profile.startTime) / 1000 / 100); const m = buckets.get(b) || new Map(); m.set(k, (m.get(k) || 0) + profile.timeDeltas[i - 1] / 1000); buckets.set(b, m); }
console.log('total', total);
for (const [b, m] of [...buckets].sort((a, b) => a[0] - b[0])) console.log(b * 100, [...m].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([k, v]) => `${k}:${v.toFixed(0)}`).join('  '));
await browser.close(); await server.close();
