import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };

/** astro.config.mjs evaluated afresh (the query makes a new module), as a command reads it. */
const config = async (fresh: string): Promise<{ server?: unknown }> =>
  ((await import(/* @vite-ignore */ `../../astro.config.mjs?${fresh}`)) as { default: { server?: unknown } }).default;

describe('the port `npm start` and `npm run preview` serve on', () => {
  const saved = process.env['PORT'];
  afterEach(() => {
    if (saved === undefined) delete process.env['PORT'];
    else process.env['PORT'] = saved;
  });

  it('is 4321, or PORT (PORT=4330 npm start)', async () => {
    delete process.env['PORT'];
    expect((await config('default')).server).toEqual({ host: '127.0.0.1', port: 4321 });
    process.env['PORT'] = '4330';
    expect((await config('port')).server).toEqual({ host: '127.0.0.1', port: 4330 });
  });

  it('is not fixed in the scripts, so `npm start -- --port 4330` reaches astro preview', () => {
    expect(pkg.scripts['start']).toBe('astro build && astro preview');
    expect(pkg.scripts['preview']).toBe('astro preview');
  });

  it('`npm run ids` records the charter’s field ids', () => {
    expect(pkg.scripts['ids']).toBe('TANDEM_RECORD_IDS=1 astro sync');
  });
});
