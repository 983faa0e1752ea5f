import { describe, expect, it } from 'vitest';
import { rename } from 'node:fs/promises';
import { handbookCopy } from '../helpers/load-content';
import { sampleWordsIn, sampleWordsWarning, isRebranded } from '../../src/lib/authoring/sample-words';

/**
 * What the build tells a coordinator for the mistakes they asked to be told about, each made in a
 * copy of the fixture handbook and loaded by the real loaders: where it is, what is wrong, and the
 * one thing to do.
 */
async function load(edit: (p: Awaited<ReturnType<typeof handbookCopy>>) => Promise<void>, env?: Record<string, string>) {
  const project = await handbookCopy();
  try {
    await edit(project);
    return await project.load(env);
  } finally {
    await project.dispose();
  }
}

describe('content/program.yaml', () => {
  it('has all its mistakes named in one message: a misspelt setting, a logo that is not there and a colour too light', async () => {
    const r = await load((p) =>
      p.edit('content/program.yaml', (t) => t.replace('logo: harbour-logo.svg', 'logo: harbour-logo.png').replace('accent: "#6b2a7a"', 'accent: "#f0f0f0"').replace('cadence:', 'cadance:')),
    );
    expect(r.ok).toBe(false);
    expect(r.report).toContain('“cadance” is not a setting here: check its spelling, or remove it. Did you mean “cadence”?');
    expect(r.report).toContain('logo names content/harbour-logo.png, which does not exist. Did you mean “harbour-logo.svg”?');
    expect(r.report).toMatch(/accent: .*white text/);
  });

  it('says where a setting written at the wrong indentation belongs, both ways', async () => {
    const out = await load((p) => p.edit('content/program.yaml', (t) => t.replace('  email: harbour@riverside.example.org', 'email: harbour@riverside.example.org')));
    expect(out.report).toMatch(/content\/program\.yaml, line \d+, column 1: “email” is not a setting here\. It belongs under “contact”: indent it to line up with the other settings of contact\./);
    const inside = await load((p) => p.edit('content/program.yaml', (t) => t.replace(/^cadence:/m, '  cadence:').replace('contact:\n  name: Oluwaseun Adeyemi\n  email: harbour@riverside.example.org\n', 'contact:\n  name: Oluwaseun Adeyemi\n  email: harbour@riverside.example.org\n')));
    expect(inside.ok).toBe(false);
    expect(inside.report).toMatch(/cadence: is missing: .* It is written under “\w+”, where it is not read: it belongs at the top level \(no spaces before it\)\./);
  });

  it('offers the nearest choice for a misspelt one', async () => {
    const r = await load((p) => p.edit('content/program.yaml', (t) => t.replace(/^cadence: \S+/m, 'cadence: montly')));
    expect(r.report).toContain('cadence must be one of weekly, fortnightly, monthly, every-n-weeks. Did you mean “monthly”?');
  });

  it('refuses a basePath that is a web address, in the words the build uses for BASE_PATH', async () => {
    const r = await load((p) => p.edit('content/program.yaml', (t) => `${t}basePath: https://example.org/mentoring/\n`));
    expect(r.report).toContain('basePath is a web address (https://example.org/mentoring/): give only its path, basePath: /mentoring/, and put the address in SITE_URL.');
  });
});

