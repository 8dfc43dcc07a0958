// Writes the service worker's precache list, its list of parts and its cache version from the
// files a build produced. File names carry hashes, so the lists can only be known after the
// build. The shell is precached when the worker installs; the parts loaded on demand
// (target/nour-web/build.json, from .ci/wasm-build.mjs) when the page asks, each with the size a
// host sends it in (brotli), so the page can say what a learner on the data saver is missing.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { distFiles } from './dist-files.mjs';
import { isHashed } from './security-headers.mjs';

const dist = process.argv[2];
if (!dist) throw new Error('usage: node precache.mjs DIST_DIR');

// Content and tooling that the shell does not need: courses live in IndexedDB, not in the cache;
// `_headers` is read by the host, never by the app.
const skip = (path) => path === 'sw.js' || path === '_headers' || path.startsWith('catalog/') || path.startsWith('schema/');
const files = distFiles(dist);

// The download path first: on her first visit a learner most likely taps "Télécharger" next.
const { parts } = JSON.parse(readFileSync('target/nour-web/build.json', 'utf8'));
const first = (path) => (/^nour-(intake|shared)-/.test(path) ? 0 : 1);
const lazy = [...parts].sort((a, b) => first(a) - first(b));
for (const path of lazy) if (!files.includes(path)) throw new Error(`precache: the part ${path} is not in ${dist}`);
const shell = files.filter((path) => !skip(path) && !lazy.includes(path));
const hash = createHash('sha256');
for (const path of [...shell, ...lazy]) hash.update(path).update(readFileSync(join(dist, path)));
const version = hash.digest('hex').slice(0, 16);
const urls = ['/', ...shell.filter((path) => path !== 'index.html').map((path) => `/${path}`)];
const brotli = (path) => brotliCompressSync(readFileSync(join(dist, path)), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const partList = lazy.map((path) => ({ url: `/${path}`, size: brotli(path) }));

const swPath = join(dist, 'sw.js');
const template = readFileSync(swPath, 'utf8');
// The worker takes hashed files from the HTTP cache as they are and revalidates the others.
const lines = {
  VERSION: `const VERSION = ${JSON.stringify(version)};`,
  SHELL: `const SHELL = ${JSON.stringify(urls)};`,
  HASHED: `const HASHED = ${JSON.stringify(urls.filter(isHashed))};`,
  PARTS: `const PARTS = ${JSON.stringify(partList)};`,
};
let generated = template;
for (const [name, line] of Object.entries(lines)) {
  if (!new RegExp(`^const ${name} = .*$`, 'm').test(generated)) throw new Error(`sw.js has no ${name} line to fill`);
  generated = generated.replace(new RegExp(`^const ${name} = .*$`, 'm'), () => line);
}
writeFileSync(swPath, generated);
console.log(`precache: ${urls.length} shell files, ${partList.length} parts (${(partList.reduce((sum, p) => sum + p.size, 0) / 1000).toFixed(1)} KB brotli), version ${version}`);
