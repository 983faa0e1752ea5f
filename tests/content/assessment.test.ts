import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { GUIDE_CHECKS_FILE } from '../../src/lib/authoring/guide-checks';
import { instrumentSchema } from '../../src/lib/reciprocity/schema';
import { SIDES } from '../../src/lib/reciprocity/instrument';
import { guideRules } from '../helpers/guide-rules';
import { asksTwoThings } from '../helpers/statement-rules';
import { ROOT } from '../helpers/load-content';

/**
 * This handbook's self-assessment (content/assessments/reciprocity.yaml), checked against the rule
 * in content/guide-checks.yaml that a coordinator can switch off.
 */
const FILE = 'content/assessments/reciprocity.yaml';
const rules = guideRules(ROOT);
/** The questionnaire as the site reads it; a mistake in it is named by tests/content/handbook.test.ts. */
const parsed = (() => {
  try {
    return instrumentSchema.safeParse(load(readFileSync(join(ROOT, FILE), 'utf8')));
  } catch {
    return { success: false as const, data: undefined };
  }
})();

describe(FILE, () => {
  it('is checked with the rules in content/guide-checks.yaml, which can be read', () => {
    if (!rules.ok) expect.fail(rules.message);
  });

  it.runIf(rules.ok && rules.checks.oneThingPerStatement && parsed.success)('asks one thing in each statement (no “ and ” or “ or ”, no second clause after a comma)', () => {
    const inst = parsed.data!;
    const lines = readFileSync(join(ROOT, FILE), 'utf8').split(/\r?\n/);
    const lineOf = (text: string) => lines.findIndex((l) => l.includes(text.slice(0, 40))) + 1 || undefined;
    const statements = inst.behaviours.flatMap((b) => (['mentor', 'mentee'] as const).flatMap((role) => SIDES.map((side) => ({ where: `${b.id} › ${role}.${side}`, text: b[role][side] }))));
    const joined = statements
      .map((s) => ({ ...s, why: asksTwoThings(s.text) }))
      .filter((s) => s.why)
      .map((s) => `${FILE}${lineOf(s.text) ? `, line ${lineOf(s.text)}` : ''}: ${s.where}: “${s.text}” ${s.why}`);
    if (joined.length) {
      expect.fail(`Each statement should ask one thing. Reword ${joined.length === 1 ? 'this one' : 'these'} (or, to allow them, set oneThingPerStatement: false in ${GUIDE_CHECKS_FILE}):\n${joined.join('\n')}`);
    }
  });
});
