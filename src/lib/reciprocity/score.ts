/**
 * Scoring the reciprocity self-assessment. Pure functions: answers in, scores and plain words out.
 *
 * - An answer on the frequency scale is worth 0, 25, 50, 75 or 100 points (Never … Always).
 *   "Not yet / does not apply" and unanswered statements are left out, never counted as low.
 * - Each direction is scored from what was answered in that direction: what I give is the mean of my
 *   "I …" answers, what I get the mean of my "My partner …" answers. A "not yet" on one side never
 *   removes the other side's answer.
 * - A dimension has a score once each direction has `minimum.behavioursEachWay` answers. Its score is
 *   the weaker direction, so its band needs BOTH directions to reach it: give 100 / get 50 is
 *   "Developing", not "Strong". When the two directions fall in different bands, the dimension is
 *   named one-sided ("Strong from you, needs attention towards you") instead of given a band text
 *   that speaks of both of you.
 * - The overall score, its band and the overall balance need `minimum.dimensions` scored
 *   dimensions; below that, the result says what is missing. The overall score is the mean of the
 *   dimension scores.
 * - The stage never changes a score or a band: it is shown in words, as what to expect. The note on
 *   giving and getting depends on the role, the stage and which way the imbalance runs.
 * - The same answer to every statement is named, and no band is shown, except "Never" throughout:
 *   then the results are shown and say plainly that little is happening either way. All the same
 *   but one is named too, and a band that one answer a step away would change says so.
 */
import { STAGES, type Answer, type Role, type Stage } from '../docs/assessment-doc';
import type { Translate } from '../i18n/messages';
import { answerKey } from './instrument';
import type { Band, Behaviour, Instrument, OverallBand } from './schema';

export type Answers = Readonly<Record<string, Answer>>;

/** An answer's points out of 100, or null when it does not count ('na' or unanswered). */
export function points(answer: Answer | undefined): number | null {
  if (answer === undefined || answer === 'na') return null;
  return (answer - 1) * 25;
}

const mean = (xs: readonly number[]): number | null => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);

/** The band a score falls in. The stage plays no part. */
export function bandFor<B extends { min: number; max: number }>(bands: readonly B[], score: number): B {
  const s = Math.round(score);
  const band = bands.find((b) => s >= b.min && s <= b.max);
  if (!band) throw new Error(`No band covers ${s}`);
  return band;
}

/**
 * Which way giving and getting lean. `mixed`: the totals are level only because some parts lean one
 * way and others the other way (said so, never called balanced).
 */
export type BalanceKind = 'gives-much-more' | 'gives-more' | 'balanced' | 'mixed' | 'receives-more' | 'receives-much-more' | 'unknown';

export interface Balance {
  kind: BalanceKind;
  give: number | null;
  get: number | null;
  /** give − get, in points. */
  difference: number | null;
  /** Plain words: "By your own answers, you give much more than you receive." */
  text: string;
}

// "By your own answers": what I give is my report on myself, what I get my report on my partner.
const BALANCE_TEXT = {
  'gives-much-more': 'reciprocity.balance.text.givesMuchMore',
  'gives-more': 'reciprocity.balance.text.givesMore',
  balanced: 'reciprocity.balance.text.balanced',
  mixed: 'reciprocity.balance.text.mixed',
  'receives-more': 'reciprocity.balance.text.receivesMore',
  'receives-much-more': 'reciprocity.balance.text.receivesMuchMore',
  unknown: 'reciprocity.balance.text.unknown',
} as const satisfies Record<BalanceKind, string>;

/** The key of the balance as a short phrase that reads for anyone: "Giving much more than receiving". */
export const BALANCE_SHORT = {
  'gives-much-more': 'reciprocity.balance.short.givesMuchMore',
  'gives-more': 'reciprocity.balance.short.givesMore',
  balanced: 'reciprocity.balance.short.balanced',
  mixed: 'reciprocity.balance.short.mixed',
  'receives-more': 'reciprocity.balance.short.receivesMore',
  'receives-much-more': 'reciprocity.balance.short.receivesMuchMore',
  unknown: 'reciprocity.balance.short.unknown',
} as const satisfies Record<BalanceKind, string>;

/** The key of the same phrase as it reads inside a sentence: "giving much more than receiving". */
export const BALANCE_IN_SENTENCE = {
  'gives-much-more': 'reciprocity.balance.inSentence.givesMuchMore',
  'gives-more': 'reciprocity.balance.inSentence.givesMore',
  balanced: 'reciprocity.balance.inSentence.balanced',
  mixed: 'reciprocity.balance.inSentence.mixed',
  'receives-more': 'reciprocity.balance.inSentence.receivesMore',
  'receives-much-more': 'reciprocity.balance.inSentence.receivesMuchMore',
  unknown: 'reciprocity.balance.inSentence.unknown',
} as const satisfies Record<BalanceKind, string>;

