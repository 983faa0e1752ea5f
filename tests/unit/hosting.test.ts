import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse as load } from 'yaml';
import { describe, expect, it } from 'vitest';
import { headerPolicy } from '../../src/integrations/csp';
import { finalHeaders } from '../../src/integrations/headers';
import { deployPath } from '../../src/lib/deploy-path';
import { baseNote, baseOfHeaders, nginxConfig, nginxString, parseHeaders, type HeaderRule } from '../../src/lib/hosting';

const ROOT = resolve(import.meta.dirname, '../..');
const publicHeaders = readFileSync(resolve(ROOT, 'public/_headers'), 'utf8');
const HASHES = { scripts: ['sha256-c2NyaXB0'], styles: ['sha256-c3R5bGU='] };
/** public/_headers as a build under `base` writes it, with made-up hashes. */
const built = (base: string) => finalHeaders(publicHeaders, headerPolicy(HASHES.scripts, HASHES.styles), base);

describe('the _headers a build publishes', () => {
  it.each(['/', '/mentoring/'])('built for %s: the policy with its hashes, the base path noted, the paths as in public/_headers', (base) => {
    const text = built(base);
    expect(baseOfHeaders(text)).toBe(base);
    expect(text).toContain(`${baseNote(base)}\n/*\n`);
    const rules = parseHeaders(text);
    // A host serves the published folder at the base path, so the paths stay relative to it.
    expect(rules.map((r) => r.path)).toEqual(parseHeaders(publicHeaders).map((r) => r.path));
    expect(rules.map((r) => r.path)).toEqual(['/*', '/sw.js', '/_astro/*']);
    const csp = rules[0]!.headers.find(([name]) => name === 'Content-Security-Policy')?.[1];
    expect(csp).toBe(headerPolicy(HASHES.scripts, HASHES.styles));
    expect(csp).toContain("'sha256-c2NyaXB0'");
  });

  it('service worker checked on every visit, hashed files kept a year', () => {
    const rules = parseHeaders(built('/'));
    expect(rules.find((r) => r.path === '/sw.js')?.headers).toEqual([['Cache-Control', 'no-cache']]);
    expect(rules.find((r) => r.path === '/_astro/*')?.headers).toEqual([['Cache-Control', 'public, max-age=31536000, immutable']]);
  });

  it('stops the build when public/_headers has no policy line or lacks a required header', () => {
    expect(() => finalHeaders(publicHeaders.replace(/^\s+Content-Security-Policy:.*\n/m, ''), 'x', '/')).toThrow('no Content-Security-Policy line');
    expect(() => finalHeaders(publicHeaders.replace(/^\s+X-Frame-Options:.*\n/m, ''), 'x', '/')).toThrow('lacks X-Frame-Options: DENY');
  });

  it('a _headers without the note has no base path', () => {
    expect(baseOfHeaders(publicHeaders)).toBeNull();
  });
});

describe('reading _headers', () => {
  it.each<[string, string, HeaderRule[]]>([
    ['one rule', '/*\n  A: 1\n  B: two words\n', [{ path: '/*', headers: [['A', '1'], ['B', 'two words']] }]],
    ['comments, blank lines, tabs and CRLF', '# c\r\n\r\n/x\r\n\tA:1\r\n# c\r\n/y/*\r\n  B :  2 \r\n', [
      { path: '/x', headers: [['A', '1']] },
      { path: '/y/*', headers: [['B', '2']] },
    ]],
    ['a value with colons', '/*\n  Link: <https://example.org/a>; rel=preload\n', [{ path: '/*', headers: [['Link', '<https://example.org/a>; rel=preload']] }]],
    ['a path with no headers', '/a\n/b\n  C: 3\n', [{ path: '/a', headers: [] }, { path: '/b', headers: [['C', '3']] }]],
  ])('%s', (_, text, rules) => {
    expect(parseHeaders(text)).toEqual(rules);
  });

  it.each([
    ['  A: 1\n', '_headers line 1 is a header with no path above it.'],
    ['/*\n  no colon here\n', '_headers line 2 is not "Name: value".'],
  ])('refuses %j', (text, error) => {
    expect(() => parseHeaders(text)).toThrow(error);
  });
});

describe('header values for nginx', () => {
  it.each([
    ['nosniff', '"nosniff"'],
    ["default-src 'self'; frame-ancestors 'none'", `"default-src 'self'; frame-ancestors 'none'"`],
    ['say "hello"', '"say \\"hello\\""'],
    ['back\\slash', '"back\\\\slash"'],
    ['a \\"b\\"', '"a \\\\\\"b\\\\\\""'],
    ['{ } ;', '"{ } ;"'],
  ])('%s → %s', (value, written) => {
    expect(nginxString(value)).toBe(written);
  });

  it.each([
    ['$host', 'has a "$"'],
    ['two\nlines', 'control character'],
  ])('refuses %j', (value, error) => {
    expect(() => nginxString(value)).toThrow(error);
  });
});

