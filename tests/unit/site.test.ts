import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashesIn, headerPolicy } from '../../src/integrations/csp';
import { readingMinutes, withBase } from '../../src/lib/site';

describe('withBase', () => {
  it('joins the base and a path without doubling slashes', () => {
    expect(withBase('/', 'guides/')).toBe('/guides/');
    expect(withBase('/handbook/', '/guides/')).toBe('/handbook/guides/');
    expect(withBase('/handbook', 'search/')).toBe('/handbook/search/');
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
