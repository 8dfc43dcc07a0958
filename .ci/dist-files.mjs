// Every file of a build directory, as sorted `/`-separated paths relative to it: what the
// post-build steps (harden.mjs, precache.mjs) choose the shell from.
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export function distFiles(dist) {
  const files = [];
  (function walk(dir) {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else files.push(relative(dist, full).split('\\').join('/'));
    }
  })(dist);
  return files;
}
