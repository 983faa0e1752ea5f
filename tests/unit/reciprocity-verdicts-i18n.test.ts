/**
 * The reciprocity verdicts in French and Spanish, case by case: for each case of the English table
 * (tests/unit/reciprocity-verdicts.test.ts), every sentence the scoring writes exists in the same
 * cases, is translated (no English, no key left showing), and carries the numbers the English one
 * does. What comes from the questionnaire itself (band meanings, stage notes) is content, not checked here.
 */
import { describe, expect, it } from 'vitest';
import type { Role, Stage } from '../../src/lib/docs/assessment-doc';
import type { Translate } from '../../src/lib/i18n/messages';
import { answerKey } from '../../src/lib/reciprocity/instrument';
import { compare, comparisonVerdict, dimensionMissing, scoreAssessment, trends, type Answered, type Answers, type Result } from '../../src/lib/reciprocity/score';
import { answersWhere as answersOf, instrument } from './helpers/instrument';
import { enT, tIn } from '../helpers/strings';

const inst = instrument();
const ID = inst.id;
const answersWhere = (pick: Parameters<typeof answersOf>[1]): Answers => answersOf(inst, pick);
const mixedBase = (b: (typeof inst.behaviours)[number]) => (inst.behaviours.indexOf(b) % 2 ? 3 : 4);

/** The sentences the scoring writes for a result, by name: null where it writes none. Content (band meanings, stage notes) left out. */
function written(r: Result): Record<string, string | null> {
  const out: Record<string, string | null> = {
    balance: r.balance.text,
    missing: r.missing,
    sameAnswer: r.sameAnswerText,
    nearSame: r.nearSameText,
    littleHappening: r.littleHappening,
    excluded: r.excluded,
    allStrong: r.allStrong,
    waiting: r.waiting,
    adviceGive: r.oneSidedAdvice.give,
    adviceGet: r.oneSidedAdvice.get,
    overallText: r.overallBand && r.overallText !== r.overallBand.meaning ? r.overallText : null,
  };
  for (const d of r.dimensions) {
    out[`${d.id}.balance`] = d.balance.text;
    out[`${d.id}.oneSided`] = d.oneSided?.label ?? null;
    out[`${d.id}.verdict`] = d.oneSided ? d.verdict : null;
    out[`${d.id}.nearBoundary`] = d.nearBoundary;
    out[`${d.id}.missing`] = d.score === null ? dimensionMissing(d, inst.minimum.behavioursEachWay, inst.notApplicable, tFor(r)) : null;
  }
  return out;
}

// The language a result was scored in, for the sentences worked out after scoring.
const scoredIn = new WeakMap<Result, Translate>();
const tFor = (r: Result): Translate => scoredIn.get(r)!;
function score(t: Translate, answers: Answers, role: Role, stage: Stage): Result {
  const r = scoreAssessment(inst, role, stage, answers, t);
  scoredIn.set(r, t);
  return r;
}

/** The numbers in a sentence, as written, sorted. */
const numbersIn = (s: string): string[] => [...s.matchAll(/\d+/g)].map((m) => m[0]).sort();

interface Case {
  name: string;
  role: Role;
  stage: Stage;
  answers: Answers;
}

