import { describe, expect, it } from 'vitest';
import { roleKey } from '../../src/lib/charter/definition';
import type { CharterDoc } from '../../src/lib/docs/charter-doc';
import type { ReflectionDoc } from '../../src/lib/docs/reflection-doc';
import type { SessionDoc } from '../../src/lib/docs/session-doc';
import { entriesForPair, pairDates, pairKeys } from '../../src/lib/relationship/pair-dates';
import { panels } from '../../src/lib/relationship/panels';
import { describeRhythm, rhythmOf } from '../../src/lib/relationship/schedule';
import { carriedInto, newSession, sessionOn } from '../../src/lib/relationship/sessions';
import { charterDefinition } from './helpers/charter-def';
import { enT } from '../helpers/strings';
import { everyWeeks } from '../../src/lib/checklists/checklist';

const def = charterDefinition();
const key = (role: Parameters<typeof roleKey>[1]) => roleKey(def, role)!;

function charter(values: Record<string, string>, id = 'c1'): CharterDoc {
  const keyed = Object.fromEntries(Object.entries(values).map(([role, v]) => [key(role as Parameters<typeof roleKey>[1]), v]));
  return {
    id,
    type: 'charter',
    v: 2,
    createdAt: '2026-01-05T10:00:00.000Z',
    updatedAt: '2026-01-05T10:00:00.000Z',
    data: { title: 'Amara and Tomasz', values: keyed, revisions: [] },
  } as unknown as CharterDoc;
}
const entry = (checklistId: string, date: string, charterId?: string): ReflectionDoc =>
  ({ id: `r-${checklistId}-${date}`, type: 'reflection', v: 1, createdAt: `${date}T10:00:00.000Z`, updatedAt: `${date}T10:00:00.000Z`, data: { checklistId, date, ticks: {}, notes: {}, ...(charterId ? { charterId } : {}) } }) as unknown as ReflectionDoc;
const session = (date: string, charterId?: string, id = `s-${date}`): SessionDoc =>
  ({ id, type: 'session', v: 1, createdAt: `${date}T10:00:00.000Z`, updatedAt: `${date}T10:00:00.000Z`, data: newSession(date, charterId) }) as unknown as SessionDoc;

type Side = 'mentor' | 'mentee';
const pair: Side[] = ['mentor', 'mentee'];
const fortnight = { weeks: 2, label: everyWeeks(2), cadence: true as const };
const checklists = [
  { id: 'before-session', title: 'Before a session', when: 'before-session' as const, repeat: fortnight, audience: pair },
  { id: 'after-session', title: 'After a session', when: 'after-session' as const, repeat: fortnight, audience: pair },
  { id: 'monthly', title: 'Monthly', when: 'monthly' as const, repeat: { weeks: 4, label: everyWeeks(4) }, audience: pair },
  { id: 'closing', title: 'Closing well', when: 'end' as const, audience: pair },
];
const at = (iso: string) => ({ def, checklists, assessments: [], reflections: [] as ReflectionDoc[], sessions: [] as SessionDoc[], now: new Date(iso), timeZone: 'UTC' });

describe('a relationship’s dates, shared by My mentoring and the checklist pages', () => {
  const monthlyPair = charter({ cadence: 'monthly', 'first-meeting-date': '2026-01-31', 'start-date': '2026-01-31' });
  it('monthly sessions keep the weekday of the month, and say which', () => {
    const pd = pairDates(monthlyPair, pairKeys(def), { loggedSessions: [], now: new Date('2026-03-01T09:00:00Z'), timeZone: 'UTC' });
    expect(pd.previous?.date).toBe('2026-02-28');
    expect(pd.next?.date).toBe('2026-03-28');
    expect(describeRhythm(enT, pd.own!, pd.first)).toBe('every month, on the last Saturday');
    expect(describeRhythm(enT, rhythmOf('monthly')!, '2026-11-10')).toBe('every month, on the second Tuesday');
    expect(describeRhythm(enT, rhythmOf('every-n-weeks', 2)!)).toBe('every two weeks');
  });
  it('a before-session list kept for a monthly pair falls due before their next session, not four weeks after the last entry', () => {
    const pd = pairDates(monthlyPair, pairKeys(def), { loggedSessions: [], now: new Date('2026-03-25T09:00:00Z'), timeZone: 'UTC' });
    const p = panels({ t: enT, ...at('2026-03-25T09:00:00Z'), charters: [monthlyPair], reflections: [entry('before-session', '2026-01-15', 'c1')] })[0]!;
    expect(pd.dates.nextSession).toBe('2026-03-28');
    expect(p.due.find((d) => d.checklist.id === 'before-session')?.status).toEqual({ state: 'due', dueOn: '2026-03-28' });
  });
  it('entries linked to no charter count for the only charter in this browser, not when there are two', () => {
    const list = [entry('after-session', '2026-03-01'), entry('after-session', '2026-03-02', 'c1'), entry('after-session', '2026-03-03', 'c2')];
    expect(entriesForPair(list, 'c1', 1).map((e) => e.data.date)).toEqual(['2026-03-01', '2026-03-02']);
    expect(entriesForPair(list, 'c1', 2).map((e) => e.data.date)).toEqual(['2026-03-02']);
  });
});

