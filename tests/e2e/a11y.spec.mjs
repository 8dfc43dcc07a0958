// WCAG 2.1 A/AA (axe-core) on every kind of page, in French (LTR) and in Arabic (RTL).
import { test, expect, openApp, expectNoViolations, COURSES } from './fixtures.mjs';

const { web, interview } = COURSES;
/** Opens the app in `code`, chosen with the switcher and kept across a reload (first paint). */
async function openIn(page, code) {
  await openApp(page);
  if (code === 'fr') return;
  await page.locator('#language-select').selectOption(code);
  await expect(page.locator('html')).toHaveAttribute('lang', code);
  await page.reload();
  await page.locator('html[data-app-ready]').waitFor({ state: 'attached' });
  await expect(page.locator('html')).toHaveAttribute('lang', code);
}

/** Downloads every course of the catalog, whatever the UI language. */
async function downloadAll(page) {
  const offered = page.getByTestId('offered-course');
  await expect(offered).toHaveCount(2);
  for (const card of await offered.all()) {
    await card.getByRole('button').click();
    await expect(card.getByRole('link')).toBeVisible(); // "Open" replaces the button
  }
  await expect(page.getByTestId('installed-course')).toHaveCount(2);
}

/** Waits until the lesson's stored image has been decoded. */
async function waitForImage(page) {
  const img = page.locator('.lesson__body img');
  await expect(img).toBeVisible();
  await page.waitForFunction(() => {
    const el = document.querySelector('.lesson__body img');
    return el && el.complete && el.naturalWidth > 0;
  });
}

const LANGUAGES = [
  ['fr', 'French'],
  ['ar', 'Arabic'],
];

// WCAG 2.5.3 Label in Name: the download button's accessible name ("Télécharger <title>
// (<size>)") must contain its visible text ("Télécharger"), so speech input can reach it.
// Any catalog state with a download button checks it, including the download error below.
for (const [code, label] of LANGUAGES) {
  test(`the catalog before any download has no WCAG 2.1 AA violations in ${label}`, async ({ page }) => {
    await openIn(page, code);
    await expect(page.getByTestId('offered-course')).toHaveCount(2);
    await expectNoViolations(page, `the catalog before any download (${code})`);
  });
}

for (const [code, label] of LANGUAGES) {
  test(`catalog, course and lesson pages have no WCAG 2.1 AA violations in ${label}`, async ({ page }) => {
    await openIn(page, code);
    await downloadAll(page);
    await expectNoViolations(page, `the catalog after downloads (${code})`);

    // Course page.
    await page.goto(`/course/${web.id}`);
    await expect(page.getByRole('heading', { level: 1, name: web.title })).toBeVisible();
    await expectNoViolations(page, `the course page of ${web.id} (${code})`);

    // The lesson with the image and code blocks, marked done.
    await page.goto(`/course/${web.id}/lesson/l11-modele-boite`);
    await expect(page.getByRole('heading', { level: 1, name: 'Le modèle de boîte' })).toBeVisible();
    await expect(page.locator('.lesson__body pre').first()).toBeVisible();
    await waitForImage(page);
    await page.locator('.lesson__done button').click();
    await expect(page.locator('.lesson__done button')).toHaveAttribute('aria-pressed', 'true');
    await expectNoViolations(page, `the lesson l11-modele-boite (${code})`);

    // A lesson of the bilingual course (Arabic text in the Arabic UI), with code blocks.
    await page.goto(`/course/${interview.id}/lesson/l03-lettre-email`);
    await expect(page.locator('.lesson__body pre').first()).toBeVisible();
    await expectNoViolations(page, `the lesson l03-lettre-email of ${interview.id} (${code})`);

    if (code === 'ar') {
      // A course page whose text is Arabic too.
      await page.goto(`/course/${interview.id}`);
      await expect(page.getByRole('heading', { level: 1, name: interview.titleAr })).toBeVisible();
      await expectNoViolations(page, `the course page of ${interview.id} (${code})`);
    }

    // The removal confirmation is a state of the catalog too.
    await page.goto('/');
    const installed = page.getByTestId('installed-course');
    await expect(installed).toHaveCount(2);
    // "Remove …" (the card also has its share button).
    await installed.first().getByRole('button', { name: /^(Supprimer|حذف) / }).click();
    await expect(installed.first().locator('.button--danger')).toBeVisible();
    await expectNoViolations(page, `the catalog with a removal to confirm (${code})`);
  });
}

test.describe('error and offline states', () => {
  // The hidden bundle answers 404 and, offline, the catalog page still asks for the catalog:
  // Chromium logs both failed loads as errors.
  test.use({
    allowConsoleError:
      /^Failed to load resource: (the server responded with a status of 404 .*\/catalog\/packs\/web-html-css-1\.\d+\.\d+\.json|net::ERR_INTERNET_DISCONNECTED .*\/catalog\/catalog\.json)/,
  });

  // Covers the error notice and the download button next to it.
  test('a download error has no WCAG 2.1 AA violations', async ({ page, server }) => {
    await server.hide(`/catalog/packs/${web.id}-1.1.0.json`);
    await openApp(page);
    const card = page.getByTestId('offered-course').filter({ hasText: web.title });
    await card.getByRole('button', { name: /^Télécharger/ }).click();
    await expect(card.getByTestId('download-error')).toBeVisible();
    await card.getByTestId('download-error').locator('summary').click();
    await expectNoViolations(page, 'the catalog with a download error (fr)');
  });

  for (const [code, label] of LANGUAGES) {
    test(`the offline notice has no WCAG 2.1 AA violations in ${label}`, async ({ page, context }) => {
      await openIn(page, code);
      await downloadAll(page);
      await context.setOffline(true);
      await expect(page.getByTestId('connectivity')).not.toBeEmpty();
      await expect(page.getByTestId('offered-course')).toHaveCount(0); // the catalog is out of reach
      await expectNoViolations(page, `the catalog offline (${code})`);
    });
  }
});