const exploited = answersWhere((_b, side) => (side === 'self' ? 5 : 1));
const cases: Case[] = [
  ...(['new', 'first-year', 'established'] as const).map((stage): Case => ({ name: `an exploited mentee, ${stage}`, role: 'mentee', stage, answers: exploited })),
  { name: 'an exploited mentee who gets Rarely', role: 'mentee', stage: 'first-year', answers: answersWhere((_b, side) => (side === 'self' ? 5 : 2)) },
  { name: 'a mentor who gives everything and gets nothing', role: 'mentor', stage: 'established', answers: exploited },
  { name: 'a mentee who gets everything and gives nothing', role: 'mentee', stage: 'established', answers: answersWhere((_b, side) => (side === 'self' ? 1 : 5)) },
  { name: 'all “Never”', role: 'mentee', stage: 'first-year', answers: answersWhere(() => 1) },
  { name: 'all “Often”', role: 'mentee', stage: 'established', answers: answersWhere(() => 4) },
  { name: 'all the same but one', role: 'mentee', stage: 'established', answers: answersWhere((b, side) => (b.id === 'follow-up' && side === 'partner' ? 3 : 4)) },
  { name: 'every statement “does not apply”', role: 'mentee', stage: 'established', answers: answersWhere(() => 'na') },
  { name: 'half the statements “does not apply”, half blank', role: 'mentor', stage: 'established', answers: answersWhere((b) => (inst.behaviours.indexOf(b) % 2 ? 'na' : undefined)) },
  { name: 'one statement “does not apply”', role: 'mentee', stage: 'established', answers: { [answerKey(inst.behaviours[0]!.id, 'self')]: 'na' } },
  { name: 'too few answers in one part only', role: 'mentor', stage: 'established', answers: answersWhere((b, side) => (b.dimension === 'mutual-value' && (side === 'self' || inst.behaviours.indexOf(b) < 2) ? 4 : undefined)) },
  { name: '“does not apply” for what I get in advocacy', role: 'mentee', stage: 'established', answers: answersWhere((b, side) => (b.dimension === 'advocacy' && side === 'partner' ? 'na' : mixedBase(b))) },
  { name: 'a weak part that waits for a later stage', role: 'mentee', stage: 'new', answers: answersWhere((b) => (b.dimension === 'advocacy' ? 2 : mixedBase(b))) },
  { name: 'only a waiting part below the top band', role: 'mentee', stage: 'new', answers: answersWhere((b) => (b.dimension === 'advocacy' ? 2 : inst.behaviours.indexOf(b) % 2 ? 4 : 5)) },
  { name: 'parts leaning opposite ways', role: 'mentee', stage: 'first-year', answers: answersWhere((b, side) => ((inst.dimensions.slice(0, 3).some((d) => d.id === b.dimension) ? side === 'self' : side === 'partner') ? 5 : 1)) },
  { name: 'one part one-sided, the rest level', role: 'mentee', stage: 'first-year', answers: answersWhere((b, side) => (b.dimension === 'openness' ? (side === 'self' ? 5 : 2) : mixedBase(b))) },
  { name: 'giving more overall, every part strong', role: 'mentee', stage: 'first-year', answers: answersWhere((_b, side) => (side === 'self' ? 5 : 4)) },
  { name: 'every part strong both ways', role: 'mentor', stage: 'established', answers: answersWhere((b) => (inst.behaviours.indexOf(b) % 2 ? 4 : 5)) },
  { name: 'a band one answer from a boundary', role: 'mentee', stage: 'established', answers: answersWhere((b) => (b.dimension === 'mutual-value' ? 4 : b.dimension === 'openness' ? 5 : 3)) },
];

const me = (answers: Answers, stage: Stage = 'established'): Answered => ({ instrument: ID, role: 'mentee', stage, answers });
const partner = (answers: Answers, name: string, stage: Stage = 'established') => ({ instrument: ID, role: 'mentor' as const, stage, answers, name });
const first = inst.dimensions.slice(0, 3).map((d) => d.id);
const comparisons: { name: string; mine: Answered; theirs: Answered & { name: string } }[] = [
  { name: 'no overlap', mine: me(answersWhere((b) => (first.includes(b.dimension) ? 4 : 'na'))), theirs: partner(answersWhere((b) => (first.includes(b.dimension) ? 'na' : 2)), 'Ana') },
  { name: 'a little overlap, with a gap named', mine: me(answersWhere((b, side) => (b.dimension === 'advocacy' ? (side === 'self' ? 5 : 4) : 'na'))), theirs: partner(answersWhere((b) => (b.dimension === 'advocacy' ? 1 : 'na')), 'Ana') },
  { name: 'enough in common, no big gaps', mine: me(answersWhere(() => 4)), theirs: partner(answersWhere(() => 4), 'Ana') },
  { name: 'large gaps both ways, an unnamed partner', mine: me(answersWhere((b, side) => (b.id === 'introductions' && side === 'self' ? 5 : b.id === 'inside-view' && side === 'partner' ? 1 : 3))), theirs: partner(answersWhere((b, side) => (b.id === 'introductions' && side === 'partner' ? 1 : b.id === 'inside-view' && side === 'self' ? 5 : 3)), '') },
  { name: 'different stages', mine: me(answersWhere(() => 4), 'new'), theirs: partner(answersWhere(() => 3), 'Ana', 'established') },
  { name: 'the same role', mine: { ...me(answersWhere(() => 4)), role: 'mentor' }, theirs: partner(answersWhere(() => 3), 'Ana') },
  { name: 'another questionnaire', mine: { ...me(answersWhere(() => 4)), instrument: 'reciprocity' }, theirs: partner(answersWhere(() => 3), 'Ana') },
];

/** What a comparison writes, by name. */
function comparisonWritten(t: Translate, c: (typeof comparisons)[number]): Record<string, string | null> {
  const r = compare(inst, c.mine, c.theirs, t);
  if (!r.ok) return { refused: r.message };
  return {
    stageNote: r.stageNote,
    fromMe: comparisonVerdict(r, 'from-me', t),
    toMe: comparisonVerdict(r, 'to-me', t),
    ...Object.fromEntries([...r.largest.fromMe, ...r.largest.toMe].map((g) => [`${g.flow}.${g.behaviour}`, g.text])),
  };
}

