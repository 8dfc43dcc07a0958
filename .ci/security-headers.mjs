// The one place where Nour's Content-Security-Policy and cache rules are written. Everything
// else derives from here:
// - `.ci/harden.mjs` (post-build) puts the policy in `dist/index.html` as a <meta> and writes
//   `dist/_headers`, which `tests/e2e/server.mjs` applies the way a static host does;
// - `Trunk.toml` holds `devServerPolicy()` for `trunk serve` (Trunk cannot read another file);
//   the post-build step fails when it drifts, and prints the line to paste.
//
// Why each directive:
// - script-src: only our own files, plus 'wasm-unsafe-eval' to compile the wasm. No inline
//   script at all: the post-build step moves Trunk's inline bootstrap into a hashed file.
// - style-src: the inlined <style> blocks by their SHA-256 (they paint the boot shell with the
//   first round trip). The app sets no style attribute (no `style=` in src/ui); Leptos'
//   `style:` directives go through CSSOM (`style.setProperty`), which CSP does not govern.
// - img-src blob: photos and course images are shown from IndexedDB through object URLs.
// - require-trusted-types-for 'script' + trusted-types default: every string that reaches an
//   HTML or script-URL sink goes through `public/trusted-types.js`, which lets through only
//   markup that cannot run script and the one worker URL.
// - frame-ancestors (header only: a <meta> cannot carry it): Nour is never framed.

/** Cache-Control of files whose name carries a hash of their content: never revalidated. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Cache-Control of files whose name stays the same across deploys: always revalidated. */
export const REVALIDATE = 'no-cache';

/** Whether a dist file's name carries its content hash (`-<16 hex>`: the app's modules, its
 *  parts loaded on demand, the boot file). */
export const isHashed = (path) => /-[0-9a-f]{16}(_bg)?\.(js|wasm|css|bin)$/.test(path);

/**
 * The policy as one header value. `styles` are the style-src sources (the hashes of the
 * inlined <style> blocks); `meta` leaves out what a <meta> element may not carry.
 */
export function contentSecurityPolicy({ styles, meta = false }) {
  const directives = [
    ["default-src", "'self'"],
    ["script-src", "'self'", "'wasm-unsafe-eval'"],
    ["style-src", ...styles],
    ["img-src", "'self'", 'blob:'],
    ["connect-src", "'self'"],
    ["worker-src", "'self'"],
    ["manifest-src", "'self'"],
    ["object-src", "'none'"],
    ["base-uri", "'none'"],
    ["form-action", "'self'"],
    ...(meta ? [] : [["frame-ancestors", "'none'"]]),
    ["require-trusted-types-for", "'script'"],
    ["trusted-types", 'default'],
  ];
  return directives.map((d) => d.join(' ')).join('; ');
}

/**
 * The policy `trunk serve` sends (Trunk.toml). The style hashes change with every CSS edit and
 * a Trunk.toml header cannot follow them, so this one allows inline styles; the <meta> policy
 * that the post-build step writes into index.html still holds them to their hashes (a page
 * obeys every policy it gets, so the stricter one wins).
 */
export const devServerPolicy = () => contentSecurityPolicy({ styles: ["'self'", "'unsafe-inline'"] });

/**
 * `dist/_headers`, in the format of Netlify and Cloudflare Pages. A path that matches several
 * rules gets all their headers and those hosts join a header given twice, so each header name
 * is set by one rule only: the policy for every path, Cache-Control per file.
 */
export function headersFile({ policy, revalidate, immutable }) {
  const block = (path, headers) => [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  return [
    ['# Security and cache headers for Nour (Netlify / Cloudflare Pages `_headers` format).',
      '# Written by .ci/harden.mjs after each build: the style hashes and file names change with',
      '# every build, so deploy this file with the build it came from and never edit it by hand.'].join('\n'),
    block('/*', { 'Content-Security-Policy': policy, 'X-Content-Type-Options': 'nosniff' }),
    ...revalidate.map((path) => block(path, { 'Cache-Control': REVALIDATE })),
    ...immutable.map((path) => block(path, { 'Cache-Control': IMMUTABLE })),
  ].join('\n\n') + '\n';
}

// `node .ci/security-headers.mjs trunk` prints the Trunk.toml line.
if (import.meta.url === `file://${process.argv[1]}` && process.argv[2] === 'trunk') {
  console.log(`"Content-Security-Policy" = "${devServerPolicy()}"`);
}
