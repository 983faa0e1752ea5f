import { describe, expect, it } from 'vitest';
import { safetyReadingProblems, type GuideForReading } from '../helpers/safety-reading';
import { likeness, meaningfulWords, similarItems, type ItemRef } from '../helpers/similar-items';

const item = (checklist: string, id: string, text: string): ItemRef => ({ file: `content/checklists/${checklist}.yaml`, checklist, id, text });

describe('near-duplicate checklist items', () => {
  it.each([
    // The pairs this handbook once had, the uncomfortable ones first.
    ['the same words in two lists', 'No mentor has more pairs than the cap we set.', 'No mentor has more pairs than the cap we set.', true],
    ['the same promise, reworded a little', 'I did what I said I would do after our last session.', 'I did the things I said I would do after each session.', true],
    ['a plural and a tense apart', 'I booked the next session.', 'We book our next sessions.', true],
    ['one word shared', 'I reread our charter and our goals.', 'Our next review date is in both our diaries.', false],
    ['the same topic, a different question', 'What will we change for the next cohort, and who will do it?', 'What have I noticed so far that the programme should do differently?', false],
    ['empty text beside real text', '', 'I reread our charter.', false],
  ] as const)('%s', (_name, a, b, flagged) => {
    expect(similarItems([item('one', 'a', a), item('two', 'b', b)], 0.6).length > 0).toBe(flagged);
  });
  it('sets aside small words and endings', () => {
    expect([...meaningfulWords('I’ve sent my mentor the notes I promised.')]).toEqual(['sent', 'mentor', 'not', 'promis']);
    expect(likeness(new Set(), new Set())).toBe(1);
  });
  it('lists the most alike first, with both places', () => {
    const found = similarItems([item('a', 'x', 'Book the next session.'), item('b', 'y', 'Book the next session now.'), item('c', 'z', 'Book the next session.')], 0.6);
    expect(found[0]).toMatchObject({ a: { id: 'x' }, b: { id: 'z' }, likeness: 1 });
    expect(found).toHaveLength(3);
  });
});

const guide = (id: string, order: number, links: string[], audience = ['mentor', 'mentee']): GuideForReading => ({
  file: `content/guides/${id}.mdx`,
  id,
  title: id,
  order,
  audience,
  mdx: `Text.\n\n${links.map((l) => (l.startsWith('/') ? `[a link](${l})` : `<GuideLink to="${l}">x</GuideLink>`)).join('\n\n')}\n`,
});
const rule = { guide: 'safety', within: 3 };

describe('the guide on power and safety is read early', () => {
  it.each([
    ['first in reading order, nothing before it', [guide('safety', 1, []), guide('b', 2, [])], []],
    ['linked from both guides before it, one by a heading link and one by a Markdown link', [guide('a', 1, ['safety#raising-a-concern']), guide('b', 2, ['/guides/safety/']), guide('safety', 3, [])], []],
    ['a guide before it without the link', [guide('a', 1, ['safety']), guide('b', 2, ['a']), guide('safety', 3, [])], ['content/guides/b.mdx comes before']],
    ['too late in reading order', [guide('a', 1, ['safety']), guide('b', 2, ['safety']), guide('c', 3, ['safety']), guide('safety', 4, [])], ['is guide 4 in reading order']],
    ['coordinators’ guides do not count', [guide('coord', 1, [], ['coordinator']), guide('safety', 2, [])], []],
    ['ties in order go by title', [guide('zebra', 1, []), guide('safety', 1, [])], []],
    ['the guide is missing', [guide('a', 1, [])], ['no guide for mentors or mentees']],
  ] as const)('%s', (_name, guides, expected) => {
    const problems = safetyReadingProblems(guides, rule, 'safetyGuide');
    expect(problems).toHaveLength(expected.length);
    expected.forEach((e, i) => expect(problems[i]).toContain(e));
  });
});
