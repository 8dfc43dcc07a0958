// One-file sharing: a course on the device exported as one `.nour` file, the site data cleared,
// the file imported with no network at all, and the course reads; a file made by
// `nour-bundle share` imports too (and through the File Handling launch queue on /import); cut,
// altered, foreign and older files refused with their messages and nothing stored; no WCAG
// violation on the import and share UI in French and Arabic; a course missing its images is not
// exported half.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  test,
  expect,
  openApp,
  onDevice,
  downloadCourse,
  waitForServiceWorker,
  idbCounts,
  storedRecord,
  expectNoViolations,
  COURSES,
} from './fixtures.mjs';

const { web, interview } = COURSES;
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const cli = process.env.NOUR_BUNDLE_BIN ?? join(root, 'target/debug/nour-bundle');
const tmp = mkdtempSync(join(tmpdir(), 'nour-share-'));
const ASSET = 'img/box-model.svg';
const BOX_LESSON = { id: 'l11-modele-boite', title: 'Le modèle de boîte' };
const FIRST_LESSON = { id: 'l01-le-web', title: 'Comment fonctionne le web : navigateur, serveur et URL' };

// Offline, the home page still asks for the catalog (to say it is out of reach), which Chromium
// logs as an error: expected, and only for the catalog.
test.use({ allowConsoleError: /^Failed to load resource: net::ERR_INTERNET_DISCONNECTED \(http:\/\/127\.0\.0\.1:\d+\/catalog\/catalog\.json:/ });

/** `nour-bundle share` of a course directory; the file's path and bytes. */
function share(courseDir, name) {
  const out = join(tmp, name);
  execFileSync(cli, ['share', courseDir, '--out', out], { stdio: 'pipe' });
  return { path: out, bytes: readFileSync(out) };
}

/** Writes `bytes` under `name` and returns its path. */
function saved(name, bytes) {
  const path = join(tmp, name);
  writeFileSync(path, bytes);
  return path;
}

/** Where the data of the file starts (after the magic line and the header), and the header. */
function layout(bytes) {
  const magicEnd = bytes.indexOf(0x0a) + 1;
  const headerEnd = bytes.indexOf(0x0a, magicEnd) + 1;
  return { header: JSON.parse(bytes.subarray(magicEnd, headerEnd - 1).toString('utf8')), start: headerEnd };
}

/** The stored record of a course on the device ("courses" store), or null. */
const storedCourse = (page, id) => storedRecord(page, 'courses', id);

const importSection = (page, name = 'Un cours reçu en fichier') => page.getByRole('region', { name });
const pickCourseFile = (page, path, label = 'Importer un cours depuis un fichier') =>
  page.getByLabel(label).setInputFiles(path);

/** Forgets what the site stored (IndexedDB, localStorage) as "clear site data" does; the
 *  service worker and its shell cache stay, as they do for a learner who cleared her courses. */
async function clearSiteData(page, context) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Storage.clearDataForOrigin', { origin: new URL(page.url()).origin, storageTypes: 'indexeddb,local_storage' });
  await cdp.detach();
}

/** The web course reads: the course page, a lesson's text, and the lesson image from IndexedDB. */
async function expectWebCourseReads(page) {
  await expect(page.getByRole('heading', { level: 1, name: web.title })).toBeVisible();
  await page.getByRole('link', { name: FIRST_LESSON.title, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: FIRST_LESSON.title })).toBeVisible();
  await expect(page.locator('.lesson__body p').first()).toContainText('ce qui se passe quand vous ouvrez une page web');
  await page.goto(`/course/${web.id}/lesson/${BOX_LESSON.id}`);
  await expect(page.getByRole('heading', { level: 1, name: BOX_LESSON.title })).toBeVisible();
  const image = page.locator('.lesson__body img');
  await expect(image).toBeVisible();
  expect(await image.evaluate((img) => img.complete && img.naturalWidth > 0)).toBe(true);
}

