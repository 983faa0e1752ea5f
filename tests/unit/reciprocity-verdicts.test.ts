/**
 * What the reciprocity results tell a person, case by case: the uncomfortable cases first. Each row
 * says what the verdict must say and what it must never say to that person.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answer, Role, Stage } from '../../src/lib/docs/assessment-doc';
import { answerKey } from '../../src/lib/reciprocity/instrument';
import { compare, comparisonVerdict, dimensionMissing, gapText, scoreAssessment, type Answers, type Result } from '../../src/lib/reciprocity/score';
import { answersWhere as answersOf, instrument } from './helpers/instrument';
import { enT } from '../helpers/strings';

const inst = instrument();
const ID = inst.id;

const answersWhere = (pick: Parameters<typeof answersOf>[1]): Answers => answersOf(inst, pick);
const score = (answers: Answers, role: Role = 'mentee', stage: Stage = 'established') => scoreAssessment(inst, role, stage, answers, enT);
const dim = (r: Result, id: string) => r.dimensions.find((d) => d.id === id)!;

/** Every sentence the results screen shows for a result, in reading order. */
function said(r: Result): string {
  const out: string[] = [];
  if (r.overallBand) out.push(r.overallBand.label, r.overallBand.meaning);
  if (r.sameAnswerText) out.push(r.sameAnswerText);
  if (r.nearSameText) out.push(r.nearSameText);
  if (r.littleHappening) out.push(r.littleHappening);
  if (r.excluded) out.push(r.excluded);
  out.push(r.balance.text);
  if (r.balance.kind !== 'unknown') out.push(r.balanceNote);
  if (r.oneSidedAdvice.give) out.push(r.oneSidedAdvice.give);
  if (r.oneSidedAdvice.get) out.push(r.oneSidedAdvice.get);
  for (const d of r.dimensions) {
    if (d.band) out.push(d.band.label);
    if (d.verdict) out.push(d.verdict);
    if (d.nearBoundary) out.push(d.nearBoundary);
  }
  for (const p of r.priorities) {
    if (p.bandSteps) out.push(...inst.dimensions.find((x) => x.id === p.id)!.bands.find((b) => b.id === p.band!.id)!.steps.filter((s) => !s.for || s.for === r.role).map((s) => s.text));
    else out.push(p.verdict ?? '');
  }
  if (r.overall !== null && r.sameAnswer === null && r.priorities.length === 0) out.push(r.allStrong ?? '');
  if (r.waiting) out.push(r.waiting);
  return out.join('\n');
}

const exploited = answersWhere((_b, side) => (side === 'self' ? 5 : 1));
const exploitedRarely = answersWhere((_b, side) => (side === 'self' ? 5 : 2));
const taking = answersWhere((_b, side) => (side === 'self' ? 1 : 5));
const TELLS_TO_GIVE_MORE = /offer (one thing|something) back|give more|still mostly take|be useful to the other|what they would like more of from you|worthwhile for them/i;

interface Case {
  name: string;
  role: Role;
  stage: Stage;
  answers: Answers;
  must: RegExp[];
  mustNot: RegExp[];
  safety: boolean;
}

