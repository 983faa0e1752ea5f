import type { AstroIntegration } from 'astro';
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefindApi from 'pagefind';

/**
 * Pagefind's ready-made interfaces (Default, Modular and Component UI, with their stylesheets) and
 * its result highlighter. The site searches through Pagefind's JS API with its own interface
 * (src/islands/Search.tsx), so these are removed from the build: never published, never cached.
 */
export const UNUSED_PAGEFIND_FILE = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

/** Remove the unused files from a written Pagefind bundle; returns their names. */
export async function removeUnusedPagefindFiles(bundle: string): Promise<string[]> {
  const unused = (await readdir(bundle)).filter((f) => UNUSED_PAGEFIND_FILE.test(f));
  await Promise.all(unused.map((f) => rm(join(bundle, f))));
  return unused;
}

/**
 * Builds the Pagefind index into dist/pagefind after every `astro build`, without Pagefind's
 * ready-made interfaces. Pagefind reads each page's `<html lang>` and writes one index per language,
 * so a bilingual handbook's French pages find French pages only, with French stemming.
 * Any indexing error, or an index with no pages, fails the build: a site whose search is
 * broken must not deploy.
 */
export default function pagefind(): AstroIntegration {
  return {
    name: 'tandem:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        try {
          const { index, errors } = await pagefindApi.createIndex();
          if (!index || errors.length > 0) {
            throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          }
          const added = await index.addDirectory({ path: site });
          if (added.errors.length > 0) {
            throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
          }
          if (added.page_count === 0) {
            throw new Error('Pagefind indexed no pages: no page carries data-pagefind-body.');
          }
          const bundle = join(site, 'pagefind');
          const written = await index.writeFiles({ outputPath: bundle });
          if (written.errors.length > 0) {
            throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          }
          await removeUnusedPagefindFiles(bundle);
          logger.info(`Indexed ${added.page_count} pages for search in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
        } finally {
          await pagefindApi.close();
        }
      },
    },
  };
}
