import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { GUIDE_CHECKS_FILE, guideChecksSchema } from '../../src/lib/authoring/guide-checks';
import { instrumentSchema } from '../../src/lib/reciprocity/schema';
import { SIDES } from '../../src/lib/reciprocity/instrument';
import { ROOT } from '../helpers/load-content';

/**
 * This handbook's self-assessment (content/assessments/reciprocity.yaml), checked against the rule
 * in content/guide-checks.yaml that a coordinator can switch off.
 */
const FILE = 'content/assessments/reciprocity.yaml';
const checks = guideChecksSchema.parse(load(readFileSync(join(ROOT, GUIDE_CHECKS_FILE), 'utf8')));
const parsed = instrumentSchema.safeParse(load(readFileSync(join(ROOT, FILE), 'utf8')));

describe(FILE, () => {
  it.runIf(checks.oneThingPerStatement && parsed.success)('asks one thing in each statement (no “ and ” or “ or ”)', () => {
    const inst = parsed.data!;
    const statements = inst.behaviours.flatMap((b) => (['mentor', 'mentee'] as const).flatMap((role) => SIDES.map((side) => ({ where: `${b.id} ${role}.${side}`, text: b[role][side] }))));
    const joined = statements.filter((s) => / (and|or) /i.test(s.text)).map((s) => `${s.where}: ${s.text}`);
    expect(joined, `in ${FILE}, each statement should ask one thing: reword these (or, to allow them, set oneThingPerStatement: false in ${GUIDE_CHECKS_FILE})`).toEqual([]);
  });
});
