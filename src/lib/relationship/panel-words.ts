/**
 * What a relationship's panel on My mentoring says, in the page's language: where the charter
 * stands, the review and the agreed end, how often the pair meets, the next session, each
 * checklist's due state and how far each goal has moved. Pure. Counts of days and sessions are
 * plural messages, dates go through `t.date()`, so each language words them its own way.
 */
import type { Params, Translate } from '../i18n/messages';
import type { RelationshipDue } from '../checklists/relationship-due';
import type { Panel } from './panels';
import { describeRhythm } from './schedule';
import type { GoalHistory } from './sessions';

/** A message and what fills it, for a component that puts an element in it (`<Rich k={k} params={params} slots={…} />`). */
export interface Phrase {
  k: string;
  params: Params;
}

/** A checklist's due state, after its name: "Due 3 November 2026", "Overdue since 3 November 2026". */
export function dueWords(t: Translate, d: RelationshipDue): string {
  switch (d.state) {
    case 'none':
      return t('mentoring.due.none');
    case 'done':
      return t('mentoring.due.done', { date: t.date(d.last) });
    case 'due':
      return t('mentoring.due.due', { date: t.date(d.dueOn) });
    case 'overdue':
      return t('mentoring.due.overdue', { date: t.date(d.dueOn) });
    case 'upcoming':
      return t('mentoring.due.upcoming', { date: t.date(d.dueOn) });
  }
}

/** The charter's review date: past, today, or in so many days. */
export function reviewWords(t: Translate, r: { date: string; inDays: number }): string {
  const date = t.date(r.date);
  if (r.inDays < 0) return t('mentoring.review.past', { date });
  if (r.inDays === 0) return t('mentoring.review.today', { date });
  return t('mentoring.review.ahead', { date, count: r.inDays });
}

/** The agreed end, and whether it has passed. */
export function endWords(t: Translate, end: { date: string; inDays: number }): string {
  return end.inDays >= 0 ? t('mentoring.end.ahead', { date: t.date(end.date) }) : t('mentoring.end.past', { date: t.date(end.date) });
}

/** How often the pair meets, and where that comes from (the charter, or the programme when the charter does not say). */
export function rhythmWords(t: Translate, p: Pick<Panel, 'weeksMissing' | 'rhythm' | 'rhythmFrom' | 'first'>): string {
  if (p.weeksMissing) return t('mentoring.rhythm.weeksMissing');
  if (!p.rhythm) return '';
  if (p.rhythmFrom === 'programme') return t('mentoring.rhythm.fromProgramme', { rhythm: describeRhythm(t, p.rhythm) });
  return t('mentoring.rhythm.fromCharter', { rhythm: describeRhythm(t, p.rhythm, p.first) });
}

/**
 * The sentences about a relationship at the top of its panel: the pair's names, how much of the
 * charter is written, where it stands between the two, its last revision, review, end and rhythm.
 */
export function factsWords(t: Translate, p: Panel): string[] {
  const names = [p.names.mentee, p.names.mentor].filter(Boolean);
  return [
    names.length ? t('mentoring.facts.names', { names: t.list(names) }) : '',
    t('mentoring.facts.written', { filled: p.written.filled, count: p.written.total }),
    p.handover ?? '',
    p.lastRevision ? t('mentoring.facts.lastRevision', { when: t.dateTime(p.lastRevision.savedAt) }) : '',
    p.review ? reviewWords(t, p.review) : '',
    p.end ? endWords(t, p.end) : '',
    rhythmWords(t, p),
  ].filter(Boolean);
}

/**
 * What "Next session" says: when it is (`when`, shown strong where the message puts `{when}`), with
 * the last one; or why there is none.
 */
export function nextSessionWords(t: Translate, p: Panel): Phrase & { when?: string } {
  if (p.ended && p.end) return { k: 'mentoring.next.ended', params: { date: t.date(p.end.date) } };
  if (p.noMoreSessions && p.end) return { k: 'mentoring.next.noMore', params: { date: t.date(p.end.date) } };
  if (p.next) {
    const when = p.next.at !== undefined ? t.dateTime(new Date(p.next.at)) : t.date(p.next.date);
    return p.previous ? { k: 'mentoring.next.withLast', params: { last: t.date(p.previous.date) }, when } : { k: 'mentoring.next.when', params: {}, when };
  }
  return { k: 'mentoring.next.none', params: {} };
}

/** How a goal has moved, by the latest session that noted it, and in how many sessions. */
const PROGRESS_WORDS = {
  moved: 'mentoring.goals.progress.moved',
  done: 'mentoring.goals.progress.done',
  stuck: 'mentoring.goals.progress.stuck',
} as const;

export function goalProgressWords(t: Translate, history: GoalHistory): string {
  return history.latest ? t(PROGRESS_WORDS[history.latest], { count: history.notes.length }) : t('mentoring.goals.notNoted');
}
