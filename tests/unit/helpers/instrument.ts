import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { load } from 'js-yaml';
import { instrumentSchema, type Instrument } from '../../../src/lib/reciprocity/schema';

/**
 * The questionnaire the product's tests use: the fixture handbook's (tests/fixtures/content/), not
 * content/assessments/reciprocity.yaml, so a coordinator who rewords or adds a behaviour there
 * breaks no test of the code.
 */
const PATH = resolve(import.meta.dirname, '../../fixtures/content/assessments/reciprocity.yaml');

/** The fixture questionnaire as written, before validation: a fresh copy each call, to break on purpose. */
export function rawInstrument(): Record<string, unknown> & { behaviours: Record<string, unknown>[]; dimensions: Record<string, unknown>[] } {
  return load(readFileSync(PATH, 'utf8')) as ReturnType<typeof rawInstrument>;
}

/** The fixture questionnaire as the site loads it: validated by its schema. */
export function instrument(): Instrument {
  return instrumentSchema.parse(rawInstrument());
}
