// Keyboard use, which axe cannot judge: where focus goes after each action.
import { test, expect, openApp, onDevice, downloadCourse, COURSES } from './fixtures.mjs';

const { web } = COURSES;

const focused = (page) => page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120) ?? null);

test('a keyboard user can switch language and download a course', async ({ page }) => {
  await openApp(page);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Aller au contenu' })).toBeFocused();
  await expect(page.getByRole('link', { name: 'Aller au contenu' })).toBeVisible(); // shown on focus

  await page.getByLabel('Langue').focus();
  await page.keyboard.press('ArrowDown'); // a native select changes value with the arrows
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await page.keyboard.press('ArrowUp');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');

  await page.getByRole('button', { name: /^Télécharger Initiation/ }).focus();
  await page.keyboard.press('Enter');
  await expect(onDevice(page).getByRole('link', { name: web.title, exact: true })).toBeVisible();
});

// WCAG 2.4.1 Bypass Blocks: the skip link is a plain fragment link that the router leaves to the
// browser, so focus lands in <main id="content" tabindex="-1"> and the next Tab stays inside it.
test('the skip link moves focus to the main content', async ({ page }) => {
  await openApp(page);
  // Something focusable must be in <main> for the second Tab to land there.
  await expect(page.getByRole('button', { name: /^Télécharger Initiation/ })).toBeVisible();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.locator('main#content')).toBeFocused();
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.querySelector('main').contains(document.activeElement))).toBe(true);
});

// WCAG 2.4.3 Focus Order: "Supprimer …" is replaced by "Confirmer la suppression" / "Annuler",
// and a finished download's button by "Ouvrir"; focus must move to the new control rather than
// fall back to <body>, or a keyboard or screen-reader user never meets it.
test('focus stays on the course card when removing and after downloading', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: /^Télécharger Initiation/ }).focus();
  await page.keyboard.press('Enter');
  await expect(onDevice(page).getByRole('link', { name: web.title, exact: true })).toBeVisible();
  expect(await focused(page), 'focus after the download').not.toMatch(/^<body/);

  const card = onDevice(page).getByTestId('installed-course');
  await card.getByRole('button', { name: `Supprimer ${web.title}` }).focus();
  await page.keyboard.press('Enter');
  const confirm = card.getByRole('button', { name: 'Confirmer la suppression' });
  await expect(confirm).toBeVisible();
  expect(await card.evaluate((el) => el.contains(document.activeElement)), `focus is on ${await focused(page)}`).toBe(true);
});
