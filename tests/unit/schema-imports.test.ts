import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const SRC = join(ROOT, 'src');

/** The modules that hold zod schemas (and the types inferred from them). */
const isSchemaModule = (path: string) => /(^|\/)(schema|schema-parts|program-schema)(\.ts)?$/.test(path);

/** Files that may load the schemas themselves: the schema modules and the content config. */
const mayImportValues = (file: string) => file === 'src/content.config.ts' || isSchemaModule(file);

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
});
