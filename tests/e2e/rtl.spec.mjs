// Arabic: the whole page turns right to left, code stays left to right, and the choice sticks.
import { test, expect, openApp, downloadCourse, COURSES } from './fixtures.mjs';

const { interview } = COURSES;

// The Arabic lesson with both a fenced code block and inline code (public/courses/entretien-embauche).
const LESSON = {
  path: '/course/entretien-embauche/lesson/l03-lettre-email',
  titleAr: 'رسالة التحفيز ورسالة الترشيح الإلكترونية',
  inlineCode: 'Candidature spontanée – Développeuse web junior – Prénom Nom',
};

test('Arabic mirrors the layout, keeps code left to right, and persists across reloads', async ({ page }, testInfo) => {
  await openApp(page);
  await downloadCourse(page, interview);

  // Switch with the labelled select.
  const language = page.getByLabel('Langue');
  await expect(language).toHaveValue('fr');
  await language.selectOption({ label: 'العربية' });
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.getByLabel('اللغة')).toHaveValue('ar');

  // The UI speaks Arabic and the bilingual course shows its Arabic title.
  await expect(page.getByRole('region', { name: 'على هذا الجهاز' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'على هذا الجهاز' }).getByRole('link', { name: interview.titleAr, exact: true })).toBeVisible();

  // Mirrored: the brand sits on the right, the language switcher on its left.
  const brand = page.locator('.app-header__brand');
  const switcher = page.locator('#language-select');
  expect(await page.locator('body').evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
  const [b, s] = [await brand.boundingBox(), await switcher.boundingBox()];
  expect(b.x + b.width / 2, 'brand centre is right of the switcher centre').toBeGreaterThan(s.x + s.width / 2);
  expect(b.x + b.width).toBeGreaterThan(360 - 40); // hugs the right edge

  // The Arabic lesson: body right to left, code left to right.
  await page.getByRole('region', { name: 'على هذا الجهاز' }).getByRole('link', { name: 'فتح' }).click();
  await expect(page.getByRole('heading', { level: 1, name: interview.titleAr })).toBeVisible();
  await page.getByRole('link', { name: LESSON.titleAr, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${LESSON.path}$`));
  const title = page.getByRole('heading', { level: 1, name: LESSON.titleAr });
  await expect(title).toHaveAttribute('lang', 'ar');
  const body = page.locator('.lesson__body');
  await expect(body).toHaveAttribute('lang', 'ar');
  await expect(body).toHaveAttribute('dir', 'rtl');
  expect(await body.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');

  const blocks = body.locator('pre');
  await expect(blocks).toHaveCount(2);
  for (const pre of await blocks.all()) {
    await expect(pre).toHaveAttribute('dir', 'ltr');
    expect(await pre.evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
    expect(await pre.evaluate((el) => getComputedStyle(el).textAlign)).toMatch(/^(left|start)$/);
  }
  await expect(blocks.first()).toContainText('Candidature – Développeur web junior – Réf. DWJ-24');

  const inline = body.locator(':not(pre) > code', { hasText: LESSON.inlineCode });
  await expect(inline).toHaveCount(1);
  await expect(inline).toHaveAttribute('dir', 'ltr');
  expect(await inline.evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
  // ...inside an Arabic paragraph.
  expect(await inline.evaluate((el) => getComputedStyle(el.parentElement).direction)).toBe('rtl');

  // The lesson navigation follows the page direction.
  const nav = page.getByRole('navigation', { name: 'التنقل بين الدروس' });
  expect(await nav.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');

  // Screenshots at 360 px for a human: the first screen and the whole lesson.
  const first = testInfo.outputPath('ar-lesson-360.png');
  const full = testInfo.outputPath('ar-lesson-360-full.png');
  await page.screenshot({ path: first });
  await page.screenshot({ path: full, fullPage: true });
  await testInfo.attach('ar-lesson-360', { path: first, contentType: 'image/png' });
  await testInfo.attach('ar-lesson-360-full', { path: full, contentType: 'image/png' });
  for (const [name, locator] of [
    ['ar-lesson-360-code-block', blocks.first()],
    ['ar-lesson-360-inline-code', inline.locator('xpath=..')],
  ]) {
    const path = testInfo.outputPath(`${name}.png`);
    await locator.screenshot({ path });
    await testInfo.attach(name, { path, contentType: 'image/png' });
  }

  // The choice persists (localStorage) across a reload, on the very first paint of the app.
  await page.reload();
  await page.locator('html[data-app-ready]').waitFor({ state: 'attached' });
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.getByLabel('اللغة')).toHaveValue('ar');
  await expect(title).toBeVisible();
  await expect(page.getByRole('button', { name: 'أنهيت الدرس' })).toBeVisible();

  // And back to French mirrors back.
  await page.getByLabel('اللغة').selectOption('fr');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  const [b2, s2] = [await brand.boundingBox(), await switcher.boundingBox()];
  expect(b2.x + b2.width / 2).toBeLessThan(s2.x + s2.width / 2);
});

// The lesson's title, body, breadcrumb and previous/next titles follow the language switcher at
// once, not only the UI chrome around them.
test('switching language on an open lesson switches the lesson text too', async ({ page }) => {
  await openApp(page);
  await downloadCourse(page, interview);
  await page.goto(LESSON.path);
  const title = page.getByRole('heading', { level: 1 });
  await expect(title).toHaveText("La lettre de motivation et l'e-mail de candidature");
  await page.getByLabel('Langue').selectOption('ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('button', { name: 'أنهيت الدرس' })).toBeVisible();
  await expect(title).toHaveText(LESSON.titleAr);
  await expect(page.locator('.lesson__body')).toHaveAttribute('lang', 'ar');
  await expect(page.locator('.lesson__body')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('navigation', { name: 'فهرس الدورة' })).toContainText(interview.titleAr);
});
