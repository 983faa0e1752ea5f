import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Answer, AssessmentDoc, Role, Stage } from '../../src/lib/docs/assessment-doc';
import { assessmentDocType } from '../../src/lib/docs';
import { byInstrument } from '../../src/lib/reciprocity/assessments';
import { earlier, scoreEarlier } from '../../src/lib/reciprocity/earlier';
import { EARLIER_ID, VERSION_2_ID } from '../../src/lib/reciprocity/earlier-id';
import { VERSION_2 } from '../../src/lib/reciprocity/version-2';
import { SIDES, answerKey, type Side } from '../../src/lib/reciprocity/instrument';
import { instrumentSchema } from '../../src/lib/reciprocity/schema';
import {
  balanceOf,
  bandFor,
  changeText,
  compare,
  points,
  sameAnswerText,
  scoreAssessment,
  trends,
  type Answers,
} from '../../src/lib/reciprocity/score';
import { readDocument } from '../../src/lib/storage/envelope';
import { answersWhere as answersOf, instrument, rawInstrument } from './helpers/instrument';
import { enT } from '../helpers/strings';
import { say } from '../../src/lib/storage/said';
import { english } from '../helpers/said';

const inst = instrument();
const ID = inst.id;
const behavioursOf = (dim: string) => inst.behaviours.filter((b) => b.dimension === dim);
const dimIds = inst.dimensions.map((d) => d.id);

/** Answers built from a rule: (behaviour, side) → answer, or undefined to leave it blank. */
const answersWhere = (pick: Parameters<typeof answersOf>[1]): Answers => answersOf(inst, pick);
/** A varied set of answers: no two neighbouring statements alike. */
const varied = answersWhere((_b, side) => (side === 'self' ? 4 : 3));
const score = (answers: Answers, role: Role = 'mentee', stage: Stage = 'established') => scoreAssessment(inst, role, stage, answers, enT);
const dim = (r: ReturnType<typeof score>, id: string) => r.dimensions.find((d) => d.id === id)!;

