import { describe, expect, it } from 'vitest';
import { handbookCopy, mistake } from '../helpers/load-content';

/**
 * The content schemas, exercised the way a coordinator meets them: the collections of the fixture
 * handbook (tests/fixtures/content/) loaded by the real loaders, in this process, and copies of it
 * with one bad file dropped in. The message must name the file and the field.
 */
describe('the fixture handbook', () => {
  it('loads with a guide saved by a Windows editor (a byte-order mark and CRLF line endings), as the build does', async () => {
    const project = await handbookCopy();
    try {
      await project.edit('content/guides/harbour-practice.mdx', (t) => `\uFEFF${t.replace(/\n/g, '\r\n')}`);
      const result = await project.load();
      expect(result.report).toBe('');
      expect(result.entries['guides']!.get('harbour-practice')).toMatchObject({ title: 'Harbour practice' });
    } finally {
      await project.dispose();
    }
  });

  it('loads, and no collection is empty', async () => {
    const project = await handbookCopy();
    try {
      const result = await project.load();
      expect(result.report).toBe('');
      expect(result.warnings).toEqual([]);
      expect(result.sizes).toEqual({ guides: 3, program: 1, charter: 1, assessments: 1, checklists: 3, knownIds: 1, guideChecks: 1, strings: 1, translatedGuides: 0, translations: 0 });
    } finally {
      await project.dispose();
    }
  });
});

describe('an invalid content file fails with its file and field named', () => {
  /** A mistake: a file from tests/fixtures/mistakes/ written at `target` (changed by `edit`), or the fixture handbook's own file at `target` changed by `change`. */
  interface Case {
    name: string;
    target: string;
    fixture?: string;
    edit?: (text: string) => string;
    change?: (text: string) => string;
    expect: RegExp[];
    notExpect?: RegExp[];
  }
  const cases: Case[] = [
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
      name: 'a programme whose concerns contact is the only route, and whose outside support has no way in',
      fixture: 'program-one-route.yaml',
      target: 'content/program.yaml',
      expect: [/content\/program\.yaml/, /concerns\.otherRoutes needs at least one route besides the concerns contact/, /each route needs an email, a phone or a url/],
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
      target: 'content/checklists/harbour-after-shift.yaml',
      expect: [/content\/checklists\/harbour-after-shift\.yaml/, /audience/, /mentor, mentee, coordinator/],
    },
    {
      name: 'a checklist repeating every zero weeks',
      fixture: 'checklist-zero-interval.yaml',
      target: 'content/checklists/harbour-after-shift.yaml',
      expect: [/content\/checklists\/harbour-after-shift\.yaml, line 6/, /repeatEveryWeeks must be at least 1/],
    },
    {
      name: 'a checklist with two items of the same id',
      fixture: 'checklist-duplicate-items.yaml',
      target: 'content/checklists/harbour-after-shift.yaml',
      expect: [/content\/checklists\/harbour-after-shift\.yaml/, /section “What I learned” › item “learned-from-partner” › id: item id “learned-from-partner” is used twice in this checklist/],
    },
    {
      name: 'an assessment item naming an unknown dimension',
      target: 'content/assessments/reciprocity.yaml',
      change: (t: string) => t.replace('- id: inside-view\n    dimension: mutual-value', '- id: inside-view\n    dimension: happiness'),
      expect: [/content\/assessments\/reciprocity\.yaml/, /names an unknown dimension “happiness”/],
    },
    {
      name: 'a checklist that guides link to, whose YAML does not parse: the checklist is named, not the guides',
      fixture: 'checklist-yaml-syntax.yaml',
      target: 'content/checklists/harbour-after-shift.yaml',
      expect: [/content\/checklists\/harbour-after-shift\.yaml, line 12, column 1: this is not valid YAML/],
      notExpect: [/names a checklist that does not exist/, /Did you mean/],
    },
    {
      name: 'a guide dated 2026-02-30 (which would publish as 2 March)',
      fixture: 'guide-no-title.mdx',
      edit: (t: string) => t.replace(/^updated:.*$/m, 'updated: 2026-02-30').replace(/^---\n/, '---\ntitle: Night shifts\n'),
      target: 'content/guides/zz-bad-date.mdx',
      expect: [/content\/guides\/zz-bad-date\.mdx, line \d+, column \d+: updated must be a real date written YYYY-MM-DD/],
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
      name: 'a <Reflect> prompt that links to a checklist meant for other readers',
      target: 'content/guides/harbour-safety.mdx',
      change: (t: string) => t.replace('audience: [mentor, mentee]', 'audience: [mentor, mentee, coordinator]'),
      expect: [/content\/guides\/harbour-safety\.mdx, line \d+, column 1: <Reflect checklist="harbour-closing">: the checklist “harbour-closing” is for mentors and mentees, not for coordinators/],
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
      const project = await handbookCopy();
      try {
        if (c.fixture) {
          const text = await mistake(c.fixture);
          await project.write(c.target, c.edit ? c.edit(text) : text);
        }
        if (c.change) await project.edit(c.target, c.change);
        const result = await project.load();
        expect(result.ok).toBe(false);
        for (const pattern of c.expect) expect(result.report).toMatch(pattern);
        for (const pattern of c.notExpect ?? []) expect(result.report).not.toMatch(pattern);
      } finally {
        await project.dispose();
      }
    });
  }
});

