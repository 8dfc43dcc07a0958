// Helpers for the chunked packed form (core::pack): read a course's pack manifest from the
// server, and publish a new version of a sample course the way a trainer would (edit the
// bundle, run the real `nour-bundle pack`), served over the running build.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const cli = process.env.NOUR_BUNDLE_BIN ?? join(root, 'target/debug/nour-bundle');

export async function catalogEntry(server, courseId) {
  const catalog = JSON.parse((await server.fetchBytes('/catalog/catalog.json')).toString('utf8'));
  return catalog.courses.find((course) => course.id === courseId);
}

/** The pack manifest of the version of `courseId` the server's catalog offers. */
export async function manifestOf(server, courseId) {
  const entry = await catalogEntry(server, courseId);
  return JSON.parse((await server.fetchBytes(`/catalog/${entry.pack.url}`)).toString('utf8'));
}

/** Server path of a chunk. */
export const chunkPath = (chunk) => `/catalog/chunks/${chunk.sha256}`;

/**
 * Packs the sample courses again with `edit(bundle)` applied to `courseId`'s source bundle, and
 * serves the result over the build's catalog. Returns the new catalog entry and manifest.
 */
export async function publishVersion(server, courseId, edit) {
  const work = mkdtempSync(join(tmpdir(), 'nour-publish-'));
  try {
    const sources = join(root, 'public/courses');
    const inputs = readdirSync(sources).map((name) => {
      cpSync(join(sources, name), join(work, 'src', name), { recursive: true });
      return join(work, 'src', name);
    });
    const file = join(work, 'src', courseId, 'bundle.json');
    const bundle = JSON.parse(readFileSync(file, 'utf8'));
    edit(bundle);
    writeFileSync(file, JSON.stringify(bundle, null, 2));
    const out = join(work, 'catalog');
    execFileSync(cli, ['pack', ...inputs, '--out', out], { stdio: 'pipe' });
    const files = [];
    const walk = (dir) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else files.push(path);
      }
    };
    walk(out);
    for (const path of files) {
      await server.override(`/catalog/${relative(out, path)}`, readFileSync(path));
    }
    const entry = JSON.parse(readFileSync(join(out, 'catalog.json'), 'utf8')).courses.find((c) => c.id === courseId);
    const manifest = JSON.parse(readFileSync(join(out, entry.pack.url), 'utf8'));
    return { entry, manifest };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
