// The learner's portfolio: a project with a photo compressed on the device and still there
// offline; a profile with a photo, a language and a link; editing, reordering by keyboard,
// deleting and undoing; validation next to the fields; no WCAG 2.1 AA violation in French and
// Arabic; achievements earned in a course, one hidden, and their skills offered for a project.
import { test, expect, openApp, downloadCourse, waitForServiceWorker, tabTo, describeFocus, storedPortfolio, expectNoViolations, COURSES } from './fixtures.mjs';
import { checkpoint, module3, completeModule3 } from './checkpoint.mjs';
import { png } from './png.mjs';


// ---------------------------------------------------------------------------------------------
// Helpers

const stored = storedPortfolio;

/** Waits until an <img> has been decoded and returns its natural size. */
async function decoded(img) {
  await expect(img).toBeVisible();
  await expect.poll(() => img.evaluate((el) => el.complete && el.naturalWidth > 0)).toBe(true);
  return img.evaluate((el) => ({ width: el.naturalWidth, height: el.naturalHeight }));
}

const entries = (page) => page.locator('.entry-list > li > article');
const entryTitles = (page) => page.locator('.entry-list .entry__title').allTextContents();

/** Creates an entry through the form (French UI) and waits for the portfolio page. */
async function addEntry(page, { title, reflection = false, description = '' }) {
  await page.goto('/portfolio');
  await page.getByRole('link', { name: reflection ? 'Ajouter une réflexion' : 'Ajouter un projet' }).click();
  await expect(page.getByRole('heading', { level: 1, name: reflection ? 'Nouvelle réflexion' : 'Nouveau projet' })).toBeVisible();
  await page.getByLabel('Titre', { exact: true }).fill(title);
  if (description) await page.getByLabel('Présentation').fill(description);
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page).toHaveURL(/\/portfolio$/);
  await expect(page.getByRole('heading', { level: 3, name: title, exact: true })).toBeVisible();
}

/** Expects `control` to be invalid, with `message` in the element its aria-describedby names. */
async function expectProblem(control, message) {
  await expect(control).toHaveAttribute('aria-invalid', 'true');
  const ids = (await control.getAttribute('aria-describedby')) ?? '';
  const texts = await control.evaluate(
    (el, list) => list.split(' ').filter(Boolean).map((id) => document.getElementById(id)?.textContent ?? ''),
    ids,
  );
  expect(texts.join(' | '), `aria-describedby="${ids}"`).toContain(message);
}

// ---------------------------------------------------------------------------------------------

