/**
 * What My mentoring and a checklist page tell a pair about dates, over a relationship's life and in
 * charters in odd states: the date "Log a session" gives a new record, and each checklist's due
 * state. Both pages read them from src/lib/relationship/pair-dates.ts and relationship-due.ts; each
 * row checks the panel (My mentoring) and the due notice's path (pairDates + relationshipDue) agree.
 */
import { describe, expect, it } from 'vitest';
import { roleKey } from '../../src/lib/charter/definition';
import { calendarMissingText } from '../../src/lib/charter/calendar';
import { charterIcs } from '../../src/lib/charter/ics';
import { relationshipDue, type RelationshipDue } from '../../src/lib/checklists/relationship-due';
import type { CharterDoc } from '../../src/lib/docs/charter-doc';
import type { ReflectionDoc } from '../../src/lib/docs/reflection-doc';
import type { SessionDoc } from '../../src/lib/docs/session-doc';
import { localDate } from '../../src/lib/dates';
import { canFallDue, pairDates, pairKeys } from '../../src/lib/relationship/pair-dates';
import { panels } from '../../src/lib/relationship/panels';
import { rhythmOf } from '../../src/lib/relationship/schedule';
import { newSession } from '../../src/lib/relationship/sessions';
import { charterDefinition } from './helpers/charter-def';
import { enT } from '../helpers/strings';
import { everyWeeks } from '../../src/lib/checklists/checklist';

const def = charterDefinition();
const key = (role: Parameters<typeof roleKey>[1]) => roleKey(def, role)!;

function charter(values: Record<string, string>, calendar?: { time: string; timeZone: string }): CharterDoc {
  const keyed = Object.fromEntries(Object.entries(values).map(([role, v]) => [key(role as Parameters<typeof roleKey>[1]), v]));
  return {
    id: 'c1',
    type: 'charter',
    v: 2,
    createdAt: '2026-01-05T10:00:00.000Z',
    updatedAt: '2026-01-05T10:00:00.000Z',
    data: { title: 'Amara and Tomasz', values: keyed, revisions: [], ...(calendar ? { calendar } : {}) },
  } as unknown as CharterDoc;
}
const entry = (checklistId: string, date: string): ReflectionDoc =>
  ({ id: `r-${checklistId}-${date}`, type: 'reflection', v: 1, createdAt: `${date}T10:00:00.000Z`, updatedAt: `${date}T10:00:00.000Z`, data: { checklistId, date, ticks: {}, notes: {}, charterId: 'c1' } }) as unknown as ReflectionDoc;
const session = (date: string): SessionDoc =>
  ({ id: `s-${date}`, type: 'session', v: 1, createdAt: `${date}T10:00:00.000Z`, updatedAt: `${date}T10:00:00.000Z`, data: newSession(date, 'c1') }) as unknown as SessionDoc;

const cadence = { weeks: 2, label: everyWeeks(2), cadence: true as const };
const both: ('mentor' | 'mentee')[] = ['mentor', 'mentee'];
const checklists = [
  { id: 'before', title: 'Before a session', when: 'before-session' as const, repeat: cadence , audience: both },
  { id: 'after', title: 'After a session', when: 'after-session' as const, repeat: cadence, audience: both },
  // Without an interval of their own: calendar months (relationship-schedule.test.ts tries them with one).
  { id: 'monthly', title: 'Monthly', when: 'monthly' as const, audience: both },
  { id: 'quarterly', title: 'Quarterly', when: 'quarterly' as const, audience: both },
  { id: 'closing', title: 'Closing well', when: 'end' as const , audience: both },
];
type Id = (typeof checklists)[number]['id'];

/** A due state in words: "-" (not due, nothing to show), "next D", "due D", "overdue since D", "done D". */
const say = (s: RelationshipDue | undefined): string =>
  !s || s.state === 'none' ? '-' : s.state === 'upcoming' ? `next ${s.dueOn}` : s.state === 'due' ? `due ${s.dueOn}` : s.state === 'overdue' ? `overdue since ${s.dueOn}` : `done ${s.last}`;

interface Case {
  name: string;
  c: CharterDoc;
  now: string;
  timeZone?: string;
  logged?: string[];
  entries?: [Id, string][];
  /** The date "Log a session" gives a new record (or opens, when one is kept for it). */
  log: string;
  due: Record<Id, string>;
}

