import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroSync, collectionSizes, fixture, tempProject, writeInto } from './helpers/astro-project';

/**
 * The content schemas, exercised the way a coordinator meets them: a real `astro sync` (what
 * `npm run build` and `npm run check` run first) over the real content, and over copies with one
 * bad file dropped in. The message must name the file and the field.
 */
describe('content collections', () => {
  let project: Awaited<ReturnType<typeof tempProject>>;
  beforeAll(async () => {
    project = await tempProject();
  });
  afterAll(async () => {
    await project.dispose();
  });

  it('syncs the shipped content, and no collection is empty', async () => {
    const result = await astroSync(project.dir);
    expect(result.output).not.toMatch(/error/i);
    expect(result.ok).toBe(true);
    const sizes = await collectionSizes(project.dir);
    expect(sizes['guides']).toBeGreaterThanOrEqual(1);
    expect(sizes['program']).toBe(1);
    expect(sizes['charter']).toBe(1);
    expect(sizes['assessments']).toBe(1);
    expect(sizes['checklists']).toBeGreaterThanOrEqual(1);
    expect(sizes['knownIds']).toBe(1);
    expect(sizes['guideChecks']).toBe(1);
  });
});

describe('an invalid content file fails with its file and field named', () => {
  const cases = [
    {
      name: 'a guide with no title',
      fixture: 'guide-no-title.mdx',
      target: 'content/guides/zz-no-title.mdx',
      expect: [/content\/guides\/zz-no-title\.mdx/, /title/],
    },
    {
      name: 'a guide with an unknown audience',
      fixture: 'guide-bad-audience.mdx',
      target: 'content/guides/zz-bad-audience.mdx',
      expect: [/content\/guides\/zz-bad-audience\.mdx/, /audience/, /mentor/],
    },
    {
      name: 'a programme with a bad contact email',
      fixture: 'program-bad-email.yaml',
      target: 'content/program.yaml',
      expect: [/content\/program\.yaml/, /contact\.email/],
    },
    {
      name: 'a programme with no concerns contact',
      fixture: 'program-no-concerns.yaml',
      target: 'content/program.yaml',
      expect: [/content\/program\.yaml/, /concerns is missing/],
    },
    {
      name: 'a programme whose concerns contact has a bad email and no confidentiality sentence',
      fixture: 'program-bad-concerns.yaml',
      target: 'content/program.yaml',
      expect: [/content\/program\.yaml/, /concerns\.email must be an email address/, /concerns › confidentiality: is missing/],
    },
    {
      name: 'a charter section with an unknown field kind',
      fixture: 'charter-bad-kind.yaml',
      target: 'content/charter.yaml',
      expect: [/content\/charter\.yaml, line \d+/, /section “rhythm” › field “timeZone” › kind: kind must be one of/],
    },
    {
      name: 'a checklist for an unknown audience',
      fixture: 'checklist-bad-audience.yaml',
      target: 'content/checklists/after-session.yaml',
      expect: [/content\/checklists\/after-session\.yaml/, /audience/, /mentor, mentee, coordinator/],
    },
    {
      name: 'a checklist repeating every zero weeks',
      fixture: 'checklist-zero-interval.yaml',
      target: 'content/checklists/after-session.yaml',
      expect: [/content\/checklists\/after-session\.yaml, line 6/, /repeatEveryWeeks must be at least 1/],
    },
    {
      name: 'a checklist with two items of the same id',
      fixture: 'checklist-duplicate-items.yaml',
      target: 'content/checklists/after-session.yaml',
      expect: [/content\/checklists\/after-session\.yaml/, /section “What I learned” › item “learned-from-partner” › id: item id “learned-from-partner” is used twice in this checklist/],
    },
    {
      name: 'an assessment item naming an unknown dimension',
      fixture: 'assessment-unknown-dimension.yaml',
      target: 'content/assessments/reciprocity.yaml',
      expect: [/content\/assessments\/reciprocity\.yaml/, /names an unknown dimension “happiness”/],
    },
    {
      name: 'a checklist that guides link to, whose YAML does not parse: the checklist is named, not the guides',
      fixture: 'checklist-yaml-syntax.yaml',
      target: 'content/checklists/after-session.yaml',
      expect: [/content\/checklists\/after-session\.yaml, line 12, column 1: this is not valid YAML/],
      notExpect: [/names a checklist that does not exist/, /Did you mean/],
    },
    {
      name: 'a guide dated 2026-02-30 (which would publish as 2 March)',
      fixture: 'guide-no-title.mdx',
      edit: (t: string) => t.replace(/^updated:.*$/m, 'updated: 2026-02-30').replace(/^---\n/, '---\ntitle: Night shifts\n'),
      target: 'content/guides/zz-bad-date.mdx',
      expect: [/content\/guides\/zz-bad-date\.mdx, line \d+, column 1: updated must be a real date written YYYY-MM-DD/],
      notExpect: [/InvalidContentEntryDataError|Stack trace/],
    },
    {
      name: 'a guide in a subfolder',
      fixture: 'guide-short.mdx',
      target: 'content/guides/local/night-shifts.mdx',
      expect: [/content\/guides\/local\/night-shifts\.mdx: guides in a subfolder are not published/, /Move it to content\/guides\/night-shifts\.mdx/],
      notExpect: [/Missing parameter|Stack trace/],
    },
    {
      name: 'a guide saved as .md',
      fixture: 'guide-short.mdx',
      target: 'content/guides/night-shifts.md',
      expect: [/content\/guides\/night-shifts\.md: this guide is not published: guides are files whose names end in \.mdx/, /Rename it to night-shifts\.mdx/],
    },
    {
      name: 'a guide saved as .MDX, or with .txt added by a text editor',
      fixture: 'guide-short.mdx',
      target: 'content/guides/late-shifts.mdx.txt',
      expect: [/content\/guides\/late-shifts\.mdx\.txt: this guide is not published/, /Rename it to late-shifts\.mdx/],
    },
    {
      name: 'a second assessment file, which the site would never show',
      fixture: 'assessment-yaml-syntax.yaml',
      target: 'content/assessments/reciprocity-3.yaml',
      expect: [/content\/assessments\/reciprocity-3\.yaml: the site uses one self-assessment, content\/assessments\/reciprocity\.yaml/],
    },
    {
      name: 'a checklist in a subfolder',
      fixture: 'checklist-kick-off.yaml',
      target: 'content/checklists/local/kick-off.yaml',
      expect: [/content\/checklists\/local\/kick-off\.yaml: checklists in a subfolder are not published/],
    },
  ];

  for (const c of cases) {
    it(`rejects ${c.name}`, async () => {
      const project = await tempProject();
      try {
        const text = await fixture(c.fixture);
        await writeInto(project.dir, c.target, 'edit' in c ? c.edit(text) : text);
        const result = await astroSync(project.dir);
        expect(result.ok).toBe(false);
        for (const pattern of c.expect) expect(result.output).toMatch(pattern);
        for (const pattern of 'notExpect' in c ? (c.notExpect ?? []) : []) expect(result.output).not.toMatch(pattern);
      } finally {
        await project.dispose();
      }
    }, 60_000);
  }
});

