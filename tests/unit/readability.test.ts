import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkGuide, proseBlocks, proseOf, readGuide, readability, syllables, type GuideRules } from '../helpers/readability';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/guides');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
const FRONT = '---\ntitle: x\ndescription: y\naudience: [mentor]\ntopic: z\norder: 1\nupdated: 2026-12-01\n---\n\n';
const CHECKS: GuideRules = { words: { min: 700, max: 1400 }, maxWordsPerSentence: 20, maxGrade: 9, exercise: true, lastHeading: 'Next steps' };

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
  it('ends a sentence at the end of each block, with or without a full stop', () => {
    expect(readability(['The cat sat', 'The dog ran to the park and back.']).sentences).toBe(2);
    expect(readability('The cat sat\n\nThe dog ran to the park and back.').sentences).toBe(1);
  });
  it('counts words in any alphabet: an accented letter does not split a word, and other scripts are prose too', () => {
    expect(readability('Préparez-la à l’avance. Même une première fois.').words).toBe(7);
    expect(readability('Dŵr a bara.').words).toBe(3);
    expect(proseBlocks(`${FRONT}Встреча раз в месяц.\n\n每月见面一次。`)).toEqual(['Встреча раз в месяц.', '每月见面一次。']);
    expect(readability(['Встреча раз в месяц.']).words).toBe(4);
    expect(['première', 'même'].map(syllables)).toEqual([2, 1]);
  });
  it('ignores frontmatter, headings, tags and code', () => {
    expect(proseOf('---\ntitle: x\n---\n## Heading\n<TryThis title="a">Hi there.</TryThis>\n```\ncode\n```')).toBe('Hi there.');
  });
});

describe('what counts as prose', () => {
  // Each case: a guide's body (after its frontmatter), and the prose blocks read from it.
  const cases: { what: string; mdx: string; prose: string[] }[] = [
    {
      what: 'a table of dates is not prose',
      mdx: 'Key dates.\n\n| Date | What |\n| --- | --- |\n| 14 January | Welcome session for every new pair |\n| 6 May | Mid-point review |\n',
      prose: ['Key dates.'],
    },
    {
      what: 'a list of links is not prose',
      mdx: 'Read next:\n\n- [Starting well](/guides/starting-well/)\n- <GuideLink to="two-way-street">The two-way street</GuideLink>\n- [One](/a), [two](/b)\n',
      prose: ['Read next:'],
    },
    {
      what: 'a list item with a link and words is prose',
      mdx: '- Read [Starting well](/guides/starting-well/) before the first meeting.\n- Try the <ToolLink tool="charter">charter builder</ToolLink>.\n',
      prose: ['Read Starting well before the first meeting.', 'Try the charter builder.'],
    },
    {
      what: 'fenced code is not prose',
      mdx: 'Before.\n\n```yaml\nname: Harbour\n```\n\n~~~\nmore code\n~~~\n\nAfter.\n',
      prose: ['Before.', 'After.'],
    },
    {
      what: 'inline code is not prose',
      mdx: 'Run `npm start` to preview.\n',
      prose: ['Run to preview.'],
    },
    {
      what: 'imports, exports, expressions and comments are not prose',
      mdx: "import Box from './Box.astro';\n\nexport const year = 2027;\n\nThe year is {year}.\n\n{/* a note for editors */}\n\n{year > 2026 ? 'later' : 'sooner'}\n",
      prose: ['The year is .'],
    },
    {
      what: 'headings are not prose',
      mdx: '## Next steps\n\n### A smaller heading\n\nText.\n',
      prose: ['Text.'],
    },
    {
      what: 'text inside <Callout>, <TryThis> and <Reflect> counts',
      mdx: '<Callout title="The key idea">\nAgree one fixed slot a month.\n\nProtect it.\n</Callout>\n\n<TryThis title="Say this">"Could we try a voice note?"</TryThis>\n\n<Reflect checklist="after-session">Did the timing work</Reflect>\n',
      prose: ['Agree one fixed slot a month.', 'Protect it.', '"Could we try a voice note?"', 'Did the timing work'],
    },
    {
      what: 'lists, nested lists and quotations count, bold and links by their words',
      mdx: '- **First** item\n  - nested [item](/x)\n\n> Quoted *words* here.\n',
      prose: ['First item', 'nested item', 'Quoted words here.'],
    },
  ];
  it.each(cases)('$what', ({ mdx, prose }) => {
    expect(proseBlocks(FRONT + mdx)).toEqual(prose);
  });

  it('a paragraph or list item without final punctuation ends a sentence', () => {
    const r = readGuide(`${FRONT}Pairs meet monthly\n\n- Bring your charter\n- Agree the next date\n- Note one action\n`).readability;
    expect(r.sentences).toBe(4);
    expect(r.words).toBe(13);
    expect(r.wordsPerSentence).toBe(3.3);
  });
});

