// What the learner takes out of Nour: the CV printed on A4 (French and Arabic), the JSON Resume,
// the Open Badges and the one-file HTML portfolio, all made on the device.
// The CV print views are saved as PNG and PDF under test-results/ for a person to look at.
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect, openApp, downloadCourse, seedStoredPortfolio, expectNoViolations, COURSES } from './fixtures.mjs';
import { checkpoint, module3, completeModule3 } from './checkpoint.mjs';

const { web } = COURSES;
const here = dirname(fileURLToPath(import.meta.url));
const OUT = resolve(here, 'test-results', 'cv');

const NAME = 'Amina El Idrissi';
const SLUG = 'amina-el-idrissi';
const PROJECT = "Site vitrine de la coopérative d'argan";
const PROJECT_2 = 'Page de CV responsive';
const REFLECTION = "Ce que j'ai appris en déboguant mon premier formulaire";

/** The portfolio as `core::portfolio::Portfolio` serializes it; image sizes are filled in. */
const PORTFOLIO = {
  profile: {
    name: NAME,
    headline: 'Développeuse web junior (HTML, CSS)',
    city: 'Smara',
    email: 'amina.elidrissi@example.org',
    phone: '+212 6 12 34 56 78',
    about:
      "Formée à l'école numérique de Smara, je construis des pages web accessibles et légères, pensées d'abord pour le téléphone. " +
      "J'aime comprendre pourquoi une mise en page casse et la réparer proprement.",
    languages: [
      { language: 'Arabe', level: 'native' },
      { language: 'Français', level: 'c1' },
      { language: 'Anglais', level: 'b1' },
    ],
    links: [
      { label: 'GitHub', url: 'https://github.com/amina-dev' },
      { label: 'LinkedIn', url: 'https://www.linkedin.com/in/amina-el-idrissi/' },
    ],
    photo: { id: 'photo-amina', media_type: 'image/jpeg', width: 240, height: 240, bytes: 0, alt: "Portrait d'Amina El Idrissi" },
  },
  entries: [
    {
      id: 'entry-argan',
      kind: 'project',
      title: PROJECT,
      description:
        "Une page d'accueil et un catalogue pour une coopérative de femmes, lisibles sur un téléphone d'entrée de gamme.\n\n" +
        '- Mise en page en **Flexbox**, du mobile vers le bureau\n- Images compressées : la page pèse 180 Ko\n' +
        '- Contrastes vérifiés, navigation au clavier\n\nVoir la [maquette](https://example.org/maquette).',
      role: 'Intégration HTML/CSS, en binôme',
      start: '2025-03',
      end: '2025-05',
      repository: 'https://github.com/amina-dev/argan',
      live_url: 'https://amina-dev.github.io/argan/',
      skills: ['HTML', 'CSS', 'Flexbox', 'Accessibilité'],
      images: [{ id: 'img-argan', media_type: 'image/jpeg', width: 240, height: 240, bytes: 0, alt: "Page d'accueil de la coopérative" }],
      created_ms: 1_740_000_000_000,
      updated_ms: 1_747_000_000_000,
    },
    {
      id: 'entry-cv',
      kind: 'project',
      title: PROJECT_2,
      description: 'Mon propre CV en HTML sémantique, imprimable en une page.',
      role: '',
      start: '2025-06',
      end: '',
      repository: 'https://github.com/amina-dev/cv',
      live_url: '',
      skills: ['HTML', 'Impression CSS'],
      images: [],
      created_ms: 1_748_000_000_000,
      updated_ms: 1_748_000_000_000,
    },
    {
      id: 'entry-reflection',
      kind: 'reflection',
      title: REFLECTION,
      description: "J'ai appris à lire la console avant de modifier le code.",
      role: '',
      start: '',
      end: '',
      repository: '',
      live_url: '',
      skills: [],
      images: [],
      created_ms: 1_749_000_000_000,
      updated_ms: 1_749_000_000_000,
    },
  ],
  hidden_achievements: [],
};

const seedPortfolio = (page, portfolio = PORTFOLIO) => seedStoredPortfolio(page, portfolio);

/** Pages of a PDF file: its `/Type /Page` objects (not `/Pages`). */
const pdfPages = (pdf) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;

/** Clicks `button` and returns the download's file name and text. */
async function download(page, button) {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
}

