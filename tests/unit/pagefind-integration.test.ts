import { mkdtemp, rm, writeFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import pagefind from '../../src/integrations/pagefind';

type DoneHook = (opts: { dir: URL; logger: { info: (m: string) => void } }) => Promise<void>;

async function runHook(dir: string): Promise<void> {
  const hook = pagefind().hooks['astro:build:done'] as unknown as DoneHook;
  await hook({ dir: pathToFileURL(`${dir}/`), logger: { info: () => undefined } });
}

describe('the Pagefind build step', () => {
  it('fails the build when there is nothing to index', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tandem-pf-'));
    try {
      await expect(runHook(dir)).rejects.toThrow(/indexed no pages/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('writes an index for a built page', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tandem-pf-'));
    try {
      await writeFile(join(dir, 'index.html'), '<html lang="en"><body><main data-pagefind-body><h1>Hello</h1><p>Mentoring both ways.</p></main></body></html>');
      await runHook(dir);
      const files = await readdir(join(dir, 'pagefind'));
      expect(files).toContain('pagefind.js');
      expect(files).toContain('pagefind-worker.js');
      // The site searches through the JS API with its own interface: Pagefind's ready-made UIs are not published.
      expect(files.filter((f) => /^pagefind-(ui|modular-ui|component-ui|highlight)\./.test(f))).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 30_000);
});
