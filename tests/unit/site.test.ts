import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashesIn, headerPolicy } from '../../src/integrations/csp';
import { REQUIRED_HEADERS, cspMetaAfterCharset, missingHeaders } from '../../src/integrations/headers';
import { readingMinutes, withBase } from '../../src/lib/site';
import { ISLAND_STYLE_TAG, islandStyleToHead } from '../../src/lib/island-style';

describe('withBase', () => {
  it('joins the base and a path without doubling slashes', () => {
    expect(withBase('/', 'guides/')).toBe('/guides/');
    expect(withBase('/handbook/', '/guides/')).toBe('/handbook/guides/');
    expect(withBase('/handbook', 'search/')).toBe('/handbook/search/');
  });
});

describe('islandStyleToHead', () => {
  const style = ISLAND_STYLE_TAG;
  it('moves Astro’s rule for its islands from <body> to the end of <head>, leaving the rest as it was', () => {
    const page = `<html><head><title>T</title></head><body><div>${style}<script>1</script><astro-island></astro-island></div></body></html>`;
    expect(style).toMatch(/^<style>astro-island,[^<]*\{display:contents\}<\/style>$/);
    expect(islandStyleToHead(page)).toBe(`<html><head><title>T</title>${style}</head><body><div><script>1</script><astro-island></astro-island></div></body></html>`);
    expect(islandStyleToHead(page)).toHaveLength(page.length);
  });
  it('keeps one copy, and leaves a page without it, or without a <head>, alone', () => {
    expect(islandStyleToHead(`<head></head><body>${style}<p>${style}</p></body>`)).toBe(`<head>${style}</head><body><p></p></body>`);
    expect(islandStyleToHead(`<head>${style}</head><body>${style}</body>`)).toBe(`<head>${style}</head><body></body>`);
    expect(islandStyleToHead('<head></head><body><style>p{}</style></body>')).toBe('<head></head><body><style>p{}</style></body>');
    expect(islandStyleToHead(`<body>${style}</body>`)).toBe(`<body>${style}</body>`);
  });
});

describe('readingMinutes', () => {
  it('counts words at 220 a minute, at least one minute', () => {
    expect(readingMinutes('one two three')).toBe(1);
    expect(readingMinutes(Array(1100).fill('word').join(' '))).toBe(5);
  });
  it('ignores component tags and punctuation-only tokens', () => {
    expect(readingMinutes(`<Callout title="x">${Array(440).fill('w').join(' ')}</Callout> — —`)).toBe(2);
  });
});

describe('Content-Security-Policy', () => {
  it('public/_headers carries exactly the policy the pages use (before hashes)', () => {
    const headers = readFileSync(resolve(import.meta.dirname, '../../public/_headers'), 'utf8');
    const line = /Content-Security-Policy: (.*)$/m.exec(headers)?.[1];
    expect(line).toBe(headerPolicy());
  });

  it('public/_headers isolates the site: COOP and CORP same-origin, with the other required headers', () => {
    const headers = readFileSync(resolve(import.meta.dirname, '../../public/_headers'), 'utf8');
    expect(REQUIRED_HEADERS).toContainEqual(['Cross-Origin-Opener-Policy', 'same-origin']);
    expect(REQUIRED_HEADERS).toContainEqual(['Cross-Origin-Resource-Policy', 'same-origin']);
    expect(missingHeaders(headers)).toEqual([]);
    expect(missingHeaders(headers.replace(/^.*Cross-Origin-Opener-Policy.*\n/m, ''))).toEqual(['Cross-Origin-Opener-Policy: same-origin']);
  });

  it('is strict: no unsafe-inline or unsafe-eval, and frames are refused', () => {
    const policy = headerPolicy();
    expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval'");
  });

  it('adds and reads back hashes', () => {
    const policy = headerPolicy(['sha256-abc='], ['sha256-def=']);
    expect(hashesIn(policy, 'script-src')).toEqual(['sha256-abc=']);
    expect(hashesIn(policy, 'style-src')).toEqual(['sha256-def=']);
  });
});

describe('the Content-Security-Policy <meta> of a built page', () => {
  const csp = `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-abc='">`;
  const page = (head: string) => `<!DOCTYPE html><html lang="en"><head>${head}</head><body><p>x</p></body></html>`;

  it('moves straight after <meta charset>, before anything it must govern', () => {
    const built = page(`<meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>T</title><link rel="manifest" href="/m.webmanifest">${csp}<link rel="stylesheet" href="/a.css">`);
    expect(cspMetaAfterCharset(built)).toBe(page(`<meta charset="utf-8">${csp}<meta name="viewport" content="width=device-width"><title>T</title><link rel="manifest" href="/m.webmanifest"><link rel="stylesheet" href="/a.css">`));
  });

  it('leaves a page already in order as it is', () => {
    const built = page(`<meta charset="utf-8">${csp}<title>T</title>`);
    expect(cspMetaAfterCharset(built)).toBe(built);
  });

  it('refuses a page without <meta charset> first in <head>, or without a policy', () => {
    expect(() => cspMetaAfterCharset(page(`<title>T</title><meta charset="utf-8">${csp}`))).toThrow(/charset/);
    expect(() => cspMetaAfterCharset(page('<meta charset="utf-8"><title>T</title>'))).toThrow(/Content-Security-Policy/);
  });
});
