// Runs every benchmark on a release build and writes BENCHMARKS.md at the project root: a summary
// of each figure beside its goal, then each benchmark's full tables. Run by `bash .ci/bench.sh`
// (which builds the release first), never by the tests: timings vary with the machine.
//   node tests/e2e/bench/report.mjs [DIST_DIR] [--runs N]
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const root = new URL('../../../', import.meta.url).pathname;
const dist = args.find((a) => !a.startsWith('--') && !/^\d+$/.test(a)) ?? join(root, 'dist');
const runs = String(Number(args[args.indexOf('--runs') + 1]) || 5);

const outputs = {};
const figures = {};
for (const name of ['load', 'import', 'feedback']) {
  console.error(`[bench] ${name}…`);
  const out = execFileSync('node', [join(root, 'tests/e2e/bench', `${name}.mjs`), dist, '--runs', runs], { encoding: 'utf8', maxBuffer: 1 << 24 });
  outputs[name] = out.split('\n').filter((line) => !line.startsWith('BENCH_JSON ')).join('\n').trim();
  for (const line of out.split('\n').filter((l) => l.startsWith('BENCH_JSON '))) Object.assign(figures, JSON.parse(line.slice(11)));
}

const f = figures;
const row = (what, value, goal, met) => `| ${what} | ${value} | ${goal} | ${met === undefined ? '—' : met ? 'yes' : '**no**'} |`;
const chromium = execFileSync('/usr/bin/chromium', ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
const summary = [
  '| figure | value | goal | met |',
  '|---|---:|---:|:---:|',
  row('first load, brotli (HTML + JS + wasm)', `${f.first_load_kb.toFixed(1)} KB (wasm ${f.wasm_kb.toFixed(1)})`, '≤ 150 KB', f.first_load_kb <= 150),
  row('each part loaded on demand, brotli', f.parts.map(([name, size]) => `${name} ${size.toFixed(1)}`).join(', ') + ' KB', '—'),
  row('the whole app (first load + every part), brotli', `${f.whole_kb.toFixed(1)} KB`, '≤ 608 KB (579 KB before the split + 5 %)', f.whole_kb <= 608),
  row('app-ready, "3G", 4× CPU, median', `${f.g3_s.toFixed(2)} s`, '≤ 8 s', f.g3_s <= 8),
  row('app-ready, "Slow 4G", 4× CPU, median', `${f.slow4g_s.toFixed(2)} s`, '—'),
  row('repeat visit offline, 4× CPU', `${f.offline_bytes} bytes, ${f.offline_s.toFixed(2)} s`, '0 bytes, ≤ 1.5 s', f.offline_bytes === 0 && f.offline_s <= 1.5),
  row(`import of a ${f.import_mb.toFixed(1)} MB course, 1× CPU, median`, `${f.import_1x_s.toFixed(2)} s`, '—'),
  row(`import of a ${f.import_mb.toFixed(1)} MB course, 4× CPU, median`, `${f.import_4x_s.toFixed(2)} s`, '≤ 1 s', f.import_4x_s <= 1),
  row('wasm memory after the import and 10 lessons', `${f.wasm_mb.toFixed(1)} MB`, '≤ 16 MB', f.wasm_mb <= 16),
  row('JS heap after the import and 10 lessons', `${f.heap_mb.toFixed(1)} MB`, '≤ 10 MB', f.heap_mb <= 10),
  row('answer → feedback painted, 4× CPU, all item types', `median ${f.feedback_median_ms.toFixed(1)} ms, max ${f.feedback_max_ms.toFixed(1)} ms`, '≤ 100 ms', f.feedback_max_ms <= 100),
].join('\n');

const text = `# Benchmarks

Written by \`bash .ci/bench.sh\` (release build, then \`tests/e2e/bench/report.mjs\`) on
${new Date().toISOString().slice(0, 10)}, median of ${runs} runs per timing, ${chromium}, headless, on this machine (2 cores).
Timings vary with the machine; sizes do not. For comparison, Kolibri's learner app ships about 720 KB
gzip of JavaScript on first load.

${summary}

## Sizes and load times (\`tests/e2e/bench/load.mjs\`)
${outputs.load}

## Importing a 5 MB course (\`tests/e2e/bench/import.mjs\`)
${outputs.import}

## Answer → feedback (\`tests/e2e/bench/feedback.mjs\`)
${outputs.feedback}
`;
writeFileSync(join(root, 'BENCHMARKS.md'), text);
console.log(summary);