/** Validate a broken copy of the real file; the messages it gets. */
function problemsOf(change: (raw: ReturnType<typeof rawInstrument>) => void): string[] {
  const raw = rawInstrument();
  change(raw);
  const r = instrumentSchema.safeParse(raw);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('the fixture questionnaire (tests/fixtures/content/assessments/reciprocity.yaml)', () => {
  it('is paired: at least six dimensions, each with at least three behaviours, each with four wordings', () => {
    expect(inst.dimensions.length).toBeGreaterThanOrEqual(6);
    for (const d of inst.dimensions) expect(behavioursOf(d.id).length, d.id).toBeGreaterThanOrEqual(3);
    for (const b of inst.behaviours) {
      for (const role of ['mentor', 'mentee'] as const) for (const side of SIDES) expect(b[role][side].trim(), `${b.id} ${role}.${side}`).not.toBe('');
    }
  });

  it('asks each behaviour both ways: “I …” about what I do, “My mentor/mentee …” about what my partner does', () => {
    for (const b of inst.behaviours) {
      expect(b.mentor.self, b.id).toMatch(/^I /);
      expect(b.mentee.self, b.id).toMatch(/^I /);
      expect(b.mentor.partner, b.id).toMatch(/^My mentee /);
      expect(b.mentee.partner, b.id).toMatch(/^My mentor /);
      expect(b.mentor.self, b.id).toMatch(/my mentee/);
      expect(b.mentee.self, b.id).toMatch(/my mentor/);
    }
  });

  it('uses a frequency scale whose lowest answer is “Never / not yet”, “Does not apply to us” apart, a time frame, a trend threshold of 10 and the minimums of the rules', () => {
    expect(inst.scale).toEqual(['Never / not yet', 'Rarely', 'Sometimes', 'Often', 'Always']);
    expect(inst.inSentence).toEqual(['never', 'rarely', 'sometimes', 'often', 'always']);
    expect(inst.notApplicable).toBe('Does not apply to us');
    expect(inst.timeFrame).toBe('In the last three months');
    expect(inst.trendThreshold).toBe(10);
    expect(inst.minimum).toEqual({ dimensions: 4, behavioursEachWay: 2 });
    expect(inst.framing).toMatch(/conversation aid/);
    expect(inst.framing).toMatch(/not a validated measure/);
  });

  it('has a new id, so answers to the earlier questionnaire are never scored against it', () => {
    expect(ID).not.toBe(EARLIER_ID);
  });

  it('marks steps for one role with the role they are for, so the other role does not see them', () => {
    const steps = inst.dimensions.flatMap((d) => d.bands.flatMap((b) => b.steps));
    expect(steps.some((s) => s.for)).toBe(true);
    for (const s of steps) {
      if (/^mentors?:/i.test(s.text)) expect(s.for, s.text).toBe('mentor');
      if (/^mentees?:/i.test(s.text)) expect(s.for, s.text).toBe('mentee');
    }
  });
});

describe('the schema rejects', () => {
  it.each(['mentor.self', 'mentor.partner', 'mentee.self', 'mentee.partner'])('a behaviour missing its %s wording', (path) => {
    const [role, side] = path.split('.') as ['mentor' | 'mentee', Side];
    const messages = problemsOf((raw) => {
      delete (raw.behaviours[2]![role] as Record<string, unknown>)[side];
    });
    expect(messages).toContain(`behaviours.2.${path}: ${path} is missing: every behaviour needs four wordings (mentor.self, mentor.partner, mentee.self, mentee.partner)`);
  });

  it('a behaviour missing one role altogether', () => {
    const messages = problemsOf((raw) => {
      delete raw.behaviours[0]!['mentee'];
    });
    expect(messages.join('\n')).toMatch(/behaviours\.0\.mentee: mentee is missing/);
  });

  it('a dimension with fewer than three behaviours', () => {
    const messages = problemsOf((raw) => {
      raw.behaviours = raw.behaviours.filter((b) => b['dimension'] !== 'growth' || b['id'] === 'notice-progress');
    });
    expect(messages.join('\n')).toMatch(/dimension “growth” has 1 behaviours; it needs at least 3/);
  });

  it('a behaviour naming an unknown dimension', () => {
    const messages = problemsOf((raw) => {
      raw.behaviours[0]!['dimension'] = 'happiness';
    });
    expect(messages).toContain('behaviours.0.dimension: behaviour “inside-view” names an unknown dimension “happiness”');
  });

  it('bands that overlap, leave gaps or stop short of 100', () => {
    const messages = problemsOf((raw) => {
      const bands = (i: number) => raw.dimensions[i]!['bands'] as Record<string, number>[];
      bands(0)[1]!['min'] = 45;
      bands(1)[1]!['min'] = 55;
      bands(2)[2]!['max'] = 99;
      ((raw['overall'] as { bands: Record<string, number>[] }).bands[2]!)['min'] = 80;
    }).join('\n');
    expect(messages).toMatch(/the bands of “mutual-value” overlap at 45/);
    expect(messages).toMatch(/the bands of “openness” leave a gap from 50 to 54/);
    expect(messages).toMatch(/the bands of “advocacy” must reach 100/);
    expect(messages).toMatch(/the bands of the overall score leave a gap from 75 to 79/);
  });

  it('a statement that repeats another word for word, within what one role reads (case and spacing aside)', () => {
    const copy = problemsOf((raw) => {
      const b = raw.behaviours as { mentor: Record<string, string> }[];
      b[4]!.mentor['partner'] = `  ${b[1]!.mentor['self']!.toUpperCase()} `;
    });
    expect(copy.join('\n')).toMatch(/behaviours\.4\.mentor\.partner: the mentor’s statement .* \(share-mistakes mentor\.partner\) repeats teach-something-new mentor\.self word for word/);
    const sameSides = problemsOf((raw) => {
      const b = raw.behaviours[7] as { mentee: Record<string, string> };
      b.mentee['partner'] = b.mentee['self']!;
    });
    expect(sameSides.join('\n')).toMatch(/repeats introductions mentee\.self word for word/);
  });

  it('a gist without its {other}, and the earlier questionnaire’s id', () => {
    const messages = problemsOf((raw) => {
      raw.behaviours[0]!['gist'] = 'explain how things work';
      raw['id'] = 'reciprocity';
    }).join('\n');
    expect(messages).toMatch(/the gist of “inside-view” needs \{other\} exactly once/);
    expect(messages).toMatch(/the id “reciprocity” belongs to the earlier questionnaire/);
  });

  it('minimums no dimension can reach', () => {
    const messages = problemsOf((raw) => {
      raw['minimum'] = { dimensions: 7, behavioursEachWay: 4 };
    }).join('\n');
    expect(messages).toMatch(/minimum\.dimensions is 7, but there are only 6 dimensions/);
    expect(messages).toMatch(/minimum\.behavioursEachWay is 4, but “mutual-value” has only 3 behaviours/);
  });

  it('nothing in the shipped file', () => {
    expect(problemsOf(() => {})).toEqual([]);
  });
});

describe('points and bands', () => {
  it('maps Never … Always to 0 … 100, and leaves out “not yet” and unanswered', () => {
    expect(([1, 2, 3, 4, 5] as const).map(points)).toEqual([0, 25, 50, 75, 100]);
    expect(points('na')).toBeNull();
    expect(points(undefined)).toBeNull();
  });
  it.each([
    [0, 'needs-attention'],
    [49, 'needs-attention'],
    [50, 'developing'],
    [74, 'developing'],
    [75, 'strong'],
    [100, 'strong'],
  ])('%i is %s', (s, band) => {
    expect(bandFor(inst.dimensions[0]!.bands, s).id).toBe(band);
    expect(bandFor(inst.overall.bands, s).id).toBe(band);
  });
});

describe('scores that compare like with like', () => {
  it('gives each dimension what I give and what I get, and scores it by the weaker direction', () => {
    // Mutual value: give Always/Often/Sometimes, get Rarely on all three.
    const [a, b, c] = behavioursOf('mutual-value');
    const r = score({
      [answerKey(a!.id, 'self')]: 5,
      [answerKey(b!.id, 'self')]: 4,
      [answerKey(c!.id, 'self')]: 3,
      [answerKey(a!.id, 'partner')]: 2,
      [answerKey(b!.id, 'partner')]: 2,
      [answerKey(c!.id, 'partner')]: 2,
    });
    const mv = dim(r, 'mutual-value');
    expect([mv.give, mv.get, mv.score, mv.given, mv.got]).toEqual([75, 25, 25, 3, 3]);
    expect(mv.balance.kind).toBe('gives-much-more');
  });

  it('scores each direction from what was answered in that direction: an answer on one side only still counts', () => {
    const [a, b, c] = behavioursOf('openness');
    const r = score({
      [answerKey(a!.id, 'self')]: 5,
      [answerKey(a!.id, 'partner')]: 5,
      [answerKey(b!.id, 'self')]: 3,
      [answerKey(b!.id, 'partner')]: 3,
      [answerKey(c!.id, 'self')]: 1, // no partner answer for c: it still counts for what I give
    });
    const op = dim(r, 'openness');
    expect([op.given, op.got, op.give, op.get]).toEqual([3, 2, 50, 75]);
  });

  it('never counts “not yet / does not apply” as low', () => {
    const [a, b, c] = behavioursOf('advocacy');
    const base = { [answerKey(a!.id, 'self')]: 5, [answerKey(a!.id, 'partner')]: 5, [answerKey(b!.id, 'self')]: 5, [answerKey(b!.id, 'partner')]: 5 } as const;
    const withNa = dim(score({ ...base, [answerKey(c!.id, 'self')]: 'na', [answerKey(c!.id, 'partner')]: 'na' }), 'advocacy');
    expect(withNa.score).toBe(100);
    const r = score({ ...base, [answerKey(c!.id, 'self')]: 'na', [answerKey(c!.id, 'partner')]: 'na' });
    expect(r.notApplicable).toBe(2);
    expect(r.answered).toBe(4);
  });

  it('the stage never changes a score or a band; it is shown in words as what to expect', () => {
    const early = score(varied, 'mentee', 'new');
    const late = score(varied, 'mentee', 'established');
    expect(early.overall).toBe(late.overall);
    expect(early.overallBand).toEqual(late.overallBand);
    expect(early.dimensions.map((d) => [d.score, d.band?.id])).toEqual(late.dimensions.map((d) => [d.score, d.band?.id]));
    expect(early.expect).toBe(inst.stages.find((s) => s.id === 'new')!.expect);
    expect(late.expect).toBe(inst.stages.find((s) => s.id === 'established')!.expect);
    expect(dim(early, 'advocacy').expect).toBe(inst.dimensions.find((d) => d.id === 'advocacy')!.expect.new);
    expect(early.expect).not.toBe(late.expect);
  });
});

describe('minimum answers', () => {
  /** Every behaviour of these dimensions answered both ways. */
  const inDims = (ids: string[], a: Answer = 4, bAnswer: Answer = 3) => answersWhere((b, side) => (ids.includes(b.dimension) ? (side === 'self' ? a : bAnswer) : undefined));

  it('a dimension needs two behaviours answered in each direction, and says what is missing', () => {
    const [a, b] = behavioursOf('rhythm');
    const one = dim(score({ [answerKey(a!.id, 'self')]: 4, [answerKey(a!.id, 'partner')]: 4, [answerKey(b!.id, 'self')]: 4 }), 'rhythm');
    expect([one.score, one.band, one.give, one.get, one.given, one.got, one.needed]).toEqual([null, null, null, null, 2, 1, 1]);
    const two = dim(score({ [answerKey(a!.id, 'self')]: 4, [answerKey(a!.id, 'partner')]: 4, [answerKey(b!.id, 'self')]: 4, [answerKey(b!.id, 'partner')]: 2 }), 'rhythm');
    expect([two.score, two.needed]).toEqual([50, 0]); // give 75, get 50: the weaker direction
  });

  it('three answers in one dimension give no overall score (not “100 out of 100, strong”), and say what is missing', () => {
    const [a, b] = behavioursOf('mutual-value');
    const r = score({ [answerKey(a!.id, 'self')]: 5, [answerKey(a!.id, 'partner')]: 5, [answerKey(b!.id, 'self')]: 5 });
    expect(r.overall).toBeNull();
    expect(r.overallBand).toBeNull();
    expect(r.missing).toBe(
      'An overall score needs at least 4 of the 6 parts with a score, and 0 have one so far. A part has a score once 2 behaviours are answered in each direction. ' +
        'Still to answer: Mutual value (1 more), Openness and candour (4 more), From advice to advocacy (4 more), Questions before answers (4 more), Rhythm and follow-through (4 more), Growth on both sides (4 more).',
    );
  });

  it('two answers give no balance (not “you give much more than you receive”)', () => {
    const [a, b] = behavioursOf('advocacy');
    const r = score({ [answerKey(a!.id, 'self')]: 5, [answerKey(b!.id, 'partner')]: 1 });
    expect(r.balance.kind).toBe('unknown');
    expect(r.balance.text).toBe('There are not yet enough answers to say how giving and receiving balance.');
  });

  it('three scored dimensions are not enough; four are, and the overall score is their mean', () => {
    const three = score(inDims(dimIds.slice(0, 3)));
    expect(three.overall).toBeNull();
    expect(three.missing).toMatch(/and 3 have one so far/);
    expect(three.priorities).toEqual([]);
    const four = score(inDims(dimIds.slice(0, 4)));
    expect(four.missing).toBeNull();
    expect(four.overall).toBe(50); // give 75, get 50 in each: the weaker direction
    expect(four.balance.kind).toBe('gives-more');
    expect([four.balance.give, four.balance.get]).toEqual([75, 50]);
  });

  it('the balance note is worded for the role, the stage and the way the balance runs', () => {
    const r = score(varied, 'mentor', 'first-year'); // gives 75, gets 50
    expect(r.balanceNote).toBe(inst.stages.find((s) => s.id === 'first-year')!.balanceNote.mentor.givesMore);
  });
});

describe('the same answer to every statement', () => {
  it('is named, and no band or priority is shown, whatever the answer', () => {
    for (const a of [4, 5] as const) {
      const r = score(answersWhere(() => a));
      expect(r.sameAnswer).toBe(a);
      expect(r.overall).toBe(a === 4 ? 75 : 100); // the score itself is unchanged
      expect(r.overallBand).toBeNull();
      expect(r.dimensions.every((d) => d.band === null)).toBe(true);
      expect(r.priorities).toEqual([]);
      // What you give and what you get are known, and level: said so, never “not enough answers”.
      expect(r.balance.kind).toBe('balanced');
    }
    expect(sameAnswerText(inst, 4, enT)).toMatch(/^You gave the same answer \(“Often”\) to every statement you answered, so .* no band is shown/);
  });

  it('counts “not yet” as no answer, and one different answer is enough to read the bands', () => {
    expect(score(answersWhere((b, side) => (b.dimension === 'advocacy' ? 'na' : side === 'self' ? 4 : 4))).sameAnswer).toBe(4);
    const oneOff = score(answersWhere((b, side) => (b.id === 'follow-up' && side === 'partner' ? 3 : 4)));
    expect(oneOff.sameAnswer).toBeNull();
    expect(oneOff.overallBand).not.toBeNull();
  });
});

describe('what to work on first', () => {
  it('the two or three weakest dimensions below the top band, weakest first', () => {
    const level: Record<string, 1 | 2 | 3 | 4 | 5> = { 'mutual-value': 5, openness: 2, advocacy: 3, questions: 1, rhythm: 4, growth: 5 };
    const r = score(answersWhere((b, side) => (side === 'self' ? level[b.dimension]! : (Math.min(5, level[b.dimension]! + 1) as Answer))));
    expect(r.priorities.map((p) => p.id)).toEqual(['questions', 'openness', 'advocacy']);
    for (const p of r.priorities) expect(p.band!.id).not.toBe('strong');
  });
});

describe('the giving/getting balance in words', () => {
  it('names it, with “more” beyond the threshold and “much more” beyond twice it', () => {
    expect(balanceOf(90, 40, 12, enT).text).toBe('By your own answers, you give much more than you receive.');
    expect(balanceOf(70, 55, 12, enT).text).toBe('By your own answers, you give more than you receive.');
    expect(balanceOf(60, 48, 12, enT).text).toBe('By your own answers, what you give and what you receive are balanced.');
    expect(balanceOf(55, 70, 12, enT).text).toBe('By your own answers, you receive more than you give.');
    expect(balanceOf(20, 80, 12, enT).text).toBe('By your own answers, you receive much more than you give.');
    expect(balanceOf(null, 80, 12, enT).kind).toBe('unknown');
  });
});

describe('trends', () => {
  const entry = (date: string, answers: Answers, instrument = ID) => ({ instrument, date, role: 'mentee' as const, stage: 'first-year' as const, answers });
  const level = (self: Answer, partner: Answer) => answersWhere((_b, side) => (side === 'self' ? self : partner));

  it('read a change smaller than the threshold in the file (10 points) as “about the same”', () => {
    expect(changeText(9, inst.trendThreshold, enT)).toBe('about the same');
    expect(changeText(-9, inst.trendThreshold, enT)).toBe('about the same');
    expect(changeText(0, inst.trendThreshold, enT)).toBe('about the same');
    expect(changeText(10, inst.trendThreshold, enT)).toBe('up 10');
    expect(changeText(-13, inst.trendThreshold, enT)).toBe('down 13');
    expect(changeText(null, inst.trendThreshold, enT)).toBe('–');
  });

  it('follow the overall score and each dimension, oldest first', () => {
    const t = trends(inst, [entry('2026-10-01', level(3, 2)), entry('2026-06-01', level(4, 3)), entry('2026-11-01', level(3, 4))], enT);
    expect(t.overall.points.map((p) => p.date)).toEqual(['2026-06-01', '2026-10-01', '2026-11-01']);
    expect(t.overall.points.map((p) => p.score)).toEqual([50, 25, 50]); // each the weaker direction
    expect([t.overall.change, t.overall.text]).toEqual([25, 'up 25']);
    const small = trends(inst, [entry('2026-06-01', level(4, 3)), entry('2026-10-01', answersWhere((b, side) => (side === 'self' ? (b.dimension === 'growth' ? 3 : 4) : 3)))], enT);
    expect(small.dimensions.find((d) => d.id === 'mutual-value')!.text).toBe('about the same');
    expect(small.overall.text).toBe('about the same'); // 50 → 50
  });

  it('never include an assessment of the earlier questionnaire', () => {
    const t = trends(inst, [entry('2026-01-01', { 'mv-1': 5, 'mv-2': 5, 'mv-4': 5 }, EARLIER_ID), entry('2026-06-01', level(4, 3))], enT);
    expect(t.overall.points.map((p) => p.date)).toEqual(['2026-06-01']);
    expect(t.overall.change).toBeNull();
  });
});

describe('comparing with the partner', () => {
  const mentor = (answers: Answers, stage: Stage = 'first-year') => ({ instrument: ID, role: 'mentor' as const, stage, answers });
  const mentee = (answers: Answers, stage: Stage = 'first-year', name = 'Tomasz') => ({ instrument: ID, role: 'mentee' as const, stage, answers, name });

  it('sets what I say I do beside what my partner says they get, and names the largest gaps in both directions', () => {
    // I am the mentee; Tomasz the mentor. I say I often introduce him to people; he says it rarely happens.
    // He says he often explains how things work at his level; I say it rarely happens.
    const me = answersWhere((b, side) => (b.id === 'introductions' && side === 'self' ? 4 : b.id === 'inside-view' && side === 'partner' ? 2 : 3));
    const him = answersWhere((b, side) => (b.id === 'introductions' && side === 'partner' ? 2 : b.id === 'inside-view' && side === 'self' ? 4 : 3));
    const c = compare(inst, { instrument: ID, role: 'mentee', stage: 'first-year', answers: me }, { instrument: ID, role: 'mentor', stage: 'first-year', answers: him, name: 'Tomasz' }, enT);
    expect(c.ok).toBe(true);
    if (!c.ok) return;
    expect(c.largest.fromMe.map((g) => g.text)).toEqual(['You say you often introduce Tomasz to people who can help; Tomasz says it rarely happens.']);
    expect(c.largest.toMe.map((g) => g.text)).toEqual(['Tomasz says they often explain to you how things work at a different level of the organisation; you say it rarely happens.']);
    const intro = c.flows.find((f) => f.behaviour === 'introductions' && f.flow === 'from-me')!;
    expect([intro.giver, intro.receiver, intro.gap]).toEqual([4, 2, 2]);
    expect(c.flows).toHaveLength(inst.behaviours.length * 2);
    expect(c.stageNote).toBeNull();
  });

  it('names a gap the other way round (the receiver says more), skips “not yet”, and at most three per direction, largest first', () => {
    const me = answersWhere((b, side) => (side === 'self' ? (b.dimension === 'advocacy' ? 1 : b.dimension === 'growth' ? 2 : 3) : 'na'));
    const them = answersWhere((_b, side) => (side === 'partner' ? 5 : 3));
    const c = compare(inst, mentor(me), mentee(them, 'first-year', ''), enT);
    if (!c.ok) throw new Error(c.message);
    expect(c.largest.fromMe).toHaveLength(3);
    expect(c.largest.fromMe.map((g) => g.dimension)).toEqual(['advocacy', 'advocacy', 'advocacy']);
    expect(c.largest.fromMe[0]!.text).toBe('You say you never speak up for your partner with people who make decisions; your partner says it always happens.');
    expect(c.largest.toMe).toEqual([]); // my side of what I get is all “not yet”
  });

  it('leaves small gaps unnamed (under the file’s two steps)', () => {
    const c = compare(inst, mentor(answersWhere(() => 4)), mentee(answersWhere(() => 3)), enT);
    if (!c.ok) throw new Error(c.message);
    expect(c.largest).toEqual({ fromMe: [], toMe: [] });
    expect(c.flows.every((f) => f.gap === 1 || f.gap === -1)).toBe(true);
  });

  it('says so at the top when the two chose different stages', () => {
    const c = compare(inst, mentor(varied, 'new'), mentee(varied, 'established'), enT);
    if (!c.ok) throw new Error(c.message);
    expect(c.stageNote).toBe(
      'You chose “The first three months” and Tomasz chose “A year or longer”. You may be counting from different starting points: the scores do not change with the stage, but what to expect does, so agree on one before you talk about the gaps.',
    );
  });

  it('refuses answers from another questionnaire, and two people who answered as the same role', () => {
    const across = compare(inst, mentor(varied), { ...mentee(varied), instrument: EARLIER_ID }, enT);
    expect(across).toEqual({ ok: false, reason: 'instrument', message: expect.stringMatching(/different version of the questionnaire, which asks different questions, so they cannot be compared/) });
    const mine = compare(inst, { ...mentor(varied), instrument: EARLIER_ID }, mentee(varied), enT);
    expect(mine.ok).toBe(false);
    const same = compare(inst, mentor(varied), { ...mentee(varied), role: 'mentor' }, enT);
    expect(same).toMatchObject({ ok: false, reason: 'roles', message: 'You and Tomasz both answered as the mentor. A comparison sets a mentor’s answers beside a mentee’s, so choose an assessment you took as the mentee.' });
  });

  it('gives each dimension’s score on each side', () => {
    const c = compare(inst, mentor(answersWhere(() => 5)), mentee(varied), enT);
    if (!c.ok) throw new Error(c.message);
    expect(c.dimensions.map((d) => [d.id, d.mine, d.theirs])).toEqual(dimIds.map((id) => [id, 100, 50])); // varied: give 75, get 50
  });
});

describe('sharing results with the partner', async () => {
  const { decodeResults, encodeResults } = await import('../../src/lib/reciprocity/share');
  const { encodeShare } = await import('../../src/lib/share');
  const results = { instrument: ID, name: 'Amara Okafor 🌍', role: 'mentee' as const, stage: 'new' as const, date: '2026-11-21T10:00:00.000Z', answers: varied };

  it('round-trips through a link', async () => {
    const token = await encodeResults(results);
    expect(token).toMatch(/^1\.r\./);
    expect(await decodeResults(token, ID, enT)).toEqual({ ok: true, results, questionnaire: 'current' });
  });
  it('opens a link to the earlier questionnaire as such (read-only, never compared)', async () => {
    const old = { ...results, instrument: EARLIER_ID, answers: { 'mv-1': 4 as const } };
    expect(await decodeResults(await encodeResults(old), ID, enT)).toEqual({ ok: true, results: old, questionnaire: 'earlier' });
  });
  it('rejects a tampered, truncated or foreign link, or an unknown questionnaire', async () => {
    const token = await encodeResults(results);
    expect(english(await decodeResults(token.slice(0, -3), ID, enT))).toMatchObject({ ok: false, error: expect.stringMatching(/damaged or incomplete/) });
    expect(english(await decodeResults(await encodeResults({ ...results, instrument: 'reciprocity-9' }), ID, enT))).toMatchObject({ ok: false, error: expect.stringMatching(/different questionnaire/) });
    expect(english(await decodeResults(await encodeShare('reciprocity', { ...results, answers: { x: 9 } }), ID, enT))).toMatchObject({ ok: false, error: expect.stringMatching(/cannot read|can read/) });
    expect(english(await decodeResults(await encodeShare('charter', {}), ID, enT))).toMatchObject({ ok: false, otherKind: 'charter' });
  });
});

describe('nothing lost on the change: the stored assessments of both questionnaires', () => {
  const load = (file: string) => {
    const read = readDocument(assessmentDocType, JSON.parse(readFileSync(resolve(import.meta.dirname, '../fixtures/storage', file), 'utf8')));
    if (!read.ok) throw new Error(say(enT, read.error));
    return read.doc as AssessmentDoc;
  };
  const v1 = load('assessment.v1.json');
  const v2 = load('assessment.v1.questionnaire-2.json');

  it('both load, and both are earlier assessments of a questionnaire with a newer id', () => {
    expect(v1.data.instrument).toBe(EARLIER_ID);
    expect(v2.data.instrument).toBe(VERSION_2_ID);
    const split = byInstrument([v1, v2], ID);
    expect(split.current).toEqual([]);
    expect(split.earlier.map((d) => d.id)).toEqual([v1.id, v2.id]);
    expect(split.other).toEqual([]);
    // With version 2 as the handbook's questionnaire (a programme that has not moved on), it is current.
    expect(byInstrument([v1, v2], VERSION_2_ID)).toMatchObject({ current: [v2], earlier: [v1], other: [] });
  });

  it('the version-2 one scores with version 2 as it was released, whose every statement it answered', () => {
    const r = scoreAssessment(VERSION_2, v2.data.role, v2.data.stage, v2.data.answers, enT);
    expect(r.answered + r.notApplicable).toBe(r.total);
    expect(r.overall).not.toBeNull();
    expect(r.overallBand).not.toBeNull();
  });

  it('version 2 is kept as a valid questionnaire, answers to every one of whose statements it can read, and claims nothing its statements do not measure', () => {
    expect(VERSION_2.id).toBe(VERSION_2_ID);
    expect(instrumentSchema.safeParse(VERSION_2).success).toBe(true);
    const keys = new Set(VERSION_2.behaviours.flatMap((b) => SIDES.map((side) => answerKey(b.id, side))));
    expect(Object.keys(v2.data.answers).filter((k) => !keys.has(k))).toEqual([]);
    const texts = JSON.stringify([VERSION_2.stages, VERSION_2.dimensions.map((d) => [d.expect, d.bands.map((b) => b.meaning)]), VERSION_2.overall]);
    for (const claim of [/usual/i, /common/i, /changes careers/i, /not growing/i, /\bneither of you\b/i, /mostly from the mentor/i]) expect(texts).not.toMatch(claim);
    expect(VERSION_2.stages.map((x) => x.label)).toEqual(['The first three months', 'Three months to a year', 'A year or longer']);
  });

  it('the version-1 one opens with the earlier questionnaire’s statements and scores, as they were', () => {
    const r = scoreEarlier(v1.data.role, v1.data.answers);
    const mv = r.dimensions.find((d) => d.id === 'mutual-value')!;
    expect(mv.statements[0]).toEqual({ id: 'mv-1', text: 'I learn something new from my mentor in most of our conversations.', answer: 'Agree' });
    expect(mv.statements[2]!.answer).toBe(earlier.notApplicable);
    expect(mv.statements[3]!.answer).toBe('');
    expect([mv.answered, mv.score]).toEqual([2, null]); // fewer than the earlier minimum of 3
    expect(r.overall).toBeNull();
    const full = scoreEarlier('mentee', Object.fromEntries(earlier.items.map(([id, , reverse]) => [id, reverse ? 2 : 4] as const)));
    expect(full.dimensions.every((d) => d.score === 75)).toBe(true);
    expect(full.overall).toBe(75);
    // One dimension is no longer enough for an overall score.
    expect(scoreEarlier('mentor', { 'mv-1': 5, 'mv-2': 5, 'mv-4': 5 }).overall).toBeNull();
    const four = scoreEarlier('mentor', Object.fromEntries(earlier.items.filter(([, d]) => d !== 'rhythm' && d !== 'growth').map(([id, , reverse]) => [id, reverse ? 1 : 5] as const)));
    expect(four.overall).toBe(100);
  });

  it('an assessment of a questionnaire this version does not know is kept apart from both', () => {
    expect(byInstrument([{ ...v2, data: { ...v2.data, instrument: 'reciprocity-9' } }], ID).other).toHaveLength(1);
  });

  it('the assessment document did not need a new version: both questionnaires store the same shape', () => {
    expect(assessmentDocType.version).toBe(1);
    expect(v1.v).toBe(1);
    expect(v2.v).toBe(1);
  });
});
