import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { GUIDE_CHECKS_FILE } from '../../src/lib/authoring/guide-checks';
import { safetyReadingProblems } from '../helpers/safety-reading';
import { similarItems, similarItemsMessage, type ItemRef } from '../helpers/similar-items';
import { guideRules } from '../helpers/guide-rules';

/**
 * Rules across the handbook's files, with the settings in content/guide-checks.yaml: the guide on
 * power and safety is read early and linked from every guide before it, and no two checklist items
 * say nearly the same thing. A file that cannot be read is reported by tests/content/handbook.test.ts.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const rules = guideRules(ROOT);
const read = (dir: string, ext: RegExp) =>
  readdirSync(join(ROOT, dir))
    .filter((f) => ext.test(f))
    .sort()
    .map((f) => ({ file: `${dir}/${f}`, name: f.replace(ext, ''), text: readFileSync(join(ROOT, dir, f), 'utf8') }));

describe('across the handbook', () => {
  it.runIf(rules.ok && rules.checks.safetyGuide)('the guide on power and safety is read early, and every guide before it links to it (safetyGuide)', () => {
    if (!rules.ok || !rules.checks.safetyGuide) return;
    const guides = read('content/guides', /\.mdx$/).map((g) => {
      const { frontmatter, content } = parseFrontmatter(g.text, { frontmatter: 'empty-with-spaces' });
      const fm = frontmatter as { title?: unknown; order?: unknown; audience?: unknown };
      return {
        file: g.file,
        id: g.name,
        title: String(fm.title ?? g.name),
        order: typeof fm.order === 'number' ? fm.order : Number.POSITIVE_INFINITY,
        audience: Array.isArray(fm.audience) ? fm.audience.map(String) : [],
        mdx: content,
      };
    });
    const problems = safetyReadingProblems(guides, rules.checks.safetyGuide, `${GUIDE_CHECKS_FILE}: safetyGuide`);
    if (problems.length) expect.fail(problems.join('\n'));
  });

  it.runIf(rules.ok)('no two checklist items say nearly the same thing (similarItems)', () => {
    if (!rules.ok) return;
    const items: ItemRef[] = [];
    for (const c of read('content/checklists', /\.ya?ml$/)) {
      const data = load(c.text) as { id?: string; sections?: { items?: { id?: string; text?: string }[] }[] };
      for (const s of data?.sections ?? []) for (const it of s.items ?? []) if (it.id && it.text) items.push({ file: c.file, checklist: data.id ?? c.name, id: it.id, text: it.text });
    }
    expect(items.length).toBeGreaterThan(0);
    const found = similarItems(items, rules.checks.similarItems);
    if (found.length) expect.fail(found.map((p) => similarItemsMessage(p, `similarItems in ${GUIDE_CHECKS_FILE}`)).join('\n\n'));
  });
});