describe('the checks on one guide', () => {
  const failing = (results: ReturnType<typeof checkGuide>) => results.filter((c) => c.problems.length).map((c) => c.title);

  it('reports a guide with `readingChecks: false` as skipped, and still checks its frontmatter and placeholders', () => {
    const results = checkGuide('content/guides/key-dates.mdx', fixture('key-dates.mdx'), CHECKS, 'content/guide-checks.yaml');
    const reading = results.filter((c) => c.skipped);
    expect(reading.map((c) => c.title)).toEqual([
      'is 700–1400 words of prose',
      'is written in plain language (sentences of 20 words or fewer on average, grade 9 or below)',
      'has a concrete exercise or script (<TryThis>)',
      'ends with “Next steps”',
    ]);
    for (const c of reading) expect(c.skipped).toBe('skipped: readingChecks: false in its frontmatter');
    expect(failing(results)).toEqual([]);
    expect(results.filter((c) => !c.skipped).map((c) => c.title)).toEqual(['sets title, description, audience, topic, order and updated', 'has no placeholder text']);

    const unfinished = checkGuide('content/guides/key-dates.mdx', fixture('key-dates.mdx').replace('Put these', 'TODO: put these'), CHECKS, 'content/guide-checks.yaml');
    expect(failing(unfinished)).toEqual(['has no placeholder text']);
  });

  it('measures a table with a few short sentences by the sentences alone', () => {
    const g = readGuide(fixture('key-dates-checked.mdx'));
    expect(g.readability).toMatchObject({ words: 25, sentences: 4, wordsPerSentence: 6.3 });
    const results = checkGuide('content/guides/key-dates-checked.mdx', fixture('key-dates-checked.mdx'), CHECKS, 'content/guide-checks.yaml');
    expect(failing(results)).toEqual(['is 700–1400 words of prose', 'has a concrete exercise or script (<TryThis>)', 'ends with “Next steps”']);
    const messages = results.flatMap((c) => c.problems);
    expect(messages[0]).toBe(
      'content/guides/key-dates-checked.mdx has 25 words; guides need at least 700 (to change the rule, edit words.min in content/guide-checks.yaml). If the guide is a reference page, such as a table of key dates, add `readingChecks: false` to its frontmatter instead.',
    );
    for (const m of messages) expect(m).toMatch(/^content\/guides\/key-dates-checked\.mdx .*edit (words\.min|exercise|lastHeading) in content\/guide-checks\.yaml\)\. .*`readingChecks: false` to its frontmatter/);
  });

  it('finds the exercise and the last heading in the tree, not in code', () => {
    const body = '## Try it\n\n```\n<TryThis title="x">Not real.</TryThis>\n\n## Next steps\n```\n';
    const g = readGuide(FRONT + body);
    expect(g.hasExercise).toBe(false);
    expect(g.lastSection).toBe('Try it');
    const results = checkGuide('content/guides/x.mdx', FRONT + body, { ...CHECKS, words: { min: 0, max: 1400 } }, 'content/guide-checks.yaml');
    expect(results.flatMap((c) => c.problems)).toEqual([
      'content/guides/x.mdx has no <TryThis> exercise (to change the rule, edit exercise in content/guide-checks.yaml). If the guide is a reference page, such as a table of key dates, add `readingChecks: false` to its frontmatter instead.',
      'content/guides/x.mdx must end with a “## Next steps” section, not “Try it” (to change the rule, edit lastHeading in content/guide-checks.yaml). If the guide is a reference page, such as a table of key dates, add `readingChecks: false` to its frontmatter instead.',
    ]);
  });

  it('names a guide the parser cannot read, instead of stopping', () => {
    const results = checkGuide('content/guides/x.mdx', `${FRONT}Text <Callout>\n`, CHECKS, 'content/guide-checks.yaml');
    expect(results.map((c) => c.title)).toEqual(['can be read as MDX']);
    expect(results[0]!.problems[0]).toMatch(/^content\/guides\/x\.mdx cannot be read \(.*Callout.*\): run npm run build/);
  });

  it('leaves out the rules switched off in content/guide-checks.yaml', () => {
    const results = checkGuide('content/guides/x.mdx', `${FRONT}Short.\n`, { ...CHECKS, exercise: false, lastHeading: '' }, 'content/guide-checks.yaml');
    expect(results.map((c) => c.title)).not.toContain('has a concrete exercise or script (<TryThis>)');
    expect(results.some((c) => c.title.startsWith('ends with'))).toBe(false);
  });
});
