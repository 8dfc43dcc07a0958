// CI size guard: fails when a build's first load, or the whole app (the first load and every part
// loaded on demand), brotli-compressed, weighs more than its budget in .ci/size-budget.json. Sizes
// are deterministic, so this can fail CI; timings never do (they stay in the benchmark). Counted
// exactly as the benchmark counts them (tests/e2e/bench/sizes.mjs).
//   node .ci/size-guard.mjs [DIST_DIR]
import { readFileSync } from 'node:fs';
import { measureShell } from '../tests/e2e/bench/sizes.mjs';

const dist = process.argv[2] ?? 'dist';
const budget = JSON.parse(readFileSync(new URL('./size-budget.json', import.meta.url), 'utf8'));
const { firstLoad, parts, whole } = measureShell(dist);
const kb = (bytes) => (bytes / 1000).toFixed(1);
const { wasm, js, html, css } = firstLoad.brByKind;
const limit = budget.first_load_brotli_kb * 1000;

console.log(
  `size guard: first load ${kb(firstLoad.br)} KB brotli (wasm ${kb(wasm)}, JS ${kb(js)}, HTML ${kb(html)}` +
    `${css ? `, CSS ${kb(css)}` : ''}); budget ${budget.first_load_brotli_kb} KB; goal ${budget.goal_kb} KB` +
    (firstLoad.br > budget.goal_kb * 1000 ? ` (${kb(firstLoad.br - budget.goal_kb * 1000)} KB to go)` : ' (met)'),
);
console.log(
  `size guard: the whole app ${kb(whole.br)} KB brotli (the first load and ${parts.length} parts loaded on demand: ` +
    `${parts.map((p) => `${p.file.replace(/-[0-9a-f]{16}\.\w+$/, '')} ${kb(p.br)}`).join(', ')}); budget ${budget.whole_app_brotli_kb} KB`,
);
let over = false;
if (whole.br > budget.whole_app_brotli_kb * 1000) {
  console.error(
    `size guard: the whole app is ${kb(whole.br - budget.whole_app_brotli_kb * 1000)} KB over its budget. Splitting ` +
      'must not make the app heavier for a learner who opens every page (the service worker keeps every part): ' +
      'look for code that several parts now carry, or raise whole_app_brotli_kb in the same change and say why.',
  );
  over = true;
}
if (firstLoad.br > limit) {
  console.error(
    `size guard: the first load is ${kb(firstLoad.br - limit)} KB over the budget. Every learner pays for these ` +
      'bytes on a paid 3G plan: make the change smaller (or load it later), or, if it is worth its weight, ' +
      'raise first_load_brotli_kb in .ci/size-budget.json in the same change and say why.',
  );
  over = true;
}
if (over) process.exit(1);
