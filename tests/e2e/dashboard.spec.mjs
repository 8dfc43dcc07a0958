// The dashboard and automatic achievements: reading lessons and passing a checkpoint show up on
// the home page, computed from the stored records, and survive a reload with no network.
import { test, expect, openApp, downloadCourse, waitForServiceWorker, COURSES } from './fixtures.mjs';
import { bundle, assessments, checkpoint, module3, completeModule3 } from './checkpoint.mjs';

const { web } = COURSES;
const dashboardOf = (page) => page.getByRole('region', { name: 'Mon parcours' });
const figure = (page, term) => dashboardOf(page).locator('dl > div').filter({ has: page.getByRole('term').filter({ hasText: term }) }).getByRole('definition').first();

test('lessons read and a checkpoint passed show on the dashboard, with their achievements', async ({ page, context, server }) => {
  await openApp(page);
  // No course on the device: the home page is the catalog, without a dashboard.
  await expect(page.getByRole('region', { name: 'Cours disponibles' })).toBeVisible();
  await expect(dashboardOf(page)).toHaveCount(0);

  await downloadCourse(page, web);
  await waitForServiceWorker(page);
  const dashboard = dashboardOf(page);
  await expect(dashboard).toBeVisible();
  const firstLesson = bundle.modules[0].lessons[0];
  const start = dashboard.getByRole('link', { name: 'Commencer le cours' });
  await expect(start).toHaveAttribute('href', `/course/${web.id}/lesson/${firstLesson.id}`);
  await expect(figure(page, 'Évaluations réussies')).toHaveText(`0 sur ${assessments.length}`);
  await expect(figure(page, 'Compétences maîtrisées')).toHaveText('0');
  await expect(figure(page, "Semaines d'activité d'affilée")).toHaveText('0');

  await completeModule3(page);

  await page.goto('/');
  await expect(dashboard).toBeVisible();
  // The learner resumes at the lesson she opened last, as the course page's "continue" does.
  const lastRead = module3.lessons.at(-1);
  const resume = dashboard.getByRole('link', { name: "Reprendre là où j'en étais" });
  await expect(resume).toHaveAttribute('href', `/course/${web.id}/lesson/${lastRead.id}`);
  await expect(dashboard.getByText(`${lastRead.title.fr} · ${web.title}`)).toBeVisible();
  await expect(figure(page, 'Évaluations réussies')).toHaveText(`1 sur ${assessments.length}`);
  await expect(figure(page, 'Compétences maîtrisées')).toHaveText(String(module3.skills.length));
  await expect(figure(page, "Semaines d'activité d'affilée")).toHaveText('1');
  await expect(dashboard.getByText(/1 semaine d'affilée · 1 jour actif cette semaine/)).toBeVisible();

  // Progress per course and per module.
  const course = dashboard.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: web.title }) });
  await expect(course.getByText(`${module3.lessons.length} sur ${web.lessons} leçons terminées`)).toBeVisible();
  await course.getByText('Progression par module').click();
  const moduleRow = (m) => course.getByRole('listitem').filter({ hasText: m.title.fr });
  await expect(moduleRow(module3)).toContainText('✓ Module terminé');
  await expect(moduleRow(bundle.modules[0])).toContainText(`0 sur ${bundle.modules[0].lessons.length} leçons terminées`);

  // Mastered skills: the module's skills, by name.
  const skills = dashboard.getByRole('list').filter({ has: page.getByRole('listitem').filter({ hasText: module3.skills[0].label.fr }) });
  for (const skill of module3.skills) await expect(skills.getByText(skill.label.fr, { exact: true })).toBeVisible();

  // Two achievements came by themselves: the checkpoint (100 %) and the module.
  const achievements = dashboard.getByRole('list').filter({ hasText: '★' });
  await expect(achievements.getByRole('listitem')).toHaveCount(2);
  const passed = achievements.getByRole('listitem').filter({ hasText: checkpoint.title.fr });
  await expect(passed).toContainText('100 %');
  await expect(passed).toContainText(web.title);
  await expect(achievements.getByRole('listitem').filter({ hasText: module3.title.fr })).toBeVisible();

  // Nothing is a stored counter: with no network at all, a reload computes the same figures.
  await context.setOffline(true);
  await server.kill();
  await page.reload();
  await page.locator('html[data-app-ready]').waitFor({ state: 'attached' });
  await expect(figure(page, 'Évaluations réussies')).toHaveText(`1 sur ${assessments.length}`);
  await expect(achievements.getByRole('listitem')).toHaveCount(2);

  // In Arabic, the same dashboard, mirrored.
  await page.getByRole('combobox', { name: 'Langue' }).selectOption('ar');
  await expect(page.getByRole('region', { name: 'مساري' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
});
