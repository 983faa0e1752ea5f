import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const SRC = join(ROOT, 'src');

/** The modules that hold zod schemas (and the types inferred from them). */
const isSchemaModule = (path: string) => /(^|\/)(schema|schema-parts|program-schema)(\.ts)?$/.test(path);

/**
 * Files that may load the schemas themselves: the schema modules, the content config, and what only
 * the build runs (the loaders, and src/lib/authoring/, which words content mistakes). Browser code
 * imports none of those: checked below.
 */
const buildOnly = (file: string) => file.startsWith('src/loaders/') || file.startsWith('src/lib/authoring/');
/** src/data/ reads the collections for the pages, at build time only (no island imports it: checked below). */
const buildData = (file: string) => file.startsWith('src/data/');
const mayImportValues = (file: string) => file === 'src/content.config.ts' || isSchemaModule(file) || buildOnly(file) || buildData(file);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|astro)$/.test(e.name) ? [path] : [];
  });
}

describe('zod stays out of the browser', () => {
  it('only the schema modules and the content config import the schema modules for more than types', () => {
    const offenders: string[] = [];
    for (const path of sourceFiles(SRC)) {
      const file = relative(ROOT, path);
      if (mayImportValues(file)) continue;
      const text = readFileSync(path, 'utf8');
      // import … from '…', export … from '…' (possibly over several lines), and bare import '…'.
      for (const m of text.matchAll(/^\s*(import|export)\s+([^'";]*?)\s*from\s*['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]/gm)) {
        const from = m[3] ?? m[4] ?? '';
        const typeOnly = m[2] !== undefined && /^type\s/.test(m[2]);
        if (isSchemaModule(from) && !typeOnly) offenders.push(`${file}: ${m[0].trim()}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('browser code never imports what only the build runs', () => {
    const offenders: string[] = [];
    for (const path of [...sourceFiles(join(SRC, 'islands')), ...sourceFiles(join(SRC, 'stores')), ...sourceFiles(join(SRC, 'lib'))]) {
      const file = relative(ROOT, path);
      if (buildOnly(file)) continue;
      for (const m of readFileSync(path, 'utf8').matchAll(/from\s*['"]([^'"]+)['"]/g)) {
        if (/(^|\/)(loaders|authoring|data)\//.test(m[1]!) || /i18n\/shipped/.test(m[1]!)) offenders.push(`${file}: ${m[0]}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
