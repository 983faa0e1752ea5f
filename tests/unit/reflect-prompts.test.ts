import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { reflectProblems } from '../../src/lib/checklists/reflect';

const CONTENT = resolve(import.meta.dirname, '../../content');
const checklists = new Map(
  readdirSync(join(CONTENT, 'checklists'))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => load(readFileSync(join(CONTENT, 'checklists', f), 'utf8')) as { id: string; audience: string[] })
    .map((c) => [c.id, c] as const),
);
const guides = readdirSync(join(CONTENT, 'guides'))
  .filter((f) => f.endsWith('.mdx'))
  .map((file) => {
    const text = readFileSync(join(CONTENT, 'guides', file), 'utf8');
    const front = load(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as { audience: string[] };
    // Code blocks show example markup (adapting-this-handbook): they are not prompts.
    const body = text.replace(/```[\s\S]*?```/g, '');
    const prompts = [...body.matchAll(/<Reflect\b([^>]*)>([\s\S]*?)<\/Reflect>/g)].map((m) => ({
      checklist: /\bchecklist="([^"]*)"/.exec(m[1]!)?.[1],
      readers: /\breaders="([^"]*)"/.exec(m[1]!)?.[1],
      text: m[2]!.trim(),
    }));
    return { file, audience: front.audience, prompts };
  });

describe('every <Reflect> prompt that links to a checklist links to one meant for the guide’s readers', () => {
  it('finds the prompts', () => {
    expect(guides.reduce((n, g) => n + g.prompts.length, 0)).toBeGreaterThanOrEqual(20);
  });
  // A guide without a linked prompt has nothing to check here (a describe with no test would fail).
  for (const g of guides.filter((x) => x.prompts.some((q) => q.checklist !== undefined))) {
    describe(g.file, () => {
      // A prompt may leave out its checklist (a reflection box without a link); the ones that link are checked.
      for (const p of g.prompts.filter((q) => q.checklist !== undefined)) {
        it(`“${p.text.slice(0, 60)}…” → ${p.checklist}${p.readers ? ` (for ${p.readers})` : ''}`, () => {
          const c = checklists.get(p.checklist!);
          expect(c, `a checklist “${p.checklist}” exists`).toBeDefined();
          expect(reflectProblems({ checklist: c!.id, checklistAudience: c!.audience, readers: p.readers, guideAudience: g.audience })).toEqual([]);
        });
      }
    });
  }
});

describe('reflectProblems', () => {
  const pair = ['mentor', 'mentee'];
  it('accepts a checklist for the guide’s whole audience', () => {
    expect(reflectProblems({ checklist: 'x', checklistAudience: pair, guideAudience: pair })).toEqual([]);
  });
  it('refuses a mentors’ checklist for a coordinators’ guide', () => {
    expect(reflectProblems({ checklist: 'mentor-self-reflection', checklistAudience: ['mentor'], guideAudience: ['coordinator'] })).toEqual([
      'the checklist “mentor-self-reflection” is for mentors, not for coordinators: link a checklist for them, or say who the prompt is for with readers="…"',
    ]);
  });
  it('accepts readers narrower than the guide, if the checklist is for them', () => {
    expect(reflectProblems({ checklist: 'x', checklistAudience: pair, readers: 'mentor, mentee', guideAudience: [...pair, 'coordinator'] })).toEqual([]);
    expect(reflectProblems({ checklist: 'x', checklistAudience: ['mentee'], readers: 'mentor', guideAudience: pair })).toHaveLength(1);
  });
  it('refuses readers outside the guide’s audience, and unknown readers', () => {
    expect(reflectProblems({ checklist: 'x', checklistAudience: ['coordinator'], readers: 'coordinator', guideAudience: pair })).toHaveLength(1);
    expect(reflectProblems({ checklist: 'x', checklistAudience: pair, readers: 'mentors', guideAudience: pair })[0]).toMatch(/not one of mentor, mentee, coordinator/);
  });
});
