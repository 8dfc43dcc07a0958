// The web-html-css checkpoint "Bilan HTML et CSS", answered through the UI: shared by the
// assessment journeys and by the journeys that need a passed checkpoint (dashboard, portfolio).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, learnerRecord, COURSES, DIST } from './fixtures.mjs';

const { web } = COURSES;

// The course as served, for what the tests must not hard-code twice (entry texts, item order).
export const bundle = JSON.parse(readFileSync(resolve(DIST, `.${web.bundle}`), 'utf8'));
export const assessments = bundle.modules.flatMap((m) => m.assessments ?? []);
export const checkpoint = assessments.find((a) => a.id === 'bilan-html-css');
export const module3 = bundle.modules.find((m) => m.assessments?.some((a) => a.id === checkpoint.id));
export const itemOf = (assessment, id) => assessment.items.find((item) => item.id === id);

/** The first paragraph of an item's prompt as the page shows it (Markdown marks removed). */
export const promptText = (item) => item.prompt.fr.split('\n')[0].replace(/[*`]/g, '');

/** An item of the attempt: its <section>, named by its "Question N sur M" heading. */
export const itemRegion = (page, n, count) => page.getByRole('region', { name: `Question ${n} sur ${count}`, exact: true });

/** Answers one checkpoint item (found by its id), right or wrong, with ordinary clicks and typing. */
export async function answerCheckpointItem(q, id, right) {
  const item = itemOf(checkpoint, id);
  const [kind, spec] = Object.entries(item.interaction)[0];
  switch (kind) {
    case 'single_choice': {
      const choice = spec.choices.find((c) => Boolean(c.correct) === right);
      await q.getByRole('radio', { name: choice.text.fr, exact: true }).check();
      break;
    }
    case 'multiple_choice': {
      const chosen = right ? spec.choices.filter((c) => c.correct) : spec.choices.filter((c) => !c.correct).slice(0, 1);
      for (const choice of chosen) await q.getByRole('checkbox', { name: choice.text.fr, exact: true }).check();
      break;
    }
    case 'true_false':
      await q.getByRole('radio', { name: spec.answer === right ? 'Vrai' : 'Faux', exact: true }).check();
      break;
    case 'numeric':
      await q.getByRole('textbox', { name: 'Votre réponse (un nombre)' }).fill(String(right ? spec.answers[0].value : spec.answers[0].value + 1));
      break;
    case 'short_text':
      await q.getByRole('textbox', { name: 'Votre réponse', exact: true }).fill(right ? spec.answers[0].text : 'src');
      break;
    case 'fill_blanks':
      for (const [k, gap] of spec.gaps.entries()) {
        const wrong = gap.options.find((o) => !gap.answers.includes(o));
        await q.getByRole('combobox', { name: `Trou ${k + 1} sur ${spec.gaps.length}`, exact: true }).selectOption(right ? gap.answers[0] : wrong);
      }
      break;
    default:
      throw new Error(`no answer written for a ${kind} item`);
  }
  await q.getByRole('button', { name: 'Valider et continuer' }).click();
}

/** Which checkpoint item a shown question is, from its text. */
export const identify = (text) => {
  const found = checkpoint.items.filter((item) => text.includes(promptText(item)));
  expect(found, `one item matches the shown text:\n${text}`).toHaveLength(1);
  return found[0].id;
};

/** The "done" button turns at once and the write lands a moment later: waits for the stored
 *  record, so a full page load that follows cannot abort the write. */
async function waitForCompletion(page, lessonId) {
  await expect
    .poll(async () => (await learnerRecord(page, web.id))?.events.some((e) => e.lesson_id === lessonId && e.kind === 'completed'))
    .toBe(true);
}

/** Opens each lesson of the web course and marks it done, waiting until each is stored. */
export async function markLessonsDone(page, lessons) {
  for (const lesson of lessons) {
    await page.goto(`/course/${web.id}/lesson/${lesson.id}`);
    await expect(page.getByRole('heading', { level: 1, name: lesson.title.fr })).toBeVisible();
    const done = page.getByRole('button', { name: 'Leçon terminée' });
    await done.click();
    await expect(done).toHaveAttribute('aria-pressed', 'true');
    await waitForCompletion(page, lesson.id);
  }
}

/** Marks every lesson of module 3 done, then passes its checkpoint with every answer right:
 *  the module is complete and both achievements are earned. The course must be on the device. */
export async function completeModule3(page) {
  await markLessonsDone(page, module3.lessons);
  await page.goto(`/course/${web.id}/assessment/${checkpoint.id}`);
  await page.getByRole('button', { name: 'Commencer', exact: true }).click();
  const N = checkpoint.items.length;
  for (let n = 1; n <= N; n++) {
    const q = itemRegion(page, n, N);
    await expect(q).toBeVisible();
    await answerCheckpointItem(q, identify(await q.innerText()), true);
  }
  await expect(page.getByRole('region', { name: 'Résultat' }).getByText(`${N} sur ${N} points (100 %)`)).toBeVisible();
  // The attempt's end is written a moment after the result shows: a full page load must not race it.
  await expect
    .poll(async () => (await learnerRecord(page, web.id))?.attempts.some((a) => a.assessment_id === checkpoint.id && a.finished_ms != null))
    .toBe(true);
}
