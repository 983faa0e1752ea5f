/**
 * The markup the tools draw once they run, with two of everything stored: html-validate's
 * recommended rules (as the built pages are checked in tests/build/pages.test.ts), and names that
 * make sense out of context. A screen-reader user who lists a page's buttons hears each name
 * alone: no two buttons may share one, and two links that share a name go to the same place.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { expect, ROOT, test } from './fixtures';
import { fixtureDoc, fixtureDocs, seed, type Doc } from './helpers';

/**
 * The project's rules, less two about how an attribute is written: the page's markup is read back
 * from the browser, whose serializer writes every boolean and empty attribute as `name=""`.
 */
const config = JSON.parse(readFileSync(join(ROOT, '.htmlvalidate.json'), 'utf8')) as ConfigData;
const htmlValidate = new HtmlValidate({ ...config, rules: { ...config.rules, 'attribute-empty-style': 'off', 'attribute-boolean-style': 'off' } });

const [charter, assessment, reflection] = fixtureDocs();
const session = fixtureDoc('session.v1.json');
const twin = <T extends Doc>(doc: T, id: string, patch: (data: Record<string, unknown>) => Record<string, unknown>): T => ({
  ...doc,
  id,
  data: patch(structuredClone(doc.data) as Record<string, unknown>),
});
/** Two of everything: a second charter, a second assessment in the same role, a second entry and session. */
const docs = [
  // With goals on both sides: each side has a goal 1.
  twin(charter!, charter!.id, (d) => ({ ...d, values: { ...(d['values'] as object), 'objectives.mentor': [{ id: 'gm1', text: 'Learn how graduates see the firm', success: '', milestones: [] }] } })),
  twin(charter!, 'c2c2c2c2c2c2c2c2', (d) => ({ ...d, title: 'Second pair' })),
  assessment!,
  twin(assessment!, 'a2a2a2a2a2a2a2a2', (d) => ({ ...d, completedAt: '2026-11-02T08:20:00.000Z' })),
  reflection!,
  twin(reflection!, 'r2r2r2r2r2r2r2r2', (d) => ({ ...d, date: '2026-10-17' })),
  session,
  twin(session, 's2s2s2s2s2s2s2s2', (d) => ({ ...d, date: '2026-10-27', discussed: 'The rota, again.' })),
  // The other pair met on the same day.
  twin(session, 's3s3s3s3s3s3s3s3', (d) => ({ ...d, charterId: 'c2c2c2c2c2c2c2c2', actions: [] })),
];

const PAGES = [
  '/tools/charter/',
  `/tools/charter/?id=${charter!.id}`,
  '/tools/reciprocity/',
  `/tools/reciprocity/?id=${assessment!.id}`,
  '/tools/reflection/after-session/',
  '/my-mentoring/',
  `/my-mentoring/?id=${session.id}`,
  '/my-data/',
];

/** Buttons the browser draws inside its own date and time fields. */
const BROWSER_OWN = /^Show (date|time) picker/;
/** One action offered in two places on purpose: the charter's next step, above and below it. */
const SAME_ACTION = ['Send it to your partner'];

async function ready(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  await expect(page.getByText(/^\s*(Loading|Opening|Scoring)\b[^]*…/)).toHaveCount(0);
}

/** Every button's and link's accessible name, as the browser's accessibility tree has it, with a link's address. */
async function controls(page: Page): Promise<{ role: string; name: string; href: string }[]> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
    nodes: { ignored: boolean; role?: { value: string }; name?: { value: string }; properties?: { name: string; value: { value: unknown } }[] }[];
  };
  await cdp.detach();
  return nodes
    .filter((n) => !n.ignored && (n.role?.value === 'button' || n.role?.value === 'link'))
    .map((n) => ({ role: n.role!.value, name: n.name?.value ?? '', href: String(n.properties?.find((p) => p.name === 'url')?.value.value ?? '') }));
}

for (const path of PAGES) {
  test(`${path}: valid markup once it runs, and every button and link named for what it acts on`, async ({ page, context }) => {
    await seed(context, docs);
    await page.clock.setFixedTime(new Date('2026-11-05T10:00:00Z'));
    await page.goto(path);
    await ready(page);

    const report = await htmlValidate.validateString(await page.content(), path);
    const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message} (${m.selector ?? ''})`));
    expect(messages).toEqual([]);

    const all = await controls(page);
    expect(all.filter((c) => !c.name.trim()), 'controls without a name').toEqual([]);
    const buttons = all.filter((c) => c.role === 'button' && !BROWSER_OWN.test(c.name) && !SAME_ACTION.includes(c.name)).map((c) => c.name);
    expect(buttons.filter((n, i) => buttons.indexOf(n) !== i), 'buttons that share a name').toEqual([]);
    const links = new Map<string, Set<string>>();
    for (const c of all.filter((x) => x.role === 'link')) links.set(c.name, (links.get(c.name) ?? new Set()).add(c.href));
    expect([...links].filter(([, hrefs]) => hrefs.size > 1).map(([name, hrefs]) => `${name}: ${[...hrefs].join(', ')}`), 'links that share a name but go to different places').toEqual([]);
  });
}
