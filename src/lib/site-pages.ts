/**
 * The addresses the site publishes, below its base path: what a root-relative link in a guide may
 * lead to. Routes are a contract (src/pages/); a build test checks every built page against this list.
 */
import { AUDIENCE_ROUTES, FIXED_WORKSHEETS, TOOL_IDS } from './site';

/** What else a link can lead to: guides, checklists and the files in public/ ("files/rota.pdf"). */
export interface SiteContent {
  guides: readonly string[];
  checklists: readonly string[];
  publicFiles?: readonly string[] | undefined;
}

const PAGES = new Set(['', 'guides', 'tools', 'worksheets', 'my-data', 'my-mentoring', 'search', 'offline', ...TOOL_IDS.map((t) => `tools/${t}`)]);
const FILES = new Set(['brand.css', 'manifest.webmanifest', 'sw.js', '404.html']);

/** Whether `path` ("/tools/charter/", "/favicon.svg", without the base path) is an address of the site. */
export function isSitePage(path: string, site: SiteContent): boolean {
  const clean = path.replace(/^\/+/, '');
  if (site.publicFiles?.includes(clean) || FILES.has(clean) || clean.startsWith('icons/') || clean.startsWith('pagefind/') || clean.startsWith('_astro/')) return true;
  // A file: in public/ (when the list is known).
  if (clean !== '' && !clean.endsWith('/')) return site.publicFiles === undefined;
  const parts = clean.split('/').filter(Boolean);
  const page = parts.join('/');
  if (PAGES.has(page)) return true;
  const [first, second, third, ...rest] = parts;
  if (rest.length) return false;
  if (first === 'guides' && second === 'for') return third !== undefined && Object.values(AUDIENCE_ROUTES).some((a) => a.segment === third);
  if (third !== undefined && !(first === 'tools' && second === 'reflection')) return false;
  if (first === 'guides') return site.guides.includes(second!);
  if (first === 'tools') return second === 'reflection' && site.checklists.includes(third!);
  if (first === 'worksheets') return [...FIXED_WORKSHEETS, 'pack', ...site.checklists].includes(second!);
  return false;
}