/** What My mentoring shows, and what a checklist page works out the same way; they must agree. */
function observe(k: Case) {
  const tz = k.timeZone ?? 'UTC';
  const reflections = (k.entries ?? []).map(([id, d]) => entry(id, d));
  const sessions = (k.logged ?? []).map(session);
  const programRhythm = rhythmOf('fortnightly');
  const [p] = panels({ t: enT, def, checklists, charters: [k.c], assessments: [], reflections, sessions, now: new Date(k.now), timeZone: tz, programRhythm });
  const shown = Object.fromEntries(checklists.map((cl) => [cl.id, say(p!.due.find((d) => d.checklist.id === cl.id)?.status)]));
  // The checklist page's path (DueNotice): the same functions, one checklist at a time.
  const pd = pairDates(k.c, pairKeys(def), { loggedSessions: k.logged ?? [], now: new Date(k.now), timeZone: tz, programRhythm });
  const today = localDate(new Date(k.now), tz);
  const page = Object.fromEntries(
    checklists.map((cl) => [
      cl.id,
      canFallDue(pd, cl.when)
        ? say(
            relationshipDue(
              cl,
              reflections.filter((r) => r.data.checklistId === cl.id).map((r) => r.data.date),
              today,
              pd.dates,
            ),
          )
        : '-',
    ]),
  );
  return { log: p!.logDate, shown, page, pdLog: pd.logDate };
}

// Every two weeks on Tuesdays from 3 March 2026 (no time), ending on the day of the last session, 23 June.
const pair = charter({ cadence: 'fortnightly', 'first-meeting-date': '2026-03-03', 'start-date': '2026-03-03', 'end-date': '2026-06-23' });
// The same, at 18:00 in London (GMT until 29 March): for readers across the world.
const london = charter({ cadence: 'fortnightly', 'first-meeting-date': '2026-03-03', 'start-date': '2026-03-03', 'end-date': '2026-06-23' }, { time: '18:00', timeZone: 'Europe/London' });

