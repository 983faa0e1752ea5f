import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefindApi from 'pagefind';

/**
 * Builds the Pagefind index into dist/pagefind after every `astro build`.
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
          const { index, errors } = await pagefindApi.createIndex({ forceLanguage: 'en' });
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
          const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
          if (written.errors.length > 0) {
            throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          }
          logger.info(`Indexed ${added.page_count} pages for search in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
        } finally {
          await pagefindApi.close();
        }
      },
    },
  };
}
