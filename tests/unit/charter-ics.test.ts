import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { roleKey } from '../../src/lib/charter/definition';
import { calendarSettings } from '../../src/lib/charter/calendar';
import { charterIcs, foldLine, icsText, recurrenceRule } from '../../src/lib/charter/ics';
import type { CalendarSettings, CharterValues } from '../../src/lib/docs/charter-doc';
import { offsetMinutes, transitions, zonedToUtc } from '../../src/lib/timezone';
import { charterDefinition } from './helpers/charter-def';
import { enT } from '../helpers/strings';

const def = charterDefinition();
const key = (role: Parameters<typeof roleKey>[1]) => roleKey(def, role)!;

function values(extra: Partial<Record<Parameters<typeof roleKey>[1], string>> = {}): CharterValues {
  const base: Partial<Record<Parameters<typeof roleKey>[1], string>> = {
    'mentor-name': 'Tomasz Nowak',
    'mentee-name': 'Amara Okafor',
    cadence: 'fortnightly',
    'session-minutes': '45',
    'first-meeting-date': '2026-10-13',
    'review-date': '2027-01-19',
    ...extra,
  };
  return Object.fromEntries(Object.entries(base).map(([r, v]) => [key(r as Parameters<typeof roleKey>[1]), v]));
}

const london: CalendarSettings = { time: '18:00', timeZone: 'Europe/London' };