/** The locations of an nginx configuration, each with the add_header lines directly in it. */
function locations(config: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const stack: string[] = [];
  for (const line of config.split('\n')) {
    const open = /^\s*location (.+) \{$/.exec(line);
    if (open) {
      stack.push(open[1]!);
      out.set(open[1]!, []);
    } else if (/^\s*\}$/.test(line)) stack.pop();
    else if (/^\s*add_header /.test(line)) out.get(stack.at(-1)!)!.push(line.trim());
  }
  return out;
}

describe('nginx configuration from _headers', () => {
  const rules = parseHeaders(built('/mentoring/'));
  const config = nginxConfig(rules, { base: '/mentoring/', root: '/var/www/tandem' });
  const found = locations(config);

  it('gives each rule a location under the base path: a prefix for "…*", an exact match otherwise', () => {
    expect([...found.keys()]).toEqual(['= /mentoring', '/mentoring/', '= /mentoring/sw.js', '/mentoring/_astro/']);
    expect(config).toContain('location = /mentoring {\n    return 301 /mentoring/;\n}');
  });

  it('serves the files under the root, and 404.html under the base path for an unknown path', () => {
    expect(config).toContain('location /mentoring/ {\n    root /var/www/tandem;\n    try_files $uri $uri/ =404;\n    error_page 404 /mentoring/404.html;\n');
    expect(config.match(/try_files \$uri \$uri\/ =404;/g)).toHaveLength(3);
  });

  it('repeats every header of /* in every location, "always", with the rule\'s own headers added', () => {
    const all = rules[0]!.headers.map(([name, value]) => `add_header ${name} ${nginxString(value)} always;`);
    expect(all).toHaveLength(7);
    expect(found.get('/mentoring/')).toEqual(all);
    expect(found.get('= /mentoring/sw.js')).toEqual([...all, 'add_header Cache-Control "no-cache" always;']);
    expect(found.get('/mentoring/_astro/')).toEqual([...all, 'add_header Cache-Control "public, max-age=31536000, immutable" always;']);
    // Every header of the file appears, with its value.
    for (const rule of rules) for (const [name, value] of rule.headers) expect(config).toContain(`add_header ${name} ${nginxString(value)} always;`);
  });

  it('at the root, the same locations without a prefix and without the redirect', () => {
    const atRoot = nginxConfig(parseHeaders(built('/')), { base: '/', root: '/srv/site' });
    expect([...locations(atRoot).keys()]).toEqual(['/', '= /sw.js', '/_astro/']);
    expect(atRoot).toContain('error_page 404 /404.html;');
    expect(atRoot).toContain('root /srv/site;');
  });

  it.each<[string, string, string[][]]>([
    // A rule applies where its path covers the location's: /a/* covers /a/b/* and /a/b.html, not /c.
    [
      'nested rules',
      '/*\n  A: 1\n/a/*\n  B: 2\n/a/b/*\n  C: 3\n/a/b.html\n  D: 4\n/c\n  E: 5\n',
      [
        ['/m/', 'A'],
        ['/m/a/', 'A', 'B'],
        ['/m/a/b/', 'A', 'B', 'C'],
        ['= /m/a/b.html', 'A', 'B', 'D'],
        ['= /m/c', 'A', 'E'],
      ],
    ],
    // A header two rules set is sent once, the values joined, as Cloudflare Pages does; a path twice is one location.
    ['one header from two rules', '/*\n  Link: <a>\n/x\n  link: <b>\n/x\n  F: 6\n', [['/m/', 'Link'], ['= /m/x', 'Link', 'F']]],
  ])('%s', (_, text, expected) => {
    const got = locations(nginxConfig(parseHeaders(text), { base: '/m/', root: '/r' }));
    expect([...got.keys()].filter((k) => k !== '= /m')).toEqual(expected.map(([at]) => at));
    for (const [at, ...names] of expected) expect(got.get(at!)!.map((l) => l.split(' ')[1])).toEqual(names);
  });

  it('joins the values of a header two rules set', () => {
    const got = locations(nginxConfig(parseHeaders('/*\n  Link: <a>\n/x\n  link: <b>\n'), { base: '/', root: '/r' }));
    expect(got.get('= /x')).toEqual(['add_header Link "<a>, <b>" always;']);
  });

  it.each([
    ['/guides/:slug', { base: '/', root: '/r' }, 'The _headers path "/guides/:slug" cannot be written for nginx'],
    ['/a/*/b', { base: '/', root: '/r' }, 'The _headers path "/a/*/b" cannot be written for nginx'],
    ['https://example.org/*', { base: '/', root: '/r' }, 'cannot be written for nginx'],
    ['/*', { base: '/mentoring', root: '/r' }, 'The base path "/mentoring" must start and end with "/"'],
    ['/*', { base: '/', root: 'var/www' }, 'must be an absolute folder path'],
    ['/*', { base: '/', root: '/var/my www' }, 'must be an absolute folder path'],
  ])('refuses the path %s with %o', (path, options, error) => {
    expect(() => nginxConfig(parseHeaders(`${path}\n  A: 1\n`), options)).toThrow(error);
  });

  it('refuses a header name nginx cannot send', () => {
    expect(() => nginxConfig([{ path: '/*', headers: [['Bad Name', '1']] }], { base: '/', root: '/r' })).toThrow('The header name "Bad Name" (for /*)');
  });
});

