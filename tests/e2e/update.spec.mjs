// App updates: a new build deployed while a tab is open is announced, never forced; "Recharger"
// gives the new version and leaves one shell cache. sw.js is never taken from the HTTP cache.
import { test, expect, openApp, waitForServiceWorker } from './fixtures.mjs';

const cacheNames = (page) => page.evaluate(() => caches.keys());
const banner = (page) => page.getByRole('status').filter({ hasText: 'Une nouvelle version de Nour est prête.' });

test('a new version deployed while tabs are open is announced, and Reload switches each to it', async ({ page, context, server }) => {
  await openApp(page);
  await waitForServiceWorker(page);
  const [first] = await cacheNames(page);
  expect(await cacheNames(page)).toEqual([first]);
  await expect(banner(page)).toHaveCount(0);
  // Reloading with no new version announces nothing.
  await page.reload();
  await page.locator('html[data-app-ready]').waitFor({ state: 'attached' });
  await expect(banner(page)).toHaveCount(0);

  // A second tab on the same app.
  const other = await context.newPage();
  await openApp(other, '/review');

  // Deploy: the same shell with a new version of the worker.
  const sw = (await server.fetchBytes('/sw.js')).toString('utf8');
  const version = sw.match(/const VERSION = "([^"]+)";/)[1];
  await server.override('/sw.js', sw.replace(`const VERSION = "${version}";`, 'const VERSION = "next-build";'));
  // What the tab does when the learner comes back to it: ask the server for the worker again.
  await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));

  await expect(banner(page)).toBeVisible();
  await expect(banner(other)).toBeVisible();
  // The old version keeps running until the learner chooses.
  expect(await cacheNames(page)).toEqual(expect.arrayContaining([first, 'nour-shell-next-build']));
  const reloaded = page.waitForEvent('load');
  await banner(page).getByRole('button', { name: 'Recharger' }).click();
  await reloaded;
  await page.locator('html[data-app-ready]').waitFor({ state: 'attached' });
  await expect(banner(page)).toHaveCount(0);
  await expect.poll(() => cacheNames(page)).toEqual(['nour-shell-next-build']);
  const controller = await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    return { controlled: Boolean(navigator.serviceWorker.controller), waiting: Boolean(registration.waiting) };
  });
  expect(controller).toEqual({ controlled: true, waiting: false });

  // The other tab still runs the old files and keeps saying so; its Reload gets the new version.
  await expect(banner(other)).toBeVisible();
  const otherReloaded = other.waitForEvent('load');
  await banner(other).getByRole('button', { name: 'Recharger' }).click();
  await otherReloaded;
  await other.locator('html[data-app-ready]').waitFor({ state: 'attached' });
  await expect(banner(other)).toHaveCount(0);
  expect(await cacheNames(other)).toEqual(['nour-shell-next-build']);
});

test('sw.js is served so that no HTTP cache keeps it', async ({ page, server }) => {
  await openApp(page);
  const response = await page.request.get(`${server.url}/sw.js`);
  expect(response.headers()['cache-control']).toBe('no-cache');
});
