// Backups: download everything, lose the device's data, get it all back; damaged, foreign and
// too-new files refused with nothing changed; merging another backup; persistent storage.
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  test,
  expect,
  openApp,
  downloadCourse,
  onDevice,
  learnerRecord,
  tabTo,
  isFocused,
  seedStoredPortfolio,
  storedPortfolio,
  expectNoViolations,
  COURSES,
} from './fixtures.mjs';

const { web } = COURSES;
const LESSON = { id: 'l01-le-web', title: 'Comment fonctionne le web : navigateur, serveur et URL' };
const tmp = mkdtempSync(join(tmpdir(), 'nour-backup-'));
const SHOTS = join(dirname(fileURLToPath(import.meta.url)), 'test-results', 'settings');

const entry = (id, title, image) => ({
  id,
  kind: 'project',
  title,
  description: `Description de « ${title} ».`,
  role: '',
  start: '2025-04',
  end: '',
  repository: '',
  live_url: '',
  skills: ['HTML'],
  images: image ? [{ id: image, media_type: 'image/jpeg', width: 160, height: 120, bytes: 0, alt: `Capture de ${title}` }] : [],
  created_ms: 1_745_000_000_000,
  updated_ms: 1_745_000_000_000,
});

const portfolioWith = (...entries) => ({
  profile: { name: 'Yousra Bennani', headline: 'Intégratrice web', city: 'Laâyoune', email: '', phone: '', about: '', languages: [], links: [] },
  entries,
  hidden_achievements: [],
});

const seedPortfolio = seedStoredPortfolio;

/** Marks the first lesson done and waits until the course says so. */
async function readLesson(page) {
  await page.goto(`/course/${web.id}/lesson/${LESSON.id}`);
  const done = page.getByRole('button', { name: 'Leçon terminée' });
  await done.click();
  await expect(done).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('progressbar', { name: `1 sur ${web.lessons} leçons terminées` })).toBeVisible();
  // The bar turns at once; the write lands a moment later. A page load must not race it.
  await expect
    .poll(async () => (await learnerRecord(page, web.id))?.events.some((e) => e.lesson_id === LESSON.id && e.kind === 'completed'))
    .toBe(true);
}

const backupSection = (page) => page.getByRole('region', { name: 'Sauvegarder mes données' });
const restoreSection = (page) => page.getByRole('region', { name: 'Restaurer une sauvegarde' });

/** Downloads a backup from the settings page; its file name, path and parsed content. */
async function downloadBackup(page, { withCourses = false } = {}) {
  await page.goto('/settings');
  const section = backupSection(page);
  const include = section.getByRole('checkbox', { name: 'Inclure les fichiers des cours' });
  await expect(include).not.toBeChecked(); // off by default
  if (withCourses) await include.check();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    section.getByRole('button', { name: 'Télécharger la sauvegarde' }).click(),
  ]);
  await expect(section.getByRole('status')).toHaveText('Sauvegarde créée : retrouvez-la dans vos téléchargements.');
  const path = join(tmp, `${Date.now()}-${file.suggestedFilename()}`);
  await file.saveAs(path);
  const text = readFileSync(path, 'utf8');
  return { name: file.suggestedFilename(), path, text, json: JSON.parse(text) };
}

/** Writes `text` to a file and picks it in the restore section. */
async function pickFile(page, name, text) {
  const path = join(tmp, name);
  writeFileSync(path, text);
  await restoreSection(page).getByLabel('Fichier de sauvegarde (.json)').setInputFiles(path);
}

/** Forgets what the site stored on the device (IndexedDB and localStorage), as "clear site
 *  data" in the browser's settings does, then opens the app again. */
async function clearSiteData(page, context) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Storage.clearDataForOrigin', { origin: new URL(page.url()).origin, storageTypes: 'indexeddb,local_storage' });
  await cdp.detach();
  await openApp(page);
}

