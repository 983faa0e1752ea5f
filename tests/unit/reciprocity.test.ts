import { describe, expect, it } from 'vitest';
import { instrumentProblems } from '../../src/lib/reciprocity/instrument';
import type { Instrument } from '../../src/lib/reciprocity/schema';
import { balanceOf, bandFor, compare, itemScore, scoreAssessment, trends, type Answers } from '../../src/lib/reciprocity/score';
import type { Answer } from '../../src/lib/docs/assessment-doc';
import { instrument } from './helpers/instrument';

const inst = instrument();
const clone = (): Instrument => JSON.parse(JSON.stringify(inst));
/** The same answer to every item of a dimension (or all), respecting nothing else. */
const answerAll = (value: Answer, filter: (id: string) => boolean = () => true): Answers =>
  Object.fromEntries(inst.items.filter((i) => filter(i.id)).map((i) => [i.id, value]));
const dimItems = (dim: string) => inst.items.filter((i) => i.dimension === dim);

describe('the instrument in content/assessments/reciprocity.yaml', () => {
  it('is valid: at least four items in each dimension for both roles, bands without gaps', () => {
    expect(instrumentProblems(inst)).toEqual([]);
    for (const d of inst.dimensions) {
      const items = dimItems(d.id);
      expect(items.length, d.id).toBeGreaterThanOrEqual(4);
      for (const i of items) {
        expect(i.mentor.trim().length).toBeGreaterThan(0);
        expect(i.mentee.trim().length).toBeGreaterThan(0);
      }
      expect(items.some((i) => i.direction === 'give') && items.some((i) => i.direction === 'get'), d.id).toBe(true);
    }
  });
});

describe('next steps for one role', () => {
  it('are marked with the role they are for, so the other role does not see them', () => {
    const steps = inst.dimensions.flatMap((d) => d.bands.flatMap((b) => b.steps));
    expect(steps.some((s) => s.for)).toBe(true);
    for (const s of steps) {
      if (/^mentors?:/i.test(s.text)) expect(s.for, s.text).toBe('mentor');
      if (/^mentees?:/i.test(s.text)) expect(s.for, s.text).toBe('mentee');
    }
  });
});

describe('instrumentProblems rejects', () => {
  it('a dimension with too few items', () => {
    const b = clone();
    b.items = b.items.filter((i) => i.dimension !== 'growth' || i.id.endsWith('-1'));
    expect(instrumentProblems(b).map((p) => p.message)).toContain('dimension “growth” has 1 items for each role; it needs at least 4');
  });
  it('an item naming an unknown dimension', () => {
    const b = clone();
    b.items[0]!.dimension = 'happiness';
    expect(instrumentProblems(b).map((p) => p.message)).toContain(`item “${b.items[0]!.id}” names an unknown dimension “happiness”`);
  });
  it('bands that overlap, leave gaps or stop short of 100', () => {
    const b = clone();
    b.dimensions[0]!.bands[1]!.min = 45;
    b.dimensions[1]!.bands[1]!.min = 55;
    b.dimensions[2]!.bands[2]!.max = 99;
    const messages = instrumentProblems(b).map((p) => p.message);
    expect(messages).toContain('the bands of “mutual-value” overlap at 45');
    expect(messages).toContain('the bands of “openness” leave a gap from 50 to 54');
    expect(messages).toContain('the bands of “advocacy” must reach 100');
  });
  it('duplicate ids', () => {
    const b = clone();
    b.items[1]!.id = b.items[0]!.id;
    expect(instrumentProblems(b).map((p) => p.message)).toContain(`item id “${b.items[0]!.id}” is used twice`);
  });
});

describe('itemScore', () => {
  it('maps 1–5 to 0–100, flips reverse-scored items, and skips not-applicable', () => {
    expect([1, 2, 3, 4, 5].map((a) => itemScore({ reverse: false }, a as Answer))).toEqual([0, 25, 50, 75, 100]);
    expect([1, 2, 3, 4, 5].map((a) => itemScore({ reverse: true }, a as Answer))).toEqual([100, 75, 50, 25, 0]);
    expect(itemScore({ reverse: false }, 'na')).toBeNull();
    expect(itemScore({ reverse: false }, undefined)).toBeNull();
  });
});

