/**
 * What differs from page to page, checked on every built page of both builds (dist/ and the copy
 * built under /handbook/): a language and a title, alt text on every image, one h1 and no skipped
 * heading level, unique ids, internal links and assets that point at a file that exists (and,
 * with a #fragment, at an id on that page), and no message from html-validate with the rules in
 * .htmlvalidate.json. Under /handbook/ every internal address starts with
 * /handbook/, 404.html's too (it is sent for any unknown path), and _headers says which base path it
 * was built for. The browser tests scan one page per template with axe; this covers the rest.
 * Builds both sites first (tests/tools/build-sites.mjs), unless TANDEM_BUILT=1 says they were just built.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { Window } from 'happy-dom';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { beforeAll, describe, expect, test } from 'vitest';
import { baseOfHeaders, nginxConfig, parseHeaders } from '../../src/lib/hosting';
import { builtPages } from '../helpers/built-pages';
import { isSitePage } from '../../src/lib/site-pages';

const ROOT = resolve(import.meta.dirname, '../..');
const BUILDS = [
  { name: 'dist/', dir: join(ROOT, 'dist'), base: '/' },
  { name: 'the build under /handbook/', dir: join(ROOT, 'tests/.output/dist-handbook'), base: '/handbook/' },
] as const;

/** Attributes that hold an address the browser loads or follows. */
const URL_ATTRIBUTES = ['href', 'src', 'component-url', 'renderer-url', 'before-hydration-url', 'poster', 'action'];
const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

// The builds are made from the current tree, unless TANDEM_BUILT=1 says they just were (as in .ci/run).
beforeAll(() => {
  if (process.env['TANDEM_BUILT'] === '1') {
    const missing = BUILDS.filter((b) => !existsSync(join(b.dir, 'index.html')));
    if (missing.length) throw new Error(`TANDEM_BUILT=1 but ${missing.map((b) => b.name).join(' and ')} has no build: run \`npm run build:sites\` first.`);
    return;
  }
  execFileSync(process.execPath, [join(ROOT, 'tests/tools/build-sites.mjs')], { cwd: ROOT, stdio: 'inherit' });
});

const fileOf = (dir: string, path: string) => join(dir, path.endsWith('/') ? `${path}index.html` : path);

const window = new Window({
  settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true, disableIframePageLoading: true },
});

type Parsed = ReturnType<InstanceType<typeof window.DOMParser>['parseFromString']>;

/** Parsed pages, by file, shared by the checks. */
const parsed = new Map<string, Parsed>();
function parse(file: string): Parsed {
  let doc = parsed.get(file);
  if (!doc) {
    doc = new window.DOMParser().parseFromString(readFileSync(file, 'utf8'), 'text/html');
    parsed.set(file, doc);
  }
  return doc;
}