test('a course exported to a file comes back from it after the site data is cleared, with no network', async ({ page, context, server }) => {
  test.setTimeout(90_000);
  await openApp(page);
  await downloadCourse(page, web);
  await waitForServiceWorker(page);
  await page.goto(`/course/${web.id}/lesson/${FIRST_LESSON.id}`);
  await expect(page.getByRole('heading', { level: 1, name: FIRST_LESSON.title })).toBeVisible();

  // Export from the course's card, which says how big the file is.
  await page.goto('/');
  const card = onDevice(page).getByTestId('installed-course').filter({ hasText: web.title });
  const button = card.getByRole('button', { name: new RegExp(`^Partager ce cours \\(fichier, \\d+ Ko\\) – ${web.title}`) });
  const label = (await button.textContent()).trim();
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  expect(download.suggestedFilename()).toBe(`${web.id}-1.1.0.nour`);
  const path = join(tmp, `exported-${download.suggestedFilename()}`);
  await download.saveAs(path);
  await expect(card.getByTestId('share-status')).toHaveText(/^Fichier du cours enregistré dans vos téléchargements\./);
  const bytes = readFileSync(path);
  expect(bytes.subarray(0, 14).toString()).toBe('NOUR-COURSE/1\n');
  expect(label).toBe(`Partager ce cours (fichier, ${Math.ceil(bytes.length / 1000)} Ko)`);
  // No Base64: the bundle the catalog published and the image are in the file byte for byte.
  const bundle = await server.fetchBytes(web.bundle);
  const { header, start } = layout(bytes);
  expect(header.files.map((f) => f.path)).toEqual(['bundle.json', ASSET]);
  expect(bytes.subarray(start, start + bundle.length).equals(bundle)).toBe(true);
  expect(bytes.length - start).toBe(bundle.length + header.files[1].size);

  // The device loses everything; then the network goes too: browser offline, server gone.
  await clearSiteData(page, context);
  await context.setOffline(true);
  await server.kill();
  const served = server.log.length;
  await page.reload();
  await page.locator('html[data-app-ready]').waitFor({ state: 'attached' });
  await expect(onDevice(page)).toContainText('Aucun cours téléchargé');

  await pickCourseFile(page, path);
  const status = importSection(page).getByTestId('import-status');
  await expect(status).toContainText('Cours importé : il est sur cet appareil et se lit sans connexion.');
  await expect(status).toContainText(web.title);
  await expect(onDevice(page).getByRole('link', { name: web.title, exact: true })).toBeVisible();
  const { counts, keys } = await idbCounts(page);
  expect(keys.courses).toEqual([web.id]);
  expect(counts.assets).toBe(1);

  await status.getByRole('link', { name: 'Ouvrir le cours' }).click();
  await expectWebCourseReads(page);
  expect(server.log.length).toBe(served); // nothing reached the (dead) server
});

test('a file made by nour-bundle share imports on another phone, from the picker or opened with the app', async ({ page, context, server, browser }) => {
  const made = share(join(root, 'public/courses/web-html-css'), 'web-cli.nour');
  await openApp(page);
  await waitForServiceWorker(page);
  await context.setOffline(true);
  await page.reload();
  await page.locator('html[data-app-ready]').waitFor({ state: 'attached' });
  await pickCourseFile(page, made.path);
  await expect(importSection(page).getByTestId('import-status')).toContainText('Cours importé');
  await expect(onDevice(page).getByRole('link', { name: web.title, exact: true })).toBeVisible();
  // The bundle is byte for byte the one the catalog publishes: same SHA-256 on the device.
  const catalog = JSON.parse((await server.fetchBytes('/catalog/catalog.json')).toString('utf8'));
  const entry = catalog.courses.find((c) => c.id === web.id);
  expect((await storedCourse(page, web.id)).sha256).toBe(entry.sha256);

  // The installed app registers for .nour files and gets them on /import.
  const manifest = JSON.parse((await server.fetchBytes('/manifest.webmanifest')).toString('utf8'));
  expect(manifest.file_handlers).toEqual([
    expect.objectContaining({ action: '/import', accept: { 'application/x-nour-course': ['.nour'] } }),
  ]);
  expect(manifest.launch_handler.client_mode).toContain('navigate-existing');

  // A phone where the file is opened from its file manager: the browser puts a launch in the
  // queue (simulated here, headless Chromium has no installed app), the app imports it.
  const other = await browser.newContext();
  const phone = await other.newPage();
  await phone.addInitScript((data) => {
    const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
    const file = new File([bytes], 'web-cli.nour', { type: 'application/x-nour-course' });
    const launchQueue = {
      setConsumer(consumer) {
        setTimeout(() => consumer({ targetURL: location.href, files: [{ kind: 'file', name: file.name, getFile: async () => file }] }));
      },
    };
    Object.defineProperty(window, 'launchQueue', { value: launchQueue, configurable: true });
  }, made.bytes.toString('base64'));
  await phone.goto(`${server.url}/import`);
  await phone.locator('html[data-app-ready]').waitFor({ state: 'attached' });
  const status = phone.getByTestId('import-status');
  await expect(status).toContainText('Cours importé');
  await status.getByRole('link', { name: 'Ouvrir le cours' }).click();
  await expectWebCourseReads(phone);
  await other.close();
});