describe('ids', () => {
  it('a checklist copied without changing its id points at the copy, saying it is one', async () => {
    const r = await load(async (p) => p.write('content/checklists/harbour-closing-2.yaml', await p.read('content/checklists/harbour-closing.yaml')));
    expect(r.report).toContain('content/checklists/harbour-closing-2.yaml, line 1');
    expect(r.report).toContain('This looks like a copy of content/checklists/harbour-closing.yaml: give it an id of its own, for example “harbour-closing-2”, its file name');
  });

  it('a checklist whose file and id were renamed together is recognised as renamed, where guides still link to it and in the ids record', async () => {
    const linked = await load(async (p) => {
      const text = await p.read('content/checklists/harbour-closing.yaml');
      await p.write('content/checklists/harbour-ending.yaml', text.replace('id: "harbour-closing"', 'id: harbour-ending'));
      await rename(p.path('content/checklists/harbour-closing.yaml'), p.path('content/checklists/gone.txt'));
      await rename(p.path('content/checklists/gone.txt'), p.path('gone.txt'));
    });
    expect(linked.ok, JSON.stringify(linked.warnings)).toBe(false);
    expect(linked.report).toContain('It looks renamed to “harbour-ending”. Did you mean “harbour-ending”?');
    const unlinked = await load(async (p) => {
      const text = await p.read('content/checklists/harbour-closing.yaml');
      await p.write('content/checklists/harbour-ending.yaml', text.replace('id: "harbour-closing"', 'id: harbour-ending'));
      await rename(p.path('content/checklists/harbour-closing.yaml'), p.path('gone.txt'));
      await p.edit('content/guides/harbour-safety.mdx', (t) => t.replace('checklist="harbour-closing"', 'checklist="harbour-ending"'));
      await p.edit('content/assessments/reciprocity.yaml', (t) => t.replaceAll('checklist: "harbour-closing"', 'checklist: "harbour-ending"'));
      await p.edit('content/program.yaml', (t) => t.replace('harbour-closing', 'harbour-ending'));
    });
    expect(unlinked.ok).toBe(false);
    expect(unlinked.report).toContain('the checklist “harbour-closing”');
    expect(unlinked.report).toContain('It looks renamed to “harbour-ending”. Saved entries and links refer to the old id: to keep them, put `id: harbour-closing` back in that file');
  });

  it('recorded for the first time, says renaming is still free', async () => {
    const r = await load(async (p) => {
      await rename(p.path('content/.ids.json'), p.path('ids.old'));
    }, { TANDEM_RECORD_IDS: '1' });
    expect(r.ok).toBe(true);
    expect(r.info.join('\n')).toMatch(/^This is the first record of the ids: until the handbook is published, nobody has saved answers under them, so renaming any of them is free/);
  });
});

describe('restoring from git', () => {
  it('gives the command', async () => {
    const r = await load((p) => p.edit('content/.ids.json', () => '<<<<<<< HEAD\n'));
    expect(r.report).toContain('git checkout content/.ids.json');
    const gone = await load(async (p) => {
      for (const f of ['harbour-after-shift', 'harbour-closing', 'harbour-mid-point']) await rename(p.path(`content/checklists/${f}.yaml`), p.path(`${f}.old`));
    });
    expect(gone.report).toContain('content/checklists/: this folder holds no .yaml files, and the site needs at least one.');
    expect(gone.report).toContain('Restore them with `git checkout -- content/checklists/`');
  });
});

describe('drafts', () => {
  it('a published page linking to a draft guide stops the build, naming the draft', async () => {
    const r = await load((p) => p.edit('content/guides/harbour-charter.mdx', (t) => t.replace(/^---\n/, '---\ndraft: true\n')));
    expect(r.ok).toBe(false);
    expect(r.report).toContain('links to the guide “harbour-charter”, which is a draft (draft: true), so it is not published');
    expect(r.report).toContain('Publish the guide by removing draft: true from content/guides/harbour-charter.mdx');
  });
});

describe('words left from the example programme', () => {
  it('are listed as a warning, with file and line, once the programme has its own name', async () => {
    const r = await load((p) => p.edit('content/guides/harbour-practice.mdx', (t) => `${t}\nAsk Priya Raman at Northfield.\n`));
    expect(r.ok).toBe(true);
    expect(r.warnings.join('\n')).toMatch(/content\/ still has a line naming the example programme[^]*content\/guides\/harbour-practice\.mdx, line \d+: “Northfield”/);
  });
  it('are not listed while the handbook is still the example', () => {
    expect(isRebranded({ name: 'Tandem', organisation: 'Northfield Engineering Guild' })).toBe(false);
    expect(isRebranded({ name: 'Tandem', organisation: 'Riverside' })).toBe(true);
    expect(sampleWordsWarning(sampleWordsIn([{ file: 'a.mdx', text: 'nothing here' }]))).toBeUndefined();
    expect(sampleWordsIn([{ file: 'a.yaml', text: 'x\nname: Priya Raman\n# Tomasz wrote this\n' }])).toEqual([{ file: 'a.yaml', line: 2, word: 'Priya Raman' }]);
    const found = sampleWordsIn([{ file: 'content/charter.yaml', text: 'Tomasz\n'.repeat(20) }, { file: 'content/program.yaml', text: 'organisation: Northfield\n' }]);
    expect(found[0]).toEqual({ file: 'content/program.yaml', line: 1, word: 'Northfield' });
    expect(sampleWordsWarning(found)).toMatch(/^content\/ still has 21 lines naming[^]*…and 9 more\./);
  });
});

