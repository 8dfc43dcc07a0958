// Updates that fetch only what changed, and downloads that resume where they were cut. A course
// travels as content-addressed chunks (core::pack): the request log shows which ones the app
// fetched, and IndexedDB shows what it kept.
import { test, expect, openApp, onDevice, available, downloadCourse, idbCounts, learnerRecord, COURSES } from './fixtures.mjs';
import { bundle, markLessonsDone } from './checkpoint.mjs';
import { chunkPath, manifestOf, publishVersion } from './pack.mjs';

const { web } = COURSES;
const webCard = (page) => available(page).getByTestId('offered-course').filter({ hasText: web.title });
/** Requests for the course's chunks and whole files, in the order the server saw them. */
const courseRequests = (log) => log.filter((path) => /^\/catalog\/(chunks|assets|courses)\//.test(path));
/** How the French UI writes a size (`Locale::size`, under 1 MB). */
const ko = (bytes) => `${Math.max(1, Math.ceil(bytes / 1000))} Ko`;

test('an update with one lesson changed says so, fetches only the changed chunks and keeps progress', async ({ page, server }) => {
  const [kept, edited] = [bundle.modules[0].lessons[0], bundle.modules[1].lessons[0]];
  await openApp(page);
  await downloadCourse(page, web);
  await markLessonsDone(page, [kept]);
  const before = await manifestOf(server, web.id);

  const { manifest: after } = await publishVersion(server, web.id, (source) => {
    source.version = '1.2.0';
    const lesson = source.modules[1].lessons[0];
    lesson.body.fr += '\n\nUn paragraphe ajouté dans la version 1.2.0.';
  });
  const changed = after.bundle.filter((chunk) => !before.bundle.some((old) => old.sha256 === chunk.sha256));
  // The head (it names the version) and the edited lesson's module: nothing else.
  expect(changed).toHaveLength(2);
  const cost = changed.reduce((sum, chunk) => sum + chunk.size, 0);
  const total = after.bundle.reduce((sum, chunk) => sum + chunk.size, 0);
  expect(cost).toBeLessThan(total / 2);

  server.log.length = 0;
  await openApp(page);
  const card = webCard(page);
  // The honest diff, before anything is downloaded.
  await expect(card.getByTestId('update-changes')).toHaveText(`1 leçon modifiée — À télécharger : ${ko(cost)}`);
  await expect(card.getByTestId('update-removed')).toHaveCount(0);
  expect(courseRequests(server.log)).toEqual([]);

  await card.getByRole('button', { name: `Mettre à jour ${web.title} (${ko(cost)})` }).click();
  await expect(card.getByText("Sur l'appareil")).toBeVisible();
  // Only the changed chunks crossed the network: no whole bundle, no unchanged chunk, no image.
  expect(courseRequests(server.log).sort()).toEqual(changed.map(chunkPath).sort());

  const { keys } = await idbCounts(page);
  expect(keys.courses).toEqual([web.id]);
  // Progress on the unchanged lesson is still there, and the course shows it.
  const record = await learnerRecord(page, web.id);
  expect(record.events.some((event) => event.lesson_id === kept.id)).toBe(true);
  await page.goto(`/course/${web.id}`);
  await expect(page.getByRole('progressbar', { name: `1 sur ${web.lessons} leçons terminées` })).toBeVisible();
  // The edited lesson reads in its new version.
  await page.goto(`/course/${web.id}/lesson/${edited.id}`);
  await expect(page.getByText('Un paragraphe ajouté dans la version 1.2.0.')).toBeVisible();
});

test('an update that removes a lesson names it before anything is fetched', async ({ page, server }) => {
  const removed = bundle.modules[0].lessons.at(-1);
  await openApp(page);
  await downloadCourse(page, web);
  await markLessonsDone(page, [removed]);
  await publishVersion(server, web.id, (source) => {
    source.version = '1.2.0';
    source.modules[0].lessons.pop();
    // Items that offered the removed lesson for review now offer none.
    for (const item of source.modules.flatMap((m) => (m.assessments ?? []).flatMap((a) => a.items))) {
      if (item.review_lesson === removed.id) delete item.review_lesson;
    }
  });
  await openApp(page);
  const card = webCard(page);
  await expect(card.getByTestId('update-changes')).toContainText('1 leçon retirée');
  await expect(card.getByTestId('update-removed')).toHaveText(removed.title.fr);
  await expect(card.getByText('votre progression y reste enregistrée')).toBeVisible();
  await card.getByRole('button', { name: new RegExp(`^Mettre à jour ${web.title}`) }).click();
  await expect(card.getByText("Sur l'appareil")).toBeVisible();
  // The learner's record of the removed lesson is kept, not silently dropped.
  const record = await learnerRecord(page, web.id);
  expect(record.events.some((event) => event.lesson_id === removed.id)).toBe(true);
});

test.describe('a cut connection', () => {
  // Chromium logs each request the test cuts as a failed load.
  test.use({ allowConsoleError: /^Failed to load resource: net::ERR_CONNECTION_RESET/ });

test('a download cut halfway resumes from the last verified chunk, even after a reload', async ({ page, context, server }) => {
  const manifest = await manifestOf(server, web.id);
  const chunks = [...manifest.bundle, ...manifest.assets.map((asset) => ({ sha256: asset.sha256, size: asset.size, asset: true }))];
  expect(chunks.length).toBeGreaterThanOrEqual(4);
  let allowed = 2;
  const cut = [];
  await context.route(/\/catalog\/(chunks|assets)\//, async (route) => {
    if (allowed > 0) {
      allowed -= 1;
      await route.continue();
    } else {
      cut.push(new URL(route.request().url()).pathname);
      await route.abort('connectionreset');
    }
  });

  await openApp(page);
  const card = webCard(page);
  await card.getByRole('button', { name: new RegExp(`^Télécharger ${web.title}`) }).click();
  await expect(card.getByTestId('download-error')).toBeVisible();
  // Half a course is not a course: nothing on the device but the verified chunks, set apart.
  await expect(onDevice(page)).toContainText('Aucun cours téléchargé');
  let { counts } = await idbCounts(page);
  expect(counts.courses).toBe(0);
  expect(counts.downloads).toBe(2);

  // After a reload the card still knows what arrived and offers to resume.
  await context.unrouteAll();
  server.log.length = 0;
  await openApp(page);
  const staged = chunks.slice(0, 2).reduce((sum, chunk) => sum + chunk.size, 0);
  const all = chunks.reduce((sum, chunk) => sum + chunk.size, 0);
  await expect(card.getByTestId('download-resume')).toHaveText(`Téléchargement interrompu : ${ko(staged)} reçus sur ${ko(all)}`);
  await card.getByRole('button', { name: `Reprendre ${web.title} (${ko(all - staged)})` }).click();
  await expect(onDevice(page).getByRole('link', { name: web.title, exact: true })).toBeVisible();

  // Only what had not arrived was fetched, and the staging area is empty again.
  const fetched = courseRequests(server.log);
  expect(fetched).toHaveLength(chunks.length - 2);
  for (const chunk of chunks.slice(0, 2)) {
    expect(fetched.some((path) => path.endsWith(chunk.sha256))).toBe(false);
  }
  ({ counts } = await idbCounts(page));
  expect(counts.courses).toBe(1);
  expect(counts.downloads).toBe(0);
  expect(counts.assets).toBe(manifest.assets.length);

  // The course is complete and verified: it opens, image included.
  await onDevice(page).getByRole('link', { name: 'Ouvrir' }).click();
  await page.getByRole('link', { name: bundle.modules[0].lessons[0].title.fr, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: bundle.modules[0].lessons[0].title.fr })).toBeVisible();
});
});
