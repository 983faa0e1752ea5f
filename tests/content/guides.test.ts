import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GUIDE_CHECKS_FILE } from '../../src/lib/authoring/guide-checks';
import { checkGuide } from '../helpers/readability';
import { guideRules } from '../helpers/guide-rules';

/**
 * The handbook's own guides, checked against the rules in content/guide-checks.yaml. These are
 * content checks, not product tests: a coordinator changes the rules there (or, for a reference
 * page, writes `readingChecks: false` in the guide's frontmatter), and every failure says which
 * setting decides it.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const DIR = join(ROOT, 'content/guides');
const rules = guideRules(ROOT);
const guides = !rules.ok ? [] : readdirSync(DIR)
  .filter((f) => f.endsWith('.mdx'))
  .sort()
  .map((f) => {
    const file = `content/guides/${f}`;
    return { file, results: checkGuide(file, readFileSync(join(DIR, f), 'utf8'), rules.checks, GUIDE_CHECKS_FILE) };
  });

describe('the handbook’s guides', () => {
  it('are checked with the rules in content/guide-checks.yaml, which can be read', () => {
    if (!rules.ok) expect.fail(rules.message);
  });

  it.runIf(rules.ok)('has at least one guide', () => {
    expect(guides.length).toBeGreaterThanOrEqual(1);
  });

  for (const g of guides) {
    describe(g.file, () => {
      for (const c of g.results) {
        it.skipIf(c.skipped !== undefined)(c.skipped ? `${c.title} (${c.skipped})` : c.title, () => {
          if (c.problems.length) expect.fail(c.problems.join('\n'));
        });
      }
    });
  }
});