/** Name the gap between giving and getting in plain words: more than `threshold` points is "more", more than twice it "much more". */
export function balanceOf(give: number | null, get: number | null, threshold: number, t: Translate): Balance {
  if (give === null || get === null) return { kind: 'unknown', give, get, difference: null, text: t(BALANCE_TEXT.unknown) };
  const difference = Math.round(give) - Math.round(get);
  const kind: BalanceKind =
    difference > 2 * threshold ? 'gives-much-more' : difference > threshold ? 'gives-more' : difference < -2 * threshold ? 'receives-much-more' : difference < -threshold ? 'receives-more' : 'balanced';
  return { kind, give: Math.round(give), get: Math.round(get), difference, text: t(BALANCE_TEXT[kind]) };
}

/** Which of a stage's three balance notes applies: giving more, balanced, or receiving more. */
export function balanceDirection(kind: BalanceKind): 'givesMore' | 'balanced' | 'receivesMore' | null {
  if (kind === 'gives-much-more' || kind === 'gives-more') return 'givesMore';
  if (kind === 'receives-much-more' || kind === 'receives-more') return 'receivesMore';
  return kind === 'balanced' ? 'balanced' : null;
}

export interface DimensionResult {
  id: string;
  title: string;
  /** Behaviours in the dimension. */
  behaviours: number;
  /** Behaviours answered on the scale in each direction: what I do (`given`) and what my partner does (`got`). */
  given: number;
  got: number;
  /**
   * More answers needed (in the direction or directions short of the minimum) before the dimension
   * has a score, counting only statements still unanswered; 0 once it has one.
   */
  needed: number;
  /** Too many statements answered “not yet / does not apply” for a score, even with every other one answered. */
  blocked: boolean;
  /** What I give and what I get, 0–100, each from its own direction's answers; null until the dimension has a score. */
  give: number | null;
  get: number | null;
  /** The weaker direction (the lower of give and get), 0–100, or null when too few answers count. */
  score: number | null;
  /** The score's band (so both directions reach it); null without a score, or when every answer was the same (other than "Never"). */
  band: Band | null;
  /** The band of each direction, under the same conditions as `band`. */
  giveBand: Band | null;
  getBand: Band | null;
  /** Which way this part leans, by more than the questionnaire's `balanceThreshold`: what you give outweighs what you get (`give`), or the other way (`get`); null when balanced or unknown. */
  leans: 'give' | 'get' | null;
  /**
   * Set when the two directions fall in different bands: which is stronger, and the part's name
   * ("Strong from you, needs attention towards you."), which never speaks of both of you. What to do
   * about it, and the concerns contact, come only when the part also `leans` that way: a small
   * difference that happens to cross a band boundary is named, not treated as unfair.
   */
  oneSided: { stronger: 'give' | 'get'; label: string } | null;
  /** What the band means here, in words: the band's meaning, or for a one-sided dimension its name (what to do is said once, in `oneSidedAdvice`). Null without a band. */
  verdict: string | null;
  /** Whether the band's next steps apply: not when what you give here outweighs what you get (they could ask you for more still). */
  bandSteps: boolean;
  /** "One answer from “Developing”: …" when one answer a step away would change the band; otherwise null. */
  nearBoundary: string | null;
  /** Give against get in this dimension. */
  balance: Balance;
  /** What to expect in this dimension at the chosen stage, in words. */
  expect: string;
}

