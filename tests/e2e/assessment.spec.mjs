// Self-assessments: a practice of every item type taken by keyboard alone, and a checkpoint
// resumed after a reload with no network, then passed so its module counts as complete.
import {
  test,
  expect,
  openApp,
  onDevice,
  available,
  downloadCourse,
  waitForServiceWorker,
  tabTo,
  pressOn,
  describeFocus,
  chooseWithArrows,
  learnerRecord,
  COURSES,
} from './fixtures.mjs';
import {
  bundle,
  assessments,
  checkpoint,
  module3,
  itemOf,
  promptText,
  itemRegion,
  answerCheckpointItem,
  identify,
  markLessonsDone,
} from './checkpoint.mjs';

const { web } = COURSES;

const practice = assessments.find((a) => a.id === 'decouvrir-types');

// -------------------------------------------------------------------------------------------------
// 1. Practice, every item type, keyboard only.

test('a keyboard user takes the practice with every item type, with hints and feedback', async ({ page }) => {
  const N = practice.items.length; // 9
  /** A soft check (the journey goes on): focus reaches `locator` within 2 s. */
  const focusIs = async (locator, what) => {
    const ok = await expect(locator).toBeFocused({ timeout: 2_000 }).then(() => true, () => false);
    expect.soft(ok, `focus ${what}; it is on ${await describeFocus(page)}`).toBe(true);
  };
  const waitFocus = (locator) => expect(locator).toBeFocused();

  // Catalog → download → course page → practice → start, with the keyboard only.
  await openApp(page);
  await pressOn(page, available(page).getByRole('button', { name: /^Télécharger Initiation/ }));
  await expect(onDevice(page).getByRole('link', { name: web.title, exact: true })).toBeVisible();
  await pressOn(page, onDevice(page).getByRole('link', { name: 'Ouvrir' }));
  await expect(page.getByRole('heading', { level: 1, name: web.title })).toBeVisible();
  await pressOn(page, page.getByRole('link', { name: practice.title.fr, exact: true }));
  await expect(page.getByRole('heading', { level: 1, name: practice.title.fr })).toBeVisible();
  await expect(page.getByText(`${N} questions. Correction immédiate`)).toBeVisible();
  await pressOn(page, page.getByRole('button', { name: 'Commencer', exact: true }));

  const check = (q) => q.getByRole('button', { name: 'Vérifier', exact: true });
  const next = (q) => q.getByRole('button', { name: 'Question suivante', exact: true });
  /** Checks the answer with the keyboard and returns the item's status region. */
  const verify = async (q) => {
    await pressOn(page, check(q));
    return q.getByRole('status');
  };
  /** After a right answer: focus is on "Question suivante" (or "Voir le résultat"); go on. */
  const moveOn = async (q, n) => {
    const button = n === N ? q.getByRole('button', { name: 'Voir le résultat', exact: true }) : next(q);
    await waitFocus(button);
    await expect(check(q)).toBeHidden(); // a right answer is final
    await page.keyboard.press('Enter');
    if (n < N) await waitFocus(itemRegion(page, n + 1, N).getByRole('heading', { level: 2 }));
  };

  // Q1, single choice: a wrong choice, both hints one at a time, then the right choice.
  let q = itemRegion(page, 1, N);
  await expect(q).toContainText(promptText(practice.items[0]));
  await focusIs(q.getByRole('heading', { level: 2, name: `Question 1 sur ${N}` }), 'after "Commencer" is on the first question');
  await tabTo(page, q.getByRole('radio', { name: '<title>', exact: true })); // Tab enters the group on its first radio
  await page.keyboard.press('ArrowDown');
  await expect(q.getByRole('radio', { name: '<h1>', exact: true })).toBeChecked();
  let status = await verify(q);
  await expect(status).toContainText('Pas tout à fait.');
  await expect(status).toContainText("Non : <h1> est le grand titre affiché dans la page, pas dans l'onglet.");
  await expect(status.getByRole('link', { name: "Relire la leçon : La structure d'un document HTML" })).toBeVisible();
  await expect(status).not.toContainText('Explication'); // kept for a right answer
  await expect(check(q)).toBeFocused(); // focus stays put: the status region announces the feedback
  await expect(q.getByRole('button', { name: 'Passer', exact: true })).toBeVisible();

  const hints = q.getByRole('list').filter({ hasText: 'Indice' });
  await pressOn(page, q.getByRole('button', { name: 'Afficher un indice (1 sur 2)' }));
  const hint1 = q.getByRole('listitem').filter({ hasText: 'Indice 1 sur 2' });
  await expect(hint1).toContainText('Cette balise se place dans <head>');
  await waitFocus(hint1);
  await expect(q.getByRole('listitem').filter({ hasText: 'Indice 2 sur 2' })).toHaveCount(0); // one at a time
  await pressOn(page, q.getByRole('button', { name: 'Afficher un indice (2 sur 2)' }));
  const hint2 = q.getByRole('listitem').filter({ hasText: 'Indice 2 sur 2' });
  await waitFocus(hint2);
  await expect(hints.getByRole('listitem')).toHaveCount(2);
  await expect(q.getByRole('button', { name: /^Afficher un indice/ })).toBeHidden(); // no third hint

  await tabTo(page, q.getByRole('radio', { name: '<h1>', exact: true })); // back into the group, on the checked radio
  await page.keyboard.press('ArrowUp');
  await expect(q.getByRole('radio', { name: '<title>', exact: true })).toBeChecked();
  status = await verify(q);
  await expect(status).toContainText('Bonne réponse !');
  await expect(status).toContainText('Oui : <title>, placée dans <head>');
  await expect(status.getByRole('heading', { name: 'Explication' })).toBeVisible();
  await expect(q.getByRole('radio', { name: '<title>', exact: true })).toBeDisabled();
  await moveOn(q, 1);

  // Q2, multiple choice (checkboxes, Space): wrong, then partly right, then right.
  q = itemRegion(page, 2, N);
  await expect(q).toContainText(promptText(practice.items[1]));
  const box = (name) => q.getByRole('checkbox', { name, exact: true });
  await pressOn(page, box('<br>'), 'Space');
  await pressOn(page, box('<p>'), 'Space');
  status = await verify(q);
  await expect(status).toContainText('Pas tout à fait.');
  await expect(status).toContainText('Oui : <br> force un retour à la ligne'); // feedback on each choice made
  await expect(status).toContainText('Non : un paragraphe entoure du texte');
  await pressOn(page, box('<img>'), 'Space');
  status = await verify(q);
  await expect(status).toContainText('En partie juste (33 % des points).');
  await pressOn(page, box('<p>'), 'Space');
  await pressOn(page, box('<meta>'), 'Space');
  await expect(box('<p>')).not.toBeChecked();
  status = await verify(q);
  await expect(status).toContainText('Bonne réponse !');
  await moveOn(q, 2);

  // Q3, true/false: Space checks "Vrai" (wrong), the arrow moves to "Faux" (right).
  q = itemRegion(page, 3, N);
  await pressOn(page, q.getByRole('radio', { name: 'Vrai', exact: true }), 'Space');
  await expect(q.getByRole('radio', { name: 'Vrai', exact: true })).toBeChecked();
  status = await verify(q);
  await expect(status).toContainText('Pas tout à fait.');
  await expect(status).toContainText('Non : Word ajoute sa propre mise en forme invisible');
  await tabTo(page, q.getByRole('radio', { name: 'Vrai', exact: true }));
  await page.keyboard.press('ArrowDown');
  await expect(q.getByRole('radio', { name: 'Faux', exact: true })).toBeChecked();
  status = await verify(q);
  await expect(status).toContainText('Bonne réponse !');
  await expect(status).toContainText("Exact : le code s'écrit dans un éditeur de texte brut");
  await moveOn(q, 3);

  // Q4, numeric: 4 earns half the points, 5 is right.
  q = itemRegion(page, 4, N);
  const number = q.getByRole('textbox', { name: 'Votre réponse (un nombre)' });
  await tabTo(page, number);
  await page.keyboard.type('4');
  status = await verify(q);
  await expect(status).toContainText('En partie juste (50 % des points).');
  await expect(status).toContainText('Presque : il en manque une.');
  await tabTo(page, number);
  await page.keyboard.press('Control+A');
  await page.keyboard.type('5');
  status = await verify(q);
  await expect(status).toContainText('Bonne réponse !');
  await moveOn(q, 4);

  // Q5, short text: "index" earns half, "index.HTML" is right (case does not matter).
  q = itemRegion(page, 5, N);
  const text = q.getByRole('textbox', { name: 'Votre réponse', exact: true });
  await tabTo(page, text);
  await page.keyboard.type('index');
  status = await verify(q);
  await expect(status).toContainText('En partie juste (50 % des points).');
  await expect(status).toContainText("C'est le bon nom, mais il manque l'extension .html");
  await tabTo(page, text);
  await page.keyboard.press('End');
  await page.keyboard.type('.HTML');
  status = await verify(q);
  await expect(status).toContainText('Bonne réponse !');
  await moveOn(q, 5);

  // Q6, fill in the blanks: three typed gaps, Tab from one to the next; one wrong, then fixed.
  q = itemRegion(page, 6, N);
  const gap = (k) => q.getByRole('textbox', { name: `Trou ${k} sur 3`, exact: true });
  await tabTo(page, gap(1));
  await page.keyboard.type('protocole');
  await page.keyboard.press('Tab');
  await expect(gap(2)).toBeFocused();
  await page.keyboard.type('nom de domaine');
  await page.keyboard.press('Tab');
  await expect(gap(3)).toBeFocused();
  await page.keyboard.type('fichier');
  status = await verify(q);
  await expect(status).toContainText('En partie juste (67 % des points).');
  await expect(status).toContainText('De gauche à droite, l\'adresse dit');
  await tabTo(page, gap(3));
  await page.keyboard.press('Control+A');
  await page.keyboard.type('chemin');
  status = await verify(q);
  await expect(status).toContainText('Bonne réponse !');
  await moveOn(q, 6);

  // Q7, ordering: the shown order is never the right one; move entries with their buttons.
  q = itemRegion(page, 7, N);
  const entries = itemOf(practice, 'q-requete-reponse').interaction.ordering.entries.map((e) => e.fr);
  const shown = async () =>
    (await q.getByRole('button', { name: /^Monter : / }).evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label'))))
      .map((label) => label.replace(/^Monter : /, ''));
  expect((await shown()).sort()).toEqual([...entries].sort());
  expect(await shown()).not.toEqual(entries);
  status = await verify(q);
  await expect(status).toContainText("L'ordre n'est pas encore le bon.");
  const up = (entry) => q.getByRole('button', { name: `Monter : ${entry}`, exact: true });
  const down = (entry) => q.getByRole('button', { name: `Descendre : ${entry}`, exact: true });
  /** Presses Enter on the focused move button of `entry` and checks where the entry and focus go. */
  const move = async (entry, direction) => {
    const from = (await shown()).indexOf(entry);
    const to = from + (direction === 'up' ? -1 : 1);
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await shown()).indexOf(entry)).toBe(to);
    // Focus follows the entry it moved: on the same button, or on the other one at either end
    // (the pressed one is then disabled). Otherwise Enter again would move another entry.
    const last = entries.length - 1;
    const keeper =
      direction === 'up' ? (to === 0 ? down(entry) : up(entry)) : to === last ? up(entry) : down(entry);
    const kept = await expect(keeper).toBeFocused({ timeout: 2_000 }).then(() => true, () => false);
    expect
      .soft(kept, `focus after moving «${entry}» ${direction} to position ${to + 1} is on ${await describeFocus(page)}`)
      .toBe(true);
    return kept;
  };
  // Both ends first, whatever the shuffle: the second entry up to the top, the one before last
  // down to the bottom.
  const second = (await shown())[1];
  await tabTo(page, up(second));
  await move(second, 'up');
  const beforeLast = (await shown())[entries.length - 2];
  await tabTo(page, down(beforeLast));
  await move(beforeLast, 'down');
  // Then each entry up into its place.
  for (let target = 0; target < entries.length; target++) {
    const entry = entries[target];
    let at = (await shown()).indexOf(entry);
    if (at > target) await tabTo(page, up(entry));
    while (at > target) {
      const kept = await move(entry, 'up');
      at -= 1;
      if (!kept && at > target) await tabTo(page, up(entry)); // reach it again to go on
    }
  }
  expect(await shown()).toEqual(entries);
  status = await verify(q);
  await expect(status).toContainText('Bonne réponse !');
  await moveOn(q, 7);

  // Q8, matching: one select per left entry, operated with the arrow keys; wrong, then right.
  q = itemRegion(page, 8, N);
  const { left, right } = itemOf(practice, 'q-squelette').interaction.matching;
  const select = (k) => q.getByRole('combobox', { name: left[k].fr, exact: true });
  await tabTo(page, select(0));
  await chooseWithArrows(page, select(0), right[1].fr);
  status = await verify(q);
  await expect(status).toContainText('Pas tout à fait.');
  await expect(status).toContainText('Certaines paires ne vont pas ensemble.');
  for (let k = 0; k < left.length; k++) {
    await tabTo(page, select(k));
    await chooseWithArrows(page, select(k), right[k].fr);
  }
  status = await verify(q);
  await expect(status).toContainText('Bonne réponse !');
  await moveOn(q, 8);

  // Q9, open answer: type in the text area, tick the rubric with Space: two criteria, then three.
  q = itemRegion(page, 9, N);
  await tabTo(page, q.getByRole('textbox', { name: 'Votre réponse', exact: true }));
  await page.keyboard.type('<!DOCTYPE html>\n<html lang="fr">\n<h1>Amina</h1>\n');
  const rubric = q.getByRole('group', { name: 'Vérifiez vous-même : votre réponse…' }).getByRole('checkbox');
  await expect(rubric).toHaveCount(3);
  await pressOn(page, rubric.nth(0), 'Space');
  await pressOn(page, rubric.nth(1), 'Space');
  status = await verify(q);
  await expect(status).toContainText('En partie juste (67 % des points).');
  await pressOn(page, rubric.nth(2), 'Space');
  status = await verify(q);
  await expect(status).toContainText('Bonne réponse !');
  await moveOn(q, 9);

  // Results: every question listed, the score out of 9 points.
  const results = page.getByRole('region', { name: 'Résultat' });
  await expect(results).toBeVisible();
  await expect(page.locator('main#content')).toBeFocused(); // the page moved on: focus on the content
  await expect(results.getByText(new RegExp(`^[\\d,]+ sur ${N} points \\(\\d+ %\\)$`))).toBeVisible();
  await expect(results.getByRole('heading', { level: 3, name: new RegExp(`^Question \\d sur ${N} · `) })).toHaveCount(N);
  await expect(results.getByRole('heading', { level: 3, name: `Question 1 sur ${N} · Réponse fausse` })).toBeVisible(); // first answers count
  await expect(results.getByRole('heading', { level: 3, name: `Question 4 sur ${N} · En partie juste (50 % des points).` })).toBeVisible();
  await expect(results.getByRole('button', { name: 'Recommencer' })).toBeVisible();

  // Every answer was stored as it was given: one per check above, none skipped.
  const record = await learnerRecord(page, web.id);
  const answers = record.answers.filter((a) => a.assessment_id === practice.id);
  expect(new Set(answers.map((a) => a.item_id)).size).toBe(N);
  expect(answers.filter((a) => a.correct)).toHaveLength(N);
  expect(answers.some((a) => a.response === 'skipped')).toBe(false);
  expect(answers.find((a) => a.item_id === 'q-titre-onglet' && a.correct).hints_used).toBe(2);
});

