import { describe, expect, it } from 'vitest';
import { addMonths, relationshipDue, intervalWeeks } from '../../src/lib/checklists/relationship-due';
import { localDate } from '../../src/lib/dates';
import { nearestSessions, rhythmOf, sessionDate, type Schedule } from '../../src/lib/relationship/schedule';
import { everyWeeks } from '../../src/lib/checklists/checklist';

const weekly = rhythmOf('weekly')!;
const fortnightly = rhythmOf('fortnightly')!;
const monthly = rhythmOf('monthly')!;
const everyThree = rhythmOf('every-n-weeks', 3)!;

describe('the session series', () => {
  it('steps weekly, fortnightly and every few weeks by whole weeks, across month and year ends', () => {
    expect([0, 1, 2].map((i) => sessionDate('2026-12-24', weekly, i))).toEqual(['2026-12-24', '2026-12-31', '2027-01-07']);
    expect([0, 1, 2].map((i) => sessionDate('2026-01-27', fortnightly, i))).toEqual(['2026-01-27', '2026-02-10', '2026-02-24']);
    expect([0, 1].map((i) => sessionDate('2028-02-22', everyThree, i))).toEqual(['2028-02-22', '2028-03-14']);
  });
  it('meets monthly on the same weekday of the month, as the calendar file does (a fifth one becomes the last)', () => {
    // 10 November 2026 is the second Tuesday.
    expect([0, 1, 2].map((i) => sessionDate('2026-11-10', monthly, i))).toEqual(['2026-11-10', '2026-12-08', '2027-01-12']);
    // 29 January 2026 is the fifth Thursday: then the last Thursday of each month.
    expect([1, 2].map((i) => sessionDate('2026-01-29', monthly, i))).toEqual(['2026-02-26', '2026-03-26']);
  });
  it('rejects rhythms it cannot use', () => {
    expect(rhythmOf('hourly')).toBeNull();
    expect(rhythmOf('every-n-weeks', 0)).toBeNull();
    expect(rhythmOf('every-n-weeks', 'x')).toBeNull();
  });
});

describe('the next session, in the reader’s own day', () => {
  const pair: Schedule = { first: '2026-11-03', rhythm: fortnightly, time: '18:00', timeZone: 'Europe/London' };
  it('is the first session from today; the previous one is the last before it', () => {
    expect(nearestSessions(pair, '2026-11-10')).toMatchObject({ previous: { date: '2026-11-03' }, next: { date: '2026-11-17' } });
    expect(nearestSessions(pair, '2026-11-03')).toMatchObject({ previous: null, next: { date: '2026-11-03' } });
    expect(nearestSessions({ ...pair, until: '2026-11-20' }, '2026-11-25')).toMatchObject({ previous: { date: '2026-11-17' }, next: null });
  });
  it('a monthly rhythm kept for years still finds the sessions either side of today', () => {
    // Second Tuesdays since January 2020: 74 months, which a four-week estimate puts at 80.
    const long: Schedule = { first: '2020-01-14', rhythm: monthly };
    expect(nearestSessions(long, '2026-03-18')).toMatchObject({ previous: { date: '2026-03-10' }, next: { date: '2026-04-14' } });
  });
  it('a session that started an hour ago today is the previous one', () => {
    const now = Date.parse('2026-11-17T19:00:00Z');
    expect(nearestSessions(pair, '2026-11-17', now)).toMatchObject({ previous: { date: '2026-11-17' }, next: { date: '2026-12-01' } });
  });
  it('keeps the local time across a daylight-saving change', () => {
    const s: Schedule = { first: '2026-10-20', rhythm: weekly, time: '18:00', timeZone: 'Europe/London' };
    const before = nearestSessions(s, '2026-10-20').next!;
    const after = nearestSessions(s, '2026-10-27').next!;
    expect(new Date(before.at!).toISOString()).toBe('2026-10-20T17:00:00.000Z'); // BST
    expect(new Date(after.at!).toISOString()).toBe('2026-10-27T18:00:00.000Z'); // GMT
  });
  it('falls on the reader’s own date on both sides of the date line', () => {
    const s: Schedule = { first: '2026-11-05', rhythm: weekly, time: '09:00', timeZone: 'Pacific/Auckland' };
    const next = nearestSessions(s, '2026-11-05').next!;
    expect(localDate(new Date(next.at!), 'Pacific/Auckland')).toBe('2026-11-05');
    expect(localDate(new Date(next.at!), 'America/Los_Angeles')).toBe('2026-11-04');
  });
});

