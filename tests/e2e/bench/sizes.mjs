// What a build ships and what its first load weighs, compressed as a host compresses it (brotli
// quality 11, gzip -9). Shared by the benchmark (load.mjs) and the CI size guard
// (.ci/size-guard.mjs), so both count the first load the same way. Sizes only: no timing here.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

/** The shell's files (what the service worker precaches, plus sw.js), without course content,
 *  tooling (schema/) or the host's `_headers`; sorted. */
export function shellFiles(dist) {
  const files = [];
  (function walk(dir) {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else files.push(relative(dist, full).split('\\').join('/'));
    }
  })(dist);
  return files.filter((f) => !f.startsWith('catalog/') && !f.startsWith('schema/') && f !== '_headers').sort();
}

/**
 * The files of the first load: the page (with its styles inlined) and what it makes the browser
 * fetch before the app can start: its scripts, module preloads and preloads (the wasm), and the
 * modules those scripts import statically. Found by following references rather than by file
 * type, so a module loaded later on demand (the pages module) is not counted, nor are icons,
 * the manifest or sw.js.
 */
export function firstLoadFiles(dist) {
  const files = new Set(['index.html']);
  const add = (url, from) => {
    const path = new URL(url, `http://host/${from}`).pathname.slice(1);
    if (files.has(path)) return;
    files.add(path);
    if (path.endsWith('.js')) imports(path);
  };
  const imports = (path) => {
    const js = readFileSync(join(dist, path), 'utf8');
    for (const [, , url] of js.matchAll(/^\s*(import|export)\b[^'"()]*?['"]([^'"]+\.js)['"]/gm)) add(url, path);
  };
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  for (const [tag] of html.matchAll(/<(script|link)\b[^>]*>/g)) {
    const url = tag.match(/\s(?:src|href)="([^"]+)"/)?.[1];
    const rel = tag.match(/\srel="([^"]+)"/)?.[1];
    if (url && (tag.startsWith('<script') || ['modulepreload', 'preload', 'stylesheet'].includes(rel))) add(url, 'index.html');
  }
  return files;
}

/** The parts loaded on demand, as the build listed them for the service worker (sw.js PARTS). */
export function lazyParts(dist) {
  const line = readFileSync(join(dist, 'sw.js'), 'utf8').match(/^const PARTS = (.*);$/m);
  return line ? JSON.parse(line[1]).map((part) => part.url.slice(1)) : [];
}

/** Raw, gzip and brotli bytes of each shell file; the first load's files and totals (all, and
 *  brotli per kind); the parts loaded on demand; and the whole app: the first load and every
 *  part, what a learner who opens every page has downloaded. */
export function measureShell(dist) {
  const files = shellFiles(dist).map((file) => {
    const body = readFileSync(join(dist, file));
    return {
      file,
      raw: body.length,
      gzip: gzipSync(body, { level: 9 }).length,
      br: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
  });
  const first = firstLoadFiles(dist);
  const firstLoad = { files: [...first].sort(), raw: 0, gzip: 0, br: 0, brByKind: { wasm: 0, js: 0, html: 0, css: 0 } };
  for (const f of files.filter((f) => first.has(f.file))) {
    firstLoad.raw += f.raw;
    firstLoad.gzip += f.gzip;
    firstLoad.br += f.br;
    firstLoad.brByKind[f.file.split('.').pop()] += f.br;
  }
  const lazy = lazyParts(dist);
  const parts = files.filter((f) => lazy.includes(f.file));
  const whole = { br: firstLoad.br + parts.reduce((sum, f) => sum + f.br, 0) };
  return { files, firstLoad, parts, whole };
}
