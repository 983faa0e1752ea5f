#!/usr/bin/env node
// A small static server for the built site, used by the browser tests and screenshots.
// usage: node tests/tools/serve.mjs [dir=dist] [base=/] [port=4321]
// It serves <dir> under <base>, answers unknown paths with 404.html and status 404, and applies
// the headers in <dir>/_headers (the Netlify/Cloudflare format) so tests see what a host sends.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.webmanifest': 'application/manifest+json',
};

/** Parse a _headers file into [{ pattern: RegExp, headers: [name, value][] }]. */
async function loadHeaderRules(root) {
  let text;
  try {
    text = await readFile(join(root, '_headers'), 'utf8');
  } catch {
    return [];
  }
  const rules = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const glob = line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
      rules.push({ pattern: new RegExp(`^${glob}$`), headers: [] });
    } else if (rules.length) {
      const i = line.indexOf(':');
      rules.at(-1).headers.push([line.slice(0, i).trim(), line.slice(i + 1).trim()]);
    }
  }
  return rules;
}

async function findFile(path) {
  const candidates = path.endsWith('/') ? [join(path, 'index.html')] : [path, join(path, 'index.html')];
  for (const c of candidates) {
    try {
      if ((await stat(c)).isFile()) return c;
    } catch {
      // try the next candidate
    }
  }
  return null;
}

/** Serve `dir` under `base` on 127.0.0.1:`port`; resolves with the http.Server once listening. */
export function startServer(dir, baseArg = '/', port = 4321) {
  return startMounts([{ dir, base: baseArg }], port);
}

/**
 * Serve several builds on one origin, each under its own base (the longest matching base wins), as
 * when two copies of the handbook are deployed on one site. Port 0 picks a free port
 * (`server.address().port`). `server.deploy(base, dir)` replaces what a base serves, as a new
 * deployment would.
 */
export async function startMounts(list, port) {
  const mount = async ({ dir, base }) => {
    const root = resolve(dir);
    return { root, base: base.endsWith('/') ? base : `${base}/`, rules: await loadHeaderRules(root) };
  };
  const mounts = await Promise.all(list.map(mount));
  mounts.sort((a, b) => b.base.length - a.base.length);

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let pathname = decodeURIComponent(url.pathname);
    const mount = mounts.find((m) => pathname.startsWith(m.base) || `${pathname}/` === m.base) ?? mounts[mounts.length - 1];
    const { root, base, rules } = mount;
    if (!pathname.startsWith(base)) {
      if (`${pathname}/` === base) {
        res.writeHead(301, { location: base });
        return res.end();
      }
      pathname = null;
    }
    let file = null;
    if (pathname !== null) {
      const rel = normalize(pathname.slice(base.length)).replace(/^(\.\.[/\\])+/, '');
      const abs = join(root, rel);
      if (abs.startsWith(root)) file = await findFile(abs);
      // /guides/x (no slash) -> /guides/x/ as static hosts do
      if (file && !pathname.endsWith('/') && file.endsWith('index.html') && !abs.endsWith('index.html')) {
        res.writeHead(301, { location: `${url.pathname}/${url.search}` });
        return res.end();
      }
    }
    const status = file ? 200 : 404;
    file ??= join(root, '404.html');
    const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' };
    const sitePath = pathname === null ? url.pathname : `/${pathname.slice(base.length)}`;
    for (const rule of rules) {
      if (rule.pattern.test(sitePath)) for (const [k, v] of rule.headers) headers[k.toLowerCase()] = v;
    }
    try {
      const body = await readFile(file);
      res.writeHead(status, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(status, { 'content-type': 'text/plain' });
      res.end('Not found');
    }
  });

  server.deploy = async (base, dir) => {
    const next = await mount({ dir, base });
    const i = mounts.findIndex((m) => m.base === next.base);
    if (i < 0) throw new Error(`Nothing is served under ${base}.`);
    mounts[i] = next;
  };

  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', ok);
  });
  console.log(`Serving ${mounts.map((m) => `${m.root} at http://127.0.0.1:${port}${m.base}`).join(' and ')}`);
  return server;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dir = 'dist', base = '/', port = '4321'] = process.argv.slice(2);
  await startServer(dir, base, Number(port));
}
