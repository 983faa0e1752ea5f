import { describe, expect, it } from 'vitest';
import { swOptions } from '../../src/integrations/offline';
import { slashRedirectTarget } from '../../src/lib/slash-redirect';

const ORIGIN = 'https://handbook.example';
const kept = new Set(['/', '/guides/x/', '/mentoring/guides/x/', '/offline/']);

describe('the address a page without its closing slash is sent to', () => {
  it.each([
    ['/guides/x', `${ORIGIN}/guides/x/`],
    ['/guides/x?q=1', `${ORIGIN}/guides/x/?q=1`],
    ['/mentoring/guides/x', `${ORIGIN}/mentoring/guides/x/`],
    ['//evil.example/phish', null],
    ['/\\evil.example/phish', null],
    ['/%2F%2Fevil.example', null],
    ['/%5C%5Cevil.example', null],
    ['/guides/not-kept', null],
    ['/guides/x/', null],
    ['/guides/file.pdf', null],
  ])('%s → %s', (path, expected) => {
    expect(slashRedirectTarget(`${ORIGIN}${path}`, ORIGIN, kept)).toBe(expected);
  });

  it('never leaves the site, whatever the address', () => {
    for (const href of ['https://evil.example/guides/x', 'http://handbook.example/guides/x', 'not a url']) {
      expect(slashRedirectTarget(href, ORIGIN, kept)).toBeNull();
    }
  });
});

/** The worker's route, run from its source text as generateSW writes it into sw.js. */
function workerRoute() {
  const route = swOptions('/tmp/site').runtimeCaching![0]!;
  const source = (route.handler as () => unknown).toString();
  // The source must stand alone: the worker has nothing else of this module.
  const make = new Function('self', 'caches', 'Response', 'fetch', `return (${source});`);
  return { source, make };
}

describe('the worker route that adds the closing slash', () => {
  const cacheName = `tandem-precache-v2-${ORIGIN}/`;
  const caches = {
    keys: async () => [cacheName, 'other-cache'],
    open: async (name: string) => ({
      keys: async () => (name === cacheName ? [...kept].map((p) => ({ url: `${ORIGIN}${p}?__WB_REVISION__=1` })) : [{ url: `${ORIGIN}/guides/elsewhere/` }]),
    }),
    match: async () => undefined,
  };
  const self = { location: { origin: ORIGIN }, registration: { scope: `${ORIGIN}/` } };
  const FakeResponse = { redirect: (to: string, status: number) => ({ redirect: to, status }) };
  const network = async (request: { url: string }) => ({ network: request.url });

  const run = async (path: string) => {
    const { make } = workerRoute();
    const handler = make(self, caches, FakeResponse, network) as (o: { url: URL; request: { url: string; mode: string } }) => Promise<unknown>;
    const url = new URL(`${ORIGIN}${path}`);
    return handler({ url, request: { url: url.href, mode: 'navigate' } });
  };

  it('is written without a redirect built from the raw path', () => {
    expect(workerRoute().source).not.toContain('${url.pathname}/');
    expect(workerRoute().source).toContain('slashRedirectTarget');
  });
  it('redirects to a kept page on this site', async () => {
    expect(await run('/guides/x?q=1')).toEqual({ redirect: `${ORIGIN}/guides/x/?q=1`, status: 301 });
  });
  it('sends protocol-relative and unknown addresses to the network, not elsewhere', async () => {
    expect(await run('//evil.example/phish')).toEqual({ network: `${ORIGIN}//evil.example/phish` });
    expect(await run('/guides/elsewhere')).toEqual({ network: `${ORIGIN}/guides/elsewhere` });
  });
});
