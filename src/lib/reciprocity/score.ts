/**
 * Scoring the reciprocity self-assessment. Pure functions: answers in, scores and plain words out.
 *
 * - An answer of 1–5 becomes 0, 25, 50, 75 or 100; a reverse-scored item counts the other way.
 * - "Not applicable yet" and unanswered items are left out, never counted as low.
 * - A dimension's score is the mean of its answered items, once it has `minAnswers` of them.
 * - The band reads the score with the stage's leniency: a new relationship is judged more gently.
 */
import type { Answer, Role, Stage } from '../docs/assessment-doc';
import type { Band, Instrument, Item, OverallBand, StageDef } from './schema';

export type Answers = Record<string, Answer>;

/** An item's score out of 100, or null when it does not count. */
export function itemScore(item: Pick<Item, 'reverse'>, answer: Answer | undefined): number | null {
  if (answer === undefined || answer === 'na') return null;
  const value = item.reverse ? 6 - answer : answer;
  return ((value - 1) / 4) * 100;
}

const mean = (xs: number[]): number | null => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);

export function stageDef(inst: Instrument, stage: Stage): StageDef {
  return inst.stages.find((s) => s.id === stage) ?? { id: stage, label: stage, leniency: 0, balanceNote: { mentor: '', mentee: '' } };
}

/** The band a score falls in, after the stage's leniency lifts it (capped at 100). */
export function bandFor<B extends Pick<Band, 'min' | 'max'>>(dimension: { bands: B[] }, score: number, leniency = 0): B {
  const lifted = Math.min(100, Math.round(score) + leniency);
  const band = dimension.bands.find((b) => lifted >= b.min && lifted <= b.max);
  if (!band) throw new Error(`No band covers ${lifted}`);
  return band;
}

export interface DimensionResult {
  id: string;
  title: string;
  /** Items answered with 1–5 (not "not applicable yet"). */
  answered: number;
  items: number;
  /** 0–100, or null when too few answers to say. */
  score: number | null;
  band: Band | null;
  meaning: string | null;
  give: number | null;
  get: number | null;
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
  /** What this means at this stage, for this role. */
  note: string;
}

export interface Result {
  role: Role;
  stage: Stage;
  dimensions: DimensionResult[];
  overall: number | null;
  overallBand: OverallBand | null;
  overallMeaning: string | null;
  balance: Balance;
  /** The two or three dimensions to work on first (lowest, below the top band). */
  priorities: DimensionResult[];
  answered: number;
  unanswered: number;
  notApplicable: number;
  total: number;
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

/** Name the gap between giving and getting in plain words. */
export function balanceOf(give: number | null, get: number | null, threshold: number, note = ''): Balance {
  if (give === null || get === null) return { kind: 'unknown', give, get, difference: null, text: BALANCE_TEXT.unknown, note };
  const difference = Math.round(give - get);
  const kind: BalanceKind =
    difference > 2 * threshold ? 'gives-much-more' : difference > threshold ? 'gives-more' : difference < -2 * threshold ? 'receives-much-more' : difference < -threshold ? 'receives-more' : 'balanced';
  return { kind, give: Math.round(give), get: Math.round(get), difference, text: BALANCE_TEXT[kind], note };
}

/** Score one person's answers, as `role`, at `stage`. */
export function scoreAssessment(inst: Instrument, role: Role, stage: Stage, answers: Answers): Result {
  const st = stageDef(inst, stage);
  const allGive: number[] = [];
  const allGet: number[] = [];
  let answered = 0;
  let notApplicable = 0;
  const dimensions: DimensionResult[] = inst.dimensions.map((d) => {
    const items = inst.items.filter((i) => i.dimension === d.id);
    const scores: number[] = [];
    const give: number[] = [];
    const get: number[] = [];
    for (const item of items) {
      const a = answers[item.id];
      if (a === 'na') notApplicable++;
      const s = itemScore(item, a);
      if (s === null) continue;
      answered++;
      scores.push(s);
      (item.direction === 'give' ? give : get).push(s);
      (item.direction === 'give' ? allGive : allGet).push(s);
    }
    const enough = scores.length >= inst.minAnswers;
    const score = enough ? Math.round(mean(scores)!) : null;
    const band = score === null ? null : bandFor(d, score, st.leniency);
    return {
      id: d.id,
      title: d.title,
      answered: scores.length,
      items: items.length,
      score,
      band,
      meaning: band ? band.meaning[stage] : null,
      give: mean(give),
      get: mean(get),
    };
  });
  const scored = dimensions.filter((d) => d.score !== null);
  const overall = scored.length ? Math.round(mean(scored.map((d) => d.score!))!) : null;
  const overallBand = overall !== null ? bandFor(inst.overall, overall, st.leniency) : null;
  const top = (d: DimensionResult) => d.band && d.band.max >= 100;
  const priorities = scored
    .filter((d) => !top(d))
    .sort((a, b) => a.score! - b.score! || inst.dimensions.findIndex((x) => x.id === a.id) - inst.dimensions.findIndex((x) => x.id === b.id))
    .slice(0, 3);
  return {
    role,
    stage,
    dimensions,
    overall,
    overallBand,
    overallMeaning: overallBand ? overallBand.meaning[stage] : null,
    balance: balanceOf(mean(allGive), mean(allGet), inst.balanceThreshold, st.balanceNote[role]),
    priorities,
    answered,
    notApplicable,
    unanswered: inst.items.length - answered - notApplicable,
    total: inst.items.length,
  };
}

/** The text a person answers for an item. */
export const itemText = (item: Item, role: Role): string => (role === 'mentor' ? item.mentor : item.mentee);

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
}

