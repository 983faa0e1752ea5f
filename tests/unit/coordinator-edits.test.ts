import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, astroBuild, runIn, tempProject, writeInto } from './helpers/astro-project';

/**
 * A coordinator's handbook, made the way README “Make it yours” says: the programme renamed, with a
 * logo, an accent colour, its own kick-off pack and a monthly cadence; a section added to the
 * charter (and `npm run ids` run); a short guide (with the word minimum lowered in
 * content/guide-checks.yaml); a one-off checklist. It must build, and `npm test` must pass on it:
 * the product's tests test fixtures, not the example content. The fixture's own ids (harbour-…)
 * are ones a coordinator's content will not already use.
 */
const handbook = (name: string) => readFile(join(ROOT, 'tests/fixtures/handbook', name), 'utf8');
const VITEST = join(ROOT, 'node_modules/vitest/vitest.mjs');
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');

describe('a coordinator’s edited handbook', { timeout: 240_000 }, () => {
  let project: Awaited<ReturnType<typeof tempProject>>;
  let built: Awaited<ReturnType<typeof astroBuild>>;
  let ids: Awaited<ReturnType<typeof runIn>>;
  const dist = (path: string) => readFile(join(project.dir, 'dist', path), 'utf8');

  beforeAll(async () => {
    project = await tempProject({ withTests: true });
    const dir = project.dir;
    await writeInto(dir, 'content/program.yaml', await handbook('program.yaml'));
    await writeInto(dir, 'content/harbour-logo.svg', await handbook('harbour-logo.svg'));
    await writeInto(dir, 'content/charter.yaml', (await readFile(join(dir, 'content/charter.yaml'), 'utf8')).trimEnd() + '\n' + (await handbook('charter-section.yaml')));
    await writeInto(dir, 'content/guide-checks.yaml', await handbook('guide-checks.yaml'));
    await writeInto(dir, 'content/checklists/harbour-mid-point.yaml', await handbook('harbour-mid-point.yaml'));
    await writeInto(dir, 'content/guides/mentoring-across-shifts.mdx', await handbook('mentoring-across-shifts.mdx'));
    // `npm run ids`, as the build asks after a field is added.
    ids = await runIn(dir, [ASTRO, 'sync'], { TANDEM_RECORD_IDS: '1', NODE_ENV: 'production' });
    built = await astroBuild(dir);
  }, 240_000);
  afterAll(async () => {
    await project.dispose();
  });

  it('records the new charter field with `npm run ids`', async () => {
    expect(ids.ok, ids.output).toBe(true);
    const recorded = JSON.parse(await readFile(join(project.dir, 'content/.ids.json'), 'utf8')) as { charter: { fields: Record<string, string> } };
    expect(recorded.charter.fields['harbour-shifts.plan']).toBe('Our plan for shift weeks');
  });

  it('builds, with the programme’s name, logo and colour on every page', async () => {
    expect(built.ok, built.output).toBe(true);
    expect(built.output).not.toMatch(/\[WARN\].*content\/(charter|program)|not yet recorded/);
    const home = await dist('index.html');
    expect(home).toContain('<title>Harbour</title>');
    expect(home).toMatch(/<img class="brand-logo" src="\/_astro\/harbour-logo\.[\w-]+\.svg"/);
    expect(home).toMatch(/<link rel="icon" href="\/_astro\/harbour-logo\.[\w-]+\.svg" type="image\/svg\+xml"/);
    expect(home).toContain('<link rel="stylesheet" href="/brand.css">');
    expect(await dist('brand.css')).toContain('--accent:#6b2a7a;');
    expect(home).not.toContain('Tandem');
    expect(await dist('my-data/index.html')).toContain('Everything you type into Harbour stays in this browser');
  });

  it('draws the installed app’s icons from the programme’s logo', async () => {
    const { default: sharp } = await import('sharp');
    for (const [file, size] of [['icon-192.png', 192], ['icon-512.png', 512], ['maskable-512.png', 512], ['apple-touch-icon.png', 180]] as const) {
      // Below the logo's white arc, the icon is the logo's purple (#6b2a7a), not the default logo's teal (#0b6b61).
      const at = { left: Math.round(size / 2) - 2, top: Math.round(size * 0.8) - 2, width: 4, height: 4 };
      const { data } = await sharp(join(project.dir, 'dist/icons', file)).extract(at).resize(1, 1).raw().toBuffer({ resolveWithObject: true });
      expect([...data.subarray(0, 3)], file).toEqual([0x6b, 0x2a, 0x7a]);
    }
  });

  it('shows the new charter section in the builder and on the blank charter', async () => {
    expect(await dist('tools/charter/index.html')).toContain('Working across shifts');
    expect(await dist('worksheets/charter/index.html')).toContain('Our plan for shift weeks');
  });

  it('words every checklist’s rhythm from the programme’s cadence, and lists the one-off checklist', async () => {
    const index = await dist('tools/reflection/index.html');
    expect(index).toMatch(/For mentors and mentees, every month\./);
    expect(index).toContain('Once, at a set point');
    expect(await dist('tools/reflection/before-session/index.html')).toContain('<li>Every month</li>');
  });

  it('prints the chosen kick-off pack with the programme’s name', async () => {
    const pack = await dist('worksheets/pack/index.html');
    expect(pack.match(/class="pack-sheet"/g)).toHaveLength(4);
    expect(pack).toContain('Mid-point review');
    expect(pack).toMatch(/<h2[^>]*>Session record<\/h2>/);
    expect(pack).toContain('Harbour');
    expect(pack).not.toContain('After a session');
  });

  it('without the lower minimum, the guide checks fail, naming the setting to change', async () => {
    const dir = project.dir;
    const relaxed = await readFile(join(dir, 'content/guide-checks.yaml'), 'utf8');
    // The shipped minimum (700 words), whatever the coordinator's own content/guide-checks.yaml says.
    await writeInto(dir, 'content/guide-checks.yaml', relaxed.replace(/^(\s*min:\s*)\d+/m, '$1700'));
    try {
      const result = await runIn(dir, [VITEST, 'run', '--config', 'tests/vitest.config.ts', 'tests/unit/guides-quality.test.ts']);
      expect(result.ok).toBe(false);
      expect(result.output).toMatch(/content\/guides\/mentoring-across-shifts\.mdx has \d+ words; guides need at least 700 \(to change the rule, edit words\.min in content\/guide-checks\.yaml\)/);
    } finally {
      await writeInto(dir, 'content/guide-checks.yaml', relaxed);
    }
  });

  it('passes `npm test`', async () => {
    // The suites that build copies of the project themselves are left out here: they run once, in the real tree.
    const result = await runIn(project.dir, [VITEST, 'run', '--config', 'tests/vitest.config.ts', '--exclude', 'tests/unit/content-*.test.ts', '--exclude', 'tests/unit/coordinator-edits.test.ts']);
    expect(result.ok, result.output.slice(-4000)).toBe(true);
    expect(result.output).toMatch(/Test Files\s+\d+ passed/);
  });
});
