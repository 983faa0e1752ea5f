import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, builtPages, expect, readBuilt, test } from './fixtures';

/** Ids defined on each built page, for checking #fragment links. */
const ids = new Map<string, Set<string>>();
function idsOf(path: string): Set<string> {
  let set = ids.get(path);
  if (!set) {
    set = new Set([...readBuilt(path).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
    ids.set(path, set);
  }
  return set;
}

/** The built file a site path points to ("/guides/x/" → that page), or null when none exists. */
function target(pathname: string): string | null {
  const path = decodeURIComponent(pathname);
  if (path.endsWith('/')) return existsSync(join(DIST, path, 'index.html')) ? path : null;
  const file = join(DIST, path);
  return existsSync(file) && statSync(file).isFile() ? path : null;
}

test('no internal link or asset in dist/ points to a missing file or anchor', () => {
  const broken: string[] = [];
  for (const page of builtPages()) {
    const html = readBuilt(page);
    const refs = [...html.matchAll(/\s(?:href|src|component-url|renderer-url)="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
    for (const ref of refs) {
      if (/^(https?:|mailto:|tel:|data:|blob:)/.test(ref)) continue;
      const url = new URL(ref, `http://site${page}`);
      const found = target(url.pathname);
      if (!found) {
        broken.push(`${page} → ${ref}`);
        continue;
      }
      if (url.hash && found.endsWith('/') && !idsOf(found).has(decodeURIComponent(url.hash.slice(1)))) {
        broken.push(`${page} → ${ref} (no such anchor)`);
      }
    }
  }
  expect(broken).toEqual([]);
});
