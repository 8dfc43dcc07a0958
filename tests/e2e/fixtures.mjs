// Shared fixtures for the journeys:
// - `server`: a fresh static server (server.mjs) on 127.0.0.1, port 0, per test, serving the
//   build in NOUR_DIST (default ../../dist). Tests can tamper with it (`override`, `reset`) or
//   kill it (`kill`) to be truly offline.
// - `baseURL`: that server's address, so `page.goto('/')` works.
// - hygiene (automatic): a console error or an uncaught page error (e.g. a wasm panic) fails
//   the test, with the messages in the failure.
// - CSP (automatic): any Content-Security-Policy or Trusted Types violation fails the test,
//   naming the directive and what was blocked (`cspViolations`).
// Every test gets a fresh browser context (Playwright's default), so IndexedDB, localStorage,
// Cache Storage and the service worker start empty.
import { test as base, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from './server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const DIST = resolve(here, process.env.NOUR_DIST ?? '../../dist');

if (!existsSync(resolve(DIST, 'index.html'))) {
  throw new Error(`No build in ${DIST}: run trunk build first or set NOUR_DIST`);
}

// Console messages that are known and harmless: Chromium says that the `integrity` attribute
// Trunk puts on `<link rel=preload as=fetch>` (the wasm) is ignored. It is a warning today; it is
// listed in case a Chromium logs it as an error. A real SRI failure ("Failed to find a valid
// digest in the 'integrity' attribute") is NOT matched and still fails the test.
const HARMLESS = [/The `integrity` attribute is currently ignored for preload destinations/];

export const COURSES = {
  web: {
    id: 'web-html-css',
    title: 'Initiation au développement web : HTML et CSS',
    bundle: '/catalog/courses/web-html-css-1.1.0.json',
    lessons: 13,
  },
  interview: {
    id: 'entretien-embauche',
    title: "Préparer son entretien d'embauche",
    titleAr: 'الاستعداد لمقابلة العمل',
    bundle: '/catalog/courses/entretien-embauche-1.1.0.json',
    lessons: 8,
  },
};

export const test = base.extend({
  // Test-scoped: a test that kills its server does not take the next test's with it.
  server: async ({}, use) => {
    const server = await startServer({ root: DIST, port: 0 });
    let closed = false;
    const post = async (path, body) => {
      const response = await fetch(`${server.url}${path}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
    };
    await use({
      ...server,
      /** Serves `body` (string or Buffer) for `path` until reset. */
      override: (path, body) =>
        Buffer.isBuffer(body)
          ? post('/__test/override', { path, body: body.toString('base64'), base64: true })
          : post('/__test/override', { path, body }),
      /** Waits `ms` before answering `path`, until reset: a slow link for one file. */
      delay: (path, ms) => post('/__test/delay', { path, ms }),
      /** Answers 404 for `path` until reset. */
      hide: (path) => post('/__test/override', { path, remove: true }),
      reset: () => post('/__test/reset'),
      /** The real bytes of a served file (through the server, so overrides apply). */
      fetchBytes: async (path) => Buffer.from(await (await fetch(`${server.url}${path}`)).arrayBuffer()),
      /** Stops the server and drops its open (keep-alive) connections: nothing answers any more. */
      kill: async () => {
        if (closed) return;
        closed = true;
        server.server.closeAllConnections();
        await server.close();
      },
      get killed() {
        return closed;
      },
    });
    if (!closed) {
      server.server.closeAllConnections();
      await server.close();
    }
  },

  baseURL: async ({ server }, use) => {
    await use(server.url);
  },

  // One pattern of console errors the hygiene check tolerates in a file, matched against
  // "text (url:line)"; use alternation for several. (A RegExp, not an array: test.use() would
  // read an array as a [value, options] pair.)
  // e.g. `test.use({ allowConsoleError: /ERR_INTERNET_DISCONNECTED .*catalog\.json/ })`.
  allowConsoleError: [null, { option: true }],

  consoleErrors: [
    async ({ context, allowConsoleError }, use) => {
      const errors = [];
      const allowed = allowConsoleError ? [...HARMLESS, allowConsoleError] : HARMLESS;
      const watch = (page) => {
        page.on('console', (message) => {
          if (message.type() !== 'error') return;
          const { url, lineNumber } = message.location();
          // Patterns see the text and where it comes from (a failed load names its URL there).
          const line = `${message.text()}${url ? ` (${url}:${lineNumber})` : ''}`;
          if (allowed.some((pattern) => pattern.test(line))) return;
          errors.push(`console.error: ${line}`);
        });
        page.on('pageerror', (error) => {
          errors.push(`pageerror: ${error.message}\n${error.stack ?? ''}`);
        });
      };
      context.pages().forEach(watch);
      context.on('page', watch);
      await use(errors);
      if (errors.length > 0) {
        throw new Error(`The page logged ${errors.length} error(s):\n${errors.join('\n')}`);
      }
    },
    { auto: true },
  ],

  // Every CSP or Trusted Types violation fails the test, even one that a test's allowConsoleError
  // lets through: the `securitypolicyviolation` events of every page (an init script sends them
  // through a binding at once, so a page closed or navigated away still counts) and the console
  // messages Chromium writes about them, from pages and service workers alike. A test that
  // provokes violations on purpose checks them, then empties this list.
  cspViolations: [
    async ({ context }, use) => {
      const violations = [];
      await context.exposeBinding('__nourCspViolation', (_source, v) => {
        violations.push(`${v.directive} blocked ${v.blocked || '(nothing named)'}${v.sample ? ` «${v.sample}»` : ''} at ${v.source} on ${v.url}`);
      });
      await context.addInitScript(() => {
        addEventListener('securitypolicyviolation', (e) => {
          globalThis.__nourCspViolation?.({
            directive: e.effectiveDirective, blocked: e.blockedURI, sample: e.sample,
            source: `${e.sourceFile || '?'}:${e.lineNumber}`, url: location.href,
          });
        }, true);
      });
      const about = /Content Security Policy|Trusted ?Type|requires 'Trusted/i;
      const note = (what, text, where) => {
        if (about.test(text)) violations.push(`${what}: ${text} (${where ?? '?'})`);
      };
      context.on('console', (message) => note('console', message.text(), message.worker()?.url() ?? message.page()?.url()));
      context.on('weberror', (error) => note('pageerror', error.error().message, error.page()?.url()));
      await use(violations);
      if (violations.length > 0) {
        // The header and the page's <meta> each report a violation: show each line once.
        throw new Error(`CSP / Trusted Types violation(s):\n${[...new Set(violations)].join('\n')}`);
      }
    },
    { auto: true },
  ],
});

export { expect };

// ---------------------------------------------------------------------------------------------
// Helpers shared by the journeys. They wait on conditions, never on fixed delays.

/** Opens `path` and waits until the app is mounted (`<html data-app-ready>`). */
export async function openApp(page, path = '/') {
  await page.goto(path);
  await page.locator('html[data-app-ready]').waitFor({ state: 'attached' });
}

/** The "Sur cet appareil" section of the catalog page. */
export const onDevice = (page) => page.getByRole('region', { name: 'Sur cet appareil' });

/** The "Cours disponibles" section of the catalog page. */
export const available = (page) => page.getByRole('region', { name: 'Cours disponibles' });

/** Downloads a course from the catalog page (French UI) and waits until it is on the device. */
export async function downloadCourse(page, course) {
  const section = available(page);
  await section.getByRole('button', { name: new RegExp(`^Télécharger ${escape(course.title)}`) }).click();
  await expect(onDevice(page).getByRole('link', { name: course.title, exact: true })).toBeVisible();
}

/** Resolves once a service worker controls the page (the first one claims its clients). */
export async function waitForServiceWorker(page) {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** Counts the records of each object store of the app's IndexedDB database "nour". */
export async function idbCounts(page) {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const request = indexedDB.open('nour');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const names = [...db.objectStoreNames];
          const tx = db.transaction(names, 'readonly');
          const counts = {};
          const keys = {};
          for (const name of names) {
            const store = tx.objectStore(name);
            store.count().onsuccess = (event) => (counts[name] = event.target.result);
            store.getAllKeys().onsuccess = (event) => (keys[name] = event.target.result.map(String));
          }
          tx.oncomplete = () => {
            db.close();
            resolve({ counts, keys });
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

export function escape(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// ---------------------------------------------------------------------------------------------
// Keyboard and storage helpers for the assessment and review journeys.

/** Whether one of the elements `locator` matches holds the focus (no waiting, no strictness). */
export const isFocused = (locator) => locator.evaluateAll((elements) => elements.includes(document.activeElement));

/** A short description of the focused element, for failure messages. */
export const describeFocus = (page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return '<body> (nothing focused)';
    const name = el.getAttribute('aria-label') ?? el.labels?.[0]?.textContent ?? el.textContent ?? '';
    return `${el.outerHTML.slice(0, 100)} «${name.trim().slice(0, 60)}»`;
  });

/**
 * Presses Tab, or Shift+Tab when `target` comes before the focused element in the document,
 * until `target` (a role + name locator) holds the focus, as a keyboard user would reach it.
 * Fails after `max` presses. Returns the number of presses.
 */
export async function tabTo(page, target, { max = 60 } = {}) {
  await target.first().waitFor({ state: 'attached' });
  const backward = await target.first().evaluate((el) => {
    const active = document.activeElement;
    if (!active || active === document.body || active === el) return false;
    return Boolean(el.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING);
  });
  const key = backward ? 'Shift+Tab' : 'Tab';
  for (let presses = 0; presses <= max; presses++) {
    if (await isFocused(target)) return presses;
    if (presses < max) await page.keyboard.press(key);
  }
  throw new Error(`${target} not reached with ${max} × ${key}; the focus is on ${await describeFocus(page)}`);
}

/** Tabs to `target` and presses `key` on it (Enter by default). */
export async function pressOn(page, target, key = 'Enter') {
  await tabTo(page, target);
  await page.keyboard.press(key);
}

/**
 * Picks the option whose text is `text` in a native <select> that holds the focus, with the
 * arrow keys only (a closed select changes its value with ArrowUp/ArrowDown).
 */
export async function chooseWithArrows(page, select, text) {
  const { from, to } = await select.evaluate(
    (el, wanted) => ({ from: el.selectedIndex, to: [...el.options].findIndex((o) => o.text.trim() === wanted) }),
    text,
  );
  if (to < 0) throw new Error(`no option «${text}» in ${select}`);
  const key = to > from ? 'ArrowDown' : 'ArrowUp';
  for (let i = 0; i < Math.abs(to - from); i++) await page.keyboard.press(key);
  await expect
    .poll(() => select.evaluate((el) => el.options[el.selectedIndex]?.text.trim()), { message: `select shows «${text}»` })
    .toBe(text);
}

/** The record under `key` in the app's IndexedDB object store `storeName`, or null. */
export async function storedRecord(page, storeName, key) {
  return page.evaluate(
    ([name, id]) =>
      new Promise((resolve, reject) => {
        const request = indexedDB.open('nour');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const get = db.transaction(name, 'readonly').objectStore(name).get(id);
          get.onsuccess = () => {
            db.close();
            resolve(get.result ?? null);
          };
          get.onerror = () => reject(get.error);
        };
      }),
    [storeName, key],
  );
}

/** The learner record ("progress" store: events, attempts, answers) of a course, or null. */
export const learnerRecord = (page, courseId) => storedRecord(page, 'progress', courseId);

// ---------------------------------------------------------------------------------------------
// The portfolio in IndexedDB, for the portfolio, export and backup journeys.

/**
 * Writes a portfolio (as `core::portfolio::Portfolio` serializes it) and a JPEG drawn for its photo
 * and each entry image into the app's IndexedDB; each image ref's `bytes` is filled in.
 */
export async function seedStoredPortfolio(page, portfolio) {
  await page.evaluate(async (portfolio) => {
    const refs = [portfolio.profile.photo, ...portfolio.entries.flatMap((e) => e.images)].filter(Boolean);
    const images = {};
    for (const [n, ref] of refs.entries()) {
      const canvas = document.createElement('canvas');
      canvas.width = ref.width;
      canvas.height = ref.height;
      const g = canvas.getContext('2d');
      const gradient = g.createLinearGradient(0, 0, ref.width, ref.height);
      gradient.addColorStop(0, ['#0b5d5b', '#8a5a00', '#3b4a9c'][n % 3]);
      gradient.addColorStop(1, '#f1f5f4');
      g.fillStyle = gradient;
      g.fillRect(0, 0, ref.width, ref.height);
      g.fillStyle = '#ffffff';
      g.font = 'bold 96px sans-serif';
      g.textAlign = 'center';
      g.textBaseline = 'middle';
      g.fillText(n === 0 ? 'AE' : String(n), ref.width / 2, ref.height / 2);
      const blob = await new Promise((done) => canvas.toBlob(done, 'image/jpeg', 0.8));
      images[ref.id] = new Uint8Array(await blob.arrayBuffer());
      ref.bytes = images[ref.id].length;
    }
    await new Promise((resolve, reject) => {
      const request = indexedDB.open('nour');
      request.onerror = () => reject(request.error);
      request.onsuccess = () => {
        const db = request.result;
        const tx = db.transaction(['portfolio', 'images'], 'readwrite');
        tx.objectStore('portfolio').put(portfolio, 'portfolio');
        for (const [id, bytes] of Object.entries(images)) tx.objectStore('images').put(bytes, id);
        tx.oncomplete = () => {
          db.close();
          resolve();
        };
        tx.onerror = () => reject(tx.error);
      };
    });
  }, portfolio);
}

/** The stored portfolio record and, per stored image id, its size and whether it is a JPEG. */
export async function storedPortfolio(page) {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const request = indexedDB.open('nour');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction(['portfolio', 'images'], 'readonly');
          const out = { portfolio: null, images: {} };
          tx.objectStore('portfolio').get('portfolio').onsuccess = (e) => (out.portfolio = e.target.result ?? null);
          const cursor = tx.objectStore('images').openCursor();
          cursor.onsuccess = (e) => {
            const c = e.target.result;
            if (!c) return;
            const bytes = new Uint8Array(c.value);
            out.images[c.key] = { size: bytes.byteLength, jpeg: bytes[0] === 0xff && bytes[1] === 0xd8 };
            c.continue();
          };
          tx.oncomplete = () => {
            db.close();
            resolve(out);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

// ---------------------------------------------------------------------------------------------
// Accessibility.

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Runs axe on the page as it is and fails with every violation, its nodes and why. */
export async function expectNoViolations(page, what) {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const report = violations
    .map((v) =>
      [
        `- ${v.id} (${v.impact}): ${v.help} — ${v.helpUrl}`,
        ...v.nodes.map((n) => `    target: ${n.target.join(' ')}\n      ${n.failureSummary?.replace(/\n/g, '\n      ')}\n      html: ${n.html.slice(0, 200)}`),
      ].join('\n'),
    )
    .join('\n');
  // Soft: one run reports every page's violations, not just the first page's.
  const summary = violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
  expect.soft(summary, `axe violations on ${what}:\n${report}\n`).toEqual([]);
}