const entry = (date: string, answers: Answers) => ({ instrument: ID, date, role: 'mentee' as const, stage: 'first-year' as const, answers });
const histories = [
  { name: 'up 25', history: [entry('2026-06-01', answersWhere((_b, s) => (s === 'self' ? 4 : 3))), entry('2026-10-01', answersWhere((_b, s) => (s === 'self' ? 4 : 4)))] },
  { name: 'down, and the balance turned', history: [entry('2026-06-01', answersWhere((_b, s) => (s === 'self' ? 3 : 5))), entry('2026-10-01', answersWhere((_b, s) => (s === 'self' ? 5 : 2)))] },
  { name: 'about the same, but the directions moved', history: [entry('2026-06-01', answersWhere((_b, s) => (s === 'self' ? 3 : 5))), entry('2026-10-01', answersWhere((_b, s) => (s === 'self' ? 5 : 3)))] },
  { name: 'one part fewer the second time', history: [entry('2026-06-01', answersWhere(mixedBase)), entry('2026-10-01', answersWhere((b) => (b.dimension === 'growth' ? undefined : mixedBase(b))))] },
  { name: 'too few parts in common', history: [entry('2026-06-01', answersWhere((b) => (inst.dimensions.slice(0, 4).some((d) => d.id === b.dimension) ? mixedBase(b) : undefined))), entry('2026-10-01', answersWhere((b) => (inst.dimensions.slice(-4).some((d) => d.id === b.dimension) ? mixedBase(b) : undefined)))] },
];

function trendWritten(t: Translate, h: (typeof histories)[number]): Record<string, string | null> {
  const all = trends(inst, h.history, t);
  return Object.fromEntries([all.overall, ...all.dimensions].flatMap((x) => [[`${x.id}.text`, x.text === '–' ? null : x.text], [`${x.id}.note`, x.note]]));
}

/** Each sentence in `lang` beside the English one: written in the same cases, translated, with the same numbers. */
function expectLike(english: Record<string, string | null>, other: Record<string, string | null>) {
  expect(Object.keys(other).sort()).toEqual(Object.keys(english).sort());
  for (const [key, en] of Object.entries(english)) {
    const text = other[key]!;
    expect(text === null, `${key}: ${text}`).toBe(en === null);
    if (en === null || text === null) continue;
    expect(text, key).not.toBe(en);
    expect(text, key).not.toMatch(/\breciprocity\.[a-z]/);
    expect(text, key).not.toMatch(/\{[A-Za-z]+\}/);
    expect(numbersIn(text), `${key}: ${text}`).toEqual(numbersIn(en));
  }
}

for (const lang of ['fr', 'es'] as const) {
  describe(`the verdicts in ${lang}`, () => {
    const t = tIn(lang);

    it.each(cases)('$name', (c) => {
      expectLike(written(score(enT, c.answers, c.role, c.stage)), written(score(t, c.answers, c.role, c.stage)));
    });

    it.each(comparisons)('comparing: $name', (c) => {
      expectLike(comparisonWritten(enT, c), comparisonWritten(t, c));
    });

    it.each(histories)('trend: $name', (h) => {
      expectLike(trendWritten(enT, h), trendWritten(t, h));
    });

    it('a few sentences in full, with their numbers in place', () => {
      const excluded = score(t, cases.find((c) => c.name === 'one statement “does not apply”')!.answers, 'mentee', 'established').excluded;
      const missing = score(t, answersWhere(() => 'na'), 'mentee', 'established').missing!;
      const c = compare(inst, me(answersWhere(() => 4)), partner(answersWhere(() => 4), 'Ana'), t);
      if (!c.ok) throw new Error(c.message);
      const full = {
        fr: {
          excluded: `1 affirmation répondue « ${inst.notApplicable} » est laissée hors des scores.`,
          missingStart: `Un score d’ensemble demande qu’au moins ${inst.minimum.dimensions} des ${inst.dimensions.length} volets aient un score, et 0 en a un pour l’instant.`,
          same: `Aucune réponse à ${inst.comparison.gap} crans ou plus d’écart sur les ${c.overlap.fromMe} comportements auxquels vous avez tous deux répondu : vous voyez ces choses à peu près de la même façon.`,
        },
        es: {
          excluded: `1 afirmación respondida «${inst.notApplicable}» queda fuera de las puntuaciones.`,
          missingStart: `Una puntuación de conjunto necesita que al menos ${inst.minimum.dimensions} de los ${inst.dimensions.length} aspectos tengan puntuación, y por ahora 0 la tienen.`,
          same: `Ninguna respuesta a ${inst.comparison.gap} pasos o más de distancia en los ${c.overlap.fromMe} comportamientos que ambos respondieron: lo ven de forma muy parecida.`,
        },
      }[lang];
      expect(excluded?.replace(/\u00a0/g, ' ')).toBe(full.excluded);
      expect(missing.replace(/\u00a0/g, ' ')).toMatch(new RegExp(`^${full.missingStart.replace(/[()]/g, '\\$&')}`));
      expect(comparisonVerdict(c, 'from-me', t)?.replace(/\u00a0/g, ' ')).toBe(full.same);
    });
  });
}
