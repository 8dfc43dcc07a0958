// A bundle that is not byte for byte what the catalog announced is refused, nothing of it is
// stored as a course, and the courses already on the device are untouched. The bundle travels as
// chunks (core::pack): the tampering is done on the chunk that holds the first module.
import { test, expect, openApp, onDevice, available, downloadCourse, idbCounts, COURSES } from './fixtures.mjs';
import { chunkPath, manifestOf } from './pack.mjs';

const { web, interview } = COURSES;

/** Downloads the interview course (the "earlier" course), then starts a download of the web one. */
async function installFirstThenTry(page) {
  await openApp(page);
  await downloadCourse(page, interview);
  const card = available(page).getByTestId('offered-course').filter({ hasText: web.title });
  await card.getByRole('button', { name: /^Télécharger Initiation/ }).click();
  return card;
}

/** Nothing of the web course was written, and the interview course is intact. */
async function expectOnlyTheEarlierCourse(page) {
  await expect(onDevice(page).getByTestId('installed-course')).toHaveCount(1);
  await expect(onDevice(page).getByRole('link', { name: interview.title, exact: true })).toBeVisible();
  await expect(onDevice(page).getByRole('link', { name: web.title, exact: true })).toHaveCount(0);

  const { counts, keys } = await idbCounts(page);
  expect(counts.courses).toBe(1);
  expect(keys.courses).toEqual([interview.id]);
  expect(keys.bundles).toEqual([interview.id]);
  expect(counts.assets).toBe(0); // the web course's SVG was downloaded but never stored
  expect(keys.downloads.every((key) => !key.startsWith(interview.id))).toBe(true);

  // The earlier course still opens and reads.
  await onDevice(page).getByRole('link', { name: 'Ouvrir' }).click();
  await expect(page.getByRole('heading', { level: 1, name: interview.title })).toBeVisible();
  await page.getByRole('link', { name: 'Rédiger un CV clair et ciblé', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Rédiger un CV clair et ciblé' })).toBeVisible();
  await expect(page.locator('.lesson__body p').first()).not.toBeEmpty();
}

/** The server path of the chunk holding the web course's first module. */
async function firstModuleChunk(server) {
  const manifest = await manifestOf(server, web.id);
  return chunkPath(manifest.bundle[1]);
}

test('a tampered bundle (one character changed, same length) is refused with a SHA-256 error', async ({ page, server }) => {
  const path = await firstModuleChunk(server);
  const real = (await server.fetchBytes(path)).toString('utf8');
  const bundle = JSON.parse((await server.fetchBytes(web.bundle)).toString('utf8'));
  // Change one letter in the text of the first lesson, keeping the byte length.
  const body = bundle.modules[0].lessons[0].body.fr;
  const at = real.indexOf(JSON.stringify(body).slice(1, 41));
  expect(at).toBeGreaterThan(0);
  const original = real[at];
  const tampered = real.slice(0, at) + (original === 'X' ? 'Y' : 'X') + real.slice(at + 1);
  expect(Buffer.byteLength(tampered)).toBe(Buffer.byteLength(real));
  await server.override(path, tampered);

  const card = await installFirstThenTry(page);
  const error = card.getByTestId('download-error');
  await expect(error).toBeVisible();
  await expect(error).toHaveAttribute('role', 'alert');
  await expect(card.getByRole('alert')).toContainText('SHA-256');
  await expect(error).toContainText('rien n\'a été enregistré');
  // The technical detail names the file and both hashes, for the trainer.
  await error.getByText('Détails / التفاصيل / Details').click();
  await expect(error.locator('details li')).toContainText(`${path.slice('/catalog/'.length)}: expected SHA-256`);
  // The button is there to try again (resuming after the chunks that did arrive).
  await expect(card.getByRole('button', { name: /^(Télécharger|Reprendre) Initiation/ })).toBeEnabled();

  await expectOnlyTheEarlierCourse(page);
});

test('a truncated bundle is refused and nothing is stored; a retry after the fix succeeds', async ({ page, server }) => {
  const path = await firstModuleChunk(server);
  const real = await server.fetchBytes(path);
  await server.override(path, real.subarray(0, Math.floor(real.length / 2)));

  const card = await installFirstThenTry(page);
  const error = card.getByTestId('download-error');
  await expect(error).toBeVisible();
  await expect(error).toHaveAttribute('role', 'alert');
  await expect(error).not.toBeEmpty();
  await error.getByText('Détails / التفاصيل / Details').click();
  await expect(error.locator('details li')).toContainText(`${Math.floor(real.length / 2)} bytes where ${real.length} were announced`);
  const { counts, keys } = await idbCounts(page);
  expect(keys.courses).toEqual([interview.id]);
  expect(counts.assets).toBe(0);

  // The server is fixed: trying again (the chunks that did arrive are kept) installs the course.
  await server.reset();
  await card.getByRole('button', { name: /^(Télécharger|Reprendre) Initiation/ }).click();
  await expect(onDevice(page).getByRole('link', { name: web.title, exact: true })).toBeVisible();
  await expect(card.getByTestId('download-error')).toHaveCount(0);
  expect((await idbCounts(page)).counts.courses).toBe(2);
});

test('a truncated bundle leaves the earlier course readable', async ({ page, server }) => {
  const path = await firstModuleChunk(server);
  const real = await server.fetchBytes(path);
  await server.override(path, real.subarray(0, Math.floor(real.length / 2)));
  const card = await installFirstThenTry(page);
  await expect(card.getByTestId('download-error')).toBeVisible();
  await expectOnlyTheEarlierCourse(page);
});

test('a tampered image asset is refused too', async ({ page, server }) => {
  const catalog = JSON.parse((await server.fetchBytes('/catalog/catalog.json')).toString('utf8'));
  const asset = catalog.courses.find((course) => course.id === web.id).assets[0];
  const path = `/catalog/assets/${asset.sha256}`;
  const real = (await server.fetchBytes(path)).toString('utf8');
  await server.override(path, real.replace('<svg', '<SVG'));

  const card = await installFirstThenTry(page);
  const error = card.getByTestId('download-error');
  await expect(error).toBeVisible();
  await expect(error).toContainText('SHA-256');
  expect(server.log).toContain(path); // the app did fetch the tampered asset
  await expectOnlyTheEarlierCourse(page);
});
