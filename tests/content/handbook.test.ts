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
    // The build's own message: the file, the line and what to do.
    if (!result.ok) expect.fail(`\n${result.report}\n`);
    // The translations are for a handbook in several languages, and content/i18n/ is optional.
    for (const [name, size] of Object.entries(result.sizes)) if (!['translations', 'translatedGuides'].includes(name)) expect(size, `the collection “${name}” is empty`).toBeGreaterThan(0);
  });
});
