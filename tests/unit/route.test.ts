// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';

/** The tools' route as it is read when a page opens at `url`. */
async function routeAt(url: string) {
  vi.resetModules();
  window.history.replaceState(null, '', url);
  return (await import('../../src/islands/shared/route')).route.get();
}

describe('where a tool opens', () => {
  afterEach(() => window.history.replaceState(null, '', '/'));

  it.each([
    ['/tools/charter/', { view: 'home' }],
    ['/tools/charter/?id=abc', { view: 'doc', id: 'abc' }],
    ['/tools/charter/#share=1.c.abc.0123abcd', { view: 'shared', token: '1.c.abc.0123abcd' }],
    // Cut right after “#share=”: the shared view, which says the link is incomplete, not the tool's home.
    ['/tools/charter/#share=', { view: 'shared', token: '' }],
    ['/tools/reciprocity/?id=abc#share=', { view: 'shared', token: '' }],
  ])('%s', async (url, expected) => {
    expect(await routeAt(url)).toEqual(expected);
  });
});
