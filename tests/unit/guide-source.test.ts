import { mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { satteriHeadingIdsPlugin } from '@astrojs/markdown-satteri';
import { evaluate, mdxToJs } from 'satteri';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findInGuides } from '../../src/data/links';
import { crossGuideProblems, frontmatterProblems, guideSourceProblems, type GuideContext } from '../../src/lib/authoring/guides';
import { headingIds } from '../../src/lib/authoring/headings';
import { parseGuide } from '../../src/lib/authoring/mdx';

/**
 * A guide's source is checked on the compiler's own parse (satteri's mdxToMdast, as @astrojs/mdx
 * compiles guides): what the compiler accepts passes, what it refuses is named with its line, column
 * and what to do, and heading ids are the ones Astro gives the built page.
 */
const FRONT = '---\ntitle: Starting well\ndescription: One sentence.\naudience: [mentor, mentee]\ntopic: Getting started\norder: 1\nupdated: 2026-03-01\n---\n';
const LINES = FRONT.split('\n').length - 1;
const ctx: GuideContext = {
  guides: ['starting-well', 'power-and-safety', 'two-way-street', 'work-in-progress'],
  checklists: ['after-session'],
  tools: ['charter', 'reciprocity', 'reflection'],
  files: ['starting-well.mdx', 'rota.png'],
};
const problems = (body: string, c: GuideContext = ctx) => guideSourceProblems('content/guides/x.mdx', `${FRONT}${body}`, c);
/** "line:column message", with the line counted in the body. */
const found = (body: string, c: GuideContext = ctx) => problems(body, c).map((p) => `${(p.line ?? 0) - LINES}:${p.column} ${p.message}`);

const FIXTURE_GUIDES = ['tests/fixtures/content/guides', 'tests/fixtures/handbook'].flatMap((dir) => readdirSync(dir).filter((n) => n.endsWith('.mdx')).map((n) => join(dir, n)));

/** Whether the build compiles a guide: @astrojs/mdx blanks the frontmatter and compiles the rest with satteri's mdxToJs. */
const builds = (text: string) => {
  try {
    mdxToJs(parseFrontmatter(text, { frontmatter: 'empty-with-spaces' }).content, { features: { gfm: true, smartPunctuation: true }, jsxImportSource: 'astro' });
    return true;
  } catch {
    return false;
  }
};
const compiles = (body: string) => builds(`${FRONT}${body}`);

