import type { CharterData } from '../docs/charter-doc';
import type { Translate } from '../i18n/messages';
import { isTimeZone, offsetMinutes, transitions, zonedToUtc, type Transition } from '../timezone';
import { calendarSettings } from './calendar';
import { roleKey } from './definition';
import type { CharterDefinition } from './schema';
import { isRealDate, isRealTime } from './real-dates';
import { roleText } from './values';

/**
 * An iCalendar file (RFC 5545) for a charter: the recurring check-in, with a VTIMEZONE that
 * carries the zone's real offset changes, and an all-day event on the review date.
 */

const pad = (n: number, w = 2) => String(Math.abs(n)).padStart(w, '0');

/**
 * Escape TEXT values (RFC 5545 §3.3.11): backslash, semicolon and comma escaped, every line ending
 * (CR LF, a bare CR, LF) written as \n, and the other control characters (which no calendar shows,
 * and some parsers read as line breaks) left out. Tabs stay.
 */
export function icsText(s: string): string {
  return s
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g, '');
}

/** Fold a content line at 75 octets, never inside a UTF-8 character (RFC 5545 §3.1). */
export function foldLine(line: string): string {
  if (new TextEncoder().encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    // The character's length in UTF-8.
    const cp = ch.codePointAt(0)!;
    const n = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with a space
    if (size + n > limit) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += ch;
    size += n;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const utcStamp = (ms: number) => {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`;
};
/** Local wall-clock time of an instant at a fixed offset, as YYYYMMDDTHHMMSS. */
const localStamp = (ms: number, offset: number) => utcStamp(ms + offset * 60_000).slice(0, -1);
const offsetText = (m: number) => `${m < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(m) / 60))}${pad(Math.abs(m) % 60)}`;

/** A VTIMEZONE for `tz`, with every offset change between two instants listed as RDATEs. */
export function vtimezone(tz: string, from: number, to: number): string[] {
  const lines = ['BEGIN:VTIMEZONE', `TZID:${tz}`];
  const startOffset = offsetMinutes(tz, from);
  const changes = transitions(tz, from, to);
  const offsets = [startOffset, ...changes.map((c) => c.to)];
  const standard = Math.min(...offsets);
  // The offset in force at the start of the range.
  const first = startOffset === standard || changes.length === 0 ? 'STANDARD' : 'DAYLIGHT';
  lines.push(`BEGIN:${first}`, `DTSTART:${localStamp(from, startOffset)}`, `TZOFFSETFROM:${offsetText(startOffset)}`, `TZOFFSETTO:${offsetText(startOffset)}`, `END:${first}`);
  const groups = new Map<string, Transition[]>();
  for (const c of changes) {
    const kind = c.to > c.from ? 'DAYLIGHT' : 'STANDARD';
    const k = `${kind}|${c.from}|${c.to}`;
    groups.set(k, [...(groups.get(k) ?? []), c]);
  }
  for (const [k, list] of groups) {
    const [kind, fromOff, toOff] = k.split('|') as [string, string, string];
    const stamps = list.map((c) => localStamp(c.at, Number(fromOff)));
    lines.push(`BEGIN:${kind}`, `DTSTART:${stamps[0]}`);
    if (stamps.length > 1) lines.push(`RDATE:${stamps.slice(1).join(',')}`);
    lines.push(`TZOFFSETFROM:${offsetText(Number(fromOff))}`, `TZOFFSETTO:${offsetText(Number(toOff))}`, `END:${kind}`);
  }
  lines.push('END:VTIMEZONE');
  return lines;
}


const DAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

/** The RRULE for a cadence, anchored on the first meeting's date. */
export function recurrenceRule(cadence: string, everyWeeks: number | undefined, firstDate: string, untilUtc?: number): string | null {
  const [y, m, d] = firstDate.split('-').map(Number) as [number, number, number];
  const weekday = DAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]!;
  let rule: string;
  if (cadence === 'weekly') rule = 'FREQ=WEEKLY;INTERVAL=1';
  else if (cadence === 'fortnightly') rule = 'FREQ=WEEKLY;INTERVAL=2';
  else if (cadence === 'every-n-weeks' && everyWeeks && everyWeeks >= 1) rule = `FREQ=WEEKLY;INTERVAL=${everyWeeks}`;
  else if (cadence === 'monthly') {
    const nth = Math.ceil(d / 7);
    rule = `FREQ=MONTHLY;BYDAY=${nth >= 5 ? -1 : nth}${weekday}`;
  } else return null;
  if (cadence !== 'monthly') rule += `;BYDAY=${weekday}`;
  return untilUtc !== undefined ? `${rule};UNTIL=${utcStamp(untilUtc)}` : rule;
}

export type IcsResult = { ok: true; text: string; fileName: string } | { ok: false; missing: string[] };

export interface IcsOptions {
  id: string;
  now: Date;
  /** Where people find the charter again (the tool's URL), for the description. */
  url?: string;
  /** The zone to use when the charter has none of its own: the reader's zone. Defaults to UTC. */
  fallbackZone?: string;
}

/**
 * The calendar file for a charter, or the list of what is missing to make one. The check-ins start
 * on the agreed first meeting date, at the time and in the zone of the charter's calendar settings,
 * and recur until the agreed end date (a review is not an end: without an end date they go on, as
 * My mentoring's sessions do); the review and end dates are all-day events.
 */
export function charterIcs(t: Translate, def: CharterDefinition, charter: Pick<CharterData, 'values' | 'calendar'>, opts: IcsOptions): IcsResult {
  const v = (role: Parameters<typeof roleText>[2]) => roleText(def, charter.values, role);
  const settings = calendarSettings(charter, opts.fallbackZone ?? 'UTC');
  const firstDate = v('first-meeting-date');
  const firstTime = settings.time.trim();
  const tz = settings.timeZone;
  const minutes = Number(v('session-minutes'));
  const reviewDate = v('review-date');
  const endDate = v('end-date');
  const missing: string[] = [];
  if (!isRealDate(firstDate)) missing.push(t('charterDoc.calendar.needs.firstDate'));
  if (!isRealTime(firstTime)) missing.push(t('charterDoc.calendar.needs.firstTime'));
  if (!isTimeZone(tz)) missing.push(t('charterDoc.calendar.needs.zone'));
  if (!(Number.isInteger(minutes) && minutes >= 10 && minutes <= 480)) missing.push(t('charterDoc.calendar.needs.length'));
  if (reviewDate && !isRealDate(reviewDate)) missing.push(t('charterDoc.calendar.needs.reviewDate'));
  if (endDate && !isRealDate(endDate)) missing.push(t('charterDoc.calendar.needs.endDate'));
  if (missing.length) return { ok: false, missing };

  const names = [v('mentee-name'), v('mentor-name')].filter(Boolean).join(' & ') || t('charterDoc.calendar.noNames');
  const start = zonedToUtc(tz, firstDate, firstTime);
  const until = endDate ? zonedToUtc(tz, endDate, '23:59') : undefined;
  const rangeEnd = (until ?? start) + 5 * 366 * 86_400_000;
  const cadenceKey = roleKey(def, 'cadence');
  const rule = cadenceKey ? recurrenceRule(v('cadence'), Number(v('cadence-weeks')) || undefined, firstDate, until) : null;
  const stamp = utcStamp(opts.now.getTime());
  const ymd = (s: string) => s.replace(/-/g, '');
  const nextDay = (s: string) => {
    const [y, m, d] = s.split('-').map(Number) as [number, number, number];
    const n = new Date(Date.UTC(y, m - 1, d + 1));
    return `${n.getUTCFullYear()}${pad(n.getUTCMonth() + 1)}${pad(n.getUTCDate())}`;
  };
  const allDay = (uid: string, date: string, summary: string, description: string) => [
    'BEGIN:VEVENT',
    `UID:${opts.id}-${uid}@tandem.charter`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${ymd(date)}`,
    `DTEND;VALUE=DATE:${nextDay(date)}`,
    `SUMMARY:${icsText(summary)}`,
    `DESCRIPTION:${icsText(description)}`,
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];

  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Tandem//Mentoring charter//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...vtimezone(tz, start - 366 * 86_400_000, rangeEnd),
    'BEGIN:VEVENT',
    `UID:${opts.id}-checkin@tandem.charter`,
    `DTSTAMP:${stamp}`,
    `DTSTART;TZID=${tz}:${ymd(firstDate)}T${firstTime.replace(':', '')}00`,
    `DURATION:PT${minutes}M`,
    ...(rule ? [`RRULE:${rule}`] : []),
    `SUMMARY:${icsText(t('charterDoc.calendar.checkIn', { names }))}`,
    `DESCRIPTION:${icsText(opts.url ? t('charterDoc.calendar.checkInAboutLink', { url: opts.url }) : t('charterDoc.calendar.checkInAbout'))}`,
    'END:VEVENT',
  ];
  if (reviewDate) lines.push(...allDay('review', reviewDate, t('charterDoc.calendar.review', { names }), t('charterDoc.calendar.reviewAbout')));
  if (endDate) lines.push(...allDay('end', endDate, t('charterDoc.calendar.end', { names }), t('charterDoc.calendar.endAbout')));
  lines.push('END:VCALENDAR');
  const fileName = t('charterDoc.calendar.fileName', { names: names.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/(^-|-$)/g, '') || t('charterDoc.calendar.fileFallback') });
  return { ok: true, text: `${lines.map(foldLine).join('\r\n')}\r\n`, fileName };
}
