import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { GUIDE_COMPONENTS, componentUses, fileNameProblem, guideSourceProblems, suggestedFileName } from '../../src/lib/authoring/guides';
import { compareIds, missingFieldsProblem, recordIds } from '../../src/lib/authoring/known-ids';
import { didYouMean, editDistance, nearest } from '../../src/lib/authoring/nearest';
import { formatProblem, snippetAt } from '../../src/lib/authoring/problems';
import { lineOfPath, readablePath, schemaProblems } from '../../src/lib/authoring/schema-problems';
import { parseYaml, parseYamlMapping } from '../../src/lib/authoring/yaml';
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
    expect(r.problem).toMatchObject({ file: 'content/program.yaml', line: 4, column: 2, message: 'this is not valid YAML (bad indentation of a mapping entry).' });
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
    expect(parseYamlMapping('a: 1\n', 'p.yaml')).toEqual({ ok: true, data: { a: 1 } });
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
    expect(lineOfPath(text, data, ['sections', 1, 'fields', 1, 'kind'])).toBe(8);
  });
  it('a charter with a bad kind', () => {
    const yaml = 'title: T\nintro: I\nsections:\n  - id: partners\n    title: P\n    prompt: Q\n    fields:\n      - { id: mentorName, label: M, kind: text, role: mentor-name }\n      - { id: menteeName, label: N, kind: txt, role: mentee-name }\n';
    const parsed = parseYaml(yaml, 'content/charter.yaml');
    const problems = schemaProblems(charterDefinitionSchema, parsed.ok ? parsed.data : null, 'content/charter.yaml', yaml);
    expect(problems.map(formatProblem)[0]).toBe(
      'content/charter.yaml, line 9, column 7: section “partners” › field “menteeName” › kind: kind must be one of text, textarea, date, time, number, choice, scale, timezone, goals\n' +
        '      7 |     fields:\n      8 |       - { id: mentorName, label: M, kind: text, role: mentor-name }\n    > 9 |       - { id: menteeName, label: N, kind: txt, role: mentee-name }\n        |       ^',
    );
  });
  it('a misspelt key suggests the right one; a missing one says so', () => {
    const schema = z.strictObject({ cadence: z.enum(['weekly', 'monthly']), name: z.string() });
    const problems = schemaProblems(schema, { cadance: 'weekly', name: 'x' }, 'p.yaml', 'cadance: weekly\nname: x\n');
    expect(problems.map((p) => [p.line, p.message])).toEqual([
      [1, '“cadance” is not a setting here: check its spelling, or remove it. Did you mean “cadence”?'],
      [undefined, 'cadence: is missing. Must be one of weekly, monthly.'],
    ]);
    expect(schemaProblems(schema, { cadence: 'montly', name: 'x' }, 'p.yaml', '')[0]!.message).toBe('cadence: must be one of weekly, monthly. Did you mean “monthly”?');
  });
});

describe('guide sources', () => {
  const ctx = { guides: ['starting-well', 'two-way-street'], checklists: ['after-session'], tools: ['charter', 'reciprocity', 'reflection'] };
  it('find components outside code', () => {
    const text = '---\ntitle: x\n---\n<Callout title="a > b">x</Callout>\n\n```\n<Calout>\n```\n`<Nope>` and <GuideLink\n  to="starting-well">y</GuideLink>';
    expect(componentUses(text).map((u) => [u.name, u.attrs])).toEqual([
      ['Callout', { title: 'a > b' }],
      ['GuideLink', { to: 'starting-well' }],
    ]);
  });
  it('report a misspelt component with the list and the nearest', () => {
    const [p] = guideSourceProblems('content/guides/x.mdx', 'Hello.\n\n<Calout>Hi</Calout>\n', ctx);
    expect(p).toMatchObject({ line: 3, column: 1, message: '<Calout> is not a component guides can use. Did you mean <Callout>?' });
    expect(p!.hint).toContain(GUIDE_COMPONENTS.map((c) => `<${c}>`).slice(0, 2).join(', '));
  });
  it('report a component written in the wrong case', () => {
    expect(guideSourceProblems('x.mdx', 'Hi.\n\n<callout title="a">b</callout>\n', ctx).map((p) => p.message)).toEqual(['<callout> is not a component guides can use. Did you mean <Callout>?']);
    expect(guideSourceProblems('x.mdx', '<Trythis>b</Trythis>\n', ctx).map((p) => p.message)).toEqual(['<Trythis> is not a component guides can use. Did you mean <TryThis>?']);
    expect(guideSourceProblems('x.mdx', '<a href="/x">b</a>\n', ctx)).toEqual([]);
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
    expect(p).toMatchObject({ line: 2, column: 9 });
  });
  it('want file names that can be addresses', () => {
    expect(fileNameProblem('content/guides/starting-well.mdx', 'starting-well.mdx')).toBeUndefined();
    expect(fileNameProblem('content/guides/My Guide.mdx', 'My Guide.mdx')?.hint).toContain('rename the file to my-guide.mdx');
    expect(suggestedFileName('Café Talks!.mdx')).toBe('cafe-talks.mdx');
  });
});

describe('recorded charter field ids', () => {
  const def = (fields: string[]) => ({ sections: [{ id: 's', fields: fields.map((id) => ({ id, label: id.toUpperCase() })) }] });
  it('notice a field that has gone, and fields not recorded yet', () => {
    const record = recordIds(undefined, def(['a', 'b']));
    expect(record.charter).toEqual({ fields: { 's.a': 'A', 's.b': 'B' }, retired: {} });
    expect(compareIds(record, def(['a', 'c']))).toEqual({ missing: [{ key: 's.b', label: 'B' }], unrecorded: ['s.c'] });
  });
  it('keep removed fields as retired when recorded again, and forget them when they come back', () => {
    const once = recordIds(recordIds(undefined, def(['a', 'b'])), def(['a', 'c']));
    expect(once.charter).toEqual({ fields: { 's.a': 'A', 's.c': 'C' }, retired: { 's.b': 'B' } });
    expect(recordIds(once, def(['a', 'b', 'c'])).charter.retired).toEqual({});
  });
  it('say what to do', () => {
    expect(missingFieldsProblem([{ key: 's.b', label: 'B' }]).hint).toContain('npm run ids');
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
