import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { load } from 'js-yaml';
import { instrumentSchema, type Instrument } from '../../../src/lib/reciprocity/schema';

/** content/assessments/reciprocity.yaml as the site loads it: validated by its schema, so reverse defaults to false. */
export function instrument(): Instrument {
  return instrumentSchema.parse(load(readFileSync(resolve(import.meta.dirname, '../../../content/assessments/reciprocity.yaml'), 'utf8')));
}