describe('a relationship’s panel', () => {
  it('after the agreed end: no next session, and only the end-of-relationship list is due', () => {
    const ended = charter({ cadence: 'fortnightly', 'first-meeting-date': '2026-01-06', 'end-date': '2026-03-31' });
    const [p] = panels({ t: enT, ...at('2026-04-20T09:00:00Z'), charters: [ended] });
    expect(p!.ended).toBe(true);
    expect(p!.next).toBeNull();
    expect(p!.due.map((d) => d.checklist.id)).toEqual(['closing']);
  });
  it('with no session left before the agreed end, the before-session list is not due', () => {
    // Mondays from 5 January; the end is Friday 20 February, so 16 February is the last session.
    const c = charter({ cadence: 'weekly', 'first-meeting-date': '2026-01-05', 'end-date': '2026-02-20' });
    const [p] = panels({ t: enT, ...at('2026-02-18T09:00:00Z'), charters: [c] });
    expect(p).toMatchObject({ ended: false, noMoreSessions: true, next: null });
    expect(p!.due.map((d) => d.checklist.id)).not.toContain('before-session');
  });
  it('says where the rhythm comes from, and when “every few weeks” has no number', () => {
    const fortnightly = rhythmOf('fortnightly');
    const none = panels({ t: enT, ...at('2026-03-01T09:00:00Z'), charters: [charter({})], programRhythm: fortnightly })[0]!;
    expect(none.rhythmFrom).toBe('programme');
    const blank = panels({ t: enT, ...at('2026-03-01T09:00:00Z'), charters: [charter({ cadence: 'every-n-weeks', 'cadence-weeks': '0' })], programRhythm: fortnightly })[0]!;
    expect(blank.weeksMissing).toBe(true);
    const own = panels({ t: enT, ...at('2026-03-01T09:00:00Z'), charters: [charter({ cadence: 'every-n-weeks', 'cadence-weeks': '3' })], programRhythm: fortnightly })[0]!;
    expect(own).toMatchObject({ rhythmFrom: 'charter', weeksMissing: false, rhythm: { kind: 'every-n-weeks', weeks: 3 } });
  });
  it('lists what is due first: overdue, then due, then coming up, then done', () => {
    const c = charter({ cadence: 'fortnightly', 'first-meeting-date': '2026-03-03', 'start-date': '2026-01-01', 'end-date': '2026-12-31' });
    const [p] = panels({ t: enT, ...at('2026-03-20T09:00:00Z'), charters: [c], reflections: [entry('monthly', '2026-03-02', 'c1')] });
    const order = { overdue: 0, due: 1, upcoming: 2, done: 3, none: 4 };
    const states = p!.due.map((d) => order[d.status.state]);
    expect(states).toEqual([...states].sort((a, b) => a - b));
    expect(p!.due.at(-1)?.status.state).toBe('done');
  });
  describe('lists this person’s checklists and the pair’s, when the copy says whose it is', () => {
    const own = [
      { id: 'before-mentee', title: 'Before a session, for mentees', when: 'before-session' as const, repeat: fortnight, audience: ['mentee'] as Side[] },
      { id: 'before-mentor', title: 'Before a session, for mentors', when: 'before-session' as const, repeat: fortnight, audience: ['mentor'] as Side[] },
      { id: 'after-session', title: 'After a session', when: 'after-session' as const, repeat: fortnight, audience: pair },
      {
        id: 'mentee-monthly',
        title: 'Mentee monthly',
        when: 'monthly' as const,
        repeat: { weeks: 4, label: everyWeeks(4) },
        audience: ['mentee'] as Side[],
      },
      {
        id: 'mentor-monthly',
        title: 'Mentor monthly',
        when: 'monthly' as const,
        repeat: { weeks: 4, label: everyWeeks(4) },
        audience: ['mentor'] as Side[],
      },
    ];
    const values = { cadence: 'fortnightly', 'first-meeting-date': '2026-03-03', 'start-date': '2026-03-03' };
    const withSide = (me: 'mentor' | 'mentee' | 'both' | undefined, id = 'c1') => {
      const c = charter(values, id);
      return me ? { ...c, data: { ...c.data, me } } : c;
    };
    const listed = (me: 'mentor' | 'mentee' | 'both' | undefined, now = '2026-03-10T09:00:00Z') =>
      panels({ t: enT, ...at(now), checklists: own, charters: [withSide(me)] })[0]!.due.map((d) => d.checklist.id);
    it.each([
      ['the mentee', 'mentee', ['before-mentee', 'after-session', 'mentee-monthly']],
      ['the mentor', 'mentor', ['before-mentor', 'after-session', 'mentor-monthly']],
      ['both, in one browser', 'both', ['before-mentee', 'before-mentor', 'after-session', 'mentee-monthly', 'mentor-monthly']],
      ['not known yet', undefined, ['before-mentee', 'before-mentor', 'after-session', 'mentee-monthly', 'mentor-monthly']],
    ] as const)('%s', (_, me, ids) => {
      expect([...listed(me)].sort()).toEqual([...ids].sort());
    });
    it('the next one first: with nothing due, the earliest coming up leads', () => {
      // 4 March, the day after the first session: the after-session list was done, the rest come later.
      const c = withSide('mentee');
      const p = panels({ t: enT, ...at('2026-03-04T09:00:00Z'), checklists: own, charters: [c], reflections: [entry('after-session', '2026-03-03', 'c1')] })[0]!;
      const upcoming = p.due.filter((d) => d.status.state === 'upcoming');
      expect(p.due.filter((d) => d.status.state === 'due' || d.status.state === 'overdue')).toEqual([]);
      expect(upcoming.map((d) => d.checklist.id)).toEqual(['before-mentee', 'mentee-monthly']);
      expect(upcoming.map((d) => (d.status.state === 'upcoming' ? d.status.dueOn : ''))).toEqual(
        [...upcoming.map((d) => (d.status.state === 'upcoming' ? d.status.dueOn : ''))].sort(),
      );
    });
    it('two relationships, one as mentee and one as mentor, each list their own', () => {
      const [a, b] = panels({ t: enT,
        ...at('2026-03-10T09:00:00Z'),
        checklists: own,
        charters: [withSide('mentee', 'c1'), { ...withSide('mentor', 'c2'), updatedAt: '2026-01-04T10:00:00.000Z' }],
      });
      expect(a!.due.map((d) => d.checklist.id)).not.toContain('before-mentor');
      expect(b!.due.map((d) => d.checklist.id)).not.toContain('before-mentee');
      expect(b!.due.map((d) => d.checklist.id)).toContain('mentor-monthly');
    });
  });
  it('a list kept for when it is needed (raising a concern, a pause) is never due and never on the panel, even once used', () => {
    const c = charter({ cadence: 'fortnightly', 'first-meeting-date': '2026-03-03', 'start-date': '2026-03-03' });
    const concern = { id: 'raising-a-concern', title: 'Raising a concern', when: 'when-needed' as const, audience: pair };
    for (const now of ['2026-03-02T09:00:00Z', '2026-03-04T09:00:00Z', '2026-09-01T09:00:00Z']) {
      const [p] = panels({ t: enT, ...at(now), checklists: [...checklists, concern], charters: [c], reflections: [entry('raising-a-concern', '2026-03-03', 'c1')] });
      expect(p!.due.map((d) => d.checklist.id)).not.toContain('raising-a-concern');
    }
  });
  it('logging a session twice on one date opens the record already kept', () => {
    const list = [session('2026-03-03', 'c1', 'a'), session('2026-03-17', 'c1', 'b')];
    expect(sessionOn(list, '2026-03-17')?.id).toBe('b');
    expect(sessionOn(list, '2026-03-10')).toBeUndefined();
  });
});

