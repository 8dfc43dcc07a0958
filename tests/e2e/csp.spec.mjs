// The Content-Security-Policy and Trusted Types: sent with every response (from the build's
// `_headers`, as a host applies it), enforced (no HTML string, inline script, eval or foreign
// script runs), and the app still does everything under it. The fixtures fail any test of any
// file that sees a violation; the tests here that provoke some check them, then clear the list.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test, expect, openApp, downloadCourse, onDevice, seedStoredPortfolio, waitForServiceWorker, DIST, COURSES } from './fixtures.mjs';

const { web } = COURSES;

/** The policy's directives as a map: name -> sources. */
const directives = (policy) =>
  Object.fromEntries(policy.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...sources]) => [name, sources]));

test('every response carries the policy: the page, a deep link, the worker and the app files', async ({ request, server }) => {
  const html = readFileSync(resolve(DIST, 'index.html'), 'utf8');
  // No inline script is left in the page: every <script> loads a file of ours.
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
  expect(scripts.length).toBeGreaterThan(0);
  for (const [, attributes, body] of scripts) {
    expect(attributes).toMatch(/\ssrc="\/nour-boot-[0-9a-f]{16}\.js"/);
    expect(body).toBe('');
  }
  const boot = scripts[0][1].match(/src="\/([^"]+)"/)[1];
  const wasm = html.match(/href="\/([^"]+_bg\.wasm)"/)[1];
  // The styles the policy allows are exactly the inlined <style> blocks and the stylesheets the
  // parts loaded on demand add to the page (style/*.css, byte for byte), by their SHA-256.
  const hash = (css) => `'sha256-${createHash('sha256').update(css).digest('base64')}'`;
  const inlined = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(([, css]) => hash(css));
  expect(inlined.length).toBeGreaterThan(0);
  const styleDir = new URL('../../style/', import.meta.url).pathname;
  const sheets = readdirSync(styleDir).filter((name) => name.endsWith('.css')).sort().map((name) => hash(readFileSync(resolve(styleDir, name), 'utf8')));
  const styleHashes = [...new Set([...inlined, ...sheets])];

  const policies = new Set();
  for (const path of ['/', '/course/web-html-css/lesson/l01-web', '/portfolio', '/sw.js', `/${boot}`, `/${wasm}`, '/catalog/catalog.json']) {
    const response = await request.get(`${server.url}${path}`);
    expect(response.status(), path).toBe(200);
    const policy = response.headers()['content-security-policy'];
    expect(policy, `${path} has a Content-Security-Policy`).toBeTruthy();
    expect(response.headers()['x-content-type-options'], path).toBe('nosniff');
    policies.add(policy);
  }
  expect(policies.size, 'one policy for every path').toBe(1);
  const [policy] = policies;
  const d = directives(policy);
  expect(d['script-src']).toEqual(["'self'", "'wasm-unsafe-eval'"]);
  expect(d['style-src']).toEqual(styleHashes);
  expect(d['default-src']).toEqual(["'self'"]);
  expect(d['img-src']).toEqual(["'self'", 'blob:']);
  expect(d['object-src']).toEqual(["'none'"]);
  expect(d['base-uri']).toEqual(["'none'"]);
  expect(d['frame-ancestors']).toEqual(["'none'"]);
  expect(d['require-trusted-types-for']).toEqual(["'script'"]);
  expect(d['trusted-types']).toEqual(['default']);
  expect(policy).not.toContain('unsafe-inline');

  // The same policy, less what a <meta> cannot carry, is in the page for hosts without headers.
  const meta = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/)[1];
  const { 'frame-ancestors': _, ...rest } = d;
  expect(directives(meta)).toEqual(rest);

  // Hashed files are cached for good; the page, the worker and the rest are revalidated.
  expect((await request.get(`${server.url}/${boot}`)).headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect((await request.get(`${server.url}/${wasm}`)).headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  for (const path of ['/', '/sw.js', '/manifest.webmanifest', '/icon-192.png']) {
    expect((await request.get(`${server.url}${path}`)).headers()['cache-control'], path).toBe('no-cache');
  }
  // The host reads _headers; it does not serve it.
  expect((await request.get(`${server.url}/_headers`)).status()).toBe(404);
});