test('a project with a big photo is compressed on the device and is still there offline', async ({ page, context, server }) => {
  test.setTimeout(120_000);
  await openApp(page, '/portfolio');
  await expect(page.getByText("Votre portfolio est vide pour l'instant.")).toBeVisible();
  await waitForServiceWorker(page);
  await page.reload();
  await page.locator('html[data-app-ready]').waitFor({ state: 'attached' });

  await page.getByRole('link', { name: 'Ajouter un projet' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nouveau projet' })).toBeVisible();
  await page.getByLabel('Titre', { exact: true }).fill('Site vitrine');
  await page.getByLabel('Présentation').fill('Un site **responsive** pour une boulangerie de Smara.\n\n- HTML sémantique\n- CSS Grid\n\n<script>alert(1)</script>');
  await page.getByLabel('Rôle').fill('Intégration, en binôme');
  await page.getByLabel('Début').fill('2025-03');
  await page.getByLabel('Fin').fill('2025-06');
  await page.getByLabel('Adresse du code source').fill('https://github.com/salma/vitrine');
  await page.getByLabel('Adresse du site en ligne').fill('https://salma.github.io/vitrine');
  await page.getByLabel('Compétences', { exact: true }).fill('HTML, CSS, html, travail en équipe');

  // A 3000 × 2000 photo-like PNG (gradient and grain): several megabytes.
  const photo = png(3000, 2000, 60);
  await page.getByLabel('Ajouter une image').setInputFiles({ name: 'vitrine.png', mimeType: 'image/png', buffer: photo });
  const alt = page.getByLabel("Description de l'image 1");
  await expect(alt).toBeFocused(); // next: say what the image shows
  await alt.fill("Page d'accueil du site vitrine");
  const preview = page.getByRole('img', { name: "Page d'accueil du site vitrine" });
  const size = await decoded(preview);
  expect(Math.max(size.width, size.height)).toBeLessThanOrEqual(1280);

  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page).toHaveURL(/\/portfolio$/);
  const card = entries(page).first();
  await expect(card.getByRole('heading', { level: 3, name: 'Site vitrine' })).toBeVisible();
  await expect(card.getByText('Projet', { exact: true })).toBeVisible();
  await expect(card.getByText('mars 2025 – juin 2025')).toBeVisible();
  await expect(card.getByText('Rôle : Intégration, en binôme')).toBeVisible();
  await expect(card.locator('strong', { hasText: 'responsive' })).toBeVisible();
  await expect(card.getByText('<script>alert(1)</script>')).toBeVisible(); // shown as text, never run
  await expect(card.getByRole('link', { name: /^Code source/ })).toHaveAttribute('href', 'https://github.com/salma/vitrine');
  await expect(card.getByRole('list', { name: 'Compétences' }).getByRole('listitem')).toHaveText(['HTML', 'CSS', 'travail en équipe']);
  const shown = await decoded(card.getByRole('img', { name: "Page d'accueil du site vitrine" }));

  const { portfolio, images } = await stored(page);
  const [entry] = portfolio.entries;
  expect(entry).toMatchObject({ title: 'Site vitrine', kind: 'project', start: '2025-03', end: '2025-06', skills: ['HTML', 'CSS', 'travail en équipe'] });
  expect(entry.id).toMatch(/^e-/);
  const [image] = entry.images;
  expect(image).toMatchObject({ media_type: 'image/jpeg', alt: "Page d'accueil du site vitrine" });
  expect(images[image.id].jpeg).toBe(true);
  expect(images[image.id].size).toBe(image.bytes);
  expect(image.bytes).toBeLessThanOrEqual(150_000);
  expect([image.width, image.height]).toEqual([shown.width, shown.height]);
  test.info().annotations.push({
    type: 'image',
    description: `3000×2000 PNG of ${photo.length} bytes → ${image.width}×${image.height} JPEG of ${image.bytes} bytes`,
  });

  // No network at all: the browser is offline and the server is gone.
  await context.setOffline(true);
  await server.kill();
  await page.reload();
  await page.locator('html[data-app-ready]').waitFor({ state: 'attached' });
  await expect(page.getByRole('heading', { level: 1, name: 'Mon portfolio' })).toBeVisible();
  const again = entries(page).first();
  await expect(again.getByRole('heading', { level: 3, name: 'Site vitrine' })).toBeVisible();
  await decoded(again.getByRole('img', { name: "Page d'accueil du site vitrine" }));
  // The skill links to the entry that proves it.
  const skills = page.getByRole('region', { name: 'Compétences' });
  await skills.getByRole('link', { name: 'Site vitrine' }).first().click();
  await expect(page).toHaveURL(new RegExp(`#entry-${entry.id}$`));
});

test('a profile with a photo, a language and a link is shown on the portfolio', async ({ page }) => {
  await openApp(page, '/portfolio');
  await page.getByRole('link', { name: 'Compléter mon profil' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Modifier mon profil' })).toBeVisible();

  await page.getByLabel('Photo de profil').setInputFiles({ name: 'moi.png', mimeType: 'image/png', buffer: png(2400, 3200, 40) });
  await page.getByLabel('Nom et prénom').fill('Salma Idrissi');
  await decoded(page.getByRole('img', { name: 'Salma Idrissi' }));
  await page.getByLabel('Titre professionnel').fill('Développeuse web junior');
  await page.getByLabel('Ville').fill('Smara');
  await page.getByLabel('E-mail').fill('salma@example.ma');
  await page.getByLabel('À propos de moi').fill("J'aime construire des sites simples et rapides.");

  await page.getByRole('button', { name: 'Ajouter une langue' }).click();
  await expect(page.getByLabel('Langue 1')).toBeFocused();
  await page.keyboard.type('Arabe');
  await page.getByLabel('Niveau 1').selectOption({ label: 'Langue maternelle' });
  await page.getByRole('button', { name: 'Ajouter une langue' }).click();
  await page.getByLabel('Langue 2').fill('Français');
  await page.getByLabel('Niveau 2').selectOption({ label: 'C1 – autonome' });
  await page.getByRole('button', { name: 'Ajouter une langue' }).click();
  await page.getByRole('button', { name: 'Retirer la langue 3' }).click(); // a row can go again
  await expect(page.getByLabel('Langue 3')).toHaveCount(0);

  await page.getByRole('button', { name: 'Ajouter un lien' }).click();
  await expect(page.getByLabel('Nom du lien 1')).toBeFocused();
  await page.keyboard.type('GitHub');
  await page.getByLabel('Adresse du lien 1').fill('https://github.com/salma');
  await page.getByRole('button', { name: 'Enregistrer' }).click();

  await expect(page).toHaveURL(/\/portfolio$/);
  const profile = page.getByRole('region', { name: 'Salma Idrissi' });
  await expect(profile.getByRole('heading', { level: 2, name: 'Salma Idrissi' })).toBeVisible();
  await expect(profile.getByText('Développeuse web junior')).toBeVisible();
  await expect(profile.getByText('Smara')).toBeVisible();
  await expect(profile.getByRole('link', { name: 'salma@example.ma' })).toHaveAttribute('href', 'mailto:salma@example.ma');
  await expect(profile.getByRole('listitem').filter({ hasText: 'Arabe' })).toHaveText('Arabe · Langue maternelle');
  await expect(profile.getByRole('listitem').filter({ hasText: 'Français' })).toHaveText('Français · C1 – autonome');
  await expect(profile.getByRole('link', { name: /^GitHub/ })).toHaveAttribute('href', 'https://github.com/salma');
  const size = await decoded(profile.getByRole('img', { name: 'Salma Idrissi' }));
  expect(Math.max(size.width, size.height)).toBeLessThanOrEqual(512);

  const { portfolio, images } = await stored(page);
  const photo = portfolio.profile.photo;
  expect(photo).toMatchObject({ media_type: 'image/jpeg', alt: 'Salma Idrissi' });
  expect(photo.bytes).toBeLessThanOrEqual(100_000);
  expect(images[photo.id].size).toBe(photo.bytes);
  expect(Object.keys(images)).toEqual([photo.id]);
  test.info().annotations.push({ type: 'photo', description: `2400×3200 PNG → ${photo.width}×${photo.height} JPEG of ${photo.bytes} bytes` });

  // Edit again: the form shows what is stored; removing the photo drops its bytes.
  await page.getByRole('link', { name: 'Modifier mon profil' }).click();
  await expect(page.getByLabel('Nom et prénom')).toHaveValue('Salma Idrissi');
  await expect(page.getByLabel('Niveau 2')).toHaveValue('c1');
  await page.getByRole('button', { name: 'Retirer la photo' }).click();
  await expect(page.getByLabel('Photo de profil')).toBeFocused();
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page).toHaveURL(/\/portfolio$/);
  await expect(page.getByRole('region', { name: 'Salma Idrissi' }).getByRole('img')).toHaveCount(0);
  expect((await stored(page)).images).toEqual({});
});

test('entries are edited, reordered by keyboard, deleted and brought back', async ({ page }) => {
  await openApp(page, '/portfolio');
  await addEntry(page, { title: 'Site vitrine' });
  await addEntry(page, { title: 'Ce que Flexbox m’a appris', reflection: true, description: 'Centrer un bloc, enfin.' });
  // A new entry goes on top.
  await expect.poll(() => entryTitles(page)).toEqual(['Ce que Flexbox m’a appris', 'Site vitrine']);
  await expect(entries(page).first().getByText('Réflexion', { exact: true })).toBeVisible();

  // Edit: the form is filled with the entry; the new title shows where the entry stands.
  await page.getByRole('link', { name: 'Modifier « Site vitrine »' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Modifier « Site vitrine »' })).toBeVisible();
  const title = page.getByLabel('Titre', { exact: true });
  await expect(title).toHaveValue('Site vitrine');
  await title.fill('Site vitrine de la boulangerie');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page).toHaveURL(/\/portfolio$/);
  await expect.poll(() => entryTitles(page)).toEqual(['Ce que Flexbox m’a appris', 'Site vitrine de la boulangerie']);

  // Reorder with the keyboard only; focus follows the moved entry.
  const up = page.getByRole('button', { name: 'Monter « Site vitrine de la boulangerie »' });
  const down = page.getByRole('button', { name: 'Descendre « Site vitrine de la boulangerie »' });
  await expect(up).toBeEnabled();
  await expect(down).toBeDisabled(); // last already
  await tabTo(page, up);
  await page.keyboard.press('Enter');
  await expect.poll(() => entryTitles(page)).toEqual(['Site vitrine de la boulangerie', 'Ce que Flexbox m’a appris']);
  await expect(up).toBeDisabled();
  await expect(down, `focus is on ${await describeFocus(page)}`).toBeFocused(); // the pressed one is disabled now
  await page.keyboard.press('Enter');
  await expect.poll(() => entryTitles(page)).toEqual(['Ce que Flexbox m’a appris', 'Site vitrine de la boulangerie']);
  await expect(up).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(() => entryTitles(page)).toEqual(['Site vitrine de la boulangerie', 'Ce que Flexbox m’a appris']);
  await page.reload();
  await expect.poll(() => entryTitles(page)).toEqual(['Site vitrine de la boulangerie', 'Ce que Flexbox m’a appris']);

  // Delete, with the keyboard: the entry goes, a bar offers to undo and takes the focus.
  await tabTo(page, page.getByRole('button', { name: 'Supprimer « Ce que Flexbox m’a appris »' }));
  await page.keyboard.press('Enter');
  const status = page.getByRole('status').filter({ hasText: '« Ce que Flexbox m’a appris » supprimé' });
  await expect(status).toBeVisible();
  await expect.poll(() => entryTitles(page)).toEqual(['Site vitrine de la boulangerie']);
  const undo = status.getByRole('button', { name: 'Annuler' });
  await expect(undo).toBeFocused();

  // The undo survives a reload (until the next delete).
  await page.reload();
  await expect(status).toBeVisible();
  await expect.poll(() => entryTitles(page)).toEqual(['Site vitrine de la boulangerie']);
  await status.getByRole('button', { name: 'Annuler' }).click();
  await expect.poll(() => entryTitles(page)).toEqual(['Ce que Flexbox m’a appris', 'Site vitrine de la boulangerie']);
  await expect(status).toHaveCount(0);
  await expect(entries(page).first()).toBeFocused();
  await page.reload();
  await expect.poll(() => entryTitles(page)).toEqual(['Ce que Flexbox m’a appris', 'Site vitrine de la boulangerie']);
  const { portfolio } = await stored(page);
  expect(portfolio.deleted ?? null).toBeNull();

  // An entry that does not exist says so.
  await page.goto('/portfolio/entry/e-inconnue');
  await expect(page.getByRole('heading', { level: 1, name: 'Projet introuvable' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Retour à mon portfolio' })).toBeVisible();
});

test('problems are shown next to their fields and focus goes to the first one', async ({ page }) => {
  await openApp(page, '/portfolio/entry/new');
  await expect(page.getByRole('heading', { level: 1, name: 'Nouveau projet' })).toBeVisible();
  const title = page.getByLabel('Titre', { exact: true });
  const repository = page.getByLabel('Adresse du code source');
  await repository.fill('github.com/salma/vitrine');
  await page.getByLabel('Début').fill('2025-06');
  await page.getByLabel('Fin').fill('2025-03');
  await page.getByRole('button', { name: 'Enregistrer' }).click();

  await expect(title).toBeFocused();
  await expectProblem(title, 'Ce champ est obligatoire.');
  await expectProblem(repository, 'Adresse invalide');
  await expectProblem(page.getByLabel('Fin'), 'La fin ne peut pas précéder le début.');
  await expect(page).toHaveURL(/\/portfolio\/entry\/new$/); // nothing saved

  // Fixed fields lose their message at once; the next save focuses what is left.
  await title.fill('Site vitrine');
  await expect(title).not.toHaveAttribute('aria-invalid');
  await expect(title).not.toHaveAttribute('aria-describedby');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByLabel('Fin')).toBeFocused();

  // A file that is not an image is refused next to the picker.
  const picker = page.getByLabel('Ajouter une image');
  await picker.setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('pas une image') });
  await expect(page.getByRole('alert').filter({ hasText: "Ce fichier n'est pas une image lisible." })).toBeVisible();
  await expectProblem(picker, "Ce fichier n'est pas une image lisible.");

  await page.getByLabel('Fin').fill('2025-09');
  await repository.fill('https://github.com/salma/vitrine');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page).toHaveURL(/\/portfolio$/);
  await expect(page.getByRole('heading', { level: 3, name: 'Site vitrine' })).toBeVisible();

  // The profile form too: a bad e-mail and a link without address.
  await page.goto('/portfolio/profile');
  const email = page.getByLabel('E-mail');
  await email.fill('salma@');
  await page.getByRole('button', { name: 'Ajouter un lien' }).click();
  await page.getByLabel('Nom du lien 1').fill('GitHub');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(email).toBeFocused();
  await expectProblem(email, 'Adresse e-mail invalide.');
  await expectProblem(page.getByLabel('Adresse du lien 1'), 'Ce champ est obligatoire.');
});

test('an open answer kept for the portfolio becomes a reflection in one tap', async ({ page }) => {
  const { interview } = COURSES;
  await openApp(page);
  await downloadCourse(page, interview);
  // The last item of the interview checkpoint, answered with "keep for my portfolio" ticked, as
  // the assessment page stores it.
  const text = "Je m'appelle Yousra, je viens de terminer la formation JobInTech en développement web.";
  await page.evaluate(
    ({ course, text }) =>
      new Promise((resolve, reject) => {
        const request = indexedDB.open('nour');
        request.onsuccess = () => {
          const tx = request.result.transaction('progress', 'readwrite');
          tx.objectStore('progress').put({
            course_id: course,
            events: [],
            attempts: [{ id: 'bilan-entretien@1000', assessment_id: 'bilan-entretien', course_version: '1.1.0', seed: 1, order: ['q-presentation-ecrite'], started_ms: 1000 }],
            answers: [{
              attempt_id: 'bilan-entretien@1000', assessment_id: 'bilan-entretien', item_id: 'q-presentation-ecrite',
              response: { open: { text, checked: [0, 1], portfolio: true } }, credit: 50, correct: false, hints_used: 0, at_ms: 2000,
            }],
          });
          tx.oncomplete = () => { request.result.close(); resolve(); };
          tx.onerror = () => reject(tx.error);
        };
        request.onerror = () => reject(request.error);
      }),
    { course: interview.id, text },
  );
  await page.goto('/portfolio');
  const kept = page.getByRole('region', { name: 'Réponses gardées pour mon portfolio' });
  await expect(kept.getByRole('heading', { level: 3, name: 'Votre présentation' })).toBeVisible();
  await expect(kept.getByText(text)).toBeVisible();
  await kept.getByRole('button', { name: 'En faire une réflexion' }).click();
  await expect(kept.getByText('Ajoutée à mes réflexions.')).toBeVisible();
  await expect(kept.getByRole('button', { name: 'En faire une réflexion' })).toHaveCount(0);
  const entries = page.getByRole('region', { name: 'Projets et réflexions' });
  const card = entries.getByRole('article', { name: 'Votre présentation' });
  await expect(card).toBeVisible();
  await expect(card).toContainText(text);
  const { portfolio } = await storedPortfolio(page);
  expect(portfolio.entries).toHaveLength(1);
  expect(portfolio.entries[0]).toMatchObject({ kind: 'reflection', title: 'Votre présentation', description: text });
  // Made once: a reload still shows it as added.
  await page.reload();
  await expect(kept.getByText('Ajoutée à mes réflexions.')).toBeVisible();
});

test('achievements come by themselves, one can be hidden, and their skills are offered for a project', async ({ page }) => {
  test.setTimeout(120_000);
  await openApp(page);
  await downloadCourse(page, COURSES.web);
  await completeModule3(page); // two achievements: the checkpoint and its module

  await page.goto('/portfolio');
  const list = page.getByRole('region', { name: 'Mes réussites' }).locator('.achievement');
  await expect(list).toHaveCount(2);
  const passed = list.filter({ hasText: checkpoint.title.fr });
  const completed = list.filter({ hasText: module3.title.fr });
  await expect(passed.getByText('Évaluation réussie')).toBeVisible();
  await expect(passed.getByText(/Score : 100 %/)).toBeVisible();
  await expect(passed.getByText(`Cours : ${COURSES.web.title}`)).toBeVisible();
  await expect(completed.getByText('Module terminé')).toBeVisible();

  // Each skill of the module links to both achievements.
  const skill = page.locator('.skill').filter({ hasText: 'Créer une page responsive, mobile-first' });
  const evidence = skill.getByRole('list', { name: 'Preuves : Créer une page responsive, mobile-first' }).getByRole('link');
  await expect(evidence).toHaveText([checkpoint.title.fr, module3.title.fr]);
  await evidence.first().click();
  await expect(page).toHaveURL(new RegExp(`#achievement-${COURSES.web.id}/checkpoint/${checkpoint.id}$`));

  // Hide the module's achievement, by keyboard; it leaves the skills, and stays hidden.
  const show = completed.getByRole('switch', { name: 'Montrer dans mon portfolio' });
  await expect(show).toBeChecked();
  await show.focus();
  await page.keyboard.press('Space');
  await expect(show).not.toBeChecked();
  await expect(completed.getByText('Masquée')).toBeVisible();
  await expect(evidence).toHaveText([checkpoint.title.fr]);
  await page.reload();
  await expect(show).not.toBeChecked();
  await expect(evidence).toHaveText([checkpoint.title.fr]);
  expect((await stored(page)).portfolio.hidden_achievements).toEqual([`${COURSES.web.id}/module/${module3.id}`]);
  await expectNoViolations(page, 'the portfolio with achievements, one hidden (fr)');

  // A new project offers the course's skills; one tap adds one.
  await page.getByRole('link', { name: 'Ajouter un projet' }).click();
  const offer = page.getByRole('button', { name: 'Ajouter la compétence « Créer une page responsive, mobile-first »' });
  await offer.click();
  const skills = page.getByLabel('Compétences', { exact: true });
  await expect(skills).toHaveValue('Créer une page responsive, mobile-first');
  await expect(skills).toBeFocused();
  await expect(offer).toHaveCount(0);
  await page.getByLabel('Titre', { exact: true }).fill('Page de recettes');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page).toHaveURL(/\/portfolio$/);
  await expect(evidence).toHaveText(['Page de recettes', checkpoint.title.fr]);
});

// ---------------------------------------------------------------------------------------------
// WCAG 2.1 A/AA (axe-core), in French and in Arabic (right to left).


for (const [code, label, ui] of [
  ['fr', 'French', { save: 'Enregistrer', addLanguage: 'Ajouter une langue', addLink: 'Ajouter un lien', undo: 'Annuler' }],
  ['ar', 'Arabic', { save: 'حفظ', addLanguage: 'إضافة لغة', addLink: 'إضافة رابط', undo: 'تراجع' }],
]) {
  test(`portfolio pages have no WCAG 2.1 AA violations in ${label}`, async ({ page }) => {
    await openApp(page, '/portfolio');
    if (code !== 'fr') {
      await page.locator('#language-select').selectOption(code);
      await page.reload();
      await page.locator('html[data-app-ready]').waitFor({ state: 'attached' });
    }
    await expect(page.locator('html')).toHaveAttribute('lang', code);
    await expect(page.locator('.portfolio__empty')).toBeVisible();
    await expectNoViolations(page, `the empty portfolio (${code})`);

    // The profile form with a language and a link row, then with its problems shown.
    await page.goto('/portfolio/profile');
    await page.getByRole('button', { name: ui.addLanguage }).click();
    await page.getByRole('button', { name: ui.addLink }).click();
    await page.locator('#profile-language-0').fill(code === 'ar' ? 'العربية' : 'Arabe');
    await page.locator('#profile-link-label-0').fill('GitHub');
    await expectNoViolations(page, `the profile form (${code})`);
    await page.locator('#profile-email').fill('salma@');
    await page.getByRole('button', { name: ui.save }).click();
    await expect(page.locator('#profile-email')).toBeFocused();
    await expectNoViolations(page, `the profile form with problems (${code})`);
    await page.locator('#profile-email').fill('salma@example.ma');
    await page.locator('#profile-name').fill('سلمى الإدريسي');
    await page.locator('#profile-link-url-0').fill('https://github.com/salma');
    await page.locator('#profile-photo').setInputFiles({ name: 'moi.png', mimeType: 'image/png', buffer: png(800, 800, 30) });
    await expect(page.locator('.photo-field__preview img')).toBeVisible();
    await page.getByRole('button', { name: ui.save }).click();
    await expect(page).toHaveURL(/\/portfolio$/);

    // The entry form, empty, then with its problems shown and an image.
    await page.goto('/portfolio/entry/new');
    await expect(page.locator('#entry-title')).toBeVisible();
    await expectNoViolations(page, `the new entry form (${code})`);
    await page.locator('#entry-live').fill('pas une adresse');
    await page.getByRole('button', { name: ui.save }).click();
    await expect(page.locator('#entry-title')).toBeFocused();
    await page.locator('#entry-images').setInputFiles({ name: 'capture.png', mimeType: 'image/png', buffer: png(1000, 700, 30) });
    await expect(page.locator('#entry-image-alt-0')).toBeFocused();
    await expectNoViolations(page, `the entry form with problems and an image (${code})`);
    await page.locator('#entry-title').fill('Site vitrine');
    await page.locator('#entry-live').fill('https://salma.github.io/vitrine');
    await page.locator('#entry-description').fill('Un site **simple**.\n\n- HTML\n- CSS');
    await page.locator('#entry-skills').fill('HTML, CSS');
    await page.getByRole('button', { name: ui.save }).click();
    await expect(page).toHaveURL(/\/portfolio$/);

    // A filled portfolio, then with a deleted entry waiting in the undo bar.
    await expect(page.locator('.entry')).toHaveCount(1);
    await decoded(page.locator('.entry__image'));
    await decoded(page.locator('.profile__photo'));
    await expectNoViolations(page, `the portfolio with a profile and an entry (${code})`);
    await page.locator('.entry__delete').click();
    await expect(page.getByRole('button', { name: ui.undo })).toBeFocused();
    await expectNoViolations(page, `the portfolio with the undo bar (${code})`);
  });
}