const cases: Case[] = [
  ...(['new', 'first-year', 'established'] as const).flatMap((stage): Case[] => [
    {
      name: `an exploited mentee (gives Always, gets Never), ${stage}`,
      role: 'mentee',
      stage,
      answers: exploited,
      must: [/By your own answers, you give much more than you receive/, /Strong from you, needs attention towards you/],
      mustNot: [TELLS_TO_GIVE_MORE, /\bboth\b/i, /\bneither\b/i],
      safety: true,
    },
    {
      name: `an exploited mentee (gives Always, gets Rarely), ${stage}`,
      role: 'mentee',
      stage,
      answers: exploitedRarely,
      must: [/By your own answers, you give much more than you receive/, /Strong from you, needs attention towards you/],
      mustNot: [TELLS_TO_GIVE_MORE, /\bneither\b/i],
      safety: true,
    },
  ]),
  {
    name: 'a mentor who gives everything and gets nothing',
    role: 'mentor',
    stage: 'established',
    answers: exploited,
    must: [/you give much more than you receive/, /Strong from you, needs attention towards you/],
    mustNot: [TELLS_TO_GIVE_MORE, /\bneither\b/i],
    safety: true,
  },
  {
    name: 'a mentee who gets everything and gives nothing',
    role: 'mentee',
    stage: 'established',
    answers: taking,
    must: [/By your own answers, you receive much more than you give/, /Needs attention from you, strong towards you/],
    mustNot: [/\bneither\b/i, /You give much more/],
    safety: false,
  },
  {
    name: 'all “Never”',
    role: 'mentee',
    stage: 'first-year',
    answers: answersWhere(() => 1),
    must: [/little is happening/i, /Needs attention/],
    mustNot: [/Try answering again/, /strong/i],
    safety: true,
  },
  {
    name: 'all “Often”',
    role: 'mentee',
    stage: 'established',
    answers: answersWhere(() => 4),
    must: [/same answer \(“Often”\) to every statement/],
    mustNot: [/Strong/, /little is happening/i],
    safety: false,
  },
  {
    name: 'all the same but one',
    role: 'mentee',
    stage: 'established',
    answers: answersWhere((b, side) => (b.id === 'follow-up' && side === 'partner' ? 3 : 4)),
    // One answer a step lower crosses a band boundary: the part is named as it is, and nothing more.
    must: [/All your answers but one were “Often”/, /Strong from you, developing towards you\./],
    mustNot: [/Every dimension you answered is strong/, /need not do more|power and safety|contact for concerns|What to do about it/],
    safety: false,
  },
];