export interface Result {
  role: Role;
  stage: Stage;
  /** What to expect at the chosen stage, in words. */
  expect: string;
  /** What the balance means at this stage, for this role and this direction of the imbalance; empty when unknown. */
  balanceNote: string;
  dimensions: DimensionResult[];
  /** The mean of the dimension scores, once `minimum.dimensions` have one; otherwise null. */
  overall: number | null;
  /** Null without an overall score, or when every answer was the same (other than "Never"). */
  overallBand: OverallBand | null;
  /** What the overall band means here: its meaning, or, when one direction is much weaker, that the score follows it. Null without a band. */
  overallText: string | null;
  /** Give against get over every dimension with a score; unknown without an overall score. */
  balance: Balance;
  /** What is still needed for an overall score, in a sentence; null once there is one. */
  missing: string | null;
  /** The one answer given to every statement answered, when every answer was the same. */
  sameAnswer: Answer | null;
  /** The note shown instead of bands when every answer was the same (not for "Never": see `littleHappening`). */
  sameAnswerText: string | null;
  /** All answers but one the same, named; otherwise null. */
  nearSameText: string | null;
  /** "Never" to every statement: said plainly, with the results shown; otherwise null. */
  littleHappening: string | null;
  /** Point to the guide on power and safety and the programme's concerns contact: when you give more than you get overall, or much more in any part, or when little is happening either way. */
  safety: boolean;
  /**
   * The two or three dimensions to work on first (lowest, below the top band); none without an
   * overall score. A dimension whose `priorityFrom` stage is later than the chosen one waits, unless
   * you give more there than you get.
   */
  priorities: DimensionResult[];
  /** The parts left out of `priorities` for the stage, named: "Advocacy can wait for now: …". Otherwise null. */
  waiting: string | null;
  /**
   * What to do about the one-sided parts, said once for all of them: where you give more than you
   * get (`give`), and where you get more than you give (`get`). Null when no part is one-sided that way.
   */
  oneSidedAdvice: { give: string | null; get: string | null };
  /** How many statements were answered with the questionnaire's `notApplicable` and left out: "2 statements answered “Does not apply to us” are left out of the scores." Null when none. */
  excluded: string | null;
  /** Said when there are bands and no dimension is below the top band in either direction; otherwise null. */
  allStrong: string | null;
  answered: number;
  notApplicable: number;
  unanswered: number;
  total: number;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const otherRole = (role: Role): Role => (role === 'mentor' ? 'mentee' : 'mentor');
/** "your mentor": a person in a role, as a sentence names them. */
const YOUR = { mentor: 'reciprocity.role.your.mentor', mentee: 'reciprocity.role.your.mentee' } as const satisfies Record<Role, string>;

/** What one dimension still needs, in a sentence: "Too few answers for a score: …. Answer 1 more." */
export function dimensionMissing(d: Pick<DimensionResult, 'given' | 'got' | 'needed' | 'blocked'>, minimum: number, notApplicable: string, t: Translate): string {
  const params = { count: minimum, given: d.given, got: d.got };
  return d.blocked ? t('reciprocity.missing.dimension.blocked', { ...params, notApplicable }) : t('reciprocity.missing.dimension.short', { ...params, needed: d.needed });
}

/** "Mutual value, Advocacy and Growth": titles joined for a sentence. */
const listed = (xs: readonly string[], t: Translate): string => t.list(xs);

/** "Openness (4 more), Growth (2 more)": items named one after the other, not as a sentence's "and" list. */
const enumerated = (xs: readonly string[], t: Translate): string => new Intl.ListFormat(t.lang, { type: 'unit' }).format(xs);

/**
 * What to do about the parts that are one-sided one way, said once, worded for the role: one whole
 * sentence (or two) per case. When the stage's balance note already says what to do (the overall
 * balance runs the same way), only the parts are named, so the advice is never said twice.
 */
function oneSidedAdviceFor(titles: readonly string[], every: boolean, stronger: 'give' | 'get', role: Role, noteSaysIt: boolean, much: boolean, t: Translate): string | null {
  if (titles.length === 0) return null;
  const params = { parts: listed(titles, t), yourOther: t(YOUR[otherRole(role)]) };
  if (stronger === 'give') {
    if (noteSaysIt) return every ? t('reciprocity.advice.give.every.named') : t('reciprocity.advice.give.some.named', params);
    if (much) return every ? t('reciprocity.advice.give.every.unfair', params) : t('reciprocity.advice.give.some.unfair', params);
    return every ? t('reciprocity.advice.give.every.tell', params) : t('reciprocity.advice.give.some.tell', params);
  }
  if (noteSaysIt) return every ? t('reciprocity.advice.get.every.named') : t('reciprocity.advice.get.some.named', params);
  return every ? t('reciprocity.advice.get.every.ask', params) : t('reciprocity.advice.get.some.ask', params);
}

interface Direction {
  values: number[];
  mean: number | null;
}
const direction = (values: number[], minEach: number): Direction => ({ values, mean: values.length >= minEach ? mean(values) : null });

/** The band of a dimension from its answers in each direction: the band of the weaker one. */
function weakerBand(bands: readonly Band[], give: number[], get: number[], minEach: number): Band | null {
  if (give.length < minEach || get.length < minEach) return null;
  return bandFor(bands, Math.min(Math.round(mean(give)!), Math.round(mean(get)!)));
}

/** "One answer from “Developing”: …" when moving one answer one step changes the band (a step lower is checked first). */
function nearBoundaryText(bands: readonly Band[], band: Band, give: number[], get: number[], minEach: number, t: Translate): string | null {
  for (const step of [-25, 25]) {
    for (const [side, values] of [
      ['give', give],
      ['get', get],
    ] as const) {
      for (let i = 0; i < values.length; i++) {
        const v = values[i]! + step;
        if (v < 0 || v > 100) continue;
        const moved = values.map((x, j) => (j === i ? v : x));
        const b = weakerBand(bands, side === 'give' ? moved : give, side === 'get' ? moved : get, minEach);
        if (b && b.id !== band.id) return step < 0 ? t('reciprocity.nearBoundary.lower', { band: b.label }) : t('reciprocity.nearBoundary.higher', { band: b.label });
      }
    }
  }
  return null;
}

/** Score one person's answers, as `role`, at `stage`. */
export function scoreAssessment(inst: Instrument, role: Role, stage: Stage, answers: Answers, t: Translate): Result {
  const st = inst.stages.find((s) => s.id === stage);
  const minEach = inst.minimum.behavioursEachWay;
  let answered = 0;
  let notApplicable = 0;
  const counts = new Map<Answer, number>();
  for (const b of inst.behaviours) {
    for (const side of ['self', 'partner'] as const) {
      const a = answers[answerKey(b.id, side)];
      if (a === 'na') notApplicable++;
      else if (a !== undefined) {
        answered++;
        counts.set(a, (counts.get(a) ?? 0) + 1);
      }
    }
  }
  const enoughToJudge = answered >= 2 * minEach;
  const sameAnswer = enoughToJudge && counts.size === 1 ? [...counts.keys()][0]! : null;
  const never = sameAnswer === 1;
  /** Bands are hidden when every answer was the same, except "Never" throughout, which is read as it is. */
  const bandsShown = sameAnswer === null || never;
  const odd = enoughToJudge && counts.size === 2 ? [...counts.entries()].find(([, n]) => n === 1) : undefined;
  const usual = odd ? [...counts.keys()].find((a) => a !== odd[0])! : null;
  const nearSameText =
    usual !== null && counts.get(usual)! > 1
      ? t('reciprocity.nearSame', { answer: answerLabel(inst, usual) })
      : null;

  const dimensions: DimensionResult[] = inst.dimensions.map((d) => {
    const behaviours = inst.behaviours.filter((b) => b.dimension === d.id);
    const give: number[] = [];
    const get: number[] = [];
    /** Statements not answered yet, in each direction: the most that answering on can add. */
    const open = { self: 0, partner: 0 };
    for (const b of behaviours) {
      const g = points(answers[answerKey(b.id, 'self')]);
      const r = points(answers[answerKey(b.id, 'partner')]);
      if (g !== null) give.push(g);
      if (r !== null) get.push(r);
      if (answers[answerKey(b.id, 'self')] === undefined) open.self++;
      if (answers[answerKey(b.id, 'partner')] === undefined) open.partner++;
    }
    const gv = direction(give, minEach);
    const gt = direction(get, minEach);
    const scored = gv.mean !== null && gt.mean !== null;
    const giveR = scored ? Math.round(gv.mean!) : null;
    const getR = scored ? Math.round(gt.mean!) : null;
    const score = scored ? Math.min(giveR!, getR!) : null;
    const band = score === null || !bandsShown ? null : bandFor(d.bands, score);
    const giveBand = band ? bandFor(d.bands, giveR!) : null;
    const getBand = band ? bandFor(d.bands, getR!) : null;
    const balance = balanceOf(scored ? gv.mean : null, scored ? gt.mean : null, inst.balanceThreshold, t);
    const dir = balanceDirection(balance.kind);
    const leans = dir === 'givesMore' ? ('give' as const) : dir === 'receivesMore' ? ('get' as const) : null;
    const oneSided =
      giveBand && getBand && giveBand.id !== getBand.id
        ? {
            stronger: giveR! > getR! ? ('give' as const) : ('get' as const),
            label: capitalise(t('reciprocity.verdict.oneSided', { give: giveBand.label.toLowerCase(), get: getBand.label.toLowerCase() })),
          }
        : null;
    return {
      id: d.id,
      title: d.title,
      behaviours: behaviours.length,
      given: give.length,
      got: get.length,
      needed: Math.min(open.self, Math.max(0, minEach - give.length)) + Math.min(open.partner, Math.max(0, minEach - get.length)),
      blocked: give.length + open.self < minEach || get.length + open.partner < minEach,
      give: giveR,
      get: getR,
      score,
      band,
      giveBand,
      getBand,
      leans,
      oneSided,
      verdict: band === null ? null : oneSided ? (leans ? t('reciprocity.verdict.oneSidedPointer', { label: oneSided.label }) : oneSided.label) : band.meaning,
      bandSteps: band !== null && leans !== 'give',
      nearBoundary: band === null ? null : nearBoundaryText(d.bands, band, give, get, minEach, t),
      balance,
      expect: d.expect[stage],
    };
  });

  const scored = dimensions.filter((d) => d.score !== null);
  const enough = scored.length >= inst.minimum.dimensions;
  const overall = enough ? Math.round(mean(scored.map((d) => d.score!))!) : null;
  let missing: string | null = null;
  if (!enough) {
    const lacking = dimensions.filter((d) => d.score === null && !d.blocked).map((d) => t('reciprocity.missing.overall.toAnswerPart', { part: d.title, needed: d.needed }));
    const blocked = dimensions.filter((d) => d.score === null && d.blocked).map((d) => d.title);
    missing = [
      t('reciprocity.missing.overall.scored', { minimum: inst.minimum.dimensions, total: dimensions.length, count: scored.length }),
      t('reciprocity.missing.overall.perPart', { count: minEach }),
      lacking.length ? t('reciprocity.missing.overall.toAnswer', { parts: enumerated(lacking, t) }) : '',
      blocked.length ? t('reciprocity.missing.overall.blocked', { notApplicable: inst.notApplicable, parts: enumerated(blocked, t), count: blocked.length }) : '',
    ]
      .filter(Boolean)
      .join(' ');
  }
  const top = (d: DimensionResult) => d.band !== null && d.band.max >= 100;
  const order = (id: string) => inst.dimensions.findIndex((x) => x.id === id);
  const stageAt = (x: Stage) => STAGES.indexOf(x);
  const waits = (d: DimensionResult) => {
    const from = inst.dimensions[order(d.id)]?.priorityFrom;
    return from !== undefined && stageAt(from) > stageAt(stage) && d.leans !== 'give';
  };
  const candidates = enough && bandsShown ? scored.filter((d) => !top(d)) : [];
  const priorities = candidates
    .filter((d) => !waits(d))
    .sort((a, b) => a.score! - b.score! || order(a.id) - order(b.id))
    .slice(0, 3);
  const held = candidates.filter(waits);
  const waiting =
    STAGES.map((from) => {
      const these = held.filter((d) => inst.dimensions[order(d.id)]!.priorityFrom === from);
      const label = inst.stages.find((x) => x.id === from)?.label;
      return these.length && label ? t('reciprocity.waiting', { parts: listed(these.map((d) => d.title), t), stage: label, count: these.length }) : '';
    })
      .filter(Boolean)
      .join(' ') || null;
  const totals = enough ? balanceOf(mean(scored.map((d) => d.give!)), mean(scored.map((d) => d.get!)), inst.balanceThreshold, t) : balanceOf(null, null, inst.balanceThreshold, t);
  // Level totals made of parts that lean opposite ways are not a balance.
  const balance: Balance =
    totals.kind === 'balanced' && scored.some((d) => d.leans === 'give') && scored.some((d) => d.leans === 'get') ? { ...totals, kind: 'mixed', text: t(BALANCE_TEXT.mixed) } : totals;
  const dir = balanceDirection(balance.kind);
  const overallBand = overall === null || !bandsShown ? null : bandFor(inst.overall.bands, overall);
  const littleHappening = never ? t('reciprocity.littleHappening') : null;
  return {
    role,
    stage,
    expect: st?.expect ?? '',
    balanceNote: dir && st && !never ? st.balanceNote[role][dir] : '',
    dimensions,
    overall,
    overallBand,
    overallText:
      overallBand === null || never
        ? null
        : balance.kind === 'gives-much-more'
          ? t('reciprocity.overall.followsReceiving')
          : balance.kind === 'receives-much-more'
            ? t('reciprocity.overall.followsGiving')
            : overallBand.meaning,
    balance,
    missing,
    sameAnswer,
    sameAnswerText: sameAnswer !== null && !never ? sameAnswerText(inst, sameAnswer, t) : null,
    nearSameText,
    littleHappening,
    // Whenever what you give outweighs what you get (overall beyond the threshold, or much more in
    // any part), the guide and the contact that the stage notes name are on the page.
    safety: dir === 'givesMore' || never || dimensions.some((d) => d.band !== null && d.balance.kind === 'gives-much-more'),
    priorities,
    waiting,
    oneSidedAdvice: (['give', 'get'] as const).reduce(
      (out, way) => {
        const these = dimensions.filter((d) => d.band !== null && d.leans === way);
        const noteSaysIt = dir === (way === 'give' ? 'givesMore' : 'receivesMore') && !never;
        out[way] = oneSidedAdviceFor(these.map((d) => d.title), these.length === scored.length, way, role, noteSaysIt, these.some((d) => d.balance.kind === 'gives-much-more'), t);
        return out;
      },
      { give: null as string | null, get: null as string | null },
    ),
    excluded: notApplicable ? t('reciprocity.excluded', { count: notApplicable, notApplicable: inst.notApplicable }) : null,
    allStrong:
      enough && bandsShown && priorities.length === 0 && !waiting
        ? dir === 'givesMore'
          ? t('reciprocity.allStrong.givesMore')
          : t('reciprocity.allStrong.keepGoing')
        : null,
    answered,
    notApplicable,
    unanswered: inst.behaviours.length * 2 - answered - notApplicable,
    total: inst.behaviours.length * 2,
  };
}

/** The label of an answer: a word of the scale, or the "not yet" label. */
export const answerLabel = (inst: Instrument, a: Answer): string => (a === 'na' ? inst.notApplicable : inst.scale[a - 1]!);

/** "You gave the same answer (“Often”) to every statement…": the note shown instead of bands. */
export const sameAnswerText = (inst: Instrument, a: Answer, t: Translate): string => t('reciprocity.sameAnswer', { answer: answerLabel(inst, a) });

// ---------------------------------------------------------------------------------------------
// Trends

export interface TrendPoint {
  date: string;
  score: number | null;
}

export interface Trend {
  id: string;
  title: string;
  points: TrendPoint[];
  /** Change from the previous scored assessment to the latest, in points. */
  change: number | null;
  /** The smallest change that reads as one here (see `trendThresholdFor`); null without a change. */
  threshold: number | null;
  /** "up 12", "down 15", "about the same" (a change smaller than `threshold`), or "–"; with `sides` after "but" when the score stayed about the same. */
  text: string;
  /** What you give and what you get, each named when it moved: "what you give up 50, what you get down 50"; '' when neither did. */
  sides: string;
  /** The overall's change when the two assessments had different parts with a score: "Over the 4 parts with a score both times." Otherwise null. */
  note: string | null;
}

export interface HistoryEntry {
  instrument: string;
  date: string;
  role: Role;
  stage: Stage;
  answers: Answers;
}

/** How a change reads: smaller than `threshold` points is "about the same". */
export function changeText(change: number | null, threshold: number, t: Translate): string {
  if (change === null) return '–';
  if (Math.abs(change) < threshold) return t('reciprocity.trend.same');
  return change > 0 ? t('reciprocity.trend.up', { points: change }) : t('reciprocity.trend.down', { points: -change });
}

/**
 * The smallest change that counts between two assessments when the score rests on as few as
 * `answers` answers in one direction: more than one of those answers moved one step of the scale
 * (25 points) could make once rounded, and never less than the questionnaire's `trendThreshold`. One
 * answer a direction: 26 points; two: 14; three or more: the questionnaire's threshold (10 here).
 */
export const trendThresholdFor = (inst: Pick<Instrument, 'trendThreshold'>, answers: number): number =>
  Math.max(inst.trendThreshold, Math.ceil(25 / Math.max(1, answers)) + 1);

/** What you give and what you get, each named when it moved by at least its threshold: "what you give up 50, what you get down 50". */
function sideChanges(give: number, giveThreshold: number, get: number, getThreshold: number, t: Translate): string {
  const moved = [
    Math.abs(give) < giveThreshold ? '' : give > 0 ? t('reciprocity.trend.give.up', { points: give }) : t('reciprocity.trend.give.down', { points: -give }),
    Math.abs(get) < getThreshold ? '' : get > 0 ? t('reciprocity.trend.get.up', { points: get }) : t('reciprocity.trend.get.down', { points: -get }),
  ].filter(Boolean);
  return moved.length ? enumerated(moved, t) : '';
}

/** How a change reads, with the directions that moved when the score stayed about the same: the weaker direction alone would hide a reversal. */
const changeWithSides = (change: number, threshold: number, sides: string, t: Translate): string =>
  sides && Math.abs(change) < threshold ? t('reciprocity.trend.sameBut', { sides }) : changeText(change, threshold, t);

/** "The balance has turned: …" when the earlier assessment leaned one way and the later the other way; otherwise ''. */
function turnedText(before: BalanceKind, after: BalanceKind, t: Translate): string {
  const a = balanceDirection(before);
  const b = balanceDirection(after);
  if (a === 'givesMore' && b === 'receivesMore') return t('reciprocity.trend.turned.toReceiving');
  if (a === 'receivesMore' && b === 'givesMore') return t('reciprocity.trend.turned.toGiving');
  return '';
}

/** The fewest answers behind either direction of a dimension. */
const restsOn = (d: DimensionResult): number => Math.min(d.given, d.got);

/**
 * The overall score and each dimension's across assessments of ONE relationship as one role,
 * oldest first (group them with `trendGroups`). Only assessments answered with this questionnaire
 * count: answers to another are never trended. A dimension's change needs a score both times, and
 * counts only when larger than what one of its answers moving a step could make. The overall's
 * change is worked out over the parts with a score both times, so a part answered only once does
 * not move it.
 */
export function trends(inst: Instrument, history: readonly HistoryEntry[], t: Translate): { overall: Trend; dimensions: Trend[] } {
  const sorted = history.filter((h) => h.instrument === inst.id).sort((a, b) => a.date.localeCompare(b.date));
  const results = sorted.map((h) => ({ date: h.date, result: scoreAssessment(inst, h.role, h.stage, h.answers, t) }));
  const withOverall = results.filter((r) => r.result.overall !== null);
  const [prev, last] = withOverall.slice(-2);
  const dimensions = inst.dimensions.map((d, i): Trend => {
    const points = results.map((r) => ({ date: r.date, score: r.result.dimensions[i]!.score }));
    const scored = results.filter((r) => r.result.dimensions[i]!.score !== null);
    const [a, b] = scored.slice(-2).map((r) => r.result.dimensions[i]!);
    if (!a || !b) return { id: d.id, title: d.title, points, change: null, threshold: null, text: changeText(null, 0, t), sides: '', note: null };
    const threshold = trendThresholdFor(inst, Math.min(restsOn(a), restsOn(b)));
    const change = b.score! - a.score!;
    const sides = sideChanges(b.give! - a.give!, trendThresholdFor(inst, Math.min(a.given, b.given)), b.get! - a.get!, trendThresholdFor(inst, Math.min(a.got, b.got)), t);
    return { id: d.id, title: d.title, points, change, threshold, text: changeWithSides(change, threshold, sides, t), sides, note: null };
  });
  const overallPoints = results.map((r) => ({ date: r.date, score: r.result.overall }));
  let overall: Trend = { id: 'overall', title: t('reciprocity.trend.overall'), points: overallPoints, change: null, threshold: null, text: changeText(null, 0, t), sides: '', note: null };
  const both = prev && last ? inst.dimensions.map((_, i) => [prev.result.dimensions[i]!, last.result.dimensions[i]!] as const).filter(([a, b]) => a.score !== null && b.score !== null) : [];
  if (prev && last && both.length < inst.minimum.dimensions) {
    overall = { ...overall, note: t('reciprocity.trend.tooFewParts', { count: both.length, needed: inst.minimum.dimensions }) };
  } else if (prev && last) {
    const meanOf = (xs: readonly DimensionResult[]) => Math.round(mean(xs.map((x) => x.score!))!);
    const change = meanOf(both.map(([, b]) => b)) - meanOf(both.map(([a]) => a));
    const answers = both.reduce((n, [a, b]) => n + Math.min(restsOn(a), restsOn(b)), 0);
    const threshold = trendThresholdFor(inst, answers);
    const same = both.length === prev.result.dimensions.filter((x) => x.score !== null).length && both.length === last.result.dimensions.filter((x) => x.score !== null).length;
    const side = (pick: (x: DimensionResult) => number) => Math.round(mean(both.map(([, b]) => pick(b)))!) - Math.round(mean(both.map(([a]) => pick(a)))!);
    const sides = sideChanges(side((x) => x.give!), threshold, side((x) => x.get!), threshold, t);
    const turned = turnedText(prev.result.balance.kind, last.result.balance.kind, t);
    overall = {
      ...overall,
      change,
      threshold,
      text: changeWithSides(change, threshold, sides, t),
      sides,
      note: [same ? '' : t('reciprocity.trend.workedOut', { count: both.length }), turned].filter(Boolean).join(' ') || null,
    };
  }
  return { overall, dimensions };
}

// ---------------------------------------------------------------------------------------------
// Comparing with the partner

export interface Answered {
  instrument: string;
  role: Role;
  stage: Stage;
  answers: Answers;
}

/** Who a behaviour flows from: me to my partner, or my partner to me. */
export type Flow = 'from-me' | 'to-me';

export interface FlowGap {
  behaviour: string;
  dimension: string;
  flow: Flow;
  /** The giver's answer about what they do, and the receiver's about what they get. */
  giver: Answer | undefined;
  receiver: Answer | undefined;
  /** giver − receiver in steps of the scale; null when either did not answer on the scale. */
  gap: number | null;
}

export interface NamedGap extends FlowGap {
  /** "You say you often introduce Tomasz to people who can help; Tomasz says it rarely happens." */
  text: string;
}

export type Comparison =
  | { ok: false; reason: 'instrument' | 'roles'; message: string }
  | {
      ok: true;
      /** Said first when the two chose different stages; otherwise null. */
      stageNote: string | null;
      /** Each behaviour in each direction, in the instrument's order: from me, then to me. */
      flows: FlowGap[];
      /** The largest gaps in each direction (at least `comparison.gap` steps), largest first, at most three each. */
      largest: { fromMe: NamedGap[]; toMe: NamedGap[] };
      /**
       * Behaviours answered on the scale by both of you, in each direction, and how many a comparison
       * needs before it may say you see things much the same way: `minimum.dimensions` ×
       * `minimum.behavioursEachWay`, the answers an overall score needs in one direction.
       */
      overlap: { fromMe: number; toMe: number; needed: number };
      /** How many steps apart two answers must be before the gap is named (the questionnaire's `comparison.gap`). */
      comparisonGap: number;
      /** Each dimension's score on each side. */
      dimensions: { id: string; title: string; mine: number | null; theirs: number | null }[];
      mine: Result;
      theirs: Result;
    };

export const MAX_NAMED_GAPS = 3;

/** An answer as it reads inside a sentence ("often"): the questionnaire's `inSentence` word, or its scale label in lower case. */
export const inSentence = (inst: Pick<Instrument, 'scale' | 'inSentence'>, a: Answer | undefined): string =>
  a === undefined || a === 'na' ? '' : (inst.inSentence?.[a - 1] ?? inst.scale[a - 1]!.toLowerCase());

/** The gap named in a sentence, from the giver's side: who says they do it how often, and how often the other says it happens. */
export function gapText(inst: Instrument, b: Pick<Behaviour, 'gist'>, g: Pick<FlowGap, 'flow' | 'giver' | 'receiver'>, partnerName: string, t: Translate): string {
  const who = partnerName.trim() || t('reciprocity.partner.inSentence');
  const params = { giver: inSentence(inst, g.giver), receiver: inSentence(inst, g.receiver) };
  if (g.flow === 'from-me') return t('reciprocity.compare.gap.fromMe', { ...params, who, gist: b.gist.replace('{other}', who) });
  return capitalise(t('reciprocity.compare.gap.toMe', { ...params, who, gist: b.gist.replace('{other}', t('reciprocity.partner.you')) }));
}

/**
 * Compare my answers with my partner's, like with like: for each behaviour, my rating of what I do
 * beside my partner's rating of what they get from me, and the other way round. Refused across
 * questionnaires, and between two people who answered as the same role.
 */
export function compare(inst: Instrument, me: Answered, partner: Answered & { name: string }, t: Translate): Comparison {
  if (me.instrument !== inst.id || partner.instrument !== inst.id) {
    return { ok: false, reason: 'instrument', message: t('reciprocity.compare.otherVersion') };
  }
  const who = partner.name.trim() || t('reciprocity.partner.inSentence');
  if (me.role === partner.role) {
    return {
      ok: false,
      reason: 'roles',
      message: me.role === 'mentor' ? t('reciprocity.compare.sameRole.mentor', { who }) : t('reciprocity.compare.sameRole.mentee', { who }),
    };
  }
  const mine = scoreAssessment(inst, me.role, me.stage, me.answers, t);
  const theirs = scoreAssessment(inst, partner.role, partner.stage, partner.answers, t);
  const stageLabel = (s: Stage) => inst.stages.find((x) => x.id === s)?.label ?? s;
  const stageNote = me.stage === partner.stage ? null : t('reciprocity.compare.stageNote', { mine: stageLabel(me.stage), who, theirs: stageLabel(partner.stage) });

  const flows: FlowGap[] = [];
  for (const flow of ['from-me', 'to-me'] as const) {
    for (const b of inst.behaviours) {
      const giver = flow === 'from-me' ? me.answers[answerKey(b.id, 'self')] : partner.answers[answerKey(b.id, 'self')];
      const receiver = flow === 'from-me' ? partner.answers[answerKey(b.id, 'partner')] : me.answers[answerKey(b.id, 'partner')];
      const g = points(giver);
      const r = points(receiver);
      flows.push({ behaviour: b.id, dimension: b.dimension, flow, giver, receiver, gap: g === null || r === null ? null : (g - r) / 25 });
    }
  }
  const named = (flow: Flow): NamedGap[] =>
    flows
      .filter((f) => f.flow === flow && f.gap !== null && Math.abs(f.gap) >= inst.comparison.gap)
      .map((f, i) => ({ f, i }))
      .sort((x, y) => Math.abs(y.f.gap!) - Math.abs(x.f.gap!) || x.i - y.i)
      .slice(0, MAX_NAMED_GAPS)
      .map(({ f }) => ({ ...f, text: gapText(inst, inst.behaviours.find((b) => b.id === f.behaviour)!, f, partner.name, t) }));
  const both = (flow: Flow) => flows.filter((f) => f.flow === flow && f.gap !== null).length;
  return {
    ok: true,
    stageNote,
    flows,
    comparisonGap: inst.comparison.gap,
    overlap: { fromMe: both('from-me'), toMe: both('to-me'), needed: inst.minimum.dimensions * inst.minimum.behavioursEachWay },
    largest: { fromMe: named('from-me'), toMe: named('to-me') },
    dimensions: inst.dimensions.map((d, i) => ({ id: d.id, title: d.title, mine: mine.dimensions[i]!.score, theirs: theirs.dimensions[i]!.score })),
    mine,
    theirs,
  };
}

/**
 * What to say about one direction of a comparison besides its named gaps: too little in common
 * (fewer behaviours answered by both than `overlap.needed`), "much the same way" (enough in common
 * and no gap named), or null (gaps named, enough in common).
 */
export function comparisonVerdict(c: Extract<Comparison, { ok: true }>, flow: Flow, t: Translate): string | null {
  const n = flow === 'from-me' ? c.overlap.fromMe : c.overlap.toMe;
  const gaps = flow === 'from-me' ? c.largest.fromMe : c.largest.toMe;
  if (n === 0) return t('reciprocity.compare.verdict.none');
  if (n < c.overlap.needed) return gaps.length ? t('reciprocity.compare.verdict.fewBeyond', { count: n, needed: c.overlap.needed }) : t('reciprocity.compare.verdict.few', { count: n, needed: c.overlap.needed });
  return gaps.length ? null : t('reciprocity.compare.verdict.same', { gap: c.comparisonGap, count: n });
}