test('cut, altered, foreign and older course files are refused, saying why, with nothing stored', async ({ page }) => {
  test.setTimeout(90_000);
  const made = share(join(root, 'public/courses/web-html-css'), 'web.nour');
  const { header, start } = layout(made.bytes);
  const bundleSize = header.files[0].size;
  const assetStart = start + bundleSize;

  await openApp(page);
  await downloadCourse(page, interview); // what is on the device must stay as it is
  const expectNothingNew = async () => {
    const { counts, keys } = await idbCounts(page);
    expect(keys.courses).toEqual([interview.id]);
    expect(keys.bundles).toEqual([interview.id]);
    expect(counts.assets).toBe(0);
    await expect(onDevice(page).getByTestId('installed-course')).toHaveCount(1);
  };
  const error = importSection(page).getByTestId('import-error');
  const refused = async (name, bytes, message) => {
    await pickCourseFile(page, saved(name, bytes));
    await expect(error).toContainText(message);
    await expect(error).toContainText("Rien n'a été enregistré.");
    await expect(importSection(page).getByTestId('import-status')).toBeEmpty();
    await expectNothingNew();
  };
  const flipped = (at) => {
    const copy = Buffer.from(made.bytes);
    copy[at] ^= 0x01;
    return copy;
  };

  // Cut inside the image, then inside the bundle.
  await refused('cut-image.nour', made.bytes.subarray(0, made.bytes.length - 500),
    `Le fichier est incomplet : il manque 500 octets (fichier coupé dans « ${ASSET} »).`);
  const half = start + Math.floor(bundleSize / 2);
  await refused('cut-bundle.nour', made.bytes.subarray(0, half),
    `Le fichier est incomplet : il manque ${made.bytes.length - half} octets (fichier coupé dans le texte du cours).`);
  await refused('cut-header.nour', made.bytes.subarray(0, start - 10),
    "Le fichier est incomplet : il s'arrête avant la liste de son contenu.");

  // One byte changed, inside the image, then inside the bundle (a lesson's text).
  await refused('altered-image.nour', flipped(assetStart + 100),
    `Le fichier est abîmé : « ${ASSET} » ne correspond pas à son empreinte.`);
  await refused('altered-bundle.nour', flipped(start + Math.floor(bundleSize / 3)),
    'Le fichier est abîmé : le texte du cours ne correspond pas à son empreinte.');
  // The detail for the trainer names the file and both hashes.
  await error.getByText('Détails pour le formateur').click();
  await expect(error.locator('details li').first()).toContainText('"bundle.json" does not match its SHA-256: expected');

  // Not a course file at all, and two files stuck together.
  await refused('notes.nour', Buffer.from('{"format": "nour-backup", "version": 1}'),
    "Ce fichier n'est pas un cours Nour (fichier .nour).");
  await refused('twice.nour', Buffer.concat([made.bytes, made.bytes]),
    "Le fichier est abîmé : son contenu ne correspond pas à ce qu'il annonce.");

  // A valid file, but of an older version than the one on the device: never a silent downgrade.
  const old = join(tmp, 'entretien-old');
  cpSync(join(root, 'public/courses/entretien-embauche'), old, { recursive: true });
  const doc = JSON.parse(readFileSync(join(old, 'bundle.json'), 'utf8'));
  doc.version = '1.0.0';
  writeFileSync(join(old, 'bundle.json'), JSON.stringify(doc));
  const older = share(old, 'entretien-1.0.0.nour');
  await pickCourseFile(page, older.path);
  await expect(error).toContainText(
    'Ce fichier contient la version 1.0.0 de ce cours, plus ancienne que la version 1.1.0 déjà sur cet appareil',
  );
  expect((await idbCounts(page)).keys.courses).toEqual([interview.id]);
  expect((await storedCourse(page, interview.id)).version).toBe('1.1.0');

  // After all that, the sound file imports.
  await pickCourseFile(page, made.path);
  await expect(importSection(page).getByTestId('import-status')).toContainText('Cours importé');
  await expect(error).toBeEmpty();
  expect((await idbCounts(page)).keys.courses).toEqual([interview.id, web.id].sort());
});

