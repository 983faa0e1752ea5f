import { describe, expect, it } from 'vitest';
import { handbookCopy, mistake } from '../helpers/load-content';

/**
 * The mistakes a coordinator makes while editing content/, one at a time, each dropped into a copy
 * of the fixture handbook (tests/fixtures/content/) whose collections are then loaded by the real
 * loaders, in this process: the load must stop with a message that names the file, the place and
 * what to do. The messages are pinned as the build prints them; tests/build/ checks that a real
 * `astro build` and `astro check` print the same.
 */
type Fixture = [name: string, target: string];

async function loadWith(fixtures: Fixture[]): Promise<{ ok: boolean; report: string }> {
  const project = await handbookCopy();
  try {
    for (const [name, target] of fixtures) await project.write(target, await mistake(name));
    const result = await project.load();
    return { ok: result.ok, report: result.report };
  } finally {
    await project.dispose();
  }
}

describe('a mistake in content/ stops the build with a message a coordinator can act on', () => {
  it('YAML that does not parse in content/program.yaml', async () => {
    const { ok, report } = await loadWith([['program-yaml-syntax.yaml', 'content/program.yaml']]);
    expect(ok).toBe(false);
    expect(report).toMatchInlineSnapshot(`
      "[AstroUserError] The handbook’s content has a mistake.

      content/program.yaml, line 7, column 2: this is not valid YAML (bad indentation: the lines of one block must start in the same column).
            5 | contact:
            6 |   name: Oluwaseun Adeyemi
          > 7 |  email: harbour@riverside.example.org
              |  ^
        What to do: Line this up with the lines around it: keys at the same level start in the same column, indented with spaces (never tabs). The mistake may be on the line above.
        Hint:
          Fix what is named above and run the command again. README.md (“Make it yours”) describes every file in content/.
        Location:
          content/program.yaml:7:2"
    `);
  });


  it('a misspelt setting in content/program.yaml', async () => {
    const { ok, report } = await loadWith([['program-misspelt-setting.yaml', 'content/program.yaml']]);
    expect(ok).toBe(false);
    expect(report).toMatchInlineSnapshot(`
      "[AstroUserError] The handbook’s content has 2 mistakes.

      content/program.yaml, line 8, column 1: “cadance” is not a setting here: check its spelling, or remove it. Did you mean “cadence”?
            6 |   name: Oluwaseun Adeyemi
            7 |   email: harbour@riverside.example.org
          > 8 | cadance: monthly
              | ^

      content/program.yaml: cadence: is missing: cadence must be one of weekly, fortnightly, monthly, every-n-weeks
        Hint:
          Fix what is named above and run the command again. README.md (“Make it yours”) describes every file in content/.
        Location:
          content/program.yaml:8:1"
    `);
  });

  it('YAML that does not parse in content/charter.yaml', async () => {
    const { ok, report } = await loadWith([['charter-yaml-syntax.yaml', 'content/charter.yaml']]);
    expect(ok).toBe(false);
    expect(report).toMatchInlineSnapshot(`
      "[AstroUserError] The handbook’s content has a mistake.

      content/charter.yaml, line 2, column 8: this is not valid YAML (a value contains a colon and a space).
            1 | # A charter whose title holds a colon and a space without quotes.
          > 2 | title: Our charter: the short version
              |        ^
        What to do: This value contains a colon and a space, which YAML reads as the start of another setting: put the whole value in straight double quotes, like title: "Mentoring: across shifts".
        Hint:
          Fix what is named above and run the command again. README.md (“Make it yours”) describes every file in content/.
        Location:
          content/charter.yaml:2:8"
    `);
  });

  it('YAML that does not parse in a checklist (a tab)', async () => {
    const { ok, report } = await loadWith([['checklist-yaml-syntax.yaml', 'content/checklists/mid-point.yaml']]);
    expect(ok).toBe(false);
    expect(report).toMatchInlineSnapshot(`
      "[AstroUserError] The handbook’s content has a mistake.

      content/checklists/mid-point.yaml, line 12, column 1: this is not valid YAML (a tab is used to indent).
            10 |       - id: changed
            11 |         kind: prompt
          > 12 | →text: What has changed since we started?
               | ^
        What to do: This line is indented with a tab: YAML needs spaces. Replace the tab with spaces.
        Hint:
          Fix what is named above and run the command again. README.md (“Make it yours”) describes every file in content/.
        Location:
          content/checklists/mid-point.yaml:12:1"
    `);
  });

  it('YAML that does not parse in an assessment', async () => {
    const { ok, report } = await loadWith([['assessment-yaml-syntax.yaml', 'content/assessments/reciprocity.yaml']]);
    expect(ok).toBe(false);
    expect(report).toMatchInlineSnapshot(`
      "[AstroUserError] The handbook’s content has a mistake.

      content/assessments/reciprocity.yaml, line 4, column 2: this is not valid YAML (bad indentation: the lines of one block must start in the same column).
            2 | scale:
            3 |   - Never
          > 4 |  - Always
              |  ^
        What to do: Line this up with the lines around it: keys at the same level start in the same column, indented with spaces (never tabs). The mistake may be on the line above.
        Hint:
          Fix what is named above and run the command again. README.md (“Make it yours”) describes every file in content/.
        Location:
          content/assessments/reciprocity.yaml:4:2"
    `);
  });

  it('a colon in a guide’s title, without quotes', async () => {
    const { ok, report } = await loadWith([['guide-frontmatter-colon.mdx', 'content/guides/mentoring-across-shifts.mdx']]);
    expect(ok).toBe(false);
    expect(report).toMatchInlineSnapshot(`
      "[AstroUserError] The handbook’s content has a mistake.

      content/guides/mentoring-across-shifts.mdx, line 2, column 8: the frontmatter (between the --- lines) is not valid YAML (a value contains a colon and a space).
            1 | ---
          > 2 | title: Mentoring: across shifts
              |        ^
        What to do: This value contains a colon and a space, which YAML reads as the start of another setting: put the whole value in straight double quotes, like title: "Mentoring: across shifts".
        Hint:
          Fix what is named above and run the command again. README.md (“Make it yours”) describes every file in content/.
        Location:
          content/guides/mentoring-across-shifts.mdx:2:8"
    `);
  });

  it('two checklists with the same id', async () => {
    const { ok, report } = await loadWith([
      ['checklist-kick-off.yaml', 'content/checklists/kick-off.yaml'],
      ['checklist-kick-off.yaml', 'content/checklists/kick-off-copy.yaml'],
    ]);
    expect(ok).toBe(false);
    expect(report).toMatchInlineSnapshot(`
      "[AstroUserError] The handbook’s content has a mistake.

      content/checklists/kick-off-copy.yaml, line 1, column 5: the id “kick-off” is already used by content/checklists/kick-off.yaml. Each checklist needs its own id, or only one of them appears on the site.
          > 1 | id: kick-off
              |     ^
        What to do: This looks like a copy of content/checklists/kick-off.yaml: give it an id of its own, for example “kick-off-copy”, its file name (the id is the checklist’s address, /tools/reflection/<id>/, and saved entries refer to it).
        Hint:
          Fix what is named above and run the command again. README.md (“Make it yours”) describes every file in content/.
        Location:
          content/checklists/kick-off-copy.yaml:1:5"
    `);
  });

  it('a misspelt component in a guide', async () => {
    const { ok, report } = await loadWith([['guide-misspelt-component.mdx', 'content/guides/mentoring-across-shifts.mdx']]);
    expect(ok).toBe(false);
    expect(report).toMatchInlineSnapshot(`
      "[AstroUserError] The handbook’s content has a mistake.

      content/guides/mentoring-across-shifts.mdx, line 12, column 1: <Calout> is not a component guides can use. Did you mean <Callout>?
            10 | Shift work makes regular meetings hard.
            11 |
          > 12 | <Calout title="The key idea">Agree one fixed slot a month and protect it.</Calout>
               | ^
        What to do: Guides can use <Callout>, <TryThis>, <Reflect>, <ToolLink>, <GuideLink>, <ConcernsContact> and <Safeguarding>, without importing anything. Names are case-sensitive: check the spelling, or write the text without the component.
        Hint:
          Fix what is named above and run the command again. README.md (“Make it yours”) describes every file in content/.
        Location:
          content/guides/mentoring-across-shifts.mdx:12:1"
    `);
  });

  it('a guide file name with spaces and capitals', async () => {
    const { ok, report } = await loadWith([['guide-short.mdx', 'content/guides/Mentoring Across Shifts.mdx']]);
    expect(ok).toBe(false);
    expect(report).toMatchInlineSnapshot(`
      "[AstroUserError] The handbook’s content has a mistake.

      content/guides/Mentoring Across Shifts.mdx: “Mentoring Across Shifts.mdx” cannot be a guide’s file name: the name becomes the page’s address (/guides/<name>/).
        What to do: Use lower-case words joined by hyphens, with no spaces, capitals or accents: rename the file to mentoring-across-shifts.mdx, and use that name (without .mdx) in related: lists and <GuideLink to="…">.
        Hint:
          Fix what is named above and run the command again. README.md (“Make it yours”) describes every file in content/."
    `);
  });

  it('links to a guide, a checklist and a tool that do not exist', async () => {
    const { ok, report } = await loadWith([
      ['checklist-kick-off.yaml', 'content/checklists/kick-off.yaml'],
      ['guide-unknown-links.mdx', 'content/guides/mentoring-across-shifts.mdx'],
    ]);
    expect(ok).toBe(false);
    expect(report).toMatchInlineSnapshot(`
      "[AstroUserError] The handbook’s content has 4 mistakes.

      content/guides/mentoring-across-shifts.mdx, line 11, column 6: <GuideLink to="mentoring-acros-shifts"> links to a guide that does not exist: there is no content/guides/mentoring-acros-shifts.mdx. Did you mean “mentoring-across-shifts”?
             9 | ---
            10 |
          > 11 | Read <GuideLink to="mentoring-acros-shifts">this guide</GuideLink> again next month.
               |      ^
        What to do: \`to\` is a guide’s file name in content/guides/, without .mdx (and optionally #a-heading).

      content/guides/mentoring-across-shifts.mdx, line 13, column 1: <Reflect checklist="kickoff"> names a checklist that does not exist. Did you mean “kick-off”?
            11 | Read <GuideLink to="mentoring-acros-shifts">this guide</GuideLink> again next month.
            12 |
          > 13 | <Reflect checklist="kickoff">What do we each want from the first meeting?</Reflect>
               | ^
        What to do: \`checklist\` is the id: at the top of a file in content/checklists/; or leave it out for a reflection box without a link.

      content/guides/mentoring-across-shifts.mdx, line 15, column 10: <ToolLink tool="charters"> names a tool that does not exist. Did you mean “charter”?
            13 | <Reflect checklist="kickoff">What do we each want from the first meeting?</Reflect>
            14 |
          > 15 | Open the <ToolLink tool="charters">charter builder</ToolLink>.
               |          ^
        What to do: \`tool\` is one of “charter”, “reciprocity” and “reflection”.

      content/guides/mentoring-across-shifts.mdx, line 8, column 11: related: lists “mentoring-across-shift”, but there is no guide content/guides/mentoring-across-shift.mdx. Did you mean “mentoring-across-shifts”?
            6 | order: 15
            7 | updated: 2026-12-01
          > 8 | related: [mentoring-across-shift]
              |           ^
        What to do: related: lists other guides by file name, without .mdx.
        Hint:
          Fix what is named above and run the command again. README.md (“Make it yours”) describes every file in content/.
        Location:
          content/guides/mentoring-across-shifts.mdx:11:6"
    `);
  });

  it('“<” and curly brackets in a guide’s text', async () => {
    const { ok, report } = await loadWith([['guide-stray-brackets.mdx', 'content/guides/mentoring-across-shifts.mdx']]);
    expect(ok).toBe(false);
    expect(report).toMatchInlineSnapshot(`
      "[AstroUserError] The handbook’s content has 2 mistakes.

      content/guides/mentoring-across-shifts.mdx, line 10, column 10: a “<” that does not start a component: in a guide, “<” always starts one, so this page cannot be built.
             8 | ---
             9 |
          > 10 | Meet for <30 minutes if that is all you have.
               |          ^
        What to do: Write “less than” (or “fewer than”) instead, or put the text in \`backticks\`.

      content/guides/mentoring-across-shifts.mdx, line 12, column 13: a curly bracket “{” in the text: in a guide, curly brackets hold code, so this page cannot be built.
            10 | Meet for <30 minutes if that is all you have.
            11 |
          > 12 | Keep a list {what we agreed} and share it.
               |             ^
        What to do: Remove the bracket or write the words instead; to show it as it is, write \\{ or put the text in \`backticks\`.
        Hint:
          Fix what is named above and run the command again. README.md (“Make it yours”) describes every file in content/.
        Location:
          content/guides/mentoring-across-shifts.mdx:10:10"
    `);
  });

  it('a charter field id that has disappeared since content/.ids.json was recorded', async () => {
    const { ok, report } = await loadWith([
      ['charter-small.yaml', 'content/charter.yaml'],
      ['ids-removed-field.json', 'content/.ids.json'],
    ]);
    expect(ok).toBe(false);
    expect(report).toMatchInlineSnapshot(`
      "[AstroUserError] The handbook’s content has a mistake.

      content/charter.yaml, line 11, column 5: a charter field is no longer in the charter: “purpose.purpose” (Our purpose). Pairs may have written answers under this id; renaming a section’s or a field’s id hides those answers from the field.
             9 |       - { id: mentorName, label: "Mentor’s name", kind: text, role: mentor-name }
            10 |       - { id: menteeName, label: "Mentee’s name", kind: text, role: mentee-name }
          > 11 |   - id: purpose
               |     ^
        What to do: If you renamed an id by mistake, put the old id back (you can change the label, prompt and examples freely: only ids must stay). If you meant to remove or rename it, run \`npm run ids\` and commit content/.ids.json: answers stored under the old id then appear in each charter under “From an earlier version of this charter”, where pairs can copy them into a current field.
        Hint:
          Fix what is named above and run the command again. README.md (“Make it yours”) describes every file in content/.
        Location:
          content/charter.yaml:11:5"
    `);
  });
});
