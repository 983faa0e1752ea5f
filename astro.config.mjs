// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import pagefind from './src/integrations/pagefind.ts';
import securityHeaders from './src/integrations/headers.ts';
import { cspDirectives, scriptResources, styleResources } from './src/integrations/csp.ts';

/** Deploy under a sub-path with BASE_PATH=/handbook/ npm run build. */
const base = process.env.BASE_PATH || '/';

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
  markdown: { syntaxHighlight: false },
  integrations: [mdx(), preact(), pagefind(), securityHeaders()],
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
});
