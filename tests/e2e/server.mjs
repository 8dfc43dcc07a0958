// Static server for the e2e suite and the benchmark: serves the release build on 127.0.0.1 the
// way a plain static host would (single-page fallback, sw.js never cached).
// Tests can make it misbehave through /__test/ endpoints (tamper with or hide a file), which
// exist only here, never in the app.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.wasm': 'application/wasm', '.css': 'text/css', '.json': 'application/json',
  '.webmanifest': 'application/manifest+json', '.svg': 'image/svg+xml', '.png': 'image/png',
};

// `compress` makes it answer like a production host: brotli when the browser accepts it, else gzip.
export function startServer({ root, port = 0, compress = false }) {
  const compressed = new Map();
  const overrides = new Map(); // path -> Buffer | null (null = 404)
  const log = [];
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
    if (url.pathname === '/__test/reset') {
      overrides.clear();
      log.length = 0;
      res.writeHead(204).end();
      return;
    }
    log.push(url.pathname);
    let path = decodeURIComponent(url.pathname);
    const headers = {};
    if (path === '/sw.js') headers['Cache-Control'] = 'no-cache';
    if (overrides.has(path)) {
      const body = overrides.get(path);
      if (body === null) return res.writeHead(404).end();
      res.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream', 'Cache-Control': 'no-store', ...headers });
      return res.end(body);
    }
    let file = normalize(join(root, path));
    if (!file.startsWith(normalize(root))) return res.writeHead(403).end();
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    } catch {
      // Single-page app: unknown paths without an extension get index.html.
      if (extname(path) === '') file = join(root, 'index.html');
    }
    try {
      let body = await readFile(file);
      const accept = req.headers['accept-encoding'] ?? '';
      const encoding = !compress ? null : accept.includes('br') ? 'br' : accept.includes('gzip') ? 'gzip' : null;
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
      res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({ server, port, url: `http://127.0.0.1:${port}`, log, close: () => new Promise((r) => server.close(r)) });
    });
  });
}

// `node server.mjs DIST PORT` serves a build by hand.
if (import.meta.url === `file://${process.argv[1]}`) {
  const [root = 'dist', port = '8080'] = process.argv.slice(2);
  const { url } = await startServer({ root, port: Number(port) });
  console.log(`serving ${root} on ${url}`);
}
