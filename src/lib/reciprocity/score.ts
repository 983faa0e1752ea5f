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
  /** Plain words: "By your own answers, you give much more than you receive." */
  text: string;
}

// "By your own answers": what I give is my report on myself, what I get my report on my partner.
const BALANCE_TEXT: Record<BalanceKind, string> = {
  'gives-much-more': 'By your own answers, you give much more than you receive.',
  'gives-more': 'By your own answers, you give more than you receive.',
  balanced: 'By your own answers, what you give and what you receive are balanced.',
  'receives-more': 'By your own answers, you receive more than you give.',
  'receives-much-more': 'By your own answers, you receive much more than you give.',
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
  /** Set when the two directions fall in different bands: which is stronger, and its name ("Strong from you, needs attention towards you."). */
  oneSided: { stronger: 'give' | 'get'; label: string } | null;
  /** What the band means here, in words: the band's meaning, or for a one-sided dimension its name and what to do. Null without a band. */
  verdict: string | null;
  /** Whether the band's next steps apply: not when you give more here than you get (they could ask you for more still). */
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
  /** Point to the guide on power and safety and the programme's concerns contact: when you give much more than you get, or when little is happening either way. */
  safety: boolean;
  /** The two or three dimensions to work on first (lowest, below the top band); none without an overall score. */
  priorities: DimensionResult[];
  /** Said when there are bands and no dimension is below the top band in either direction; otherwise null. */
  allStrong: string | null;
  answered: number;
  notApplicable: number;
  unanswered: number;
  total: number;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const otherRole = (role: Role) => (role === 'mentor' ? 'mentee' : 'mentor');

/** What one dimension still needs, in a sentence: "Too few answers for a score: …. Answer 1 more." */
export function dimensionMissing(d: Pick<DimensionResult, 'given' | 'got' | 'needed' | 'blocked'>, minimum: number, notApplicable = 'Not yet / does not apply'): string {
  const has = `Too few answers for a score: it needs ${plural(minimum, 'behaviour', 'behaviours')} answered in each direction, and has ${d.given} for what you do and ${d.got} for what your partner does.`;
  return d.blocked
    ? `${has} The others were answered “${notApplicable}”, so this part has no score for now.`
    : `${has} Answer ${d.needed} more.`;
}

/** The name of a one-sided dimension and what to do about it, worded for the role. */
function oneSidedVerdict(label: string, stronger: 'give' | 'get', role: Role): string {
  const other = otherRole(role);
  return stronger === 'give'
    ? `${label} Doing still more is not the answer: tell your ${other} what you would value from them, and if it feels unfair, use the contact for concerns on this page.`
    : `${label} Ask your ${other} what would be worth having from you, and offer one thing back.`;
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
function nearBoundaryText(bands: readonly Band[], band: Band, give: number[], get: number[], minEach: number): string | null {
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
        if (b && b.id !== band.id) return `One answer from “${b.label}”: one answer a step ${step < 0 ? 'lower' : 'higher'} would make it so.`;
      }
    }
  }
  return null;
}

