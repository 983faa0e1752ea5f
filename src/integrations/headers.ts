import type { AstroIntegration } from 'astro';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { baseNote } from '../lib/hosting';
import { hashesIn, headerPolicy } from './csp';

async function htmlFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('.html')) out.push(join(entry.parentPath, entry.name));
  }
  return out;
}

/**
 * Headers every page and file must be sent with, besides the Content-Security-Policy: the build
 * fails if public/_headers loses one. COOP keeps other sites' windows out of this one's browsing
 * context group (no window.opener, no cross-window references); CORP stops other sites from loading
 * the handbook's files (a stored page, a script, the search index) into their own pages.
 */
export const REQUIRED_HEADERS: readonly [name: string, value: string][] = [
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'no-referrer'],
  ['X-Frame-Options', 'DENY'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  ['Cross-Origin-Resource-Policy', 'same-origin'],
];

/** The required headers a _headers file does not carry with their values, as "Name: value". */
export function missingHeaders(text: string): string[] {
  return REQUIRED_HEADERS.filter(([name, value]) => !new RegExp(`^\\s+${name}:\\s*${value}\\s*$`, 'im').test(text)).map(([name, value]) => `${name}: ${value}`);
}

const CHARSET_FIRST = /^(<!doctype html>\s*<html[^>]*>\s*<head>\s*<meta charset="utf-8"\s*\/?>)/i;
const CSP_META = /<meta http-equiv="content-security-policy" content="[^"]*"\s*\/?>/i;

/**
 * A built page with its Content-Security-Policy <meta> straight after <meta charset>. A policy in a
 * <meta> applies only to what follows it, and Astro writes it with the page's other head content,
 * at the end of <head>: after the icons, the manifest and the title. <meta charset> stays first, as
 * it must be within the first 1,024 bytes. Throws when a page lacks either, so the build fails.
 */
export function cspMetaAfterCharset(html: string): string {
  const start = CHARSET_FIRST.exec(html);
  if (!start) throw new Error('a built page must open with <meta charset="utf-8"> as the first element of its <head>');
  const meta = CSP_META.exec(html);
  if (!meta) throw new Error('a built page has no Content-Security-Policy <meta>');
  const rest = html.slice(start[0].length);
  const at = rest.indexOf(meta[0]);
  return start[0] + meta[0] + rest.slice(0, at) + rest.slice(at + meta[0].length);
}

/**
 * The _headers file a build publishes: public/_headers with this build's policy on its
 * Content-Security-Policy line, and a comment naming the base path before the first rule. Its paths
 * stay relative to the published folder whatever the base path (a host serves that folder at the
 * base path); `npm run hosting:nginx` reads the comment to write its locations under the base path.
 * Throws when public/_headers has no policy line or lacks a required header.
 */
export function finalHeaders(text: string, policy: string, base: string): string {
  const line = /^(\s*Content-Security-Policy:).*$/m;
  if (!line.test(text)) throw new Error('public/_headers has no Content-Security-Policy line.');
  const missing = missingHeaders(text);
  if (missing.length) throw new Error(`public/_headers lacks ${missing.join(', ')}.`);
  return text.replace(line, `$1 ${policy}`).replace(/^(?=\/)/m, `${baseNote(base)}\n`);
}

/**
 * Completes dist/_headers (copied from public/_headers, see finalHeaders): its
 * Content-Security-Policy line gets the hashes of every inline script and style Astro emitted,
 * gathered from the pages' <meta> policies, so a host that sends the header enforces the same
 * policy as the pages themselves. Each page's <meta> policy is moved up to follow <meta charset>
 * (see cspMetaAfterCharset).
 */
export default function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'tandem:security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = `/${config.base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const scripts = new Set<string>();
        const styles = new Set<string>();
        for (const file of await htmlFiles(root)) {
          const html = await readFile(file, 'utf8');
          const meta = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html);
          if (!meta?.[1]) throw new Error(`${file} has no Content-Security-Policy <meta>.`);
          let ordered: string;
          try {
            ordered = cspMetaAfterCharset(html);
          } catch (e) {
            throw new Error(`${file}: ${e instanceof Error ? e.message : String(e)}.`);
          }
          if (ordered !== html) await writeFile(file, ordered);
          hashesIn(meta[1], 'script-src').forEach((h) => scripts.add(h));
          hashesIn(meta[1], 'style-src').forEach((h) => styles.add(h));
        }
        const path = join(root, '_headers');
        const policy = headerPolicy([...scripts].sort(), [...styles].sort());
        await writeFile(path, finalHeaders(await readFile(path, 'utf8'), policy, base));
        logger.info(`Wrote the Content-Security-Policy header with ${scripts.size} script and ${styles.size} style hashes.`);
      },
    },
  };
}
