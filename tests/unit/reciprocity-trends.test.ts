/**
 * How the self-assessment follows a relationship over time: only within one relationship and role,
 * a change counted only when more than the questionnaire's noise, and the overall's change over the
 * same parts both times.
 */
import { describe, expect, it } from 'vitest';
import type { Answer, AssessmentDoc, Role } from '../../src/lib/docs/assessment-doc';
import { trendGroups } from '../../src/lib/reciprocity/assessments';
import { answerKey } from '../../src/lib/reciprocity/instrument';
import { trendThresholdFor, trends, type Answers, type HistoryEntry } from '../../src/lib/reciprocity/score';
import { answersWhere as answersOf, instrument } from './helpers/instrument';
import { enT } from '../helpers/strings';

const inst = instrument();
const answersWhere = (pick: Parameters<typeof answersOf>[1]): Answers => answersOf(inst, pick);
const entry = (date: string, answers: Answers): HistoryEntry => ({ instrument: inst.id, date, role: 'mentee', stage: 'first-year', answers });
/** Varied answers, 3 and 4 in turn, the same both ways. */
const base = (b: (typeof inst.behaviours)[number]) => (inst.behaviours.indexOf(b) % 2 ? 3 : 4) as Answer;

describe('the smallest change that counts', () => {
  it.each([
    [1, 26],
    [2, 14],
    [3, 10],
    [4, 10],
    [5, 10],
    [6, 10],
    [40, 10],
  ])('with %i answers behind a direction: %i points', (answers, threshold) => {
    expect(trendThresholdFor(inst, answers)).toBe(threshold);
  });
});

describe('trends', () => {
  it('in a part resting on two answers a direction, one answer moving one step each way reads “about the same”; more counts', () => {
    // Mutual value rests on two answers each way (its third behaviour does not apply).
    const mv = inst.behaviours.filter((b) => b.dimension === 'mutual-value');
    const before = answersWhere((b) => (b.id === mv[2]!.id ? 'na' : b.dimension === 'mutual-value' ? 3 : base(b)));
    const oneStep = { ...before, [answerKey(mv[0]!.id, 'partner')]: 4 as Answer, [answerKey(mv[0]!.id, 'self')]: 4 as Answer };
    const t1 = trends(inst, [entry('2026-06-01', before), entry('2026-09-01', oneStep)], enT).dimensions.find((d) => d.id === 'mutual-value')!;
    expect([t1.change, t1.threshold, t1.text]).toEqual([13, 14, 'about the same']);
    const twoSteps = { ...before, [answerKey(mv[0]!.id, 'partner')]: 5 as Answer, [answerKey(mv[0]!.id, 'self')]: 5 as Answer, [answerKey(mv[1]!.id, 'self')]: 5 as Answer, [answerKey(mv[1]!.id, 'partner')]: 5 as Answer };
    const t2 = trends(inst, [entry('2026-06-01', before), entry('2026-09-01', twoSteps)], enT).dimensions.find((d) => d.id === 'mutual-value')!;
    expect([t2.change, t2.text]).toEqual([50, 'up 50']);
  });

  it('the overall change is worked out over the parts with a score both times, and says so', () => {
    const all = answersWhere(base);
    // The second time, growth was not answered: the overall shown would move on that alone.
    const noGrowth = answersWhere((b) => (b.dimension === 'growth' ? undefined : base(b)));
    const t = trends(inst, [entry('2026-06-01', all), entry('2026-09-01', noGrowth)], enT);
    expect(t.overall.change).toBe(0);
    expect(t.overall.text).toBe('about the same');
    expect(t.overall.note).toBe(`Worked out over the ${inst.dimensions.length - 1} parts with a score both times.`);
    const same = trends(inst, [entry('2026-06-01', all), entry('2026-09-01', answersWhere(() => 5))], enT);
    expect(same.overall.note).toBeNull();
    expect(same.overall.text).toMatch(/^up \d+$/);
  });

  it('a reversal is never “about the same”: the score follows the weaker direction, so what you give and what you get are named, and the turn said', () => {
    const before = answersWhere((_b, side) => (side === 'self' ? 3 : 5)); // receives much more
    const after = answersWhere((_b, side) => (side === 'self' ? 5 : 3)); // gives much more
    const t = trends(inst, [entry('2026-06-01', before), entry('2026-09-01', after)], enT);
    expect(t.overall.change).toBe(0);
    expect(t.overall.text).toBe('about the same, but what you give up 50, what you get down 50');
    expect(t.overall.note).toBe('The balance has turned: by your own answers you now give more than you receive, where before you received more.');
    for (const d of t.dimensions) expect(d.text).toBe('about the same, but what you give up 50, what you get down 50');
  });

  it('too few parts in common gives no overall change, and says why', () => {
    const first = inst.dimensions.slice(0, 4).map((d) => d.id);
    const last = inst.dimensions.slice(-4).map((d) => d.id);
    const t = trends(inst, [entry('2026-06-01', answersWhere((b) => (first.includes(b.dimension) ? base(b) : undefined))), entry('2026-09-01', answersWhere((b) => (last.includes(b.dimension) ? base(b) : undefined)))], enT);
    expect(t.overall.change).toBeNull();
    expect(t.overall.text).toBe('–');
    expect(t.overall.note).toBe(`Only 2 parts have a score both times, and an overall change needs ${inst.minimum.dimensions}.`);
  });
});

describe('which assessments a trend is drawn over', () => {
  let n = 0;
  const doc = (role: Role, day: string, charterId?: string, extra: Partial<AssessmentDoc['data']> = {}): AssessmentDoc => ({
    type: 'assessment',
    id: `t${++n}`,
    v: 1,
    createdAt: `${day}T09:00:00.000Z`,
    updatedAt: `${day}T09:00:00.000Z`,
    data: { role, stage: 'first-year', name: '', status: 'complete', completedAt: `${day}T09:00:00.000Z`, instrument: inst.id, answers: {}, ...(charterId ? { charterId } : {}), ...extra },
  });

  it('one relationship and one role each, oldest first; two mentees never share a trend; unlinked ones are counted, not trended', () => {
    const docs = [
      doc('mentor', '2026-09-01', 'charterA00000001'),
      doc('mentor', '2026-06-01', 'charterA00000001'),
      doc('mentor', '2026-07-01', 'charterB00000001'),
      doc('mentee', '2026-08-01', 'charterA00000001'),
      doc('mentor', '2026-05-01'),
      doc('mentor', '2026-10-01'),
      doc('mentor', '2026-11-01', 'charterA00000001', { status: 'draft' }),
      doc('mentor', '2026-11-02', 'charterA00000001', { instrument: 'reciprocity-2' }),
    ];
    const { groups, unlinked } = trendGroups(docs, inst.id);
    expect(unlinked).toBe(2);
    expect(groups.map((g) => [g.charterId, g.role, g.docs.map((d) => d.data.completedAt!.slice(0, 10))])).toEqual([
      ['charterA00000001', 'mentor', ['2026-06-01', '2026-09-01']],
      ['charterB00000001', 'mentor', ['2026-07-01']],
      ['charterA00000001', 'mentee', ['2026-08-01']],
    ]);
  });
});