describe('verdicts, the uncomfortable cases first', () => {
  it.each(cases)('$name', (c) => {
    const r = score(c.answers, c.role, c.stage);
    // A part's title ("Growth on both sides") is not a verdict.
    const text = inst.dimensions.reduce((t, d) => t.replaceAll(d.title, d.id), said(r));
    for (const m of c.must) expect(text).toMatch(m);
    for (const m of c.mustNot) expect(text).not.toMatch(m);
    expect(r.safety).toBe(c.safety);
  });

  it('an exploited mentee: the stage note never tells them to give more, at any stage, and the results point to the safety guide', () => {
    const notes = (['new', 'first-year', 'established'] as const).map((s) => score(exploited, 'mentee', s).balanceNote);
    expect(notes.map((n) => TELLS_TO_GIVE_MORE.test(n))).toEqual([false, false, false]);
    expect(new Set(notes).size).toBe(3); // still worded for the stage
    expect(score(taking, 'mentee', 'established').balanceNote).toBe(inst.stages.find((s) => s.id === 'established')!.balanceNote.mentee.receivesMore);
    expect(inst.safetyGuide).toBe('harbour-safety');
  });

  it('the headline does not hide one-sidedness: give 100 / get 50 is not “Strong”, give 100 / get 0 is not “Developing”', () => {
    const half = dim(score(answersWhere((b, side) => (b.dimension === 'mutual-value' ? (side === 'self' ? 5 : 3) : 3))), 'mutual-value');
    expect([half.give, half.get, half.score, half.band?.id, half.oneSided?.stronger]).toEqual([100, 50, 50, 'developing', 'give']);
    expect(half.verdict).toMatch(/^Strong from you, developing towards you/);
    expect(half.verdict).not.toMatch(/You both give and both gain/);
    const none = dim(score(exploited), 'mutual-value');
    expect([none.score, none.band?.id]).toEqual([0, 'needs-attention']);
  });

  it('every statement “does not apply”: never told to answer more, when nothing is left to answer', () => {
    const r = score(answersWhere(() => 'na'));
    expect(r.overall).toBeNull();
    expect(r.missing).not.toMatch(/more\)|Answer \d+ more/);
    expect(r.missing).toContain(`“${inst.notApplicable}”`);
    for (const d of r.dimensions) {
      expect(d.needed, d.id).toBe(0);
      expect(dimensionMissing(d, inst.minimum.behavioursEachWay, inst.notApplicable, enT), d.id).not.toMatch(/Answer \d+ more/);
    }
    // Half the statements left blank: those can still be answered, and are counted.
    const half = score(answersWhere((b) => (inst.behaviours.indexOf(b) % 2 ? 'na' : undefined)));
    expect(half.missing).toMatch(/\(\d+ more\)/);
  });

  it('“does not apply” on one side only keeps the other side', () => {
    const answers = answersWhere((b, side) => {
      if (b.id === 'speak-up') return side === 'self' ? 'na' : 5;
      if (b.dimension === 'advocacy') return 2;
      return side === 'self' ? 4 : 3;
    });
    const adv = dim(score(answers), 'advocacy');
    expect([adv.give, adv.get, adv.given, adv.got]).toEqual([25, 50, 2, 3]);
    expect([adv.giveBand?.id, adv.getBand?.id, adv.band?.id]).toEqual(['needs-attention', 'developing', 'needs-attention']);
    expect(adv.verdict).not.toMatch(/Neither/);
    expect(adv.verdict).toMatch(/^Needs attention from you, developing towards you/);
  });

  it('a band one answer from a boundary says so; one far from it does not', () => {
    const answers = answersWhere((b) => (b.dimension === 'mutual-value' ? 4 : b.dimension === 'openness' ? 5 : 3));
    const r = score(answers);
    expect(dim(r, 'mutual-value').nearBoundary).toBe('One answer from “Developing”: one answer a step lower would make it so.');
    expect(dim(r, 'openness').nearBoundary).toBeNull();
    expect(dim(r, 'advocacy').nearBoundary).toMatch(/^One answer from “Needs attention”/);
  });

  it('no overlap between the two partners’ answers: too little in common to compare, never “much the same way”', () => {
    const first = inst.dimensions.slice(0, 3).map((d) => d.id);
    const mine = answersWhere((b) => (first.includes(b.dimension) ? 4 : 'na'));
    const theirs = answersWhere((b) => (first.includes(b.dimension) ? 'na' : 2));
    const c = compare(inst, { instrument: ID, role: 'mentee', stage: 'established', answers: mine }, { instrument: ID, role: 'mentor', stage: 'established', answers: theirs, name: 'Ana' }, enT);
    if (!c.ok) throw new Error('expected a comparison');
    expect(c.overlap).toEqual({ fromMe: 0, toMe: 0, needed: inst.minimum.dimensions * inst.minimum.behavioursEachWay });
    for (const flow of ['from-me', 'to-me'] as const) {
      const t = comparisonVerdict(c, flow, enT);
      expect(t).not.toMatch(/much the same way/);
      expect(t).toMatch(/too little in common to compare/);
    }
  });

  it('an exploited mentee reads what to do about the one-sided parts once, naming them, not in every part and every priority', () => {
    const r = score(exploited, 'mentee', 'first-year');
    const text = said(r);
    // Every part runs the same way, and so does the balance, whose note says what to do: the parts are only named.
    expect(r.oneSidedAdvice.give).toBe('In every part with a score, by your own answers, what you give outweighs what you get.');
    expect(r.oneSidedAdvice.get).toBeNull();
    expect(text.match(/doing still more|need not do more/gi)).toHaveLength(1);
    // One part one-sided, the rest level: the part is named with what to do.
    const one = score(answersWhere((b, side) => (b.dimension === 'openness' ? (side === 'self' ? 5 : 2) : inst.behaviours.indexOf(b) % 2 ? 3 : 4)), 'mentee', 'first-year');
    expect(one.balance.kind).toBe('balanced');
    expect(one.oneSidedAdvice.give).toMatch(/^In Openness and candour, by your own answers, what you give outweighs what you get\. You need not do more here: tell your mentor/);
    // Much more in that part: the concerns contact is named, and shown on the page.
    expect(one.oneSidedAdvice.give).toMatch(/If it feels unfair, use the contact for concerns on this page\.$/);
    expect(one.safety).toBe(true);
    // A small difference that crosses a band: named, without advice or the concerns contact.
    const mild = score(answersWhere((b, side) => (b.dimension === 'openness' ? (side === 'self' ? 4 : inst.behaviours.filter((x) => x.dimension === 'openness').indexOf(b) ? 4 : 3) : inst.behaviours.indexOf(b) % 2 ? 3 : 4)), 'mentee', 'first-year');
    expect(dim(mild, 'openness').oneSided?.stronger).toBe('give');
    expect(dim(mild, 'openness').leans).toBeNull();
    expect(mild.oneSidedAdvice.give).toBeNull();
    expect(mild.safety).toBe(false);
    // Leaning the same way within one band (67 / 50): the band's steps never ask the giver for more.
    const within = score(answersWhere((b, side) => (b.dimension === 'openness' ? (side === 'self' ? (inst.behaviours.filter((x) => x.dimension === 'openness').indexOf(b) ? 4 : 3) : 3) : inst.behaviours.indexOf(b) % 2 ? 3 : 4)), 'mentee', 'first-year');
    const o = dim(within, 'openness');
    expect([o.giveBand?.id, o.getBand?.id, o.leans, o.bandSteps]).toEqual(['developing', 'developing', 'give', false]);
    expect(within.oneSidedAdvice.give).toMatch(/^In Openness and candour, by your own answers, what you give outweighs what you get\. You need not do more here/);
    for (const d of r.dimensions) expect(d.verdict).toBe(`${d.oneSided!.label} What to do about it is under “Giving and getting”.`);
  });

  it('“Never / not yet” counts as 0; “Does not apply to us” is left out and counted: the two answers are never one', () => {
    const notYet = score(answersWhere((b, side) => (b.dimension === 'advocacy' && side === 'partner' ? 1 : inst.behaviours.indexOf(b) % 2 ? 3 : 4)));
    const doesNotApply = score(answersWhere((b, side) => (b.dimension === 'advocacy' && side === 'partner' ? 'na' : inst.behaviours.indexOf(b) % 2 ? 3 : 4)));
    expect(inst.scale[0]).toBe('Never / not yet');
    expect(dim(notYet, 'advocacy').get).toBe(0);
    expect(notYet.excluded).toBeNull();
    expect(dim(doesNotApply, 'advocacy').get).toBeNull();
    const n = inst.behaviours.filter((b) => b.dimension === 'advocacy').length;
    expect(doesNotApply.excluded).toBe(`${n} statements answered “Does not apply to us” are left out of the scores.`);
    expect(score({ [answerKey(inst.behaviours[0]!.id, 'self')]: 'na' }).excluded).toBe('1 statement answered “Does not apply to us” is left out of the scores.');
  });

  it('a part the stage puts later is never among the first to work on before that stage, unless you give more there than you get', () => {
    // Advocacy is the weakest part, evenly, for a new pair: it waits, and says so.
    const weakAdvocacy = answersWhere((b) => (b.dimension === 'advocacy' ? 2 : inst.behaviours.indexOf(b) % 2 ? 3 : 4));
    const early = score(weakAdvocacy, 'mentee', 'new');
    expect(early.priorities.map((p) => p.id)).not.toContain('advocacy');
    expect(early.waiting).toBe('From advice to advocacy can wait until “Three months to a year”, so it is not among these.');
    const later = score(weakAdvocacy, 'mentee', 'first-year');
    expect(later.priorities[0]!.id).toBe('advocacy');
    expect(later.waiting).toBeNull();
    // Where a new mentee gives much more than they get, the part is never held back.
    const usedEarly = score(answersWhere((b, side) => (b.dimension === 'advocacy' ? (side === 'self' ? 5 : 1) : inst.behaviours.indexOf(b) % 2 ? 3 : 4)), 'mentee', 'new');
    expect(usedEarly.priorities[0]!.id).toBe('advocacy');
    expect(usedEarly.waiting).toBeNull();
    // Nothing else below the top band: no “every dimension is strong”, and the wait is named.
    const onlyAdvocacy = score(answersWhere((b) => (b.dimension === 'advocacy' ? 2 : inst.behaviours.indexOf(b) % 2 ? 4 : 5)), 'mentee', 'new');
    expect(onlyAdvocacy.priorities).toEqual([]);
    expect(onlyAdvocacy.allStrong).toBeNull();
    expect(onlyAdvocacy.waiting).toMatch(/can wait until/);
  });

  it('a gap is named with the scale’s words as they read in a sentence, not its labels', () => {
    const b = inst.behaviours.find((x) => x.id === 'introductions')!;
    expect(gapText(inst, b, { flow: 'from-me', giver: 1, receiver: 4 }, 'Ana', enT)).toBe(`You say you never ${b.gist.replace('{other}', 'Ana')}; Ana says it often happens.`);
  });

  it('parts leaning opposite ways are never called balanced, though the totals are level', () => {
    const firstHalf = inst.dimensions.slice(0, 3).map((d) => d.id);
    const r = score(answersWhere((b, side) => ((firstHalf.includes(b.dimension) ? side === 'self' : side === 'partner') ? 5 : 1)), 'mentee', 'first-year');
    expect([r.balance.give, r.balance.get]).toEqual([50, 50]);
    expect(r.balance.kind).toBe('mixed');
    expect(r.balance.text).toBe('By your own answers, you give more in some parts and receive more in others, so the totals only look level.');
    expect(r.balanceNote).toBe('');
    expect(said(r)).not.toMatch(/are balanced|about level/);
    expect(r.oneSidedAdvice.give).toMatch(/what you give outweighs what you get/);
    expect(r.oneSidedAdvice.get).toMatch(/what you get outweighs what you give/);
  });

  it('all “Never”: the band’s advice to “pick the parts marked below” is not given, when none are marked', () => {
    const r = score(answersWhere(() => 1));
    expect(r.overallText).toBeNull();
    expect(r.littleHappening).not.toBeNull();
  });

  it('giving more than getting overall, every part strong: the guide and contact are on the page, and nobody is told to keep it up', () => {
    const r = score(answersWhere((_b, side) => (side === 'self' ? 5 : 4)), 'mentee', 'first-year');
    expect(r.balance.kind).toBe('gives-more');
    expect(r.safety).toBe(true);
    expect(r.priorities).toEqual([]);
    expect(r.allStrong).toMatch(/what you give still outweighs what you get/);
    expect(r.allStrong).not.toMatch(/Keep the habits/);
  });

  it('a comparison with enough in common and no big gaps says so', () => {
    const all = answersWhere(() => 4);
    const c = compare(inst, { instrument: ID, role: 'mentee', stage: 'established', answers: all }, { instrument: ID, role: 'mentor', stage: 'established', answers: all, name: 'Ana' }, enT);
    if (!c.ok) throw new Error('expected a comparison');
    expect(comparisonVerdict(c, 'from-me', enT)).toMatch(/much the same way/);
  });
});

