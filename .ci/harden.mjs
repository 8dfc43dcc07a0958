// Post-build step (before precache.mjs): makes the build servable under Nour's CSP. It first
// checks that Trunk.toml still sends `devServerPolicy()` to `trunk serve`, then:
// 1. Writes the bootstrap `nour-boot-<hash>.js` for the modules that .ci/wasm-build.mjs built,
//    with the Trusted Types policy (`public/trusted-types.js`) in front of it, and the preloads.
//    A file, not an inline script: the header then needs no per-build script hash, and the file
//    is cached immutably. It costs no round trip: the preload scanner finds it with the wasm and
//    the JS.
// 2. Hashes the inlined <style> blocks and puts the whole policy (less frame-ancestors) in a
//    <meta> at the top of <head>: hosts that cannot send headers still get it, and under
//    `trunk serve` it holds styles to their hashes.
// 3. Writes `_headers` (policy, cache rules) for the host and for tests/e2e/server.mjs.
//   node .ci/harden.mjs DIST_DIR
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
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

// 1. The bootstrap, for the modules .ci/wasm-build.mjs wrote (index.html has no `rel="rust"`).
const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter(([, attrs]) => !/\ssrc=/.test(attrs));
if (inline.length) fail('index.html has an inline script, which the CSP refuses: load it from a file (and keep `no_autoreload` in Trunk.toml).');
const build = JSON.parse(readFileSync(join(root, 'target/nour-web/build.json'), 'utf8'));
const url = (path) => `${publicUrl}${path}`;
// Its comments are for the reader of the source, not for every learner's download.
const policySource = readFileSync(join(root, 'public/trusted-types.js'), 'utf8')
  .split('\n').filter((line) => !/^\s*\/\//.test(line)).join('\n');
const boot = `${policySource}
// The app's bootstrap, written by .ci/harden.mjs.
import init from '${url(build.js)}';
const wasm = await init({ module_or_path: '${url(build.wasm)}' });
dispatchEvent(new CustomEvent('NourWasmStarted', { detail: { wasm } }));
`;
const bootName = `nour-boot-${digest('sha256', boot).toString('hex').slice(0, 16)}.js`;
writeFileSync(join(dist, bootName), boot);
const sri = (path) => `sha384-${digest('sha384', readFileSync(join(dist, path))).toString('base64')}`;
// Everything the app needs before it starts is asked for with the page, in one round trip: the
// main module and the modules it imports (the split loader, wasm-bindgen's snippets), and the
// wasm. The wasm's preload carries no integrity: the glue's own fetch has none, and a preload
// that does not match its request is fetched twice.
const snippets = distFiles(dist).filter((path) => path.startsWith('snippets/'));
const preloads = [build.js, build.loader, ...snippets]
  .map((path) => `<link rel="modulepreload" href="${url(path)}" integrity="${sri(path)}" crossorigin="anonymous" />`)
  .concat(`<link rel="preload" href="${url(build.wasm)}" as="fetch" type="application/wasm" crossorigin="anonymous" />`,
    `<script type="module" src="${url(bootName)}" integrity="${sri(bootName)}" crossorigin="anonymous"></script>`);
// Before the inlined styles, so the preload scanner sees them in the first bytes of the page.
if (!html.includes('</title>')) fail('index.html needs a <title>');
html = html.replace('</title>', `</title>\n  ${preloads.join('\n  ')}`);

// Markup the policy would refuse: inline handlers and style attributes.
const refused = html.match(/<[a-z][^>]*\s(on[a-z]+|style)=/i);
if (refused) fail(`index.html has a \`${refused[1]}=\` attribute, which the CSP refuses: use a class or a listener instead.`);

// 2. The styles, hashed as the browser reads them (the HTML parser turns CR LF into LF): the blocks
// inlined in the page, and every stylesheet of style/, which the parts loaded on demand add to
// the page as they arrive (src/app/parts.rs, byte for byte as the file is).
const styleDir = join(root, 'style');
const sheets = readdirSync(styleDir).filter((name) => name.endsWith('.css')).sort()
  .map((name) => readFileSync(join(styleDir, name), 'utf8'));
const inlined = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map(([, css]) => css.replace(/\r\n?/g, '\n'));
const styles = [...new Set([...inlined, ...sheets].map((css) => `'sha256-${digest('sha256', css).toString('base64')}'`))];
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
