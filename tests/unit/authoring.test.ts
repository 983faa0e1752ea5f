import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { GUIDE_COMPONENTS, crossGuideProblems, fileNameProblem, frontmatterProblems, guideSourceProblems, suggestedFileName } from '../../src/lib/authoring/guides';
import { charterShapeProblems, compareCharterShape, compareContentIds, compareIds, knownIdsSchema, missingContentIdsProblems, missingFieldsProblem, recordIds } from '../../src/lib/authoring/known-ids';
import { didYouMean, editDistance, nearest } from '../../src/lib/authoring/nearest';
import { formatProblem, snippetAt } from '../../src/lib/authoring/problems';
import { readablePath, schemaProblems } from '../../src/lib/authoring/schema-problems';
import { parseYaml, parseYamlMapping, placeOf, unclosedQuote, type YamlSource } from '../../src/lib/authoring/yaml';

/** A YAML text as the checks see it (it must parse). */
function yamlSource(text: string, file = 'x.yaml'): YamlSource {
  const r = parseYaml(text, file);
  if (!r.ok) throw new Error(r.problem.message);
  return r.source;
}
import { accentCss, accentTheme, contrast, parseHex } from '../../src/lib/colour';
import { charterDefinitionSchema } from '../../src/lib/charter/schema';

