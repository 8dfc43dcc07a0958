// Trunk pre_build hook: builds the app's wasm and splits it into parts loaded on demand.
//
// Trunk 0.21 has no step between `cargo build` and `wasm-bindgen`, where wasm-split must run, so
// index.html has no `rel="rust"` link and this hook does the Rust step itself, the way
// cargo-leptos' `--split` does it:
//   1. cargo build, linked with `--emit-relocs` (wasm-split follows every reference through the
//      relocations) and with Leptos' `erase_components` (type-erased views: less code per view).
//      The release also rebuilds the standard library, with panics that abort at once
//      (see "The release wasm" in the README);
//   2. wasm-split-cli: the main module, one part per `#[wasm_split]` name in `src/app/parts.rs`,
//      chunks of the code several parts share but the main module does not use, and the split
//      loader (`__wasm_split.js`) that fetches and links them;
//   3. wasm-bindgen on the main module, keeping the exports the parts import;
//   4. wasm-opt -Oz on every module and terser on the JavaScript (release);
//   5. the chunks in one file, fetched once with the first part that needs any of them, so a
//      page costs at most its part and that file, in one round trip; the loader instantiates
//      each chunk from its slice, as it did from its own file;
//   6. content-hashed names, written into Trunk's staging folder, and `target/nour-web/build.json`
//      for the post-build steps (the bootstrap and preloads in index.html, the precache list).
// Every tool is the pinned one that .ci/setup.sh installs, and is checked here.
//   TRUNK_PROFILE=release TRUNK_STAGING_DIR=dist node .ci/wasm-build.mjs
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const release = process.env.TRUNK_PROFILE === 'release';
const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('wasm-build: run by trunk (TRUNK_STAGING_DIR is not set)');
const work = 'target/nour-web';
const started = Date.now();
const step = (what) => console.log(`wasm-build: ${what} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
const run = (command, args, env = {}) =>
  execFileSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
const output = (command, args) => execFileSync(command, args, { encoding: 'utf8' }).trim();

// The pins live in .ci/setup.sh, which installs them; a different tool on PATH is refused.
const setup = readFileSync('.ci/setup.sh', 'utf8');
const pin = (name) => setup.match(new RegExp(`^${name}=([^\\s#]+)`, 'm'))[1];
const versions = {
  'wasm-bindgen': [output('wasm-bindgen', ['--version']).split(' ')[1], pin('WASM_BINDGEN_VERSION')],
  'wasm-opt': [output('wasm-opt', ['--version']).split(' ')[2], pin('BINARYEN_NPM_VERSION').split('.')[0]],
  'wasm-split-cli': [output('cargo', ['install', '--list']).match(/^wasm_split_cli_support v(\S+):/m)?.[1], pin('WASM_SPLIT_VERSION')],
};
for (const [tool, [found, wanted]] of Object.entries(versions)) {
  if (found !== wanted) throw new Error(`wasm-build: ${tool} ${found} is on PATH, ${wanted} is pinned: run bash .ci/setup.sh`);
}

// 1. The wasm, with its relocations. The release rebuilds std for this profile (opt-level "z")
// with `-Cpanic=immediate-abort`: unstable options, which the pinned stable compiler accepts with
// RUSTC_BOOTSTRAP (no nightly toolchain can be installed here). Tests and the CLI do not use
// them. std's `optimize_for_size` feature saves 1.8 KB more but makes a 5 MB import 0.2 s slower
// at 4x CPU (its copies and searches go byte by byte): left off.
const rustflags = ['-Clink-args=--emit-relocs', '--cfg', 'erase_components'];
const cargoArgs = ['build', '--locked', '--target', 'wasm32-unknown-unknown', '--bin', 'nour'];
const cargoEnv = {};
if (release) {
  rustflags.push('-Zunstable-options', '-Cpanic=immediate-abort');
  cargoArgs.push('--release', '-Zbuild-std=std,panic_abort',
    '--target-dir', 'target/size');
  cargoEnv.RUSTC_BOOTSTRAP = '1';
}
run('cargo', cargoArgs, { ...cargoEnv, CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS: rustflags.join(' ') });
const input = release ? 'target/size/wasm32-unknown-unknown/release/nour.wasm' : 'target/wasm32-unknown-unknown/debug/nour.wasm';
step('cargo build');

// 2. Split.
rmSync(work, { recursive: true, force: true });
const split = join(work, 'split');
const bindgen = join(work, 'bindgen');
mkdirSync(split, { recursive: true });
run('wasm-split-cli', [input, split, '--target', 'web', '--out-name', 'nour']);
step('wasm-split');

// 3. Bindings for the main module; the split loader sits beside them, as both import each other.
run('wasm-bindgen', ['--target', 'web', '--keep-lld-exports', '--no-demangle', '--no-typescript',
  '--out-dir', bindgen, '--out-name', 'nour', join(split, 'nour.wasm')]);
const modules = readdirSync(split).filter((name) => /^(split|chunk)_.*\.wasm$/.test(name)).sort();
for (const name of ['__wasm_split.js', ...modules]) cpSync(join(split, name), join(bindgen, name));
step(`wasm-bindgen (${modules.length} modules beside the main one)`);

// 4. Optimise every module, two at a time (the machine has two cores), and minify the JS.
if (release) {
  const wasmOpt = (file) => new Promise((resolve, reject) => {
    const child = spawn('wasm-opt', ['-Oz', '--quiet', file, '-o', file], { stdio: 'inherit' });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`wasm-opt ${file} exited with ${code}`))));
  });
  const queue = ['nour_bg.wasm', ...modules].map((name) => join(bindgen, name));
  await Promise.all([0, 1].map(async () => { while (queue.length) await wasmOpt(queue.shift()); }));
  step('wasm-opt');
}

