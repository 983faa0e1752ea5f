import { existsSync, readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';

/**
 * `basePath` as written in content/program.yaml, read before Astro starts (the base path decides every
 * address). A file that cannot be read gives nothing here: the content check names its mistake.
 */
export function programBasePath(file = 'content/program.yaml'): string | undefined {
  if (!existsSync(file)) return undefined;
  const doc = parseDocument(readFileSync(file, 'utf8'));
  if (doc.errors.length) return undefined;
  const value: unknown = doc.get('basePath');
  return typeof value === 'string' ? value : undefined;
}
