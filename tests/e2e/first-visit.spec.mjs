// A first visit downloads the shell once: the service worker's precache takes what the page has
// just loaded from the HTTP cache (hashed files are immutable; the page, manifest and icons are
// revalidated, a 304 with no body), and the app then opens with no network.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test, expect, openApp, waitForServiceWorker, DIST } from './fixtures.mjs';

// Offline, the home page still asks for the catalog and Chromium logs the failed load.
test.use({ allowConsoleError: /^Failed to load resource: net::ERR_INTERNET_DISCONNECTED \(http:\/\/127\.0\.0\.1:\d+\/catalog\/catalog\.json:/ });

/** The service worker's precache list, as the build wrote it into sw.js. */
const shellOfBuild = () => JSON.parse(readFileSync(resolve(DIST, 'sw.js'), 'utf8').match(/^const SHELL = (.*);$/m)[1]);

test('a first visit transfers each shell file once, then the app works offline', async ({ page, context, server }) => {
  const shell = shellOfBuild();
  expect(shell).toEqual(expect.arrayContaining(['/', '/manifest.webmanifest', '/icon-192.png', expect.stringMatching(/_bg\.wasm$/)]));

  await openApp(page);
  await waitForServiceWorker(page);
  // The worker is active, so its install (the whole precache of the shell) has finished. The
  // parts loaded on demand join the cache as the worker keeps them (parts.spec.mjs).
  const parts = JSON.parse(readFileSync(resolve(DIST, 'sw.js'), 'utf8').match(/^const PARTS = (.*);$/m)[1]).map((p) => p.url);
  const cached = () => page.evaluate(async () => {
    const [name] = await caches.keys();
    return (await (await caches.open(name)).keys()).map((request) => new URL(request.url).pathname);
  });
  const inCache = await cached();
  expect(inCache).toEqual(expect.arrayContaining(shell));
  expect(inCache.filter((path) => !shell.includes(path) && !parts.includes(path) && path !== '/nour-parts-kept')).toEqual([]);

  // Every shell file crossed the network exactly once with its body; a second ask for it, if
  // any, was a revalidation answered 304 with no body.
  const log = server.responses.filter((r) => shell.includes(r.path));
  const report = log.map((r) => `${r.status} ${r.path} ${r.bytes} B`).join('\n');
  for (const path of shell) {
    const transfers = log.filter((r) => r.path === path && r.status === 200);
    expect(transfers, `${path} is transferred once on a first visit:\n${report}`).toHaveLength(1);
  }
  expect(log.filter((r) => r.status !== 200 && r.status !== 304), report).toEqual([]);
  // Hashed files are immutable: the worker takes them from the HTTP cache without even asking.
  const hashed = JSON.parse(readFileSync(resolve(DIST, 'sw.js'), 'utf8').match(/^const HASHED = (.*);$/m)[1]);
  expect(hashed.length).toBeGreaterThanOrEqual(3); // the boot module, the JS, the wasm
  for (const path of hashed) expect(log.filter((r) => r.path === path), `${path} is asked for once:\n${report}`).toHaveLength(1);
  // The page asked for `/` first; the worker then revalidated it instead of downloading it again.
  expect(log.filter((r) => r.path === '/').map((r) => r.status), report).toEqual([200, 304]);
  const bodyBytes = log.reduce((sum, r) => sum + r.bytes, 0);
  const shellBytes = shell.reduce((sum, path) => sum + readFileSync(resolve(DIST, path === '/' ? 'index.html' : path.slice(1))).length, 0);
  expect(bodyBytes, `the shell costs its own size on a first visit, not twice:\n${report}`).toBe(shellBytes);

  // No network at all: the app opens, on the home page and on a deep link (to a page of a part,
  // once the worker keeps them all).
  await expect.poll(async () => {
    const now = await cached();
    return parts.filter((url) => !now.includes(url));
  }, { timeout: 20_000 }).toEqual([]);
  await context.setOffline(true);
  await server.kill();
  await page.reload();
  await page.locator('html[data-app-ready]').waitFor({ state: 'attached' });
  await expect(page.getByTestId('connectivity')).toContainText('Hors ligne');
  await page.goto('/portfolio');
  await page.locator('html[data-app-ready]').waitFor({ state: 'attached' });
  await expect(page.getByRole('heading', { level: 1, name: 'Mon portfolio' })).toBeVisible();
});
