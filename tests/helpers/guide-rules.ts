import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { GUIDE_CHECKS_FILE, guideChecksSchema, type GuideChecks } from '../../src/lib/authoring/guide-checks';
import { ROOT } from './load-content';

/**
 * content/guide-checks.yaml for the content tests, or why it cannot be read: a mistake in it is
 * reported once, with its line, by tests/content/handbook.test.ts (the build's own message), and the
 * checks that need its rules say so instead of failing with a stack trace.
 */
export function guideRules(root = ROOT): { ok: true; checks: GuideChecks } | { ok: false; message: string } {
  try {
    const parsed = guideChecksSchema.safeParse(load(readFileSync(join(root, GUIDE_CHECKS_FILE), 'utf8')));
    if (parsed.success) return { ok: true, checks: parsed.data };
  } catch {
    // Not YAML, or not there: the same message follows.
  }
  return { ok: false, message: `${GUIDE_CHECKS_FILE} has a mistake (the failure of tests/content/handbook.test.ts names it, with its line and what to do): these checks run once it is fixed.` };
}