test.describe('attacks', () => {
  // Chromium logs each refusal as an error; the test checks every one of them below.
  test.use({ allowConsoleError: /requires 'Trusted|Content Security Policy|Trusted Type/ });

  test('no HTML string, inline script, eval or foreign script runs, and Leptos templates still do', async ({ page, server, cspViolations }) => {
    await openApp(page);
    await waitForServiceWorker(page); // registered with "/sw.js", the one script URL the policy takes

    // innerHTML with a payload: Trusted Types make the assignment throw; nothing runs.
    const assigned = await page.evaluate(() => {
      try {
        document.body.innerHTML = '<img src=x onerror="window.__pwned = true">';
        return 'assigned';
      } catch (error) {
        return error.name;
      }
    });
    expect(assigned).toBe('TypeError');
    await expect(page.locator('html[data-app-ready]')).toBeAttached(); // the page was not replaced

    // What the default policy lets through (markup a Leptos view! writes at compile time) and
    // what it refuses (anything that could run script, leave the site or parse differently).
    const verdicts = await page.evaluate(
      ({ accepted, refused }) => {
        const verdict = (html) => {
          try {
            document.createElement('template').innerHTML = html;
            return 'accepted';
          } catch {
            return 'refused';
          }
        };
        return { accepted: accepted.map(verdict), refused: refused.map(verdict) };
      },
      {
        accepted: [
          '<span aria-hidden="true"> / </span>',
          '<span class="app-header__name">Nour</span>',
          '<p class="meta"><strong>Score</strong> &amp; <em>temps</em></p>',
          '<ul class="tags"><li data-testid="tag">HTML</li><li hidden>CSS</li></ul>',
          '<a href="/review">Révision</a><a href="#content">Aller</a><br>',
          '<summary>Détails / التفاصيل / Details</summary>',
          '<option value="">—</option>',
        ],
        refused: [
          '<img src=x onerror=alert(1)>',
          '<script>alert(1)</script>',
          '<span onclick="alert(1)">x</span>',
          '<span title="x"onmouseover="alert(1)">x</span>',
          '<span style="color: red">x</span>',
          '<a href="javascript:alert(1)">x</a>',
          '<a href=" javascript:alert(1)">x</a>',
          '<a href="//evil.example/">x</a>',
          '<a href="/\\evil.example/">x</a>',
          '<a href="/&#47;evil.example/">x</a>',
          '<a href="/\t/evil.example/">x</a>',
          '<svg onload="alert(1)"></svg>',
          '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
          '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
          '<!--><img src=x onerror=alert(1)>-->',
          '<SPAN>x</SPAN>',
          '<span class=x>x</span>',
        ],
      },
    );
    expect(verdicts.accepted).toEqual(verdicts.accepted.map(() => 'accepted'));
    expect(verdicts.refused).toEqual(verdicts.refused.map(() => 'refused'));

    // Script text, eval and another worker script are refused too.
    const refusals = await page.evaluate(async () => {
      const attempt = async (run) => {
        try {
          await run();
          return 'ran';
        } catch (error) {
          return error.name;
        }
      };
      return {
        scriptText: await attempt(() => {
          const script = document.createElement('script');
          script.textContent = 'window.__pwned = true';
          document.head.append(script);
        }),
        // From a task of the page's own: DevTools' evaluation itself may run eval.
        eval: await new Promise((done) => setTimeout(() => attempt(() => globalThis.eval('window.__pwned = true')).then(done))),
        worker: await attempt(() => navigator.serviceWorker.register('/catalog/catalog.json')),
      };
    });
    expect(refusals).toEqual({ scriptText: 'TypeError', eval: 'EvalError', worker: 'TypeError' });

    // A page of this site with an inline script and a script from another origin: the header
    // refuses both (script-src 'self', no 'unsafe-inline').
    const foreign = `http://localhost:${server.port}/nour-probe.js`;
    await server.override('/catalog/probe.html', `<!doctype html><title>probe</title><link rel="icon" href="/icon.svg"><script>window.__pwned = true</script><script src="${foreign}"></script>`);
    await page.goto('/catalog/probe.html'); // the worker leaves /catalog/ to the network
    expect(await page.evaluate(() => window.__pwned)).toBeUndefined();

    // Each refusal was reported as a violation, and nothing else was. (On the app's page the
    // header and the <meta> each report it: the same line twice.)
    const events = () => [...new Set(cspViolations.filter((v) => !/^(console|pageerror): /.test(v)))];
    const sinks = verdicts.refused.length + 1 /* body.innerHTML */ + 3 /* script text, eval, worker */;
    await expect.poll(() => events().length).toBe(sinks + 2 /* the probe page's two scripts */);
    expect(events().filter((v) => v.startsWith('require-trusted-types-for blocked trusted-types-sink «'))).toHaveLength(sinks);
    for (const sink of ['Element innerHTML|<img src=x onerror="window.__pwned', 'HTMLScriptElement textContent|', 'eval|', 'ServiceWorkerContainer register|/catalog/catalog.json']) {
      expect(events()).toContainEqual(expect.stringContaining(`«${sink}`));
    }
    expect(events()).toContainEqual(expect.stringMatching(/^script-src-elem blocked inline .* on .*\/catalog\/probe\.html$/));
    expect(events()).toContainEqual(expect.stringMatching(/^script-src-elem blocked http:\/\/localhost:\d+\/nour-probe\.js /));
    cspViolations.length = 0;
    expect(server.log).not.toContain('/nour-probe.js');
  });
});

test('the app works under the policy: a course, a lesson with its image, the portfolio and the CV', async ({ page }) => {
  await openApp(page);
  await waitForServiceWorker(page);
  await downloadCourse(page, web);
  await onDevice(page).getByRole('link', { name: 'Ouvrir' }).click();
  await expect(page.getByRole('heading', { level: 1, name: web.title })).toBeVisible();
  // A lesson with an image: it comes from IndexedDB through a blob: URL (img-src blob:).
  await page.goto('/course/web-html-css/lesson/l11-modele-boite');
  const image = page.locator('.lesson__body img');
  await expect(image).toBeVisible();
  await expect.poll(() => image.evaluate((img) => img.complete && img.naturalWidth > 0 && img.src.startsWith('blob:'))).toBe(true);

  // The portfolio and the CV, with a photo and a project image shown from blob: URLs.
  await seedStoredPortfolio(page, {
    profile: {
      name: 'Salma Idrissi', headline: 'Intégratrice web', city: 'Smara', email: '', phone: '', about: '',
      languages: [], links: [],
      photo: { id: 'photo-salma', media_type: 'image/jpeg', width: 200, height: 200, bytes: 0, alt: 'Portrait de Salma' },
    },
    entries: [{
      id: 'entry-site', kind: 'project', title: 'Site vitrine', description: 'Une page **légère**.', role: '', start: '2025-03',
      end: '', repository: '', live_url: '', skills: ['HTML'], created_ms: 1_740_000_000_000, updated_ms: 1_740_000_000_000,
      images: [{ id: 'img-site', media_type: 'image/jpeg', width: 320, height: 200, bytes: 0, alt: "Page d'accueil du site" }],
    }],
    hidden_achievements: [],
  });
  await page.goto('/portfolio');
  await expect(page.getByRole('heading', { level: 1, name: 'Mon portfolio' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: 'Site vitrine' })).toBeVisible();
  await expect(page.getByRole('img', { name: "Page d'accueil du site" })).toBeVisible();
  await page.goto('/cv');
  await expect(page.getByRole('heading', { level: 1, name: 'Mon CV' })).toBeVisible();
  await expect(page.getByRole('img', { name: 'Portrait de Salma' })).toBeVisible();
  await page.waitForFunction(() => [...document.querySelectorAll('img')].every((img) => img.complete && img.naturalWidth > 0));
  // The rest of the app's pages open too (the fixtures fail the test on any violation).
  for (const [path, name] of [['/settings', 'Réglages'], ['/review', 'Révision du jour']]) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  }
});
