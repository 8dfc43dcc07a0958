// Writes the service worker's precache list and cache version from the files a build produced.
// Trunk hashes file names, so the list can only be known after the build.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const dist = process.argv[2];
if (!dist) throw new Error('usage: node precache.mjs DIST_DIR');

// Content and tooling that the shell does not need: courses live in IndexedDB, not in the cache.
const skip = (path) => path === 'sw.js' || path.startsWith('catalog/') || path.startsWith('schema/');
const files = [];
(function walk(dir) {
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) walk(full);
    else files.push(relative(dist, full).split('\\').join('/'));
  }
})(dist);

const shell = files.filter((path) => !skip(path));
const hash = createHash('sha256');
for (const path of shell) hash.update(path).update(readFileSync(join(dist, path)));
const version = hash.digest('hex').slice(0, 16);
const urls = ['/', ...shell.filter((path) => path !== 'index.html').map((path) => `/${path}`)];

const swPath = join(dist, 'sw.js');
const template = readFileSync(swPath, 'utf8');
const generated = template
  .replace(/^const VERSION = .*$/m, `const VERSION = ${JSON.stringify(version)};`)
  .replace(/^const SHELL = .*$/m, `const SHELL = ${JSON.stringify(urls)};`);
if (generated === template) throw new Error('sw.js has no VERSION/SHELL lines to fill');
writeFileSync(swPath, generated);
console.log(`precache: ${urls.length} files, version ${version}`);
