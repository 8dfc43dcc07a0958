// Downloading a course, reading it, marking progress, moving between lessons, and removing it.
import { test, expect, openApp, onDevice, available, downloadCourse, idbCounts, COURSES } from './fixtures.mjs';

const { web } = COURSES;

/** Slows the page's network down (bytes per second) through the DevTools protocol. */
async function throttle(context, page, bytesPerSecond) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 20,
    downloadThroughput: bytesPerSecond,
    uploadThroughput: bytesPerSecond,
  });
  return async () => {
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
    await cdp.detach();
  };
}

test('download a course with visible progress, read a lesson and mark it done', async ({ page, context, server }) => {
  const catalog = JSON.parse((await server.fetchBytes('/catalog/catalog.json')).toString('utf8'));
  const entry = catalog.courses.find((course) => course.id === web.id);
  const announced = entry.size + entry.assets.reduce((sum, asset) => sum + asset.size, 0);
  await openApp(page);
  await expect(page.getByRole('heading', { level: 2, name: 'Sur cet appareil' })).toBeVisible();
  await expect(onDevice(page)).toContainText('Aucun cours téléchargé');

  // ~53 kB at 25 kB/s: about two seconds of progress to observe (wait on it, never sleep).
  const unthrottle = await throttle(context, page, 25 * 1024);
  const card = available(page).getByTestId('offered-course').filter({ hasText: web.title });
  const download = card.getByRole('button', { name: /^Télécharger Initiation/ });
  await expect(download).toBeEnabled();
  await download.click();

  const progress = card.getByRole('progressbar', { name: /^Téléchargement Initiation/ });
  await expect(progress).toBeVisible();
  await expect(download).toBeDisabled(); // no second download while one runs
  // Some bytes arrived while the bar is still on screen (a polled condition, no sleep).
  await page.waitForFunction(() => {
    const bar = document.querySelector('progress[aria-label^="Téléchargement"]');
    return bar !== null && bar.value > 0 && bar.value <= bar.max;
  });
  const { value, max } = await progress.evaluate((bar) => ({ value: bar.value, max: bar.max }));
  expect(value).toBeGreaterThan(0);
  expect(max).toBe(announced); // bundle + the SVG asset, as the catalog announces

  // Installed: listed on the device, announced, and the offered card says so.
  const installed = onDevice(page).getByTestId('installed-course');
  await expect(installed).toHaveCount(1);
  await expect(installed.getByRole('link', { name: web.title, exact: true })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Cours téléchargé' })).toBeVisible();
  await expect(card.getByText("Sur l'appareil")).toBeVisible();
  await expect(progress).toHaveCount(0);
  await unthrottle();

  // Open the course.
  await installed.getByRole('link', { name: 'Ouvrir' }).click();
  await expect(page).toHaveURL(/\/course\/web-html-css$/);
  await expect(page.getByRole('heading', { level: 1, name: web.title })).toBeVisible();
  await expect(page.getByRole('progressbar', { name: '0 sur 13 leçons terminées' })).toBeVisible();
  await expect(page.getByRole('link', { name: /^Commencer/ })).toBeVisible();

  // Open a lesson, mark it done.
  const lessonTitle = 'Comment fonctionne le web : navigateur, serveur et URL';
  await page.getByRole('link', { name: lessonTitle, exact: true }).click();
  await expect(page).toHaveURL(/\/course\/web-html-css\/lesson\/l01-le-web$/);
  await expect(page.getByRole('heading', { level: 1, name: lessonTitle })).toBeVisible();
  await expect(page.locator('.lesson__body')).not.toBeEmpty();
  const done = page.getByRole('button', { name: 'Leçon terminée' });
  await expect(done).toHaveAttribute('aria-pressed', 'false');
  await done.click();
  await expect(done).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('progressbar', { name: '1 sur 13 leçons terminées' })).toBeVisible();

  // Back on the course page, the progress is there and the lesson is ticked.
  await page.getByRole('link', { name: 'Sommaire du cours', exact: true }).click();
  await expect(page).toHaveURL(/\/course\/web-html-css$/);
  await expect(page.getByText('1 sur 13 leçons terminées', { exact: true })).toBeVisible();
  await expect(page.getByRole('progressbar', { name: '1 sur 13 leçons terminées' })).toHaveAttribute('value', '1');
  // The module's lesson list is named by the module's heading.
  const item = page
    .getByRole('list', { name: 'Le web et votre première page' })
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: lessonTitle, exact: true }) });
  await expect(item).toContainText('✓');
  await expect(item).toContainText('terminée');
  await expect(item).toHaveClass(/lesson-list__item--done/);
  // Only that one.
  await expect(page.locator('.lesson-list__item--done')).toHaveCount(1);
  // The course now resumes instead of starting.
  await expect(page.getByRole('link', { name: /^Reprendre/ })).toBeVisible();

  // And it survives a reload (it is in IndexedDB, not in memory).
  await page.reload();
  await expect(page.getByText('1 sur 13 leçons terminées', { exact: true })).toBeVisible();
});

