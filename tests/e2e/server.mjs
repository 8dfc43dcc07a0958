// Static server for the e2e suite and the benchmark: serves the release build on 127.0.0.1 the
// way a static host would: single-page fallback, the headers of the build's `_headers` file
// (CSP, cache rules; the Netlify / Cloudflare Pages format, applied as they apply it), and
// ETags, so a revalidation is a 304 with no body.
// Tests can make it misbehave through /__test/ endpoints (tamper with, hide or slow a file), which
// exist only here, never in the app.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.wasm': 'application/wasm', '.css': 'text/css', '.json': 'application/json',
  '.webmanifest': 'application/manifest+json', '.svg': 'image/svg+xml', '.png': 'image/png',
};

/**
 * The rules of a `_headers` file: a path pattern on its own line (`*` matches anything,
 * `:name` one segment), then its `Name: value` headers indented; `#` starts a comment.
 */
export function parseHeadersFile(text) {
  const rules = [];
  for (const line of text.split('\n')) {
    if (/^\s*(#|$)/.test(line)) continue;
    if (!/^\s/.test(line)) {
      const pattern = line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/:\w+/g, '[^/]+');
      rules.push({ path: line.trim(), match: new RegExp(`^${pattern}$`), headers: [] });
    } else {
      const header = line.trim().match(/^([^:]+):\s*(.*)$/);
      if (!header || rules.length === 0) throw new Error(`_headers: cannot read the line «${line}»`);
      rules.at(-1).headers.push([header[1], header[2]]);
    }
  }
  return rules;
}

/** The headers every matching rule gives `path`; a name given twice is joined, as hosts do. */
export function headersFor(rules, path) {
  const headers = {};
  for (const rule of rules.filter((r) => r.match.test(path))) {
    for (const [name, value] of rule.headers) headers[name] = headers[name] ? `${headers[name]}, ${value}` : value;
  }
  return headers;
}

// `compress` makes it answer like a production host: brotli when the browser accepts it, else gzip.
export function startServer({ root, port = 0, compress = false }) {
  const compressed = new Map();
  const etags = new Map(); // file -> ETag of its bytes
  const overrides = new Map(); // path -> Buffer | null (null = 404)
  const delays = new Map(); // path -> milliseconds to wait before answering
  const log = []; // every path asked for, in order
  const responses = []; // {path, status, bytes}: what each request cost on the wire (body bytes)
  // A build made before _headers existed still gets the one header the app needs.
  const headersPath = join(root, '_headers');
  const rules = existsSync(headersPath)
    ? parseHeadersFile(readFileSync(headersPath, 'utf8'))
    : parseHeadersFile('/sw.js\n  Cache-Control: no-cache\n');
  const send = (res, path, status, headers, body) => {
    responses.push({ path, status, bytes: body?.length ?? 0 });
    res.writeHead(status, headers);
    res.end(body);
  };
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    if (url.pathname === '/__test/override' && req.method === 'POST') {
      const chunks = [];
      for await (const chunk of req) chunks.push(chunk);
      const { path, body, base64, remove } = JSON.parse(Buffer.concat(chunks).toString());
      overrides.set(path, remove ? null : Buffer.from(body ?? '', base64 ? 'base64' : 'utf8'));
      res.writeHead(204).end();
      return;
    }
    if (url.pathname === '/__test/delay' && req.method === 'POST') {
      const chunks = [];
      for await (const chunk of req) chunks.push(chunk);
      const { path, ms } = JSON.parse(Buffer.concat(chunks).toString());
      delays.set(path, ms);
      res.writeHead(204).end();
      return;
    }
    if (url.pathname === '/__test/reset') {
      overrides.clear();
      delays.clear();
      log.length = 0;
      responses.length = 0;
      res.writeHead(204).end();
      return;
    }
    log.push(url.pathname);
    let path = decodeURIComponent(url.pathname);
    if (delays.has(path)) await new Promise((resolve) => setTimeout(resolve, delays.get(path)));
    const headers = headersFor(rules, path);
    if (overrides.has(path)) {
      const body = overrides.get(path);
      if (body === null) return send(res, path, 404, {});
      // A tampered file must never be kept: no-store, but sw.js keeps its own rule.
      const cache = path === '/sw.js' ? 'no-cache' : 'no-store';
      return send(res, path, 200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream', ...headers, 'Cache-Control': cache }, body);
    }
    // The host reads _headers; it never serves it.
    if (path === '/_headers') return send(res, path, 404, {});
    let file = normalize(join(root, path));
    if (!file.startsWith(normalize(root))) return send(res, path, 403, {});
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    } catch {
      // Single-page app: unknown paths without an extension get index.html.
      if (extname(path) === '') file = join(root, 'index.html');
    }
    let body;
    try {
      body = await readFile(file);
    } catch {
      return send(res, path, 404, {});
    }
    const accept = req.headers['accept-encoding'] ?? '';
    const encoding = !compress ? null : accept.includes('br') ? 'br' : accept.includes('gzip') ? 'gzip' : null;
    if (!etags.has(file)) etags.set(file, createHash('sha256').update(body).digest('base64url').slice(0, 22));
    headers.ETag = `"${etags.get(file)}${encoding ? `-${encoding}` : ''}"`;
    if (compress) headers.Vary = 'Accept-Encoding';
    if (req.headers['if-none-match'] === headers.ETag) return send(res, path, 304, headers);
    if (encoding && !['.png'].includes(extname(file))) {
      const key = `${encoding}:${file}`;
      if (!compressed.has(key)) {
        compressed.set(key, encoding === 'br'
          ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
          : gzipSync(body, { level: 9 }));
      }
      body = compressed.get(key);
      headers['Content-Encoding'] = encoding;
    }
    send(res, path, 200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers }, body);
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({ server, port, url: `http://127.0.0.1:${port}`, log, responses, close: () => new Promise((r) => server.close(r)) });
    });
  });
}

// `node server.mjs DIST PORT` serves a build by hand.
if (import.meta.url === `file://${process.argv[1]}`) {
  const [root = 'dist', port = '8080'] = process.argv.slice(2);
  const { url } = await startServer({ root, port: Number(port) });
  console.log(`serving ${root} on ${url}`);
}