describe('mistakes in several files', () => {
  it('come in one message, each with its file', async () => {
    const project = await tempProject();
    try {
      await writeInto(project.dir, 'content/program.yaml', await fixture('program-misspelt-setting.yaml'));
      await writeInto(project.dir, 'content/checklists/after-session.yaml', await fixture('checklist-yaml-syntax.yaml'));
      const guide = await fixture('guide-no-title.mdx');
      await writeInto(project.dir, 'content/guides/zz-two-mistakes.mdx', guide.replace(/^updated:.*$/m, 'updated: 03/12/2026'));
      const result = await astroSync(project.dir);
      expect(result.ok).toBe(false);
      expect(result.output).toMatch(/The handbook’s content has \d+ mistakes/);
      expect(result.output).toMatch(/content\/program\.yaml, line \d+, column 1: “cadance” is not a setting here/);
      expect(result.output).toMatch(/content\/checklists\/after-session\.yaml, line 12, column 1: this is not valid YAML/);
      expect(result.output).toMatch(/content\/guides\/zz-two-mistakes\.mdx: title: is missing/);
      expect(result.output).toMatch(/content\/guides\/zz-two-mistakes\.mdx, line \d+, column 1: updated must be a real date/);
      // The guides that link to the broken checklist are not blamed for it.
      expect(result.output).not.toMatch(/names a checklist that does not exist/);
    } finally {
      await project.dispose();
    }
  }, 60_000);
});

describe('a checklist given a new id in its own file', () => {
  it('is named at every place that still uses the old id, with the new id as the suggestion', async () => {
    const project = await tempProject();
    try {
      const file = join(project.dir, 'content/checklists/after-session.yaml');
      await writeInto(project.dir, 'content/checklists/after-session.yaml', (await readFile(file, 'utf8')).replace('id: "after-session"', 'id: "after-each-session"'));
      const result = await astroSync(project.dir);
      expect(result.ok).toBe(false);
      const renamed = 'It looks renamed: content/checklists/after-session.yaml now has the id “after-each-session”. Did you mean “after-each-session”?';
      // Every place that names the old id (the shipped pack, two next steps and a guide), in one message.
      const places = [...result.output.matchAll(/^(content\/[^,\n]+), line (\d+)[^\n]*[“"]after-session[”"][^\n]*$/gm)];
      expect(places.length).toBeGreaterThanOrEqual(4);
      for (const p of places) expect(p[0]).toContain(renamed);
      expect(new Set(places.map((p) => `${p[1]}:${p[2]}`)).size).toBe(places.length);
    } finally {
      await project.dispose();
    }
  }, 60_000);
});