// Self-assessments and the review, in both directions: the intro (before and after an attempt),
// every item type as it is asked, an item with a hint and feedback shown, the results, a
// checkpoint item with selects, and the review page (nothing due, due items, an answered item).
const UI = {
  fr: {
    start: 'Commencer',
    check: 'Vérifier',
    skip: 'Passer',
    submit: 'Valider et continuer',
    hint: /^Afficher un indice/,
    reviewStart: 'Commencer la révision',
    reviewNothing: "Rien à réviser aujourd'hui.",
    results: 'Résultat',
    history: 'Vos tentatives',
    question: (n, count) => `Question ${n} sur ${count}`,
  },
  ar: {
    start: 'ابدأ',
    check: 'تحقّق',
    skip: 'تجاوز',
    submit: 'تأكيد ومتابعة',
    hint: /^أظهر تلميحاً/,
    reviewStart: 'ابدأ المراجعة',
    reviewNothing: 'لا شيء للمراجعة اليوم.',
    results: 'النتيجة',
    history: 'محاولاتك',
    question: (n, count) => `السؤال ${n} من ${count}`,
  },
};

for (const [code, label] of LANGUAGES) {
  test(`assessment and review pages have no WCAG 2.1 AA violations in ${label}`, async ({ page }) => {
    const ui = UI[code];
    const item = (n, count) => page.getByRole('region', { name: ui.question(n, count), exact: true });
    await openIn(page, code);
    const card = page.getByTestId('offered-course').filter({ hasText: web.title });
    await card.getByRole('button').click();
    await expect(card.getByRole('link')).toBeVisible();

    // Nothing to review yet.
    await page.goto('/review');
    await expect(page.getByText(ui.reviewNothing)).toBeVisible();
    await expectNoViolations(page, `the review page with nothing due (${code})`);

    // The practice's intro, then each of its nine items as asked.
    await page.goto(`/course/${web.id}/assessment/decouvrir-types`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoViolations(page, `the intro of decouvrir-types (${code})`);
    await page.getByRole('button', { name: ui.start, exact: true }).click();
    const count = 9;
    for (let n = 1; n <= count; n++) {
      const q = item(n, count);
      await expect(q).toBeVisible();
      await expectNoViolations(page, `item ${n} of decouvrir-types, as asked (${code})`);
      if (n === 1) {
        // A wrong choice, a hint, the feedback: every part of an item shown at once.
        await q.getByRole('radio', { name: '<h1>', exact: true }).check();
        await q.getByRole('button', { name: ui.hint }).click();
        await q.getByRole('button', { name: ui.check, exact: true }).click();
        await expect(q.getByRole('status').getByRole('link')).toBeVisible(); // "read the lesson again"
        await expectNoViolations(page, `item 1 of decouvrir-types with a hint and feedback (${code})`);
      }
      if (n === 7) {
        // The ordering as shown is never right: its feedback with the move buttons still there.
        await q.getByRole('button', { name: ui.check, exact: true }).click();
        await expect(q.getByRole('status')).not.toBeEmpty();
        await expectNoViolations(page, `item 7 (ordering) with feedback (${code})`);
      }
      await q.getByRole('button', { name: ui.skip, exact: true }).click();
    }
    await expect(page.getByRole('region', { name: ui.results })).toBeVisible();
    await expectNoViolations(page, `the results of decouvrir-types (${code})`);

    // The intro again, now with the table of attempts.
    await page.goto(`/course/${web.id}/assessment/decouvrir-types`);
    await expect(page.getByRole('region', { name: ui.history })).toBeVisible();
    await expectNoViolations(page, `the intro of decouvrir-types with an attempt (${code})`);

    // A checkpoint item with selects (its third question), with no feedback.
    await page.goto(`/course/${web.id}/assessment/bilan-html-css`);
    await page.getByRole('button', { name: ui.start, exact: true }).click();
    await item(1, 6).getByRole('radio').first().check();
    await item(1, 6).getByRole('button', { name: ui.submit }).click();
    await item(2, 6).getByRole('textbox').fill('24');
    await item(2, 6).getByRole('button', { name: ui.submit }).click();
    await expect(item(3, 6).getByRole('combobox')).toHaveCount(3);
    await expectNoViolations(page, `item 3 of bilan-html-css, with selects (${code})`);

    // The review: the skipped items are due; one of them answered, with its feedback.
    await page.goto('/review');
    const start = page.getByRole('button', { name: ui.reviewStart });
    await expect(start).toBeVisible();
    await expectNoViolations(page, `the review page with items due (${code})`);
    await start.click();
    const first = page.getByRole('main').getByRole('region'); // the one item shown
    await first.getByRole('radio', { name: '<h1>', exact: true }).check();
    await first.getByRole('button', { name: ui.check, exact: true }).click();
    await expect(first.getByRole('status')).not.toBeEmpty();
    await expectNoViolations(page, `a review item answered, with feedback (${code})`);
  });
}
