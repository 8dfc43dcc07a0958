// The parts loaded on demand (.ci/wasm-build.mjs, src/app/parts.rs): the first load holds the
// shell, the catalog and the reader; every other page comes from a part. Right after the first
// screen the service worker keeps every part, fetching each once, so a learner who goes offline a
// minute after her first visit has the whole app. With the data saver on it waits for her tap.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test, expect, openApp, downloadCourse, waitForServiceWorker, COURSES, DIST } from './fixtures.mjs';

const { web } = COURSES;

/** The parts, as the build listed them for the service worker. */
const partsOfBuild = () => JSON.parse(readFileSync(resolve(DIST, 'sw.js'), 'utf8').match(/^const PARTS = (.*);$/m)[1]);

/** The parts in the worker's cache. */
const keptParts = (page) => page.evaluate(async (parts) => {
  const [name] = (await caches.keys()).filter((key) => key.startsWith('nour-shell-'));
  if (!name) return [];
  const cache = await caches.open(name);
  const kept = [];
  for (const { url } of parts) if (await cache.match(url)) kept.push(url);
  return kept;
}, partsOfBuild());

/** Every page a part builds, with the heading it opens on. */
const LAZY_PAGES = [
  ['/review', 'Révision du jour'],
  ['/portfolio', 'Mon portfolio'],
  ['/portfolio/profile', 'Modifier mon profil'],
  ['/portfolio/entry/new', 'Nouveau projet'],
  ['/cv', 'Mon CV'],
  ['/settings', 'Réglages'],
  [`/course/${web.id}/assessment/decouvrir-types`, 'Entraînement : tous les types de questions'],
];

test.describe('offline', () => {
  // Offline, the home page still asks for the catalog and Chromium logs the failed load.
  test.use({ allowConsoleError: /^Failed to load resource: net::ERR_INTERNET_DISCONNECTED \(http:\/\/127\.0\.0\.1:\d+\/catalog\/catalog\.json:/ });

  test('a first visit keeps every part once, in the background; offline, every page then opens', async ({ page, context, server }) => {
    const parts = partsOfBuild().map((part) => part.url);
    expect(parts.length).toBeGreaterThanOrEqual(5);
    await openApp(page);
    await waitForServiceWorker(page);
    await expect.poll(() => keptParts(page), { timeout: 20_000 }).toHaveLength(parts.length);
    await downloadCourse(page, web);

    // Each part crossed the network once, whoever asked first (the page or the worker).
    const report = server.responses.map((r) => `${r.status} ${r.path} ${r.bytes} B`).join('\n');
    for (const url of parts) {
      expect(server.responses.filter((r) => r.path === url), `${url} is fetched once:\n${report}`).toHaveLength(1);
      expect(server.responses.find((r) => r.path === url).status).toBe(200);
    }

    await context.setOffline(true);
    await server.kill();
    const served = server.log.length;
    for (const [path, heading] of LAZY_PAGES) {
      await page.goto(path);
      await page.locator('html[data-app-ready]').waitFor({ state: 'attached' });
      await expect(page.getByRole('heading', { level: 1, name: heading }), path).toBeVisible();
      await expect(page.getByText("Cette page n'est pas encore sur l'appareil"), path).toHaveCount(0);
    }
    // A page's own content, not only its heading: the practice's first question, the CV's
    // print button, the settings' storage section.
    await page.goto(`/course/${web.id}/assessment/decouvrir-types`);
    await page.getByRole('button', { name: /^Commencer/ }).click();
    await expect(page.getByRole('heading', { name: /^Question 1 sur/ })).toBeVisible();
    await page.goto('/cv');
    await expect(page.getByRole('button', { name: 'Imprimer / enregistrer en PDF' })).toBeVisible();
    await page.goto('/settings');
    await expect(page.getByRole('heading', { level: 2, name: 'Stockage sur cet appareil' })).toBeVisible();
    // The home page's dashboard is a part too.
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'Mon parcours' })).toBeVisible();
    expect(server.log.length).toBe(served);
  });
});

test.describe('data saver', () => {
  test.beforeEach(async ({ context }) => {
    // about:blank has no localStorage; the app's pages do.
    await context.addInitScript(() => {
      if (location.protocol === 'http:') localStorage.setItem('nour.text-only', 'true');
    });
  });

  test('with the data saver on, the parts wait for a tap, and the page says what is missing', async ({ page, server }) => {
    const parts = partsOfBuild();
    await openApp(page);
    await waitForServiceWorker(page);
    const notice = page.getByTestId('keep-parts');
    await expect(notice).toBeVisible();
    await expect(notice).toContainText('Économie de données');
    for (const name of ['exercices et révision', 'portfolio et CV', 'réglages', 'mon parcours']) {
      await expect(notice.getByRole('listitem').filter({ hasText: name })).toBeVisible();
    }
    // The size is what the parts weigh over the wire, rounded up as everywhere in the app.
    const total = parts.reduce((sum, part) => sum + part.size, 0);
    const button = notice.getByRole('button', { name: `Télécharger maintenant (${Math.ceil(total / 1000)} Ko)` });
    await expect(button).toBeEnabled();
    // Nothing fetched behind the learner's back: the catalog page needs the intake part for its
    // download buttons and asks for it (and what it shares) itself; nothing else moves.
    await page.waitForTimeout(1000);
    const asked = parts.map((p) => p.url).filter((url) => server.log.includes(url));
    expect(asked.every((url) => /\/nour-(intake|shared)-/.test(url)), asked.join('\n')).toBe(true);

    await button.click();
    await expect(notice).toHaveCount(0, { timeout: 20_000 });
    expect(await keptParts(page)).toHaveLength(parts.length);
    for (const { url } of parts) expect(server.log.filter((path) => path === url), url).toHaveLength(1);
  });

  test('a page opened before its part is kept shows its heading at once, then its content', async ({ page, server }) => {
    const portfolio = partsOfBuild().find((part) => /\/nour-portfolio-/.test(part.url)).url;
    await openApp(page);
    await waitForServiceWorker(page);
    await server.delay(portfolio, 1500);
    await page.getByRole('navigation', { name: 'Nour' }).getByRole('link', { name: 'Portfolio' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Mon portfolio' })).toBeVisible({ timeout: 500 });
    await expect(page.getByRole('status').filter({ hasText: 'Ouverture de la page…' })).toBeVisible();
    await expect(page.getByText('Ce que vous montrez à un employeur', { exact: false })).toBeVisible({ timeout: 10_000 });
    await expect(page.getByRole('status').filter({ hasText: 'Ouverture de la page…' })).toHaveCount(0);
  });

  test.describe('offline before the part was kept', () => {
    // The split loader logs the failed fetch of the part, and Chromium the failed loads.
    test.use({ allowConsoleError: /Failed to fetch|ERR_INTERNET_DISCONNECTED|ERR_FAILED/ });

    test('a page whose part is not on the device says so, and opens once the connection is back', async ({ page, context }) => {
      await openApp(page);
      await waitForServiceWorker(page);
      await context.setOffline(true);
      await page.getByRole('navigation', { name: 'Nour' }).getByRole('link', { name: 'Réglages' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Réglages' })).toBeVisible();
      const alert = page.getByRole('alert').filter({ hasText: "Cette page n'est pas encore sur l'appareil" });
      await expect(alert).toBeVisible();
      await expect(alert.getByRole('button', { name: 'Réessayer' })).toBeVisible();
      await context.setOffline(false);
      await expect(page.getByRole('heading', { level: 2, name: 'Stockage sur cet appareil' })).toBeVisible();
      await expect(alert).toHaveCount(0);
    });
  });
});
