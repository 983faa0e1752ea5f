/**
 * Scoring the reciprocity self-assessment. Pure functions: answers in, scores and plain words out.
 *
 * - An answer on the frequency scale is worth 0, 25, 50, 75 or 100 points (Never … Always).
 *   "Not yet / does not apply" and unanswered statements are left out, never counted as low.
 * - A behaviour counts once it is answered in both directions (what I do for my partner, what my
 *   partner does for me), so giving and getting are always compared over the same behaviours.
 * - A dimension has a score once `minimum.behavioursEachWay` behaviours count: what I give (the mean
 *   of my "I …" answers), what I get (the mean of my "My partner …" answers), and their mean.
 * - The overall score, its band and the overall balance need `minimum.dimensions` scored
 *   dimensions; below that, the result says what is missing.
 * - The stage never changes a score or a band: it is shown in words, as what to expect.
 * - The same answer to every statement is named, and no band is shown.
 */
import type { Answer, Role, Stage } from '../docs/assessment-doc';
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

export type BalanceKind = 'gives-much-more' | 'gives-more' | 'balanced' | 'receives-more' | 'receives-much-more' | 'unknown';

export interface Balance {
  kind: BalanceKind;
  give: number | null;
  get: number | null;
  /** give − get, in points. */
  difference: number | null;
  /** Plain words: "You give much more than you receive." */
  text: string;
}

const BALANCE_TEXT: Record<BalanceKind, string> = {
  'gives-much-more': 'You give much more than you receive.',
  'gives-more': 'You give more than you receive.',
  balanced: 'What you give and what you receive are balanced.',
  'receives-more': 'You receive more than you give.',
  'receives-much-more': 'You receive much more than you give.',
  unknown: 'There are not yet enough answers to say how giving and receiving balance.',
};

/** The balance as a short phrase that reads for anyone: "Giving much more than receiving". */
export const BALANCE_SHORT: Record<BalanceKind, string> = {
  'gives-much-more': 'Giving much more than receiving',
  'gives-more': 'Giving more than receiving',
  balanced: 'Balanced between giving and receiving',
  'receives-more': 'Receiving more than giving',
  'receives-much-more': 'Receiving much more than giving',
  unknown: 'Not enough answers to say',
};

/** Name the gap between giving and getting in plain words: more than `threshold` points is "more", more than twice it "much more". */
export function balanceOf(give: number | null, get: number | null, threshold: number): Balance {
  if (give === null || get === null) return { kind: 'unknown', give, get, difference: null, text: BALANCE_TEXT.unknown };
  const difference = Math.round(give) - Math.round(get);
  const kind: BalanceKind =
    difference > 2 * threshold ? 'gives-much-more' : difference > threshold ? 'gives-more' : difference < -2 * threshold ? 'receives-much-more' : difference < -threshold ? 'receives-more' : 'balanced';
  return { kind, give: Math.round(give), get: Math.round(get), difference, text: BALANCE_TEXT[kind] };
}