/** The built file a site path points at ("/guides/x/" → its index.html), or null when none exists. */
function target(dir: string, sitePath: string): string | null {
  const file = fileOf(dir, sitePath);
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

/** html-validate with the project's rules (.htmlvalidate.json), whatever folder the page is in. */
const htmlValidate = new HtmlValidate(JSON.parse(readFileSync(join(ROOT, '.htmlvalidate.json'), 'utf8')) as ConfigData);

const describeElement = (el: { tagName: string; outerHTML: string }) => el.outerHTML.slice(0, 120);

for (const build of BUILDS) {
  describe(`every page of ${build.name}`, () => {
    // Listed when the tests run, after beforeAll may have built the sites.
    const pages = () => builtPages(build.dir);

    test('has pages', () => {
      expect(pages().length).toBeGreaterThan(10);
    });

    test('is an address the guides’ link check knows (src/lib/site-pages.ts), so a link to it is never refused', () => {
      const listed = pages().filter((p) => p !== '/404.html');
      const guides = listed.filter((p) => /^\/guides\/(?!for\/)[^/]+\/$/.test(p)).map((p) => p.split('/')[2]!);
      const checklists = listed.filter((p) => /^\/tools\/reflection\/[^/]+\/$/.test(p)).map((p) => p.split('/')[3]!);
      expect(listed.filter((p) => !isSitePage(p, { guides, checklists }))).toEqual([]);
    });

    test('declares its language and has a title', () => {
      const problems: string[] = [];
      for (const path of pages()) {
        const doc = parse(fileOf(build.dir, path));
        if (!doc.documentElement.getAttribute('lang')?.trim()) problems.push(`${path}: no <html lang>`);
        if (!doc.querySelector('head > title')?.textContent?.trim()) problems.push(`${path}: no <title>`);
      }
      expect(problems).toEqual([]);
    });

    test('gives every image a text alternative (alt, empty only for decoration)', () => {
      const problems: string[] = [];
      for (const path of pages()) {
        for (const img of parse(fileOf(build.dir, path)).querySelectorAll('img')) {
          if (!img.hasAttribute('alt')) problems.push(`${path}: ${describeElement(img)}`);
        }
      }
      expect(problems).toEqual([]);
    });

    test('has exactly one h1 and never skips a heading level', () => {
      const problems: string[] = [];
      for (const path of pages()) {
        const headings = [...parse(fileOf(build.dir, path)).querySelectorAll('h1, h2, h3, h4, h5, h6')];
        const levels = headings.map((h) => Number(h.tagName[1]));
        const h1s = levels.filter((l) => l === 1).length;
        if (h1s !== 1) problems.push(`${path}: ${h1s} h1 elements`);
        levels.forEach((level, i) => {
          const previous = i === 0 ? 1 : levels[i - 1]!;
          if (level > previous + 1) problems.push(`${path}: h${level} “${headings[i]!.textContent.trim().slice(0, 60)}” follows h${previous}`);
        });
      }
      expect(problems).toEqual([]);
    });

    test('has no duplicate ids', () => {
      const problems: string[] = [];
      for (const path of pages()) {
        const seen = new Map<string, number>();
        for (const el of parse(fileOf(build.dir, path)).querySelectorAll('[id]')) seen.set(el.id, (seen.get(el.id) ?? 0) + 1);
        for (const [id, n] of seen) if (n > 1) problems.push(`${path}: id “${id}” ${n} times`);
      }
      expect(problems).toEqual([]);
    });

    test('passes html-validate with the rules in .htmlvalidate.json (html-validate:recommended, void-style aside)', async () => {
      const problems: string[] = [];
      for (const path of pages()) {
        const file = fileOf(build.dir, path);
        const report = await htmlValidate.validateString(readFileSync(file, 'utf8'), relative(ROOT, file));
        for (const { filePath, messages } of report.results) {
          for (const m of messages) problems.push(`${filePath}:${m.line}:${m.column}: ${m.ruleId}: ${m.message}${m.selector ? ` (${m.selector})` : ''}`);
        }
      }
      expect(problems).toEqual([]);
    });

    test('opens <head> with <meta charset>, then the Content-Security-Policy <meta>', () => {
      const problems: string[] = [];
      for (const path of pages()) {
        const first = [...parse(fileOf(build.dir, path)).head.children].slice(0, 2).map((el) => el.outerHTML.slice(0, 60));
        if (!/^<meta charset="utf-8">$/i.test(first[0] ?? '') || !/^<meta http-equiv="content-security-policy"/i.test(first[1] ?? '')) problems.push(`${path}: <head> starts ${first.join(' ')}`);
      }
      expect(problems).toEqual([]);
    });

    test('publishes none of Pagefind’s ready-made interfaces (the site has its own)', () => {
      const files = readdirSync(join(build.dir, 'pagefind'));
      expect(files.filter((f) => /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/.test(f))).toEqual([]);
      const sw = join(build.dir, 'sw.js');
      if (existsSync(sw)) expect(readFileSync(sw, 'utf8')).not.toMatch(/pagefind-(ui|modular-ui|component-ui|highlight)\./);
    });

    test('404.html works at any depth: every address in it starts with the base path', () => {
      // Hosts send it for any unknown path (/handbook/a/b/c/), so a relative address would miss.
      const doc = parse(join(build.dir, '404.html'));
      const refs = URL_ATTRIBUTES.flatMap((a) => [...doc.querySelectorAll(`[${a}]`)].map((el) => el.getAttribute(a) ?? ''));
      const internal = refs.filter((ref) => !EXTERNAL.test(ref) && !ref.startsWith('#'));
      expect(internal.length).toBeGreaterThan(5);
      expect(internal.filter((ref) => !ref.startsWith(build.base))).toEqual([]);
    });

    test('_headers names the base path, keeps its paths relative to the published folder, and gives nginx them under the base path', () => {
      const text = readFileSync(join(build.dir, '_headers'), 'utf8');
      expect(baseOfHeaders(text)).toBe(build.base);
      const rules = parseHeaders(text);
      expect(rules.map((r) => r.path)).toEqual(['/*', '/sw.js', '/_astro/*']);
      expect(rules[0]!.headers.find(([name]) => name === 'Content-Security-Policy')?.[1]).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
      const config = nginxConfig(rules, { base: build.base, root: '/var/www/tandem' });
      expect([...config.matchAll(/^\s*location (.+) \{$/gm)].map((m) => m[1])).toEqual(
        [...(build.base === '/' ? [] : [`= ${build.base.slice(0, -1)}`]), build.base, `= ${build.base}sw.js`, `${build.base}_astro/`],
      );
      expect(config).toContain(`error_page 404 ${build.base}404.html;`);
    });

    test('links and loads nothing internal that is missing: every file exists and every #fragment is an id on its page', () => {
      const broken: string[] = [];
      for (const path of pages()) {
        const doc = parse(fileOf(build.dir, path));
        for (const el of doc.querySelectorAll(URL_ATTRIBUTES.map((a) => `[${a}]`).join(', '))) {
          for (const attribute of URL_ATTRIBUTES) {
            const ref = el.getAttribute(attribute);
            if (ref === null || EXTERNAL.test(ref)) continue;
            if (build.base !== '/' && !ref.startsWith('#') && !ref.startsWith(build.base)) {
              broken.push(`${path} → ${ref} (${attribute}: not under ${build.base})`);
              continue;
            }
            const url = new URL(ref, `http://site${build.base}${path.slice(1)}`);
            const sitePath = decodeURIComponent(url.pathname);
            if (!sitePath.startsWith(build.base)) {
              broken.push(`${path} → ${ref} (outside ${build.base})`);
              continue;
            }
            const file = target(build.dir, `/${sitePath.slice(build.base.length)}`);
            if (!file) {
              broken.push(`${path} → ${ref}`);
              continue;
            }
            if (url.hash && file.endsWith('.html')) {
              const id = decodeURIComponent(url.hash.slice(1));
              if (!parse(file).getElementById(id)) broken.push(`${path} → ${ref} (no such anchor)`);
            }
          }
        }
      }
      expect(broken).toEqual([]);
    });
  });
}
