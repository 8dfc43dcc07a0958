// Post-build step (before precache.mjs): makes the build servable under Nour's CSP. It first
// checks that Trunk.toml still sends `devServerPolicy()` to `trunk serve`, then:
// 1. Moves Trunk's inline bootstrap <script type="module"> into `nour-boot-<hash>.js`, with the
//    Trusted Types policy (`public/trusted-types.js`) in front of it. A file, not a hash in the
//    policy: the header then needs no per-build script hash, and the file is cached immutably.
//    It costs no round trip: the preload scanner finds it with the wasm and the JS.
// 2. Hashes the inlined <style> blocks and puts the whole policy (less frame-ancestors) in a
//    <meta> at the top of <head>: hosts that cannot send headers still get it, and under
//    `trunk serve` it holds styles to their hashes.
// 3. Writes `_headers` (policy, cache rules) for the host and for tests/e2e/server.mjs.
//   node .ci/harden.mjs DIST_DIR
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { distFiles } from './dist-files.mjs';
import { contentSecurityPolicy, devServerPolicy, headersFile, isHashed } from './security-headers.mjs';

const dist = process.argv[2];
if (!dist) throw new Error('usage: node .ci/harden.mjs DIST_DIR');
const root = process.cwd(); // Trunk runs hooks in the project root
const publicUrl = process.env.TRUNK_PUBLIC_URL ?? '/';
const fail = (message) => {
  console.error(`harden: ${message}`);
  process.exit(1);
};
const digest = (algorithm, text) => createHash(algorithm).update(text).digest();

// 0. Trunk.toml cannot import the policy: check the copy it holds before anything else.
const trunkToml = readFileSync(join(root, 'Trunk.toml'), 'utf8');
const expected = `"Content-Security-Policy" = "${devServerPolicy()}"`;
if (!trunkToml.split('\n').includes(expected)) {
  fail(`Trunk.toml's [serve.headers] no longer matches .ci/security-headers.mjs; put this line there:\n${expected}`);
}

const htmlPath = join(dist, 'index.html');
let html = readFileSync(htmlPath, 'utf8');

// 1. The bootstrap.
const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter(([, attrs]) => !/\ssrc=/.test(attrs));
if (inline.length !== 1 || !/^\s*type="module"\s*$/.test(inline[0][1])) {
  fail(`expected exactly one inline script, Trunk's <script type="module"> bootstrap; found ${inline.length}. ` +
    'Inline scripts are refused by the CSP: load them from a file (and keep `no_autoreload` in Trunk.toml).');
}
const [bootstrapTag, , bootstrap] = inline[0];
// Its comments are for the reader of the source, not for every learner's download.
const policySource = readFileSync(join(root, 'public/trusted-types.js'), 'utf8')
  .split('\n').filter((line) => !/^\s*\/\//.test(line)).join('\n');
const boot = `${policySource}\n// Trunk's bootstrap, moved here from index.html by .ci/harden.mjs.\n${bootstrap.trim()}\n`;
const bootName = `nour-boot-${digest('sha256', boot).toString('hex').slice(0, 16)}.js`;
writeFileSync(join(dist, bootName), boot);
const integrity = `sha384-${digest('sha384', boot).toString('base64')}`;
html = html.replace(bootstrapTag, `<script type="module" src="${publicUrl}${bootName}" integrity="${integrity}" crossorigin="anonymous"></script>`);

// Markup the policy would refuse: inline handlers and style attributes.
const refused = html.match(/<[a-z][^>]*\s(on[a-z]+|style)=/i);
if (refused) fail(`index.html has a \`${refused[1]}=\` attribute, which the CSP refuses: use a class or a listener instead.`);

// 2. The styles, hashed as the browser reads them (the HTML parser turns CR LF into LF).
const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map(
  ([, css]) => `'sha256-${digest('sha256', css.replace(/\r\n?/g, '\n')).toString('base64')}'`,
);
const meta = contentSecurityPolicy({ styles, meta: true });
const charset = /<meta charset="utf-8"\s*\/?>/i;
if (!charset.test(html)) fail('index.html must start its <head> with <meta charset="utf-8" />');
// First in <head>: a <meta> policy only covers what comes after it.
html = html.replace(charset, (tag) => `${tag}\n  <meta http-equiv="Content-Security-Policy" content="${meta}" />`);
writeFileSync(htmlPath, html);

// 3. `_headers`. The shell files as precache.mjs lists them: hashed ones immutable, the rest
// (and the page itself at `/`) revalidated, so a deploy is seen and nothing is fetched twice.
const files = distFiles(dist);
const shell = files.filter((path) => !path.startsWith('catalog/') && !path.startsWith('schema/') && path !== '_headers');
const paths = (list) => list.map((path) => `${publicUrl}${path}`);
writeFileSync(join(dist, '_headers'), headersFile({
  policy: contentSecurityPolicy({ styles }),
  revalidate: [publicUrl, ...paths(shell.filter((path) => !isHashed(path)))],
  immutable: paths(shell.filter(isHashed)),
}));

console.log(`harden: ${bootName}, ${styles.length} style hashes, _headers with ${shell.length} shell files`);