export interface DimensionResult {
  id: string;
  title: string;
  /** Behaviours in the dimension. */
  behaviours: number;
  /** Behaviours answered in both directions (neither side "not yet"). */
  paired: number;
  /** More behaviours to answer in both directions before the dimension has a score; 0 once it has one. */
  needed: number;
  /** What I give and what I get, 0–100, over the same behaviours; null until the dimension has a score. */
  give: number | null;
  get: number | null;
  /** The mean of give and get, 0–100, or null when too few behaviours count. */
  score: number | null;
  /** The score's band; null without a score, or when every answer was the same. */
  band: Band | null;
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
  /** What the balance means at this stage, for this role. */
  balanceNote: string;
  dimensions: DimensionResult[];
  /** The mean of the dimension scores, once `minimum.dimensions` have one; otherwise null. */
  overall: number | null;
  /** Null without an overall score, or when every answer was the same. */
  overallBand: OverallBand | null;
  /** Give against get over every dimension with a score; unknown without an overall score. */
  balance: Balance;
  /** What is still needed for an overall score, in a sentence; null once there is one. */
  missing: string | null;
  /** The one answer given to every statement answered, when every answer was the same. */
  sameAnswer: Answer | null;
  /** The two or three dimensions to work on first (lowest, below the top band); none without an overall score. */
  priorities: DimensionResult[];
  answered: number;
  notApplicable: number;
  unanswered: number;
  total: number;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** What one dimension still needs, in a sentence: "Answer 1 more behaviour in both directions…". */
export function dimensionMissing(d: Pick<DimensionResult, 'paired' | 'needed'>, minimum: number): string {
  return `Too few answers for a score: it needs ${plural(minimum, 'behaviour', 'behaviours')} answered in both directions (what you do and what your partner does), and ${d.paired} ${d.paired === 1 ? 'is' : 'are'}. Answer ${d.needed} more.`;
}

/** Score one person's answers, as `role`, at `stage`. */
export function scoreAssessment(inst: Instrument, role: Role, stage: Stage, answers: Answers): Result {
  const st = inst.stages.find((s) => s.id === stage);
  const minEach = inst.minimum.behavioursEachWay;
  let answered = 0;
  let notApplicable = 0;
  const given = new Set<Answer>();
  for (const b of inst.behaviours) {
    for (const side of ['self', 'partner'] as const) {
      const a = answers[answerKey(b.id, side)];
      if (a === 'na') notApplicable++;
      else if (a !== undefined) {
        answered++;
        given.add(a);
      }
    }
  }
  const sameAnswer = answered >= 2 * minEach && given.size === 1 ? [...given][0]! : null;

  const dimensions: DimensionResult[] = inst.dimensions.map((d) => {
    const behaviours = inst.behaviours.filter((b) => b.dimension === d.id);
    const give: number[] = [];
    const get: number[] = [];
    for (const b of behaviours) {
      const g = points(answers[answerKey(b.id, 'self')]);
      const r = points(answers[answerKey(b.id, 'partner')]);
      if (g === null || r === null) continue;
      give.push(g);
      get.push(r);
    }
    const paired = give.length;
    const scored = paired >= minEach;
    const giveMean = scored ? mean(give) : null;
    const getMean = scored ? mean(get) : null;
    const score = scored ? Math.round(mean([...give, ...get])!) : null;
    return {
      id: d.id,
      title: d.title,
      behaviours: behaviours.length,
      paired,
      needed: Math.max(0, minEach - paired),
      give: giveMean === null ? null : Math.round(giveMean),
      get: getMean === null ? null : Math.round(getMean),
      score,
      band: score === null || sameAnswer !== null ? null : bandFor(d.bands, score),
      balance: balanceOf(giveMean, getMean, inst.balanceThreshold),
      expect: d.expect[stage],
    };
  });

  const scored = dimensions.filter((d) => d.score !== null);
  const enough = scored.length >= inst.minimum.dimensions;
  const overall = enough ? Math.round(mean(scored.map((d) => d.score!))!) : null;
  let missing: string | null = null;
  if (!enough) {
    const lacking = dimensions.filter((d) => d.score === null).map((d) => `${d.title} (${d.needed} more)`);
    missing =
      `An overall score needs at least ${inst.minimum.dimensions} of the ${dimensions.length} parts with a score, and ${scored.length} ${scored.length === 1 ? 'has' : 'have'} one so far. ` +
      `A part has a score once ${plural(minEach, 'behaviour is', 'behaviours are')} answered in both directions. Still to answer: ${lacking.join(', ')}.`;
  }
  const top = (d: DimensionResult) => d.band !== null && d.band.max >= 100;
  const order = (id: string) => inst.dimensions.findIndex((x) => x.id === id);
  const priorities =
    enough && sameAnswer === null
      ? scored
          .filter((d) => !top(d))
          .sort((a, b) => a.score! - b.score! || order(a.id) - order(b.id))
          .slice(0, 3)
      : [];
  return {
    role,
    stage,
    expect: st?.expect ?? '',
    balanceNote: st?.balanceNote[role] ?? '',
    dimensions,
    overall,
    overallBand: overall === null || sameAnswer !== null ? null : bandFor(inst.overall.bands, overall),
    balance: enough && sameAnswer === null ? balanceOf(mean(scored.map((d) => d.give!)), mean(scored.map((d) => d.get!)), inst.balanceThreshold) : balanceOf(null, null, inst.balanceThreshold),
    missing,
    sameAnswer,
    priorities,
    answered,
    notApplicable,
    unanswered: inst.behaviours.length * 2 - answered - notApplicable,
    total: inst.behaviours.length * 2,
  };
}

/** The label of an answer: a word of the scale, or the "not yet" label. */
export const answerLabel = (inst: Instrument, a: Answer): string => (a === 'na' ? inst.notApplicable : inst.scale[a - 1]!);

/** "You gave the same answer (“Often”) to every statement…": the note shown instead of bands. */
export const sameAnswerText = (inst: Instrument, a: Answer): string =>
  `You gave the same answer (“${answerLabel(inst, a)}”) to every statement you answered, so the scores cannot show what is stronger or weaker, and no band is shown. Try answering again, thinking of a recent example for each statement.`;

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
  /** "up 12", "down 15", "about the same" (a change smaller than the instrument's trendThreshold), or "–". */
  text: string;
}

export interface HistoryEntry {
  instrument: string;
  date: string;
  role: Role;
  stage: Stage;
  answers: Answers;
}

