#!/usr/bin/env node
// Writes an nginx configuration for the built site from its dist/_headers: the same security
// headers and Content-Security-Policy (with this build's hashes), the caching rules, the base path
// the build was made for, and 404.html for unknown paths (src/lib/hosting.ts).
// usage: npm run hosting:nginx [-- --root=/var/www/tandem] [--out=tandem-nginx.conf | --out=-]
// It reads the folder in OUT_DIR (default dist), as the build writes it. --out=- prints it.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { baseOfHeaders, nginxConfig, parseHeaders } from '../../src/lib/hosting.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const args = Object.fromEntries(
  process.argv.slice(2).map((arg) => {
    const [, name, value] = /^--([a-z]+)=(.*)$/.exec(arg) ?? [];
    if (!name || !['root', 'out'].includes(name)) fail(`Unknown argument "${arg}": use --root=/var/www/tandem or --out=file.`);
    return [name, value];
  }),
);

function fail(message) {
  console.error(message);
  process.exit(1);
}

const dist = resolve(ROOT, process.env.OUT_DIR || 'dist');
const headersFile = join(dist, '_headers');
let text;
try {
  text = readFileSync(headersFile, 'utf8');
} catch {
  fail(`There is no ${relative(ROOT, headersFile)}: run \`npm run build\` first.`);
}
const base = baseOfHeaders(text);
if (!base) fail(`${relative(ROOT, headersFile)} does not say which base path it was built for: run \`npm run build\` again.`);
const root = (args.root ?? '/var/www/tandem').replace(/\/+$/, '') || '/';
const folder = `${root === '/' ? '' : root}${base}`;

let config;
try {
  config = nginxConfig(parseHeaders(text), { base, root });
} catch (e) {
  fail(e instanceof Error ? e.message : String(e));
}
const out = [
  `# Tandem for nginx, built for ${base}: made by \`npm run hosting:nginx\` from ${relative(ROOT, headersFile)}.`,
  '# Include it in a server { } block, and copy the contents of the built folder to',
  `# ${folder} (or run again with --root=<folder>).`,
  '# Make it again after every build: the Content-Security-Policy lists that build\'s hashes.',
  '',
  config,
].join('\n');

const target = args.out ?? 'tandem-nginx.conf';
if (target === '-') {
  process.stdout.write(out);
} else {
  writeFileSync(resolve(ROOT, target), out);
  console.log(`Wrote ${target} for the site built for ${base}: copy ${relative(ROOT, dist)}/ to ${folder} and include the file in a server block.`);
}