/** Saves the print view of the CV page (PNG of the whole page, and the A4 PDF); its page count. */
async function capturePrint(page, label) {
  mkdirSync(OUT, { recursive: true });
  const viewport = page.viewportSize();
  // The width of A4 inside the CSS page margins (210 mm − 2 × 15 mm), at 96 px per inch.
  await page.setViewportSize({ width: 680, height: 1000 });
  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: resolve(OUT, `cv-${label}-print.png`), fullPage: true });
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
  writeFileSync(resolve(OUT, `cv-${label}.pdf`), pdf);
  await page.emulateMedia({ media: 'screen' });
  await page.setViewportSize(viewport);
  return pdfPages(pdf);
}

/** The course on the device, module 3 read and its checkpoint passed (two achievements), and the
 *  portfolio seeded. */
async function learnerWithAchievements(page) {
  await openApp(page);
  await downloadCourse(page, web);
  await completeModule3(page);
  await seedPortfolio(page);
}

test('the CV shows the profile, projects, achievements, skills and languages, and prints on A4 in French and Arabic', async ({ page }) => {
  test.setTimeout(120_000);
  await learnerWithAchievements(page);
  await page.goto('/cv');
  await expect(page.getByRole('heading', { level: 1, name: 'Mon CV' })).toBeVisible();
  const cv = page.getByTestId('cv');
  await expect(cv).toHaveAttribute('lang', 'fr');
  await expect(cv).toHaveAttribute('dir', 'ltr');
  await expect(cv.getByRole('heading', { level: 2, name: NAME })).toBeVisible();
  await expect(cv.getByText('Développeuse web junior (HTML, CSS)')).toBeVisible();
  await expect(cv.getByRole('img', { name: "Portrait d'Amina El Idrissi" })).toBeVisible();
  await page.waitForFunction(() => [...document.querySelectorAll('.cv img')].every((img) => img.complete && img.naturalWidth > 0));
  const contact = cv.getByRole('list', { name: 'Coordonnées' });
  await expect(contact.getByRole('link', { name: 'amina.elidrissi@example.org' })).toHaveAttribute('href', 'mailto:amina.elidrissi@example.org');
  await expect(contact.getByRole('link', { name: 'github.com/amina-dev' })).toHaveAttribute('href', 'https://github.com/amina-dev');

  // Projects (reflections are not CV material), with dates per language, role, links, skills.
  const projects = cv.getByRole('region', { name: 'Projets' });
  await expect(projects.getByRole('heading', { level: 4 })).toHaveText([PROJECT, PROJECT_2]);
  await expect(projects.getByText('mars 2025 – mai 2025')).toBeVisible();
  await expect(projects.getByText('Rôle : Intégration HTML/CSS, en binôme')).toBeVisible();
  await expect(projects.getByText('Mise en page en Flexbox, du mobile vers le bureau')).toBeVisible();
  await expect(projects.getByRole('link', { name: 'github.com/amina-dev/argan' })).toBeVisible();
  await expect(cv.getByText(REFLECTION)).toHaveCount(0);

  // The two achievements, with course, issuer, date and score.
  const achievements = cv.getByRole('region', { name: 'Certifications et réussites' });
  await expect(achievements.getByRole('listitem')).toHaveCount(2);
  const passed = achievements.getByRole('listitem').filter({ hasText: checkpoint.title.fr });
  await expect(passed).toContainText('Score : 100 %');
  await expect(passed).toContainText(`Formation : ${web.title}`);
  await expect(achievements.getByRole('listitem').filter({ hasText: module3.title.fr })).toBeVisible();

  const skills = cv.getByRole('region', { name: 'Compétences' });
  for (const skill of module3.skills) await expect(skills.getByText(skill.label.fr, { exact: true })).toBeVisible();
  await expect(skills.getByText('Flexbox', { exact: true })).toBeVisible();
  const languages = cv.getByRole('region', { name: 'Langues' });
  await expect(languages.getByRole('listitem')).toHaveText(['Arabe — Langue maternelle', 'Français — C1', 'Anglais — B1']);

  // The print button calls window.print() (stubbed: headless Chromium has no dialog).
  await page.evaluate(() => {
    window.__printed = 0;
    window.print = () => window.__printed++;
  });
  await page.getByRole('button', { name: 'Imprimer / enregistrer en PDF' }).click();
  expect(await page.evaluate(() => window.__printed)).toBe(1);

  // Printed: the CV alone (no header, toolbar or button), at most two A4 pages.
  await page.screenshot({ path: resolve(OUT, 'cv-fr-screen.png'), fullPage: true });
  expect(await page.evaluate(() => document.documentElement.scrollWidth), 'the CV fits a 360 px phone').toBeLessThanOrEqual(360);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.app-header')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Imprimer / enregistrer en PDF' })).toBeHidden();
  await expect(cv).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  expect(await capturePrint(page, 'fr')).toBeLessThanOrEqual(2);

  // The CV in Arabic: its own language and direction, dates and headings in Arabic, while the
  // page around it stays French.
  await page.getByRole('combobox', { name: 'Langue du CV' }).selectOption('ar');
  await expect(cv).toHaveAttribute('lang', 'ar');
  await expect(cv).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(cv.getByRole('region', { name: 'المشاريع' })).toBeVisible();
  await expect(cv.getByText('مارس 2025 – مايو 2025')).toBeVisible();
  await expect(cv.getByRole('region', { name: 'اللغات' }).getByRole('listitem').first()).toHaveText('Arabe — اللغة الأم');
  await page.waitForFunction(() => [...document.querySelectorAll('.cv img')].every((img) => img.complete && img.naturalWidth > 0));
  await page.screenshot({ path: resolve(OUT, 'cv-ar-screen.png'), fullPage: true });
  expect(await capturePrint(page, 'ar')).toBeLessThanOrEqual(2);

  // The same CV with the whole UI in Arabic, in an Arabic-speaking learner's own words.
  await seedPortfolio(page, {
    ...PORTFOLIO,
    profile: {
      ...PORTFOLIO.profile,
      name: 'أمينة الإدريسي',
      headline: 'مطوّرة ويب مبتدئة (HTML وCSS)',
      city: 'السمارة',
      about: 'تكوّنت في المدرسة الرقمية بالسمارة، وأبني صفحات ويب خفيفة وسهلة الوصول، مصمّمة للهاتف أولاً.',
      languages: [
        { language: 'العربية', level: 'native' },
        { language: 'الفرنسية', level: 'c1' },
      ],
    },
    entries: [{ ...PORTFOLIO.entries[0], title: 'موقع تعاونية الأركان', role: 'إدماج HTML/CSS، ضمن ثنائي', description: 'صفحة رئيسية وكتالوج لتعاونية نسائية، مقروءة على هاتف بسيط.\n\n- تخطيط بـ **Flexbox**\n- صور مضغوطة: الصفحة تزن 180 ك.ب' }],
  });
  await page.locator('#language-select').selectOption('ar');
  await page.goto('/cv');
  await expect(cv).toHaveAttribute('dir', 'rtl');
  await expect(cv.getByRole('heading', { level: 2, name: 'أمينة الإدريسي' })).toBeVisible();
  await page.waitForFunction(() => [...document.querySelectorAll('.cv img')].every((img) => img.complete && img.naturalWidth > 0));
  await page.screenshot({ path: resolve(OUT, 'cv-ar-ui-screen.png'), fullPage: true });
  expect(await page.evaluate(() => document.documentElement.scrollWidth), 'the Arabic CV fits a 360 px phone').toBeLessThanOrEqual(360);
  expect(await capturePrint(page, 'ar-own-words')).toBeLessThanOrEqual(2);
});

