// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import pagefind from './src/integrations/pagefind.ts';
import offline from './src/integrations/offline.ts';
import securityHeaders from './src/integrations/headers.ts';
import { cspDirectives, scriptResources, styleResources } from './src/integrations/csp.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { baseLinks } from './src/integrations/base-links.ts';
import { deployPath } from './src/lib/deploy-path.ts';
import { programBasePath } from './src/integrations/program-base-path.ts';

/**
 * Deploy under a sub-path with `basePath: /handbook/` in content/program.yaml, or BASE_PATH=/handbook/
 * npm run build (which wins); a wrong value stops here, in one sentence.
 */
const fromProgram = programBasePath();
const deploy = deployPath(process.env, fromProgram);
if (!deploy.ok) {
  console.error(deploy.error);
  process.exit(1);
}
const own = fromProgram ? deployPath({}, fromProgram) : undefined;
if (process.env.BASE_PATH?.trim() && own?.ok && own.base !== deploy.base) {
  console.warn(`Building for the base path ${deploy.base} from BASE_PATH, not ${fromProgram} from basePath in content/program.yaml.`);
}
const base = deploy.base;

export default defineConfig({
  output: 'static',
  base,
  outDir: process.env.OUT_DIR || 'dist',
  // The content cache lives with the project (not in node_modules), so copies of the project that
  // share one node_modules never read each other's content.
  cacheDir: './.astro/cache',
  trailingSlash: 'always',
  build: { format: 'directory' },
  ...(process.env.SITE_URL ? { site: process.env.SITE_URL } : {}),
  // Guides need no code highlighting, and Shiki's inline styles would break the CSP.
  // A root-relative link written in a guide's Markdown gets the base path, as the pages' own links do.
  markdown: { syntaxHighlight: false, processor: satteri({ hastPlugins: [baseLinks(base)] }) },
  // offline() runs last: the service worker keeps the search index and the final _headers-free files.
  integrations: [mdx(), preact(), pagefind(), securityHeaders(), offline()],
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: cspDirectives,
      scriptDirective: { resources: scriptResources },
      styleDirective: { resources: styleResources },
    },
  },
  // `npm start`, `npm run preview` and `npm run dev` serve on 127.0.0.1:4321, or on the port in PORT
  // (PORT=4330 npm start); `npm start -- --port 4330` works too.
  server: { host: '127.0.0.1', port: Number(process.env.PORT) || 4321 },
  devToolbar: { enabled: false },
  vite: {
    environments: {
      client: {
        build: {
          rolldownOptions: {
            output: {
              // Fewer, larger shared files for the tools: Preact; what every tool's frame uses (the error
              // boundary, routes, undo, dates as words, fields that save as you type); the checklists' due
              // dates; and the document store with its schemas and nanostores. Fewer files compress better:
              // each one starts its own dictionary.
              codeSplitting: {
                groups: [
                  { name: 'preact', test: /node_modules[\\/](preact|@astrojs[\\/]preact)[\\/]/ },
                  { name: 'shell', test: /src[\\/]islands[\\/]shared[\\/](ToolShell|UndoStatus|undo-delete|lazy|route|hydration|download|useDraft|TextLimit)\.|src[\\/]lib[\\/]format\./ },
                  { name: 'checklists', test: /src[\\/]lib[\\/]checklists[\\/](due|checklist)\./ },
                  { name: 'store', test: /src[\\/](stores[\\/]persistence|lib[\\/](storage[\\/](?!backup|quarantine|import\.)|docs[\\/]|dates|schema-parts))|node_modules[\\/](valibot|nanostores|@nanostores)[\\/]/ },
                ],
              },
            },
          },
        },
      },
    },
    plugins: [
      {
        name: 'tandem:quiet-mdx-directive',
        // Rolldown warns once per guide that MDX's "use astro:head-inject" directive "may not be
        // preserved when bundling" (withastro/astro#18087, open upstream). Astro reads that directive
        // itself and the pages are correct, so this one warning is dropped, by its exact code and
        // directive, and every other warning still prints.
        onLog(level, log) {
          if (level === 'warn' && log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('"use astro:head-inject"')) return false;
          return undefined;
        },
      },
    ],
  },
});