// ---------------------------------------------------------------------------------------------
// Properties

const answerArb: fc.Arbitrary<Answer | undefined> = fc.constantFrom<Answer | undefined>(1, 2, 3, 4, 5, 'na', undefined);
const answersArb = fc.array(answerArb, { minLength: inst.behaviours.length * 2, maxLength: inst.behaviours.length * 2 }).map((xs) => {
  const out: Record<string, Answer> = {};
  inst.behaviours.forEach((b, i) => {
    const s = xs[2 * i];
    const p = xs[2 * i + 1];
    if (s !== undefined) out[answerKey(b.id, 'self')] = s;
    if (p !== undefined) out[answerKey(b.id, 'partner')] = p;
  });
  return out as Answers;
});
const roleArb = fc.constantFrom<Role>('mentor', 'mentee');
const stageArb = fc.constantFrom<Stage>('new', 'first-year', 'established');
const rank = (d: Result['dimensions'][number]) => (d.band ? inst.dimensions.find((x) => x.id === d.id)!.bands.findIndex((b) => b.id === d.band!.id) : null);

describe('properties of the verdicts', () => {
  it('raising any “get” answer never lowers the get score or the band', () => {
    fc.assert(
      fc.property(answersArb, fc.nat(inst.behaviours.length - 1), roleArb, stageArb, (answers, i, role, stage) => {
        const b = inst.behaviours[i]!;
        const key = answerKey(b.id, 'partner');
        const a = answers[key];
        fc.pre(typeof a === 'number' && a < 5);
        const before = scoreAssessment(inst, role, stage, answers, enT);
        const after = scoreAssessment(inst, role, stage, { ...answers, [key]: ((a as number) + 1) as Answer }, enT);
        fc.pre(after.sameAnswer === null && before.sameAnswer === null);
        const d0 = dim(before, b.dimension);
        const d1 = dim(after, b.dimension);
        if (d0.get !== null) expect(d1.get!).toBeGreaterThanOrEqual(d0.get);
        if (rank(d0) !== null) expect(rank(d1)!).toBeGreaterThanOrEqual(rank(d0)!);
      }),
      { numRuns: 300 },
    );
  });

  it('swapping the two directions mirrors the result', () => {
    const mirror: Record<string, string> = { 'gives-much-more': 'receives-much-more', 'gives-more': 'receives-more', balanced: 'balanced', mixed: 'mixed', 'receives-more': 'gives-more', 'receives-much-more': 'gives-much-more', unknown: 'unknown' };
    fc.assert(
      fc.property(answersArb, roleArb, (answers, role) => {
        const swapped: Record<string, Answer> = {};
        for (const b of inst.behaviours) {
          const s = answers[answerKey(b.id, 'self')];
          const p = answers[answerKey(b.id, 'partner')];
          if (s !== undefined) swapped[answerKey(b.id, 'partner')] = s;
          if (p !== undefined) swapped[answerKey(b.id, 'self')] = p;
        }
        const r = scoreAssessment(inst, role, 'established', answers, enT);
        const m = scoreAssessment(inst, role, 'established', swapped, enT);
        expect(m.overall).toBe(r.overall);
        expect(m.balance.kind).toBe(mirror[r.balance.kind]);
        r.dimensions.forEach((d, i) => {
          const e = m.dimensions[i]!;
          expect([e.give, e.get, e.score, e.band?.id]).toEqual([d.get, d.give, d.score, d.band?.id]);
          expect(e.oneSided?.stronger ?? null).toBe(d.oneSided ? (d.oneSided.stronger === 'give' ? 'get' : 'give') : null);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('no verdict says “both” or “neither” when one direction disagrees', () => {
    fc.assert(
      fc.property(answersArb, roleArb, stageArb, (answers, role, stage) => {
        const r = scoreAssessment(inst, role, stage, answers, enT);
        for (const d of r.dimensions) {
          if (d.giveBand && d.getBand && d.giveBand.id !== d.getBand.id) {
            expect(d.verdict ?? '').not.toMatch(/\b(both|neither)\b/i);
            expect(d.oneSided).not.toBeNull();
          }
          // Advice for giving more, and the steps of a band, never go to someone for a part they do not lean in that way.
          if (d.leans === 'give') expect(d.bandSteps).toBe(false);
        }
        if (r.balance.kind === 'mixed') expect(r.balanceNote).toBe('');
        if (r.balance.kind !== 'balanced' && r.balance.kind !== 'unknown') expect(r.balanceNote).not.toMatch(/\b(both|neither)\b/i);
        if (r.balance.kind === 'gives-much-more' || r.balance.kind === 'gives-more') expect(r.balanceNote).not.toMatch(TELLS_TO_GIVE_MORE);
      }),
      { numRuns: 300 },
    );
  });
});
