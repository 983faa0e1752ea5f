import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { load } from 'js-yaml';
import type { CharterDefinition } from '../../../src/lib/charter/definition';

/** content/charter.yaml as the site loads it (examples default to []). */
export function charterDefinition(): CharterDefinition {
  const raw = load(readFileSync(resolve(import.meta.dirname, '../../../content/charter.yaml'), 'utf8')) as CharterDefinition;
  return { ...raw, sections: raw.sections.map((s) => ({ ...s, examples: s.examples ?? [] })) };
}