describe('mistakes in several files', () => {
  it('come in one message, each with its file', async () => {
    const project = await handbookCopy();
    try {
      await project.write('content/program.yaml', await mistake('program-misspelt-setting.yaml'));
      await project.write('content/checklists/harbour-after-shift.yaml', await mistake('checklist-yaml-syntax.yaml'));
      const guide = await mistake('guide-no-title.mdx');
      await project.write('content/guides/zz-two-mistakes.mdx', guide.replace(/^updated:.*$/m, 'updated: 03/12/2026'));
      const result = { ...(await project.load()), output: '' };
      result.output = result.report;
      expect(result.ok).toBe(false);
      expect(result.output).toMatch(/The handbook’s content has \d+ mistakes/);
      expect(result.output).toMatch(/content\/program\.yaml, line \d+, column 1: “cadance” is not a setting here/);
      expect(result.output).toMatch(/content\/checklists\/harbour-after-shift\.yaml, line 12, column 1: this is not valid YAML/);
      expect(result.output).toMatch(/content\/guides\/zz-two-mistakes\.mdx: title: is missing/);
      expect(result.output).toMatch(/content\/guides\/zz-two-mistakes\.mdx, line \d+, column \d+: updated must be a real date/);
      // The guides that link to the broken checklist are not blamed for it.
      expect(result.output).not.toMatch(/names a checklist that does not exist/);
    } finally {
      await project.dispose();
    }
  });
});

describe('a checklist given a new id in its own file', () => {
  it('is named at every place that still uses the old id, with the new id as the suggestion', async () => {
    const project = await handbookCopy();
    try {
      await project.edit('content/checklists/harbour-after-shift.yaml', (t) => t.replace('id: "harbour-after-shift"', 'id: "harbour-after-each-shift"'));
      const result = await project.load();
      expect(result.ok).toBe(false);
      const renamed = 'It looks renamed to “harbour-after-each-shift”. Did you mean “harbour-after-each-shift”?';
      // Every place that names the old id (the pack, four next steps and a guide), in one message.
      const places = [...result.report.matchAll(/^(content\/[^,\n]+), line (\d+)[^\n]*[“"]harbour-after-shift[”"][^\n]*$/gm)];
      expect(places.map((p) => p[1])).toEqual(['content/program.yaml', ...Array(4).fill('content/assessments/reciprocity.yaml'), 'content/guides/harbour-practice.mdx']);
      for (const p of places) expect(p[0]).toContain(renamed);
      expect(new Set(places.map((p) => `${p[1]}:${p[2]}`)).size).toBe(places.length);
    } finally {
      await project.dispose();
    }
  });
});

describe('a guide that imports a file that is not there', () => {
  it('is named with the line of the import, as the build would fail on it', async () => {
    const project = await handbookCopy();
    try {
      await project.edit('content/guides/harbour-practice.mdx', (t) => t.replace(/\n---\n/, '\n---\n\nimport Timeline from "./timeline.astro";\n\n<Timeline />\n'));
      const result = await project.load();
      expect(result.report).toMatch(/content\/guides\/harbour-practice\.mdx, line 12, column \d+: imports “\.\/timeline\.astro”, which is not in content\/guides\/, so this page cannot be built\./);
      // A file that is there may be imported.
      await project.write('content/guides/timeline.astro', '<p>Timeline</p>\n');
      expect((await project.load()).report).toBe('');
    } finally {
      await project.dispose();
    }
  });
});