test('previous and next links walk through lessons across module boundaries', async ({ page }) => {
  await openApp(page);
  await downloadCourse(page, web);
  await page.goto('/course/web-html-css/lesson/l03-premiere-page');
  const lessonNav = page.getByRole('navigation', { name: 'Navigation entre les leçons' });
  const breadcrumb = page.getByRole('navigation', { name: 'Sommaire du cours' });
  const h1 = page.getByRole('heading', { level: 1 });

  await expect(h1).toHaveText('Votre première page, pas à pas');
  await expect(breadcrumb).toContainText('Le web et votre première page');

  // Module 1 → module 2.
  await lessonNav.getByRole('link', { name: /^Leçon suivante/ }).click();
  await expect(page).toHaveURL(/\/lesson\/l04-titres-paragraphes$/);
  await expect(h1).toHaveText('Titres, paragraphes et mise en valeur du texte');
  await expect(breadcrumb).toContainText('Structurer le contenu avec HTML');

  // And back.
  await lessonNav.getByRole('link', { name: /^Leçon précédente/ }).click();
  await expect(page).toHaveURL(/\/lesson\/l03-premiere-page$/);
  await expect(h1).toHaveText('Votre première page, pas à pas');

  // Module 2 → module 3, with the next lesson's title in the link's name.
  await page.goto('/course/web-html-css/lesson/l08-formulaires');
  await expect(h1).toHaveText('Les bases des formulaires');
  const next = lessonNav.getByRole('link', { name: /^Leçon suivante/ });
  await expect(next).toContainText('Premiers pas en CSS : règles et sélecteurs');
  await next.click();
  await expect(page).toHaveURL(/\/lesson\/l09-css-selecteurs$/);
  await expect(breadcrumb).toContainText('Mettre en forme avec CSS');

  // The first lesson has no previous link, the last no next link.
  await page.goto('/course/web-html-css/lesson/l01-le-web');
  await expect(h1).toBeVisible();
  await expect(lessonNav.getByRole('link', { name: /^Leçon précédente/ })).toHaveCount(0);
  await expect(lessonNav.getByRole('link', { name: /^Leçon suivante/ })).toHaveCount(1);
  await page.goto('/course/web-html-css/lesson/l13-responsive-mobile-first');
  await expect(h1).toHaveText("Responsive design : d'abord le mobile");
  await expect(lessonNav.getByRole('link', { name: /^Leçon suivante/ })).toHaveCount(0);
  await expect(lessonNav.getByRole('link', { name: /^Leçon précédente/ })).toHaveCount(1);
});

test('removing a course asks for confirmation, then frees the device and says so', async ({ page }) => {
  await openApp(page);
  await downloadCourse(page, web);
  const installed = onDevice(page).getByTestId('installed-course');
  await expect(installed).toHaveCount(1);

  // A first click only asks; cancelling keeps the course.
  await installed.getByRole('button', { name: `Supprimer ${web.title}` }).click();
  await installed.getByRole('button', { name: 'Annuler' }).click();
  await expect(installed).toHaveCount(1);

  await installed.getByRole('button', { name: `Supprimer ${web.title}` }).click();
  await installed.getByRole('button', { name: 'Confirmer la suppression' }).click();

  await expect(page.getByRole('status').filter({ hasText: "Cours supprimé de l'appareil" })).toBeVisible();
  await expect(onDevice(page).getByTestId('installed-course')).toHaveCount(0);
  await expect(onDevice(page)).toContainText('Aucun cours téléchargé');
  // It can be downloaded again.
  await expect(available(page).getByRole('button', { name: /^Télécharger Initiation/ })).toBeEnabled();

  const { counts } = await idbCounts(page);
  expect(counts.courses).toBe(0);
  expect(counts.bundles).toBe(0);
  expect(counts.assets).toBe(0);

  // Its pages now say it is not on the device.
  await page.goto('/course/web-html-css');
  await expect(page.getByRole('heading', { level: 1, name: "Ce cours n'est pas sur cet appareil." })).toBeVisible();
});