describe('the language', () => {
  it('must be a language tag, or every page would declare a language no reader knows', async () => {
    for (const lang of ['English', 'en_GB', 'english please']) {
      const r = await load((p) => p.edit('content/program.yaml', (t) => `${t}lang: ${lang}\n`));
      expect(r.report, lang).toContain(`lang must be a language tag such as en-GB, fr or fr-CA (a two- or three-letter language, then optionally a region), not “${lang}”`);
    }
    expect((await load((p) => p.edit('content/program.yaml', (t) => `${t}lang: pt-BR\n`))).ok).toBe(true);
  });
});

describe('the languages and the interface strings', () => {
  it('languages lists language tags, each once, and agrees with an older lang line', async () => {
    expect((await load((p) => p.edit('content/program.yaml', (t) => `${t}languages: [en-GB, fr]\n`))).ok).toBe(true);
    const bad = await load((p) => p.edit('content/program.yaml', (t) => `${t}languages: [en-GB, French]\n`));
    expect(bad.report).toContain('each of languages must be a language tag such as en-GB, fr or fr-CA');
    const twice = await load((p) => p.edit('content/program.yaml', (t) => `${t}languages: [fr, FR]\n`));
    expect(twice.report).toContain('languages lists a language twice: list each once');
    const both = await load((p) => p.edit('content/program.yaml', (t) => `${t}lang: en-GB\nlanguages: [fr]\n`));
    expect(both.report).toContain('lang and languages disagree: remove the line lang: en-GB');
  });

  it('a strings file with a misspelt key, or a placeholder the interface never fills, stops the build at its line', async () => {
    const r = await load((p) => p.write('content/i18n/fr.yaml', 'common:\n  stopped:\n    titel: Arrêt.\n    body: "Rien n’a changé, {name}."\n'));
    expect(r.ok).toBe(false);
    expect(r.report).toMatch(/content\/i18n\/fr\.yaml, line 3, column 5: common\.stopped\.titel: the interface has no string with this key/);
    expect(r.report).toContain('Did you mean common.stopped.title?');
    expect(r.report).toMatch(/line 4, column 5: common\.stopped\.body: it uses \{name\}, which this string does not fill in/);
  });

  it('a right strings file loads, flat keys or nested', async () => {
    const r = await load((p) => p.write('content/i18n/fr.yaml', 'common.notSaved: Pas enregistré.\ncommon:\n  stopped:\n    reload: Recharger\n'));
    expect(r.report).toBe('');
    expect(r.ok).toBe(true);
  });
});

describe('npm test and the build agree on the base path', () => {
  it('a guide link carrying basePath from program.yaml passes; one with another prefix is named', async () => {
    const ok = await load(async (p) => {
      await p.edit('content/program.yaml', (t) => `${t}basePath: /mentoring/\n`);
      await p.edit('content/guides/harbour-practice.mdx', (t) => `${t}\nSee [the charter builder](/mentoring/tools/charter/).\n`);
    });
    expect(ok.ok, ok.report).toBe(true);
    const wrong = await load(async (p) => {
      await p.edit('content/program.yaml', (t) => `${t}basePath: /mentoring/\n`);
      await p.edit('content/guides/harbour-practice.mdx', (t) => `${t}\nSee [the charter builder](/handbook/tools/charter/).\n`);
    });
    expect(wrong.report).toContain('a link to /handbook/tools/charter/, which is not a page of this handbook.');
  });
});

describe('a heading inside <Safeguarding>', () => {
  it('is not a link target while the programme has no safeguarding lead (the part is not published)', async () => {
    const r = await load(async (p) => {
      await p.edit('content/guides/harbour-practice.mdx', (t) => `${t}\n<Safeguarding>\n\n## For younger mentees\n\nAsk the lead first.\n\n</Safeguarding>\n`);
      await p.edit('content/guides/harbour-safety.mdx', (t) => `${t}\nSee <GuideLink to="harbour-practice#for-younger-mentees">the rules for younger mentees</GuideLink>.\n`);
    });
    expect(r.report).toContain('<GuideLink to="harbour-practice#for-younger-mentees"> links to #for-younger-mentees, which is not a heading of the guide “harbour-practice”.');
  });
});
