import { describe, expect, it } from 'vitest';
import { deployPath } from '../../src/lib/deploy-path';

describe('where the site is deployed', () => {
  it.each([
    // The mistakes first: each stops the build with one sentence saying what to write.
    [{ BASE_PATH: '/a/./b/' }, 'BASE_PATH "/a/./b/" is not a path: write it like BASE_PATH=/mentoring/ (letters, digits, hyphens and slashes).'],
    [{ BASE_PATH: '/..' }, 'BASE_PATH "/.." is not a path: write it like BASE_PATH=/mentoring/ (letters, digits, hyphens and slashes).'],
    [{ BASE_PATH: 'https://example.org/mentoring/' }, 'BASE_PATH is a web address (https://example.org/mentoring/): give only its path, BASE_PATH=/mentoring/, and put the address in SITE_URL.'],
    [{ SITE_URL: 'https://example.org/mentoring/' }, 'SITE_URL has a path (/mentoring/) but BASE_PATH is not set: set BASE_PATH=/mentoring/ too (or basePath: /mentoring/ in content/program.yaml), or every link would miss it.'],
    [{ SITE_URL: 'https://example.org/mentoring' }, 'SITE_URL has a path (/mentoring) but BASE_PATH is not set: set BASE_PATH=/mentoring too (or basePath: /mentoring in content/program.yaml), or every link would miss it.'],
    [{ SITE_URL: 'example.org' }, 'SITE_URL "example.org" is not a web address: write it like https://example.org.'],
    [{ BASE_PATH: '/my mentoring/' }, 'BASE_PATH "/my mentoring/" is not a path: write it like BASE_PATH=/mentoring/ (letters, digits, hyphens and slashes).'],
    [{ BASE_PATH: '/a/', SITE_URL: 'https://example.org/b/' }, "SITE_URL's path (/b/) is not the base path (/a/): make them the same, or every link would miss one of them."],
  ])('%o stops the build', (env, error) => {
    expect(deployPath(env)).toEqual({ ok: false, error });
  });

  it.each([
    // basePath in content/program.yaml, which BASE_PATH overrides.
    [{}, '/mentoring/', { ok: true, base: '/mentoring/' }],
    [{ BASE_PATH: '/other/' }, '/mentoring/', { ok: true, base: '/other/' }],
    [{ BASE_PATH: '' }, 'mentoring', { ok: true, base: '/mentoring/' }],
    [{ SITE_URL: 'https://example.org/mentoring/' }, '/mentoring/', { ok: true, base: '/mentoring/' }],
    [{}, 'https://example.org/mentoring/', { ok: false, error: 'basePath in content/program.yaml is a web address (https://example.org/mentoring/): give only its path, basePath: /mentoring/, and put the address in SITE_URL.' }],
    [{}, '/my mentoring/', { ok: false, error: 'basePath in content/program.yaml "/my mentoring/" is not a path: write it like basePath: /mentoring/ (letters, digits, hyphens and slashes).' }],
  ])('%o with basePath %s', (env, basePath, result) => {
    expect(deployPath(env, basePath)).toEqual(result);
  });

  it.each([
    [{}, '/'],
    [{ BASE_PATH: '' }, '/'],
    [{ BASE_PATH: '/' }, '/'],
    [{ BASE_PATH: '/mentoring/' }, '/mentoring/'],
    [{ BASE_PATH: 'mentoring' }, '/mentoring/'],
    [{ BASE_PATH: '/mentoring' }, '/mentoring/'],
    [{ BASE_PATH: '/org/mentoring/' }, '/org/mentoring/'],
    [{ BASE_PATH: '/mentoring/', SITE_URL: 'https://example.org/mentoring/' }, '/mentoring/'],
    [{ SITE_URL: 'https://example.org' }, '/'],
    [{ SITE_URL: 'https://example.org/' }, '/'],
  ])('%o is deployed at %s', (env, base) => {
    expect(deployPath(env)).toEqual({ ok: true, base });
  });
});