// 5. The chunks in one file.
const read = (name) => readFileSync(join(bindgen, name));
const hex = (...buffers) => {
  const hash = createHash('sha256');
  for (const buffer of buffers) hash.update(buffer);
  return hash.digest('hex').slice(0, 16);
};
const chunks = modules.filter((name) => name.startsWith('chunk_'));
const parts = modules.filter((name) => name.startsWith('split_'));
const shared = Buffer.concat(chunks.map(read));
const sharedName = chunks.length ? `nour-shared-${hex(shared)}.bin` : null;
let loader = read('__wasm_split.js').toString();
if (sharedName) {
  let offset = 0;
  for (const chunk of chunks) {
    const length = read(chunk).length;
    const fetchOwnFile = `fetch(new URL("./${chunk}", import.meta.url))`;
    const block = new RegExp(`(const __${chunk.slice(0, -5)} = makeLoad\\(\\(\\) => \\{\\n)([\\s\\S]*?)(\\n\\}\\n, \\[\\]\\);)`);
    const match = loader.match(block);
    if (!match || !match[2].includes(fetchOwnFile)) throw new Error(`wasm-build: the split loader's code for ${chunk} is not what this step rewrites`);
    const body = match[2]
      .replace(fetchOwnFile, `sharedSlice(${offset}, ${length})`)
      .replace('WebAssembly.instantiateStreaming(src, imports)', 'WebAssembly.instantiate(await src, imports)');
    loader = loader.replace(block, `$1${body.replace(/\$/g, '$$$$')}$3`);
    offset += length;
  }
  loader += `
// The chunks, in one file (.ci/wasm-build.mjs): fetched once, each instantiated from its slice.
// A failed fetch is forgotten, so the next load tries again.
let sharedBytes;
function sharedSlice(offset, length) {
    if (sharedBytes === undefined) {
        sharedBytes = fetch(new URL("./${sharedName}", import.meta.url))
            .then((response) => (response.ok ? response.arrayBuffer() : Promise.reject(new Error(response.status + " " + response.url))));
        sharedBytes.catch(() => { sharedBytes = undefined; });
    }
    return sharedBytes.then((bytes) => new Uint8Array(bytes, offset, length));
}
`;
}
if (/chunk_\d+\.wasm/.test(loader)) throw new Error('wasm-build: the split loader still fetches a chunk on its own');

// 6. Hashed names. A part's name carries its own hash. The main JS and the split loader import
// each other, so they share one hash, taken over every file of the build.
const partFiles = parts.map((name) => ({ from: name, to: `nour-${name.slice('split_'.length, -'.wasm'.length)}-${hex(read(name))}.wasm` }));
const build = hex(read('nour.js'), read('nour_bg.wasm'), Buffer.from(loader), shared, ...parts.map(read));
const names = { js: `nour-${build}.js`, wasm: `nour-${build}_bg.wasm`, loader: `nour-split-${build}.js` };
const replaceAll = (text, pairs) => pairs.reduce((out, [from, to]) => out.split(from).join(to), text);
// Only the import specifiers: the keys of the imports object must stay the wasm's module name.
let mainJs = replaceAll(read('nour.js').toString(), [['from "./__wasm_split.js"', `from "./${names.loader}"`]]);
loader = replaceAll(loader, [['"./nour.js"', `"./${names.js}"`], ...partFiles.map(({ from, to }) => [`"./${from}"`, `"./${to}"`])]);
for (const [name, text] of [[names.js, mainJs], [names.loader, loader]]) {
  if (/from "\.\/__wasm_split\.js"|"\.\/(split|chunk)_|"\.\/nour\.js"/.test(text)) throw new Error(`wasm-build: ${name} still names an unhashed file`);
}
if (release) {
  const minify = (text) => execFileSync('terser', ['--module', '--compress', '--mangle'], { input: text, encoding: 'utf8', maxBuffer: 1 << 26 });
  mainJs = minify(mainJs);
  loader = minify(loader);
}
writeFileSync(join(staging, names.js), mainJs);
writeFileSync(join(staging, names.loader), loader);
cpSync(join(bindgen, 'nour_bg.wasm'), join(staging, names.wasm));
for (const { from, to } of partFiles) cpSync(join(bindgen, from), join(staging, to));
if (sharedName) writeFileSync(join(staging, sharedName), shared);
try {
  cpSync(join(bindgen, 'snippets'), join(staging, 'snippets'), { recursive: true });
} catch (error) {
  if (error.code !== 'ENOENT') throw error;
}
const lazy = [...partFiles.map(({ to }) => to), ...(sharedName ? [sharedName] : [])];
writeFileSync(join(work, 'build.json'), JSON.stringify({ ...names, parts: lazy }, null, 2));
step(`${names.wasm} and ${lazy.length} parts: ${lazy.join(', ')}`);