test('a backup with the course files brings everything back after the site data is lost', async ({ page, context }) => {
  test.setTimeout(90_000);
  await openApp(page);
  await downloadCourse(page, web);
  await readLesson(page);
  await seedPortfolio(page, portfolioWith(entry('entry-site', 'Site de la bibliothèque', 'img-site')));
  // Marking a lesson done asked the browser, once, to keep the data.
  expect(await page.evaluate(() => localStorage.getItem('nour.persist-asked'))).toBe('true');

  await page.goto('/settings');
  const sizes = backupSection(page).getByTestId('backup-size');
  await expect(sizes).toHaveText(/^Taille du fichier : environ \d+ Ko$/);
  const small = await sizes.textContent();
  await backupSection(page).getByRole('checkbox', { name: 'Inclure les fichiers des cours' }).check();
  await expect(sizes).not.toHaveText(small); // bigger with the course files
  await backupSection(page).getByRole('checkbox', { name: 'Inclure les fichiers des cours' }).uncheck();

  const backup = await downloadBackup(page, { withCourses: true });
  expect(backup.name).toMatch(/^nour-sauvegarde-\d{4}-\d{2}-\d{2}\.json$/);
  expect(backup.json.format).toBe('nour-backup');
  expect(backup.json.locale).toBe('fr');
  expect(backup.json.records.map((r) => r.course_id)).toEqual([web.id]);
  expect(backup.json.portfolio.entries.map((e) => e.title)).toEqual(['Site de la bibliothèque']);
  expect(backup.json.images.map((i) => i.id)).toEqual(['img-site']);
  expect(backup.json.courses).toHaveLength(1);

  // The phone is wiped (or this is another phone): nothing on the device, French by default.
  await clearSiteData(page, context);
  await expect(onDevice(page)).toContainText('Aucun cours téléchargé');
  await page.locator('#language-select').selectOption('en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await page.goto('/settings');
  const restore = page.getByRole('region', { name: 'Restore a backup' });
  await restore.getByLabel('Backup file (.json)').setInputFiles(backup.path);
  const summary = restore.getByRole('region', { name: 'What the backup holds' });
  await expect(summary).toBeVisible();
  const row = (term) => summary.locator('dl > div').filter({ has: page.getByRole('term').filter({ hasText: term }) }).getByRole('definition');
  await expect(row('Courses followed')).toHaveText('1');
  await expect(row('Course files included')).toHaveText('1');
  await expect(row('Projects and reflections')).toHaveText('1');
  await expect(row('Answers')).toHaveText('0');
  // By keyboard: the radio group (Merge is checked), an arrow to Replace, Tab, Enter.
  await tabTo(page, summary.getByRole('radio', { name: 'Merge' }));
  await page.keyboard.press('ArrowUp');
  await expect(summary.getByRole('radio', { name: 'Replace my data' })).toBeChecked();
  await page.keyboard.press('Tab'); // out of the radio group, to the button
  expect(await isFocused(summary.getByRole('button', { name: 'Restore', exact: true }))).toBe(true);
  await page.keyboard.press('Enter');
  // The backup's language comes back with it.
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(restoreSection(page).getByRole('status')).toHaveText('Vos données sont restaurées.');
  // The focus went to the outcome, not to the page's start.
  expect(await page.evaluate(() => document.activeElement?.contains(document.querySelector('[data-testid="restore-status"]')))).toBe(true);

  // The course (from the file, offline-ready), its progress, the project and its image.
  await page.goto('/');
  await expect(onDevice(page).getByRole('link', { name: web.title, exact: true })).toBeVisible();
  await page.goto(`/course/${web.id}`);
  await expect(page.getByText(`1 sur ${web.lessons} leçons terminées`, { exact: true })).toBeVisible();
  await page.goto(`/course/${web.id}/lesson/l11-modele-boite`);
  await page.waitForFunction(() => {
    const img = document.querySelector('.lesson__body img');
    return img && img.complete && img.naturalWidth > 0;
  });
  await page.goto('/portfolio');
  await expect(page.getByRole('heading', { name: 'Site de la bibliothèque' })).toBeVisible();
  const image = page.getByRole('img', { name: 'Capture de Site de la bibliothèque' });
  await expect(image).toBeVisible();
  await page.waitForFunction(() => [...document.querySelectorAll('img.entry__image')].some((img) => img.complete && img.naturalWidth > 0));
});

test('damaged, foreign, too new and tampered files are refused with the reason, and nothing changes', async ({ page }) => {
  test.setTimeout(90_000);
  await openApp(page);
  await downloadCourse(page, web);
  await readLesson(page);
  await seedPortfolio(page, portfolioWith(entry('entry-site', 'Site de la bibliothèque', 'img-site')));
  const backup = await downloadBackup(page, { withCourses: true });
  const before = { record: await learnerRecord(page, web.id), portfolio: await storedPortfolio(page) };

  await page.goto('/settings');
  const restore = restoreSection(page);
  const error = restore.getByTestId('restore-error');
  const refused = async (name, text, message) => {
    await pickFile(page, name, text);
    await expect(error).toContainText(message);
    await expect(error).toContainText(name);
    await expect(restore.getByRole('button', { name: 'Restaurer', exact: true })).toHaveCount(0);
  };

  // Cut short, as a download that stopped halfway: the line where the JSON breaks off.
  const cut = backup.text.slice(0, Math.floor(backup.text.length / 2));
  const lines = cut.split('\n').length;
  await refused('coupee.json', cut, /n'est pas une sauvegarde lisible : son texte JSON est coupé ou abîmé ligne \d+, colonne \d+\. Rien n'a changé\./);
  const line = Number((await error.textContent()).match(/ligne (\d+)/)[1]);
  expect(line).toBeGreaterThanOrEqual(lines - 1);

  // Some other JSON file.
  await refused('package.json', JSON.stringify({ name: 'mon-site', version: '1.0.0' }), "Ce fichier n'est pas une sauvegarde Nour. Rien n'a changé.");
  // A backup from a newer Nour.
  await refused('future.json', JSON.stringify({ ...backup.json, version: 99 }), 'une version plus récente de Nour (format 99)');
  // A Nour backup with a damaged record: refused, with the JSON path of the problem.
  const damaged = structuredClone(backup.json);
  damaged.records[0].events[0].at_ms = 'hier';
  await refused('abimee.json', JSON.stringify(damaged, null, 2), "Cette sauvegarde est abîmée : des données ne sont pas valides. Rien n'a changé.");
  await expect(error.getByRole('listitem').first()).toContainText('records[0].events[0].at_ms');
  // A course file changed after the backup was made: its hash no longer matches.
  const tampered = structuredClone(backup.json);
  tampered.courses[0].assets[0].data = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>').toString('base64');
  await refused('modifiee.json', JSON.stringify(tampered), "Un cours de cette sauvegarde est abîmé (fichier modifié ou incomplet). Rien n'a changé.");
  await expect(error.getByRole('listitem').first()).toContainText('courses[0].assets[');

  // Nothing was written.
  expect(await learnerRecord(page, web.id)).toEqual(before.record);
  expect(await storedPortfolio(page)).toEqual(before.portfolio);
  await page.goto(`/course/${web.id}`);
  await expect(page.getByText(`1 sur ${web.lessons} leçons terminées`, { exact: true })).toBeVisible();
});

test('merging another backup adds its project and keeps the ones on the device', async ({ page }) => {
  test.setTimeout(90_000);
  await openApp(page);
  await downloadCourse(page, web);
  // "Another device": a backup with one project and no progress.
  await seedPortfolio(page, portfolioWith(entry('entry-other', 'Formulaire de contact', 'img-other')));
  const other = await downloadBackup(page);
  expect(other.json.courses).toEqual([]);

  // This device: another project, and a lesson read.
  await seedPortfolio(page, portfolioWith(entry('entry-here', 'Site de la bibliothèque', 'img-here')));
  await readLesson(page);

  await page.goto('/settings');
  const restore = restoreSection(page);
  await pickFile(page, 'autre-appareil.json', other.text);
  const summary = restore.getByRole('region', { name: 'Contenu de la sauvegarde' });
  await expect(summary).toBeVisible();
  // Merge is the choice at first: the safe one.
  await expect(summary.getByRole('radio', { name: 'Fusionner' })).toBeChecked();
  await summary.getByRole('button', { name: 'Restaurer', exact: true }).click();
  await expect(restore.getByRole('status')).toHaveText('Vos données sont restaurées.');

  const { portfolio, images } = await storedPortfolio(page);
  expect(portfolio.entries.map((e) => e.id)).toEqual(['entry-here', 'entry-other']);
  expect(Object.keys(images).sort()).toEqual(['img-here', 'img-other']);
  await page.goto('/portfolio');
  await expect(page.getByRole('heading', { name: 'Site de la bibliothèque' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Formulaire de contact' })).toBeVisible();
  await page.goto(`/course/${web.id}`);
  await expect(page.getByText(`1 sur ${web.lessons} leçons terminées`, { exact: true })).toBeVisible();
});

test('the storage section says whether data is protected and how much space it takes', async ({ page }) => {
  await openApp(page);
  await downloadCourse(page, web);
  await page.goto('/settings');
  const storage = page.getByRole('region', { name: 'Stockage sur cet appareil' });
  await expect(storage.getByTestId('storage-status')).toHaveText(/^Stockage (protégé|non protégé) :/);
  await expect(storage.getByTestId('storage-usage')).toHaveText(/^Espace utilisé : \d+(,\d)? (Ko|Mo) sur \d+(,\d)? (Ko|Mo|Go)$/);
  if ((await storage.getByTestId('storage-status').textContent()).startsWith('Stockage non protégé')) {
    // Asking again: the browser answers either way, and the page says what it answered.
    await storage.getByRole('button', { name: 'Protéger mes données' }).click();
    await expect(storage).toContainText(/Stockage protégé :|Le navigateur a refusé pour l'instant\./);
  }
});

for (const [code, label] of [['fr', 'French'], ['ar', 'Arabic']]) {
  test(`the settings page has no WCAG 2.1 AA violations in ${label}, with a summary and with a refusal`, async ({ page }) => {
    await openApp(page);
    await downloadCourse(page, web);
    const backup = await downloadBackup(page);
    if (code === 'ar') await page.locator('#language-select').selectOption('ar');
    await page.goto('/settings');
    await expect(page.locator('html')).toHaveAttribute('lang', code);
    const check = async (what) => {
      await expectNoViolations(page, what);
      // Nothing wider than the 360 px phone.
      expect.soft(await page.evaluate(() => document.documentElement.scrollWidth), `width of ${what}`).toBeLessThanOrEqual(360);
    };
    await expect(page.getByTestId('storage-status')).not.toHaveText(/…$/);
    await check(`/settings (${code})`);
    const input = page.locator('#restore-file');
    await input.setInputFiles({ name: 'sauvegarde.json', mimeType: 'application/json', buffer: Buffer.from(backup.text) });
    await expect(page.locator('.settings__restore')).toBeVisible();
    await check(`/settings with a backup summary (${code})`);
    await page.screenshot({ path: join(SHOTS, `settings-summary-${code}.png`), fullPage: true });
    await input.setInputFiles({ name: 'coupee.json', mimeType: 'application/json', buffer: Buffer.from(backup.text.slice(0, 40)) });
    await expect(page.getByTestId('restore-error')).not.toBeEmpty();
    await check(`/settings with a refused file (${code})`);
    await page.screenshot({ path: join(SHOTS, `settings-refused-${code}.png`), fullPage: true });
  });
}
