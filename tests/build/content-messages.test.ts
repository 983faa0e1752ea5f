import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_HANDBOOK, handbookCopy, mistake } from '../helpers/load-content';
import { astroBuild, astroCheck, astroSync, collectionSizes, errorReport, tempProject, writeInto } from './helpers/astro-project';

/**
 * `npm test` loads the content collections in its own process (tests/helpers/load-content.ts) and
 * pins the messages it gets. Here real Astro runs, on a copy of the project holding the fixture
 * handbook, check that they are the messages a coordinator reads: `astro sync` fills every
 * collection, and `astro build` and `astro check` stop with the same words, to the letter.
 */
describe('the fixture handbook under real Astro', () => {
  let project: Awaited<ReturnType<typeof tempProject>>;
  beforeAll(async () => {
    project = await tempProject({ content: FIXTURE_HANDBOOK });
  });
  afterAll(async () => {
    await project.dispose();
  });

  it('syncs, and no collection is empty (a wrong loader folder would only warn)', async () => {
    const result = await astroSync(project.dir);
    expect(result.ok, result.output).toBe(true);
    expect(await collectionSizes(project.dir)).toMatchObject({ guides: 3, program: 1, charter: 1, assessments: 1, checklists: 3, knownIds: 1, guideChecks: 1 });
  });

  describe('with a mistake in content/program.yaml', () => {
    let expected: string;
    beforeAll(async () => {
      await writeInto(project.dir, 'content/program.yaml', await mistake('program-yaml-syntax.yaml'));
      const copy = await handbookCopy();
      try {
        await copy.write('content/program.yaml', await mistake('program-yaml-syntax.yaml'));
        expected = (await copy.load()).report;
      } finally {
        await copy.dispose();
      }
      expect(expected).toMatch(/^\[AstroUserError\] The handbook’s content has a mistake\.\n\ncontent\/program\.yaml, line 7, column 2/);
    });

    it('`npm run build` stops with the message the tests pin', async () => {
      const result = await astroBuild(project.dir);
      expect(result.ok).toBe(false);
      expect(errorReport(result.output, project.dir)).toBe(expected);
    });

    it('`npm run check` stops with it too', async () => {
      const result = await astroCheck(project.dir);
      expect(result.ok).toBe(false);
      expect(errorReport(result.output, project.dir)).toBe(expected);
    });
  });

  describe('with a picture from another site in a guide', () => {
    it('`npm run build` prints the advice as written, Markdown brackets included', async () => {
      await writeInto(project.dir, 'content/program.yaml', await (await import('node:fs/promises')).readFile(`${FIXTURE_HANDBOOK}/program.yaml`, 'utf8'));
      const guide = `${FIXTURE_HANDBOOK}/guides/harbour-practice.mdx`;
      const text = `${await (await import('node:fs/promises')).readFile(guide, 'utf8')}\n![A photo](https://images.example.com/photo.jpg)\n`;
      await writeInto(project.dir, 'content/guides/harbour-practice.mdx', text);
      const copy = await handbookCopy();
      let expected: string;
      try {
        await copy.write('content/guides/harbour-practice.mdx', text);
        expected = (await copy.load()).report;
      } finally {
        await copy.dispose();
      }
      expect(expected).toContain('write ![what it shows](./the-file.jpg)');
      const result = await astroBuild(project.dir);
      expect(result.ok).toBe(false);
      expect(errorReport(result.output, project.dir)).toBe(expected);
    }, 120_000);
  });
});
