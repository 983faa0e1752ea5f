import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { load } from 'js-yaml';
import { instrumentSchema, type Instrument } from '../../../src/lib/reciprocity/schema';

const PATH = resolve(import.meta.dirname, '../../../content/assessments/reciprocity.yaml');

/** content/assessments/reciprocity.yaml as written, before validation: a fresh copy each call, to break on purpose. */
export function rawInstrument(): Record<string, unknown> & { behaviours: Record<string, unknown>[]; dimensions: Record<string, unknown>[] } {
  return load(readFileSync(PATH, 'utf8')) as ReturnType<typeof rawInstrument>;
}

/** content/assessments/reciprocity.yaml as the site loads it: validated by its schema. */
export function instrument(): Instrument {
  return instrumentSchema.parse(rawInstrument());
}