/** Score one person's answers, as `role`, at `stage`. */
export function scoreAssessment(inst: Instrument, role: Role, stage: Stage, answers: Answers): Result {
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
      ? `All your answers but one were “${answerLabel(inst, usual)}”, so the scores show little of what is stronger or weaker. If that is how it is, read on; if not, think of a recent example for each statement.`
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
    const oneSided =
      giveBand && getBand && giveBand.id !== getBand.id
        ? { stronger: giveR! > getR! ? ('give' as const) : ('get' as const), label: `${capitalise(giveBand.label.toLowerCase())} from you, ${getBand.label.toLowerCase()} towards you.` }
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
      oneSided,
      verdict: band === null ? null : oneSided ? oneSidedVerdict(oneSided.label, oneSided.stronger, role) : band.meaning,
      bandSteps: band !== null && oneSided?.stronger !== 'give',
      nearBoundary: band === null ? null : nearBoundaryText(d.bands, band, give, get, minEach),
      balance: balanceOf(scored ? gv.mean : null, scored ? gt.mean : null, inst.balanceThreshold),
      expect: d.expect[stage],
    };
  });

  const scored = dimensions.filter((d) => d.score !== null);
  const enough = scored.length >= inst.minimum.dimensions;
  const overall = enough ? Math.round(mean(scored.map((d) => d.score!))!) : null;
  let missing: string | null = null;
  if (!enough) {
    const lacking = dimensions.filter((d) => d.score === null && !d.blocked).map((d) => `${d.title} (${d.needed} more)`);
    const blocked = dimensions.filter((d) => d.score === null && d.blocked).map((d) => d.title);
    missing =
      `An overall score needs at least ${inst.minimum.dimensions} of the ${dimensions.length} parts with a score, and ${scored.length} ${scored.length === 1 ? 'has' : 'have'} one so far. ` +
      `A part has a score once ${plural(minEach, 'behaviour is', 'behaviours are')} answered in each direction.` +
      (lacking.length ? ` Still to answer: ${lacking.join(', ')}.` : '') +
      (blocked.length ? ` With “${inst.notApplicable}” for too many statements, ${blocked.join(', ')} ${blocked.length === 1 ? 'has' : 'have'} no score for now.` : '');
  }
  const top = (d: DimensionResult) => d.band !== null && d.band.max >= 100;
  const order = (id: string) => inst.dimensions.findIndex((x) => x.id === id);
  const priorities =
    enough && bandsShown
      ? scored
          .filter((d) => !top(d))
          .sort((a, b) => a.score! - b.score! || order(a.id) - order(b.id))
          .slice(0, 3)
      : [];
  const balance = enough && bandsShown ? balanceOf(mean(scored.map((d) => d.give!)), mean(scored.map((d) => d.get!)), inst.balanceThreshold) : balanceOf(null, null, inst.balanceThreshold);
  const dir = balanceDirection(balance.kind);
  const overallBand = overall === null || !bandsShown ? null : bandFor(inst.overall.bands, overall);
  const littleHappening = never
    ? 'You answered “Never” to every statement: by your own answers, little is happening in this relationship, in either direction. That is worth saying out loud. Talk to your partner about whether to go on and what would have to change, or talk in confidence to the programme’s contact for concerns.'
    : null;
  return {
    role,
    stage,
    expect: st?.expect ?? '',
    balanceNote: dir && st && !never ? st.balanceNote[role][dir] : '',
    dimensions,
    overall,
    overallBand,
    overallText:
      overallBand === null
        ? null
        : balance.kind === 'gives-much-more'
          ? 'The overall score follows the weaker direction in each part: here, by your own answers, what you receive. What you give is not the problem.'
          : balance.kind === 'receives-much-more'
            ? 'The overall score follows the weaker direction in each part: here, by your own answers, what you give.'
            : overallBand.meaning,
    balance,
    missing,
    sameAnswer,
    sameAnswerText: sameAnswer !== null && !never ? sameAnswerText(inst, sameAnswer) : null,
    nearSameText,
    littleHappening,
    safety: balance.kind === 'gives-much-more' || never,
    priorities,
    allStrong: enough && bandsShown && priorities.length === 0 ? 'Every dimension you answered is strong in each direction. Keep the habits that got you here, and review again in a few months.' : null,
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
export function comparisonVerdict(c: Extract<Comparison, { ok: true }>, flow: Flow): string | null {
  const n = flow === 'from-me' ? c.overlap.fromMe : c.overlap.toMe;
  const gaps = flow === 'from-me' ? c.largest.fromMe : c.largest.toMe;
  if (n === 0) return 'No behaviour in this direction was answered by both of you on the scale, so there is too little in common to compare.';
  if (n < c.overlap.needed)
    return `Only ${plural(n, 'behaviour', 'behaviours')} in this direction ${n === 1 ? 'was' : 'were'} answered by both of you on the scale, and a comparison needs ${c.overlap.needed}: there is too little in common to compare${gaps.length ? ' beyond the differences above' : ''}.`;
  return gaps.length ? null : `No answers ${c.comparisonGap} or more steps apart over the ${n} behaviours you both answered: you see these much the same way.`;
}