describe('what the compiler accepts passes the checks', () => {
  const accepted: [string, string][] = [
    ['a “<” before a space', 'With 3 < 5 pairs, meet every week.\n'],
    ['a lone closing curly bracket', 'A lone } is only text.\n'],
    ['escaped “<” and “{”', 'Write \\<name\\> or \\{what we agreed\\} as they are.\n'],
    ['code inside a component', '<Callout title="Code">\n\nWrite `<br>`, `{x}` and `<!-- note -->`.\n\n```mdx\n<Calout>{oops}</Calout> <br>\n```\n\n</Callout>\n'],
    ['code inside a component on one line', '<TryThis>Say `<this>` and `{that}`.</TryThis>\n'],
    ['ampersands', 'AT&T & partners, R&D.\n'],
    ['a comment and a quoted “{” in curly brackets', 'Text {/* a note */} and {"{"} shown as it is.\n'],
    ['a table with “<”', '| a | b |\n| - | - |\n| 3 < 5 | `{x}` |\n'],
    ['a link with the site’s base path', 'Read [power and safety](/mentoring/guides/power-and-safety/#who-to-tell).\n'],
    ['HTML the compiler reads', 'Plain <strong>HTML</strong>, <a href="https://example.org/x/">links</a>, a break<br /> and <ConcernsContact />.\n'],
  ];
  it.each(accepted)('%s', (_, body) => {
    expect(compiles(body)).toBe(true);
    expect(found(body, { ...ctx, base: '/mentoring/' })).toEqual([]);
  });

  it('a guide saved with a byte-order mark, its frontmatter read as frontmatter', () => {
    const text = `\uFEFF${FRONT}\nText with a <GuideLink to="starting-wel">link</GuideLink>.\n`;
    expect(frontmatterProblems('x.mdx', text)).toEqual([]);
    expect(guideSourceProblems('x.mdx', text, ctx).map((p) => [p.line, p.column])).toEqual([[LINES + 2, 13]]);
    expect(guideSourceProblems('x.mdx', `\uFEFF${FRONT.replace('[mentor, mentee]', '[mentor, mentour]')}`, ctx)).toEqual([]);
    expect(frontmatterProblems('x.mdx', `\uFEFF${FRONT.replace('[mentor, mentee]', '[mentor, mentour]')}`)[0]).toMatchObject({ line: 4 });
  });

  it('and refuses exactly what the build’s compile refuses, in guides with mistakes typed anywhere', () => {
    const guides = FIXTURE_GUIDES.map((f) => readFileSync(f, 'utf8'));
    const typed = ['<', '{', '}', '\\', '`', '```\n', '<!--', '<br>', '<name>', '<https://example.org>', '<Callout>', '</Callout>', '<Callout title="a "b"">', '{x}', '{/*', '*/}', '<>', '<em>', '</em>', '\n\nexport the file\n\n', '\n\n<TryThis>\n\n', '\n\n</TryThis>\n\n', '|', '\n'];
    const edit = fc.record({ guide: fc.nat(guides.length - 1), edits: fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(...typed)), { minLength: 1, maxLength: 3 }) });
    fc.assert(
      fc.property(edit, ({ guide, edits }) => {
        let text = guides[guide]!;
        const body = text.indexOf('\n---\n', 3) + 5;
        for (const [where, what] of edits) {
          const at = body + Math.floor(where * (text.length - body));
          text = text.slice(0, at) + what + text.slice(at);
        }
        const refused = !builds(text);
        expect(parseGuide(text).errors.length > 0).toBe(refused);
        if (refused) expect(guideSourceProblems('x.mdx', text, ctx).length).toBeGreaterThan(0);
      }),
      { numRuns: 300, seed: 20261207 },
    );
  });

  it('CRLF lines', () => {
    expect(guideSourceProblems('x.mdx', `${FRONT}\nText.\n\n<Callout>x</Callout>\n`.replace(/\n/g, '\r\n'), ctx)).toEqual([]);
    expect(frontmatterProblems('x.mdx', FRONT.replace(/\n/g, '\r\n'))).toEqual([]);
  });
});

