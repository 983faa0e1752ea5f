import type { AstroIntegration } from 'astro';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSW, type GenerateSWOptions, type ManifestTransform, type RuntimeCaching } from 'workbox-build';
import { slashRedirectTarget } from '../lib/slash-redirect';

/** The service worker's file name, at the root of the deployment (its scope is the base path). */
export const SW_FILE = 'sw.js';
/** The page served for a page that is not kept offline, while offline. */
export const OFFLINE_PAGE = 'offline/';

/**
 * What is kept for offline use: every page, stylesheet, script, icon and the manifest, and the
 * parts of the Pagefind index that search loads (the JS API, its worker and WebAssembly, the
 * index, fragments, filters and metadata; Pagefind's ready-made UIs are not built at all, see
 * pagefind.ts). Not kept: the host's _headers file.
 */
export const PRECACHE_PATTERNS = [
  '**/*.{html,css,js,svg,png,jpg,jpeg,webp,webmanifest}',
  'pagefind/pagefind-entry.json',
  'pagefind/*.pagefind',
  'pagefind/*.pf_meta',
  'pagefind/{index,fragment,filter}/*',
];
export const PRECACHE_IGNORES = [SW_FILE];

/**
 * A page is kept under the address people open ("guides/x/"), not its file ("guides/x/index.html"),
 * as static hosts may redirect the file name. The home page is "./": the base path itself.
 */
export function pageUrl(url: string): string {
  const page = url.replace(/(^|\/)index\.html$/, '$1');
  return page === '' ? './' : page;
}

/**
 * The worker's answer to a page address without its closing slash. generateSW writes a route's
 * handler into sw.js as its source text, so this one is made from text that carries
 * slashRedirectTarget's own source (src/lib/slash-redirect.ts, tested there): the address is
 * rebuilt on the site's own origin and followed only to a page this worker keeps (the pages in its
 * precache, under its scope). Anything else goes to the network, and offline to the offline page.
 */
export function slashRoute(): RuntimeCaching['handler'] {
  const source = `async ({ url, request }) => {
  const slashRedirectTarget = ${slashRedirectTarget.toString()};
  const kept = new Set();
  for (const name of await caches.keys()) {
    if (!name.includes('precache') || !name.endsWith(self.registration.scope)) continue;
    for (const entry of await (await caches.open(name)).keys()) kept.add(new URL(entry.url).pathname);
  }
  const target = slashRedirectTarget(url.href, self.location.origin, kept);
  if (target) return Response.redirect(target, 301);
  try {
    return await fetch(request);
  } catch (error) {
    const offline = await caches.match(new URL(${JSON.stringify(OFFLINE_PAGE)}, self.registration.scope).href, { ignoreSearch: true });
    if (offline) return offline;
    throw error;
  }
}`;
  return new Function(`return (${source});`)() as RuntimeCaching['handler'];
}

/** The options for workbox-build's generateSW over a built site. */
export function swOptions(dir: string): GenerateSWOptions {
  return {
    globDirectory: dir,
    globPatterns: PRECACHE_PATTERNS,
    globIgnores: PRECACHE_IGNORES,
    swDest: join(dir, SW_FILE),
    // One file, so the worker needs nothing but itself ('self' in the Content-Security-Policy).
    inlineWorkboxRuntime: true,
    mode: 'production',
    sourcemap: false,
    cacheId: 'tandem',
    cleanupOutdatedCaches: true,
    // A new version waits until the reader takes it (the page's "Reload" sends SKIP_WAITING), so a
    // page someone is typing on is never swapped under them.
    skipWaiting: false,
    clientsClaim: true,
    // Hashed file names change when their content does; the rest carry a revision from their content.
    dontCacheBustURLsMatching: /_astro\//,
    // ?id=… opens a document in a tool and Pagefind adds ?ts=…: the same kept file answers them all.
    ignoreURLParametersMatching: [/.*/],
    directoryIndex: 'index.html',
    maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
    manifestTransforms: [
      ((entries) => ({ manifest: entries.map((e) => ({ ...e, url: pageUrl(e.url) })), warnings: [] })) satisfies ManifestTransform,
    ],
    // A page that is not kept (a new page of a later version, a mistyped address) comes from the
    // network; without one, the offline page lists what is available.
    runtimeCaching: [
      // An address typed or linked without its closing slash (/guides/starting-well) is the page kept
      // as /guides/starting-well/: send the browser there, as the server would, instead of the offline page.
      {
        urlPattern: ({ request, url }) => request.mode === 'navigate' && !url.pathname.endsWith('/') && !url.pathname.split('/').pop()!.includes('.'),
        handler: slashRoute(),
      },
      {
        urlPattern: ({ request }) => request.mode === 'navigate',
        handler: 'NetworkOnly',
        options: { precacheFallback: { fallbackURL: OFFLINE_PAGE } },
      },
    ],
  };
}

/**
 * With offline use switched off, this worker replaces an earlier one: it deletes that one's caches
 * (only this deployment's, named after its scope) and unregisters itself. Open pages are not reloaded.
 */
export const REMOVE_WORKER = `// Offline use is switched off in content/program.yaml: remove what an earlier version kept.
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('tandem-') && k.endsWith(self.registration.scope)).map((k) => caches.delete(k))))
      .then(() => self.registration.unregister()),
  );
});
`;

/**
 * Whether the built pages register the worker: the layout adds the registration when
 * content/program.yaml leaves `offline` on (the default), so the pages, read from the validated
 * settings, decide, and this file never reads the settings a second way.
 */
export async function pagesRegisterWorker(site: string): Promise<boolean> {
  return (await readFile(join(site, 'index.html'), 'utf8')).includes(`data-sw=`);
}

/**
 * After the build (and after the search index, so it is kept too): writes dist/sw.js, a service
 * worker that keeps the whole handbook for offline use, made by workbox-build from the built files.
 * Each build's worker lists every file with a revision from its content, so a new deployment is
 * a new worker, and the pages offer to reload when it is ready.
 */
export default function offline(): AstroIntegration {
  return {
    name: 'tandem:offline',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        if (!(await pagesRegisterWorker(site))) {
          await writeFile(join(site, SW_FILE), REMOVE_WORKER);
          await rm(join(site, OFFLINE_PAGE), { recursive: true, force: true });
          logger.info('Offline use is switched off: wrote a service worker that removes an earlier copy.');
          return;
        }
        const { count, size, warnings } = await generateSW(swOptions(site));
        if (warnings.length > 0) throw new Error(`The service worker could not be made: ${warnings.join('; ')}`);
        logger.info(`Wrote a service worker that keeps ${count} files (${(size / 1024 / 1024).toFixed(1)} MB) for offline use.`);
      },
    },
  };
}