test('a course whose images are not all on the device is not shared half, and says so', async ({ page }) => {
  await openApp(page);
  await downloadCourse(page, web);
  // The image is gone from the device (its media removed to save space).
  await page.evaluate(
    (key) =>
      new Promise((resolve, reject) => {
        indexedDB.open('nour').onsuccess = (event) => {
          const db = event.target.result;
          const tx = db.transaction('assets', 'readwrite');
          tx.objectStore('assets').delete(key);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    `${web.id}\u0000${ASSET}`,
  );
  expect((await idbCounts(page)).counts.assets).toBe(0);
  let downloads = 0;
  page.on('download', () => downloads++);
  const card = onDevice(page).getByTestId('installed-course').filter({ hasText: web.title });
  await card.getByRole('button', { name: /^Partager ce cours/ }).click();
  await expect(card.getByRole('alert').filter({ hasText: 'Des images' })).toHaveText(
    'Des images de ce cours ne sont pas sur cet appareil : téléchargez-les avant de partager le cours.',
  );
  await expect(card.getByTestId('share-status')).toBeEmpty();
  expect(downloads).toBe(0);
});

test('the import and share controls have no WCAG violation, in French and in Arabic', async ({ page }) => {
  const made = share(join(root, 'public/courses/web-html-css'), 'web-a11y.nour');
  await openApp(page);
  await downloadCourse(page, interview);
  // A refusal on screen, then a success, each checked.
  await pickCourseFile(page, saved('cut.nour', made.bytes.subarray(0, made.bytes.length - 10)));
  await expect(importSection(page).getByTestId('import-error')).toContainText('Le fichier est incomplet');
  await expectNoViolations(page, 'the home page with a refused course file (fr)');
  await pickCourseFile(page, made.path);
  await expect(importSection(page).getByTestId('import-status')).toContainText('Cours importé');
  await expectNoViolations(page, 'the home page after an import (fr)');

  await page.locator('#language-select').selectOption('ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const section = importSection(page, 'دورة مستلمة في ملف');
  await expect(section).toBeVisible();
  await pickCourseFile(page, saved('cut-ar.nour', made.bytes.subarray(0, made.bytes.length - 10)), 'استيراد دورة من ملف');
  await expect(section.getByTestId('import-error')).toContainText('الملف ناقص: تنقصه 10 بايت');
  await expect(
    page.getByRole('region', { name: 'على هذا الجهاز' }).getByRole('button', { name: /^مشاركة هذه الدورة \(ملف، \d+ ك\.ب\)/ }),
  ).toHaveCount(2);
  await expectNoViolations(page, 'the home page with a refused course file (ar)');
});
