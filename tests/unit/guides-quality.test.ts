import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { proseOf, readability, syllables } from '../../src/lib/readability';

const DIR = resolve(import.meta.dirname, '../../content/guides');
const guides = readdirSync(DIR)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => {
    const text = readFileSync(join(DIR, f), 'utf8');
    const front = load(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as Record<string, unknown>;
    return { file: f, text, front };
  });

describe('the handbook’s guides', () => {
  it('has at least the twelve guides the handbook needs', () => {
    expect(guides.length).toBeGreaterThanOrEqual(12);
  });

  for (const g of guides) {
    describe(g.file, () => {
      const r = readability(proseOf(g.text));
      it('is 700–1,400 words of prose', () => {
        expect(r.words).toBeGreaterThanOrEqual(700);
        expect(r.words).toBeLessThanOrEqual(1400);
      });
      it('is written in plain language (short sentences, grade 9 or below)', () => {
        expect(r.wordsPerSentence).toBeLessThanOrEqual(20);
        expect(r.grade).toBeLessThanOrEqual(9);
      });
      it('has a concrete exercise or script, and ends with next steps', () => {
        expect(g.text).toMatch(/<TryThis[\s>]/);
        const headings = [...g.text.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
        expect(headings.at(-1)).toBe('Next steps');
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
