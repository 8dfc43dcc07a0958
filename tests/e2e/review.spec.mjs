// Spaced review ("Révision du jour"): an item missed in a practice comes back the same day, and
// leaves the list once answered right; nothing missed, nothing to review. Online and offline.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  test,
  expect,
  openApp,
  downloadCourse,
  waitForServiceWorker,
  learnerRecord,
  tabTo,
  pressOn,
  describeFocus,
  COURSES,
  DIST,
  escape,
} from './fixtures.mjs';

const { web, interview } = COURSES;

const bundle = JSON.parse(readFileSync(resolve(DIST, `.${web.bundle}`), 'utf8'));
const practice = bundle.modules.flatMap((m) => m.assessments ?? []).find((a) => a.id === 'decouvrir-types');
const missed = practice.items[0]; // q-titre-onglet, single choice
const N = practice.items.length;
const PROMPT = missed.prompt.fr.replace(/[*`]/g, '');

// Offline, the home page still asks for the catalog (see offline.spec.mjs): expected, and only that.
test.use({ allowConsoleError: /^Failed to load resource: net::ERR_INTERNET_DISCONNECTED \(http:\/\/127\.0\.0\.1:\d+\/catalog\/catalog\.json:/ });

const reviewLink = (page) => page.getByRole('navigation', { name: 'Nour' }).getByRole('link', { name: 'Révision' });

/** Opens the practice and answers its first item: `right` or with a wrong choice. */
async function answerFirstItem(page, right) {
  await page.goto(`/course/${web.id}`);
  await page.getByRole('link', { name: practice.title.fr, exact: true }).click();
  await page.getByRole('button', { name: 'Commencer', exact: true }).click();
  const q = page.getByRole('region', { name: `Question 1 sur ${N}` });
  await q.getByRole('radio', { name: right ? '<title>' : '<h1>', exact: true }).check();
  await q.getByRole('button', { name: 'Vérifier' }).click();
  await expect(q.getByRole('status')).toContainText(right ? 'Bonne réponse !' : 'Pas tout à fait.');
}

/** The journey: miss an item, find it in today's review, answer it right, and it is gone. */
async function missThenReview(page) {
  await answerFirstItem(page, false);

  await reviewLink(page).click();
  await expect(page).toHaveURL(/\/review$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Révision du jour' })).toBeVisible();
  await expect(page.getByText(/^1 question à revoir aujourd'hui\.$/)).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: new RegExp(`^${escape(web.title)} \\(1\\)$`) })).toBeVisible();
  await page.getByRole('button', { name: 'Commencer la révision' }).click();

  const q = page.getByRole('region', { name: 'Question 1 sur 1' });
  await expect(q).toContainText(PROMPT);
  await expect(page.getByText(`${web.title} · ${practice.title.fr}`)).toBeVisible(); // where it comes from
  // One answer, then the feedback and the explanation; no "Passer" before answering.
  await expect(q.getByRole('button', { name: 'Passer' })).toHaveCount(0);
  await q.getByRole('radio', { name: '<title>', exact: true }).check();
  await q.getByRole('button', { name: 'Vérifier' }).click();
  await expect(q.getByRole('status')).toContainText('Bonne réponse !');
  await expect(q.getByRole('status').getByRole('heading', { name: 'Explication' })).toBeVisible();
  const end = q.getByRole('button', { name: 'Voir le résultat' }); // the last (only) question
  await expect(end).toBeFocused();
  await end.click();
  await expect(page.getByRole('status').filter({ hasText: "Révision terminée pour aujourd'hui." })).toContainText('1 sur 1 points (100 %)');

  // Stored as a review answer, and the item moved on to tomorrow: nothing left for today.
  const record = await learnerRecord(page, web.id);
  expect(record.answers.filter((a) => a.attempt_id === 'review')).toMatchObject([{ item_id: missed.id, correct: true }]);
  await page.reload();
  await page.locator('html[data-app-ready]').waitFor({ state: 'attached' });
  await expect(page.getByText("Rien à réviser aujourd'hui.", { exact: false })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Commencer la révision' })).toHaveCount(0);
}

test('an item missed in a practice is due in today\'s review, and answered right it leaves it', async ({ page }) => {
  await openApp(page);
  await downloadCourse(page, web);
  await missThenReview(page);
});

test('with nothing missed there is nothing to review', async ({ page }) => {
  await openApp(page);
  await downloadCourse(page, web);
  await downloadCourse(page, interview);

  // Two courses, no answer yet.
  await reviewLink(page).click();
  await expect(page.getByText("Rien à réviser aujourd'hui.", { exact: false })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Commencer la révision' })).toHaveCount(0);

  // A right first answer is not due today either (it comes back in a few days).
  await answerFirstItem(page, true);
  await reviewLink(page).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Révision du jour' })).toBeVisible();
  await expect(page.getByText("Rien à réviser aujourd'hui.", { exact: false })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Commencer la révision' })).toHaveCount(0);
});

test('the review works with no network', async ({ page, context, server }) => {
  await openApp(page);
  await downloadCourse(page, web);
  await waitForServiceWorker(page);
  await context.setOffline(true);
  await server.kill();
  await page.reload();
  await page.locator('html[data-app-ready]').waitFor({ state: 'attached' });
  await expect(page.getByTestId('connectivity')).toContainText('Hors ligne');
  await missThenReview(page);
});

// Focus, which axe cannot judge: after each step a keyboard or screen-reader user must land on
// what comes next, not on <body> (WCAG 2.4.3), as in the assessments themselves.
test('a keyboard user goes through a review of two items and focus follows', async ({ page }) => {
  await openApp(page);
  await downloadCourse(page, web);
  // Two items due: the first missed, the second skipped after a wrong try.
  await answerFirstItem(page, false);
  const q1 = page.getByRole('region', { name: `Question 1 sur ${N}` });
  await q1.getByRole('button', { name: 'Passer' }).click();
  const q2 = page.getByRole('region', { name: `Question 2 sur ${N}` });
  await q2.getByRole('checkbox', { name: '<p>', exact: true }).check();
  await q2.getByRole('button', { name: 'Vérifier' }).click();
  await expect(q2.getByRole('status')).toContainText('Pas tout à fait.');

  await reviewLink(page).click();
  await expect(page.getByText(/^2 questions à revoir aujourd'hui\.$/)).toBeVisible();
  const focusIs = async (locator, what) => {
    const ok = await expect(locator).toBeFocused({ timeout: 2_000 }).then(() => true, () => false);
    expect.soft(ok, `focus ${what}; it is on ${await describeFocus(page)}`).toBe(true);
  };

  await pressOn(page, page.getByRole('button', { name: 'Commencer la révision' }));
  const first = page.getByRole('region', { name: 'Question 1 sur 2' });
  await expect(first).toContainText(PROMPT);
  await focusIs(first.getByRole('heading', { level: 2 }), 'after "Commencer la révision" is on the first question');
  await tabTo(page, first.getByRole('radio', { name: '<title>', exact: true }));
  await page.keyboard.press('Space');
  await pressOn(page, first.getByRole('button', { name: 'Vérifier' }));
  await expect(first.getByRole('status')).toContainText('Bonne réponse !');
  await expect(first.getByRole('button', { name: 'Question suivante' })).toBeFocused();
  await page.keyboard.press('Enter');

  const second = page.getByRole('region', { name: 'Question 2 sur 2' });
  await expect(second).toContainText(practice.items[1].prompt.fr.replace(/[*`]/g, ''));
  await focusIs(second.getByRole('heading', { level: 2 }), 'after "Question suivante" is on the next question');
  for (const name of ['<br>', '<img>', '<meta>']) {
    await tabTo(page, second.getByRole('checkbox', { name, exact: true }));
    await page.keyboard.press('Space');
  }
  await pressOn(page, second.getByRole('button', { name: 'Vérifier' }));
  await expect(second.getByRole('status')).toContainText('Bonne réponse !');
  await expect(second.getByRole('button', { name: 'Voir le résultat' })).toBeFocused();
  await page.keyboard.press('Enter');

  const done = page.getByRole('status').filter({ hasText: "Révision terminée pour aujourd'hui." });
  await expect(done).toContainText('2 sur 2 points (100 %)');
  await focusIs(done, 'after the last review question is on the closing notice');
});
