import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { load } from 'js-yaml';
import type { Instrument } from '../../../src/lib/reciprocity/instrument';

/** content/assessments/reciprocity.yaml as the site loads it (reverse defaults to false). */
export function instrument(): Instrument {
  const raw = load(readFileSync(resolve(import.meta.dirname, '../../../content/assessments/reciprocity.yaml'), 'utf8')) as Instrument;
  return { ...raw, items: raw.items.map((i) => ({ ...i, reverse: i.reverse ?? false })) };
}