test('JSON Resume, Open Badges and the HTML portfolio download with the learner\'s data', async ({ page }) => {
  test.setTimeout(120_000);
  await learnerWithAchievements(page);
  await page.goto('/portfolio');
  const panel = page.getByRole('region', { name: 'Exporter' });
  await expect(panel).toBeVisible();
  const status = panel.getByRole('status');

  // JSON Resume.
  const resume = await download(page, panel.getByRole('button', { name: 'Télécharger le CV JSON Resume' }));
  expect(resume.name).toMatch(new RegExp(`^cv-${SLUG}-\\d{4}-\\d{2}-\\d{2}\\.json$`));
  const json = JSON.parse(resume.text);
  expect(json.basics.name).toBe(NAME);
  expect(json.basics.email).toBe('amina.elidrissi@example.org');
  expect(json.projects.map((p) => p.name)).toEqual([PROJECT, PROJECT_2]);
  expect(json.certificates.map((c) => c.name).sort()).toEqual([checkpoint.title.fr, module3.title.fr].sort());
  await expect(status).toHaveText('Fichier créé : retrouvez-le dans vos téléchargements.');

  // Open Badges 3.0: one credential per achievement, unsigned.
  const badges = await download(page, panel.getByRole('button', { name: 'Télécharger mes badges (Open Badges 3.0, non signés)' }));
  expect(badges.name).toMatch(new RegExp(`^badges-${SLUG}-\\d{4}-\\d{2}-\\d{2}\\.json$`));
  const credentials = JSON.parse(badges.text);
  expect(credentials).toHaveLength(2);
  for (const credential of credentials) {
    expect(credential.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
    expect(credential.credentialSubject.type).toContain('AchievementSubject');
    expect(credential.credentialSubject.achievement.type).toContain('Achievement');
    expect(credential.proof).toBeUndefined();
  }

  // The one-file portfolio page: no script, images inline, her name and her project.
  const html = await download(page, panel.getByRole('button', { name: 'Télécharger ma page portfolio (HTML)' }));
  expect(html.name).toMatch(new RegExp(`^portfolio-${SLUG}-\\d{4}-\\d{2}-\\d{2}\\.html$`));
  expect(html.text).not.toMatch(/<script/i);
  expect(html.text).toMatch(/<img [^>]*src="data:image\/jpeg;base64,/);
  expect(html.text).not.toMatch(/src="(https?:|blob:)/);
  expect(html.text).toContain(NAME);
  expect(html.text).toContain(PROJECT.replace("'", '&#39;'));
  expect(html.text).toMatch(/<html lang="fr" dir="ltr">/);
  mkdirSync(OUT, { recursive: true });
  writeFileSync(resolve(OUT, 'portfolio-fr.html'), html.text); // for a person to open and look at

  // The CV link.
  await expect(panel.getByRole('link', { name: 'Voir et imprimer mon CV' })).toHaveAttribute('href', '/cv');
  mkdirSync(OUT, { recursive: true });
  await panel.screenshot({ path: resolve(OUT, 'export-panel-fr.png') });

  // In Arabic, the page is right to left.
  await page.locator('#language-select').selectOption('ar');
  const panelAr = page.getByRole('region', { name: 'تصدير' });
  const htmlAr = await download(page, panelAr.getByRole('button', { name: 'تحميل صفحة ملف إنجازاتي (HTML)' }));
  expect(htmlAr.text).toMatch(/<html lang="ar" dir="rtl">/);
  expect(htmlAr.text).not.toMatch(/<script/i);
});

test('without an achievement the badge export is disabled and says why; an empty profile leads to the profile form', async ({ page }) => {
  await openApp(page);
  await page.goto('/cv');
  await expect(page.getByText('Votre CV se construit à partir de votre profil.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Remplir mon profil' })).toHaveAttribute('href', '/portfolio/profile');

  await seedPortfolio(page);
  await page.goto('/portfolio');
  const panel = page.getByRole('region', { name: 'Exporter' });
  const badges = panel.getByRole('button', { name: /^Télécharger mes badges/ });
  await expect(badges).toBeDisabled();
  await expect(badges).toHaveAccessibleDescription('Pas encore de badge : terminez un module ou réussissez une évaluation pour en obtenir un.');
  await expect(panel.getByRole('button', { name: 'Télécharger le CV JSON Resume' })).toBeEnabled();

  // The CV without achievements has no empty section.
  await page.goto('/cv');
  await expect(page.getByTestId('cv').getByRole('heading', { level: 2, name: NAME })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Certifications et réussites' })).toHaveCount(0);
});

for (const [code, label] of [['fr', 'French'], ['ar', 'Arabic']]) {
  test(`the CV page has no WCAG 2.1 AA violations in ${label}`, async ({ page }) => {
    test.setTimeout(120_000);
    await learnerWithAchievements(page);
    if (code === 'ar') await page.locator('#language-select').selectOption('ar');
    await page.goto('/cv');
    await expect(page.getByTestId('cv')).toHaveAttribute('lang', code);
    await page.waitForFunction(() => [...document.querySelectorAll('.cv img')].every((img) => img.complete && img.naturalWidth > 0));
    await expectNoViolations(page, `/cv (${code})`);
  });
}
