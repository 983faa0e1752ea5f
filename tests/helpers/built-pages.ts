import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every page built into `dir`, as its path on the site: "/", "/guides/two-way-street/", "/404.html". */
export function builtPages(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const rel = relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/');
    if (rel.startsWith('pagefind/')) continue;
    out.push(`/${rel}`.replace(/index\.html$/, ''));
  }
  return out.sort();
}