describe('bands at each edge', () => {
  const dim = inst.dimensions[0]!;
  it.each([
    [0, 'needs-attention'],
    [49, 'needs-attention'],
    [50, 'developing'],
    [74, 'developing'],
    [75, 'strong'],
    [100, 'strong'],
  ])('%i is %s', (score, band) => {
    expect(bandFor(dim, score).id).toBe(band);
  });
  it('a new relationship is read more gently (leniency lifts the score before banding)', () => {
    const leniency = inst.stages.find((s) => s.id === 'new')!.leniency;
    expect(bandFor(dim, 49).id).toBe('needs-attention');
    expect(bandFor(dim, 49, leniency).id).toBe('developing');
    expect(bandFor(dim, 75 - leniency, leniency).id).toBe('strong');
    expect(bandFor(dim, 74 - leniency, leniency).id).toBe('developing');
    expect(bandFor(dim, 100, leniency).id).toBe('strong');
  });
});

describe('scoreAssessment', () => {
  it('scores every dimension and overall from complete answers', () => {
    const r = scoreAssessment(inst, 'mentee', 'established', answerAll(5));
    // With every item at 5, reverse-scored items count 0, so each dimension has one zero.
    for (const d of r.dimensions) {
      const items = dimItems(d.id);
      const expected = Math.round(((items.length - items.filter((i) => i.reverse).length) / items.length) * 100);
      expect(d.score, d.id).toBe(expected);
    }
    expect(r.answered).toBe(inst.items.length);
    expect(r.unanswered).toBe(0);
  });

  it('never counts unanswered or not-applicable items as low', () => {
    const onlyTwo = answerAll(4, (id) => dimItems('advocacy').slice(0, 2).some((i) => i.id === id));
    const r = scoreAssessment(inst, 'mentor', 'established', onlyTwo);
    const adv = r.dimensions.find((d) => d.id === 'advocacy')!;
    expect(adv.score).toBeNull(); // below minAnswers: too few to say
    expect(adv.band).toBeNull();
    expect(r.overall).toBeNull();

    const items = dimItems('advocacy');
    const withNa: Answers = { ...Object.fromEntries(items.map((i) => [i.id, 'na' as const])) };
    const forward = items.filter((i) => !i.reverse).slice(0, inst.minAnswers);
    for (const i of forward) withNa[i.id] = 5;
    const r2 = scoreAssessment(inst, 'mentor', 'established', withNa);
    const adv2 = r2.dimensions.find((d) => d.id === 'advocacy')!;
    expect(adv2.score).toBe(100);
    expect(adv2.answered).toBe(inst.minAnswers);
    expect(r2.notApplicable).toBe(items.length - inst.minAnswers);
  });

  it('words the band for the stage', () => {
    const answers = answerAll(3);
    const early = scoreAssessment(inst, 'mentee', 'new', answers).dimensions[0]!;
    const late = scoreAssessment(inst, 'mentee', 'established', answers).dimensions[0]!;
    expect(early.meaning).toBe(early.band!.meaning.new);
    expect(late.meaning).toBe(late.band!.meaning.established);
  });

  it('picks the two or three weakest dimensions below the top band to work on first', () => {
    const answers: Answers = {};
    inst.dimensions.forEach((d, n) => {
      for (const i of dimItems(d.id)) answers[i.id] = (i.reverse ? 6 - (n % 5) - 1 : (n % 5) + 1) as Answer;
    });
    const r = scoreAssessment(inst, 'mentor', 'established', answers);
    expect(r.priorities.length).toBeGreaterThanOrEqual(2);
    expect(r.priorities.length).toBeLessThanOrEqual(3);
    const scores = r.priorities.map((p) => p.score!);
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
    for (const p of r.priorities) expect(p.band!.id).not.toBe('strong');
  });
});

describe('the giving/getting balance', () => {
  it('names it in plain words', () => {
    expect(balanceOf(90, 40, 12).text).toBe('You give much more than you receive.');
    expect(balanceOf(70, 55, 12).text).toBe('You give more than you receive.');
    expect(balanceOf(60, 55, 12).text).toBe('What you give and what you receive are balanced.');
    expect(balanceOf(60, 72, 12).text).toBe('What you give and what you receive are balanced.');
    expect(balanceOf(55, 70, 12).text).toBe('You receive more than you give.');
    expect(balanceOf(20, 80, 12).text).toBe('You receive much more than you give.');
    expect(balanceOf(null, 80, 12).kind).toBe('unknown');
  });
  it('is computed from give and get items, with a note for the role and stage', () => {
    const gives = answerAll(5, (id) => inst.items.find((i) => i.id === id)!.direction === 'give' && !inst.items.find((i) => i.id === id)!.reverse);
    const gets = answerAll(1, (id) => inst.items.find((i) => i.id === id)!.direction === 'get' && !inst.items.find((i) => i.id === id)!.reverse);
    const r = scoreAssessment(inst, 'mentor', 'established', { ...gives, ...gets });
    expect(r.balance.kind).toBe('gives-much-more');
    expect(r.balance.note).toBe(inst.stages.find((s) => s.id === 'established')!.balanceNote.mentor);
  });
});

