/**
 * The built site's response headers for hosts that do not read _headers. The build writes
 * dist/_headers (the Netlify and Cloudflare Pages format, see src/integrations/headers.ts); these
 * functions read it back and write the same rules as an nginx configuration, so every host sends
 * one policy. Pure: no files, no environment. Imports nothing, so `node` runs it as it is.
 */

/** One block of a _headers file: a path (relative to the published folder) and its headers, in order. */
export interface HeaderRule {
  path: string;
  headers: [name: string, value: string][];
}

/** The comment the build writes into dist/_headers naming the base path it was built for. */
export const BASE_NOTE = '# Built for the base path ';

/** The line that records the base path, inserted before the first rule (see headers.ts). */
export function baseNote(base: string): string {
  return `${BASE_NOTE}${base} (the paths below are relative to it, and to the folder this file is in).`;
}

/** The base path a built _headers file records, or null when it records none. */
export function baseOfHeaders(text: string): string | null {
  const line = text.split('\n').find((l) => l.startsWith(BASE_NOTE));
  return line ? (/^\S+/.exec(line.slice(BASE_NOTE.length))?.[0] ?? null) : null;
}

/**
 * The rules of a _headers file: a line that starts at the margin is a path, the indented
 * "Name: value" lines below it are its headers; blank lines and # comments are skipped. Throws
 * with the line number for a header with no path above it or a line that is not "Name: value".
 */
export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    const trimmed = line.trim();
    if (!trimmed || trimmed.startsWith('#')) return;
    if (!/^\s/.test(line)) {
      rules.push({ path: trimmed, headers: [] });
      return;
    }
    const colon = trimmed.indexOf(':');
    const rule = rules.at(-1);
    if (!rule) throw new Error(`_headers line ${i + 1} is a header with no path above it.`);
    if (colon < 1) throw new Error(`_headers line ${i + 1} is not "Name: value".`);
    rule.headers.push([trimmed.slice(0, colon).trim(), trimmed.slice(colon + 1).trim()]);
  });
  return rules;
}

/** A location an nginx configuration can give: a prefix ("/_astro/*") or one exact path ("/sw.js"). */
type Match = { kind: 'prefix' | 'exact'; path: string };

function matchOf(path: string): Match {
  if (!path.startsWith('/') || /[:\s]/.test(path) || path.slice(0, -1).includes('*')) {
    throw new Error(`The _headers path "${path}" cannot be written for nginx: use a path ending in * or an exact path.`);
  }
  return path.endsWith('*') ? { kind: 'prefix', path: path.slice(0, -1) } : { kind: 'exact', path };
}

/** Whether every request `inner` covers is also covered by `outer`. */
function covers(outer: Match, inner: Match): boolean {
  return outer.kind === 'prefix' ? inner.path.startsWith(outer.path) : inner.kind === 'exact' && inner.path === outer.path;
}

/**
 * A header value as an nginx string: in double quotes, with backslashes and double quotes escaped.
 * Throws for a "$" (nginx would read a variable) or a control character.
 */
export function nginxString(value: string): string {
  if (value.includes('$')) throw new Error(`The header value "${value}" has a "$", which nginx would read as a variable.`);
  if (/[\u0000-\u001f\u007f]/.test(value)) throw new Error(`The header value "${value}" has a control character.`);
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

const HEADER_NAME = /^[A-Za-z0-9-]+$/;

export interface NginxOptions {
  /** The base path the site was built for ("/", "/mentoring/"). */
  base: string;
  /** The folder nginx serves from: the built files are copied to root + base. */
  root: string;
}

/**
 * An nginx configuration to include in a server block: one location for the base path with the
 * headers of the "/*" rule, and one inside it for each other rule, each repeating every header that
 * applies there (an add_header in a location replaces the inherited ones). A header set by two
 * rules that both apply is sent once, its values joined by ", ", as Cloudflare Pages does. Every
 * header is sent "always", so error responses carry it too; an unknown path gets the site's
 * 404.html, with status 404.
 */
export function nginxConfig(rules: readonly HeaderRule[], { base, root }: NginxOptions): string {
  if (!/^\/([A-Za-z0-9._~-]+\/)*$/.test(base)) throw new Error(`The base path "${base}" must start and end with "/", like /mentoring/.`);
  if (!root.startsWith('/') || /[\s;{}"'$]/.test(root)) throw new Error(`The root "${root}" must be an absolute folder path without spaces or quotes.`);
  for (const rule of rules) {
    for (const [name] of rule.headers) if (!HEADER_NAME.test(name)) throw new Error(`The header name "${name}" (for ${rule.path}) is not one nginx can send.`);
  }
  const matched = rules.map((rule) => ({ rule, match: matchOf(rule.path) }));
  const site: Match = { kind: 'prefix', path: '/' };
  const headersFor = (at: Match): [string, string][] => {
    const merged = new Map<string, [string, string[]]>();
    for (const { rule, match } of matched) {
      if (!covers(match, at)) continue;
      for (const [name, value] of rule.headers) {
        const key = name.toLowerCase();
        const entry = merged.get(key) ?? [name, []];
        entry[1].push(value);
        merged.set(key, entry);
      }
    }
    return [...merged.values()].map(([name, values]) => [name, values.join(', ')]);
  };
  const full = (path: string) => `${base}${path.slice(1)}`;
  const lines = (headers: [string, string][], indent: string) => headers.map(([name, value]) => `${indent}add_header ${name} ${nginxString(value)} always;`);

  const out: string[] = [];
  if (base !== '/') out.push(`location = ${base.slice(0, -1)} {`, `    return 301 ${base};`, '}', '');
  out.push(
    `location ${base} {`,
    `    root ${root};`,
    '    try_files $uri $uri/ =404;',
    `    error_page 404 ${base}404.html;`,
    ...lines(headersFor(site), '    '),
  );
  const inner = new Map(matched.map(({ match }) => [`${match.kind} ${match.path}`, match]));
  inner.delete('prefix /');
  for (const match of inner.values()) {
    out.push(
      '',
      `    location ${match.kind === 'exact' ? '= ' : ''}${full(match.path)} {`,
      '        try_files $uri $uri/ =404;',
      ...lines(headersFor(match), '        '),
      '    }',
    );
  }
  out.push('}');
  return `${out.join('\n')}\n`;
}