const cases: Case[] = [
  // Charters in odd states, seen on 18 March 2026 (the uncomfortable ones first).
  {
    name: 'no first meeting: nothing follows a session yet',
    c: charter({ cadence: 'fortnightly', 'start-date': '2026-03-03' }),
    now: '2026-03-18T09:00:00Z',
    log: '2026-03-18',
    due: { before: '-', after: '-', monthly: 'next 2026-04-03', quarterly: 'next 2026-06-03', closing: '-' },
  },
  {
    name: 'every few weeks, without a number: no session to follow',
    c: charter({ cadence: 'every-n-weeks', 'first-meeting-date': '2026-03-03', 'start-date': '2026-03-03' }),
    now: '2026-03-18T09:00:00Z',
    log: '2026-03-18',
    due: { before: '-', after: '-', monthly: 'next 2026-04-03', quarterly: 'next 2026-06-03', closing: '-' },
  },
  {
    name: 'the end set before the first meeting: no session at all, the closing list in the last two weeks',
    c: charter({ cadence: 'fortnightly', 'first-meeting-date': '2026-04-07', 'start-date': '2026-03-01', 'end-date': '2026-03-31' }),
    now: '2026-03-18T09:00:00Z',
    log: '2026-03-18',
    due: { before: '-', after: '-', monthly: '-', quarterly: '-', closing: 'due 2026-03-17' },
  },
  {
    name: 'ended 10 March: only the closing list, overdue since the end',
    c: charter({ cadence: 'fortnightly', 'first-meeting-date': '2026-01-06', 'start-date': '2026-01-06', 'end-date': '2026-03-10' }),
    now: '2026-03-18T09:00:00Z',
    log: '2026-03-03',
    due: { before: '-', after: '-', monthly: '-', quarterly: '-', closing: 'overdue since 2026-03-10' },
  },
  {
    name: 'starts 1 June: nothing is due before then',
    c: charter({ cadence: 'fortnightly', 'first-meeting-date': '2026-06-02', 'start-date': '2026-06-01', 'end-date': '2026-12-15' }),
    now: '2026-03-18T09:00:00Z',
    log: '2026-03-18',
    due: { before: 'next 2026-06-02', after: 'next 2026-06-02', monthly: 'next 2026-07-01', quarterly: 'next 2026-09-01', closing: 'next 2026-12-01' },
  },
  {
    name: 'starts 1 June, with no start date but the first meeting: nothing is due before then',
    c: charter({ cadence: 'fortnightly', 'first-meeting-date': '2026-06-01' }),
    now: '2026-03-18T09:00:00Z',
    log: '2026-03-18',
    due: { before: 'next 2026-06-01', after: 'next 2026-06-01', monthly: 'next 2026-07-01', quarterly: 'next 2026-09-01', closing: '-' },
  },
  {
    name: 'the rhythm changed from weekly to every two weeks: the session logged on 10 March is the last held',
    c: charter({ cadence: 'fortnightly', 'first-meeting-date': '2026-03-03', 'start-date': '2026-03-03' }),
    now: '2026-03-12T09:00:00Z',
    logged: ['2026-03-03', '2026-03-10'],
    log: '2026-03-10',
    due: { before: 'due 2026-03-17', after: 'due 2026-03-10', monthly: 'next 2026-04-03', quarterly: 'next 2026-06-03', closing: '-' },
  },
  // Every two weeks from 3 March, across the relationship's life.
  {
    name: '2 March, the day before the first meeting',
    c: pair,
    now: '2026-03-02T09:00:00Z',
    log: '2026-03-02',
    due: { before: 'due 2026-03-03', after: 'next 2026-03-03', monthly: 'next 2026-04-03', quarterly: 'next 2026-06-03', closing: 'next 2026-06-09' },
  },
  {
    name: '3 March, the before-session list done, the session not yet logged',
    c: pair,
    now: '2026-03-03T09:00:00Z',
    entries: [['before', '2026-03-03']],
    log: '2026-03-03',
    due: { before: 'done 2026-03-03', after: 'next 2026-03-03', monthly: 'next 2026-04-03', quarterly: 'next 2026-06-03', closing: 'next 2026-06-09' },
  },
  {
    name: '3 March, the before-session list done, then the session logged: it stays done',
    c: pair,
    now: '2026-03-03T20:00:00Z',
    logged: ['2026-03-03'],
    entries: [['before', '2026-03-03']],
    log: '2026-03-03',
    due: { before: 'done 2026-03-03', after: 'due 2026-03-03', monthly: 'next 2026-04-03', quarterly: 'next 2026-06-03', closing: 'next 2026-06-09' },
  },
  {
    name: '3 March, the session logged first, then the before-session list: done',
    c: pair,
    now: '2026-03-03T21:00:00Z',
    logged: ['2026-03-03'],
    entries: [['before', '2026-03-03'], ['after', '2026-03-03']],
    log: '2026-03-03',
    due: { before: 'done 2026-03-03', after: 'done 2026-03-03', monthly: 'next 2026-04-03', quarterly: 'next 2026-06-03', closing: 'next 2026-06-09' },
  },
  {
    name: '4 March: the next before-session list is for 17 March',
    c: pair,
    now: '2026-03-04T09:00:00Z',
    logged: ['2026-03-03'],
    entries: [['before', '2026-03-03']],
    log: '2026-03-03',
    due: { before: 'next 2026-03-17', after: 'due 2026-03-03', monthly: 'next 2026-04-03', quarterly: 'next 2026-06-03', closing: 'next 2026-06-09' },
  },
  {
    name: '18 March, 17 March not logged: a new record is for 17 March, not 31 March',
    c: pair,
    now: '2026-03-18T09:00:00Z',
    logged: ['2026-03-03'],
    log: '2026-03-17',
    due: { before: 'next 2026-03-31', after: 'due 2026-03-17', monthly: 'next 2026-04-03', quarterly: 'next 2026-06-03', closing: 'next 2026-06-09' },
  },
  {
    name: '18 March, 17 March logged and its after-session list done',
    c: pair,
    now: '2026-03-18T09:00:00Z',
    logged: ['2026-03-03', '2026-03-17'],
    entries: [['after', '2026-03-17']],
    log: '2026-03-17',
    due: { before: 'next 2026-03-31', after: 'done 2026-03-17', monthly: 'next 2026-04-03', quarterly: 'next 2026-06-03', closing: 'next 2026-06-09' },
  },
  {
    name: 'the last week, 17 June',
    c: pair,
    now: '2026-06-17T09:00:00Z',
    log: '2026-06-09',
    due: { before: 'due 2026-06-23', after: 'overdue since 2026-06-09', monthly: 'overdue since 2026-06-03', quarterly: 'overdue since 2026-06-03', closing: 'due 2026-06-09' },
  },
  {
    name: 'the end day, 23 June (a session that day): the closing list is due, not overdue',
    c: pair,
    now: '2026-06-23T09:00:00Z',
    log: '2026-06-23',
    due: { before: 'due 2026-06-23', after: 'overdue since 2026-06-09', monthly: 'overdue since 2026-06-03', quarterly: 'overdue since 2026-06-03', closing: 'due 2026-06-09' },
  },
  {
    name: 'the day after the end: only the closing list, overdue since the end',
    c: pair,
    now: '2026-06-24T09:00:00Z',
    log: '2026-06-23',
    due: { before: '-', after: '-', monthly: '-', quarterly: '-', closing: 'overdue since 2026-06-23' },
  },
  // In the reader's own calendar: 18:00 in London is 11:00 in Los Angeles and 07:00 the next day in Auckland.
  {
    name: 'London, 23:30 on 17 March: the session of today',
    c: london,
    now: '2026-03-17T23:30:00Z',
    timeZone: 'Europe/London',
    logged: ['2026-03-03'],
    log: '2026-03-17',
    due: { before: 'due 2026-03-17', after: 'due 2026-03-17', monthly: 'next 2026-04-03', quarterly: 'next 2026-06-03', closing: 'next 2026-06-09' },
  },
  {
    name: 'London, 00:30 on 18 March: still the session of 17 March',
    c: london,
    now: '2026-03-18T00:30:00Z',
    timeZone: 'Europe/London',
    logged: ['2026-03-03'],
    log: '2026-03-17',
    due: { before: 'next 2026-03-31', after: 'due 2026-03-17', monthly: 'next 2026-04-03', quarterly: 'next 2026-06-03', closing: 'next 2026-06-09' },
  },
  {
    name: 'Los Angeles, 23:30 on 17 March (06:30 on the 18th in London)',
    c: london,
    now: '2026-03-18T06:30:00Z',
    timeZone: 'America/Los_Angeles',
    logged: ['2026-03-03'],
    log: '2026-03-17',
    due: { before: 'due 2026-03-17', after: 'due 2026-03-17', monthly: 'next 2026-04-03', quarterly: 'next 2026-06-03', closing: 'next 2026-06-09' },
  },
  {
    name: 'Los Angeles, 00:30 on 18 March',
    c: london,
    now: '2026-03-18T07:30:00Z',
    timeZone: 'America/Los_Angeles',
    logged: ['2026-03-03'],
    log: '2026-03-17',
    due: { before: 'next 2026-03-31', after: 'due 2026-03-17', monthly: 'next 2026-04-03', quarterly: 'next 2026-06-03', closing: 'next 2026-06-09' },
  },
  {
    name: 'Auckland, 00:30 on 4 March: the first session is this morning (its 3 March evening in London)',
    c: london,
    now: '2026-03-03T11:30:00Z',
    timeZone: 'Pacific/Auckland',
    log: '2026-03-04',
    due: { before: 'due 2026-03-04', after: 'next 2026-03-04', monthly: 'next 2026-04-03', quarterly: 'next 2026-06-03', closing: 'next 2026-06-09' },
  },
  {
    name: 'Auckland, 23:30 on 18 March: the session of 18 March (Auckland) was held this morning',
    c: london,
    now: '2026-03-18T10:30:00Z',
    timeZone: 'Pacific/Auckland',
    logged: ['2026-03-04'],
    log: '2026-03-18',
    due: { before: 'due 2026-03-18', after: 'due 2026-03-18', monthly: 'next 2026-04-03', quarterly: 'next 2026-06-03', closing: 'next 2026-06-09' },
  },
];