describe('the GitHub Pages workflow', () => {
  type Step = { id?: string; uses?: string; run?: string; with?: Record<string, unknown>; env?: Record<string, string> };
  type Job = { 'runs-on': string; needs?: string; environment?: { name: string; url: string }; steps: Step[] };
  const workflow = load(readFileSync(resolve(ROOT, '.github/workflows/pages.yml'), 'utf8')) as {
    on: { push: { branches: string[] }; workflow_dispatch: unknown };
    permissions: Record<string, string>;
    concurrency: { group: string; 'cancel-in-progress': boolean };
    jobs: { build: Job; deploy: Job };
  };
  const { build, deploy } = workflow.jobs;
  const uses = (job: Job) => job.steps.map((s) => s.uses?.replace(/@.*/, '')).filter(Boolean);
  const buildStep = build.steps.find((s) => s.run === 'npm run build')!;

  it('runs on a push to main and from the Actions tab, one deployment at a time', () => {
    expect(workflow.on.push.branches).toEqual(['main']);
    expect(workflow.on).toHaveProperty('workflow_dispatch');
    expect(workflow.permissions).toEqual({ contents: 'read', pages: 'write', 'id-token': 'write' });
    expect(workflow.concurrency).toEqual({ group: 'pages', 'cancel-in-progress': false });
  });

  it('installs on Node 24, builds, uploads dist/ and deploys it', () => {
    expect(uses(build)).toEqual(['actions/checkout', 'actions/setup-node', 'actions/configure-pages', 'actions/upload-pages-artifact']);
    expect(build.steps.find((s) => s.uses?.startsWith('actions/setup-node@'))?.with).toMatchObject({ 'node-version': 24 });
    const runs = build.steps.map((s) => s.run).filter(Boolean);
    expect(runs).toEqual(['npm ci --no-audit --no-fund', 'npm run build']);
    expect(build.steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact@'))?.with).toEqual({ path: 'dist' });
    // configure-pages runs before the build that reads its outputs.
    expect(build.steps.findIndex((s) => s.id === 'pages')).toBeLessThan(build.steps.indexOf(buildStep));
    expect(deploy.needs).toBe('build');
    expect(deploy.environment).toEqual({ name: 'github-pages', url: '${{ steps.deployment.outputs.page_url }}' });
    expect(uses(deploy)).toEqual(['actions/deploy-pages']);
  });

  /** The build's environment once GitHub puts configure-pages' outputs in place. */
  const envFor = (outputs: Record<string, string>) =>
    Object.fromEntries(
      Object.entries(buildStep.env!).map(([name, value]) => [
        name,
        value.replace(/\$\{\{\s*steps\.pages\.outputs\.(\w+)\s*\}\}/g, (_, key: string) => {
          if (!(key in outputs)) throw new Error(`configure-pages has no output ${key}`);
          return outputs[key]!;
        }),
      ]),
    );

  // configure-pages' outputs for each kind of site (its action.yml gives these examples).
  it.each([
    ['a project site', { base_url: 'https://octocat.github.io/my-handbook', origin: 'https://octocat.github.io', host: 'octocat.github.io', base_path: '/my-handbook' }, '/my-handbook/'],
    ['a user or organisation site', { base_url: 'https://octocat.github.io', origin: 'https://octocat.github.io', host: 'octocat.github.io', base_path: '' }, '/'],
    ['a custom domain', { base_url: 'https://mentoring.example.org', origin: 'https://mentoring.example.org', host: 'mentoring.example.org', base_path: '' }, '/'],
  ])('builds %s for the path it is served at', (_, outputs, base) => {
    const env = envFor(outputs);
    expect(Object.keys(env).sort()).toEqual(['BASE_PATH', 'SITE_URL']);
    expect(Object.values(env).join(' ')).not.toContain('${{');
    expect(deployPath(env)).toEqual({ ok: true, base });
    // The site's address and the base path together give the published address.
    expect(new URL(base, env['SITE_URL']).href.replace(/\/$/, '')).toBe(outputs.base_url);
  });
});