describe('what the compiler refuses is named, with its line, column and what to do', () => {
  const refused: [string, string, string, RegExp][] = [
    ['an HTML comment', 'Text.\n\n<!-- check with HR -->\n', '3:1', /^an HTML comment “<!-- … -->”/],
    ['an unclosed <br>', 'One<br>two.\n', '1:4', /^<br> must be closed in a guide/],
    ['an unclosed <img>', '<img src="./rota.png" alt="Rota">\n', '1:1', /^<img src="\.\/rota\.png" alt="Rota"> must be closed/],
    ['a component opened and never closed', '<Callout title="A">\n\nText.\n', '1:1', /^<Callout> is opened here and never closed/],
    ['a link component never closed in its paragraph', 'Read <GuideLink to="starting-well">this.\n', '1:6', /^<GuideLink> is opened here and never closed/],
    ['a component closed inside another one', '<Callout>\n\n<TryThis>\n\nText.\n\n</Callout>\n', '3:1', /^<TryThis> is opened here and never closed/],
    ['a closing tag at the end of a paragraph, its opening tag on a line of its own', '<Callout>\n\nSome text.</Callout>\n', '3:11', /^<\/Callout> ends a paragraph, but its <Callout> \(line 9\) is on a line of its own/],
    ['a closing tag never opened', 'Text.</Callout>\n', '1:6', /^<\/Callout> closes a <Callout> that was never opened/],
    ['a web address in angle brackets', 'More at <https://example.org/mentoring>.\n', '1:9', /^“<https:\/\/example\.org\/mentoring>”: .* a web address in angle brackets/],
    ['a mail address in angle brackets', 'Write to <team@example.org>.\n', '1:10', /^“<team@example\.org>”: .* a mail address/],
    ['a <name> placeholder', '"Hi <name>, can we move it?"\n', '1:5', /^“<name>” is not an HTML tag or a component/],
    ['a “<” before a number', 'Meet for <30 minutes.\n', '1:10', /^a “<” that does not start a component/],
    ['curly brackets around words', 'Keep a list {what we agreed} and share it.\n', '1:13', /^a curly bracket “\{” in the text/],
    ['a curly bracket never closed', 'Keep a list {of things\n\nand more.\n', '1:13', /^a curly bracket “\{” in the text/],
    ['straight quotes inside straight quotes', '<Callout title="The "two-way" test">x</Callout>\n', '1:1', /^<Callout>: a value in straight double quotes holds straight double quotes too/],
    ['a setting without quotes', '<Callout title=Key>x</Callout>\n', '1:1', /^“<Callout title=Key>” cannot be read as a component or a tag/],
    ['a setting’s value in curly brackets that is not code', '<Callout title={The key idea}>x</Callout>\n', '1:16', /^a setting’s value in curly brackets is read as code, and this is not code/],
    ['a sentence starting with “export”', 'Text.\n\nexport the charter as a PDF.\n', '3:1', /^a line that starts with “export” is read as code/],
  ];
  it.each(refused)('%s', (_, body, place, message) => {
    expect(compiles(body)).toBe(false);
    const all = problems(body);
    expect(all, JSON.stringify(all)).toHaveLength(1);
    expect(`${all[0]!.line! - LINES}:${all[0]!.column}`).toBe(place);
    expect(all[0]!.message).toMatch(message);
    expect(all[0]!.hint).toBeTruthy();
    expect(all[0]!.snippet).toContain(`> ${all[0]!.line} |`);
  });

  it('a {name} placeholder: it compiles, but the page stops at it (name is not defined)', () => {
    const body = 'Dear {name}, welcome.\n';
    const page = evaluate(body, { Fragment: 'f', jsx: () => null, jsxs: () => null }) as { default: (props: object) => unknown };
    expect(() => page.default({})).toThrow(/name is not defined/);
    expect(found(body)).toEqual(['1:6 a curly bracket “{” in the text: in a guide, curly brackets hold code, so this page cannot be built.']);
    expect(found('Made in {new Date().getFullYear()} by {frontmatter.title}.\n')).toEqual([]);
  });

  it('several in one file, each with its own line', () => {
    expect(found('One <!-- a -->\n\nTwo {what we agreed}\n\nThree <br>\n\n<Callout>\n\nFour.\n')).toEqual([
      '1:5 an HTML comment “<!-- … -->”: guides are MDX, where this form stops the page from being built.',
      '3:5 a curly bracket “{” in the text: in a guide, curly brackets hold code, so this page cannot be built.',
      '5:7 <br> must be closed in a guide: MDX needs every tag closed, even those HTML leaves open.',
      '7:1 <Callout> is opened here and never closed: the text it holds must end with </Callout>.',
    ]);
  });

  it('the rest of a file the compiler refuses is still checked', () => {
    expect(found('Meet for <30 minutes.\n\n<Calout>x</Calout>\n')).toEqual([
      '1:10 a “<” that does not start a component: in a guide, “<” always starts one, so this page cannot be built.',
      '3:1 <Calout> is not a component guides can use. Did you mean <Callout>?',
    ]);
  });

  it('snippets show the lines as they are typed', () => {
    const [p] = problems('See [the rota](./rota.png) and ![the ward](https://example.org/ward.jpg).\n');
    expect(p!.snippet).toContain('> 9 | See [the rota](./rota.png) and ![the ward](https://example.org/ward.jpg).');
    expect(p!.column).toBe(32);
    expect(p!.hint).toBe('Save the image in content/guides/ and write ![what it shows](./the-file.jpg); for a video, link to it: [Watch the welcome video](https://…).');
  });
});

describe('components, links and pictures, read from the tree', () => {
  it('a misspelt component, a misspelt setting and a component in lower case', () => {
    expect(found('Text.\n\n<Calout>x</Calout>\n\n<Callout titel="Key">x</Callout>\n\nSay <guidelink to="starting-well">hi</guidelink>.\n')).toEqual([
      '3:1 <Calout> is not a component guides can use. Did you mean <Callout>?',
      '5:1 <Callout> has no setting “titel”, so it would be ignored. Did you mean “title”?',
      '7:5 <guidelink> is not a component guides can use. Did you mean <GuideLink>?',
    ]);
  });

  it('a missing picture, and links to a guide, a checklist and a worksheet that do not exist', () => {
    expect(found('![March](./rotas.png)\n\nSee [it](/guides/two-way-stret/), [this](/tools/reflection/after-sesion/) and [that](/worksheets/charters/).\n')).toEqual([
      '1:1 the picture ./rotas.png is not in content/guides/. Did you mean “rota.png”?',
      '3:5 a link to /guides/two-way-stret/, which is not a page of this handbook. Did you mean “two-way-street”?',
      '3:35 a link to /tools/reflection/after-sesion/, which is not a page of this handbook. Did you mean “after-session”?',
      '3:79 a link to /worksheets/charters/, which is not a page of this handbook. Did you mean “charter”?',
    ]);
  });

  it('a link that includes the site’s base path is checked without it', () => {
    expect(found('Read [this](/mentoring/guides/power-and-saftey/).\n', { ...ctx, base: '/mentoring/' })).toEqual([
      '1:6 a link to /mentoring/guides/power-and-saftey/, which is not a page of this handbook. Did you mean “power-and-safety”?',
    ]);
  });

  it('a published guide’s links to a draft, in the text and under related:, and none from a draft', () => {
    const drafts = { ...ctx, drafts: ['work-in-progress'] };
    const body = 'See <GuideLink to="work-in-progress">this</GuideLink> and [that](/guides/work-in-progress/).\n';
    const text = (draft: boolean) => `${FRONT.replace('---\n', `---\nrelated: [work-in-progress]\n${draft ? 'draft: true\n' : ''}`)}${body}`;
    const published = guideSourceProblems('x.mdx', text(false), drafts);
    expect(published.map((p) => `${p.line}: ${p.message}`)).toEqual([
      `${LINES + 2}: <GuideLink to="work-in-progress"> links to “work-in-progress”, a draft (draft: true in content/guides/work-in-progress.mdx): drafts are not published, so the link would lead nowhere.`,
      `${LINES + 2}: a link to /guides/work-in-progress/ leads to “work-in-progress”, a draft (draft: true in content/guides/work-in-progress.mdx): drafts are not published, so the link would lead nowhere.`,
      '2: related: lists “work-in-progress”, a draft (draft: true in content/guides/work-in-progress.mdx): drafts are not published, so the link would lead nowhere.',
    ]);
    for (const p of published) expect(p.hint).toMatch(/^Publish “work-in-progress” by removing draft: true from its frontmatter, or remove the link/);
    expect(guideSourceProblems('x.mdx', text(true), drafts)).toEqual([]);
  });

  it('a guide’s own imports: its components are allowed, a file that is not there is named', () => {
    expect(found("import Chart from './chart.astro';\n\n<Chart />\n", { ...ctx, files: [...ctx.files!, 'chart.astro'] })).toEqual([]);
    expect(found("import Chart from './chart.astro';\n\n<Chart />\n")).toEqual(['1:19 imports “./chart.astro”, which is not in content/guides/, so this page cannot be built.']);
  });

  it('frontmatter settings are pointed at where they are written', () => {
    const text = (topic: string) => FRONT.replace('Getting started', topic).replace('---\n', '---\nrelated: [two-way-street, b]\n');
    expect(crossGuideProblems([{ file: 'a.mdx', text: text('Getting started') }, { file: 'b.mdx', text: `\uFEFF${text('Getting Started')}` }]).map((p) => [p.line, p.column, p.message.slice(0, 30)])).toEqual([
      [6, 1, 'topic “Getting Started” is wri'],
      [2, 27, 'related: lists this guide itse'],
    ]);
  });
});

/** The ids Astro gives a guide's headings: its own heading plugin, on the body @astrojs/mdx compiles. */
function astroIds(source: string): string[] {
  const { frontmatter, content } = parseFrontmatter(source, { frontmatter: 'empty-with-spaces' });
  const data = { astro: { frontmatter, headings: [] as { depth: number; slug: string; text: string }[], localImagePaths: new Set<string>(), remoteImagePaths: new Set<string>() } };
  mdxToJs(content, { hastPlugins: [satteriHeadingIdsPlugin()], features: { gfm: true, smartPunctuation: true }, data, jsxImportSource: 'astro' });
  return data.astro.headings.map((h) => h.slug);
}

describe('heading ids are the ones Astro gives the page', () => {
  const guide = [
    FRONT,
    '## Set a goal',
    '',
    'A setext heading',
    '----------------',
    '',
    '## The `lead` setting',
    '',
    '## With <em>inline</em> HTML',
    '',
    '## Don’t -- panic... "quoted"',
    '',
    '## Set a goal',
    '',
    '<Callout>',
    '',
    '### Inside a callout',
    '',
    '</Callout>',
    '',
    '## [A link](/guides/x/) and ![a picture](./rota.png)',
    '',
    '## About {frontmatter.title}',
    '',
    '## Notes[^1]',
    '',
    '```md',
    '## Not a heading',
    '```',
    '',
    '[^1]: A footnote.',
    '',
  ].join('\n');

  it('for code, inline HTML, setext headings, punctuation, repeats, links, expressions and footnotes', () => {
    expect(headingIds(guide)).toEqual(astroIds(guide));
    expect(headingIds(guide)).toEqual([
      'set-a-goal',
      'a-setext-heading',
      'the-lead-setting',
      'with-inline-html',
      'dont--panic-quoted',
      'set-a-goal-1',
      'inside-a-callout',
      'a-link-and-',
      'about-starting-well',
      'notes1',
      'footnote-label',
    ]);
  });

  it('so a link to a setext heading or a heading with code is accepted', () => {
    const headings = { 'starting-well': headingIds(guide) };
    expect(found('<GuideLink to="starting-well#a-setext-heading">a</GuideLink> <GuideLink to="starting-well#the-lead-setting">b</GuideLink>\n', { ...ctx, headings })).toEqual([]);
  });

  it('in every fixture guide', () => {
    for (const file of FIXTURE_GUIDES) expect(headingIds(readFileSync(file, 'utf8')), file).toEqual(astroIds(readFileSync(file, 'utf8')));
  });
});

describe('the parse itself', () => {
  it('blanks each refused line and reads on, keeping every offset', () => {
    const g = parseGuide(`${FRONT}a <!-- b -->\n\n{x\n\nc\n`);
    expect(g.errors.map((e) => [e.line - LINES, e.column])).toEqual([
      [1, 3],
      [3, 1],
    ]);
    expect(g.parsed.length).toBe(g.text.length);
    expect(g.frontmatter).toEqual({ start: 4, end: FRONT.length - 4 });
  });
});

describe('where a component that fails while pages are built is written', () => {
  it('is found in the guides’ trees, not in their code', () => {
    const root = mkdtempSync(join(tmpdir(), 'tandem-find-'));
    try {
      mkdirSync(join(root, 'content/guides'), { recursive: true });
      writeFileSync(join(root, 'content/guides/a.mdx'), `${FRONT}\`<GuideLink to="x#y">\`\n\n\`\`\`mdx\n<GuideLink to="x#y">\n\`\`\`\n`);
      writeFileSync(join(root, 'content/guides/b.mdx'), `\uFEFF${FRONT}\nRead <GuideLink\n  to="x#y">this</GuideLink>.\n`);
      expect(findInGuides('<GuideLink to="x#y"', root)).toMatchObject({ file: 'content/guides/b.mdx', line: LINES + 2, column: 6 });
      expect(findInGuides('<GuideLink to="x#z"', root)).toBeUndefined();
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('every link and picture from the site’s root leads to a page or a file of the handbook', () => {
  const site: GuideContext = { ...ctx, headings: { 'starting-well': ['set-a-goal'], x: ['our-plan'] }, publicFiles: ['favicon.svg'], base: '/handbook/' };
  it.each([
    ['a tool misspelt', '[x](/tools/chartr/)', '1:1 a link to /tools/chartr/, which is not a page of this handbook.'],
    ['a page misspelt', '[x](/my-dta/)', '1:1 a link to /my-dta/, which is not a page of this handbook.'],
    ['another base path', '[x](/mentoring/guides/starting-well/)', '1:1 a link to /mentoring/guides/starting-well/, which is not a page of this handbook.'],
    ['a heading another guide does not have', '[x](/guides/starting-well/#no-such-heading)', '1:1 a link to /guides/starting-well/ leads to #no-such-heading, which is not a heading of the guide “starting-well”.'],
    ['a heading this guide does not have', '[x](#our-plam)', '1:1 a link to #our-plam, which is not a heading of the guide “x”. Did you mean #our-plan?'],
    ['a relative link to a guide misspelt', '[x](../startng-well/)', '1:1 a link to ../startng-well/, which is not a page of this handbook. Did you mean “starting-well”?'],
    ['a picture from the root that is not there', '![x](/no-such.png)', '1:1 the picture /no-such.png is not a file of the handbook: pictures written from the site’s root come from public/.'],
    ['an HTML link from the root', '<a href="/tools/charter/">the charter</a>', '1:1 <a href="/tools/charter/">: an HTML link from the site’s root does not get the base path when the handbook is published under one, so it would lead nowhere there.'],
    ['an anchor <GuideLink> cannot reach', '<GuideLink to="starting-well#nope">x</GuideLink>', '1:1 <GuideLink to="starting-well#nope"> links to #nope, which is not a heading of the guide “starting-well”.'],
    ['a picture without words', '![](./rota.png)', '1:1 the picture ./rota.png has no words saying what it shows, so readers who cannot see it get nothing.'],
    ['a guide named in braces, misspelt', '<GuideLink to={"startng-well"}>x</GuideLink>', '1:1 <GuideLink to="startng-well"> links to a guide that does not exist: there is no content/guides/startng-well.mdx. Did you mean “starting-well”?'],
    ['code as a setting’s value', '<Callout title={heading}>x</Callout>', '1:1 <Callout title={heading}>: a setting’s value in curly brackets is read as code, and this code names nothing the page knows, so the page cannot be built.'],
  ])('%s is named', (_, body, first) => {
    expect(found(`${body}\n`, site)[0]).toBe(first);
  });
  it.each([
    ['a page', '[x](/my-data/) and [y](/guides/for/mentors/) and [z](/worksheets/pack/)'],
    ['a page with the base path', '[x](/handbook/tools/charter/)'],
    ['a heading of a guide, relatively', '[x](../starting-well/#set-a-goal) and [y](#our-plan)'],
    ['a file in public/', '![logo](/favicon.svg)'],
    ['a quoted value in braces', '<Callout title={"Our plan"}>x</Callout>'],
  ])('%s passes', (_, body) => {
    expect(found(`${body}\n`, site)).toEqual([]);
  });
});