/** Each dimension's scores across completed assessments, oldest first. */
export function trends(inst: Instrument, history: { date: string; role: Role; stage: Stage; answers: Answers }[]): Trend[] {
  const sorted = [...history].sort((a, b) => a.date.localeCompare(b.date));
  const results = sorted.map((h) => ({ date: h.date, result: scoreAssessment(inst, h.role, h.stage, h.answers) }));
  return inst.dimensions.map((d) => {
    const points = results.map((r) => ({ date: r.date, score: r.result.dimensions.find((x) => x.id === d.id)?.score ?? null }));
    const scored = points.filter((p) => p.score !== null);
    const change = scored.length >= 2 ? scored.at(-1)!.score! - scored.at(-2)!.score! : null;
    return { id: d.id, title: d.title, points, change };
  });
}

export interface Gap {
  id: string;
  title: string;
  mine: number | null;
  theirs: number | null;
  /** mine − theirs, or null when either side has too few answers. */
  gap: number | null;
  /** "You rate advocacy much higher than Amara does." (null when the gap is small.) */
  callout: string | null;
  conversation: string[];
}

export interface Comparison {
  gaps: Gap[];
  /** Gaps worth talking about, largest first. */
  largest: Gap[];
  mine: Result;
  theirs: Result;
}

/** Points of difference worth calling out, and "much" beyond this. */
export const GAP_NOTABLE = 15;
export const GAP_LARGE = 25;

/** Compare my results with my partner's, dimension by dimension; the largest gaps first. */
export function compare(
  inst: Instrument,
  me: { role: Role; stage: Stage; answers: Answers },
  partner: { role: Role; stage: Stage; answers: Answers; name: string },
): Comparison {
  const mine = scoreAssessment(inst, me.role, me.stage, me.answers);
  const theirs = scoreAssessment(inst, partner.role, partner.stage, partner.answers);
  const who = partner.name.trim() || 'your partner';
  const gaps: Gap[] = inst.dimensions.map((d, i) => {
    const a = mine.dimensions[i]!.score;
    const b = theirs.dimensions[i]!.score;
    const gap = a !== null && b !== null ? a - b : null;
    let callout: string | null = null;
    if (gap !== null && Math.abs(gap) >= GAP_NOTABLE) {
      const much = Math.abs(gap) >= GAP_LARGE ? 'much ' : '';
      callout = `You rate ${d.short} ${much}${gap > 0 ? 'higher' : 'lower'} than ${who} does.`;
    }
    return { id: d.id, title: d.title, mine: a, theirs: b, gap, callout, conversation: d.conversation };
  });
  const largest = gaps.filter((g) => g.callout).sort((x, y) => Math.abs(y.gap!) - Math.abs(x.gap!));
  return { gaps, largest, mine, theirs };
}