describe('a relationship’s dates on each day, as My mentoring and the checklist pages say them', () => {
  it.each(cases)('$name', (k) => {
    const seen = observe(k);
    expect({ log: seen.log, due: seen.shown }).toEqual({ log: k.log, due: k.due });
    expect(seen.page).toEqual(seen.shown);
    expect(seen.pdLog).toBe(seen.log);
  });
});

describe('a calendar button on a charter without a time or a length', () => {
  it('says what is missing, in the words of the charter’s own panel', () => {
    const r = charterIcs(enT, def, pair.data, { id: 'c1', now: new Date('2026-03-18T09:00:00Z') });
    expect(r.ok).toBe(false);
    expect(calendarMissingText(r.ok ? [] : r.missing, enT)).toBe('To make a calendar file, add the first meeting time, a session length between 10 and 480 minutes.');
  });
});

describe('the mid-point review on My mentoring: the charter’s date, else halfway between start and end', () => {
  const midList = [{ id: 'mid', title: 'Mid-point review', when: 'mid-point' as const, audience: both }];
  const shown = (c: CharterDoc, now: string, reflections: ReflectionDoc[] = []) => {
    const [p] = panels({ t: enT, def, checklists: midList, charters: [c], assessments: [], reflections, sessions: [], now: new Date(now), timeZone: 'UTC', programRhythm: rhythmOf('fortnightly') });
    return say(p!.due.find((d) => d.checklist.id === 'mid')?.status);
  };
  it.each([
    ['no end date and no mid-point date: never due', charter({ 'start-date': '2026-03-01' }), '2026-06-01', '-'],
    ['the end before the start: no halfway day', charter({ 'start-date': '2026-03-01', 'end-date': '2026-02-01' }), '2026-02-15', '-'],
    ['halfway between 1 March and 30 November, months ahead', charter({ 'start-date': '2026-03-01', 'end-date': '2026-11-30' }), '2026-04-01', 'next 2026-07-16'],
    ['halfway, in its week', charter({ 'start-date': '2026-03-01', 'end-date': '2026-11-30' }), '2026-07-10', 'due 2026-07-16'],
    ['the charter’s own date wins over halfway', charter({ 'start-date': '2026-03-01', 'end-date': '2026-11-30', 'mid-point-date': '2026-06-02' }), '2026-06-01', 'due 2026-06-02'],
    ['a mid-point date without an end date', charter({ 'start-date': '2026-03-01', 'mid-point-date': '2026-06-02' }), '2026-06-20', 'overdue since 2026-06-02'],
    // Dates the charter itself flags are not used: halfway instead, as if none were given.
    ['a mid-point before the start (flagged by the charter): halfway instead', charter({ 'start-date': '2027-01-10', 'end-date': '2027-07-10', 'mid-point-date': '2026-12-01' }), '2027-01-05', 'next 2027-04-10'],
    ['a mid-point after the end: halfway instead', charter({ 'start-date': '2026-03-01', 'end-date': '2026-11-30', 'mid-point-date': '2027-09-01' }), '2026-07-10', 'due 2026-07-16'],
    ['a mid-point on the end day: halfway instead', charter({ 'start-date': '2026-03-01', 'end-date': '2026-11-30', 'mid-point-date': '2026-11-30' }), '2026-07-10', 'due 2026-07-16'],
    ['a half-typed year (0020): halfway instead', charter({ 'start-date': '2026-03-01', 'end-date': '2026-11-30', 'mid-point-date': '0020-03-15' }), '2026-07-10', 'due 2026-07-16'],
    ['30 February: halfway instead', charter({ 'start-date': '2026-03-01', 'end-date': '2026-11-30', 'mid-point-date': '2026-02-30' }), '2026-07-10', 'due 2026-07-16'],
    ['an end date but no start date: no halfway from the day the charter was made', charter({ 'end-date': '2026-11-30' }), '2026-06-01', '-'],
    ['after the agreed end: not listed', charter({ 'start-date': '2026-03-01', 'end-date': '2026-11-30' }), '2026-12-01', '-'],
  ] as const)('%s', (_name, c, now, expected) => {
    expect(shown(c, `${now}T09:00:00Z`)).toBe(expected);
  });
  it('is done by a review filled in around the date, for that relationship only', () => {
    const c = charter({ 'start-date': '2026-03-01', 'end-date': '2026-11-30' });
    expect(shown(c, '2026-07-20T09:00:00Z', [entry('mid', '2026-07-14')])).toBe('done 2026-07-14');
    const other = { ...entry('mid', '2026-07-14'), data: { ...entry('mid', '2026-07-14').data, charterId: 'someone-else' } } as ReflectionDoc;
    expect(shown(c, '2026-07-20T09:00:00Z', [other])).toBe('due 2026-07-16');
  });
});
