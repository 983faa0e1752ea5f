import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { GUIDE_CHECKS_FILE, guideChecksSchema } from '../../src/lib/authoring/guide-checks';
import { proseOf, readability, syllables } from '../../src/lib/readability';

/**
 * The handbook's own guides, checked against the rules in content/guide-checks.yaml. These are
 * content checks, not product tests: a coordinator changes the rules there, and every failure says
 * which setting decides it.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const DIR = join(ROOT, 'content/guides');
const checks = guideChecksSchema.parse(load(readFileSync(join(ROOT, GUIDE_CHECKS_FILE), 'utf8')));
const guides = readdirSync(DIR)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => {
    const text = readFileSync(join(DIR, f), 'utf8');
    const front = load(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as Record<string, unknown>;
    return { file: `content/guides/${f}`, text, front };
  });
const setting = (name: string) => `(to change the rule, edit ${name} in ${GUIDE_CHECKS_FILE})`;

describe('the handbook’s guides', () => {
  it('has at least one guide', () => {
    expect(guides.length).toBeGreaterThanOrEqual(1);
  });

  for (const g of guides) {
    describe(g.file, () => {
      const r = readability(proseOf(g.text));
      it(`is ${checks.words.min}–${checks.words.max} words of prose`, () => {
        expect(r.words, `${g.file} has ${r.words} words; guides need at least ${checks.words.min} ${setting('words.min')}`).toBeGreaterThanOrEqual(checks.words.min);
        expect(r.words, `${g.file} has ${r.words} words; guides may have at most ${checks.words.max} ${setting('words.max')}`).toBeLessThanOrEqual(checks.words.max);
      });
      it(`is written in plain language (sentences of ${checks.maxWordsPerSentence} words or fewer on average, grade ${checks.maxGrade} or below)`, () => {
        expect(r.wordsPerSentence, `${g.file} averages ${r.wordsPerSentence.toFixed(1)} words a sentence; the limit is ${checks.maxWordsPerSentence} ${setting('maxWordsPerSentence')}`).toBeLessThanOrEqual(checks.maxWordsPerSentence);
        expect(r.grade, `${g.file} reads at grade ${r.grade.toFixed(1)}; the limit is ${checks.maxGrade} ${setting('maxGrade')}`).toBeLessThanOrEqual(checks.maxGrade);
      });
      it.runIf(checks.exercise)('has a concrete exercise or script (<TryThis>)', () => {
        expect(/<TryThis[\s>]/.test(g.text), `${g.file} has no <TryThis> exercise ${setting('exercise')}`).toBe(true);
      });
      it.runIf(checks.lastHeading !== '')(`ends with “${checks.lastHeading}”`, () => {
        const headings = [...g.text.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
        expect(headings.at(-1), `${g.file} must end with a “## ${checks.lastHeading}” section ${setting('lastHeading')}`).toBe(checks.lastHeading);
      });
      it('sets audience, topic, order, description and updated', () => {
        for (const key of ['title', 'description', 'audience', 'topic', 'order', 'updated']) expect(g.front[key], key).toBeDefined();
      });
      it('has no placeholder text', () => {
        expect(g.text).not.toMatch(/lorem ipsum|coming soon|\bTODO\b|\bTBD\b|placeholder/i);
      });
    });
  }
});

describe('readability measures', () => {
  it('counts syllables by the usual rule', () => {
    expect(['cat', 'mentor', 'relationship', 'made', 'advocacy'].map(syllables)).toEqual([1, 2, 4, 1, 4]);
  });
  it('measures sentences and grade', () => {
    const r = readability('The cat sat. The dog ran to the park and back.');
    expect(r.sentences).toBe(2);
    expect(r.wordsPerSentence).toBe(5.5);
    expect(r.grade).toBeLessThan(3);
  });
  it('ignores frontmatter, headings, tags and code', () => {
    expect(proseOf('---\ntitle: x\n---\n## Heading\n<TryThis title="a">Hi there.</TryThis>\n```\ncode\n```')).not.toMatch(/title|Heading|TryThis|code/);
  });
});