/** How a change reads: smaller than `threshold` points is "about the same". */
export function changeText(change: number | null, threshold: number): string {
  if (change === null) return '–';
  if (Math.abs(change) < threshold) return 'about the same';
  return change > 0 ? `up ${change}` : `down ${-change}`;
}

function trendOf(id: string, title: string, points: TrendPoint[], threshold: number): Trend {
  const scored = points.filter((p) => p.score !== null);
  const change = scored.length >= 2 ? scored.at(-1)!.score! - scored.at(-2)!.score! : null;
  return { id, title, points, change, text: changeText(change, threshold) };
}

/**
 * The overall score and each dimension's across assessments of one role, oldest first. Only
 * assessments answered with this questionnaire count: answers to another are never trended.
 */
export function trends(inst: Instrument, history: readonly HistoryEntry[]): { overall: Trend; dimensions: Trend[] } {
  const sorted = history.filter((h) => h.instrument === inst.id).sort((a, b) => a.date.localeCompare(b.date));
  const results = sorted.map((h) => ({ date: h.date, result: scoreAssessment(inst, h.role, h.stage, h.answers) }));
  return {
    overall: trendOf('overall', 'Overall', results.map((r) => ({ date: r.date, score: r.result.overall })), inst.trendThreshold),
    dimensions: inst.dimensions.map((d) =>
      trendOf(d.id, d.title, results.map((r) => ({ date: r.date, score: r.result.dimensions.find((x) => x.id === d.id)?.score ?? null })), inst.trendThreshold),
    ),
  };
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
      /** Each dimension's score on each side. */
      dimensions: { id: string; title: string; mine: number | null; theirs: number | null }[];
      mine: Result;
      theirs: Result;
    };

export const MAX_NAMED_GAPS = 3;

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const freq = (inst: Instrument, a: Answer | undefined) => (a === undefined || a === 'na' ? '' : inst.scale[a - 1]!.toLowerCase());

/** The gap named in a sentence, from the giver's side: who says they do it how often, and how often the other says it happens. */
export function gapText(inst: Instrument, b: Pick<Behaviour, 'gist'>, g: Pick<FlowGap, 'flow' | 'giver' | 'receiver'>, partnerName: string): string {
  const who = partnerName.trim() || 'your partner';
  if (g.flow === 'from-me') return `You say you ${freq(inst, g.giver)} ${b.gist.replace('{other}', who)}; ${who} says it ${freq(inst, g.receiver)} happens.`;
  return `${capitalise(who)} says they ${freq(inst, g.giver)} ${b.gist.replace('{other}', 'you')}; you say it ${freq(inst, g.receiver)} happens.`;
}

/**
 * Compare my answers with my partner's, like with like: for each behaviour, my rating of what I do
 * beside my partner's rating of what they get from me, and the other way round. Refused across
 * questionnaires, and between two people who answered as the same role.
 */
export function compare(inst: Instrument, me: Answered, partner: Answered & { name: string }): Comparison {
  if (me.instrument !== inst.id || partner.instrument !== inst.id) {
    return {
      ok: false,
      reason: 'instrument',
      message: 'These answers come from a different version of the questionnaire, which asks different questions, so they cannot be compared. Both of you need to answer the current questionnaire.',
    };
  }
  const who = partner.name.trim() || 'your partner';
  if (me.role === partner.role) {
    return {
      ok: false,
      reason: 'roles',
      message: `You and ${who} both answered as the ${me.role}. A comparison sets a mentor’s answers beside a mentee’s, so choose an assessment you took as the ${me.role === 'mentor' ? 'mentee' : 'mentor'}.`,
    };
  }
  const mine = scoreAssessment(inst, me.role, me.stage, me.answers);
  const theirs = scoreAssessment(inst, partner.role, partner.stage, partner.answers);
  const stageLabel = (s: Stage) => inst.stages.find((x) => x.id === s)?.label ?? s;
  const stageNote =
    me.stage === partner.stage
      ? null
      : `You chose “${stageLabel(me.stage)}” and ${who} chose “${stageLabel(partner.stage)}”. You may be counting from different starting points: the scores do not change with the stage, but what to expect does, so agree on one before you talk about the gaps.`;

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
      .map(({ f }) => ({ ...f, text: gapText(inst, inst.behaviours.find((b) => b.id === f.behaviour)!, f, partner.name) }));
  return {
    ok: true,
    stageNote,
    flows,
    largest: { fromMe: named('from-me'), toMe: named('to-me') },
    dimensions: inst.dimensions.map((d, i) => ({ id: d.id, title: d.title, mine: mine.dimensions[i]!.score, theirs: theirs.dimensions[i]!.score })),
    mine,
    theirs,
  };
}
