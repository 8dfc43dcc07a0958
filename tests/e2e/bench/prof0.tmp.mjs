import { chromium } from 'playwright-core';
import { startServer } from '../server.mjs';
const site = process.argv[2];
const server = await startServer({ root: site });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'] });
const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
const page = await context.newPage();
await page.goto(server.url);
await page.waitForSelector('html[data-app-ready]');

const cdp = await context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await cdp.send('Profiler.start');
const t0 = Date.now();
const marks = [];
page.on('request', (r) => marks.push([Date.now() - t0, 'req ' + r.url().replace(server.url, '')]));
await page.getByRole('button', { name: /^Télécharger Cours de mesure/ }).click();
await page.getByRole('region', { name: 'Sur cet appareil' }).getByRole('link', { name: /Cours de mesure/ }).waitFor({ timeout: 60000 });
const total = Date.now() - t0;
const { profile } = await cdp.send('Profiler.stop');
const self = new Map();
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const dt = profile.timeDeltas; let i = 0;
for (const id of profile.samples) { const n = byId.get(id); const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}`; self.set(k, (self.get(k) || 0) + (dt[i++] || 0) / 1000); }
console.log('total ms', total);
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(v.toFixed(1), k);
for (const m of marks) console.log(m.join(' '));
await browser.close(); await server.close();