describe('trends', () => {
  it('follows each dimension across assessments, oldest first, with the latest change', () => {
    const t = trends(inst, [
      { date: '2026-10-01', role: 'mentee', stage: 'new', answers: answerAll(2) },
      { date: '2026-06-01', role: 'mentee', stage: 'new', answers: answerAll(4) },
      { date: '2026-12-01', role: 'mentee', stage: 'first-year', answers: {} },
    ]);
    const mv = t.find((x) => x.id === 'mutual-value')!;
    expect(mv.points.map((p) => p.date)).toEqual(['2026-06-01', '2026-10-01', '2026-12-01']);
    expect(mv.points[2]!.score).toBeNull();
    expect(mv.change).toBe(mv.points[1]!.score! - mv.points[0]!.score!);
    expect(mv.change).toBeLessThan(0);
  });
});

describe('comparing with the partner', () => {
  it('ranks the largest gaps and names them', () => {
    const me = { role: 'mentor' as const, stage: 'first-year' as const, answers: answerAll(4) };
    const partnerAnswers = answerAll(4);
    for (const i of dimItems('advocacy')) partnerAnswers[i.id] = i.reverse ? 5 : 1;
    for (const i of dimItems('rhythm')) partnerAnswers[i.id] = i.reverse ? 4 : 3;
    const c = compare(inst, me, { role: 'mentee', stage: 'first-year', answers: partnerAnswers, name: 'Amara' });
    expect(c.largest[0]!.id).toBe('advocacy');
    expect(c.largest[0]!.callout).toBe('You rate advocacy much higher than Amara does.');
    expect(c.largest.map((g) => g.id)).not.toContain('mutual-value');
    expect(c.gaps.find((g) => g.id === 'mutual-value')!.gap).toBe(0);
    expect(c.largest[0]!.conversation.length).toBeGreaterThan(0);
  });
  it('says “lower” the other way round, and skips dimensions either side cannot score', () => {
    const c = compare(inst, { role: 'mentee', stage: 'new', answers: answerAll(1) }, { role: 'mentor', stage: 'new', answers: answerAll(5), name: '' });
    expect(c.largest.every((g) => g.callout!.includes('lower than your partner does'))).toBe(true);
    const none = compare(inst, { role: 'mentee', stage: 'new', answers: {} }, { role: 'mentor', stage: 'new', answers: answerAll(5), name: 'X' });
    expect(none.largest).toEqual([]);
    expect(none.gaps.every((g) => g.gap === null)).toBe(true);
  });
});

describe('sharing results with the partner', async () => {
  const { decodeResults, encodeResults } = await import('../../src/lib/reciprocity/share');
  const { encodeShare } = await import('../../src/lib/share');
  const results = { instrument: 'reciprocity', name: 'Amara Okafor 🌍', role: 'mentee' as const, stage: 'new' as const, date: '2026-11-21T10:00:00.000Z', answers: answerAll(4) };

  it('round-trips through a link', async () => {
    const token = await encodeResults(results);
    expect(token).toMatch(/^1\.r\./);
    expect(await decodeResults(token, 'reciprocity')).toEqual({ ok: true, results });
  });
  it('rejects a tampered, truncated or foreign link, or another questionnaire', async () => {
    const token = await encodeResults(results);
    expect(await decodeResults(token.slice(0, -3), 'reciprocity')).toMatchObject({ ok: false, error: expect.stringMatching(/damaged or incomplete/) });
    expect(await decodeResults(token, 'another-instrument')).toMatchObject({ ok: false, error: expect.stringMatching(/different questionnaire/) });
    expect(await decodeResults(await encodeShare('reciprocity', { ...results, answers: { x: 9 } }), 'reciprocity')).toMatchObject({ ok: false, error: expect.stringMatching(/cannot read|can read/) });
    expect(await decodeResults(await encodeShare('charter', {}), 'reciprocity')).toMatchObject({ ok: false, otherKind: 'charter' });
  });
});