function parse(text: string) {
  const comp = new ICAL.Component(ICAL.parse(text));
  for (const tz of comp.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  return comp;
}

describe('the charter calendar file', () => {
  const result = charterIcs(enT, def, { values: values(), calendar: london }, { id: 'abc123', now: new Date('2026-10-01T12:00:00Z') });
  if (!result.ok) throw new Error('expected a calendar');
  const cal = parse(result.text);
  const [checkin, review] = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));

  it('is valid iCalendar with CRLF lines of at most 75 octets', () => {
    expect(result.text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    for (const line of result.text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(result.fileName).toBe('mentoring-amara-okafor-tomasz-nowak.ics');
  });

  it('recurs every two weeks, 45 minutes long, with both names in the summary', () => {
    expect(checkin!.summary).toBe('Mentoring check-in: Amara Okafor & Tomasz Nowak');
    expect(checkin!.duration.toSeconds()).toBe(45 * 60);
    expect(checkin!.isRecurring()).toBe(true);
    const rule = checkin!.component.getFirstPropertyValue('rrule') as ICAL.Recur;
    expect(rule.freq).toBe('WEEKLY');
    expect(rule.interval).toBe(2);
    expect(checkin!.startDate.zone.tzid).toBe('Europe/London');
  });

  it('keeps 18:00 London time across the October clock change', () => {
    const it = checkin!.iterator();
    const utcHours: string[] = [];
    for (let i = 0; i < 4; i++) {
      const next = it.next()!;
      utcHours.push(next.convertToZone(ICAL.Timezone.utcTimezone).toString());
      expect(next.hour).toBe(18);
    }
    // 13 and 27 Oct are summer time (17:00 UTC); 10 and 24 Nov are winter time (18:00 UTC).
    expect(utcHours).toEqual(['2026-10-13T17:00:00Z', '2026-10-27T18:00:00Z', '2026-11-10T18:00:00Z', '2026-11-24T18:00:00Z']);
  });

  it('goes on past the review date when no end is agreed (a review is not an end), and marks the review day', () => {
    expect(checkin!.component.getFirstPropertyValue('rrule')!.toString()).not.toContain('UNTIL');
    const it = checkin!.iterator();
    let n = it.next();
    while (n && n.toString() <= '2027-01-19T18:00:00') n = it.next();
    expect(n!.toString()).toBe('2027-02-02T18:00:00');
    expect(review!.summary).toBe('Charter review: Amara Okafor & Tomasz Nowak');
    expect(review!.startDate.isDate).toBe(true);
    expect(review!.startDate.toString()).toBe('2027-01-19');
  });

  it('handles the spring change in a southern-hemisphere zone', () => {
    const r = charterIcs(enT, def, { values: values({ 'first-meeting-date': '2026-09-22', cadence: 'weekly', 'review-date': '' }), calendar: { time: '08:30', timeZone: 'Australia/Sydney' } }, { id: 'syd', now: new Date() });
    if (!r.ok) throw new Error('expected a calendar');
    const ev = new ICAL.Event(parse(r.text).getFirstSubcomponent('vevent')!);
    const it = ev.iterator();
    const utc = [0, 1, 2].map(() => it.next()!.convertToZone(ICAL.Timezone.utcTimezone).toString());
    // Sydney moves from +10 to +11 on 4 Oct 2026.
    expect(utc).toEqual(['2026-09-21T22:30:00Z', '2026-09-28T22:30:00Z', '2026-10-05T21:30:00Z']);
  });

  it('says what is missing instead of making a broken file', () => {
    expect(charterIcs(enT, def, { values: values({ 'session-minutes': '5' }), calendar: { time: '', timeZone: 'Europe/London' } }, { id: 'x', now: new Date() })).toEqual({
      ok: false,
      missing: ['the first meeting time', 'a session length between 10 and 480 minutes'],
    });
    expect(charterIcs(enT, def, { values: values({ 'end-date': '2027-02-30' }), calendar: { time: '18:00', timeZone: 'Mars/Olympus' } }, { id: 'x', now: new Date() })).toEqual({
      ok: false,
      missing: ['a valid time zone', 'a real end date (or none)'],
    });
  });

  it('with an end date, stops there and marks the last day', () => {
    const r = charterIcs(enT, def, { values: values({ 'end-date': '2026-12-08' }), calendar: london }, { id: 'end', now: new Date() });
    if (!r.ok) throw new Error('expected a calendar');
    const [checkins, reviewDay, endDay] = parse(r.text).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const it = checkins!.iterator();
    let last: ICAL.Time | null = null;
    for (let n = it.next(); n; n = it.next()) last = n;
    expect(last!.toString()).toBe('2026-12-08T18:00:00');
    expect(reviewDay!.summary).toBe('Charter review: Amara Okafor & Tomasz Nowak');
    expect(endDay!.summary).toBe('Mentoring ends: Amara Okafor & Tomasz Nowak');
    expect(endDay!.startDate.toString()).toBe('2026-12-08');
  });
});

describe('the calendar settings: the first meeting’s time and zone, outside the agreement', () => {
  it('come from the charter’s own settings first', () => {
    expect(calendarSettings({ values: { 'rhythm.firstTime': '09:00', 'rhythm.timeZone': 'Asia/Tokyo' }, calendar: london }, 'UTC')).toEqual(london);
  });
  it('are read from where the first charter definition kept them, for a charter written then', () => {
    expect(calendarSettings({ values: { 'rhythm.firstTime': '17:30', 'rhythm.timeZone': 'Europe/Paris' } }, 'UTC')).toEqual({ time: '17:30', timeZone: 'Europe/Paris' });
    const r = charterIcs(enT, def, { values: { ...values(), 'rhythm.firstTime': '17:30', 'rhythm.timeZone': 'Europe/Paris' } }, { id: 'old', now: new Date() });
    expect(r.ok && r.text).toContain('DTSTART;TZID=Europe/Paris:20261013T173000');
  });
  it('fall back to the reader’s own zone and no time', () => {
    expect(calendarSettings({ values: {} }, 'America/Chicago')).toEqual({ time: '', timeZone: 'America/Chicago' });
    const r = charterIcs(enT, def, { values: values(), calendar: { time: '07:15', timeZone: '' } }, { id: 'own', now: new Date(), fallbackZone: 'America/Chicago' });
    expect(r.ok && r.text).toContain('DTSTART;TZID=America/Chicago:20261013T071500');
  });
});

describe('iCalendar details', () => {
  it('escapes text and folds long lines without splitting characters', () => {
    expect(icsText('a;b,c\\d\ne')).toBe('a\\;b\\,c\\\\d\\ne');
    const folded = foldLine(`SUMMARY:${'é'.repeat(60)}`);
    for (const l of folded.split('\r\n')) expect(new TextEncoder().encode(l).length).toBeLessThanOrEqual(75);
    expect(folded.split('\r\n').map((l, i) => (i ? l.slice(1) : l)).join('')).toBe(`SUMMARY:${'é'.repeat(60)}`);
  });
  it('builds rules for each cadence', () => {
    expect(recurrenceRule('weekly', undefined, '2026-10-13')).toBe('FREQ=WEEKLY;INTERVAL=1;BYDAY=TU');
    expect(recurrenceRule('every-n-weeks', 3, '2026-10-13')).toBe('FREQ=WEEKLY;INTERVAL=3;BYDAY=TU');
    expect(recurrenceRule('monthly', undefined, '2026-10-13')).toBe('FREQ=MONTHLY;BYDAY=2TU');
    expect(recurrenceRule('monthly', undefined, '2026-10-30')).toBe('FREQ=MONTHLY;BYDAY=-1FR');
    expect(recurrenceRule('sometimes', undefined, '2026-10-13')).toBeNull();
  });
  it('finds a zone’s offset changes and converts local times', () => {
    const t = transitions('Europe/London', Date.UTC(2026, 0, 1), Date.UTC(2027, 0, 1));
    expect(t.map((x) => [new Date(x.at).toISOString(), x.from, x.to])).toEqual([
      ['2026-03-29T01:00:00.000Z', 0, 60],
      ['2026-10-25T01:00:00.000Z', 60, 0],
    ]);
    expect(offsetMinutes('Asia/Kolkata', Date.UTC(2026, 5, 1))).toBe(330);
    expect(new Date(zonedToUtc('America/New_York', '2026-07-04', '09:00')).toISOString()).toBe('2026-07-04T13:00:00.000Z');
  });
});