describe('the open actions a session record carries forward', () => {
  const record = (id: string, date: string, charterId: string, createdAt: string, actions: { id: string; text: string; done?: boolean }[]) => ({
    id,
    createdAt,
    data: { ...newSession(date, charterId), actions: actions.map((a) => ({ who: 'mentee' as const, done: false, ...a })) },
  });
  const morning = record('s-am', '2026-03-17', 'c1', '2026-03-17T09:00:00.000Z', [{ id: 'a1', text: 'Send the rota' }]);
  const evening = record('s-pm', '2026-03-17', 'c1', '2026-03-17T18:00:00.000Z', [{ id: 'a2', text: 'Read the policy' }, { id: 'a3', text: 'Done already', done: true }]);
  const earlier = record('s-1', '2026-03-03', 'c1', '2026-03-03T10:00:00.000Z', [{ id: 'a0', text: 'Book a room' }]);
  const later = record('s-3', '2026-03-31', 'c1', '2026-03-31T10:00:00.000Z', [{ id: 'a4', text: 'Later one' }]);
  const otherPair = record('x-1', '2026-03-10', 'c2', '2026-03-10T10:00:00.000Z', [{ id: 'b1', text: 'Another pair’s' }]);
  const all = [later, evening, otherPair, morning, earlier];
  const ids = (list: { action: { id: string } }[]) => list.map((o) => o.action.id);

  it('two records on one date show each other’s open actions, with the earlier sessions’, never their own', () => {
    expect(ids(carriedInto(all, morning))).toEqual(['a0', 'a2']);
    expect(ids(carriedInto(all, evening))).toEqual(['a0', 'a1']);
  });
  it('a record never carries actions from a later session, or another relationship’s', () => {
    expect(ids(carriedInto(all, earlier))).toEqual([]);
    expect(ids(carriedInto(all, later))).toEqual(['a0', 'a1', 'a2']);
  });
});
