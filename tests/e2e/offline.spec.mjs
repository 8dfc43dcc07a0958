// Offline first: once a course is downloaded and the service worker holds the shell, the app
// opens, reads and keeps progress with no network at all (browser offline AND server gone).
import { test, expect, openApp, onDevice, downloadCourse, waitForServiceWorker, COURSES } from './fixtures.mjs';

const { web } = COURSES;

// Offline, the home page still asks for the catalog (so it can say it is out of reach) and
// Chromium logs that failed load as an error: expected here, and only for the catalog.
test.use({ allowConsoleError: /^Failed to load resource: net::ERR_INTERNET_DISCONNECTED \(http:\/\/127\.0\.0\.1:\d+\/catalog\/catalog\.json:/ });

test('a downloaded course keeps working with no network, even in a new page on a deep link', async ({ page, context, server }) => {
  await openApp(page);
  await downloadCourse(page, web);
  await waitForServiceWorker(page);
  // Reload once so the page is loaded through the worker, as on any later visit.
  await page.reload();
  await page.locator('html[data-app-ready]').waitFor({ state: 'attached' });
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toMatch(/\/sw\.js$/);

  // Read the first lesson and mark it done while still online.
  await onDevice(page).getByRole('link', { name: 'Ouvrir' }).click();
  await page.getByRole('link', { name: 'Comment fonctionne le web : navigateur, serveur et URL', exact: true }).click();
  const done = page.getByRole('button', { name: 'Leçon terminée' });
  await done.click();
  await expect(done).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('progressbar', { name: '1 sur 13 leçons terminées' })).toBeVisible();

  // Cut everything: the browser goes offline and the server stops answering.
  await context.setOffline(true);
  await server.kill();
  const served = server.log.length;

  await page.reload();
  await page.locator('html[data-app-ready]').waitFor({ state: 'attached' });
  await expect(page.getByTestId('connectivity')).toContainText('Hors ligne');
  await expect(page.getByRole('status').filter({ hasText: 'Hors ligne' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Comment fonctionne le web : navigateur, serveur et URL' })).toBeVisible();
  await expect(done).toHaveAttribute('aria-pressed', 'true');

  // Another lesson, through the UI.
  await page.getByRole('navigation', { name: 'Navigation entre les leçons' }).getByRole('link', { name: /^Leçon suivante/ }).click();
  await expect(page).toHaveURL(/\/lesson\/l02-structure-html$/);
  await expect(page.getByRole('heading', { level: 1, name: "La structure d'un document HTML" })).toBeVisible();
  await expect(page.locator('.lesson__body p').first()).not.toBeEmpty();
  await expect(page.locator('.lesson__body pre').first()).toBeVisible();

  // The course page still has the progress made before going offline.
  await page.getByRole('link', { name: 'Sommaire du cours', exact: true }).click();
  await expect(page.getByText('1 sur 13 leçons terminées', { exact: true })).toBeVisible();

  // A new page in the same (offline) context, straight to a deep link: like reopening the app.
  await page.close();
  const again = await context.newPage();
  await again.goto('/course/web-html-css');
  await again.locator('html[data-app-ready]').waitFor({ state: 'attached' });
  await expect(again.getByTestId('connectivity')).toContainText('Hors ligne');
  await expect(again.getByRole('heading', { level: 1, name: web.title })).toBeVisible();
  await expect(again.getByText('1 sur 13 leçons terminées', { exact: true })).toBeVisible();
  await again.getByRole('link', { name: "La structure d'un document HTML", exact: true }).click();
  await expect(again.getByRole('heading', { level: 1, name: "La structure d'un document HTML" })).toBeVisible();

  // The lesson's image comes from IndexedDB, not the network.
  await again.goto('/course/web-html-css/lesson/l11-modele-boite');
  await expect(again.locator('.lesson__body img')).toBeVisible();
  expect(await again.locator('.lesson__body img').evaluate((img) => img.complete && img.naturalWidth > 0)).toBe(true);

  // Home: the catalog is out of reach but the course on the device is listed, and downloads
  // are disabled rather than failing.
  await again.goto('/');
  await expect(onDevice(again).getByRole('link', { name: web.title, exact: true })).toBeVisible();
  await expect(again.getByText("Le catalogue n'est pas joignable")).toBeVisible();

  // Nothing reached the (dead) server.
  expect(server.log.length).toBe(served);
});