// -------------------------------------------------------------------------------------------------
// 2. Checkpoint: resumed after a reload with no network, in the same order; then passed, with the
//    module's lessons read, so the module shows as complete.

test('a checkpoint resumes offline where it was left, and passing it completes the module', async ({ page, context, server }) => {
  const N = checkpoint.items.length; // 6
  await openApp(page);
  await downloadCourse(page, web);
  await waitForServiceWorker(page);

  await page.goto(`/course/${web.id}`);
  const assessmentsOf3 = page.getByRole('list', { name: `Évaluations · ${module3.title.fr}` });
  const checkpointLink = assessmentsOf3.getByRole('link', { name: checkpoint.title.fr, exact: true });
  const checkpointEntry = assessmentsOf3
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: checkpoint.title.fr, exact: true }) });
  await expect(checkpointEntry.getByText('Point de contrôle')).toBeVisible();
  await checkpointLink.click();
  await expect(page.getByRole('heading', { level: 1, name: checkpoint.title.fr })).toBeVisible();
  await expect(page.getByText(`${N} questions. Une réponse par question ; le score s'affiche à la fin.`)).toBeVisible();
  await expect(page.getByText('Pour réussir : au moins 70 % des points en une tentative.')).toBeVisible();
  await page.getByRole('button', { name: 'Commencer', exact: true }).click();

  // Three answers out of six, noting which question came in which place.
  const seen = [];
  for (let n = 1; n <= 3; n++) {
    const q = itemRegion(page, n, N);
    await expect(q).toBeVisible();
    await expect(q.getByRole('button', { name: 'Vérifier' })).toHaveCount(0); // no checking in a checkpoint
    seen.push(identify(await q.innerText()));
    await answerCheckpointItem(q, seen.at(-1), true);
  }
  const fourth = itemRegion(page, 4, N);
  await expect(fourth).toBeVisible();
  const fourthText = await fourth.innerText();
  seen.push(identify(fourthText));

  // What IndexedDB holds: the attempt, unfinished, with its order and three answers.
  let record = await learnerRecord(page, web.id);
  const attempt = record.attempts.find((a) => a.assessment_id === checkpoint.id);
  expect(attempt.finished_ms).toBeUndefined();
  expect(attempt.order).toHaveLength(N);
  expect(attempt.order.slice(0, 4)).toEqual(seen);
  expect(record.answers.filter((a) => a.attempt_id === attempt.id).map((a) => a.item_id)).toEqual(seen.slice(0, 3));

  // No network at all, and a reload: the attempt goes on at question 4, the same question 4.
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toMatch(/\/sw\.js$/);
  await context.setOffline(true);
  await server.kill();
  await page.reload();
  await page.locator('html[data-app-ready]').waitFor({ state: 'attached' });
  await expect(page.getByTestId('connectivity')).toContainText('Hors ligne');
  await expect(page.getByRole('status').filter({ hasText: "Reprise de votre tentative là où vous l'aviez laissée." })).toBeVisible();
  const resumed = itemRegion(page, 4, N);
  await expect(resumed.getByRole('heading', { level: 2, name: `Question 4 sur ${N}` })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Commencer', exact: true })).toHaveCount(0);
  expect(identify(await resumed.innerText())).toBe(attempt.order[3]);
  expect(await resumed.innerText()).toBe(fourthText);

  // The rest, wrong: 3 of 6 points is under the pass mark.
  for (let n = 4; n <= N; n++) {
    const q = itemRegion(page, n, N);
    await expect(q).toBeVisible();
    const id = identify(await q.innerText());
    expect(id).toBe(attempt.order[n - 1]);
    await answerCheckpointItem(q, id, false);
  }
  const results = page.getByRole('region', { name: 'Résultat' });
  await expect(results.getByText(`3 sur ${N} points (50 %)`)).toBeVisible();
  await expect(results.getByRole('status')).toHaveText('Pas encore réussi. Pour réussir : au moins 70 % des points en une tentative.');
  await expect(results.getByRole('heading', { level: 3, name: `Question 1 sur ${N} · Bonne réponse !` })).toBeVisible();
  await expect(results.getByRole('heading', { level: 3, name: `Question 4 sur ${N} · Réponse fausse` })).toBeVisible();
  await expect(results.getByText('Bonne réponse : Faux', { exact: true })).toBeVisible(); // the right answer to q-mobile-first
  record = await learnerRecord(page, web.id);
  expect(record.attempts.find((a) => a.id === attempt.id).finished_ms).toBeGreaterThan(0);
  expect(record.answers.filter((a) => a.attempt_id === attempt.id)).toHaveLength(N);

  // Read every lesson of module 3 (still offline). Lessons alone do not complete the module.
  await markLessonsDone(page, module3.lessons);
  await page.goto(`/course/${web.id}`);
  const module3Item = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: module3.title.fr }) });
  await expect(module3Item.getByText(`${module3.lessons.length} sur ${module3.lessons.length} leçons terminées`)).toBeVisible();
  await expect(module3Item.getByText('Module terminé')).toHaveCount(0);
  await expect(checkpointEntry.getByText('Meilleur score : 50 % (objectif 70 %).')).toBeVisible();

  // Pass the checkpoint: every answer right.
  await checkpointLink.click();
  const history = page.getByRole('region', { name: 'Vos tentatives' });
  await expect(history.getByRole('row')).toHaveCount(2); // header + the failed attempt
  await expect(history.getByRole('row').nth(1)).toContainText('50 %');
  await expect(history.getByRole('row').nth(1)).toContainText('Pas encore réussi.');
  await page.getByRole('button', { name: 'Commencer', exact: true }).click();
  for (let n = 1; n <= N; n++) {
    const q = itemRegion(page, n, N);
    await expect(q).toBeVisible();
    await answerCheckpointItem(q, identify(await q.innerText()), true);
  }
  await expect(results.getByText(`${N} sur ${N} points (100 %)`)).toBeVisible();
  await expect(results.getByRole('status')).toHaveText('Réussi. Pour réussir : au moins 70 % des points en une tentative.');

  // The course page: module 3 complete, its checkpoint mastered; module 1 not complete.
  await results.getByRole('link', { name: 'Sommaire du cours' }).click();
  await expect(page.getByRole('heading', { level: 1, name: web.title })).toBeVisible();
  await expect(module3Item.getByText('Module terminé')).toBeVisible();
  await expect(checkpointEntry.getByText('Maîtrisé')).toBeVisible();
  const module1Item = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: bundle.modules[0].title.fr }) });
  await expect(module1Item.getByText('Module terminé')).toHaveCount(0);
});
