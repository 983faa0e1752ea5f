import { describe, expect, it } from 'vitest';
import { ROOT, loadContent } from '../helpers/load-content';

/**
 * This handbook's content/, loaded by the site's own loaders (in this process, without building):
 * every mistake `npm run build` would stop at fails here with the same message, naming the file,
 * the line and what to do.
 */
describe('content/', () => {
  it('loads as the build loads it, with no collection empty', async () => {
    const result = await loadContent(ROOT);
    expect(result.ok, `\n${result.report}\n`).toBe(true);
    for (const [name, size] of Object.entries(result.sizes)) expect(size, `the collection “${name}” is empty`).toBeGreaterThan(0);
  });
});
