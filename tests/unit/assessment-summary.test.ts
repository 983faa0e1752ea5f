import { describe, expect, it } from 'vitest';
import type { Answer, AssessmentDoc, Role } from '../../src/lib/docs/assessment-doc';
import { EARLIER_ID } from '../../src/lib/reciprocity/earlier-id';
import { SIDES, answerKey } from '../../src/lib/reciprocity/instrument';
import { assessmentSummaries } from '../../src/lib/relationship/assessment-summary';
import { instrument } from './helpers/instrument';
import { enT } from '../helpers/strings';

const inst = instrument();

/** Every behaviour answered: `self` (what I give) and `partner` (what I get). */
function answers(self: Answer, partner: Answer): Record<string, Answer> {
  const out: Record<string, Answer> = {};
  for (const b of inst.behaviours) for (const side of SIDES) out[answerKey(b.id, side)] = side === 'self' ? self : partner;
  return out;
}

/** Varied answers, the same both ways: 4 and 3 in turn. */
function balanced(): Record<string, Answer> {
  const out: Record<string, Answer> = {};
  inst.behaviours.forEach((b, i) => {
    for (const side of SIDES) out[answerKey(b.id, side)] = i % 2 ? 3 : 4;
  });
  return out;
}

let n = 0;
function assessment(role: Role, completedAt: string, a: Record<string, Answer>, extra: Partial<AssessmentDoc['data']> = {}): AssessmentDoc {
  n++;
  return {
    type: 'assessment',
    id: `a${n}`,
    v: 1,
    createdAt: completedAt,
    updatedAt: completedAt,
    data: { role, stage: 'established', name: '', status: 'complete', completedAt, instrument: inst.id, answers: a, ...extra },
  } as AssessmentDoc;
}

describe('a relationship’s self-assessments on its panel', () => {
  it('gives the latest score, band and balance for each role, mentee first', () => {
    const s = assessmentSummaries(inst, [
      assessment('mentor', '2026-10-01T10:00:00.000Z', balanced()),
      assessment('mentee', '2026-10-02T10:00:00.000Z', answers(5, 3)),
    ], enT);
    expect(s.map((x) => x.role)).toEqual(['mentee', 'mentor']);
    const mentee = s[0]!;
    expect(mentee.count).toBe(1);
    expect(mentee.trend).toBeNull();
    // Give 100, get 50: the band needs both directions, so this is not “Strong” (the weaker direction, 50, is “Developing”).
    expect(mentee.latest).toMatchObject({ date: '2026-10-02T10:00:00.000Z', overall: 50, band: 'Developing', compared: false });
    expect(mentee.latest!.balance).toBe('Giving much more than receiving');
    expect(s[1]!.latest!.balance).toBe('Balanced between giving and receiving');
  });

  it('gives the trend of the overall score since the one before, in the tool’s words', () => {
    const linked = { charterId: 'charter0000000001' };
    const s = assessmentSummaries(inst, [
      assessment('mentee', '2026-11-01T10:00:00.000Z', answers(5, 5), linked),
      assessment('mentee', '2026-09-01T10:00:00.000Z', answers(3, 3), linked),
    ], enT);
    expect(s).toHaveLength(1);
    expect(s[0]!.count).toBe(2);
    expect(s[0]!.latest!.overall).toBe(100);
    expect(s[0]!.trend).toBe('up 50 since the one before');
    expect(s[0]!.trendNote).toBeNull();
  });

  it('never trends assessments linked to no charter, or to different charters: they may be about different people', () => {
    const unlinked = assessmentSummaries(inst, [assessment('mentor', '2026-11-01T10:00:00.000Z', answers(5, 5)), assessment('mentor', '2026-09-01T10:00:00.000Z', answers(3, 3))], enT);
    expect(unlinked[0]).toMatchObject({ count: 2, trend: null, trendNote: 'not linked to a charter, so not followed over time' });
    const two = assessmentSummaries(inst, [
      assessment('mentor', '2026-11-01T10:00:00.000Z', answers(5, 5), { charterId: 'charter0000000001' }),
      assessment('mentor', '2026-09-01T10:00:00.000Z', answers(3, 3), { charterId: 'charter0000000002' }),
    ], enT);
    expect(two[0]).toMatchObject({ count: 1, otherRelationships: 1, trend: null });
  });

  it('on a panel that also lists other relationships’ assessments (a deleted charter’s), the trend says it is about the same charter', () => {
    const s = assessmentSummaries(inst, [
      assessment('mentor', '2026-09-01T10:00:00.000Z', answers(3, 3), { charterId: 'charterGone000001' }),
      assessment('mentor', '2026-10-01T10:00:00.000Z', answers(1, 1)),
      assessment('mentor', '2026-11-01T10:00:00.000Z', answers(5, 5), { charterId: 'charterGone000001' }),
    ], enT);
    // Counted and trended with its own charter's only; the unlinked one is named apart.
    expect(s[0]).toMatchObject({ count: 2, otherRelationships: 1, trend: 'up 50 since the one before' });
  });

  it('never scores or trends answers given to another questionnaire, and says how many there are', () => {
    const s = assessmentSummaries(inst, [
      assessment('mentor', '2026-08-01T10:00:00.000Z', { q1: 5 }, { instrument: EARLIER_ID }),
      assessment('mentor', '2026-11-01T10:00:00.000Z', answers(4, 4)),
    ], enT);
    expect(s[0]).toMatchObject({ role: 'mentor', count: 1, trend: null, otherQuestionnaire: 1 });
    const onlyEarlier = assessmentSummaries(inst, [assessment('mentee', '2026-08-01T10:00:00.000Z', { q1: 5 }, { instrument: EARLIER_ID })], enT);
    expect(onlyEarlier[0]).toMatchObject({ role: 'mentee', latest: undefined, count: 0, otherQuestionnaire: 1 });
  });

  it('leaves out drafts, shows no score for too few answers, and notes a partner comparison', () => {
    const few: Record<string, Answer> = { [answerKey(inst.behaviours[0]!.id, 'self')]: 4 };
    const s = assessmentSummaries(inst, [
      assessment('mentee', '2026-11-01T10:00:00.000Z', answers(4, 4), { status: 'draft' }),
      assessment('mentor', '2026-11-02T10:00:00.000Z', few, { compareWith: '1.a.xyz.00000000' }),
    ], enT);
    expect(s.map((x) => x.role)).toEqual(['mentor']);
    expect(s[0]!.latest).toMatchObject({ overall: null, band: null, balance: null, compared: true });
  });
});
