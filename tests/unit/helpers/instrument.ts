import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { load } from 'js-yaml';
import type { Answer } from '../../../src/lib/docs/assessment-doc';
import { SIDES, answerKey, type Side } from '../../../src/lib/reciprocity/instrument';
import { instrumentSchema, type Instrument } from '../../../src/lib/reciprocity/schema';
import type { Answers } from '../../../src/lib/reciprocity/score';

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

/** Answers to every behaviour of `inst` built from a rule: (behaviour, side) → answer, or undefined to leave it blank. */
export function answersWhere(inst: Instrument, pick: (b: Instrument['behaviours'][number], side: Side) => Answer | undefined): Answers {
  const out: Record<string, Answer> = {};
  for (const b of inst.behaviours) {
    for (const side of SIDES) {
      const a = pick(b, side);
      if (a !== undefined) out[answerKey(b.id, side)] = a;
    }
  }
  return out;
}