describe('nearest match', () => {
  it('counts letters added, dropped, changed and swapped', () => {
    expect(editDistance('Calout', 'Callout')).toBe(1);
    expect(editDistance('Callotu', 'Callout')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
  it('suggests only near names', () => {
    expect(nearest('Calout', ['Callout', 'TryThis'])).toBe('Callout');
    expect(nearest('tryThis', ['Callout', 'TryThis'])).toBe('TryThis');
    expect(nearest('Starting Well', ['starting-well'])).toBe('starting-well');
    expect(nearest('banana', ['Callout', 'TryThis'])).toBeUndefined();
    expect(didYouMean('after-sesion', ['after-session', 'before-session'])).toBe(' Did you mean “after-session”?');
    expect(didYouMean('zzz', ['after-session'])).toBe('');
  });
});

describe('YAML mistakes', () => {
  it('come back with line, column, reason and a hint', () => {
    const r = parseYaml('name: x\ncontact:\n  name: y\n email: z\n', 'content/program.yaml');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problem).toMatchObject({ file: 'content/program.yaml', line: 4, column: 2, message: 'this is not valid YAML (bad indentation: the lines of one block must start in the same column).' });
    expect(r.problem.hint).toMatch(/Line this up/);
    expect(r.problem.snippet).toBe('  2 | contact:\n  3 |   name: y\n> 4 |  email: z\n    |  ^');
  });
  it('name a colon in a value, a tab, a repeated key', () => {
    const hint = (text: string) => {
      const r = parseYaml(text, 'x.yaml');
      return r.ok ? '' : r.problem.hint;
    };
    expect(hint('title: Mentoring: across shifts\n')).toMatch(/put the whole value in straight double quotes/);
    expect(hint('a:\n\tb: 1\n')).toMatch(/tab/);
    expect(hint('a: 1\na: 2\n')).toMatch(/same key appears twice/);
  });
  it('want one mapping in a settings file', () => {
    expect(parseYamlMapping('', 'p.yaml')).toMatchObject({ ok: false, problem: { message: 'the file is empty.' } });
    expect(parseYamlMapping('- a\n- b\n', 'p.yaml')).toMatchObject({ ok: false, problem: { line: 1 } });
    expect(parseYamlMapping('a: 1\n', 'p.yaml')).toMatchObject({ ok: true, data: { a: 1 } });
  });
  it('cut long lines around the mistake', () => {
    const long = `${'x'.repeat(300)}!`;
    const snip = snippetAt(long, 1, 301, 40);
    expect(snip.split('\n')[0]).toBe(`> 1 | …${'x'.repeat(20)}!`);
    expect(snip.split('\n')[1]).toBe(`    | ${' '.repeat(21)}^`);
  });
});

describe('schema mistakes are named by ids, with their line', () => {
  const data = { sections: [{ id: 'partners', fields: [{ id: 'name' }] }, { id: 'rhythm', fields: [{ id: 'a' }, { id: 'cadence', kind: 'slider' }] }] };
  const text = 'sections:\n  - id: partners\n    fields:\n      - { id: name }\n  - id: rhythm\n    fields:\n      - { id: a }\n      - { id: cadence, kind: slider }\n';
  it('readable paths', () => {
    expect(readablePath(data, ['sections', 1, 'fields', 1, 'kind'])).toBe('section “rhythm” › field “cadence” › kind');
    expect(readablePath({ audience: ['mentour'] }, ['audience', 0])).toBe('audience “mentour”');
    expect(readablePath({ items: [{}] }, ['items', 0, 'x'])).toBe('item number 1 › x');
    expect(placeOf(yamlSource(text), ['sections', 1, 'fields', 1, 'kind'])).toMatchObject({ line: 8, column: 30 });
    expect(placeOf(yamlSource(text), ['sections', 1, 'fields', 1, 'kind'], 'key')).toMatchObject({ line: 8, column: 24 });
  });
  it('a charter with a bad kind', () => {
    const yaml = 'title: T\nintro: I\nsections:\n  - id: partners\n    title: P\n    prompt: Q\n    fields:\n      - { id: mentorName, label: M, kind: text, role: mentor-name }\n      - { id: menteeName, label: N, kind: txt, role: mentee-name }\n';
    const parsed = parseYaml(yaml, 'content/charter.yaml');
    const problems = parsed.ok ? schemaProblems(charterDefinitionSchema, parsed.data, parsed.source) : [];
    expect(problems.map(formatProblem)[0]).toBe(
      'content/charter.yaml, line 9, column 43: section “partners” › field “menteeName” › kind: kind must be one of text, textarea, date, time, number, choice, scale, timezone, goals. Did you mean “text”?\n' +
        '      7 |     fields:\n      8 |       - { id: mentorName, label: M, kind: text, role: mentor-name }\n    > 9 |       - { id: menteeName, label: N, kind: txt, role: mentee-name }\n        |                                           ^',
    );
  });
  it('a misspelt key suggests the right one; a missing one says so', () => {
    const schema = z.strictObject({ cadence: z.enum(['weekly', 'monthly']), name: z.string() });
    const problems = schemaProblems(schema, { cadance: 'weekly', name: 'x' }, yamlSource('cadance: weekly\nname: x\n', 'p.yaml'));
    expect(problems.map((p) => [p.line, p.message])).toEqual([
      [1, '“cadance” is not a setting here: check its spelling, or remove it. Did you mean “cadence”?'],
      [undefined, 'cadence: is missing. Must be one of weekly, monthly.'],
    ]);
    expect(schemaProblems(schema, { cadence: 'montly', name: 'x' }, yamlSource('cadence: montly\nname: x\n'))[0]!.message).toBe('cadence: must be one of weekly, monthly. Did you mean “monthly”?');
  });
});

describe('guide sources', () => {
  const ctx = { guides: ['starting-well', 'two-way-street'], checklists: ['after-session'], tools: ['charter', 'reciprocity', 'reflection'] };
  it('find components outside code', () => {
    const text = '---\ntitle: x\n---\n<Callout title="a > b">x</Callout>\n\n```\n<Calout>\n```\n`<Nope>` and <GuideLink\n  to="starting-wel">y</GuideLink>';
    expect(guideSourceProblems('x.mdx', text, ctx).map((p) => [p.line, p.column, p.message.split(':')[0]])).toEqual([[9, 14, '<GuideLink to="starting-wel"> links to a guide that does not exist']]);
  });
  it('report a misspelt component with the list and the nearest', () => {
    const [p] = guideSourceProblems('content/guides/x.mdx', 'Hello.\n\n<Calout>Hi</Calout>\n', ctx);
    expect(p).toMatchObject({ line: 3, column: 1, message: '<Calout> is not a component guides can use. Did you mean <Callout>?' });
    expect(p!.hint).toContain(GUIDE_COMPONENTS.map((c) => `<${c}>`).slice(0, 2).join(', '));
  });
  it('report a component written in the wrong case', () => {
    expect(guideSourceProblems('x.mdx', 'Hi.\n\n<callout title="a">b</callout>\n', ctx).map((p) => p.message)).toEqual(['<callout> is not a component guides can use. Did you mean <Callout>?']);
    expect(guideSourceProblems('x.mdx', '<Trythis>b</Trythis>\n', ctx).map((p) => p.message)).toEqual(['<Trythis> is not a component guides can use. Did you mean <TryThis>?']);
    expect(guideSourceProblems('x.mdx', '<a href="https://example.org/x">b</a>\n', ctx)).toEqual([]);
  });
  it('accept what a guide imports itself', () => {
    expect(guideSourceProblems('x.mdx', "import Chart from '../x';\n\n<Chart />\n", ctx)).toEqual([]);
  });
  it('check links, anchors aside', () => {
    const ok = '<GuideLink to="starting-well#why">a</GuideLink> <Reflect checklist="after-session">b</Reflect> <ToolLink tool="charter">c</ToolLink>\n';
    expect(guideSourceProblems('x.mdx', ok, ctx)).toEqual([]);
    const bad = guideSourceProblems('x.mdx', '---\nrelated: [two-way-stret]\n---\n<Reflect checklist="after-sesion">b</Reflect>\n', ctx);
    expect(bad.map((p) => p.message)).toEqual([
      '<Reflect checklist="after-sesion"> names a checklist that does not exist. Did you mean “after-session”?',
      'related: lists “two-way-stret”, but there is no guide content/guides/two-way-stret.mdx. Did you mean “two-way-street”?',
    ]);
    expect(bad[1]!.line).toBe(2);
  });
  it('find a frontmatter mistake at its line in the file', () => {
    const [p] = guideSourceProblems('x.mdx', '---\ntitle: A: B\n---\n', ctx);
    expect(p).toMatchObject({ line: 2, column: 8, message: expect.stringContaining('a value contains a colon and a space') });
  });
  it('want file names that can be addresses', () => {
    expect(fileNameProblem('content/guides/starting-well.mdx', 'starting-well.mdx')).toBeUndefined();
    expect(fileNameProblem('content/guides/My Guide.mdx', 'My Guide.mdx')?.hint).toContain('rename the file to my-guide.mdx');
    expect(suggestedFileName('Café Talks!.mdx')).toBe('cafe-talks.mdx');
  });
});

describe('recorded charter field ids', () => {
  const def = (fields: string[]) => ({ sections: [{ id: 's', fields: fields.map((id) => ({ id, label: id.toUpperCase() })) }] });
  const content = (fields: string[]) => ({ charter: def(fields), checklists: [], assessments: [] });
  it('notice a field that has gone, and fields not recorded yet', () => {
    const record = recordIds(undefined, content(['a', 'b']));
    expect(record.charter).toEqual({ fields: { 's.a': 'A', 's.b': 'B' }, retired: {}, options: {}, roles: {}, kinds: {} });
    expect(compareIds(record, def(['a', 'c']))).toEqual({ missing: [{ key: 's.b', label: 'B' }], unrecorded: ['s.c'] });
  });
  it('keep removed fields as retired when recorded again, and forget them when they come back', () => {
    const once = recordIds(recordIds(undefined, content(['a', 'b'])), content(['a', 'c']));
    expect(once.charter).toEqual({ fields: { 's.a': 'A', 's.c': 'C' }, retired: { 's.b': 'B' }, options: {}, roles: {}, kinds: {} });
    expect(recordIds(once, content(['a', 'b', 'c'])).charter.retired).toEqual({});
  });
  it('say what to do', () => {
    expect(missingFieldsProblem([{ key: 's.b', label: 'B' }]).hint).toContain('npm run ids');
  });
});

describe('recorded checklist, item and behaviour ids', () => {
  const checklist = (id: string, items: string[]) => ({ id, title: id.toUpperCase(), sections: [{ items: items.map((i) => ({ id: i, text: `Text of ${i}` })) }] });
  const assessment = (behaviours: string[]) => ({ id: 'reciprocity', behaviours: behaviours.map((b) => ({ id: b, gist: `gist of ${b}` })) });
  const content = (checklists: ReturnType<typeof checklist>[], behaviours: string[]) => ({ charter: { sections: [] }, checklists, assessments: [assessment(behaviours)] });
  const first = recordIds(undefined, content([checklist('after-session', ['learned', 'next']), checklist('closing', ['thanks'])], ['inside-view', 'introductions']));

  it('are recorded with their wording', () => {
    expect(first.checklists['after-session']).toEqual({ title: 'AFTER-SESSION', items: { learned: 'Text of learned', next: 'Text of next' }, retired: {} });
    expect(first.assessments['reciprocity']!.behaviours).toEqual({ 'inside-view': 'gist of inside-view', introductions: 'gist of introductions' });
  });
  it('notice a renamed item, a removed checklist and a renamed behaviour, and say what each means', () => {
    const now = content([checklist('after-session', ['most-useful', 'next'])], ['inside-views', 'introductions']);
    const { missing, unrecorded } = compareContentIds(first, now);
    expect(missing).toEqual([
      { kind: 'item', owner: 'after-session', id: 'learned', label: 'Text of learned' },
      { kind: 'checklist', owner: 'closing', id: 'closing', label: 'CLOSING' },
      { kind: 'behaviour', owner: 'reciprocity', id: 'inside-view', label: 'gist of inside-view' },
    ]);
    expect(unrecorded).toEqual(['after-session › most-useful', 'reciprocity › inside-views']);
    const problems = missingContentIdsProblems(missing);
    expect(problems.map((p) => p.file)).toEqual(['content/checklists/', 'content/checklists/after-session.yaml', 'content/assessments/reciprocity.yaml']);
    expect(problems[1]!.message).toBe(
      'an item is no longer in the checklist “after-session”: “learned” (Text of learned). Entries people saved keep their ticks and notes under this id, which would no longer show on the checklist.',
    );
    for (const p of problems) expect(p.hint).toContain('npm run ids');
  });
  it('a record written before checklists were recorded warns instead of stopping', () => {
    const old = knownIdsSchema.parse({ charter: { fields: {} } });
    const { missing, unrecorded } = compareContentIds(old, content([checklist('after-session', ['learned'])], ['a']));
    expect(missing).toEqual([]);
    expect(unrecorded).toEqual(['checklist after-session', 'assessment reciprocity']);
  });
  it('keep what was removed on purpose as retired, with its wording', () => {
    const next = recordIds(first, content([checklist('after-session', ['most-useful', 'next'])], ['introductions']));
    expect(next.checklists['after-session']!.retired).toEqual({ learned: 'Text of learned' });
    expect(next.retiredChecklists).toEqual({ closing: 'CLOSING' });
    expect(next.assessments['reciprocity']!.retired).toEqual({ 'inside-view': 'gist of inside-view' });
    expect(compareContentIds(next, content([checklist('after-session', ['most-useful', 'next'])], ['introductions'])).missing).toEqual([]);
  });
});

describe('the accent colour', () => {
  it('is kept readable in both themes', () => {
    for (const hex of ['#0b6b61', '#6b2a7a', '#1d4ed8', '#b3261e', '#000000']) {
      const r = accentTheme(hex);
      expect(r.ok, hex).toBe(true);
      if (!r.ok) continue;
      const c = (a: string, b: string) => contrast(parseHex(a)!, parseHex(b)!);
      expect(c(r.theme.light.onAccent, r.theme.light.accent), hex).toBeGreaterThanOrEqual(4.5);
      expect(c(r.theme.light.onAccent, r.theme.light.strong), hex).toBeGreaterThanOrEqual(4.5);
      expect(c(r.theme.light.strong, r.theme.light.soft), hex).toBeGreaterThanOrEqual(4.5);
      expect(c(r.theme.light.strong, '#fbfaf7'), hex).toBeGreaterThanOrEqual(4.5);
      expect(c(r.theme.dark.onAccent, r.theme.dark.accent), hex).toBeGreaterThanOrEqual(4.5);
      expect(c(r.theme.dark.onAccent, r.theme.dark.strong), hex).toBeGreaterThanOrEqual(4.5);
      expect(c(r.theme.dark.strong, r.theme.dark.soft), hex).toBeGreaterThanOrEqual(4.5);
      expect(c(r.theme.dark.strong, '#14181b'), hex).toBeGreaterThanOrEqual(4.5);
    }
  });
  it('is refused when white text on it would be hard to read, with a darker suggestion', () => {
    const r = accentTheme('#7fd8ca');
    expect(r).toMatchObject({ ok: false, reason: expect.stringMatching(/^white text on #7fd8ca has a contrast of 1\.7:1.*for example #[0-9a-f]{6}/) });
    const suggestion = /for example (#[0-9a-f]{6})/.exec(r.ok ? '' : r.reason)![1]!;
    expect(accentTheme(suggestion).ok).toBe(true);
    expect(accentTheme('teal').ok).toBe(false);
  });
  it('becomes CSS for both themes', () => {
    const r = accentTheme('#0b6b61');
    expect(r.ok && accentCss(r.theme)).toMatch(/^:root:root\{--accent:#0b6b61;[\s\S]*@media \(prefers-color-scheme: dark\)\{:root:root\{--accent:#/);
  });
});

describe('a guide’s frontmatter, as written', () => {
  const front = (lines: string) => `---\n${lines}\n---\n\nSome text.\n`;
  const good = 'title: Starting well\ndescription: One sentence.\naudience: [mentor, mentee]\ntopic: Getting started\norder: 3\nupdated: 2026-11-28';
  const problems = (lines: string) => frontmatterProblems('content/guides/x.mdx', front(lines)).map((p) => `${p.line ?? '-'}: ${p.message}`);
  it('accepts the shipped form', () => {
    expect(problems(good)).toEqual([]);
    expect(problems(`${good}\ntools: [charter]\nrelated: [two-way-street]`)).toEqual([]);
  });
  it('refuses a date that is not a real YYYY-MM-DD day, instead of publishing another one', () => {
    for (const date of ['03/12/2026', '2026-13-45', '2026-02-30', 'last week']) {
      expect(problems(good.replace('2026-11-28', date)), date).toEqual([`7: updated must be a real date written YYYY-MM-DD, like 2026-12-03 (year, month, day)`]);
    }
  });
  it('names each mistake with its line, in plain words', () => {
    expect(problems(good.replace('title: Starting well', 'title:'))).toEqual(['2: title: is empty: it should be text, written after the colon']);
    expect(problems(good.replace('title: Starting well', 'title: 2026'))[0]).toMatch(/^2: title: should be text, not number 2026: YAML reads this value as a number.*straight double quotes/);
    expect(problems(good.replace('[mentor, mentee]', 'mentor'))).toEqual(['4: audience: should be a list, not the text “mentor”: write it in square brackets, like [mentor], or as lines starting with “- ”']);
    expect(problems(good.replace('order: 3', 'order: first'))).toEqual(['6: order: should be a number, not the text “first”']);
    expect(problems(good.replace('description: One sentence.\n', ''))).toEqual(['-: description: is missing: add it']);
  });
  it('refuses a misspelt optional setting, which would silently drop the related guides', () => {
    expect(problems(`${good}\nrelatd: [two-way-street]`)).toEqual(['8: “relatd” is not a setting here: check its spelling, or remove it. Did you mean “related”?']);
  });
  it('wants frontmatter at all', () => {
    expect(frontmatterProblems('content/guides/x.mdx', 'Just text.\n')[0]!.message).toMatch(/^the guide has no frontmatter/);
  });
});

describe('guide bodies MDX would refuse', () => {
  const ctx = { guides: ['starting-well'], checklists: ['after-session', 'mentor-self-reflection'], checklistAudience: { 'after-session': ['mentor', 'mentee'], 'mentor-self-reflection': ['mentor'] }, tools: ['charter'] };
  const messages = (body: string, audience = '[mentor, mentee]') => guideSourceProblems('x.mdx', `---\naudience: ${audience}\n---\n${body}`, ctx).map((p) => `${p.line}: ${p.message}`);
  it('an HTML comment, with the MDX form to use', () => {
    expect(messages('Text.\n\n<!-- check with HR -->\n')).toEqual(['6: an HTML comment “<!-- … -->”: guides are MDX, where this form stops the page from being built.']);
    expect(messages('Text {/* a note */}.\n')).toEqual([]);
  });
  it('an unclosed <br>, and a component opened and never closed', () => {
    expect(messages('One<br>two<br />.\n')).toEqual(['4: <br> must be closed in a guide: MDX needs every tag closed, even those HTML leaves open.']);
    expect(messages('<Callout title="A">\n\nText.\n\n<TryThis>x</TryThis>\n')).toEqual(['4: <Callout> is opened here and never closed: the text it holds must end with </Callout>.']);
    expect(messages('Text.</Callout>\n')).toEqual(['4: </Callout> closes a <Callout> that was never opened.']);
    expect(messages('<Callout>\n<TryThis>x</TryThis>\n</Callout>\n<ConcernsContact />\n')).toEqual([]);
  });
  it('a misspelt attribute, which would be silently ignored', () => {
    expect(messages('<Reflect checklst="after-session">x</Reflect>\n')).toEqual(['4: <Reflect> has no setting “checklst”, so it would be ignored. Did you mean “checklist”?']);
    expect(messages('<Callout titel="The key idea">x</Callout>\n')).toEqual(['4: <Callout> has no setting “titel”, so it would be ignored. Did you mean “title”?']);
    expect(messages('<ConcernsContact title="x" />\n')).toEqual(['4: <ConcernsContact> has no setting “title”, so it would be ignored.']);
  });
  it('a <Reflect> linking to a checklist for other readers, as the build says; without a link it is fine', () => {
    expect(messages('<Reflect checklist="mentor-self-reflection">x</Reflect>\n')).toEqual([
      '4: <Reflect checklist="mentor-self-reflection">: the checklist “mentor-self-reflection” is for mentors, not for mentees: link a checklist for them, or say who the prompt is for with readers="…".',
    ]);
    expect(messages('<Reflect checklist="mentor-self-reflection" readers="mentor">x</Reflect>\n')).toEqual([]);
    expect(messages('<Reflect>x</Reflect>\n')).toEqual([]);
  });
});

describe('a quotation mark left open', () => {
  const line = (t: string) => {
    const r = parseYaml(t, 'x.yaml');
    return r.ok ? unclosedQuote(r.source)?.line : r.problem.message.startsWith('a value opens') ? r.problem.line : undefined;
  };
  it('is found in a value that runs on, indented, to a later quotation mark', () => {
    expect(unclosedQuote(yamlSource('name: "Tandem\n  organisation: x"\n'))?.line).toBe(1);
  });
  it('is found on its own line, in settings, lists and { … } fields', () => {
    expect(line('name: "Tandem\norganisation: x\n')).toBe(1);
    expect(line("intro: 'It''s\n")).toBe(1);
    expect(line('answers:\n  - "Sometimes\n  - "Often"\n')).toBe(2);
    expect(line('- { id: a, label: "x y }\n')).toBe(2 - 1);
  });
  it('is not found in values that close their quotes, or use quotes inside text', () => {
    for (const ok of ['name: "Tandem"\n', "name: 'It''s'\n", '- { id: a, label: "x y" }\n', 'title: He said "hi" there\n', 'text: "a \\" b"\n', "title: Don't\n"]) {
      expect(line(ok), ok).toBeUndefined();
    }
  });
  it('is named instead of the settings it swallowed, and instead of the indentation it broke', () => {
    // Were the lines up to the next quotation mark read as one value, the schema would call organisation missing.
    const text = 'name: "Tandem\norganisation: Riverside\ntagline: x"\n';
    const read = parseYaml(text, 'content/program.yaml');
    expect(read.ok).toBe(false);
    expect(read.ok ? undefined : read.problem).toMatchObject({ line: 1, column: 7, message: expect.stringMatching(/^a value opens a quotation mark \(“?"”?\) that is not closed on its line/) });
    const broken = parseYaml('answers:\n  - "Sometimes\n  - Often\nother: 1\n', 'content/assessments/x.yaml');
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.problem).toMatchObject({ file: 'content/assessments/x.yaml', line: 2, hint: 'End the value with " on the same line: - "Sometimes"' });
  });
});

describe('recorded charter choices and roles', () => {
  const def = (formats: string[], role = true) => ({
    sections: [
      {
        id: 'rhythm',
        fields: [
          { id: 'format', label: 'Format', options: formats.map((value) => ({ value, label: value.toUpperCase() })) },
          { id: 'start', label: 'Start', ...(role ? { role: 'start-date' } : {}) },
        ],
      },
    ],
  });
  const record = recordIds(undefined, { charter: def(['video', 'phone']), checklists: [], assessments: [] });
  it('notice a choice a field no longer offers, and a role no field carries', () => {
    const changes = compareCharterShape(record, def(['video'], false));
    expect(changes).toEqual({ options: [{ key: 'rhythm.format', value: 'phone', label: 'PHONE' }], roles: [{ role: 'start-date', key: 'rhythm.start' }], kinds: [] });
    const [option, role] = charterShapeProblems(changes);
    expect(option!.message).toBe('the field “rhythm.format” no longer offers the choice “phone” (PHONE). Pairs who picked it would see “not one of the choices” and be asked to choose again.');
    expect(role!.hint).toContain('role: start-date');
  });
  it('name the role of a field that has gone', () => {
    const gone = { sections: [{ id: 'rhythm', fields: [{ id: 'format', label: 'Format', options: [{ value: 'video', label: 'V' }, { value: 'phone', label: 'P' }] }] }] };
    const { missing } = compareIds(record, gone);
    expect(missing).toEqual([{ key: 'rhythm.start', label: 'Start', role: 'start-date' }]);
    expect(missingFieldsProblem(missing).message).toContain('it carried the role “start-date”');
  });
  it('are quiet when nothing changed', () => {
    expect(compareCharterShape(record, def(['video', 'phone', 'in-person']))).toEqual({ options: [], roles: [], kinds: [] });
  });
});

describe('a missing setting', () => {
  it('is pointed at where it belongs, not at the same key further down', () => {
    const schema = z.object({ behaviours: z.array(z.object({ id: z.string(), mentee: z.object({ self: z.string(), partner: z.string() }) })) });
    const text = 'behaviours:\n  - id: a\n    mentee:\n      self: x\n  - id: b\n    mentee:\n      self: y\n      partner: z\n';
    const source = yamlSource(text, 'f.yaml');
    const [p] = schemaProblems(schema, source.doc.toJS(), source);
    expect(p).toMatchObject({ line: 3, message: 'behaviour “a” › mentee › partner: is missing: add it' });
  });
});

describe('a recorded charter field’s kind', () => {
  const def = (kind: string) => ({ sections: [{ id: 'objectives', fields: [{ id: 'mentee', label: 'Goals', kind }] }] });
  it('changed, with the same id, stops the build: the saved answers would not show', () => {
    const record = recordIds(undefined, { charter: def('goals'), checklists: [], assessments: [] });
    const changes = compareCharterShape(record, def('textarea'));
    expect(changes.kinds).toEqual([{ key: 'objectives.mentee', from: 'goals', to: 'textarea' }]);
    const [p] = charterShapeProblems(changes);
    expect(p!.message).toMatch(/^the field “objectives.mentee” was a goals field and is now textarea/);
    expect(p!.hint).toContain('give the textarea field a new id');
  });
});

describe('Markdown habits MDX does not share, and links and pictures', () => {
  const ctx = { guides: ['starting-well'], checklists: ['after-session'], tools: ['charter'], files: ['starting-well.mdx', 'rota.png'] };
  const problems = (body: string) => guideSourceProblems('x.mdx', body, ctx);
  const messages = (body: string) => problems(body).map((p) => `${p.line}: ${p.message}`);
  it('a web or mail address in angle brackets, and a <name> placeholder, with what to write instead', () => {
    const [link, mail, name] = problems('More at <https://www.rcn.org.uk/mentoring>.\n\nWrite to <mentoring@example.org>.\n\n"Hi <name>, can we move it?"\n');
    expect(link).toMatchObject({ line: 1, hint: 'Write the link as [the words to click](https://www.rcn.org.uk/mentoring), or the address on its own without < >.' });
    expect(mail!.hint).toBe('Write the address without < >: mentoring@example.org, or as a link: [write to us](mailto:mentoring@example.org).');
    expect(name).toMatchObject({ line: 5, message: '“<name>” is not an HTML tag or a component: in a guide, “<” starts one, so this stops the page from being built.' });
    expect(problems('Plain <strong>HTML</strong> and <a href="https://example.org/x/">links</a> are fine.\n')).toEqual([]);
  });
  it('pictures and frames from other sites, which the security policy blocks', () => {
    expect(messages('![Our ward](https://example.org/ward.jpg)\n\n<iframe src="https://www.youtube.com/embed/x"></iframe>\n')).toEqual([
      expect.stringMatching(/^1: a picture, video or frame from another site/),
      expect.stringMatching(/^3: a picture, video or frame from another site/),
    ]);
  });
  it('a picture of the guide’s own that is not there, and one that is', () => {
    expect(messages('![Rota](./rota.png)\n\n![March](./rotas.png)\n')).toEqual(['3: the picture ./rotas.png is not in content/guides/. Did you mean “rota.png”?']);
  });
  it('plain Markdown links to guides and checklists that do not exist', () => {
    expect(messages('See [it](/guides/starting-well/) and [this](/guides/co-creating-charter/) and [that](/tools/reflection/after-sesion/).\n')).toEqual([
      '1: a link to /guides/co-creating-charter/, which is not a page of this handbook.',
      '1: a link to /tools/reflection/after-sesion/, which is not a page of this handbook. Did you mean “after-session”?',
    ]);
  });
});

describe('a logo file', () => {
  it('that is not the image its name says, or an SVG without a size, is named before the image pipeline fails on it', async () => {
    const { logoProblem } = await import('../../src/loaders/program');
    expect(logoProblem(Buffer.from('<!doctype html><html>…'), 'logo.png')).toMatch(/^is not a PNG image/);
    expect(logoProblem(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><rect/></svg>'), 'logo.svg')).toMatch(/^has no size/);
    expect(logoProblem(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect/></svg>'), 'logo.svg')).toBeUndefined();
    expect(logoProblem(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]), 'logo.PNG')).toBeUndefined();
  });
});

describe('across guides', () => {
  it('a topic spelt two ways, and a guide in its own related list', () => {
    const guide = (topic: string, related: string) => `---\ntitle: T\ntopic: ${topic}\nrelated: [${related}]\n---\nText.\n`;
    const problems = crossGuideProblems([
      { file: 'content/guides/a.mdx', text: guide('Getting started', 'b') },
      { file: 'content/guides/b.mdx', text: guide('Getting Started', 'b, a') },
    ]);
    expect(problems.map((p) => `${p.file}:${p.line}: ${p.message}`)).toEqual([
      'content/guides/b.mdx:3: topic “Getting Started” is written “Getting started” in content/guides/a.mdx: the guides page would show them as two groups.',
      'content/guides/b.mdx:4: related: lists this guide itself (“b”).',
    ]);
  });
});

describe('straight quotes inside a quoted setting', () => {
  it('are named as such, not as a misspelt setting', () => {
    const [p, ...rest] = guideSourceProblems('x.mdx', '<Callout title="The "two-way" test">x</Callout>\n', { guides: [], checklists: [], tools: [] });
    expect(rest).toEqual([]);
    expect(p!.message).toBe('<Callout>: a value in straight double quotes holds straight double quotes too, so it ends early and the rest is read as settings.');
  });
});

describe('code in a guide is never checked as text', () => {
  const m = (t: string) => guideSourceProblems('x.mdx', t, { guides: [], checklists: [], tools: [] }).map((p) => `${p.line}: ${p.message.slice(0, 33)}`);
  it('a fence inside a list item or a quotation', () => {
    expect(m('1. A list item with code:\n\n   ```html\n   <br> <!-- c --> {x}\n   ```\n\nAfter.\n')).toEqual([]);
    expect(m('> Wrong:\n>\n> ```mdx\n> <Calout>{oops}</Calout> <br>\n> ```\n')).toEqual([]);
  });
  it('a longer fence around an example holding a shorter one', () => {
    expect(m('````md\n```yaml\ntitle: <br> {x}\n```\n<!-- after -->\n````\n\nText {x}\n')).toEqual([expect.stringMatching(/^8: a curly bracket “\{”/)]);
  });
  it('code spans of two backticks, holding backticks', () => {
    expect(m('Write ``<br />`` not `` `<br>` ``, and `{/* comment */}` not `<!-- comment -->`. Use `<Callout title="…">`.\n')).toEqual([]);
  });
});

describe('files beside a guide', () => {
  const m = (t: string) => guideSourceProblems('x.mdx', t, { guides: [], checklists: [], tools: [], files: ['x.mdx', 'photo.png', 'consent-form.pdf'] }).map((p) => p.hint);
  it('an <img> of a picture beside the guide, and a link to a document beside it, say how to publish them', () => {
    expect(m('<img src="./photo.png" alt="Us" />\n\n[the consent form](./consent-form.pdf)\n')).toEqual([
      'Write ![what it shows](./photo.png) instead.',
      'Put the file in public/ (public/files/consent-form.pdf, say) and link to /files/consent-form.pdf.',
    ]);
    expect(m('![Us](./photo.png) and [a form](/files/consent-form.pdf) and [a site](https://example.org/a.pdf)\n')).toEqual([]);
  });
});

describe('a key written twice', () => {
  it('is named whole, from the parser’s node', () => {
    for (const [text, key] of [['cadence: monthly\nname: x\ncadence: weekly\n', 'cadence'], ['contact:\n  name: a\n  "name": b\n', 'name']] as const) {
      const r = parseYaml(text, 'p.yaml');
      expect(r.ok ? '' : r.problem.message).toBe(`this is not valid YAML (the key “${key}” appears twice in one block).`);
    }
  });
});