describe('what is due for a relationship', () => {
  const before = { when: 'before-session' as const, repeat: { weeks: 2, label: everyWeeks(2) } };
  const after = { when: 'after-session' as const, repeat: { weeks: 2, label: everyWeeks(2) } };
  const monthlyList = { when: 'monthly' as const, repeat: { weeks: 4, label: everyWeeks(4) } };
  const quarterlyList = { when: 'quarterly' as const, repeat: { weeks: 12, label: everyWeeks(12) } };
  const endList = { when: 'end' as const };
  const dates = { previousSession: '2026-11-03', nextSession: '2026-11-17', start: '2026-09-01', end: '2027-06-30' };

  it('before a session: due in the week before it, done once filled in since the last one', () => {
    expect(relationshipDue(before, [], '2026-11-12', dates)).toEqual({ state: 'due', dueOn: '2026-11-17' });
    expect(relationshipDue(before, [], '2026-11-05', dates)).toEqual({ state: 'upcoming', dueOn: '2026-11-17', inDays: 12 });
    expect(relationshipDue(before, ['2026-11-03'], '2026-11-12', dates).state).toBe('due');
    expect(relationshipDue(before, ['2026-11-16'], '2026-11-16', dates)).toEqual({ state: 'done', last: '2026-11-16' });
  });
  it('after a session: due from the session, overdue a week later', () => {
    expect(relationshipDue(after, [], '2026-11-05', dates)).toEqual({ state: 'due', dueOn: '2026-11-03' });
    expect(relationshipDue(after, [], '2026-11-12', dates)).toEqual({ state: 'overdue', dueOn: '2026-11-03', daysOver: 9 });
    expect(relationshipDue(after, ['2026-11-03'], '2026-11-12', dates)).toEqual({ state: 'done', last: '2026-11-03' });
  });
  it('monthly and quarterly lists without an interval of their own count calendar months from the start, across month ends and leap days', () => {
    const byMonth = { when: 'monthly' as const };
    const byQuarter = { when: 'quarterly' as const };
    expect(relationshipDue(byMonth, [], '2026-11-05', dates)).toEqual({ state: 'due', dueOn: '2026-11-01' });
    expect(relationshipDue(byMonth, ['2026-11-02'], '2026-11-05', dates)).toEqual({ state: 'done', last: '2026-11-02' });
    expect(relationshipDue(byQuarter, [], '2026-11-05', dates)).toEqual({ state: 'upcoming', dueOn: '2026-12-01', inDays: 26 });
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
    expect(addMonths('2026-12-31', 2)).toBe('2027-02-28');
    expect(relationshipDue(byMonth, [], '2028-02-29', { start: '2028-01-31' })).toEqual({ state: 'due', dueOn: '2028-02-29' });
  });
  it('a list that says “every four weeks” or “every 12 weeks” falls due on those weeks from the start, as its card says', () => {
    const start = { start: '2027-01-01' };
    // 1 January + 4 weeks = 29 January (not 1 February); + 12 weeks = 26 March (not 1 April).
    expect(relationshipDue(monthlyList, [], '2026-12-20', start)).toEqual({ state: 'upcoming', dueOn: '2027-01-29', inDays: 40 });
    expect(relationshipDue(monthlyList, [], '2027-01-29', start)).toEqual({ state: 'due', dueOn: '2027-01-29' });
    expect(relationshipDue(monthlyList, [], '2027-02-25', start)).toEqual({ state: 'overdue', dueOn: '2027-01-29', daysOver: 27 });
    expect(relationshipDue(quarterlyList, [], '2027-03-01', start)).toEqual({ state: 'upcoming', dueOn: '2027-03-26', inDays: 25 });
    expect(relationshipDue(quarterlyList, ['2027-03-27'], '2027-04-01', start)).toEqual({ state: 'done', last: '2027-03-27' });
    // Nothing falls due after the agreed end.
    expect(relationshipDue(quarterlyList, [], '2027-02-01', { ...start, end: '2027-03-20' })).toEqual({ state: 'none' });
  });
  it('the end-of-relationship list falls due two weeks before the agreed end', () => {
    expect(relationshipDue(endList, [], '2027-06-01', dates)).toEqual({ state: 'upcoming', dueOn: '2027-06-16', inDays: 15 });
    expect(relationshipDue(endList, [], '2027-06-20', dates)).toEqual({ state: 'due', dueOn: '2027-06-16' });
    expect(relationshipDue(endList, [], '2027-06-20', {})).toEqual({ state: 'none' });
  });
  describe('the mid-point review', () => {
    const mid = { when: 'mid-point' as const };
    const d = { start: '2026-09-01', end: '2027-06-30', midPoint: '2027-01-15' };
    it.each([
      // The uncomfortable cases first: nothing to go on, before the start, long after, the day after.
      ['no mid-point, no end date', [], '2026-11-05', { start: '2026-09-01' }, { state: 'none' }],
      ['before the relationship starts', [], '2026-08-20', d, { state: 'upcoming', dueOn: '2027-01-15', inDays: 148 }],
      ['eight days before', [], '2027-01-07', d, { state: 'upcoming', dueOn: '2027-01-15', inDays: 8 }],
      ['a week before', [], '2027-01-08', d, { state: 'due', dueOn: '2027-01-15' }],
      ['on the day', [], '2027-01-15', d, { state: 'due', dueOn: '2027-01-15' }],
      ['the day after', [], '2027-01-16', d, { state: 'due', dueOn: '2027-01-15' }],
      ['eight days after, not filled in', [], '2027-01-23', d, { state: 'overdue', dueOn: '2027-01-15', daysOver: 8 }],
      ['filled in two weeks early', ['2027-01-01'], '2027-01-23', d, { state: 'done', last: '2027-01-01' }],
      ['an entry from the autumn does not count', ['2026-10-01'], '2027-01-23', d, { state: 'overdue', dueOn: '2027-01-15', daysOver: 8 }],
    ] as const)('%s', (_label, entries, today, dates, expected) => {
      expect(relationshipDue(mid, entries, today, dates)).toEqual(expected);
    });
  });
  it('without session dates, the pair’s rhythm (or the programme’s) sets the interval, then the checklist’s own', () => {
    expect(intervalWeeks(after, 4)).toBe(4);
    expect(intervalWeeks(after, undefined)).toBe(2);
    expect(intervalWeeks(monthlyList, 1)).toBe(4);
    // A pair meeting monthly is not told a fortnightly list is overdue three weeks on.
    expect(relationshipDue(after, ['2026-11-01'], '2026-11-22', { rhythmWeeks: 4 })).toEqual({ state: 'done', last: '2026-11-01' });
    expect(relationshipDue(after, ['2026-11-01'], '2026-11-22', { rhythmWeeks: 2 })).toEqual({ state: 'due', dueOn: '2026-11-15' });
    expect(relationshipDue(after, ['2026-11-01'], '2026-11-23', { rhythmWeeks: 2 })).toEqual({ state: 'overdue', dueOn: '2026-11-15', daysOver: 8 });
  });
  it('a checklist set to follow the meeting cadence follows the pair’s rhythm, not the programme’s', () => {
    // repeatEveryWeeks: cadence in a programme meeting fortnightly, for a pair meeting monthly.
    const followsCadence = { when: 'once' as const, repeat: { weeks: 2, label: everyWeeks(2), cadence: true as const } };
    expect(intervalWeeks(followsCadence, 4)).toBe(4);
    expect(intervalWeeks(followsCadence, undefined)).toBe(2);
    expect(relationshipDue(followsCadence, ['2026-11-01'], '2026-11-22', { rhythmWeeks: 4 })).toEqual({ state: 'done', last: '2026-11-01' });
    // A fixed interval stays fixed whatever the pair's rhythm.
    const fixed = { when: 'once' as const, repeat: { weeks: 2, label: everyWeeks(2) } };
    expect(intervalWeeks(fixed, 4)).toBe(2);
  });
});
