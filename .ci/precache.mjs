// Writes the service worker's precache list and cache version from the files a build produced.
// Trunk hashes file names, so the list can only be known after the build.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { distFiles } from './dist-files.mjs';
import { isHashed } from './security-headers.mjs';

const dist = process.argv[2];
if (!dist) throw new Error('usage: node precache.mjs DIST_DIR');

// Content and tooling that the shell does not need: courses live in IndexedDB, not in the cache;
// `_headers` is read by the host, never by the app.
const skip = (path) => path === 'sw.js' || path === '_headers' || path.startsWith('catalog/') || path.startsWith('schema/');
const files = distFiles(dist);

const shell = files.filter((path) => !skip(path));
const hash = createHash('sha256');
for (const path of shell) hash.update(path).update(readFileSync(join(dist, path)));
const version = hash.digest('hex').slice(0, 16);
const urls = ['/', ...shell.filter((path) => path !== 'index.html').map((path) => `/${path}`)];

const swPath = join(dist, 'sw.js');
const template = readFileSync(swPath, 'utf8');
// The worker takes hashed files from the HTTP cache as they are and revalidates the others.
const lines = {
  VERSION: `const VERSION = ${JSON.stringify(version)};`,
  SHELL: `const SHELL = ${JSON.stringify(urls)};`,
  HASHED: `const HASHED = ${JSON.stringify(urls.filter(isHashed))};`,
};
let generated = template;
for (const [name, line] of Object.entries(lines)) {
  if (!new RegExp(`^const ${name} = .*$`, 'm').test(generated)) throw new Error(`sw.js has no ${name} line to fill`);
  generated = generated.replace(new RegExp(`^const ${name} = .*$`, 'm'), () => line);
}
writeFileSync(swPath, generated);
console.log(`precache: ${urls.length} files, version ${version}`);
